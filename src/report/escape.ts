/**
 * Escaping for text that comes from the scanned tree (file names, messages quoting keys or
 * values): a PR controls it, so no renderer may let it start a new line, a table row, markup or a
 * terminal escape sequence.
 */

/**
 * C0/C1 controls, DEL, the Unicode line/paragraph separators, and the bidirectional overrides and
 * isolates ("Trojan Source", CVE-2021-42574) that make a name display as something else.
 */
const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The text on one line with every unprintable character shown as an escape (`\n`, `\x1b`,
 * `\u202e`), as git shows such file names; printable text is left as it is.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Markdown punctuation that could end a table cell (`|`), open a code span, emphasis,
 * strikethrough or a link, start raw HTML or an autolink (`<`), or an entity (`&`); and the
 * backslash itself so the escapes stay unambiguous.
 */
const MARKDOWN_SPECIAL = /[\\`*_~[\]<>&|]/g;

/**
 * One GitHub-flavoured Markdown table cell showing exactly `text`: on one line, every character
 * that Markdown or the table would read as syntax backslash-escaped (CommonMark allows a backslash
 * before any ASCII punctuation; GFM lets `\|` stand inside a cell). Every cell of every table the
 * job summary renders goes through here.
 */
export function markdownCell(text: string): string {
  return printable(text).replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

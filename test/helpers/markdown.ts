/**
 * GitHub-flavoured Markdown tables read back the way GitHub reads them (GFM spec, "Tables
 * (extension)"; cmark-gfm): a table runs from its header to the first blank line, and every line in
 * between is a row, pipes or not; a row splits on each `|` not directly preceded by a backslash;
 * `\|` in a cell is a pipe; then inline backslash escapes (a backslash before ASCII punctuation)
 * apply. Written for the tests from the spec, so the summary is checked by an independent reader.
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** Characters that would start markup (code span, emphasis, link, HTML, entity) if unescaped. */
const MARKUP = /[`*_~[\]<>&]/;

export interface TableCell {
  /** The text a reader sees. */
  text: string;
  /** An unescaped character that starts markup (HTML, a code span, emphasis, a link …). */
  markup: boolean;
}

/** Every table whose header line is exactly `header`: its body rows, cell by cell. */
export function tableRows(markdown: string, header: string): TableCell[][] {
  const lines = markdown.split(/\r\n|\r|\n/);
  const start = lines.indexOf(header);
  if (start < 0) throw new Error(`no table with header ${header}`);
  const rows: TableCell[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.trim() !== ''; i++)
    rows.push(splitRow(lines[i]!).map(readCell));
  return rows;
}

function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && line[i + 1] === '|') {
      current += '\\|';
      i++;
    } else if (c === '|') {
      cells.push(current);
      current = '';
    } else current += c;
  }
  cells.push(current);
  // The leading and trailing pipes are optional delimiters, not empty cells.
  if (line.trimStart().startsWith('|')) cells.shift();
  if (line.trimEnd().endsWith('|') && !line.trimEnd().endsWith('\\|')) cells.pop();
  return cells;
}

function readCell(raw: string): TableCell {
  const cell = raw.replace(/^[ \t]+|[ \t]+$/g, '').replace(/\\\|/g, '|');
  let text = '';
  let markup = false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    const next = cell[i + 1];
    if (c === '\\' && next !== undefined && ASCII_PUNCTUATION.test(next)) {
      text += next;
      i++;
      continue;
    }
    if (MARKUP.test(c)) markup = true;
    text += c;
  }
  return { text, markup };
}

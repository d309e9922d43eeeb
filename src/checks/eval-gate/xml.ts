/**
 * A small, strict XML element reader: enough for JUnit reports, nothing that could be abused.
 * It checks well-formedness (one root, matching tags, quoted attributes, known entities), skips
 * comments, CDATA and processing instructions, and refuses DOCTYPE outright, so no entity
 * expansion or external fetch can ever happen. Errors carry the line and column.
 */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function readXml(text: string, handler: XmlHandler): void {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: string[] = [];
  let sawRoot = false;
  const fail = (message: string, offset = at): never => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    throw new XmlError(message, line, offset - before.lastIndexOf('\n'));
  };
  const skipPast = (terminator: string, what: string): void => {
    const end = text.indexOf(terminator, at);
    if (end < 0) fail(`unterminated ${what}`);
    at = end + terminator.length;
  };
  const readName = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(text);
    if (!match) return fail('expected a name');
    at += match[0].length;
    return match[0];
  };
  const skipSpace = (): void => {
    while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++;
  };

  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const textRun = text.slice(at, lt < 0 ? text.length : lt);
    if (stack.length === 0 && textRun.trim() !== '') fail('text outside the root element');
    if (/&(?![a-zA-Z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)/.test(textRun))
      fail('bare "&" in text', at + textRun.search(/&/));
    if (lt < 0) break;
    at = lt;
    if (text.startsWith('<!--', at)) {
      skipPast('-->', 'comment');
    } else if (text.startsWith('<![CDATA[', at)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      skipPast(']]>', 'CDATA section');
    } else if (text.startsWith('<?', at)) {
      skipPast('?>', 'processing instruction');
    } else if (text.startsWith('<!', at)) {
      fail('DOCTYPE and other declarations are not allowed in a JUnit report');
    } else if (text.startsWith('</', at)) {
      at += 2;
      const name = readName();
      skipSpace();
      if (text[at] !== '>') fail('expected ">"');
      at++;
      const open = stack.pop();
      if (open !== name)
        fail(open ? `</${name}> closes <${open}>` : `</${name}> without an open element`, at - 1);
      handler.close(name);
    } else {
      at++;
      const name = readName();
      if (stack.length === 0) {
        if (sawRoot) fail('more than one root element');
        sawRoot = true;
      }
      const attributes: Record<string, string> = {};
      for (;;) {
        const spaced = at < text.length && ' \t\r\n'.includes(text[at]!);
        skipSpace();
        if (text.startsWith('/>', at)) {
          at += 2;
          handler.open(name, attributes);
          handler.close(name);
          break;
        }
        if (text[at] === '>') {
          at++;
          stack.push(name);
          handler.open(name, attributes);
          break;
        }
        if (at >= text.length) fail(`unterminated <${name}> tag`);
        if (!spaced) fail('expected a space before the attribute');
        const attribute = readName();
        skipSpace();
        if (text[at] !== '=') fail(`attribute ${attribute} has no value`);
        at++;
        skipSpace();
        const quote = text[at];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attribute} is not quoted`);
        const end = text.indexOf(quote!, at + 1);
        if (end < 0) fail(`attribute ${attribute} is not closed`);
        const raw = text.slice(at + 1, end);
        if (raw.includes('<')) fail(`"<" in attribute ${attribute}`);
        if (Object.prototype.hasOwnProperty.call(attributes, attribute))
          fail(`duplicate attribute ${attribute}`);
        attributes[attribute] = decodeEntities(raw, () =>
          fail(`unknown entity in attribute ${attribute}`),
        );
        at = end + 1;
      }
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1]}> is never closed`, text.length);
  if (!sawRoot) fail('no root element', text.length);
}

function decodeEntities(raw: string, unknown: () => never): string {
  return raw.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) return unknown();
    if (body in ENTITIES) return ENTITIES[body]!;
    const code = /^#x([0-9a-fA-F]{1,6})$/.exec(body)?.[1];
    const dec = /^#([0-9]{1,7})$/.exec(body)?.[1];
    const point = code !== undefined ? parseInt(code, 16) : dec !== undefined ? Number(dec) : NaN;
    if (!Number.isInteger(point) || point > 0x10ffff || point === 0) return unknown();
    return String.fromCodePoint(point);
  });
}

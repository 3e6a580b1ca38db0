import { rejectPayload, type ParseResult } from './status-page-reading.ts';

/**
 * A small, strict XML reader for RSS and Atom feeds: enough XML to read a
 * feed and nothing that can be turned against the reader.
 *
 * - No DTDs: `<!DOCTYPE`, `<!ENTITY` and every other `<!…` declaration is
 *   refused outright, so entity expansion (billion laughs) and external
 *   entities cannot happen.
 * - Only the five predefined entities and numeric character references are
 *   decoded; any other `&name;` makes the document invalid.
 * - Depth, element count and attribute count are capped; the input itself is
 *   capped by the HTTP layer.
 * - One linear pass with `indexOf`, no backtracking regular expressions.
 *
 * Namespace prefixes are dropped (`atom:link` reads as `link`); feeds never
 * need them to be told apart.
 */

/** One element: its local name, attributes, child elements and the text directly inside it. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** Character data directly inside the element (CDATA included), entities decoded. */
  readonly text: string;
}

/** How much structure one document may have. */
export interface XmlLimits {
  readonly maxDepth: number;
  readonly maxElements: number;
  readonly maxAttributes: number;
}

/** Generous for any real feed, small enough that a hostile one costs little. */
export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 32, maxElements: 50_000, maxAttributes: 32 };

interface OpenElement {
  readonly name: string;
  readonly attributes: Map<string, string>;
  readonly children: XmlElement[];
  readonly text: string[];
}

const NAME_START = /[A-Za-z_:]/;
const NAME_CHAR = /[-A-Za-z0-9_.:\u00B7\u00C0-\uFFFF]/;

/** Parses a whole document into its root element, or says why it is refused. */
export function parseXml(source: string, limits: XmlLimits = DEFAULT_XML_LIMITS): ParseResult<XmlElement> {
  const scanner = new Scanner(source, limits);
  return scanner.run();
}

class Scanner {
  private readonly source: string;
  private readonly limits: XmlLimits;
  private position = 0;
  private elementCount = 0;
  private readonly stack: OpenElement[] = [];
  private root: XmlElement | undefined;

  constructor(source: string, limits: XmlLimits) {
    // A byte-order mark is not part of the document.
    this.source = source.startsWith('\uFEFF') ? source.slice(1) : source;
    this.limits = limits;
  }

  run(): ParseResult<XmlElement> {
    const { source } = this;
    while (this.position < source.length) {
      const next = source.indexOf('<', this.position);
      const textEnd = next === -1 ? source.length : next;
      const textProblem = this.text(source.slice(this.position, textEnd));
      if (textProblem !== undefined) return rejectPayload(textProblem);
      if (next === -1) break;
      this.position = next;
      const problem = this.markup();
      if (problem !== undefined) return rejectPayload(problem);
    }
    if (this.stack.length > 0 || this.root === undefined) return rejectPayload('the status feed ends before it is complete');
    return { ok: true, value: this.root };
  }

  private text(raw: string): string | undefined {
    if (raw === '') return undefined;
    const open = this.stack.at(-1);
    if (open === undefined) {
      return raw.trim() === '' ? undefined : 'the status page sent text that is not a feed';
    }
    const decoded = decodeXmlEntities(raw);
    if (decoded === undefined) return 'the status feed uses entities that are not allowed';
    open.text.push(decoded);
    return undefined;
  }

  private markup(): string | undefined {
    const { source } = this;
    if (source.startsWith('<?', this.position)) return this.skipPast('?>', 'the status feed has an unterminated processing instruction');
    if (source.startsWith('<!--', this.position)) return this.skipPast('-->', 'the status feed has an unterminated comment');
    if (source.startsWith('<![CDATA[', this.position)) return this.cdata();
    if (source.startsWith('<!', this.position)) return 'the status feed declares a DTD or entities, which are refused';
    if (source.startsWith('</', this.position)) return this.endTag();
    return this.startTag();
  }

  private skipPast(terminator: string, problem: string): string | undefined {
    const end = this.source.indexOf(terminator, this.position);
    if (end === -1) return problem;
    this.position = end + terminator.length;
    return undefined;
  }

  private cdata(): string | undefined {
    const open = this.stack.at(-1);
    if (open === undefined) return 'the status page sent text that is not a feed';
    const start = this.position + '<![CDATA['.length;
    const end = this.source.indexOf(']]>', start);
    if (end === -1) return 'the status feed ends before it is complete';
    open.text.push(this.source.slice(start, end));
    this.position = end + 3;
    return undefined;
  }

  private readName(): string | undefined {
    const { source } = this;
    const start = this.position;
    if (start >= source.length || !NAME_START.test(source.charAt(start))) return undefined;
    let end = start + 1;
    while (end < source.length && end - start < 200 && NAME_CHAR.test(source.charAt(end))) end++;
    this.position = end;
    return source.slice(start, end);
  }

  private skipSpace(): void {
    const { source } = this;
    while (this.position < source.length && /\s/.test(source.charAt(this.position))) this.position++;
  }

  private endTag(): string | undefined {
    this.position += 2;
    const name = this.readName();
    this.skipSpace();
    if (name === undefined || this.source.charAt(this.position) !== '>') return 'the status feed is not well-formed XML';
    this.position++;
    const open = this.stack.pop();
    if (open === undefined || open.name !== localName(name)) return 'the status feed is not well-formed XML';
    this.close(open);
    return undefined;
  }

  private startTag(): string | undefined {
    this.position++;
    const name = this.readName();
    if (name === undefined) return 'the status feed is not well-formed XML';
    if (this.stack.length === 0 && this.root !== undefined) return 'the status feed is not well-formed XML';
    if (this.stack.length >= this.limits.maxDepth) return 'the status feed is nested too deeply';
    if (++this.elementCount > this.limits.maxElements) return 'the status feed has too many elements';

    const attributes = new Map<string, string>();
    for (;;) {
      this.skipSpace();
      const { source } = this;
      if (this.position >= source.length) return 'the status feed ends before it is complete';
      const char = source.charAt(this.position);
      if (char === '>' || source.startsWith('/>', this.position)) break;
      const attributeName = this.readName();
      if (attributeName === undefined) return 'the status feed is not well-formed XML';
      this.skipSpace();
      if (source.charAt(this.position) !== '=') return 'the status feed is not well-formed XML';
      this.position++;
      this.skipSpace();
      const quote = source.charAt(this.position);
      if (quote !== '"' && quote !== "'") return 'the status feed is not well-formed XML';
      const valueEnd = source.indexOf(quote, this.position + 1);
      if (valueEnd === -1) return 'the status feed ends before it is complete';
      const raw = source.slice(this.position + 1, valueEnd);
      if (raw.includes('<')) return 'the status feed is not well-formed XML';
      const value = decodeXmlEntities(raw);
      if (value === undefined) return 'the status feed uses entities that are not allowed';
      if (attributes.size >= this.limits.maxAttributes) return 'the status feed has too many attributes';
      attributes.set(localName(attributeName), value);
      this.position = valueEnd + 1;
    }

    const element: OpenElement = { name: localName(name), attributes, children: [], text: [] };
    if (this.source.startsWith('/>', this.position)) {
      this.position += 2;
      this.close(element);
    } else {
      this.position++;
      this.stack.push(element);
    }
    return undefined;
  }

  private close(open: OpenElement): void {
    const element: XmlElement = { name: open.name, attributes: open.attributes, children: open.children, text: open.text.join('') };
    const parent = this.stack.at(-1);
    if (parent === undefined) this.root = element;
    else parent.children.push(element);
  }
}

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML's own entities and character references; undefined when any other entity appears. */
export function decodeXmlEntities(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  let out = '';
  let index = 0;
  while (index < raw.length) {
    const amp = raw.indexOf('&', index);
    if (amp === -1) {
      out += raw.slice(index);
      break;
    }
    out += raw.slice(index, amp);
    const semicolon = raw.indexOf(';', amp);
    if (semicolon === -1 || semicolon - amp > 12) return undefined;
    const name = raw.slice(amp + 1, semicolon);
    const decoded = decodeReference(name);
    if (decoded === undefined) return undefined;
    out += decoded;
    index = semicolon + 1;
  }
  return out;
}

function decodeReference(name: string): string | undefined {
  if (Object.hasOwn(PREDEFINED, name)) return PREDEFINED[name];
  let code: number;
  if (/^#[0-9]{1,7}$/.test(name)) code = Number(name.slice(1));
  else if (/^#x[0-9A-Fa-f]{1,6}$/.test(name)) code = Number.parseInt(name.slice(2), 16);
  else return undefined;
  const allowed =
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0x10ffff && code !== 0xfffe && code !== 0xffff);
  return allowed ? String.fromCodePoint(code) : undefined;
}

/** The first child element with this local name. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** Every child element with this local name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

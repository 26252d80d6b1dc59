// A small synchronous MIME splitter for the shapes bounces usually take (a multipart/report with a
// text/plain part, a message/delivery-status part and the original message or its headers; a plain
// single-part notice), 7bit/8bit, quoted-printable or base64, in the common charsets.
//
// postal-mime stays the general parser (src/core/message.ts). It is built for streams: every part goes
// through a Blob and an awaited arrayBuffer(), and it buffers the attached original message whole, which
// made MIME parsing most of the cost of a raw bounce. This splitter follows postal-mime's own rules
// (line splitting, boundary matching, header unfolding, which parts are body text and which are
// attachments, how each is decoded) for the inputs it accepts, and answers null for everything else
// (comments or RFC 2231 sections in a Content-Type, format=flowed, unusual charsets, calendars, deep
// nesting, huge headers), which then goes to postal-mime. test/core/message-mime.test.ts checks that both
// paths give the same report for every corpus message this one accepts.
import type { ParsedAttachment, ParsedMail } from './parsed';

/** Deeper than any real bounce; postal-mime's own limit is far higher, so stop well before it. */
const MAX_DEPTH = 8;
/** postal-mime throws past 2 MB of header bytes (a character is at most 3 UTF-8 bytes). */
const MAX_HEADER_CHARS = 600_000;
/** Charsets whose label every TextDecoder takes as it is (WHATWG labels), so postal-mime picks the same
 *  decoder without its fallbacks. */
const CHARSETS = new Set([
  'utf-8', 'utf8', 'us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4',
  'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-9', 'iso-8859-10', 'iso-8859-13',
  'iso-8859-14', 'iso-8859-15', 'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254',
  'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258', 'iso-2022-jp', 'shift_jis', 'shift-jis',
  'sjis', 'euc-jp', 'euc-kr', 'ks_c_5601-1987', 'gb2312', 'gbk', 'gb18030', 'big5', 'koi8-r', 'koi8-u',
]);
/** Labels of UTF-7 (Outlook writes "unicode-1-1-utf-7"): no TextDecoder reads UTF-7 and postal-mime has no
 *  alias for it, so postal-mime decodes such a part as windows-1252, its fallback; so does the splitter. */
const UTF7_LABELS = new Set(['utf-7', 'utf7', 'unicode-1-1-utf-7', 'x-unicode-1-1-utf-7']);

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8');
const decoders = new Map<string, TextDecoder | null>();

function decoderFor(charset: string): TextDecoder | null {
  let decoder = decoders.get(charset);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(charset);
    } catch {
      decoder = null; // a runtime without this charset: leave the message to postal-mime
    }
    decoders.set(charset, decoder);
  }
  return decoder;
}

/** Not ours to handle: postal-mime takes the message. */
class Decline extends Error {}
const decline = (why: string): never => {
  throw new Decline(why);
};

const isWsp = (code: number): boolean => code === 0x20 || code === 0x09;
function trimWsp(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWsp(text.charCodeAt(start))) start += 1;
  while (end > start && isWsp(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

interface Structured {
  value: string;
  params: Map<string, string>;
}

const PARAM_NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const HAS_WSP = /[ \t]/;

/** `type/subtype; name=value; name="quoted value"` and nothing fancier (postal-mime's result for these).
 *  A parenthesis inside a quoted value is part of the value (Sun's boundary="Boundary_(ID_...)"), as in
 *  postal-mime; outside quotes it opens a comment, which is left to postal-mime. */
function parseStructured(header: string): Structured {
  if (header.includes('\\')) decline('escape in a structured header');
  const segments: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < header.length; i += 1) {
    const code = header.charCodeAt(i);
    if (code === 0x22) quoted = !quoted;
    else if (code === 0x28 && !quoted) decline('comment in a structured header');
    else if (code === 0x3b && !quoted) {
      segments.push(header.slice(start, i));
      start = i + 1;
    }
  }
  if (quoted) decline('unbalanced quote');
  segments.push(header.slice(start));
  const value = trimWsp(segments[0]!);
  if (value.includes('"') || HAS_WSP.test(value)) decline('unusual header value');
  const params = new Map<string, string>();
  for (let i = 1; i < segments.length; i += 1) {
    const segment = segments[i]!;
    const eq = segment.indexOf('=');
    const name = trimWsp(eq < 0 ? segment : segment.slice(0, eq)).toLowerCase();
    if (eq < 0 && name === '') continue;
    if (!PARAM_NAME.test(name)) decline('unusual parameter name');
    let param = eq < 0 ? '' : trimWsp(segment.slice(eq + 1));
    if (param.startsWith('"')) {
      if (param.length < 2 || !param.endsWith('"') || param.indexOf('"', 1) !== param.length - 1) decline('unusual quoting');
      param = param.slice(1, -1);
    } else if (param.includes('"') || HAS_WSP.test(param)) decline('unusual parameter value');
    if (!params.has(name)) params.set(name, param);
  }
  return { value: value.toLowerCase(), params };
}

/** Content-Disposition: only its value matters here (inline or attachment). */
function dispositionValue(header: string): string {
  const semicolon = header.indexOf(';');
  const value = trimWsp(semicolon < 0 ? header : header.slice(0, semicolon));
  if (/["(\\]/.test(value) || HAS_WSP.test(value)) decline('unusual disposition');
  return value.toLowerCase();
}

interface Node {
  parent: Node | null;
  depth: number;
  state: 'header' | 'body' | 'finished';
  headerLines: string[];
  headers: { key: string; value: string }[];
  type: string;
  params: Map<string, string>;
  multipart: string | false;
  transfer: 'base64' | 'quoted-printable' | 'plain';
  disposition: string;
  children: Node[];
  finalizedChildren: number;
  /** Offsets of the body lines in the input: they are contiguous for a leaf part. */
  bodyStart: number;
  bodyEnd: number;
  /** Zero when no body line came (an empty body differs from one empty line); otherwise not exact. */
  bodyLines: number;
}

function newNode(parent: Node | null): Node {
  const type = parent?.multipart === 'digest' ? 'message/rfc822' : 'text/plain';
  const node: Node = {
    parent,
    depth: parent ? parent.depth + 1 : 0,
    state: 'header',
    headerLines: [],
    headers: [],
    type,
    params: new Map(),
    multipart: false,
    transfer: 'plain',
    disposition: '',
    children: [],
    finalizedChildren: 0,
    bodyStart: 0,
    bodyEnd: 0,
    bodyLines: 0,
  };
  if (node.depth > MAX_DEPTH) decline('nesting too deep');
  parent?.children.push(node);
  return node;
}

const CONTENT_HEADERS = new Set(['content-type', 'content-transfer-encoding', 'content-disposition']);

class Splitter {
  readonly boundaries: { value: string; node: Node }[] = [];
  readonly root = newNode(null);
  current = this.root;
  headerChars = 0;

  constructor(readonly input: string) {}

  processHeaders(node: Node): void {
    // Each field with its continuation lines joined on (most fields have none: no array per field).
    const unfolded: string[] = [];
    for (const line of node.headerLines) {
      if (unfolded.length > 0 && isWsp(line.charCodeAt(0))) unfolded[unfolded.length - 1] += line;
      else unfolded.push(line);
    }
    const content = new Map<string, string>();
    for (const line of unfolded) {
      const sep = line.indexOf(':');
      const key = trimWsp(sep < 0 ? line : line.slice(0, sep)).toLowerCase();
      const value = sep < 0 ? '' : trimWsp(line.slice(sep + 1));
      node.headers.push({ key, value });
      if (CONTENT_HEADERS.has(key) && !content.has(key)) content.set(key, value);
    }
    const contentType = content.get('content-type');
    if (contentType !== undefined) {
      const parsed = parseStructured(contentType);
      node.type = parsed.value;
      node.params = parsed.params;
    }
    node.multipart = node.type.startsWith('multipart/') ? node.type.slice(node.type.indexOf('/') + 1) : false;
    const boundary = node.params.get('boundary');
    if (node.multipart && boundary) {
      if (!/^[\x20-\x7e]{1,200}$/.test(boundary)) decline('unusual boundary');
      this.boundaries.push({ value: boundary, node });
    }
    const disposition = content.get('content-disposition');
    node.disposition = disposition === undefined ? '' : dispositionValue(disposition);
    const transfer = content.get('content-transfer-encoding') ?? '8bit';
    if (transfer.includes('(')) decline('comment in Content-Transfer-Encoding');
    const token = /[\w-]+/.exec(transfer.toLowerCase())?.[0] ?? '';
    node.transfer = /base64/i.test(token) ? 'base64' : /quoted-printable/i.test(token) ? 'quoted-printable' : 'plain';
  }

  finalize(node: Node): void {
    if (node.state === 'finished') return;
    if (node.state === 'header') this.processHeaders(node);
    for (let i = this.boundaries.length - 1; i >= 0; i -= 1) {
      if (this.boundaries[i]!.node === node) {
        this.boundaries.splice(i, 1);
        break;
      }
    }
    this.finalizeChildren(node);
    node.state = 'finished';
  }

  finalizeChildren(node: Node): void {
    while (node.finalizedChildren < node.children.length) this.finalize(node.children[node.finalizedChildren++]!);
  }

  /** A boundary line of an open multipart: switches parts and answers true. */
  boundaryLine(line: string): boolean {
    if (this.boundaries.length === 0 || line.length <= 2 || !line.startsWith('--')) return false;
    for (let i = this.boundaries.length - 1; i >= 0; i -= 1) {
      const boundary = this.boundaries[i]!;
      const length = boundary.value.length;
      if (line.length < length + 2 || !line.startsWith(boundary.value, 2)) continue;
      let end = length + 2;
      const terminator = line.length >= length + 4 && line.charCodeAt(length + 2) === 0x2d && line.charCodeAt(length + 3) === 0x2d;
      if (terminator) end = length + 4;
      let trailing = true;
      for (let j = end; j < line.length; j += 1) {
        if (!isWsp(line.charCodeAt(j))) {
          trailing = false;
          break;
        }
      }
      if (!trailing) continue;
      if (terminator) {
        this.finalize(boundary.node);
        this.current = boundary.node.parent ?? this.root;
      } else {
        this.finalizeChildren(boundary.node);
        this.current = newNode(boundary.node);
      }
      return true;
    }
    return false;
  }

  feed(line: string, start: number, end: number): void {
    const node = this.current;
    if (node.state === 'header') {
      if (line.length === 0) {
        node.state = 'body';
        this.processHeaders(node);
        return;
      }
      this.headerChars += line.length;
      if (this.headerChars > MAX_HEADER_CHARS) decline('headers too large');
      node.headerLines.push(line);
    } else if (node.state === 'body') {
      if (node.bodyLines === 0) node.bodyStart = start;
      node.bodyEnd = end;
      node.bodyLines += 1;
    }
  }

  run(): void {
    const input = this.input;
    let pos = 0;
    while (pos < input.length) {
      if (this.current.state !== 'header' && !input.startsWith('--', pos)) {
        // In a body only a line starting with "--" can be a boundary: jump to the next one. This is
        // how the attached original message is passed over without reading it line by line.
        const next = input.indexOf('\n--', pos);
        const stop = next >= 0 ? next : input.endsWith('\n') ? input.length - 1 : input.length;
        const node = this.current;
        if (node.state === 'body') {
          if (node.bodyLines === 0) node.bodyStart = pos;
          node.bodyEnd = stop;
          node.bodyLines += 1; // at least one line (only zero or not matters)
        }
        pos = next >= 0 ? next + 1 : input.length;
        continue;
      }
      const newline = input.indexOf('\n', pos);
      const end = newline < 0 ? input.length : newline;
      const line = input.slice(pos, end);
      if (!this.boundaryLine(line)) this.feed(line, pos, end);
      pos = newline < 0 ? input.length : newline + 1;
    }
    this.finalize(this.root);
  }
}

function decodeBase64Unit(unit: string, out: number[]): void {
  let length = unit.length;
  if (length % 4 === 1) length -= 1; // a lone last character encodes no byte
  const remainder = length % 4;
  const bytes = Math.floor(length / 4) * 3 + (remainder ? remainder - 1 : 0);
  const start = out.length;
  for (let i = 0; i < length; i += 4) {
    const a = BASE64[unit.charCodeAt(i)] ?? 0;
    const b = BASE64[unit.charCodeAt(i + 1)] ?? 0;
    const c = BASE64[unit.charCodeAt(i + 2)] ?? 0;
    const d = BASE64[unit.charCodeAt(i + 3)] ?? 0;
    out.push((a << 2) | (b >> 4));
    if (out.length - start < bytes) out.push(((b & 15) << 4) | (c >> 2));
    if (out.length - start < bytes) out.push(((c & 3) << 6) | (d & 63));
  }
}

const BASE64: Record<number, number> = {};
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((char, index) => {
  BASE64[char.charCodeAt(0)] = index;
});

/** As postal-mime: non-alphabet characters dropped, each run of '=' ends a unit decoded on its own. */
function decodeBase64(text: string): Uint8Array {
  const out: number[] = [];
  for (const unit of text.replace(/[^a-zA-Z0-9+/=]+/g, '').split(/=+/)) if (unit) decodeBase64Unit(unit, out);
  return Uint8Array.from(out);
}

const hexValue = (code: number): number =>
  code >= 0x30 && code <= 0x39 ? code - 0x30 : code >= 0x61 && code <= 0x66 ? code - 0x57 : code >= 0x41 && code <= 0x46 ? code - 0x37 : -1;

/** As postal-mime: per line, '=' at the end is a soft break, `=XX` a byte, anything else literal. */
function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes = encoder.encode(text);
  const out = new Uint8Array(bytes.length + 1);
  let o = 0;
  let lineStart = 0;
  while (lineStart <= bytes.length) {
    let lineEnd = bytes.indexOf(0x0a, lineStart);
    if (lineEnd < 0) lineEnd = bytes.length;
    let length = lineEnd;
    const soft = length > lineStart && bytes[length - 1] === 0x3d;
    if (soft) length -= 1;
    for (let i = lineStart; i < length; i += 1) {
      const byte = bytes[i]!;
      if (byte === 0x3d && i + 2 < length) {
        const high = hexValue(bytes[i + 1]!);
        const low = hexValue(bytes[i + 2]!);
        if (high >= 0 && low >= 0) {
          out[o++] = (high << 4) | low;
          i += 2;
          continue;
        }
      }
      out[o++] = byte;
    }
    if (!soft) out[o++] = 0x0a;
    lineStart = lineEnd + 1;
  }
  return out.subarray(0, o);
}

/** A part's body after its transfer encoding: bytes, or the text itself when it was not encoded. */
function partContent(input: string, node: Node): Uint8Array | string {
  if (node.bodyLines === 0) return node.transfer === 'plain' ? '' : new Uint8Array(0);
  const body = input.slice(node.bodyStart, node.bodyEnd);
  if (node.transfer === 'base64') return decodeBase64(body);
  if (node.transfer === 'quoted-printable') return decodeQuotedPrintable(body);
  return `${body}\n`;
}

/** An attachment's text as postal-mime's attachmentEncoding 'utf8' gives it (UTF-8, a leading BOM dropped). */
function utf8Text(content: Uint8Array | string): string {
  if (typeof content !== 'string') return utf8.decode(content);
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

const NON_ASCII = /[^\x00-\x7f]/;

function inlineText(content: Uint8Array | string, node: Node): string {
  const charset = trimWsp(node.params.get('charset') || 'utf8').toLowerCase();
  const decoder = CHARSETS.has(charset) ? decoderFor(charset) : UTF7_LABELS.has(charset) ? decoderFor('windows-1252') : null;
  if (!decoder) return decline(`charset ${charset}`);
  if (typeof content === 'string') {
    // A part that was not transfer-encoded is already text: encoding it to UTF-8 and decoding it again
    // gives it back unchanged for UTF-8 (but for a leading BOM, which the decoder drops), and for ASCII
    // text in any charset that keeps the ASCII bytes as they are (all here but ISO-2022-JP's escapes).
    if (decoder.encoding === 'utf-8') return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    if (decoder.encoding !== 'iso-2022-jp' && !NON_ASCII.test(content)) return content;
  }
  return decoder.decode(typeof content === 'string' ? encoder.encode(content) : content);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** postal-mime reads the message as UTF-8 bytes: a lone surrogate would become U+FFFD there, not here. */
function isWellFormed(input: string): boolean {
  const native = (input as { isWellFormed?: () => boolean }).isWellFormed;
  return typeof native === 'function' ? native.call(input) : !LONE_SURROGATE.test(input);
}

const hasOwnEntries = (entry: Map<'plain' | 'html', string[]>, type: 'plain' | 'html'): boolean => entry.has(type);

/** The message split, or null when postal-mime should parse it. `input` has LF line ends only. */
export function splitMime(input: string, headerTools: HeaderTools): ParsedMail | null {
  if (!isWellFormed(input)) return null;
  try {
    const splitter = new Splitter(input);
    splitter.run();
    const entries = new Map<Node, Map<'plain' | 'html', string[]>>();
    const types = new Set<'plain' | 'html'>();
    const attachments: ParsedAttachment[] = [];
    const collect = (node: Node, alternative: Node | null): void => {
      if (!node.multipart) {
        if (node.type === 'text/calendar' || node.type === 'application/ics') decline('calendar part');
        const inlineTextPart = node.disposition !== 'attachment' && (node.type === 'text/plain' || node.type === 'text/html');
        if (inlineTextPart) {
          if (/^flowed$/i.test(node.params.get('format') ?? '')) decline('format=flowed');
          const type = node.type === 'text/html' ? 'html' : 'plain';
          const key = alternative ?? node;
          let entry = entries.get(key);
          if (!entry) entries.set(key, (entry = new Map()));
          let list = entry.get(type);
          if (!list) entry.set(type, (list = []));
          list.push(inlineText(partContent(input, node), node));
          types.add(type);
        } else {
          let text: string | undefined;
          attachments.push({ mimeType: node.type, text: () => (text ??= utf8Text(partContent(input, node))) });
        }
      } else if (node.multipart === 'alternative') alternative = node;
      for (const child of node.children) collect(child, alternative);
    };
    collect(splitter.root, null);
    // postal-mime fills a part missing one of the two forms by converting the other; only the plain
    // text is read here (the html only when there is no plain text), so decline where that conversion
    // would be needed.
    const all = [...entries.values()];
    let text: string | undefined;
    let html: string | undefined;
    if (types.has('plain')) {
      if (!all.every((entry) => hasOwnEntries(entry, 'plain'))) return null;
      text = all.map((entry) => entry.get('plain')!.join('\n')).join('\n') || undefined;
    }
    if (text === undefined && types.has('html')) {
      if (!all.every((entry) => hasOwnEntries(entry, 'html'))) return null;
      html = all.map((entry) => entry.get('html')!.join('\n')).join('\n') || undefined;
    }
    const headers = splitter.root.headers;
    const subjectValue = headers.find((h) => h.key === 'subject')?.value;
    const fromValue = headers.find((h) => h.key === 'from')?.value;
    const mail: ParsedMail = { headers, attachments };
    if (subjectValue) mail.subject = headerTools.decodeWords(subjectValue);
    if (fromValue) {
      const from = headerTools.addressParser(fromValue)[0];
      if (from) mail.from = { name: from.name, address: from.address };
    }
    if (text !== undefined) mail.text = text;
    if (html !== undefined) mail.html = html;
    return mail;
  } catch (error) {
    if (error instanceof Decline) return null;
    throw error;
  }
}

/** postal-mime's own header decoders (synchronous), so that both paths read headers alike. */
export interface HeaderTools {
  decodeWords(text: string): string;
  addressParser(text: string): { name: string; address?: string }[];
}

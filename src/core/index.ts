// Public API of the engine. Pure TypeScript: no DOM, no browser API; runs in Node and in the extension.
import type { Dataset } from '../data/schema';
import { dataset as defaultDataset } from '../data';
import { analyzeTextWith } from './bare';
import { lookupIn } from './lookup';
import { analyzeRaw, latin1, looksLikeRawMessage } from './message';
import type { MessageContext, Report, ResolvedEntry } from './types';

export type * from './types';
export { looksLikeBounce } from './detect';

/** Explain the text of a message as a webmail renders it (body text; subject/from passed separately). */
export function analyzeText(text: string, ctx: MessageContext = {}, dataset: Dataset = defaultDataset): Report {
  // The content script calls analyzeTextWith directly: one function, so the two cannot drift.
  return analyzeTextWith(dataset, text, ctx);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's bytes as text when they are UTF-8 (ASCII included), else null: legacy 8-bit bytes. */
function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** A file saved as UTF-16 (Windows' Notepad "Unicode", PowerShell's `>` redirection) as text: by its byte
 *  order mark, or, without one, by the zero bytes every ASCII character has in the same half of its pair
 *  (plain text and mail never hold NUL). null for any other file. */
function utf16OrNull(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null;
  let encoding: 'utf-16le' | 'utf-16be' | null = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!encoding && bytes.length >= 8) {
    const n = Math.min(bytes.length >> 1, 256);
    let even = 0;
    let odd = 0;
    for (let i = 0; i < n; i++) {
      if (bytes[2 * i] === 0) even++;
      if (bytes[2 * i + 1] === 0) odd++;
    }
    if (odd >= n * 0.9 && even === 0) encoding = 'utf-16le';
    else if (even >= n * 0.9 && odd === 0) encoding = 'utf-16be';
  }
  // The decoder drops the byte order mark itself.
  return encoding ? new TextDecoder(encoding).decode(bytes) : null;
}

/** Explain a raw RFC 822 message (.eml, "Show original", pasted source). A file's bytes may be given as
 *  they are: UTF-8 is read as text, other 8-bit content is decoded part by part by its declared charset. */
export async function analyzeMessage(raw: string | Uint8Array, dataset: Dataset = defaultDataset): Promise<Report> {
  if (raw instanceof Uint8Array) {
    const text = utf16OrNull(raw) ?? utf8OrNull(raw);
    if (text === null) return analyzeRaw(raw, dataset);
    raw = text;
  }
  if (typeof raw !== 'string' || !raw.trim()) return { kind: 'none', findings: [], notes: [] };
  return analyzeRaw(raw, dataset);
}

/** A header field line: a name of printable characters without space or colon, then a colon. */
const FIELD_LINE = /^[!-9;-~]{1,76}:/;
/** Fields a message's header carries; a block of other fields only ("Status code: ...", "Error: ...")
 *  is a pasted report, not a message. */
const MESSAGE_FIELD = /^(?:From|To|Subject|Date|Received|Message-ID|MIME-Version|Return-Path):/i;
const MIN_FIELDS = 3;
/** Headers past this many lines are not looked at: a block that has not ended by then is not a header. */
const MAX_HEADER_LINES = 400;

/** Whether the input opens with an RFC 5322 header block, whatever its first field (Auto-Submitted:,
 *  Thread-Topic:, Content-Class:, X-...): field lines with folded continuations, at least three fields
 *  including one that every message has, then the blank line before the body. */
export function startsWithHeaderBlock(input: string): boolean {
  const lines = input.slice(0, 64_000).replace(/^\s+/, '').replace(/\r\n?/g, '\n').split('\n', MAX_HEADER_LINES + 1);
  let fields = 0;
  let messageField = false;
  for (let i = 0; i < lines.length && i < MAX_HEADER_LINES; i++) {
    const line = lines[i]!;
    if (line.trim() === '') return fields >= MIN_FIELDS && messageField;
    if (/^[ \t]/.test(line)) {
      if (i === 0) return false;
      continue;
    }
    if (!FIELD_LINE.test(line)) return false;
    fields++;
    if (MESSAGE_FIELD.test(line)) messageField = true;
  }
  return false;
}

/** Either of the above: looks at the input to decide whether it is a raw message or rendered text. Bytes
 *  (a file as read) that are a raw message keep their 8-bit parts; bytes of plain text are read as UTF-8,
 *  or as Latin-1 where they are not UTF-8. */
export async function analyze(input: string | Uint8Array, ctx: MessageContext = {}, dataset: Dataset = defaultDataset): Promise<Report> {
  if (input instanceof Uint8Array) {
    const text = utf16OrNull(input) ?? utf8OrNull(input);
    if (text !== null) input = text;
    else {
      const head = latin1.decode(input.subarray(0, 64_000));
      if (looksLikeRawMessage(head) || startsWithHeaderBlock(head)) return analyzeMessage(input, dataset);
      input = latin1.decode(input);
    }
  }
  if (typeof input === 'string' && (looksLikeRawMessage(input) || startsWithHeaderBlock(input))) return analyzeMessage(input, dataset);
  return analyzeText(input, ctx, dataset);
}

/** Entries for a typed query (`550`, `5.1.1`, `550 5.7.26`, `TSS04`, `zen.spamhaus.org`, `mailbox full`),
 *  most specific first; provider variants after the standard meaning, grouped by provider. */
export function lookup(query: string, dataset: Dataset = defaultDataset): ResolvedEntry[] {
  return lookupIn(dataset, query);
}

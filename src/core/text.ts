// Small text helpers shared by the parsers. Every pattern here is linear (bounded or single-class runs).
import { gatedExec, stickyOf } from './union';

/** Work is capped: a bounce larger than this is analysed only in its first part. */
export const MAX_INPUT = 1_000_000;

/** CRLF and CR-only (old Mac) line endings become LF; everything downstream assumes LF. */
export function normaliseNewlines(text: string): string {
  // Most texts have no CR at all: finding none is cheaper than replacing none.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Caps the input and says so. */
export function capInput(text: string): { text: string; notes: string[] } {
  if (text.length <= MAX_INPUT) return { text, notes: [] };
  return {
    text: text.slice(0, MAX_INPUT),
    notes: [`Only the first ${MAX_INPUT / 1_000_000} MB of the message was analysed.`],
  };
}

/** Collapses runs of whitespace and trims, for evidence and matching. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `squash(text).slice(0, max)`, squashing only as much of the text as it takes. The squashed head of a
 *  text is a prefix of the squashed text (a run of spaces cut at the end becomes one space, which trim
 *  then drops), so once it is `max` long it is the answer; a head too short for that (long whitespace
 *  runs) means the whole text is squashed. */
export function squashHead(text: string, max: number): string {
  const headLength = max + (max >> 3);
  if (text.length > headLength) {
    const head = squash(text.slice(0, headLength));
    if (head.length >= max) return head.slice(0, max);
  }
  return squash(text).slice(0, max);
}

export function clip(text: string, max = 500): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** An e-mail address, bounded so that it can never backtrack far. */
export const ADDR = String.raw`[A-Za-z0-9!#$%&'*+/=?^_\`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){0,10}[A-Za-z0-9-]{1,63}`;

export function cleanAddress(addr: string): string {
  // Bounded runs: an unbounded run before `$` is retried from every position of a long run (quadratic).
  return addr.replace(/^[<("'\s]{1,100}|[>)"'.,;:\s]{1,100}$/g, '').toLowerCase();
}

/** Marks where the copy of the original message starts; the text after it is not the bounce. */
const ORIGINAL_MESSAGE_MARKERS: RegExp[] = [
  /^[ \t]{0,8}-{2,40} ?(?:This is a copy of|Below this line is a copy of|Original message|The original message|Original Message Header|Original Message)[^\n]{0,80}$/im,
  /^[ \t]{0,8}-{2,40} ?(?:Forwarded message|Forwarded Message)[^\n]{0,40}$/im,
  /^[ \t]{0,8}-{2,40} ?The header of the original message is following[^\n]{0,40}$/im,
  /^[ \t]{0,8}(?:Original message headers|Original message follows|Included is a copy of the message header)[^\n]{0,20}$/im,
  /^[ \t]{0,8}-{2,40} ?(?:Returned|Unsent|Undelivered) message[^\n]{0,40}$/im,
  /^[ \t]{0,8}-{2,40} ?Message header follows[^\n]{0,40}$/im,
];

/** The markers that open with a dashed rule ("^[ \t]{0,8}-{2,40}") can match only at the start of a line
 *  whose first characters (after at most 8 blanks) are "--": each is tried at those line starts alone
 *  (sticky), instead of at every position of a long text. */
const DASH_RULE = String.raw`^[ \t]{0,8}-{2,40}`;
const DASH_MARKERS = ORIGINAL_MESSAGE_MARKERS.filter((re) => re.multiline && re.source.startsWith(DASH_RULE));
const DASH_MARKERS_STICKY = DASH_MARKERS.map(stickyOf);
const OTHER_MARKERS = ORIGINAL_MESSAGE_MARKERS.filter((re) => !DASH_MARKERS.includes(re));

/** Where each dash marker first matches (-1 where it does not), as `re.exec(text)?.index` says. */
function firstDashMarkers(text: string): number[] {
  // `^` also matches after U+2028 and U+2029; the line starts below are found by "\n" alone.
  if (text.includes('\u2028') || text.includes('\u2029')) return DASH_MARKERS.map((re) => re.exec(text)?.index ?? -1);
  const first = DASH_MARKERS.map(() => -1);
  let pending = first.length;
  for (let at = text.indexOf('--'); at >= 0 && pending > 0; ) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (at - lineStart <= 8 && /^[ \t]*$/.test(text.slice(lineStart, at))) {
      DASH_MARKERS_STICKY.forEach((re, i) => {
        if (first[i]! >= 0) return;
        re.lastIndex = lineStart;
        if (re.test(text)) {
          first[i] = lineStart;
          pending--;
        }
      });
    }
    // Only the first "--" of a line can follow its opening blanks.
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) break;
    at = text.indexOf('--', lineEnd + 1);
  }
  return first;
}

/** The part of a body that is the bounce itself, without the quoted original message. */
export function stripOriginalMessage(text: string): string {
  let end = text.length;
  // A marker in the first lines is a header, not the start of a copy.
  const consider = (index: number) => {
    if (index > 40 && index < end) end = index;
  };
  for (const re of OTHER_MARKERS) consider(gatedExec(re, text)?.index ?? -1);
  for (const index of firstDashMarkers(text)) consider(index);
  return text.slice(0, end);
}

/** stripOriginalMessage for a caller that reads only the first `window` characters: a copy that starts
 *  past the window leaves the same first `window` characters as no copy at all, so the markers are looked
 *  for only that far (a long text is not scanned to its end). The search stops at a line's end, so a
 *  marker line that starts inside the window is seen whole. Returns `text` itself when no marker starts
 *  inside the window; otherwise what stripOriginalMessage returns. */
export function stripOriginalMessageWithin(text: string, window: number): string {
  const lineEnd = text.indexOf('\n', window);
  if (lineEnd < 0) return stripOriginalMessage(text);
  const head = stripOriginalMessage(text.slice(0, lineEnd));
  return head.length === lineEnd ? text : head;
}

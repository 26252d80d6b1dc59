// A bounce the user forwarded (or replied to) before pasting: its lines may carry quote marks ("> ",
// "> > ") and it may sit under a forward header ("---------- Forwarded message ---------" with From:,
// Date:, Subject:, To: lines, or Outlook's From:/Sent:/To:/Subject: block). Both are taken off so the
// inner bounce is read as if it had been pasted itself; the forward header's Subject and From tell
// whether the inner message is a bounce.
import { looksLikeBounce } from './detect';
import type { MessageContext } from './types';
import { gatedExec } from './union';

/** Quote marks are peeled one level at a time, at most this many levels. */
const MAX_QUOTE_LEVELS = 6;
/** Share of the lines (from the first quoted line on) that must be quoted to call the block a quote:
 *  a bounce's own ">>> RCPT TO" transcript lines are a few among many. */
const QUOTED_SHARE = 0.6;

const FORWARD_MARKER = /^[ \t]{0,8}(?:-{2,40} ?(?:Forwarded message|Forwarded Message|Original Message|Original message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado) ?-{0,40}|Begin forwarded message:)[ \t]{0,8}$/m;
/** Outlook writes no marker line: a From:/Sent: (or Date:)/To:/Subject: block at a line start. */
const OUTLOOK_HEADER = /^[ \t]{0,4}\*{0,2}From\*{0,2}:[^\n]{1,300}\n[ \t]{0,4}\*{0,2}(?:Sent|Date)\*{0,2}:/im;
/** Two words every OUTLOOK_HEADER match holds. Its own gate knows only "from", which most bounces hold
 *  (its line-start search then runs over the whole head); a search for each of these rules out most heads
 *  first, at a fraction of that cost. */
const OUTLOOK_FROM = /From\*{0,2}:/i;
const OUTLOOK_SENT = /(?:Sent|Date)\*{0,2}:/i;
/** The header lines a mail client writes under a forward marker or at the top of a quoted message. */
const FORWARD_FIELD = /^[ \t]{0,4}\*{0,2}(From|Sent|Date|To|Cc|Subject|Reply-To)\*{0,2}:[ \t]{0,4}([^\n]{0,300})$/i;

/** Any line that may start with a quote mark (also after U+2028/U+2029, which split('\n') does not cut:
 *  a superset, so that a text without one is not split into lines for nothing). */
const MAYBE_QUOTED = /^[ \t]{0,3}>/m;

function peelQuoteLevel(text: string): string | null {
  if (!MAYBE_QUOTED.test(text)) return null;
  const lines = text.split('\n');
  const first = lines.findIndex((l) => /^[ \t]{0,3}>/.test(l));
  if (first < 0) return null;
  const rest = lines.slice(first).filter((l) => l.trim() !== '');
  const quoted = rest.filter((l) => /^[ \t]{0,3}>/.test(l)).length;
  if (quoted < 2 || quoted / rest.length < QUOTED_SHARE) return null;
  return lines.map((l, i) => (i >= first ? l.replace(/^[ \t]{0,3}> ?/, '') : l)).join('\n');
}

/** Removes quote marks when the text (from its first quoted line on) is mostly a quote. */
export function unquote(text: string): string {
  let out = text;
  for (let level = 0; level < MAX_QUOTE_LEVELS; level++) {
    const peeled = peelQuoteLevel(out);
    if (peeled === null) break;
    out = peeled;
  }
  return out;
}

export interface Unwrapped {
  text: string;
  ctx: MessageContext;
}

/** Takes off the forward header block (marker line, then client header lines) and everything above it,
 *  keeping its Subject/From as context when the caller gave none. Only when the header names at least a
 *  From and a Subject, so that a bounce's own "Original message" marker is left alone. */
export function unwrapForward(text: string, ctx: MessageContext): Unwrapped {
  const head = text.slice(0, 20_000);
  const marker = gatedExec(FORWARD_MARKER, head);
  const outlook = !marker && OUTLOOK_FROM.test(head) && OUTLOOK_SENT.test(head) ? gatedExec(OUTLOOK_HEADER, head) : null;
  const start = marker ? marker.index + marker[0].length + 1 : outlook?.index ?? -1;
  if (start < 0) return { text, ctx };
  const lines = text.slice(start).split('\n');
  const fields = new Map<string, string>();
  let i = 0;
  for (; i < lines.length && i < 20; i++) {
    const line = lines[i]!;
    if (line.trim() === '' && fields.size === 0) continue;
    const f = FORWARD_FIELD.exec(line);
    if (!f) break;
    fields.set(f[1]!.toLowerCase(), f[2]!.trim());
  }
  if (!fields.has('from') || !fields.has('subject')) return { text, ctx };
  const consumed = lines.slice(0, i).join('\n').length;
  const inner = text.slice(start + consumed).replace(/^\n+/, '');
  // A bounce's own copy of the original message ("----- Original message -----" with its headers) is not
  // a forward: only a header whose message is a bounce, under text that is not one, is unwrapped.
  const above = marker ? text.slice(0, marker.index) : text.slice(0, start);
  if (looksLikeBounce({ text: above.slice(0, 8000) }) || !looksLikeBounce({ subject: fields.get('subject')!, from: fields.get('from')!, text: inner.slice(0, 8000) })) return { text, ctx };
  const next: MessageContext = { ...ctx };
  if (!next.subject) next.subject = fields.get('subject')!;
  if (!next.from) next.from = fields.get('from')!;
  return { text: inner, ctx: next };
}

/** Both, in the order a client applies them: quotes first (a quoted forward header is still one). */
export function unwrapForwarded(text: string, ctx: MessageContext): Unwrapped {
  return unwrapForward(unquote(text), ctx);
}

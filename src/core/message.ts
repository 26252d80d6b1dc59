// Raw RFC 822 messages (.eml, "Show original"): the human-readable text and the delivery-status
// part together, plus what only the headers say (X-Failed-Recipients, Auto-Submitted, the original
// message's Subject and To).
import type { Dataset } from '../data/schema';
import { analyzeBody, type MessageExtras } from './analyze';
import { htmlToText } from './html';
import type { ParsedMail } from './mime/parsed';
import { splitMime } from './mime/split';
import { MAX_INPUT, normaliseNewlines } from './text';
import type { Report } from './types';

const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status', 'message/feedback-report', 'message/disposition-notification']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'text/rfc822-headers', 'message/rfc822-headers', 'message/global', 'message/global-headers']);

function contentText(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return new TextDecoder('utf-8', { fatal: false }).decode(content instanceof Uint8Array ? content : new Uint8Array(content));
}

type PostalMimeModule = typeof import('postal-mime');

/** LF line ends; most texts have no CR at all, and finding none is cheaper than replacing none. */
const lf = (text: string): string => (text.includes('\r') ? normaliseNewlines(text) : text);

/** postal-mime's answer in the shape the analysis reads. */
async function parseWithPostalMime(postal: PostalMimeModule, input: string | Uint8Array): Promise<ParsedMail> {
  const email = await postal.default.parse(input, { forceRfc822Attachments: true, attachmentEncoding: 'utf8' });
  const mail: ParsedMail = {
    headers: email.headers,
    attachments: email.attachments.map((a) => ({ mimeType: a.mimeType.toLowerCase(), text: () => contentText(a.content) })),
  };
  if (email.subject !== undefined) mail.subject = email.subject;
  if (email.from) mail.from = { name: email.from.name, address: email.from.address };
  if (email.text !== undefined) mail.text = email.text;
  if (email.html !== undefined) mail.html = email.html;
  return mail;
}

let postalMime: Promise<PostalMimeModule> | undefined;

/** The module promise is kept: each import() of a loaded module still costs a lookup in the loader. */
function loadPostalMime(): Promise<PostalMimeModule> {
  // A failed load (a chunk missing after an update) is not kept: the next message tries again.
  postalMime ??= import('postal-mime').catch((error: unknown) => {
    postalMime = undefined;
    throw error;
  });
  return postalMime;
}

/** Which MIME parser reads the message: the fast splitter where it can, else postal-mime ('auto'); or
 *  postal-mime alone (tests compare the two). */
export type MimePath = 'auto' | 'postal-mime';

/** An address in a header; it starts only where a run of address characters starts, so that a long run
 *  without '@' is read once, not once from each of its positions. */
const ADDRESS_IN_HEADER = /(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]{1,64}@[\w.-]{1,253}/g;

function header(headers: { key: string; value: string }[], name: string): string | undefined {
  return headers.find((h) => h.key === name)?.value;
}

function originalHeaders(text: string, decodeWords: (value: string) => string): { subject?: string; to?: string[] } {
  // The header block ends at the first blank line; the (often long) rest is never looked at.
  const end = /\n\s*\n/.exec(text)?.index;
  const head = end === undefined ? text : text.slice(0, end);
  const unfolded = head.replace(/\n[ \t]{1,40}/g, ' ');
  // The original's Subject as its author wrote it, encoded words ("=?UTF-8?B?...?=") decoded as the
  // message's own Subject is.
  const rawSubject = /^Subject:[ \t]{0,4}([^\n]{0,500})/im.exec(unfolded)?.[1]?.trim();
  const subject = rawSubject && rawSubject.includes('=?') ? decodeWords(rawSubject).trim() : rawSubject;
  const to = /^To:[ \t]{0,4}([^\n]{0,2000})/im.exec(unfolded)?.[1];
  const out: { subject?: string; to?: string[] } = {};
  if (subject) out.subject = subject;
  if (to) out.to = to.match(ADDRESS_IN_HEADER) ?? [];
  return out;
}

/** The bytes with CRLF and lone CR turned into LF, as normaliseNewlines does for text. */
function lfBytes(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(0x0d)) return bytes;
  const out = new Uint8Array(bytes.length);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b !== 0x0d) out[o++] = b;
    else {
      out[o++] = 0x0a;
      if (bytes[i + 1] === 0x0a) i += 1;
    }
  }
  return out.subarray(0, o);
}

/** Bytes as one character each: the raw message's structure is ASCII, whatever its parts' charsets. */
export const latin1 = new TextDecoder('latin1');

/** The head of an attached message that is itself a bounce: a delivery-status report, or a message from a
 *  mail system's daemon. A bounce forwarded "as attachment" (Outlook, Thunderbird, a helpdesk) carries the
 *  real report inside; an ordinary bounce's attachment is the original message, which is neither. */
const ATTACHED_BOUNCE_HEAD = /^Content-Type:[ \t]{0,4}multipart\/report;[^\n]{0,200}(?:\n[ \t][^\n]{0,200}){0,3}delivery-status|^From:[^\n]{0,120}\b(?:MAILER-DAEMON|postmaster|Mail Delivery (?:System|Subsystem))\b/im;

/** The first line of a message's header block, as a saved .eml starts. */
const RAW_HEAD = /^(?:Return-Path|Received|From|Delivered-To|Date|Message-ID|X-[A-Za-z0-9-]{1,40}|MIME-Version|Subject|To)[ \t]{0,4}:/i;

/** A forward of a bounce, by its subject: "FW: Undeliverable: ...", "Fwd: Mail delivery failed", "WG: Unzustellbar".
 *  (Any attached multipart message would also match an ordinary bounce's attached original.) */
const FORWARDED_BOUNCE_SUBJECT = /^Subject:[ \t]{0,4}(?:(?:FW|FWD|TR|WG|RV|VS|I|Doorst)[ \t]{0,2}:[ \t]{0,4}){1,4}(?:Undeliver|Undelivered|Delivery Status Notification|Returned mail|Mail delivery failed|failure notice|Delivery has failed|Address not found|Message not delivered|Non remis|Unzustellbar|Nicht zustellbar|No se puede entregar|Non recapitabile)/im;

/** A forward of a forward of a bounce is still read; deeper than this, the attached messages are not opened. */
const MAX_FORWARD_DEPTH = 3;

export async function analyzeRaw(raw: string | Uint8Array, dataset: Dataset, mimePath: MimePath = 'auto', depth = 0): Promise<Report> {
  const notes: string[] = [];
  // Bytes come here only when they are not UTF-8 (see analyzeMessage): 8-bit parts in a legacy charset
  // (ISO-8859-1, windows-1252, KOI8-R ...), which postal-mime decodes from the bytes by each part's
  // charset. A string cannot carry them: read as UTF-8 they become U+FFFD, read as Latin-1 each byte
  // would be encoded again as UTF-8 and decoded twice.
  const bytes = typeof raw === 'string' ? null : lfBytes(raw);
  let input = bytes ? latin1.decode(bytes.subarray(0, MAX_INPUT * 2)) : normaliseNewlines(raw as string);
  const tooLong = bytes ? bytes.length > MAX_INPUT * 2 : input.length > MAX_INPUT * 2;
  if (tooLong) {
    input = input.slice(0, MAX_INPUT * 2);
    notes.push('Only the first 2 MB of the raw message was read.');
  }
  // Loaded on first use: only raw messages need a MIME parser, and rendered text is the common case.
  const postal = await loadPostalMime();
  let email: ParsedMail;
  try {
    email = bytes
      ? await parseWithPostalMime(postal, bytes.subarray(0, MAX_INPUT * 2))
      : (mimePath === 'auto' ? splitMime(input, postal) : null) ?? (await parseWithPostalMime(postal, input));
  } catch (error) {
    // A structure the MIME parser refuses (postal-mime stops past 256 nested parts): the message is still
    // text, and a forged one must not take the explanation down with it.
    const report = analyzeBody(input.slice(0, MAX_INPUT), {}, dataset, { notes: [...notes, `The message's MIME structure could not be read (${String((error as Error)?.message ?? error).slice(0, 120)}); it was read as plain text.`] });
    return report;
  }
  const parts: string[] = [];
  const body = email.text ?? (email.html ? htmlToText(email.html) : '');
  parts.push(body);
  const extras: MessageExtras = { notes };
  // A bounce forwarded as an attachment: the message itself holds no report, the attached one is a bounce.
  if (depth < MAX_FORWARD_DEPTH && !email.attachments.some((a) => REPORT_TYPES.has(a.mimeType))) {
    // Also a saved .eml sent as a plain file ("application/octet-stream"): only the few such attachments are
    // looked at, and only what starts like a message's header block counts.
    const attached = email.attachments.find((a) => a.mimeType === 'message/rfc822') ?? email.attachments.filter((a) => a.mimeType === 'application/octet-stream').slice(0, 3).find((a) => RAW_HEAD.test(a.text().slice(0, 200)));
    const inner = attached ? lf(attached.text()) : '';
    const head = inner.slice(0, Math.max(0, inner.search(/\n[ \t]*\n/)) || 4000);
    // A forward's attachment may itself be a forward ("FW: FW: Undeliverable"): its head is then a person's,
    // but its own attachment is the bounce, which the next level looks for.
    if (inner && (ATTACHED_BOUNCE_HEAD.test(head) || FORWARDED_BOUNCE_SUBJECT.test(head))) {
      const report = await analyzeRaw(inner, dataset, mimePath, depth + 1);
      if (report.findings.length) {
        report.notes = [...notes, 'The bounce was read from the message attached to this one (a bounce forwarded as an attachment).', ...report.notes];
        return report;
      }
    }
  }
  for (const a of email.attachments) {
    const type = a.mimeType;
    // Only these types are read at all: images, PDFs and the like are never decoded.
    if (REPORT_TYPES.has(type)) parts.push(lf(a.text()));
    else if (ORIGINAL_TYPES.has(type)) {
      // Only the original message's header block matters (Subject, To); originalHeaders stops there.
      const orig = originalHeaders(lf(a.text()), postal.decodeWords);
      if (orig.subject && !extras.originalSubject) extras.originalSubject = orig.subject;
      if (orig.to?.length && !extras.originalTo) extras.originalTo = orig.to;
    } else if (type.startsWith('text/plain')) {
      const text = lf(a.text());
      if (!/^(?:Received|Return-Path|From|Message-ID|DKIM-Signature):/im.test(text.slice(0, 500))) parts.push(text);
    } else if (type === 'text/html' && !email.text) {
      parts.push(htmlToText(lf(a.text())));
    }
  }
  if (!parts.some((p) => p.trim())) {
    // A multipart body the parser could not split (an unusual boundary): its text is still the bounce.
    const bodyStart = input.search(/\n[ \t]*\n/);
    if (bodyStart > 0) parts.push(input.slice(bodyStart, bodyStart + MAX_INPUT));
  }
  const failed = email.headers.filter((h) => h.key === 'x-failed-recipients').map((h) => h.value).join(',');
  if (failed) extras.failedRecipients = failed.match(ADDRESS_IN_HEADER) ?? [];
  const autoSubmitted = header(email.headers, 'auto-submitted');
  if (autoSubmitted) extras.autoSubmitted = autoSubmitted;
  const from = email.from?.address ?? '';
  const ctx = { subject: email.subject ?? '', from: `${email.from?.name ?? ''} <${from}>` };
  // Some MTAs put the DSN fields in headers of a non-MIME message; the body and those headers together.
  const headerDsn = email.headers.filter((h) => /^(?:final-recipient|original-recipient|action|status|diagnostic-code|remote-mta|reporting-mta)$/.test(h.key));
  if (headerDsn.length >= 2) parts.push(headerDsn.map((h) => `${h.key}: ${h.value}`).join('\n'));
  if (header(email.headers, 'content-type')?.includes('feedback-report') && !parts.some((p) => /Feedback-Type:/i.test(p))) parts.push('Feedback-Type: abuse');
  const report = analyzeBody(parts.join('\n\n'), ctx, dataset, extras);
  if (email.subject) report.subject = email.subject;
  if (report.kind === 'autoreply' && report.findings[0] && !report.findings[0].recipient && from) report.findings[0].recipient = from.toLowerCase();
  return report;
}

const RAW_HEADER = /^(?:Received|From|Return-Path|MIME-Version|Date|Subject|To|Message-ID|Delivered-To|X-[A-Za-z0-9-]{1,60}|Content-Type|DKIM-Signature|ARC-[A-Za-z-]{1,30}|Authentication-Results)[ \t]{0,4}:/i;

/** Raw RFC 822 when the first non-blank lines are header fields ("Received:", "From:", ...). */
export function looksLikeRawMessage(input: string): boolean {
  const lines = normaliseNewlines(input.slice(0, 4000)).replace(/^\s+/, '').split('\n').slice(0, 6);
  const first = lines[0] ?? '';
  if (/^From [^\n]{1,200}\d{4}$/.test(first)) return true; // mbox separator
  const headerish = lines.filter((l) => RAW_HEADER.test(l) || /^[ \t]/.test(l)).length;
  return RAW_HEADER.test(first) && headerish >= Math.min(2, lines.length);
}

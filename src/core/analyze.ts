// analyzeText: from the text of a bounce to one finding per recipient.
// Steps: find where each recipient's part starts (anchors from every sending system), cut the text
// into per-recipient segments, read the reply and the DSN fields of each, classify the reason,
// pick the entries.
import type { Dataset, Reason, Retry, Party } from '../data/schema';
import { classify, RETRY_FUTILE, statusReason } from './classify';
import { classOf, findEnhancedCodes, findReplyCodes, findTokens, type ReplyMatch } from './codes';
import { looksLikeBounce } from './detect';
import { parseDsn, type DsnMessage, type DsnRecipient } from './dsn';
import { readCommand, readFacts } from './facts';
import { decideKind } from './kind';
import { findReplyEntry, findStatusEntry, matchProviders, resolveEntry } from './resolve';
import { receivers } from './receivers';
import { MAX_RECORDS, recordsAsDsnFields } from './as-fields';
import { systems, writersOf, type SendingSystem } from './systems';
import { unwrapForwarded } from './forwarded';
import { TEMPORARY_DNS_FAILURE } from './reasons/networkerror';
import { ADDR, capInput, cleanAddress, clip, normaliseNewlines, squash, squashHead, stripOriginalMessageWithin } from './text';
import { fullTranscriptReply, isTranscriptWrapper, lastDeferral, transcriptCause } from './transcript';
import type { Facts, Finding, MessageContext, Report, ResolvedEntry } from './types';
import { anyMatch, stickyOf } from './union';
import { GateSet, analysisTextScan } from './word-scan';

/** What a raw message adds to the text (analyzeMessage fills it). */
export interface MessageExtras {
  failedRecipients?: string[];
  autoSubmitted?: string;
  originalSubject?: string;
  originalTo?: string[];
  sender?: string;
  notes?: string[];
}

/** How much of the bounce text (after the quoted original is cut) is searched for recipients and replies. */
const ANALYSIS_WINDOW = 128_000;
/** How much of one recipient's part is read for facts and wording. */
const SEGMENT_WINDOW = 8_000;
/** How much of a recipient's part is searched for provider signatures. */
const PROVIDER_WINDOW = 2_000;
/** A bounce about more recipients than this is explained for the first ones only. */
const MAX_RECIPIENTS = 200;
/** Each layout pattern stops after this many places (a real bounce has a handful). */
const MAX_ANCHORS_PER_LAYOUT = 400;

interface Anchor {
  index: number;
  addr: string;
}

const IGNORED_LOCALPARTS = /^(?:mailer-daemon|postmaster|double-bounce|root|nobody)@/i;
/** An anchor that states the address was a recipient of the failed message. */
const NAMES_RECIPIENT = /\bdeliver(?:ed|ing|y)? (?:your message |the message )?to\b|\brecipients?\b|\bRCPT\b/i;

/** Whether a layout pattern can only match at a line's start with its address on that same line: it
 *  starts with `^` (multiline), the address group stands at its top level, and nothing before the
 *  address can cross a line break. Such a pattern is tried only at the start of lines that hold an "@"
 *  (see anchorMatches), instead of at every position of the text. */
function isLineStartAddress(re: RegExp): boolean {
  const src = re.source;
  const at = src.indexOf('(?<addr>');
  if (!re.multiline || !src.startsWith('^') || at < 0 || !src.startsWith(`(?<addr>${ADDR})`, at)) return false;
  // Anything before the address that may match a line break: an escape for one, a negated class, a dot.
  if (/\\[nrsSWDv]|\[\^|(?<!\\)\./.test(src.slice(0, at))) return false;
  // The address group at the top level, and no alternation there (a branch without the address).
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (i === at && depth !== 0) return false;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return depth === 0;
}

const stickies = new WeakMap<RegExp, RegExp | null>();

/** The same pattern matching only where it is tried (y), for the line-start patterns; null for others. */
function lineStartSticky(re: RegExp): RegExp | null {
  let sticky = stickies.get(re);
  if (sticky === undefined) stickies.set(re, (sticky = isLineStartAddress(re) ? stickyOf(re) : null));
  return sticky;
}

/** The start of every line that holds an "@", in order (lines told apart by "\n"): found once per text
 *  for all the line-start patterns. */
function addressLineStarts(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('@'); at >= 0; ) {
    out.push(text.lastIndexOf('\n', at - 1) + 1);
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) break;
    at = text.indexOf('@', lineEnd + 1);
  }
  return out;
}

/** The matches of a layout pattern (g flag) in order, as `re.exec` in a loop finds them, at most `max`.
 *  A line-start pattern can match only at the start of a line holding an "@" (`addressLines`, see
 *  addressLineStarts), so it is tried there alone: each such line start at or after the end of the
 *  previous match, which is where the global search would find its next match. `addressLines` is null
 *  when the text holds U+2028 or U+2029, after which `^` matches too (lines are told apart by "\n" alone
 *  here). */
function anchorMatches(re: RegExp, text: string, max: number, addressLines: number[] | null, mayMatch: boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const sticky = addressLines ? lineStartSticky(re) : null;
  if (!sticky || !addressLines) {
    // Most layouts' fixed words ("delivered to", "RCPT TO:") are absent from most bounces.
    if (!mayMatch) return out;
    re.lastIndex = 0;
    for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) {
      out.push(m);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }
  let from = 0;
  for (const lineStart of addressLines) {
    if (out.length >= max) break;
    if (lineStart < from) continue;
    sticky.lastIndex = lineStart;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      from = m.index + Math.max(1, m[0].length);
    }
  }
  return out;
}

/** Every layout pattern of every system, in order, and their gates (asked about one text at once). */
let layouts: { patterns: RegExp[]; gates: GateSet } | undefined;

/** Sentences of senders with no layout of their own that name the failed recipient with a bare address
 *  ("Delivery failed to a@b" from ESP event mails, "Amazon SES did not send your message to a@b because
 *  ..."): the verb says the address is where the message was going, so no bracket is needed around it. */
const SENTENCE_ANCHORS = [
  new RegExp(String.raw`\b(?:Delivery|Delivering)(?: has| had)? failed (?:to|for)[ \t]{1,4}['"<]{0,2}(?<addr>${ADDR})`, 'gi'),
  new RegExp(String.raw`\bfailed to deliver (?:the |your )?(?:message |e-?mail |mail )?to[ \t]{1,4}['"<]{0,2}(?<addr>${ADDR})`, 'gi'),
  new RegExp(String.raw`\b(?:did not|didn't|could not|couldn't|will not|won't) send (?:your|the|this) (?:message|e-?mail|mail) to[ \t]{1,4}['"<]{0,2}(?<addr>${ADDR})`, 'gi'),
  new RegExp(String.raw`\bdelivery to[ \t]{1,4}['"<]{0,2}(?<addr>${ADDR})>?['"]?[ \t]{1,4}(?:has |had )?failed\b`, 'gi'),
  // A delay notice in prose: "Your message to a@b has not yet been delivered", "... to <a@b> hasn't been
  // delivered yet".
  new RegExp(String.raw`\bto[ \t]{1,4}<?(?<addr>${ADDR})>?,?[ \t]{1,4}(?:has not|hasn't|has still not)(?: yet)? been delivered\b`, 'gi'),
  // "Recipient: a@b" in the languages bounces are written in ("宛先: <a@b>", "Destinataire : a@b",
  // "Получатель: a@b"), with the French space or the full-width colon.
  new RegExp(String.raw`^[ \t]{0,8}(?:Destinataires?|Empfänger|Destinatari[oa]s?|Destinatários?|Destinatari|Ontvanger|Odbiorca|Příjemce|Mottagare|Modtager|Mottaker|Vastaanottaja|Címzett|Alıcı|Получатель|Адресат|Одержувач|宛先|受信者|收件人|收件者|수신자|받는 ?사람)[ \t\u00A0\u202F]{0,2}[:\uFF1A][ \t]{0,8}<?(?<addr>${ADDR})`, 'gim'),
  // Gmail's Japanese "Your message wasn't delivered to a@b" ("メッセージは a@b に配信されませんでした") and its kin
  // ("a@b への送信に失敗しました"): the address, then the particle and the verb of a failed delivery.
  new RegExp(String.raw`(?<addr>${ADDR})>?[ \t\u3000]{0,2}(?:宛て?|あて)?(?:に|へ)の?(?:配信|送信|配送)(?:されませんでした|できませんでした|に失敗しました|が失敗しました)`, 'g'),
  // Inside a Japanese or Chinese sentence the word stands right before the bracketed address ("宛先
  // <a@b> のメールボックスが...").
  new RegExp(String.raw`(?:宛先|受信者|收件人|收件者|수신자)[ \t]{0,2}<(?<addr>${ADDR})>`, 'g'),
  // The Spanish, French, German, Italian and Portuguese "the message sent to <a@b>" (English: systems/generic.ts),
  // with the address bracketed or quoted as there.
  new RegExp(String.raw`\b(?:enviad[oa]|envoyée?|gesendet|inviat[oa]|destinad[oa]) (?:a|à|an|para)[ \t]{1,4}['"<]{1,2}(?<addr>${ADDR})`, 'gi'),
  // A reply naming its recipient after the label that quotes it ("サーバーからの応答: 550 5.1.1 <a@b>: User
  // unknown", "Error - 550 5.1.1 <a@b>: ..."), as it does at a line's start (systems/generic.ts).
  new RegExp(String.raw`^[^\n:<>@]{1,60}(?:[:\uFF1A]|[ \t]-)[ \t]{0,3}[45]\d\d[ -](?:#?[45]\.\d{1,3}\.\d{1,3}[ \t]{1,3})?<(?<addr>${ADDR})>:`, 'gim'),
];

/** The words before an address that give it as a contact (see findAnchors). */
const CONTACT_ADDRESS = /\b(?:contact|directed to|write to|reach)\b[^@]{0,100}\bat:?[ \t\n]{0,20}['"<]{0,2}$/i;

/** A label whose value is the sender of the failed message, in the languages Microsoft's notices are written
 *  in ("Sender Address:", "Absenderadresse:", "Adresse de l'expéditeur :", "Dirección del remitente:"), with
 *  its value on the same line or, in a table flattened one cell per line, on the next. */
const SENDER_LABEL = /(?:^|\n)[ \t]{0,8}(?:Sender(?: Address| e-?mail)?|Absender(?:adresse)?|Adresse (?:de l'|de l’)expéditeur|Expéditeur|Dirección del remitente|Remitente|Indirizzo (?:del )?mittente|Mittente|Endereço do remetente|Remetente|Adres (?:van de )?afzender|Afzenderadres|Afzender|Adres nadawcy|Nadawca|送信者(?:のアドレス|アドレス)?|发件人(?:地址)?|寄件者(?:地址)?)[ \t\u00A0\u202F]{0,2}[:\uFF1A][ \t]{0,8}\n?[ \t]{0,8}['"<]{0,2}$/i;

function findAnchors(text: string, exclude: Set<string>): Anchor[] {
  const anchors: Anchor[] = [];
  const addressLines = !text.includes('\u2028') && !text.includes('\u2029') ? addressLineStarts(text) : null;
  if (!layouts) {
    const patterns = [...systems.flatMap((system) => system.recipientAnchors), ...SENTENCE_ANCHORS];
    layouts = { patterns, gates: new GateSet(patterns, analysisTextScan) };
  }
  const mayMatch = layouts.gates.about(text);
  for (const [layoutAt, re] of layouts.patterns.entries()) {
    for (const m of anchorMatches(re, text, MAX_ANCHORS_PER_LAYOUT, addressLines, mayMatch(layoutAt))) {
      // A layout may name the address in two parts (named groups local and domain: Google Groups names the
      // group, and the Workspace domain only in its help link).
      const addr = cleanAddress(m.groups?.addr ?? (m.groups?.local && m.groups.domain ? `${m.groups.local}@${m.groups.domain}` : ''));
      // System senders are skipped where a layout only shows an address, not where it says the message
      // was for it ("wasn't delivered to nobody@example.com").
      if (!addr.includes('@') || exclude.has(addr) || (IGNORED_LOCALPARTS.test(addr) && !NAMES_RECIPIENT.test(m[0]))) continue;
      // "<<< 250 2.1.0 <a@b>... Sender ok" and ">>> MAIL FROM:<a@b>" are the sender, not a recipient; the
      // command is written with its colon there, unlike "(in reply to MAIL FROM command)" or a reply's own
      // words ("email from example.com is not accepted").
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const line = text.slice(lineStart, text.indexOf('\n', m.index) >>> 0 || undefined);
      // A refusal of the sender names the sender ("553 5.1.8 <a@b>: Sender address rejected").
      // Exim's sender verification names our own envelope sender: "550-Verification failed for <a@b>\n550-
      // Unrouteable address\n550 Sender verify failed".
      if (/^[ \t]{0,8}(?:<<<[ \t]{0,3})?2\d\d[ -]|sender ok|>:? Sender address rejected|\bVerification failed for\b/i.test(line) || /\bMAIL FROM:/i.test(line)) continue;
      // An anchor whose address is put together, or read by a lookahead, stands where the match does.
      const at = m.index + Math.max(0, m.groups!.addr ? m[0].indexOf(m.groups!.addr) : 0);
      // An address given as whom to ask is a contact, not a recipient: "contact the mailing list owner at
      // team-owner@...", "should be directed to the list administrator at:\n\n    team-owner@..." (Mailman).
      if (CONTACT_ADDRESS.test(text.slice(Math.max(0, at - 160), at))) continue;
      // The value of a sender label is the sender, whatever layout shows the address on its own line
      // (Microsoft's "Original Message Details" table flattened one cell per line: "Sender Address:\na@b").
      if (SENDER_LABEL.test(text.slice(Math.max(0, at - 80), at))) continue;
      anchors.push({ index: at, addr });
    }
  }
  anchors.sort((a, b) => a.index - b.index);
  // One anchor per place: several systems may match the same line.
  return anchors.filter((a, i) => i === 0 || a.index !== anchors[i - 1]!.index);
}

const replyPatternCache = new Map<string, { prefix: RegExp }>();

/** The patterns foldReply needs for one reply code, made once per code (a reply code is three digits). */
function replyPatterns(reply: string): { prefix: RegExp } {
  let cached = replyPatternCache.get(reply);
  if (!cached) {
    cached = { prefix: new RegExp(String.raw`^[ \t]{0,20}(?:[<>|][ \t]{0,3}){0,3}${reply}[ -](?:#?[245]\.\d{1,3}\.\d{1,3}[ \t]{0,3})?`) };
    if (replyPatternCache.size < 1000) replyPatternCache.set(reply, cached);
  }
  return cached;
}

/** A multi-line reply joined by the relaying MTA keeps each line's prefix inside the sentence ("550-5.7.1
 *  a 550-5.7.1 b"): the copies of the reply's own first code pair are dropped, and only those, so that a
 *  reply quoting other codes ("see 550 5.1.1") is kept word for word. */
function withoutRepeatedPrefix(joined: string, reply: string): string {
  const first = /^([2-5]\d\d)[ -]#?([245]\.\d{1,3}\.\d{1,3})(?=[ \t])/.exec(joined);
  if (!first || first[1] !== reply) return joined;
  const copy = ` ${reply}-${first[2]} `;
  const spaced = ` ${reply} ${first[2]} `;
  const rest = joined.slice(4);
  if (!rest.includes(copy) && !rest.includes(spaced)) return joined;
  return joined.slice(0, 4) + rest.split(copy).join(' ').split(spaced).join(' ');
}

/** A reply's first line that holds its codes and nothing else ("550 5.1.1" at the end of "said:"). */
const CODES_ONLY_LINE = /^[2-5]\d\d(?:[ \t-]{1,3}#?[245]\.\d{1,3}\.\d{1,3})?[ \t]{0,4}$/;
/** A Postfix entry line that opens another attempt or recipient, not a reply's text. */
const NEXT_ATTEMPT = /^<[^\s<>@]{1,64}@[^\s<>]{1,253}>:[ \t]{1,4}(?:host [^\s\[]{1,253}\[|connect to |lost connection with |conversation with |delivery temporarily suspended)/i;

/** A reply's code pair and nothing else ("550 5.1.10"). */
const CODE_PAIR_ONLY = /^[ \t]{0,4}[2-5]\d\d[ \t-]{1,3}#?[245]\.\d{1,3}\.\d{1,3}[ \t'"]{0,4}$/;
/** A link's text on a line of its own, in the languages Gmail writes it in. */
const LINK_TEXT_LINE = /^[ \t]{0,8}(?:Learn more|More info(?:rmation)?|Weitere Informationen|En savoir plus|Más información|Saiba mais|Ulteriori informazioni|Meer informatie|Dowiedz się więcej|詳細|了解详情|더보기)[ \t]{0,4}$/i;
/** The date and time that open each attempt in Exchange's delay notice ("3/28/2024 3:14:15 PM - ",
 *  "28.03.2024 15:14:15 - "). */
const ATTEMPT_LINE = /^[ \t]{0,8}\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]{1,3}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]{0,2}[AaPp]\.?[Mm]\.?)?[ \t]{1,3}-[ \t]/;
/** A field label with its value after a tab or on the next line ("Message rejected by:", "DSN generiert von:\t",
 *  "DSN généré par :"), as Microsoft's tables read once flattened. A reply's own words after a colon go on with
 *  a space on the same line ("Recipient address rejected: User unknown"). */
const LABEL_LINE = /^[ \t]{0,4}(?:\p{L}[\p{L}\p{M}'’. \u00A0-]{0,40}:(?:\t|[ \t]{0,4}$)|DSN(?:[ \t]\p{L}{1,15}){1,2}[ \t\u00A0\u202F]{0,2}:)/u;
/** Exim's line above the remote server's reply. */
const EXIM_REPLY_INTRO = /\bSMTP error from remote (?:mail server|server|mailer)\b[^\n]{0,300}:[ \t]*$/i;

/** The reply starting at `index`, with its continuation lines folded ("550-5.1.1 a\n550-5.1.1 b"). */
export function foldReply(text: string, index: number, reply: string): string {
  const lines = text.slice(index, index + 3000).split('\n');
  const out: string[] = [lines[0]!];
  const { prefix } = replyPatterns(reply);
  let continued = /[-\s]$|said:\s*\d{3}\s*$/.test(lines[0]!) || lines[0]!.trim().length < 12;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, index))?.[0].length ?? 0;
  // Exim writes the remote reply as a paragraph under "SMTP error from remote mail server after ...:"; a
  // webmail that drops its indentation leaves the wrapped lines at the margin ("550 5.7.26 This mail has
  // been blocked ..." then "Gmail requires all senders ..."): the reply runs to the paragraph's end.
  const paragraph = indent === 0 && lineStart > 0 && EXIM_REPLY_INTRO.test(text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1));
  for (let i = 1; i < lines.length && out.length < 10; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      // "The response was:\n\n550 ..." (a bare code before the blank line). A reply written as its code pair
      // alone ("Status code: 550 5.1.10", Microsoft's summary) ends at the blank line: what follows is the
      // notice's next heading, not the server's words.
      if (out.join(' ').trim().length < 12 && i < 3 && !CODE_PAIR_ONLY.test(out.join(' '))) continue;
      break;
    }
    // The text of a link ("Learn more" under Gmail's response, rendered on a line of its own) is no part of
    // the reply, which may go on after it ("... see" / "Learn more" / "for details.").
    if (LINK_TEXT_LINE.test(line)) continue;
    // A dated attempt ("3/28/2024 3:14:15 PM - Remote server returned '441 ...'", Exchange's delay notice) is
    // a reply of its own, and a label line ("DSN generated by:", "Message rejected by:" with its value after a
    // tab or on the next line) is the notice's next field.
    if (ATTEMPT_LINE.test(line) || LABEL_LINE.test(line)) break;
    if (/^[ \t]{0,4}(?:Final-Recipient|Original-Recipient|Action|Status|Remote-MTA|Reporting-MTA|Last-Attempt-Date|Diagnostic-Code|Arrival-Date|X-[A-Za-z-]{1,40}):/i.test(line)) break;
    // A line that starts with an address and goes on is the next recipient's entry (Zoho, qmail-like lists).
    if (/^[ \t]{0,4}[^\s@<>"]{1,64}@[^\s@<>]{1,253}[ \t]{1,4}[A-Z]/.test(line)) break;
    if (/^[ \t]{0,4}<[^>\n]{1,300}>:?[ \t]{0,4}$|^[ \t]{0,4}-{3,}|^[ \t]{0,12}<?[^\s@<>]{1,64}@[^\s@<>]{1,253}>?:?[ \t]{0,4}$/.test(line)) break;
    // Postfix's next entry ("<a@b>: host mx2... said: 550 ...") starts at the left margin, where a wrapped
    // reply's own lines are indented: it is another attempt or another recipient, not this reply. A webmail
    // that drops the indentation puts the reply's own text there too ("said: 550 5.1.1" then "<a@b>: Recipient
    // address rejected: ..."): after a line that holds only the codes, the reply's words must follow, so such
    // a line is its text unless it opens another attempt ("<a@b>: host X[ip] said:", "connect to").
    if (/^<[^\s<>@]{1,64}@[^\s<>]{1,253}>:[ \t]/.test(line) && !(out.length === 1 && CODES_ONLY_LINE.test(lines[0]!) && !NEXT_ATTEMPT.test(line))) break;
    // Another reply code with its status at a line's start is another reply ("550 5.1.1 User unknown" then
    // "552 5.2.2 Mailbox full"), not a continuation of this one: its words would become this reply's.
    const other = /^[ \t]{0,20}(?:[<>|][ \t]{0,3}){0,3}(?:["'(\[#][ \t]{0,2})?([2-5][0-5]\d)[ -]#?[245]\.\d{1,3}\.\d{1,3}\b/.exec(line);
    if (other && other[1] !== reply) break;
    // An indented reply (Exim) ends where the indentation steps back out.
    if (indent > 0 && (/^[ \t]*/.exec(line)?.[0].length ?? 0) < indent && !prefix.test(line)) break;
    if (prefix.test(line)) {
      out.push(line.replace(prefix, ''));
      continued = true;
      continue;
    }
    if (/^[ \t]/.test(line) || continued || paragraph || !/^[A-Z][a-z]{1,20}[: ]/.test(line)) {
      out.push(line);
      continued = /[-\s]$/.test(line);
      continue;
    }
    break;
  }
  return clip(withoutRepeatedPrefix(squash(out.join(' ')), reply), 500);
}

interface Segment {
  recipient: string | null;
  text: string;
  dsn?: DsnRecipient;
  /** The text above this part that is read as its context, where it is not the text above the first
   *  recipient (a part cut at a reply, see repliesWithoutRecipient). */
  preamble?: string;
}

/** At most this many findings are made from the replies of a text that names no recipient. */
const MAX_UNNAMED_REPLIES = 20;

/** Microsoft's table of the original message names all its recipients under one label ("Recipient Address:
 *  a@b, c@d"), in its languages, with the value after a tab or on the next line once flattened. */
const RECIPIENT_LIST_LABEL = /^[ \t]{0,8}(?:Recipient Address|Empfängeradresse|Adresse du destinataire|Dirección del destinatario)[ \t\u00A0\u202F]{0,2}:[ \t]{0,8}\n?[ \t]{0,8}([^\n]{3,4000})/im;
/** Its "Error Details" lines, one per recipient, with the reply after a tab or on the next line. */
const ERROR_LINE = /^[ \t]{0,8}(?:Error|Reported error|Gemeldeter Fehler|Erreur signalée|Error notificado)[ \t\u00A0\u202F]{0,2}:[ \t]{0,8}\n?[ \t]{0,8}(?=[2-5]\d\d[ -])/gim;

/** Exchange Online's headings, which name its notice once for all recipients (see noticeWriter in analyzeBody). */
const NOTICE_HEADING = /^[ \t]{0,8}(?:More Info for Email Admins|Weitere Informationen für E-Mail-Administratoren|Plus d[’']informations pour les administrateurs de messagerie|Más información para administradores de correo electrónico|Original Message Details|Details zur ursprünglichen Nachricht|Détails du message d[’']origine|Detalles del mensaje original)[ \t]{0,4}$/im;
const GENERATING_SERVER = /^[ \t]{0,8}Generating server:[ \t]{0,4}[^\s]{1,200}/im;

/** Each recipient's "Error:" line (the index of its reply code), where the notice lists as many of them as
 *  its recipient label names recipients, all of them among the recipients found: paired in order. */
function errorLinesByRecipient(text: string, recipients: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  const list = RECIPIENT_LIST_LABEL.exec(text)?.[1];
  if (!list) return out;
  const named = [...list.matchAll(new RegExp(ADDR, 'g'))].slice(0, MAX_RECIPIENTS).map((m) => cleanAddress(m[0]));
  if (named.length < 2 || new Set(named).size !== named.length || !named.every((a) => recipients.has(a))) return out;
  const errors: number[] = [];
  ERROR_LINE.lastIndex = 0;
  for (let m = ERROR_LINE.exec(text); m && errors.length <= named.length; m = ERROR_LINE.exec(text)) errors.push(m.index + m[0].length);
  if (errors.length !== named.length) return out;
  named.forEach((a, i) => out.set(a, errors[i]!));
  return out;
}

/** A text that names no recipient but holds several different replies, each at the start of its own line
 *  ("550 5.1.1 User unknown" then "552 5.2.2 Mailbox full"): one part per reply, so that each finding's
 *  codes, reason and card come from one reply, as each recipient's do. Nothing tells whether the replies
 *  were for one address or several, so none is preferred to the others. A session transcript (">>> RCPT
 *  TO", "<<< 550") or a reply quoted inside a sentence is one failure told in steps: left whole. */
function repliesWithoutRecipient(text: string, delivered: boolean): Segment[] | null {
  if (/^[ \t]{0,8}(?:>>>|<<<)/m.test(text)) return null;
  const starts: { at: number; key: string }[] = [];
  for (const r of failureReplies(text, delivered)) {
    if (r.via || !r.status) continue;
    if (!atLineStart(text, r.index)) continue;
    const lineStart = text.lastIndexOf('\n', r.index - 1) + 1;
    const key = `${r.reply} ${r.status}`;
    // The lines of one multi-line reply ("550-5.7.1 ..." then "550 5.7.1 ...") are one reply.
    if (starts.at(-1)?.key !== key) starts.push({ at: lineStart, key });
  }
  if (new Set(starts.map((s) => s.key)).size < 2) return null;
  const byKey = new Map<string, string[]>();
  starts.forEach((s, i) => {
    const part = text.slice(s.at, i + 1 < starts.length ? starts[i + 1]!.at : text.length);
    const list = byKey.get(s.key);
    if (list) list.push(part);
    else if (byKey.size < MAX_UNNAMED_REPLIES) byKey.set(s.key, [part]);
  });
  const preamble = text.slice(0, starts[0]!.at);
  return [...byKey.values()].map((parts) => ({ recipient: null, text: parts.join('\n'), preamble }));
}

/** The remote server's reply among those quoted in a recipient's part: a sendmail-style transcript line
 *  ("<<< 550 ...") or the remote code inside a summary line ("554 <a@b>... 550 Host unknown") says what
 *  the other server answered; the summary's own code (and "554 5.0.0 Service unavailable") is the local
 *  MTA's wrapper around it. */
function pickReply(replies: ReplyMatch[], text: string, dsn?: DsnRecipient): ReplyMatch | undefined {
  const first = replies[0];
  if (!first) return undefined;
  // The DSN's Diagnostic-Code names the remote reply when it starts with one.
  const diagnosed = /^[ \t]{0,4}([2-5][0-5]\d)\b/.exec(dsn?.diagnosticCode ?? '')?.[1];
  if (diagnosed) {
    const same = replies.filter((r) => r.reply === diagnosed);
    // A summary line that carries only the codes ("Status code: 550 5.7.1" above Microsoft's "Error Details"
    // heading) yields to the same reply written out with the server's words ("Error: 550 5.7.1 Service ...").
    // Postfix's "said: 550 5.2.1" at a line's end is no summary: the reply's words go on below it.
    const pick = same.find((r) => r.via === 'transcript') ?? same.find((r) => r.via === 'said' || !codesOnly(text, r.index)) ?? same[0];
    if (pick) return pick;
  }
  const cls = dsn?.status?.[0];
  const transcript = replies.find((r) => r.via === 'transcript' && (!cls || r.reply[0] === cls)) ?? replies.find((r) => r.via === 'transcript');
  if (transcript) return transcript;
  // Exchange's delay notice lists the attempts under its summary, each on a line opened by its date, the
  // latest first ("Remote server returned '400 4.4.7 Message delayed'" then "3/28/2024 3:14:15 PM - Remote
  // server returned '441 4.4.1 Failed to connect'"): the latest attempt's error is what keeps the message
  // from being delivered, not the summary's "delayed". A first reply on a dated line is the latest already.
  const dated = (r: ReplyMatch) => ATTEMPT_LINE.test(text.slice(text.lastIndexOf('\n', r.index - 1) + 1, r.index + 1));
  const latestAttempt = dated(first) ? undefined : replies.find((r) => r.index > first.index && dated(r));
  if (latestAttempt) return latestAttempt;
  const lineEnd = text.indexOf('\n', first.index);
  // Several attempts for one recipient ("host mx1... said: 451 4.3.0 ..." then "host mx2... said: 550 5.1.1
  // ..."): a permanent answer on a later line is the final one, the temporary failure before it did not end
  // delivery. Only where the DSN's status (if any) is permanent too.
  if (first.reply[0] === '4' && cls !== '4' && lineEnd >= 0) {
    const final = replies.filter((r) => r.reply[0] === '5' && r.index > lineEnd && (r.via === 'said' || (!r.via && atLineStart(text, r.index)))).at(-1);
    if (final) return final;
  }
  const inner = replies.find((r) => r.via === 'inner' && r.index > first.index && (lineEnd < 0 || r.index < lineEnd));
  if (inner) return inner;
  // Nested replies: the innermost "said:" after the first reply, on its line (a forwarder, or a gateway
  // quoting the server it relays to), is the refusal the first one reports.
  const nested = replies.filter((r) => r.via === 'said' && r.index > first.index && (lineEnd < 0 || r.index < lineEnd)).at(-1);
  if (nested) return nested;
  // A summary line that carries only the codes ("Status code: 550 5.1.10") yields to the same reply
  // written out with the server's words further down ("Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound").
  if (codesOnly(text, first.index)) return replies.find((r) => r.reply === first.reply && r.index > first.index && !codesOnly(text, r.index)) ?? first;
  return first;
}

/** Whether only indentation, quote marks or a list mark stand before `index` on its line. */
function atLineStart(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return /^[ \t]{0,20}(?:[>|][ \t]{0,3}){0,3}(?:[-*][ \t]{1,3})?(?:["'(\[#][ \t]{0,2})?$/.test(text.slice(lineStart, index));
}

function codesOnly(text: string, index: number): boolean {
  const end = text.indexOf('\n', index);
  const line = text.slice(index, end < 0 ? Math.min(text.length, index + 200) : Math.min(end, index + 200));
  return /^[2-5]\d\d(?:[ \t-]{1,3}#?[245]\.\d{1,3}\.\d{1,3})?[ \t'".]{0,4}$/.test(line);
}

/** When the reply's class disagrees with the status (a "554 4.4.7 ... <421 4.4.2 ...>" summary), the
 *  quoted reply of the status's class is the one that carries it. */
function replyOfClass(text: string, cls: string): string | null {
  const re = /(?<![\d.])([245][0-5]\d)[ \t-]{1,3}#?([245])\.\d{1,3}\.\d{1,3}(?![\d])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[1]![0] === cls && m[2] === cls) return m[1]!;
  return null;
}

function failureReplies(text: string, delivered: boolean): ReplyMatch[] {
  return findReplyCodes(text).filter((r) => (delivered ? true : r.reply[0] === '4' || r.reply[0] === '5'));
}

/** Statuses that say little: a reply quoting a more specific code of the same class is preferred. */
const VAGUE_STATUS = /^[45]\.(?:0\.0|4\.7|1\.0|5\.0|3\.0|4\.0)$/;

function chooseStatus(dsnStatus: string | undefined, replyStatus: string | null, looseStatus: string | null, quoted: string[]): string | null {
  const fromReply = replyStatus ?? looseStatus;
  if (dsnStatus && VAGUE_STATUS.test(dsnStatus)) {
    const sameClass = quoted.filter((c) => c[0] === dsnStatus[0] && c !== dsnStatus);
    const better = sameClass.find((c) => !VAGUE_STATUS.test(c)) ?? (/^\d\.0\.0$/.test(dsnStatus) ? sameClass[0] : undefined);
    if (better) return better;
  }
  return dsnStatus ?? fromReply;
}

function retryOf(reason: Reason, cls: '2' | '4' | '5' | null): Retry {
  // A recipient the message reached, in a report that may fail others: nothing to send again.
  if (reason === 'delivered' || cls === '2') return 'no';
  if (cls === '4' || reason === 'expired' || reason === 'toomanyconn' || reason === 'speeding' || reason === 'systemfull' || reason === 'networkerror') return 'later';
  if (reason === 'userunknown' || reason === 'hostunknown' || reason === 'hasmoved' || reason === 'notaccept' || reason === 'suspend' || reason === 'filtered') return 'no';
  return 'after-fix';
}

function partyOf(reason: Reason): Party {
  switch (reason) {
    case 'userunknown': case 'hostunknown': case 'hasmoved': case 'notaccept': case 'mesgtoobig': case 'exceedlimit':
    case 'contenterror': case 'syntaxerror': case 'suppressed': case 'rejected': case 'policyviolation': case 'spamdetected':
    case 'virusdetected': case 'notcompliantrfc':
      return 'sender';
    case 'mailboxfull': case 'suspend': case 'filtered': case 'vacation':
      return 'recipient';
    case 'systemfull': case 'systemerror': case 'mailererror': case 'norelaying':
      return 'recipient-admin';
    default:
      return 'sender-admin';
  }
}

/** Who acts, where the card's entry or the moment of the refusal says more than the reason's key does. */
function partyFor(reason: Reason, entry: ResolvedEntry | null, command: string | undefined): Party {
  // Sisimai's key reads user-unknown words after DATA as a recipient's filter ("filtered", kept as the
  // reason); where the card's own entry says the address does not exist (Yahoo's "This user doesn't have a
  // yahoo.com account"), the one to act is the sender: check the address, as the card tells them.
  // Only a provider's entry, matched by that provider's own words: a standard code's entry (X.1.1 under
  // "Refused due to recipient preferences") speaks for the code, not for this reply.
  if (reason === 'filtered' && entry?.kind === 'provider' && entry.reason === 'userunknown') return partyOf('userunknown');
  // A server that refuses the session at its greeting (Postfix "host X[ip] refused to talk to me: 554 ...
  // not accepting messages") refuses the sending host, before any address or message was given.
  if (reason === 'notaccept' && command === 'CONNECT') return 'sender-admin';
  return partyOf(reason);
}

const GENERIC_STATUS_REASONS: ReadonlySet<Reason> = new Set<Reason>(['securityerror', 'systemerror', 'networkerror', 'onhold', 'undefined']);

function isSpecificReason(r: Reason | null): boolean {
  return !!r && r !== 'expired' && !GENERIC_STATUS_REASONS.has(r);
}

/** The reason in the refusing system's or the writing system's own terms, when either has one. */
function ownReason(writers: SendingSystem[], receiving: typeof receivers, refusal: string, seg: Segment, facts: Facts, status: string | null, reply: string | null, preamble = ''): Reason | null {
  const near = `${refusal}\n${facts.remoteHost ?? ''}\n${facts.reportingMta ?? ''}\n${seg.recipient ?? ''}\n${seg.text.slice(0, 4000)}`;
  for (const r of receiving) {
    if (!anyMatch(r.hosts, near)) continue;
    const reason = r.reasonOf({ reply: refusal, status, replyCode: reply, command: facts.command ?? null });
    if (reason) return reason;
  }
  // The system's sentence may stand above the first recipient ("The user(s) account is disabled.").
  const own = `${refusal}\n${seg.text.slice(0, 4000)}\n${preamble.slice(-2000)}`;
  const specific = statusReason(status);
  for (const w of writers) {
    for (const [reason, patterns] of w.reasons ?? []) {
      // A system's template sentence ("will be retried", "the address couldn't be found") yields to a
      // status that names another reason (4.2.2 mailbox full, 5.1.8 sender rejected).
      if (specific && specific !== reason && !GENERIC_STATUS_REASONS.has(specific)) continue;
      if (anyMatch(patterns, own)) return reason;
    }
  }
  return null;
}

/** Whether a reply's words, without its codes, name a specific reason of their own. */
function wordsNameReason(evidence: string): boolean {
  const words = evidence.replace(/(?<![\w.])[2-5]\d\d(?:[ \t-]{1,3}#?[245]\.\d{1,3}\.\d{1,3})?(?![\w.])/g, ' ').trim();
  if (!/\p{L}{3}/u.test(words)) return false;
  const said = classify({ diagnostic: words, status: null, reply: null });
  return isSpecificReason(said) && said !== 'onhold';
}

/** Whether the text has at most `max` lines, without splitting a long text to count them. */
function atMostLines(text: string, max: number): boolean {
  let at = -1;
  for (let breaks = 0; breaks < max; breaks++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return true;
  }
  return false;
}

function bounceSignalsOf(text: string, ctx: MessageContext, dsn: DsnMessage): boolean {
  if (dsn.recipients.length > 0 || looksLikeBounce({ subject: ctx.subject ?? '', from: ctx.from ?? '', text: text.slice(0, 8000) })) return true;
  const head = text.slice(0, 8000);
  return systems.some((s) => !!s.failureNotice && anyMatch(s.failureNotice, head));
}

/** Lines that introduce every bounce of a system and say nothing about the failure itself. */
const BOILERPLATE = /^[ \t]{0,8}(?:This is (?:an automatically generated|the mail system|the qmail-send|a system-generated)|This message was created automatically|Hi\. This is|I'm (?:sorry|afraid)|Please (?:do not reply|contact your|note)|For further assistance|If you (?:need|have)|The mail system|A message that you (?:have )?sent|Your message|Delivery (?:has failed|to the following)|-{3,}|={3,}|\*{3,})[^\n]{0,200}$/gim;

function stripBoilerplate(text: string): string {
  return text.replace(BOILERPLATE, '');
}

/** The first paragraph of a recipient's part, squashed: what a system without reply codes says. */
function plainEvidence(segment: string): string {
  const lines = segment.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (out.length >= 8) break;
    if (LINK_TEXT_LINE.test(line)) continue;
    if (!line.trim()) {
      // Addresses start where a word starts: from inside a long word the pattern would rescan it.
      if (out.join(' ').replace(/(?<![^\s@<>])[^\s@<>]{1,64}@[^\s@<>]{1,253}/g, '').trim().length >= 12) break;
      continue;
    }
    out.push(line);
  }
  return clip(squash(out.join(' ')), 500);
}

export function analyzeBody(input: string, givenCtx: MessageContext, dataset: Dataset, extras: MessageExtras = {}): Report {
  analysisTextScan.forget();
  const capped = capInput(normaliseNewlines(input));
  const notes = [...(extras.notes ?? []), ...capped.notes];
  // A forwarded or quoted bounce is read as the bounce it carries.
  const unwrapped = unwrapForwarded(capped.text, givenCtx);
  const ctx = unwrapped.ctx;
  // Machine-written records (SES and ESP JSON, export CSV, Postfix log lines) are read as the delivery-status
  // fields they carry (as-fields.ts).
  const records = recordsAsDsnFields(unwrapped.text);
  const fromRecords = records !== null;
  const full = records ?? unwrapped.text;
  let text = stripOriginalMessageWithin(full, ANALYSIS_WINDOW);
  if (text.length < full.length) {
    // The delivery-status fields may come after the quoted copy; keep them.
    const dsnStart = full.slice(text.length).search(/^[ \t]{0,4}(?:Reporting-MTA|Final-Recipient):/im);
    if (dsnStart >= 0) text += `\n\n${full.slice(text.length + dsnStart, text.length + dsnStart + 20000)}`;
  }
  if (text.length > ANALYSIS_WINDOW) {
    // Every real bounce says what went wrong near its top; a longer text is a quoted message or junk,
    // and reading all of it would only cost time.
    text = text.slice(0, ANALYSIS_WINDOW);
    notes.push(`Only the first ${ANALYSIS_WINDOW / 1000} KB of the bounce text was read for recipients and replies.`);
  }
  const originalSubject = extras.originalSubject ?? /^Subject:[ \t]{0,4}([^\n]{1,300})/im.exec(full.slice(text.length > 40 ? Math.min(text.length, full.length) : 0))?.[1]?.trim();
  const dsn: DsnMessage = parseDsn(text);
  const exclude = new Set<string>();
  if (dsn.postfixSender) exclude.add(dsn.postfixSender);
  if (extras.sender) exclude.add(extras.sender);
  const sendmailFrom = /MAIL FROM:[ \t]{0,3}<([^>\n]{1,300})>/i.exec(text);
  if (sendmailFrom) exclude.add(cleanAddress(sendmailFrom[1]!));

  const anchors = findAnchors(text, exclude);
  const dsnRecipients = new Map(dsn.recipients.map((r) => [r.recipient, r]));
  const aliasOf = new Map<string, string>();
  for (const r of dsn.recipients) if (r.originalRecipient) aliasOf.set(r.originalRecipient, r.recipient);

  // Recipients: the DSN is authoritative when present; otherwise the layout anchors and the
  // X-Failed-Recipients header.
  let recipients: string[] = dsn.recipients.map((r) => r.recipient);
  if (!recipients.length) {
    const failed = extras.failedRecipients?.map(cleanAddress) ?? [];
    const fromAnchors = [...new Set(anchors.map((a) => a.addr))];
    recipients = failed.length ? [...new Set([...failed, ...fromAnchors.filter((a) => failed.includes(a))])] : fromAnchors;
    // A bounce that names nobody in its own words is about the original message's recipient(s).
    if (!recipients.length && extras.originalTo?.length && extras.originalTo.length <= 3 && bounceSignalsOf(text, ctx, dsn)) {
      recipients = extras.originalTo.map(cleanAddress).filter((a) => !exclude.has(a));
    }
  }
  recipients = [...new Set(recipients)];
  if (recipients.length > MAX_RECIPIENTS) {
    // Past MAX_ANCHORS_PER_LAYOUT a layout stops counting: the count is then a floor, not the number.
    // Likewise a machine record cut at MAX_RECORDS recipients (as-fields.ts).
    const floor = (dsn.recipients.length === 0 && anchors.length >= MAX_ANCHORS_PER_LAYOUT) || (fromRecords && dsn.recipients.length >= MAX_RECORDS);
    const count = floor ? `at least ${recipients.length}` : `${recipients.length}`;
    notes.push(`The bounce names ${count} recipients; only the first ${MAX_RECIPIENTS} are explained.`);
    recipients = recipients.slice(0, MAX_RECIPIENTS);
  }

  const firstAnchor = anchors.length ? anchors[0]!.index : text.length;
  const noticePreamble = text.slice(0, firstAnchor);
  const spans = new Map<string, string[]>();
  // A DSN recipient no layout anchored (past a layout's anchor cap, or named only in the report part) starts
  // a part of its own: the anchor before it must not take that recipient's fields as its own reply.
  const anchored = new Set(anchors.map((a) => aliasOf.get(a.addr) ?? a.addr));
  const unanchoredStarts = dsn.recipients.filter((r) => !anchored.has(r.recipient)).map((r) => r.index).sort((x, y) => x - y);
  anchors.forEach((a, i) => {
    const next = i + 1 < anchors.length ? anchors[i + 1]!.index : text.length;
    const end = Math.min(next, unanchoredStarts.find((at) => at > a.index) ?? next);
    const key = aliasOf.get(a.addr) ?? a.addr;
    const list = spans.get(key) ?? [];
    // Start at the line the anchor is on, so that "host ... said:" before the address is included.
    const lineStart = text.lastIndexOf('\n', a.index) + 1;
    list.push(text.slice(lineStart, end));
    spans.set(key, list);
  });

  const segments: Segment[] = recipients.map((r) => {
    // A recipient no layout anchored (named only by a header) is explained by the whole text.
    const seg: Segment = { recipient: r, text: spans.has(r) ? spans.get(r)!.join('\n\n') : recipients.length === 1 ? text : '' };
    const d = dsnRecipients.get(r);
    if (d) seg.dsn = d;
    return seg;
  });
  const actions = dsn.recipients.map((r) => r.action ?? '').filter(Boolean);
  const deliveredReport = actions.length > 0 && actions.every((a) => /^(?:delivered|relayed|expanded)/.test(a));
  if (!segments.length) segments.push(...(repliesWithoutRecipient(text, deliveredReport) ?? [{ recipient: null, text }]));
  const globalReplies = failureReplies(text, deliveredReport);
  const pairedErrors = segments.length > 1 ? errorLinesByRecipient(text, new Set(recipients)) : new Map<string, number>();
  const globalEnhanced = findEnhancedCodes(text).filter((e) => e.code[0] !== '2' || deliveredReport);
  const bounceSignals = bounceSignalsOf(text, ctx, dsn);
  const shortPaste = atMostLines(text.trim(), 3);

  // Exchange Online's notice is known by its headings ("More Info for Email Admins", "Original Message
  // Details"), which stand once for all its recipients: they are read with each, as the writer's name is.
  const noticeHeading = NOTICE_HEADING.exec(text.slice(0, SEGMENT_WINDOW * 2))?.[0].trim();
  const noticeWriter = [GENERATING_SERVER.exec(text)?.[0].trim(), dsn.reportingMta ? `Reporting-MTA: ${dsn.reportingMta}` : undefined, noticeHeading].filter(Boolean).join('\n');
  const writers = writersOf(text.slice(0, SEGMENT_WINDOW * 2), `${ctx.from ?? ''}\n${ctx.subject ?? ''}`).filter((w) => w.reasons);
  const findings: Finding[] = [];
  for (const seg of segments) {
    const preamble = seg.preamble ?? noticePreamble;
    const own = failureReplies(seg.text, deliveredReport);
    // Microsoft's notice about several recipients lists one "Error:" line per recipient, in the order of its
    // "Recipient Address:" list: that line is the recipient's own reply, wherever its part was cut.
    const paired = seg.recipient ? pairedErrors.get(seg.recipient) : undefined;
    const pairedReply = paired !== undefined ? globalReplies.find((r) => r.index === paired) : undefined;
    const replyMatch = pairedReply ?? pickReply(own, seg.text, seg.dsn) ?? (segments.length === 1 || !own.length ? failureReplies(preamble, deliveredReport)[0] ?? (segments.length === 1 ? globalReplies[0] : undefined) : undefined);
    const source = pairedReply ? text : own[0] ? seg.text : replyMatch && preamble.includes(text.slice(replyMatch.index, replyMatch.index + 3)) && failureReplies(preamble, deliveredReport)[0] ? preamble : text;
    // Fold from the whole text: a segment may end inside a wrapped reply.
    // Up to the line's end: a recipient's part may be several spans joined, so the next line may differ.
    const excerptEnd = replyMatch ? source.indexOf('\n', replyMatch.index) : -1;
    const excerpt = replyMatch ? source.slice(replyMatch.index, Math.min(replyMatch.index + 60, excerptEnd < 0 ? source.length : excerptEnd)) : '';
    // An excerpt of codes alone ("550" at the end of "said:", the reply's words on the next line) also stands
    // in an earlier recipient's entry, whose reply would be read for this one: it is found with the words
    // before it on its line. (One with words is found where it first stands, which may be the human-readable
    // part that the DSN's Diagnostic-Code repeats.)
    const lead = replyMatch && CODES_ONLY_LINE.test(excerpt) ? source.slice(Math.max(source.lastIndexOf('\n', replyMatch.index - 1) + 1, replyMatch.index - 80), replyMatch.index) : '';
    const withLead = excerpt && lead ? text.indexOf(lead + excerpt) : -1;
    const absolute = withLead >= 0 ? withLead + lead.length : excerpt ? text.indexOf(excerpt) : -1;
    let evidence = replyMatch ? (absolute >= 0 ? foldReply(text, absolute, replyMatch.reply) : foldReply(source, replyMatch.index, replyMatch.reply)) : '';
    const diag = seg.dsn?.diagnosticCode ?? '';
    if (replyMatch && evidence) {
      // A reply cut at a line end ("552-5.7.0 ... a potential") is written out in the transcript.
      const full = fullTranscriptReply(text, evidence, replyMatch.reply);
      if (full) evidence = full;
    }
    // Sendmail's "... Remote protocol error" / "... Service unavailable" wraps the transcript above it.
    let localCause: string | null = null;
    let causeReply: string | null = null;
    if (replyMatch && absolute >= 0 && isTranscriptWrapper(evidence)) {
      const cause = transcriptCause(text, absolute);
      if (cause?.reply) {
        evidence = cause.text;
        causeReply = cause.reply;
      } else if (cause) localCause = cause.text;
    }
    // "Remote Server returned '550 ...'": the closing quote is the wrapper's, not the server's.
    const opener = replyMatch ? source[replyMatch.index - 1] : undefined;
    // In German, Dutch and other languages the verb follows the quote ("Remoteserver hat '550 ...'
    // zurückgegeben"): the words after the closing quote are the wrapper's too.
    // Only where the reply's own quotes leave one closing quote over ("User 'bob' unknown" keeps its words).
    if ((opener === "'" || opener === '"') && quotesLeftOpen(evidence, opener) < 0) evidence = evidence.replace(opener === "'" ? QUOTE_CLOSED_SINGLE : QUOTE_CLOSED_DOUBLE, '').trimEnd();
    // Old Exchange closes the reply with "##" ("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"), and
    // Exchange 2010 with the recipient after it ("##rfc822;a@b").
    if (opener === '#') evidence = evidence.replace(/[ \t]{0,3}##(?:rfc822;[^\s]{1,320})?$/i, '');
    if (!evidence && diag) evidence = clip(squash(diag), 500);
    // No reply code, but the system quotes the server's answer ("The response was:"): that is the evidence.
    if (!evidence) evidence = serverResponse(seg.text) ?? (seg.text === text ? '' : serverResponse(preamble)) ?? '';
    // No reply code anywhere: the system's own sentence about this recipient is the evidence.
    if (!evidence && seg.text) evidence = plainEvidence(seg.text === text ? stripBoilerplate(text) : seg.text);
    const looseEnhanced = findEnhancedCodes(evidence)[0]?.code ?? findEnhancedCodes(seg.text)[0]?.code ?? (segments.length === 1 ? globalEnhanced[0]?.code : undefined) ?? null;
    let reply = causeReply ?? replyMatch?.reply ?? (/^[ \t]{0,4}([2-5]\d\d)[ -]/.exec(diag)?.[1] ?? null);
    const quoted = findEnhancedCodes(`${evidence}\n${diag}`).map((c) => c.code);
    let status = chooseStatus(seg.dsn?.status, replyMatch?.status ?? null, looseEnhanced, quoted);
    if (!reply && !status && !seg.dsn && !bounceSignals) continue;
    // Without any sign of a bounce, a code counts only where a server's reply stands (a line's start, after
    // "said:", "smtp;", "Error:"...): "upgrade to 5.1.1", "Room 5.7.1", "550 customers" are prose.
    if (!bounceSignals && !seg.dsn && !codeInReplyPosition(replyMatch ? source : seg.text, replyMatch?.index)) continue;
    // Words that introduce a server's answer, in the reply or the lines just above it ("Error message below:").
    const introduced = (replyMatch ? source.slice(Math.max(0, replyMatch.index - 200), replyMatch.index) : '') + evidence;
    if (!bounceSignals && !shortPaste && !status && !seg.dsn && !/said:|response|returned|smtp;|error/i.test(introduced)) continue;
    if (status && reply && status[0] !== reply[0] && seg.dsn?.status) reply = replyOfClass(`${evidence}\n${diag}`, status[0]!) ?? reply;
    // A status of another class than the reply is dropped, unless the reply is written with it as its own
    // enhanced status (codes.ts pairs such a status only when it stands right after the code: Exchange's
    // "550 4.4.7 QUEUE.Expired").
    if (status && reply && status[0] !== reply[0] && !seg.dsn?.status && status !== replyMatch?.status) status = null;
    let cls = classOf(status) ?? classOf(reply);
    const segmentText = `${seg.text.slice(0, SEGMENT_WINDOW)}\n${preamble.slice(-SEGMENT_WINDOW)}`;
    const facts: Facts = readFacts(`${evidence}\n${diag}`, (seg.text || text).slice(0, SEGMENT_WINDOW));
    if (seg.dsn?.remoteMta && !facts.remoteHost) facts.remoteHost = seg.dsn.remoteMta.toLowerCase();
    if (dsn.reportingMta) facts.reportingMta = dsn.reportingMta;
    if (seg.dsn?.action) facts.action = seg.dsn.action;
    if (seg.dsn?.lastAttemptDate) facts.lastAttempt = seg.dsn.lastAttemptDate;
    if (originalSubject) facts.originalSubject = originalSubject;
    if (!facts.command) {
      const c = readCommand(segmentText.slice(0, SEGMENT_WINDOW)) ?? readCommand(preamble.slice(-SEGMENT_WINDOW));
      if (c) facts.command = c;
    }
    // "Status: 4.4.7" (gave up) decides the reason, unless the last reply quoted a status that names
    // another specific reason ("452 4.4.5 Insufficient disk space": the server was full all along).
    const gaveUp = !!seg.dsn?.status && statusReason(seg.dsn.status) === 'expired';
    const quotedSpecific = gaveUp ? quoted.find((c) => c[0] === seg.dsn!.status![0] && isSpecificReason(statusReason(c))) : undefined;
    const reasonStatus = gaveUp ? quotedSpecific ?? seg.dsn!.status! : status;
    const refusal = `${evidence}\n${diag}`;
    // The reporting MTA's reading of the status ("5.2.1 (mailbox disabled, ...)") is wording too.
    const statusComment = seg.dsn?.statusComment ? `\n${seg.dsn.statusComment}` : '';
    let reason = (status?.startsWith('2.') ? null : ownReason(writers, receivers, refusal, seg, facts, status, reply, preamble)) ?? classify({
      diagnostic: `${evidence}\n${diag}${statusComment}`,
      context: squashHead(segmentText.slice(0, 6000), 3000),
      status: reasonStatus,
      quoted,
      reply,
      command: facts.command ?? null,
      action: seg.dsn?.action ?? null,
    });
    // Postfix's pipe(8) and local(8) write "Diagnostic-Code: x-unix; ..." for the delivery program they ran
    // (procmail, a mailbox command): where only the status's class or subject decided the reason ("4.3.0
    // temporary failure"), it is that mailer's failure. Words of their own ("Disk quota exceeded") still decide.
    if (/^x-unix$/i.test(seg.dsn?.diagnosticType ?? '') && writers.some((w) => w.id === 'postfix') && (reason === statusReason(reasonStatus) || reason === 'onhold' || reason === 'undefined') && (GENERIC_STATUS_REASONS.has(reason) || reason === 'expired')) reason = 'mailererror';
    if (localCause) {
      // The local delivery agent looked the mailbox up as a server does at RCPT TO.
      const local = classify({ diagnostic: localCause, status: null, reply: null, command: 'RCPT TO' });
      if (isSpecificReason(local) && local !== 'onhold') reason = local;
    }
    if (gaveUp && reason === 'expired') {
      // Sendmail gave up after deferring: the last deferral says why it could not deliver.
      const deferral = lastDeferral(seg.text || text);
      const why = deferral ? classify({ diagnostic: deferral, status: null, reply: null }) : null;
      if (why && isSpecificReason(why) && why !== 'onhold' || why === 'networkerror') reason = why!;
    }
    // No code written at all: the status the reason stands for, marked as inferred, so that permanence and
    // the standard entry follow the reason rather than reading as "temporary, unknown".
    let inferred = false;
    if (!status && !reply && (bounceSignals || seg.dsn)) {
      const guess = inferStatus(reason, `${refusal}\n${segmentText.slice(0, 3000)}`) ?? CODELESS_STATUS[reason] ?? null;
      if (guess) {
        status = guess;
        cls = classOf(guess);
        inferred = true;
      }
    }
    const tokens = findTokens(`${evidence}\n${diag}`);
    // The reply, the server named for it and the head of the recipient's part are where a provider shows
    // (its host names, "gsmtp"); reading the whole part for 27 providers' signatures costs more than it finds.
    // The server that wrote the notice ("Generating server: ....prod.outlook.com", the DSN's Reporting-MTA)
    // is named once for all its recipients, in whichever recipient's part it happens to stand: each of them
    // is read with it, so that one notice's recipients are not told apart by where that line fell.
    const providerText = `${evidence}\n${diag}\n${facts.remoteHost ?? ''}\n${seg.text.slice(0, PROVIDER_WINDOW)}\n${noticeWriter}`;
    const providerMatches = matchProviders(dataset, reply, status, tokens, providerText, `${evidence}\n${diag}`, !inferred);
    const related: ResolvedEntry[] = [];
    const statusEntry = status ? findStatusEntry(dataset, status) : undefined;
    // A catch-all status read as the words read it: 5.7.1 for spam, a blocklisted IP or relay denied (Entry.byReason).
    if (statusEntry) related.push(resolveEntry(statusEntry, status!, undefined, reason));
    const replyEntry = reply ? findReplyEntry(dataset, reply) : undefined;
    if (replyEntry) related.push(resolveEntry(replyEntry, reply!, undefined, reason));
    // An entry matched only by its codes and its provider's signature (not by its own wording) is the provider's usual meaning of the code; where the words decided another specific reason
    // ("550 5.7.1 Message rejected as spam" under Exchange's 5.7.1, usually "unable to relay"), it would
    // explain something the reply does not say. Another entry of the matches that reads the reply as the
    // words do may stand; otherwise the card follows the words (entryForWords below, or the code's entry).
    const agreesWithWords = (m: (typeof providerMatches)[number]) => m.worded || !isSpecificReason(reason) || m.entry.reason === reason || !m.entry.reason;
    let best = providerMatches.find(agreesWithWords);
    // A provider's own status code means what that provider says it means in a notice of theirs, not what
    // the standard's registry reads it as: Microsoft 365's "550 5.1.10" is RecipientNotFound, where RFC 3463
    // lists X.1.10 as a null MX. Where the code alone decided the reason (the reply's words name none, as
    // in "Status code: 550 5.1.10" with no error line), the signed entry keyed by exactly this code decides.
    if (!best && status && !inferred && reason === statusReason(status) && !wordsNameReason(evidence)) {
      const own = providerMatches.find((m) => !m.worded && m.entry.status === status && (!m.entry.reply || m.entry.reply === reply) && isSpecificReason(m.entry.reason));
      if (own) {
        best = own;
        reason = own.entry.reason;
      }
    }
    // The provider's own entry for this very reply names a reason where the code and words gave only a
    // generic class ("5.7.708 Service unavailable. Access denied ..." read as securityerror/systemerror),
    // or where a 4xx reply was read only as "temporary" (expired) though nobody gave up ("421 ... RL000001").
    if (best?.specific && (GENERIC_STATUS_REASONS.has(reason) || (reason === 'expired' && !gaveUp)) && isSpecificReason(best.entry.reason)) reason = best.entry.reason;
    // "User unknown" wording after an unknown command is read as a recipient's filter (Sisimai's rule, see
    // classify.ts); where the provider's own entry for this very reply says the address does not exist
    // (Mail.ru's "invalid mailbox ... user not found"), its reading stands, and the card, who acts and the
    // advice then agree with it. After DATA the filter reading stays.
    else if (best?.specific && reason === 'filtered' && best.entry.reason === 'userunknown' && facts.command !== 'DATA') reason = 'userunknown';
    // A provider's token written in the reply names the rule that refused it ("AS(201806281)": Microsoft's
    // Directory-Based Edge Blocking, the address is not in the directory), whatever the generic words around
    // it ("Access denied" reads as a policy): the token's entry is the card, and its reason is the finding's.
    else if (best?.specific && best.entry.token && isSpecificReason(best.entry.reason) && tokens.some((t) => t.toUpperCase() === best!.entry.token!.toUpperCase())) reason = best.entry.reason;
    // The words decided a reason the code does not stand for ("550 5.1.1 Mailbox full, quota exceeded"):
    // the card explains what the words say, by that reason's standard entry; the code's entry stays among
    // the related ones. Without this the card's title and steps contradict its own diagnosis.
    const worded = !best && (status || reply) && !inferred ? entryForWords(dataset, reason, status, reply, `${refusal}\n${segmentText.slice(0, 3000)}`) : undefined;
    const entry = best
      ? resolveEntry(best.entry, best.entry.token ?? status ?? reply ?? '', best.file)
      : worded ?? related.shift() ?? null;
    if (best?.file.name) facts.organisation = best.file.name;
    reply ??= null;
    findings.push({
      recipient: seg.recipient,
      reply,
      status,
      token: tokens[0] ?? null,
      provider: best?.file.id ?? null,
      reason,
      permanent: cls === '5',
      // A greeting refusal (see partyFor) may lift once the sending side's cause is fixed.
      retry: (RETRY_FUTILE.test(refusal) && reason !== 'delivered') || (reason === 'notaccept' && facts.command === 'CONNECT') ? 'after-fix' : retryOf(reason, cls),
      party: partyFor(reason, entry, facts.command),
      entry,
      related: entry && best ? related : related,
      facts,
      evidence,
      ...(inferred ? { inferred: true } : {}),
    });
  }

  const kind = decideKind({
    text,
    subject: ctx.subject,
    actions,
    statuses: findings.map((f) => f.status ?? '').filter(Boolean),
    replies: findings.map((f) => f.reply ?? '').filter(Boolean),
    autoSubmitted: extras.autoSubmitted,
    hasBounceSignals: bounceSignals,
  });
  let out = findings;
  if (kind === 'complaint' || kind === 'autoreply') {
    const who = kind === 'complaint'
      ? cleanAddress(/^(?:Original-Rcpt-To|Removal-Recipient):[ \t]{0,4}(?:rfc822;)?[ \t]{0,4}([^\s]{3,320})/im.exec(full)?.[1] ?? extras.originalTo?.[0] ?? '') || null
      : cleanAddress(/(?<![\w.+-])[\w.+-]{1,64}@[\w.-]{1,253}/.exec(ctx.from ?? '')?.[0] ?? '') || null;
    out = [{
      recipient: who,
      reply: null, status: null, token: null, provider: null,
      reason: kind === 'complaint' ? 'feedback' : 'vacation',
      permanent: false, retry: 'no', party: kind === 'complaint' ? 'sender' : 'recipient',
      entry: null, related: [], facts: { ...(originalSubject ? { originalSubject } : {}), ...(kind === 'complaint' ? feedbackFacts(full) : {}) },
      evidence: clip(squash(text.slice(0, 600)), 500),
    }];
  } else if (kind === 'delivered') {
    out = findings.map((f) => ({ ...f, reason: 'delivered' as Reason, permanent: false, retry: 'no' as Retry }));
  } else if (kind === 'none') {
    out = findings.filter((f) => f.status || f.reply);
  }
  if (kind === 'delay') {
    out = out.map((f) => ({ ...f, permanent: false, retry: RETRY_FUTILE.test(f.evidence) ? f.retry : 'later' as Retry, reason: f.reason === 'onhold' || f.reason === 'undefined' ? 'expired' : f.reason }));
  }
  const report: Report = { kind, findings: out, notes };
  if (ctx.subject) report.subject = ctx.subject;
  return report;
}

/** What may stand before a code on its line when the code is a server's reply: nothing (a quote mark, a
 *  list mark or a bracket at most), a word that introduces a reply, or the reply code the status follows.
 *  As in codes.ts, a label may end in a letter of any script, with the French space before its colon or
 *  a full-width colon ("サーバーからの応答: 550", "Erreur : 550"); MDaemon's "<--" and "Error - " introduce
 *  a reply as "<<<" and "Error:" do. */
const REPLY_POSITION = [
  /^[ \t]{0,20}(?:[<>|][ \t]{0,3}){0,3}(?:[-*][ \t]{1,3})?["'(\[#]?[ \t]{0,2}$|(?:\p{L}[ \t\u00A0\u202F]?[:\uFF1A]|[0-9)\]>"]:)[ \t]{0,3}["'(\[]?[ \t]{0,2}$/u,
  /(?:\b(?:said|says|returned|responded|replied)[ \t]{0,3}:?|\b(?:response(?: was)?|reply|error|smtp|diagnostic[- ]code|status(?: code)?|reason|details)[ \t]{0,3}[:;]|\b(?:error|failure|failed|reason|response|reply|status|result|diagnostic)[ \t]{1,2}-[ \t]|<--)[ \t]{0,3}["'(\[]?[ \t]{0,2}$/i,
  /(?<!\d)[2-5][0-5]\d(?:[ \t]{1,3}|-)#?$/,
];
/** Words a server's reply uses: a reply code at a line's start with no status after it is prose
 *  ("421 people signed up") unless its line says something a server says. */
const SMTP_WORDS = /[<@]|\b(?:reject|refus|denied|unknown|invalid|block|not |no such|unavailable|error|fail|mailbox|user|recipient|relay|spam|policy|try again|later|quota|exceed|full|service|timeout|timed out|too many|rate|limit|dns|host|domain|address|message|sender|authenticat|spf|dkim|dmarc|closing|temporar|permanent|virus|malware|detected|content|too large|size|loop|tls)/i;

/** SMTP_WORDS without the bare address marks: what a status must be followed by to be a reply's. */
const SMTP_WORDS_NO_ADDRESS = /\b(?:reject|refus|denied|unknown|invalid|block|not |no such|unavailable|error|fail|mailbox|user|recipient|relay|spam|policy|try again|later|quota|exceed|full|service|timeout|timed out|too many|rate|limit|dns|host|domain|address|sender|authenticat|spf|dkim|dmarc|closing|temporar|permanent|virus|malware|content|too large|size|loop|tls)/i;

/** What follows a number that is not a server's reply: an amount ("550 USD due", "550 €"), a share, or a
 *  count of things ("550 people answered", "returned 550 errors to ...", "421 customers"). A reply's text
 *  names a condition ("550 User unknown", "550 sorry, no mailbox here", "550 Requested action not taken"),
 *  never a plural count of people or items. */
const NOT_A_REPLY = /^[2-5]\d\d[ \t]{0,3}(?:of[ \t]{1,3}\d|[%€$£¥]|(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|CNY|INR|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|RUB|ZAR|HKD|SGD|dollars?|euros?|pounds?|yen|percent|per ?cent)\b|(?:people|persons|users|customers|clients|members|subscribers|recipients|employees|students|visitors|participants|accounts|errors|emails|e-mails|mails|messages|bounces|times|days|hours|minutes|seconds|items|orders|units|pages|requests|responses|answers|votes|tickets|copies|rows|records|lines|words|points|miles|km|kg)\b)/;
/** An HTTP status line quoted in prose ("Server said: 502 Bad Gateway", "503 Service Unavailable"): a web
 *  server's reason phrase after an HTTP error code, with no enhanced status after the code and nothing of mail
 *  after the phrase. SMTP's own "421 Service not available" and "554 Service unavailable" (RFC 5321) are other
 *  codes or other words. */
const HTTP_STATUS = /^(?:400|401|403|404|405|408|429|500|501|502|503|504|505)[ \t]{1,3}(?:Bad Request|Unauthori[sz]ed|Forbidden|Not Found|Method Not Allowed|Request Time-?out|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out|HTTP Version Not Supported)\b/i;
/** Words of mail after an HTTP-looking phrase that make it a mail server's reply after all. */
const MAIL_CONTEXT = /[<@]|\b[245]\.\d{1,3}\.\d{1,3}\b|\b(?:mailbox|recipient|sender|relay|spam|blocked|rejected|denied|smtp|esmtp|rcpt|mail from|quota)\b/i;

/** Labels that only a mail server's reply stands after. */
// Postfix's "host mx.example.com[192.0.2.1] said:" names the mail server that answered.
const MAIL_INTRO = /(?:\bsmtp[ \t]{0,3};|\bdiagnostic[- ]code[ \t]{0,3}[:;]|\bhost [\w.-]{1,253}(?:[ \t]?\[[0-9a-f.:]{3,45}\])? said:)[ \t]{0,3}["'(\[]?[ \t]{0,2}$/i;

/** Whether the words from a code to its line's end read like a server's reply: a reply code with its
 *  status, or a server's words after the code, and neither an amount, a count nor an HTTP status line. */
function readsLikeReply(line: string): boolean {
  if (/^[2-5][0-5]\d(?:[ \t]|-)#?[245]\.\d/.test(line)) return true;
  // A status with no reply code before it ("Version: 5.1.1.", "Build status: 4.2.1 passed") is a server's
  // only when words of a server's reply follow it in its own sentence: an address elsewhere on the line
  // ("Contact: dev@example.com") does not make a release note a refusal.
  const status = /^#?[245]\.\d{1,3}\.\d{1,3}/.exec(line);
  if (status) {
    const rest = line.slice(status[0].length);
    if (!/^(?:[ \t]|$)/.test(rest)) return false;
    return SMTP_WORDS_NO_ADDRESS.test(rest.split(/[.!?](?:[ \t]|$)/)[0] ?? '');
  }
  if (NOT_A_REPLY.test(line)) return false;
  const http = HTTP_STATUS.exec(line);
  if (http && !MAIL_CONTEXT.test(line.slice(http[0].length))) return false;
  return SMTP_WORDS.test(line.replace(/^[\d.#]{1,12}/, ''));
}

function inReplyPosition(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(Math.max(lineStart, index - 200), index);
  // A status right after its reply code ("550 5.1.1") is where a reply's status stands, and a DSN's
  // diagnostic type ("smtp;550 virus detected") says a mail server's reply follows.
  if (REPLY_POSITION[2]!.test(before) || MAIL_INTRO.test(before)) return true;
  // The value of a JSON key ("id":"550", "code":421) is a record's number, not a server's reply; a reply that a
  // record carries is written out with its words ("diagnosticCode":"smtp; 550 ..."), read above.
  if (/"[ \t]{0,2}:[ \t]{0,2}"?$/.test(before)) return false;
  if (!REPLY_POSITION[1]!.test(before) && !REPLY_POSITION[0]!.test(before)) return false;
  // At a line's start, after any "word:" or after the words that introduce a reply ("said:", "Reason:",
  // "returned"), the line must also read like a server's reply: "Version: 5.1.1", "Details: 550 USD due",
  // "Server said: 502 Bad Gateway" and "returned 550 errors to ..." are not one. (Only texts without any
  // other sign of a bounce are asked.)
  const lineEnd = text.indexOf('\n', index);
  const line = text.slice(index, lineEnd < 0 ? Math.min(text.length, index + 300) : Math.min(lineEnd, index + 300));
  return readsLikeReply(line);
}

/** Whether the reply at `index` (or, without one, any enhanced status code in the text) stands where a
 *  server's reply does. */
function codeInReplyPosition(text: string, index: number | undefined): boolean {
  if (index !== undefined) return inReplyPosition(text, index);
  return findEnhancedCodes(text).some((c) => inReplyPosition(text, c.index + (text[c.index] === '#' ? 1 : 0)));
}

/** The closing quote of a quoted reply and the few words of the wrapper's sentence after it (none in English,
 *  the verb in German and Dutch: "' zurückgegeben", "' geretourneerd"). The quote must end a word: "doesn't"
 *  is the reply's own. */
const QUOTE_CLOSED_SINGLE = /(?<=\S)'(?:[ \t]{1,3}\p{L}{1,30}){0,3}\.?$|^'$/u;
const QUOTE_CLOSED_DOUBLE = /(?<=\S)"(?:[ \t]{1,3}\p{L}{1,30}){0,3}\.?$|^"$/u;

/** Opening quotes minus closing ones (a quote that starts a word opens, one that ends a word closes). */
function quotesLeftOpen(text: string, quote: string): number {
  let open = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = at + 1 < text.length ? text[at + 1]! : ' ';
    if (/\s/.test(before) && !/\s/.test(after)) open++;
    else if (!/\s/.test(before) && /[\s.,;:!?)\]]/.test(after)) open--;
  }
  return open;
}

/** Words that introduce the remote server's answer when the system quotes it without a code. */
const RESPONSE_INTRO = /(?:The response (?:from the remote server )?was|The error that the other server returned was|The remote server (?:said|responded)|Remote Server returned)[ \t]{0,4}:?[ \t]{0,4}\n/i;

/** The paragraph after "The response was:", squashed, or null. */
function serverResponse(text: string): string | null {
  const m = RESPONSE_INTRO.exec(text.slice(0, 20_000));
  if (!m) return null;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3000).replace(/^\s+/, '');
  // Gmail's "Learn more" link, rendered on a line of its own inside the response, is not the server's.
  const paragraph = squash((after.split(/\n[ \t]*\n/)[0] ?? '').split('\n').filter((line) => !LINK_TEXT_LINE.test(line)).join('\n'));
  return paragraph.length >= 8 ? clip(paragraph, 500) : null;
}

/** The standard status a reason stands for when the bounce writes none. Mailbox full is temporary when the
 *  wording says it will be retried or is temporary, permanent otherwise. */
/** The standard entry for a reason the words gave where the written status stands for another one, in the
 *  status's class (4.2.2 for a temporary full mailbox): undefined when they agree or the reason has no status. */
function entryForWords(dataset: Dataset, reason: Reason, status: string | null, reply: string | null, wording: string): ResolvedEntry | undefined {
  // A status that names no reason of its own ("5.0.0", "4.5.0": only the class or subject is known) lets
  // the words pick the card as much as one that stands against them: "Undefined status" explains nothing
  // of "Host or domain name not found". A reply code alone ("550 No such user here") says even less.
  const said = status ? statusReason(status) : null;
  if (said === reason || !isSpecificReason(reason)) return undefined;
  // The status entry already has a variant for these words (5.7.1 read as spam): that card stands.
  const own = status ? findStatusEntry(dataset, status) : undefined;
  if (own?.byReason?.[reason]) return undefined;
  // With a code written, the server answered: "Connection refused by FortiGuard AntiSpam" is a block, not
  // the failed connection inferStatus would read for a code-less notice.
  const canonical = CARD_STATUS[reason] ?? inferStatus(reason, wording);
  if (!canonical) return undefined;
  const cls = (status ?? reply)![0];
  if (cls !== '4' && cls !== '5') return undefined;
  const inClass = `${cls}${canonical.slice(1)}`;
  const entry = findStatusEntry(dataset, inClass);
  return entry && entry !== own ? resolveEntry(entry, inClass, undefined, reason) : undefined;
}

/** Code-less notices whose reason has a standard status of its own: the status Postfix writes for them. */
const CODELESS_STATUS: Partial<Record<Reason, string>> = {
  failedstarttls: '4.7.0',
};

/** The standard status whose card explains a reason the words decided, for reasons no code is inferred
 *  for (a code-less "spam detected" gets no made-up status, but a "554 5.7.0" or a bare "550" read as spam
 *  gets the card of 5.7.1 read as spam). */
const CARD_STATUS: Partial<Record<Reason, string>> = {
  spamdetected: '5.7.1',
  // Greylisting and other temporary blocks read as 4.7.1, whose card says to wait.
  blocked: '5.7.1',
  authfailure: '5.7.26',
  requireptr: '5.7.25',
  failedstarttls: '5.7.0',
  toomanyconn: '4.7.0',
  speeding: '4.7.0',
  // A refusal because of what the message holds ("554 5.7.1 Message rejected due to its content"): 5.7.1 read
  // as a content refusal (its byReason variant), not the message-format card of X.6.0.
  contenterror: '5.7.1',
};

/** What an ARF feedback report (RFC 5965) says of the complaint: its type, the IP the reported message
 *  came from and the domain it is about. (Its User-Agent names the reporting software, not a server.) */
const ARF_FIELDS = {
  type: /^Feedback-Type:[ \t]{0,8}([^\s][^\n]{0,200})/im,
  ip: /^Source-IP:[ \t]{0,8}([^\s][^\n]{0,200})/im,
  domain: /^Reported-Domain:[ \t]{0,8}([^\s][^\n]{0,200})/im,
};

function feedbackFacts(text: string): Facts {
  const field = (re: RegExp) => re.exec(text)?.[1]?.trim();
  const facts: Facts = {};
  const type = field(ARF_FIELDS.type);
  if (type) facts.feedbackType = type.toLowerCase().split(/[\s;]/)[0]!;
  const ip = field(ARF_FIELDS.ip);
  if (ip && /^[0-9a-f.:]{3,45}$/i.test(ip)) facts.sendingIp = ip;
  const domain = field(ARF_FIELDS.domain);
  if (domain) facts.reportedDomain = domain.toLowerCase();
  return facts;
}

/** "connect to mx.example.net[192.0.2.1]:25: Connection timed out" and its kin: no answer from the host. */
/** Postfix's "connect to mx[ip]: server refused to talk to me: 421 ..." is an answer (a refusing greeting),
 *  not a failed connection: only "Connection refused" counts after "connect to". Gmail's "The recipient server
 *  did not accept our requests to connect" is its words for a connection that failed or timed out. */
const CONNECTION_FAILED = /\b(?:connection (?:timed out|refused|reset)|connect(?:ion)? to [^\n]{1,300}(?:timed out|connection refused)|timed out while connecting|no route to host|(?:host|network) (?:is )?unreachable|did not accept our requests to connect)\b/i;

/** "lost connection with mx[ip] while sending RCPT TO", "conversation with mx[ip] timed out while sending
 *  end of data": the session broke off after it had started (Postfix's 4.4.2, bad connection). */
const CONNECTION_BROKEN = /\b(?:lost connection with|conversation with [^\n]{1,300}timed out|connection (?:dropped|lost|closed) (?:by|while|during))\b/i;

/** A mailing list's or group's refusal of a post (RFC 3463 X.7.2). */
const LIST_REFUSAL = /\b(?:not allowed to post to this (?:mailing )?list|rejected by the list moderator|permission to post (?:messages )?to (?:the|this) (?:group|(?:mailing )?list)|group you tried to contact|only accepts messages from (?:its )?members)\b/i;

/** A message going round in circles between servers (RFC 3463 X.4.6). */
const MAIL_LOOP = /\bloops back to myself\b|\b(?:mail|routing) loop\b|\btoo many (?:hops|\"?received\"? headers)\b/i;

/** A sending server's words for giving up on a message whose delivery time ran out. */
// Exim's "retry time not reached for any host after a long failure period" (and "all hosts have been
// failing for a long time") is its notice that it stopped retrying a host that kept failing.
const GAVE_UP = /\bretry timeout exceeded\b|\bafter a long failure period\b|\bhave been failing for a long time\b|\b(?:message|delivery time) (?:has )?expired\b|\bgiving up\b|\bgave up\b|\b(?:been|was) in the queue too long\b|\bqueue (?:period|lifetime|time) (?:expired|exceeded)\b/i;
/** The notice's own word that the failure is final ("This is a permanent error", Exim). */
const PERMANENT_ERROR = /\bpermanent (?:error|failure)\b|\bfailed permanently\b/i;

function inferStatus(reason: Reason, wording: string): string | null {
  switch (reason) {
    case 'userunknown': return '5.1.1';
    case 'hostunknown': return '5.1.2';
    case 'hasmoved': return '5.1.6';
    case 'suspend': return '5.2.1';
    case 'mailboxfull': return /temporar|try (?:again )?later|will (?:be )?retr|will keep trying|delay/i.test(wording) ? '4.2.2' : '5.2.2';
    case 'mesgtoobig': return '5.3.4';
    case 'norelaying': return '5.7.1';
    // A sending limit ("has exceeded the max emails per hour ... Message discarded", cPanel's Exim): X.7.0,
    // whose card reads it as a rate limit; permanent where the notice calls it a permanent error (the
    // message was discarded, not queued).
    case 'speeding': return PERMANENT_ERROR.test(wording) ? '5.7.0' : '4.7.0';
    // A list or group that does not take posts from this sender (Google Groups, Mailman): X.7.2.
    case 'rejected': return LIST_REFUSAL.test(wording) ? '5.7.2' : null;
    // Postfix's "mail for example.org loops back to myself" and other loops: the routing loop status.
    case 'systemerror': return MAIL_LOOP.test(wording) ? '5.4.6' : null;
    // The network statuses Postfix and others write in the DSN for these (RFC 3463 X.4.x), so that the
    // card explains a code-less "Connection timed out" instead of saying it has no entry.
    case 'networkerror':
    case 'expired':
    case 'blocked':
      if (TEMPORARY_DNS_FAILURE.test(wording)) return '4.4.3';
      if (CONNECTION_FAILED.test(wording)) return '4.4.1';
      // A connection that was made and then broke or stalled mid-session: Postfix writes 4.4.2 for it.
      if (CONNECTION_BROKEN.test(wording)) return '4.4.2';
      // A sending server that says it gave up ("retry timeout exceeded", Exim): the delivery time ran out
      // (X.4.7), in the permanent class where the notice calls it a permanent error, as Exim's does.
      if (reason === 'expired' && GAVE_UP.test(wording)) return PERMANENT_ERROR.test(wording) ? '5.4.7' : '4.4.7';
      return reason === 'networkerror' ? '4.4.0' : null;
    default: return null;
  }
}

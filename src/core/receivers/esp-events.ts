// Email service providers (SendGrid, Mailgun, Postmark, SparkPost, Brevo, ...) report bounces as events,
// not as messages: a webhook's JSON ({"email":"a@b","event":"bounce","reason":"550 5.1.1 ...",
// "status":"5.1.1"}) or a row of an exported CSV (a@b,bounce,"550 5.1.1 ...",5.1.1,1704103200). Read as
// text, a JSON event runs its fields into the reply and names no recipient; a CSV row names the recipient
// with no layout around it. Each event is written out instead as the delivery-status fields it stands for
// (RFC 3464: Final-Recipient, Action, Status, Diagnostic-Code), which the analysis reads like any other DSN.
// The keys and columns differ by provider, so they are recognised by what they hold: an address (email,
// recipient, emailAddress, ...), an event word (bounce, dropped, deferred, failed, delivered, ...), an
// enhanced status, and a reply. Amazon SES's notifications have their own shape (amazonses.ts).

import { diagnosticField, dsnBlock, isObject, MAX_RECORDS, parseJson, type Json } from '../dsn-fields';
import { ADDR } from '../text';

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim().slice(0, 1000) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

/** How much text is read as events: an export of a few thousand rows, a webhook batch. */
const MAX_TEXT = 1_100_000;
/** Events written out at most (the analysis explains the first 200 recipients anyway). */

const ADDRESS = new RegExp(String.raw`^<?(${ADDR})>?$`);
const STATUS = /^[245]\.\d{1,3}\.\d{1,3}$/;
/** A reply as providers store it: "550 5.1.1 ...", "smtp; 550 ...", "smtp;550 ...". */
const REPLY = /^(?:[A-Za-z-]{1,10};[ \t]{0,3})?[245]\d\d(?:[ -]|$)/;

type Action = 'failed' | 'delayed' | 'delivered';

/** Event names by what they report; anything else (open, click, processed, unsubscribe, spamreport) is
 *  not about delivery and is left out. */
const EVENTS: [RegExp, Action][] = [
  [/^(?:bounced?|hard[ _-]?bounced?|soft[ _-]?bounced?|dropped|failed|failure|blocked|rejected?|undeliverable|permanent[ _-]?fail(?:ure)?)$/i, 'failed'],
  [/^(?:deferred|deferral|delayed|delay|temporary[ _-]?fail(?:ure)?|transient)$/i, 'delayed'],
  [/^(?:delivered|delivery|sent)$/i, 'delivered'],
];

function actionOf(event: string | undefined): Action | undefined {
  if (!event) return undefined;
  return EVENTS.find(([re]) => re.test(event))?.[1];
}

const RECIPIENT_KEYS = new Set(['email', 'recipient', 'emailaddress', 'email_address', 'rcpt', 'rcpt_to', 'address', 'to']);
const EVENT_KEYS = new Set(['event', 'eventtype', 'event_type', 'type', 'recordtype', 'record_type', 'status', 'state']);
const REASON_KEYS = new Set(['reason', 'response', 'smtp_response', 'smtpresponse', 'diagnosticcode', 'diagnostic_code', 'details', 'description', 'bounce_reason', 'error', 'message', 'raw_reason', 'raw_rcpt_to_response']);
const STATUS_KEYS = new Set(['status', 'enhanced_status', 'enhanced-code', 'enhancedcode', 'bounce_code', 'dsn', 'code']);
/** Keys whose object holds the reply (Mailgun's "delivery-status": {"code": 550, "message": ...}). */
const NESTED_KEYS = new Set(['delivery-status', 'deliverystatus', 'delivery_status', 'bounce', 'msys', 'message_event']);
/** Mailgun's "severity": "temporary" makes a "failed" event a delay. */
const TEMPORARY = /^(?:temporary|soft|transient)$/i;

interface Event {
  recipient: string;
  action: Action;
  status?: string;
  reason?: string;
  /** The event word is a mail platform's own ("bounce", "dropped", "deferred"), not a word any record has. */
  mailWord?: boolean;
}

/** Event words only mail platforms use; "failed", "rejected", "delivered" or "sent" are also a payment's,
 *  an order's or a parcel's. */
const MAIL_EVENT = /^(?:bounced?|hard[ _-]?bounced?|soft[ _-]?bounced?|dropped|deferred|deferral)$/i;

/** Whether the events are about mail at all: one of them carries a reply code or an enhanced status, or a
 *  mail platform's own event word. A payment API's {"status": "failed", "email": ...} or a parcel's
 *  "delivered" row is not a bounce. */
function aboutMail(events: Event[]): boolean {
  return events.some((e) => e.mailWord || !!e.status || (!!e.reason && (REPLY.test(e.reason) || /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/.test(e.reason))));
}

/** The fields of one JSON object that an event is read from, keys lower-cased, the objects that carry the
 *  event flattened (two levels: SparkPost's {"msys": {"message_event": {...}}}). */
function fieldsOf(o: Json): Map<string, string> {
  const out = new Map<string, string>();
  const add = (k: string, v: unknown) => {
    const key = k.toLowerCase();
    const value = str(v);
    if (value && !out.has(key)) out.set(key, value);
  };
  const walk = (obj: Json, depth: number) => {
    for (const [k, v] of Object.entries(obj).slice(0, 100)) {
      if (isObject(v) && depth < 2 && NESTED_KEYS.has(k.toLowerCase())) walk(v, depth + 1);
      else add(k, v);
    }
  };
  walk(o, 0);
  return out;
}

function eventOfObject(o: Json): Event | null {
  const f = fieldsOf(o);
  let recipient: string | undefined;
  let action: Action | undefined;
  let status: string | undefined;
  let reason: string | undefined;
  let mailWord = false;
  for (const [k, v] of f) {
    if (!recipient && RECIPIENT_KEYS.has(k)) recipient = ADDRESS.exec(v)?.[1];
    if (!action && EVENT_KEYS.has(k)) {
      action = actionOf(v);
      if (action && MAIL_EVENT.test(v)) mailWord = true;
    }
    if (!status && STATUS_KEYS.has(k) && STATUS.test(v)) status = v;
    if (!reason && REASON_KEYS.has(k) && /[A-Za-z]/.test(v)) reason = v;
  }
  // A reply code on its own ("code": 550) goes before the words when they do not carry it.
  const code = [...f].find(([k, v]) => STATUS_KEYS.has(k) && /^[245]\d\d$/.test(v))?.[1];
  if (code && reason && !REPLY.test(reason)) reason = `${code} ${reason}`;
  else if (code && !reason) reason = code;
  if (action === 'failed' && TEMPORARY.test(f.get('severity') ?? '')) action = 'delayed';
  if (!recipient) return null;
  // Without an event word, a reply or status of a failure's class still says what happened.
  action ??= actionFromCodes(status, reason);
  return action ? { recipient, action, ...(status ? { status } : {}), ...(reason ? { reason } : {}), ...(mailWord ? { mailWord } : {}) } : null;
}

function actionFromCodes(status: string | undefined, reason: string | undefined): Action | undefined {
  const cls = status?.[0] ?? (reason && REPLY.test(reason) ? /[245]\d\d/.exec(reason)?.[0]?.[0] : undefined);
  return cls === '5' ? 'failed' : cls === '4' ? 'delayed' : undefined;
}

/** The events of a JSON paste: one object, a list (a webhook batch), or one object per line (NDJSON). */
function jsonEvents(text: string): Event[] {
  const trimmed = text.trim();
  if (!/^[{[]/.test(trimmed) || !/[}\]]$/.test(trimmed)) return [];
  let values: unknown[];
  const whole = parseJson(trimmed);
  if (whole !== undefined) values = Array.isArray(whole) ? whole.slice(0, MAX_RECORDS) : [whole];
  else {
    const lines = trimmed.split('\n', MAX_RECORDS + 1).filter((l) => l.trim());
    const parsed = lines.map((l) => parseJson(l.trim().replace(/,$/, '')));
    if (parsed.some((v) => v === undefined)) return [];
    values = parsed;
  }
  return values.filter(isObject).map(eventOfObject).filter((e): e is Event => !!e);
}

/** The fields of one CSV line (RFC 4180: quoted fields, "" for a quote), or null past 50 fields. */
function csvFields(line: string): string[] | null {
  const out: string[] = [];
  let at = 0;
  while (at <= line.length) {
    if (out.length >= 50) return null;
    if (line[at] === '"') {
      let value = '';
      let i = at + 1;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      out.push(value.trim());
      if (i < line.length && line[i] !== ',') return null;
      at = i + 1;
    } else {
      const comma = line.indexOf(',', at);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(at, end).trim());
      at = end + 1;
    }
  }
  return out;
}

/** Column names of an export's header row, by what they hold. */
const HEADER_NAMES: [RegExp, keyof Omit<Event, 'action'> | 'event'][] = [
  [/^(?:e-?mail(?:[ _]?address)?|recipient|rcpt(?:[ _]to)?|address|to)$/i, 'recipient'],
  [/^(?:event|event[ _]?type|type|record[ _]?type)$/i, 'event'],
  [/^(?:reason|response|smtp[ _]?response|diagnostic(?:[ _]?code)?|details|description|bounce[ _]?reason|error|message)$/i, 'reason'],
  [/^(?:status|enhanced[ _-]?(?:status|code)|bounce[ _]?code|dsn)$/i, 'status'],
];

/** A CSV row read by its header's names, or by what its fields hold when there is no header. */
function csvEvent(fields: string[], header: (string | undefined)[] | null): Event | null {
  let recipient: string | undefined;
  let event: string | undefined;
  let status: string | undefined;
  let reason: string | undefined;
  fields.forEach((v, i) => {
    const role = header?.[i];
    if (!recipient && (role === 'recipient' || !header) && ADDRESS.test(v)) recipient = ADDRESS.exec(v)![1];
    else if (!event && (role === 'event' || !header) && actionOf(v)) event = v;
    else if (!status && (role === 'status' || !header) && STATUS.test(v)) status = v;
    else if (!reason && (role === 'reason' || (!header && REPLY.test(v))) && /[A-Za-z]/.test(v)) reason = v;
  });
  if (!recipient) return null;
  // Without a header a row says it reports a delivery only by a reply, a status or an event word.
  const action = actionOf(event) ?? actionFromCodes(status, reason);
  const mailWord = !!event && MAIL_EVENT.test(event);
  return action ? { recipient, action, ...(status ? { status } : {}), ...(reason ? { reason } : {}), ...(mailWord ? { mailWord } : {}) } : null;
}

/** The events of a CSV paste: every non-blank line a row of three fields or more, a header row allowed
 *  first, at least one row naming a recipient and what happened. Any other line makes it not a CSV. */
function csvEvents(text: string): Event[] {
  // Most texts asked are bounces, not exports: their first line already is no row of three fields, which is
  // seen before two thousand lines are cut out of them.
  const rest = text.trimStart();
  const end = rest.indexOf('\n');
  const first = (end < 0 ? rest : rest.slice(0, end)).trim();
  if (!first || (csvFields(first)?.length ?? 0) < 3) return [];
  // A long export is read as far as its first rows: the events past MAX_RECORDS are not explained anyway.
  const lines = text.split('\n', 2000).filter((l) => l.trim());
  const rows: string[][] = [];
  for (const line of lines) {
    const fields = csvFields(line.trim());
    if (!fields || fields.length < 3) return [];
    rows.push(fields);
  }
  let header: (string | undefined)[] | null = null;
  if (!rows[0]!.some((v) => v.includes('@'))) {
    header = rows[0]!.map((name) => HEADER_NAMES.find(([re]) => re.test(name))?.[1]);
    rows.shift();
    if (!header.includes('recipient')) return [];
  }
  const events = rows.slice(0, MAX_RECORDS).map((r) => csvEvent(r, header));
  // Every row must be one: a list of addresses with other columns is not an event export.
  return events.every((e) => e) ? (events as Event[]) : [];
}

function asFields(e: Event): string {
  const status = e.status ?? (e.reason ? /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/.exec(e.reason)?.[1] : undefined);
  return dsnBlock([['Final-Recipient', `rfc822; ${e.recipient}`], ['Action', e.action], ['Status', status], ['Diagnostic-Code', e.reason && diagnosticField(e.reason)]]);
}

/** An ESP's event JSON or event CSV written as delivery-status fields, one block per event, or null when
 *  the text is neither. */
export function espEventsAsFields(text: string): string | null {
  // The analysis has made every line end LF already (analyzeBody), as the line splitting here expects.
  if (text.length > MAX_TEXT || !text.includes('@')) return null;
  const events = jsonEvents(text);
  const found = events.length ? events : /^\s*[{[]/.test(text) ? [] : csvEvents(text);
  return found.length && aboutMail(found) ? `${found.map(asFields).join('\n\n')}\n` : null;
}

// Amazon SES receiving (inbound-smtp.<region>.amazonaws.com): its temporary refusals ("450 4.0.0
// Temporary failure", "451 4.3.0 ... due to a recipient error. Please try again later.") are the same
// words whatever went wrong behind them, so they name no reason: the failure is left undecided (onhold)
// rather than read as a system error the text never states.
import { diagnosticField, dsnBlock, isObject, MAX_RECORDS, parseJson, type Json } from '../dsn-fields';
import type { ReceivingSystem } from './types';

const UNSPECIFIED = /^[ \t]{0,4}4\d\d[ -]4\.(?:0\.0|3\.0)[ \t]{1,3}(?:Temporary failure|This message could not be delivered due to a recipient error)/i;

export const amazonses: ReceivingSystem = {
  id: 'amazonses-inbound',
  hosts: [/\binbound-smtp\.[a-z]{2}-[a-z]{2,12}-\d\.amazonaws\.com\b/i],
  reasonOf({ reply }) {
    return UNSPECIFIED.test(reply) ? 'onhold' : null;
  },
};

// Amazon SES also reports bounces, complaints and deliveries as JSON notifications (SNS topics, email
// feedback forwarding set to JSON, event publishing), pasted or forwarded as they are:
//   {"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"a@b","status":"5.1.1",
//    "diagnosticCode":"smtp; 550 5.1.1 user unknown"}], "reportingMTA":"dns; ..."}, "mail":{...}}
// The JSON is one long line: read as text, every recipient's part would run into the next one's fields
// and the reply would carry the JSON after it. It is written out instead as the delivery-status fields
// it stands for (RFC 3464, one block per recipient; a complaint as ARF fields, RFC 5965), which the
// analysis reads like any other DSN.

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined);
/** An SES notification names its kind in notificationType (SNS, feedback forwarding) or eventType (event
 *  publishing); inside SNS's envelope the notification is a JSON string, its quotes escaped. */
const NOTIFICATION = /\\?"(?:notificationType|eventType)\\?"[ \t\n]{0,4}:[ \t\n]{0,4}\\?"(?:Bounce|Complaint|Delivery)\\?"/;
/** How much JSON is parsed: a notification is a few kilobytes, the mail headers SES may include make it
 *  longer, and one bounce can list thousands of recipients; past this, as much as the analysis reads (1 MB). */
const MAX_JSON = 1_100_000;

/** The notifications in the parsed JSON: one, a list of them, or SNS's envelope carrying one as a string. */
function notificationsIn(value: unknown, depth = 0): Json[] {
  if (Array.isArray(value)) return depth > 0 ? [] : value.slice(0, 50).flatMap((v) => notificationsIn(v, depth + 1));
  if (!isObject(value)) return [];
  if (typeof value.Message === 'string' && depth < 2) return notificationsIn(parseJson(value.Message), depth + 1);
  return str(value.notificationType) ?? str(value.eventType) ? [value] : [];
}

function asFields(n: Json): string[] {
  const type = (str(n.notificationType) ?? str(n.eventType) ?? '').toLowerCase();
  const blocks: string[] = [];
  if (type === 'bounce' && isObject(n.bounce)) {
    const b = n.bounce;
    const kind = [str(b.bounceType), str(b.bounceSubType)].filter(Boolean).join(', ');
    blocks.push(dsnBlock([['Amazon SES bounce notification', kind || 'bounce'], ['Reporting-MTA', str(b.reportingMTA)]]));
    const list = Array.isArray(b.bouncedRecipients) ? b.bouncedRecipients.slice(0, MAX_RECORDS) : [];
    for (const r of list) {
      const address = isObject(r) ? str(r.emailAddress) : str(r);
      if (!address || !isObject(r)) {
        if (address) blocks.push(dsnBlock([['Final-Recipient', `rfc822; ${address}`], ['Action', 'failed']]));
        continue;
      }
      const diagnostic = str(r.diagnosticCode);
      blocks.push(dsnBlock([
        ['Final-Recipient', `rfc822; ${address}`],
        ['Action', str(r.action) ?? 'failed'],
        ['Status', str(r.status)],
        ['Diagnostic-Code', diagnostic && diagnosticField(diagnostic)],
      ]));
    }
  } else if (type === 'complaint' && isObject(n.complaint)) {
    const c = n.complaint;
    const list = Array.isArray(c.complainedRecipients) ? c.complainedRecipients.slice(0, MAX_RECORDS) : [];
    blocks.push(dsnBlock([
      ['Amazon SES complaint notification', str(c.complaintFeedbackType) ?? 'complaint'],
      ['Feedback-Type', str(c.complaintFeedbackType) ?? 'abuse'],
      ['User-Agent', str(c.userAgent)],
      ...list.map((r): [string, string | undefined] => ['Original-Rcpt-To', isObject(r) ? str(r.emailAddress) : str(r)]),
    ]));
  } else if (type === 'delivery' && isObject(n.delivery)) {
    const d = n.delivery;
    const response = str(d.smtpResponse);
    const status = response ? /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(response)?.[1] : undefined;
    blocks.push(dsnBlock([['Amazon SES delivery notification', 'delivered'], ['Reporting-MTA', str(d.reportingMTA) && `dns; ${str(d.reportingMTA)}`]]));
    const list = Array.isArray(d.recipients) ? d.recipients.slice(0, MAX_RECORDS) : [];
    for (const r of list) {
      const address = str(r);
      if (address) blocks.push(dsnBlock([['Final-Recipient', `rfc822; ${address}`], ['Action', 'delivered'], ['Status', status], ['Diagnostic-Code', response && diagnosticField(response)]]));
    }
  }
  return blocks.filter(Boolean);
}

/** The text of an Amazon SES JSON notification (bounce, complaint or delivery; bare, inside SNS's envelope,
 *  or a list) written as delivery-status (or feedback-report) fields, or null when it is not one. */
export function sesNotificationAsFields(text: string): string | null {
  if (!NOTIFICATION.test(text.slice(0, MAX_JSON))) return null;
  const start = text.search(/[{[]/);
  // The JSON ends at the last closing brace, or bracket for a list (SNS's footer after it has neither).
  const object = text.lastIndexOf('}');
  const list = text.lastIndexOf(']');
  if (start < 0 || Math.max(object, list) <= start) return null;
  // Text before the JSON (a forwarding note, "Message:") may hold a brace of its own: from the first brace
  // of a line that opens the JSON.
  const opener = /^[ \t]{0,8}[{[][ \t\n]{0,8}["{[]/m.exec(text.slice(0, Math.max(object, list)));
  const from = opener ? opener.index + opener[0].search(/[{[]/) : start;
  let parsed: unknown;
  for (const end of list > object ? [list, object] : [object]) {
    if (end <= from || end - from > MAX_JSON) continue;
    const json = text.slice(from, end + 1);
    // SNS mails the JSON as one long line; a relay that breaks lines past the SMTP limit (Sendmail) writes
    // "!", a line break and a space at each cut: undone when the JSON does not parse as it stands.
    parsed = parseJson(json) ?? (json.includes('!\n ') ? parseJson(json.replace(/!\n /g, '')) : undefined);
    if (parsed !== undefined) break;
  }
  const blocks = notificationsIn(parsed).flatMap(asFields);
  return blocks.length ? `${blocks.join('\n\n')}\n` : null;
}

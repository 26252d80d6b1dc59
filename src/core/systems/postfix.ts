// Postfix: "<a@b>: host mx.example.com[192.0.2.1] said: 550 5.1.1 ... (in reply to RCPT TO command)"
// and "<a@b> (expanded from <c@d>): ...", one paragraph per recipient.
import { ADDR } from '../text';
import { dsnBlock, MAX_RECORDS } from '../dsn-fields';
import type { SendingSystem } from './types';

/** User-unknown wording a local delivery agent writes (English, French, German, Spanish, Portuguese, Italian). */
const LOCAL_USER_UNKNOWN = String.raw`(?:unknown user|user unknown|no such (?:user|mailbox|recipient)|unknown (?:local[- ])?recipient|utilisateur inconnu|(?:benutzer|empf(?:ä|ae)nger) unbekannt|unbekannter (?:benutzer|empf(?:ä|ae)nger)|usuario desconocido|usu[aá]rio desconhecido|utente sconosciuto)\b`;

export const postfix: SendingSystem = {
  id: 'postfix',
  signatures: [/This is the mail system at host/i, /Undelivered Mail Returned to Sender/i, /\(in reply to [A-Z ]{4,12} command\)/i],
  recipientAnchors: [
    new RegExp(String.raw`^<(?<addr>${ADDR})>(?:[ \t]{1,4}\(expanded from <[^>\n]{1,300}>\))?:`, 'gim'),
    // The same entry where a paste lost its line breaks ("The mail system <a@b>: host mx[ip] said: 550 ..."):
    // not at a line's start, so only with the words that follow a recipient's address in Postfix's entry.
    new RegExp(String.raw`<(?<addr>${ADDR})>(?:[ \t]{1,4}\(expanded from <[^>\n]{1,300}>\))?:[ \t]{1,4}(?:host [^\s\[]{1,253}\[[0-9a-fA-F.:]{3,45}\] said:|connect to [^\s\[]{1,253}\[)`, 'gi'),
    // A log line pasted into a ticket: "postfix/smtp[123]: 4ABCD: to=<a@b>, relay=..., status=bounced (...)".
    new RegExp(String.raw`\bto=<(?<addr>${ADDR})>,[^\n]{0,600}?\bstatus=(?:bounced|deferred|expired)\b`, 'gi'),
  ],
  // A pasted log line is a bounce or delay report on its own, quoting no notice's sentence and often no reply
  // code ("dsn=4.4.1, status=deferred (connect to mx...: Connection timed out)"): Postfix's smtp(8), lmtp(8),
  // local(8) and virtual(8) write the DSN status, then the outcome. "status=sent" is a delivery, not a failure.
  failureNotice: [/\bdsn=[245]\.\d{1,3}\.\d{1,3},[ \t]{0,4}status=(?:bounced|deferred|expired|undeliverable)\b/i],
  reasons: [
    // Postfix's own delivery agents (local(8), virtual(8)) report on the recipient's line itself, with no
    // "host ... said:" and no SMTP command: '<ed@box.example.com>: unknown user: "ed"' is the mailbox lookup
    // of the final destination (DSN 5.1.1), not a remote filter. Also in a pasted log line ("status=bounced
    // (unknown user: ...)") and in translated templates.
    ['userunknown', [
      new RegExp(String.raw`(?:^<[^>\s]{1,300}>(?:[ \t]{1,4}\(expanded from <[^>\n]{1,300}>\))?:|\bstatus=bounced \()[ \t]{0,4}${LOCAL_USER_UNKNOWN}`, 'im'),
    ]],
  ],
};

// Postfix's log, pasted as it is (a ticket, a forum post): one line per recipient and attempt,
//   Jun  5 10:01:02 mx postfix/smtp[1234]: 4F2A31C0: to=<a@b>, relay=mx.example.com[192.0.2.5]:25,
//   delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.5] said: 550 5.1.1
//   <a@b>: Recipient address rejected: User unknown (in reply to RCPT TO command))
// Read as text, the line runs the queue fields into the evidence and a code-less outcome ("connect to ...:
// Connection timed out") has nothing to read but the whole line. Written instead as the delivery-status fields
// Postfix itself puts in its notices (Final-Recipient, Action, Status, Remote-MTA, Diagnostic-Code with
// "smtp;" for a server's reply, "X-Postfix;" for its own words), one block per line, it reads like a DSN.
// Only a paste made of log lines alone is rewritten: every non-blank line a syslog line ("prog[pid]:").

const LOG_PROGRAM = /^[^\n]{0,160}?[\w.-]{1,40}(?:\/[\w.-]{1,40}){0,3}\[\d{1,10}\]:[ \t]/;
const LOG_TO = /\bto=<([^<>\s]{1,320}@[^<>\s]{1,253})>/;
const LOG_RELAY = /\brelay=([A-Za-z0-9][A-Za-z0-9.-]{0,252})(?:\[[0-9A-Fa-f.:]{2,45}\])?/;
const LOG_DSN = /\bdsn=([245]\.\d{1,3}\.\d{1,3})\b/;
const LOG_STATUS = /\bstatus=(bounced|deferred|expired|undeliverable|sent)\b(?:[ \t]{0,4}\((.{0,2000})\))?/;
const LOG_ACTION: Record<string, string> = { bounced: 'failed', expired: 'failed', undeliverable: 'failed', deferred: 'delayed', sent: 'delivered' };
/** "host mx.example.com[192.0.2.5] said: 550 ...": the server that answered, and its answer. */
const HOST_SAID = /^host ([A-Za-z0-9][A-Za-z0-9.-]{0,252})\[[^\]\n]{1,64}\] said:[ \t]{0,4}/;

/** A paste of Postfix log lines as delivery-status fields, or null when the text is not one. */
export function postfixLogAsFields(text: string): string | null {
  if (text.length > 512_000 || !text.includes('status=')) return null;
  // Lines end LF already (analyzeBody makes them so before any rewriter reads the text).
  const lines = text.split('\n', 5001).filter((l) => l.trim());
  if (!lines.length || lines.length > 5000) return null;
  const blocks: string[] = [];
  for (const line of lines) {
    if (!LOG_PROGRAM.test(line)) return null;
    const to = LOG_TO.exec(line);
    const outcome = LOG_STATUS.exec(line);
    // Other lines of the same log (qmgr's "from=<...>", cleanup's "message-id=", "removed") say nothing of a recipient.
    if (!to || !outcome || blocks.length >= MAX_RECORDS) continue;
    let said = (outcome[2] ?? '').trim();
    const host = HOST_SAID.exec(said);
    const relay = host?.[1] ?? LOG_RELAY.exec(line)?.[1];
    if (host) said = said.slice(host[0].length);
    blocks.push(dsnBlock([
      ['Final-Recipient', `rfc822; ${to[1]!}`],
      ['Action', LOG_ACTION[outcome[1]!]],
      ['Status', LOG_DSN.exec(line)?.[1]],
      ['Remote-MTA', relay && relay !== 'none' && relay !== 'local' && relay !== 'virtual' ? `dns; ${relay}` : undefined],
      ['Diagnostic-Code', said ? `${/^[245]\d\d(?:[ -]|$)/.test(said) ? 'smtp' : 'X-Postfix'}; ${said}` : undefined],
    ]));
  }
  return blocks.length ? `${blocks.join('\n\n')}\n` : null;
}

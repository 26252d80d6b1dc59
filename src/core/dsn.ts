// RFC 3464 delivery-status fields ("Final-Recipient: rfc822; a@b", "Status: 5.1.1", ...), as they
// appear in a message/delivery-status part or pasted into the text. One block per recipient; the
// per-message fields (Reporting-MTA, X-Postfix-Sender, Arrival-Date) apply to every recipient.
import { ADDR, cleanAddress } from './text';

/** An address in a field value. It starts only where a run of address characters starts: unanchored, the
 *  bare pattern would be retried from every character of a long run (64 characters each time). */
const ADDRESS = new RegExp(String.raw`(?<![A-Za-z0-9!#$%&'*+/=?^_\`{|}~.-])${ADDR}`);
/** A recipient field's value is the address itself (RFC 3464): taken whole, so that an internationalised
 *  one (RFC 6531, "jörg@example.com") is not cut down to the ASCII run before its "@" ("rg@example.com"). */
const WHOLE_ADDRESS = /^<?([^\s<>()"@]{1,64}@[^\s<>()"@]{1,253})>?(?:[ \t]|$)/;

/** The address a recipient field names: the whole value when it is one address, else the first one in it. */
function recipientAddress(value: string): string | null {
  return WHOLE_ADDRESS.exec(value.trim())?.[1] ?? ADDRESS.exec(value)?.[0] ?? null;
}

export interface DsnRecipient {
  recipient: string;
  originalRecipient?: string;
  action?: string;
  status?: string;
  /** The words after the status ("Status: 5.2.1 (mailbox disabled, not accepting messages)"): the
   *  reporting MTA's own reading of the code. */
  statusComment?: string;
  diagnosticCode?: string;
  diagnosticType?: string;
  remoteMta?: string;
  lastAttemptDate?: string;
  /** Character offset of the Final-Recipient line in the analysed text. */
  index: number;
}

export interface DsnMessage {
  reportingMta?: string;
  arrivalDate?: string;
  postfixSender?: string;
  recipients: DsnRecipient[];
}

// A field line plus its folded continuation lines (which start with whitespace).
const DSN_ACTION = /^(?:failed|delayed|delivered|relayed|expanded)[ \t]{0,20}(?:\([^\n]{0,200}\)[ \t]{0,20})?$/i;
const FIELD = /^[ \t]{0,4}(Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Remote-MTA|Reporting-MTA|Last-Attempt-Date|Arrival-Date|X-Postfix-Sender|X-Actual-Recipient|Received-From-MTA|X-Display-Name)[ \t]{0,4}:[ \t]{0,8}([^\n]{0,2000}(?:\n[ \t]{1,40}[^\n]{1,2000}){0,12})/gim;

function typed(value: string): { type?: string; value: string } {
  const m = /^([A-Za-z0-9-]{1,20})[ \t]{0,3};[ \t]{0,8}([\s\S]*)$/.exec(value);
  return m ? { type: m[1]!.toLowerCase(), value: m[2]!.trim() } : { value: value.trim() };
}

export function parseDsn(text: string): DsnMessage {
  const msg: DsnMessage = { recipients: [] };
  let current: DsnRecipient | null = null;
  let pendingOriginal: string | undefined;
  let openedByOriginal = false;
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m; m = FIELD.exec(text)) {
    const name = m[1]!.toLowerCase();
    const raw = m[2]!.replace(/\n[ \t]{1,40}/g, ' ').trim();
    const { type, value } = typed(raw);
    switch (name) {
      case 'final-recipient':
      case 'x-actual-recipient': {
        const addr = recipientAddress(value);
        if (!addr) break;
        const recipient = cleanAddress(addr);
        if (name === 'x-actual-recipient' && current) break;
        // "Original-Recipient" opened this block already: the final address replaces it.
        if (current && openedByOriginal && !current.action && !current.status && !current.diagnosticCode) {
          current.recipient = recipient;
          openedByOriginal = false;
          break;
        }
        openedByOriginal = false;
        current = { recipient, index: m.index };
        if (pendingOriginal) current.originalRecipient = pendingOriginal;
        pendingOriginal = undefined;
        msg.recipients.push(current);
        break;
      }
      case 'original-recipient': {
        const addr = recipientAddress(value);
        if (!addr) break;
        const original = cleanAddress(addr);
        if (current && !openedByOriginal && !current.originalRecipient && !current.action && !current.status) {
          current.originalRecipient = original;
          break;
        }
        // Some MTAs write only Original-Recipient: it opens a block that a Final-Recipient may rename.
        current = { recipient: original, originalRecipient: original, index: m.index };
        openedByOriginal = true;
        msg.recipients.push(current);
        break;
      }
      case 'action':
        // RFC 3464 action-value: one word, then at most a comment ("failed (bad mailbox)"); "Action: failed
        // to ship on time" in a status report is prose.
        if (current && !current.action && DSN_ACTION.test(value)) current.action = value.toLowerCase().split(/\s/)[0];
        break;
      case 'status': {
        const s = /([245])\.(\d{1,3})\.(\d{1,3})/.exec(value);
        if (current && s && !current.status) {
          current.status = `${s[1]}.${Number(s[2])}.${Number(s[3])}`;
          const comment = /^[^(]{0,20}\(([^()\n]{3,120})\)/.exec(value.slice(s.index + s[0].length))?.[1]?.trim();
          if (comment) current.statusComment = comment;
        }
        break;
      }
      case 'diagnostic-code':
        if (current && !current.diagnosticCode) {
          current.diagnosticCode = value;
          if (type) current.diagnosticType = type;
        }
        break;
      case 'remote-mta':
        if (current && !current.remoteMta) current.remoteMta = value.replace(/^\[|\]$/g, '');
        break;
      case 'last-attempt-date':
        if (current) current.lastAttemptDate = value;
        break;
      case 'reporting-mta':
        msg.reportingMta ??= value;
        break;
      case 'arrival-date':
        msg.arrivalDate ??= value;
        break;
      case 'x-postfix-sender': {
        const addr = ADDRESS.exec(value);
        if (addr) msg.postfixSender = cleanAddress(addr[0]);
        break;
      }
      default:
        break;
    }
  }
  return msg;
}

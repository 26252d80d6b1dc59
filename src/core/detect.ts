// Cheap bounce detection used by the content script on every webmail page. It must stay tiny and must
// not import the dataset: the engine and the data load only once this says "bounce".
export interface BounceSignals {
  subject?: string;
  from?: string;
  /** The first few KB of the body text are enough. */
  text?: string;
}

const SENDER = /mailer-daemon|postmaster@|mail delivery (?:subsystem|system|service)|microsoft outlook|mail administrator|delivery status notification/i;
const SUBJECT = /delivery status notification|undeliverable|undelivered mail|undeliverable mail|mail delivery failed|returned mail|delivery failure|failure notice|non remis|unzustellbar|nicht zustellbar|delivery (?:has )?failed|could not be delivered|message not delivered|delivery notification|warning: (?:message|could not)|delayed mail|delivery delayed|mail system error|rejected:|non-?delivery/i;
const BODY = /^[ \t]{0,4}(?:Final-Recipient:|Diagnostic-Code:|Action:[ \t]{0,4}(?:failed|delayed))|Remote Server returned|The response from the remote server was|couldn't be delivered|wasn't delivered to|could not be delivered to|Delivery to the following recipient|following address(?:es)?\(?e?s?\)? failed|I'm sorry to have to inform you|This is the mail system at host|Transcript of session follows|I'm afraid I wasn't able to deliver|has not been delivered yet|Delivery has failed to these recipients|\(in reply to (?:RCPT TO|end of DATA|MAIL FROM) command\)/im;

export function looksLikeBounce(signals: BounceSignals): boolean {
  const subject = signals.subject ?? '';
  const from = signals.from ?? '';
  const text = (signals.text ?? '').slice(0, 8192);
  if (BODY.test(text)) return true;
  if (SUBJECT.test(subject) && (SENDER.test(from) || /\b[245]\.\d{1,3}\.\d{1,3}\b|\b[45]\d\d\b/.test(text) || !from)) return true;
  if (SENDER.test(from) && /mailer-daemon|postmaster|mail delivery/i.test(from) && (SUBJECT.test(subject) || /\b[45]\d\d[ -]/.test(text))) return true;
  return false;
}

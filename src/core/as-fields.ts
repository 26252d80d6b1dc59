// Machine-written failure records (an ESP's JSON notification or webhook event, an export line, Postfix's own
// log) carry the recipient, the status and the server's reply in named fields. Each is rewritten as the
// delivery-status fields a DSN has (RFC 3464), so that the one DSN reader handles them all; a text that is
// none of these comes back null and is read as it is.
import { sesNotificationAsFields } from './receivers/amazonses';
import { espEventsAsFields } from './receivers/esp-events';
import { postfixLogAsFields } from './systems/postfix';

export { MAX_RECORDS } from './dsn-fields';

export function recordsAsDsnFields(text: string): string | null {
  return sesNotificationAsFields(text) ?? espEventsAsFields(text) ?? postfixLogAsFields(text);
}

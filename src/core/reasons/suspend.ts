// The recipient's account exists but is suspended or disabled.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const suspend = defineReason('suspend', [
  /(?:account|mailbox|user) (?:has been |is )?(?:suspended|disabled|deactivated|frozen|locked|inactive|blocked by the administrator)/i,
  /(?:is|has been) (?:currently )?suspended/i,
  /user suspended/i,
  /temporarily inactive/i,
  /(?:this|the) (?:account|mailbox) (?:has been|is) (?:disabled|discontinued)/i,
  /email account that you tried to reach is (?:disabled|inactive)/i,
  /is a deactivated mailbox/i,
  /invalid\/inactive user/i,
  /mailbox unavailable or access denied/i,
  /boite du destinataire archivee/i,
  /account (?:is )?(?:expired|closed)/i,
  /recipient suspend the service/i,
  /temporary locked/i,
  /recipient account is blocked/i,
]);

// A receiving system (the server that refused) with its own codes and wording for reasons. Each module
// is consulted when the refusal came from that system: its host names appear in the recipient's part
// or in the reply. Coverage grows by adding one file and one line in ./index.ts.
import type { Reason } from '../../data/schema';
import { anyMatch } from '../union';

export interface RefusalContext {
  /** The server's reply (evidence and diagnostic), as written. */
  reply: string;
  status: string | null;
  replyCode: string | null;
  command: string | null;
}

export interface ReceivingSystem {
  id: string;
  /** Host names or wording that tell this system refused (tested on the recipient's part, bounded). */
  hosts: RegExp[];
  /** The reason this system's own codes or wording give, or null to leave it to the general rules. */
  reasonOf(refusal: RefusalContext): Reason | null;
}

/** First reason whose wording appears; tables are [reason, patterns] in priority order. */
export function byWording(table: [Reason, RegExp[]][], text: string): Reason | null {
  for (const [reason, patterns] of table) if (anyMatch(patterns, text)) return reason;
  return null;
}

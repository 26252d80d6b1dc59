// The server did not understand a command.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const syntaxerror = defineReason('syntaxerror', [
  /syntax error/i,
  /command (?:not recognized|unrecognized)/i,
  /unrecognized command/i,
  /command parameter not implemented/i,
]);

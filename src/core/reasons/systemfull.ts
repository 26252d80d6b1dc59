// The receiving system is out of space.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const systemfull = defineReason('systemfull', [
  /mail system full/i,
  /system (?:is )?full/i,
  /exceeded storage allocation/i,
  /insufficient system (?:storage|resources)/i,
  /insufficient disk space/i,
]);

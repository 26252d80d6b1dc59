// What the rewriters of machine-written records (receivers/amazonses.ts, receivers/esp-events.ts,
// systems/postfix.ts; gathered in as-fields.ts) share: reading their JSON, and writing a recipient's
// delivery-status fields (RFC 3464) the one DSN reader takes in.

/** Each rewriter writes at most this many recipients: a record that lists more is cut there, and the
 *  recipient count said on the card is then a floor. */
export const MAX_RECORDS = 500;

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The parsed JSON, or undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A reply as a Diagnostic-Code value: typed ("smtp; 550 ...") where the record writes the bare reply. */
export function diagnosticField(value: string): string {
  return /^[A-Za-z0-9-]{1,20}[ \t]{0,3};/.test(value) ? value : `smtp; ${value}`;
}

/** Field lines of one block, those without a value left out. */
export function dsnBlock(fields: [string, string | undefined][]): string {
  return fields.filter((f): f is [string, string] => !!f[1]).map(([k, v]) => `${k}: ${v}`).join('\n');
}

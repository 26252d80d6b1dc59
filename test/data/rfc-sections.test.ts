// A provider entry that cites a section of an RFC for its enhanced status must cite the section the
// registry entry for that status cites from the same RFC: "RFC 7372 §3.3" on Gmail's 5.7.26 card was the
// reverse-DNS section (X.7.25), not the one for X.7.26 (§3.4).
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data';
import { findStatusEntry } from '../../src/core/resolve';

const SECTION = /^https:\/\/www\.rfc-editor\.org\/rfc\/(rfc\d+)#section-([\d.]+)$/;
/** RFCs whose sections each define status codes (RFC 3463 by subject, RFC 7372 by check), so a status has
 *  one right section there. RFC 5321 is left out: limits, syntax and replies of one status sit in several. */
const CODE_RFCS = new Set(['rfc3463', 'rfc7372', 'rfc7504', 'rfc3886', 'rfc4954', 'rfc5248', 'rfc6710']);

function sections(urls: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const url of urls) {
    const m = SECTION.exec(url);
    if (!m || !CODE_RFCS.has(m[1]!)) continue;
    const set = out.get(m[1]!) ?? new Set<string>();
    set.add(m[2]!);
    out.set(m[1]!, set);
  }
  return out;
}

describe('RFC sections cited for a status', () => {
  const checked: string[] = [];
  const mismatches: string[] = [];
  for (const file of dataset.providers) {
    for (const entry of file.entries) {
      const status = entry.status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(entry.status) ? entry.status : null;
      if (!status) continue;
      const registry = findStatusEntry(dataset, status);
      // Only an exact registry entry (same subject and detail) speaks for this status.
      if (!registry?.status || registry.status.split('.').slice(1).join('.') !== status.split('.').slice(1).join('.')) continue;
      const ours = sections(entry.references.map((r) => r.url));
      const theirs = sections(registry.references.map((r) => r.url));
      for (const [rfc, cited] of ours) {
        const expected = theirs.get(rfc);
        if (!expected) continue;
        checked.push(`${entry.id} ${rfc}`);
        for (const section of cited) if (!expected.has(section)) mismatches.push(`${entry.id} (${status}) cites ${rfc} §${section}; ${registry.id} cites §${[...expected].join(', §')}`);
      }
    }
  }
  it('agree with the registry entry for the same status', () => {
    console.log(`[rfc sections] ${checked.length} provider citations compared with the registry`);
    expect(checked.length).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
  });
});

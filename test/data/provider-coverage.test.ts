// Every provider row of ../shared/reference/checklist.json has a provider-specific entry: in a file that
// covers that provider, with the row's codes, and with a wording pattern that catches the row's wording.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data';
import type { ProviderEntry } from '../../src/data/schema';

interface ProviderRow {
  code: string;
  kind: string;
  provider: string;
  match: string;
}

const checklistPath = resolve(import.meta.dirname, '../../../shared/reference/checklist.json');
const haveChecklist = existsSync(checklistPath);
if (!haveChecklist) console.warn(`[provider coverage] skipped: ${checklistPath} is absent`);
const rows: ProviderRow[] = haveChecklist
  ? JSON.parse(readFileSync(checklistPath, 'utf8')).filter((r: { kind: string }) => r.kind === 'provider')
  : [];

/** What a checklist code names: "550 5.7.26", "4.7.500-699", "421 4.7.0 [TSS04]", "IB007", "OFR*_101 / LPN*_101". */
export function codesOfRow(code: string): { reply?: string; status?: string; tokens: string[] } {
  const head = /^(?:([2-5]\d\d)(?=\s|$))?\s*#?(\d\.\d{1,3}\.\d{1,3}(?:-\d{1,3})?)?/.exec(code);
  const reply = head?.[1];
  const status = head?.[2];
  const bracketed = /\[([A-Z]{2,5}\d{1,3})\]/.exec(code)?.[1];
  let tokens: string[] = [];
  if (bracketed) tokens = [bracketed];
  else if (!reply && !status) tokens = code.split(' / ').map((t) => t.trim());
  return { reply, status, tokens };
}

function statusAgrees(entryStatus: string | undefined, rowStatus: string): boolean {
  if (!entryStatus) return false;
  if (entryStatus === rowStatus) return true;
  // A row status "4.7.500-699" or a single code is covered by an entry range that contains it.
  const range = /^(\d\.\d{1,3})\.(\d{1,3})-(\d{1,3})$/.exec(entryStatus);
  const single = /^(\d\.\d{1,3})\.(\d{1,3})(?:-(\d{1,3}))?$/.exec(rowStatus);
  if (!range || !single) return false;
  const lo = Number(single[2]);
  const hi = Number(single[3] ?? single[2]);
  return range[1] === single[1] && Number(range[2]) <= lo && hi <= Number(range[3]);
}

function entryCoversRow(entry: ProviderEntry, row: ProviderRow): boolean {
  const { reply, status, tokens } = codesOfRow(row.code);
  if (reply && entry.reply !== reply) return false;
  if (status && !statusAgrees(entry.status, status)) return false;
  const names = [entry.token, ...(entry.aliases ?? [])].filter(Boolean).map((n) => n!.toLowerCase());
  if (tokens.some((t) => !names.includes(t.toLowerCase()))) return false;
  return entry.match.some((pattern) => pattern.test(row.match));
}

describe.skipIf(!haveChecklist)('provider coverage', () => {
  const filesByChecklistName = new Map<string, ProviderEntry[]>();
  for (const file of dataset.providers) {
    for (const name of file.covers) {
      filesByChecklistName.set(name, [...(filesByChecklistName.get(name) ?? []), ...file.entries]);
    }
  }

  it('parses the checklist codes it relies on', () => {
    expect(codesOfRow('421 4.7.0 [TSS04]')).toEqual({ reply: '421', status: '4.7.0', tokens: ['TSS04'] });
    expect(codesOfRow('4.7.500-699')).toEqual({ reply: undefined, status: '4.7.500-699', tokens: [] });
    expect(codesOfRow('550 #5.1.0 Address rejected')).toEqual({ reply: '550', status: '5.1.0', tokens: [] });
    expect(codesOfRow('OFR*_101 / LPN*_101').tokens).toEqual(['OFR*_101', 'LPN*_101']);
    expect(codesOfRow('127.0.0.2')).toEqual({ reply: undefined, status: undefined, tokens: ['127.0.0.2'] });
  });

  it('has a provider-specific entry for every provider row', () => {
    const missing = rows
      .filter((row) => !(filesByChecklistName.get(row.provider) ?? []).some((e) => entryCoversRow(e, row)))
      .map((row) => `${row.provider} | ${row.code} | ${row.match}`);
    const covered = rows.length - missing.length;
    console.log(`[provider coverage] ${covered} of ${rows.length} provider rows covered`);
    for (const file of dataset.providers) console.log(`[provider coverage] ${file.id}: ${file.entries.length} entries`);
    expect(missing).toEqual([]);
  });
});

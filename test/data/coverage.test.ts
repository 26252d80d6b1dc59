// The dataset covers every situation of ../shared/reference/checklist.json (basic and enhanced rows here;
// provider rows are checked per provider file once those exist).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data';

interface ChecklistRow {
  code: string;
  kind: 'basic' | 'enhanced' | 'provider';
  provider: string | null;
  title: string;
  permanence: string;
  source: string;
  match?: string;
  classes?: string[];
}

const checklistPath = resolve(import.meta.dirname, '../../../shared/reference/checklist.json');
const haveChecklist = existsSync(checklistPath);
if (!haveChecklist) console.warn(`[coverage] skipped: ${checklistPath} is absent (the shared reference ships beside the repo)`);
const rows: ChecklistRow[] = haveChecklist ? JSON.parse(readFileSync(checklistPath, 'utf8')) : [];

/** The enhanced-code spelling our entries use: "2.XXX.YYY" -> "2.X.X", "X.1.XXX" -> "X.1.X". */
function statusKey(code: string): string {
  return code.replace(/X{2,}|Y+/g, 'X');
}

describe.skipIf(!haveChecklist)('checklist coverage', () => {
  it('has an entry for every basic reply code row (standard and folklore meanings apart)', () => {
    const missing = rows
      .filter((r) => r.kind === 'basic')
      .filter((r) => {
        const folklore = /non-standard/i.test(r.source);
        return !dataset.replies.some((e) => e.reply === r.code && (e.standing === 'nonstandard') === folklore);
      })
      .map((r) => `${r.code} (${r.source})`);
    expect(missing).toEqual([]);
  });

  it('has an entry for every enhanced status row, registered for each of its classes', () => {
    const missing = rows
      .filter((r) => r.kind === 'enhanced')
      .filter((r) => {
        const entry = dataset.statuses.find((e) => e.status === statusKey(r.code));
        if (!entry) return true;
        return (r.classes ?? []).some((c) => !(entry.classes ?? []).includes(c as '2' | '4' | '5'));
      })
      .map((r) => r.code);
    expect(missing).toEqual([]);
  });

  it('counts what it checked', () => {
    const basic = rows.filter((r) => r.kind === 'basic').length;
    const enhanced = rows.filter((r) => r.kind === 'enhanced').length;
    console.log(`[coverage] checklist rows: basic ${basic}, enhanced ${enhanced}; entries: replies ${dataset.replies.length}, statuses ${dataset.statuses.length}`);
    expect(basic).toBe(67);
    expect(enhanced).toBe(92);
  });
});

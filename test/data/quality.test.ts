// Every entry of the dataset is complete, cites https references and reads like finished text.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data';
import { REASONS, type Entry, type EntryText, type Reason } from '../../src/data/schema';

const allEntries: Entry[] = [
  ...dataset.replies,
  ...dataset.statuses,
  ...dataset.providers.flatMap((p) => p.entries),
];

// "..." alone is filler; inside a quoted log line ("while sending ...") it is legitimate.
const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|lorem|ipsum|placeholder)\b|^\s*(?:\.\.\.|…|-|n\/a)?\s*$/i;
const PARTIES = ['sender', 'sender-admin', 'recipient', 'recipient-admin'];
const RETRIES = ['no', 'later', 'after-fix'];
const REPUTATIONS = ['none', 'low', 'medium', 'high'];

function textProblems(where: string, t: Partial<EntryText>): string[] {
  const problems: string[] = [];
  for (const key of ['title', 'meaning', 'details', 'retryAdvice'] as const) {
    const value = t[key];
    if (value === undefined) continue;
    if (value.trim().length < (key === 'title' ? 4 : 20)) problems.push(`${where}: ${key} too short`);
    if (PLACEHOLDER.test(value)) problems.push(`${where}: ${key} looks like a placeholder`);
  }
  for (const key of ['causes', 'senderSteps', 'adminSteps'] as const) {
    for (const line of t[key] ?? []) {
      if (line.trim().length < 8) problems.push(`${where}: ${key} has an empty or tiny item`);
      if (PLACEHOLDER.test(line)) problems.push(`${where}: ${key} item looks like a placeholder`);
    }
  }
  if (t.party !== undefined && !PARTIES.includes(t.party)) problems.push(`${where}: bad party ${t.party}`);
  if (t.retry !== undefined && !RETRIES.includes(t.retry)) problems.push(`${where}: bad retry ${t.retry}`);
  if (t.reputation !== undefined && !REPUTATIONS.includes(t.reputation)) problems.push(`${where}: bad reputation`);
  return problems;
}

describe('dataset quality', () => {
  it('has entries in every part', () => {
    expect(dataset.replies.length).toBeGreaterThanOrEqual(60);
    expect(dataset.statuses.length).toBeGreaterThanOrEqual(90);
    expect(dataset.providers.length).toBeGreaterThanOrEqual(2);
  });

  it('has no duplicate ids', () => {
    const seen = new Map<string, number>();
    for (const e of allEntries) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it('has no empty, placeholder or malformed fields', () => {
    const problems: string[] = [];
    for (const e of allEntries) {
      problems.push(...textProblems(e.id, e));
      if (!REASONS.includes(e.reason)) problems.push(`${e.id}: unknown reason ${e.reason}`);
      if (e.causes.length < 1) problems.push(`${e.id}: no causes`);
      if (e.senderSteps.length + e.adminSteps.length < 2) problems.push(`${e.id}: fewer than two steps`);
      if (e.references.length < 1) problems.push(`${e.id}: no references`);
      for (const [digit, override] of Object.entries(e.byClass ?? {})) {
        problems.push(...textProblems(`${e.id}[${digit}]`, override));
        // Overrides may go beyond the registered classes: servers send 4.1.1 and 5.4.1 although the registry lists 5.1.1 and 4.4.1 only.
        if (!['2', '4', '5'].includes(digit)) problems.push(`${e.id}: byClass ${digit} is not a class digit`);
        if (override.reason !== undefined && !REASONS.includes(override.reason)) problems.push(`${e.id}[${digit}]: unknown reason`);
      }
      // A reason variant is a whole card of its own: title, meaning, causes and steps for those words.
      for (const [reason, variant] of Object.entries(e.byReason ?? {})) {
        problems.push(...textProblems(`${e.id}{${reason}}`, variant));
        if (!REASONS.includes(reason as Reason)) problems.push(`${e.id}: byReason ${reason} is not a reason`);
        if (!variant.title || !variant.meaning || !variant.causes?.length) problems.push(`${e.id}{${reason}}: no title, meaning or causes`);
        if ((variant.senderSteps?.length ?? 0) + (variant.adminSteps?.length ?? 0) < 2) problems.push(`${e.id}{${reason}}: fewer than two steps`);
        for (const r of variant.references ?? []) if (!/^https:\/\//.test(r.url)) problems.push(`${e.id}{${reason}}: ${r.url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('cites only https references with titles', () => {
    const bad = allEntries.flatMap((e) =>
      e.references.filter((r) => !/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(?:[/?#]|$)/i.test(r.url) || r.title.trim().length < 3).map((r) => `${e.id}: ${r.url}`),
    );
    expect(bad).toEqual([]);
  });

  it('gives every provider entry at least one wording pattern and a code or token', () => {
    const bad = dataset.providers.flatMap((p) =>
      p.entries.filter((e) => e.match.length === 0 || !(e.reply || e.status || e.token)).map((e) => e.id),
    );
    expect(bad).toEqual([]);
  });

  it('keeps the registry codes well formed', () => {
    const bad = [
      ...dataset.replies.filter((e) => !/^[1-5]\d\d$/.test(e.reply ?? '')).map((e) => e.id),
      ...dataset.statuses.filter((e) => !/^(?:[245X])\.(?:X|\d{1,3})\.(?:X|\d{1,3})$/.test(e.status ?? '')).map((e) => e.id),
    ];
    expect(bad).toEqual([]);
  });
});

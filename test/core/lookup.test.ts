import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/core';
import { dataset } from '../../src/data';
import type { Dataset, Entry } from '../../src/data/schema';

const base = {
  meaning: 'm', details: 'd', causes: ['c'], senderSteps: ['s'], adminSteps: ['a'], retry: 'no' as const,
  retryAdvice: 'r', party: 'sender' as const, reputation: 'none' as const, references: [] as Entry['references'],
};
const mini: Dataset = {
  replies: [{ ...base, id: 'reply-550', kind: 'basic', authority: 'RFC 5321', reply: '550', title: 'Mailbox unavailable', reason: 'userunknown', permanence: 'permanent' } as Entry],
  statuses: [
    { ...base, id: 'status-X.7.26', kind: 'enhanced', authority: 'IANA', status: 'X.7.26', title: 'Multiple authentication checks failed', reason: 'authfailure', permanence: 'permanent', byClass: { '4': { title: 'Authentication checks failed (temporary)' } } } as Entry,
    { ...base, id: 'status-X.7.X', kind: 'enhanced-subject', authority: 'IANA', status: 'X.7.X', title: 'Security or policy status', reason: 'securityerror', permanence: 'permanent' } as Entry,
  ],
  providers: [{
    id: 'examplemail', name: 'Example Mail', covers: [], signatures: [/examplemail/i],
    entries: [{ ...base, id: 'examplemail-tss09', kind: 'provider', authority: 'Example', token: 'TSS09', reply: '421', status: '4.7.0', title: 'Deferred', reason: 'blocked', permanence: 'transient', match: [/TSS09/] },
      { ...base, id: 'examplemail-550-5.7.26', kind: 'provider', authority: 'Example', reply: '550', status: '5.7.26', title: 'Example DMARC', reason: 'authfailure', permanence: 'permanent', match: [/dmarc/i] }],
  }],
};

describe('lookup ordering (controlled dataset)', () => {
  it('550 5.7.26: status entry, then reply entry, then provider variants', () => {
    expect(lookup('550 5.7.26', mini).map((e) => e.id)).toEqual(['status-X.7.26', 'reply-550', 'examplemail-550-5.7.26']);
  });
  it('resolves X.* entries for the class digit of the query', () => {
    const [e] = lookup('4.7.26', mini);
    expect(e).toMatchObject({ id: 'status-X.7.26', code: '4.7.26', title: 'Authentication checks failed (temporary)', permanence: 'transient' });
    expect(lookup('5.7.99', mini)[0]).toMatchObject({ id: 'status-X.7.X', code: '5.7.99' });
  });
  it('tokens first, words, garbage', () => {
    expect(lookup('TSS09', mini)[0]).toMatchObject({ id: 'examplemail-tss09', provider: 'Example Mail' });
    expect(lookup('[TSS09]', mini)[0]!.id).toBe('examplemail-tss09');
    expect(lookup('authentication', mini).map((e) => e.id)).toContain('status-X.7.26');
    expect(lookup('', mini)).toEqual([]);
    expect(lookup('   ', mini)).toEqual([]);
    expect(lookup('qwzx', mini)).toEqual([]);
  });
});

describe('lookup on the real dataset (only what exists)', () => {
  const hasStatus = dataset.statuses.some((e) => e.status === 'X.7.26');
  const hasReply = dataset.replies.some((e) => e.reply === '550');
  it.skipIf(!hasStatus || !hasReply)('550 5.7.26 gives the 5.7.26 status entry before the 550 entry', () => {
    const ids = lookup('550 5.7.26').map((e) => e.id);
    const s = ids.findIndex((id) => dataset.statuses.find((e) => e.id === id)?.status === 'X.7.26');
    const r = ids.findIndex((id) => dataset.replies.find((e) => e.id === id)?.reply === '550');
    expect(s).toBeGreaterThanOrEqual(0);
    expect(r).toBeGreaterThan(s);
  });
  it('token queries never throw', () => {
    expect(() => lookup('TSS04')).not.toThrow();
    expect(() => lookup('AS(201806281)')).not.toThrow();
    expect(() => lookup('zen.spamhaus.org')).not.toThrow();
  });
});

describe('word queries', () => {
  it('put the standard entry for what the words mean before any provider variant', () => {
    const ids = lookup('user unknown').map((e) => e.id);
    expect(ids[0]).toBe('status-X.1.1');
    const full = lookup('mailbox full').map((e) => e.id);
    expect(full.slice(0, 2)).toEqual(expect.arrayContaining(['status-X.2.2']));
    const firstProvider = lookup('mailbox full').findIndex((e) => e.kind === 'provider');
    expect(full.indexOf('status-X.2.2')).toBeLessThan(firstProvider);
  });
  it('list at most three entries of one provider', () => {
    const counts = new Map<string, number>();
    for (const e of lookup('spam')) if (e.provider) counts.set(e.provider, (counts.get(e.provider) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(3);
  });
  it('match words from their start, not inside other words', () => {
    // "script" is inside "description" and "subscription"; only entries that use the word itself match.
    for (const e of lookup('script')) {
      const text = [e.title, e.meaning, e.details, ...e.causes].join(' ').toLowerCase();
      expect(text, e.id).toMatch(/(?<![a-z0-9])script/);
    }
  });
});

// The popup's decision: a code goes to lookup, a pasted message to analyze, and empty, unknown or garbage
// input gets its own answer. Runs on the real engine and dataset.
import { describe, expect, it } from 'vitest';
import { answer, looksLikeMessage } from '../../src/popup/query';

const PASTED_BOUNCE = [
  'This is the mail system at host mail.example.com.',
  '',
  "I'm sorry to have to inform you that your message could not",
  'be delivered to one or more recipients.',
  '',
  '<someone@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.1',
  '    <someone@example.net>: Recipient address rejected: User unknown in local',
  '    recipient table (in reply to RCPT TO command)',
].join('\n');

describe('looksLikeMessage', () => {
  it('tells codes from messages', () => {
    expect(looksLikeMessage('550 5.7.26')).toBe(false);
    expect(looksLikeMessage('TSS04')).toBe(false);
    expect(looksLikeMessage(PASTED_BOUNCE)).toBe(true);
  });
});

describe('answer', () => {
  it('is empty for blank input', async () => {
    expect(await answer('  \n ')).toEqual({ type: 'empty' });
  });

  it.each(['550', '5.1.1', '550 5.7.26', '4.7.650'])('looks up %s', async (code) => {
    const result = await answer(code);
    expect(result.type).toBe('entries');
    if (result.type !== 'entries') return;
    expect(result.entries.length).toBeGreaterThan(0);
    const last = code.split(' ').at(-1) ?? code;
    expect(result.entries.some((entry) => entry.code.split(/\s+/).includes(last))).toBe(true);
  });

  it('analyses a pasted bounce into findings', async () => {
    const result = await answer(PASTED_BOUNCE);
    expect(result.type).toBe('report');
    if (result.type !== 'report') return;
    expect(result.report.kind).toBe('bounce');
    expect(result.report.findings[0]?.status).toBe('5.1.1');
    expect(result.report.findings[0]?.recipient).toBe('someone@example.net');
  });

  it('says it does not know an unknown code, and that garbage holds no code', async () => {
    expect(await answer('5.9.999')).toMatchObject({ type: 'unknown', looksLikeCode: true });
    expect(await answer('banana smoothie recipe')).toMatchObject({ type: 'unknown', looksLikeCode: false });
    expect(await answer('%%%%')).toMatchObject({ type: 'unknown', looksLikeCode: false });
  });
});

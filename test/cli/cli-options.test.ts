// CLI options and output safety found by a new user's trial: --version, "--" before file names that look
// like options, an empty query, a JSON line for an input that cannot be read, terminal controls in --json,
// and codes typed with the punctuation of the sentence they were copied from.
import { describe, expect, it } from 'vitest';
import { main, jsonLine, type CliIo } from '../../src/cli/main';
import { lookup } from '../../src/core';
import { version } from '../../package.json';

function io(stdin = '', files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => stdin,
    readFile: async (p) => {
      if (p in files) return files[p]!;
      throw new Error('ENOENT: no such file or directory');
    },
  };
  return { cli, out, err };
}

const BOUNCE = '<ann@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)';

describe('bounce-lens options', () => {
  it('--version prints the package version', async () => {
    const { cli, out } = io();
    expect(await main(['--version'], cli)).toBe(0);
    expect(out).toEqual([`bounce-lens ${version}`]);
  });

  it('reads a file named like an option after "--"', async () => {
    const { cli, out, err } = io('', { '-notes.txt': BOUNCE });
    expect(await main(['explain', '--json', '--', '-notes.txt'], cli)).toBe(0);
    expect(err).toEqual([]);
    expect(JSON.parse(out[0]!)).toMatchObject({ file: '-notes.txt', kind: 'bounce', findings: [{ recipient: 'ann@example.com', status: '5.1.1' }] });
  });

  it('an empty lookup query is a usage error', async () => {
    const { cli, err } = io();
    expect(await main(['lookup', ''], cli)).toBe(2);
    expect(err[0]).toMatch(/^lookup needs a query/);
  });

  it('--json writes one line per input, an error object for one that cannot be read', async () => {
    const { cli, out } = io('', { 'ok.txt': BOUNCE });
    expect(await main(['explain', '--json', 'missing.txt', 'ok.txt'], cli)).toBe(2);
    expect(out).toHaveLength(2);
    expect(JSON.parse(out[0]!)).toEqual({ file: 'missing.txt', error: 'cannot read missing.txt: ENOENT: no such file or directory' });
    expect(JSON.parse(out[1]!).findings[0].recipient).toBe('ann@example.com');
  });

  it('--json escapes C1 controls and bidi overrides, and stays the same JSON', async () => {
    const hostile = BOUNCE.replace('User unknown', 'User \u202Eunknown \u009B31m');
    const { cli, out } = io(hostile);
    expect(await main(['explain', '--json', '-'], cli)).toBe(0);
    expect(out[0]).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
    expect(out[0]).toContain('\\u202e');
    expect(out[0]).toContain('\\u009b');
    expect(JSON.parse(out[0]!).findings[0].evidence).toContain('\u202Eunknown \u009B31m');
    expect(jsonLine({ a: 'x\u2028y' })).toBe('{"a":"x\\u2028y"}');
  });
});

describe('lookup of a code copied with punctuation', () => {
  it.each([
    ['5.7.26.', 'status-X.7.26'],
    ['5.1.1,', 'status-X.1.1'],
    ['(5.7.26)', 'status-X.7.26'],
    ['550.', 'reply-550'],
    ['"421"', 'reply-421'],
  ])('%s finds the code itself first', (query, id) => {
    expect(lookup(query)[0]?.id).toBe(id);
  });

  it('keeps a token its brackets belong to', () => {
    expect(lookup('[TSS04]')[0]?.id).toBe('yahoo-tss04');
    expect(lookup('AS(201806281)')[0]?.id).toBe('microsoft-365-550-5.4.1-dbeb');
  });

  it('word lookups drop entries that only mention the words in passing once enough name them', () => {
    const ids = lookup('mailbox full').map((e) => e.id);
    expect(ids.slice(0, 2)).toEqual(['reply-552', 'status-X.2.2']);
    expect(ids).not.toContain('reply-535');
  });
});

describe('bounce-lens explain keeps going', () => {
  it('an unknown short option is a usage error, "-" is standard input', async () => {
    const { cli, err } = io(BOUNCE);
    expect(await main(['explain', '-j', 'x.txt'], cli)).toBe(2);
    expect(err[0]).toMatch(/^Unknown option -j/);
    const ok = io(BOUNCE);
    expect(await main(['explain', '--json', '-'], ok.cli)).toBe(0);
  });
});

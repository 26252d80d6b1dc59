// @vitest-environment node
// The engine's shortcuts must give the answers of the plain code they replace:
//  - anyMatch / unionOf (src/core/union.ts): one alternation per list instead of one scan per pattern;
//  - stripOriginalMessageWithin (src/core/text.ts): the quoted copy looked for only as far as the analysis
//    reads.
// Each is checked against the plain form on made-up texts and on texts built from the engine's own
// wording (every pattern's literal parts), so that both matches and misses are exercised.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data';
import { reasonModules } from '../../src/core/reasons';
import { receivers } from '../../src/core/receivers';
import { systems } from '../../src/core/systems';
import { stripOriginalMessage, stripOriginalMessageWithin } from '../../src/core/text';
import { anyMatch, unionOf } from '../../src/core/union';

/** Every list of patterns the engine asks "does any match?" of. */
const LISTS: [string, RegExp[]][] = [
  ...Object.entries(reasonModules).map(([name, m]) => [`reason ${name}`, m.patterns] as [string, RegExp[]]),
  ...systems.flatMap((s) => [
    [`system ${s.id} signatures`, s.signatures] as [string, RegExp[]],
    [`system ${s.id} headers`, s.headers ?? []] as [string, RegExp[]],
    [`system ${s.id} failureNotice`, s.failureNotice ?? []] as [string, RegExp[]],
    ...(s.reasons ?? []).map(([reason, list]) => [`system ${s.id} reasons.${reason}`, list] as [string, RegExp[]]),
  ]),
  ...receivers.map((r) => [`receiver ${r.id} hosts`, r.hosts] as [string, RegExp[]]),
  ...dataset.providers.map((p) => [`provider ${p.id} signatures`, p.signatures] as [string, RegExp[]]),
].filter(([, list]) => list.length > 0);

/** The literal words of a pattern ("user unknown" from /user (?:unknown|...)/): text that makes it, or a
 *  neighbour of it, match. */
function wordsOf(re: RegExp): string[] {
  return re.source.replace(/\\[dswbDSWB]/g, ' ').split(/[^A-Za-z0-9 .@:;'-]+/).map((w) => w.trim()).filter((w) => w.length >= 3);
}

const SAMPLES = [
  '',
  'Delivery to the following recipient failed permanently:\n\n     user@example.com\n\nThe response was:\n550 5.1.1 The email account that you tried to reach does not exist.',
  'This is the mail system at host mx.example.net.\n\n<user@example.com>: host mx.example.com[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)',
  '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
  'Remote Server returned \'550 5.7.606 Access denied, banned sending IP [198.51.100.7]\'',
  'MAILBOX FULL\nUSER UNKNOWN\nspam detected',
];

describe('anyMatch and unionOf', () => {
  it('agree with asking each pattern in turn, on every list the engine uses', () => {
    const words = [...new Set(LISTS.flatMap(([, list]) => list.flatMap(wordsOf)))];
    const texts = [...SAMPLES, ...words, ...words.map((w) => w.toUpperCase()), words.join(' '), words.slice(0, 200).join('\n')];
    let matched = 0;
    for (const [where, list] of LISTS) {
      for (const text of texts) {
        const plain = list.some((re) => new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(text));
        if (anyMatch(list, text) !== plain) throw new Error(`${where} disagrees on ${JSON.stringify(text.slice(0, 80))}`);
        if (plain) matched++;
      }
    }
    // The texts must reach both answers, or the comparison proves nothing.
    expect(matched).toBeGreaterThan(LISTS.length);
  });

  it('agree on random text made of the engine wording', () => {
    const words = [...new Set(LISTS.flatMap(([, list]) => list.flatMap(wordsOf)))].slice(0, 400);
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '\n', '-', '.', '@', ':', '5.7.1', '550 '), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const [, list] of LISTS) expect(anyMatch(list, text)).toBe(list.some((re) => re.test(text)));
      }),
      { numRuns: 150 },
    );
  });

  it('join patterns per set of flags, keep case-sensitive ones apart, and follow a list that grew', () => {
    const list = [/user unknown/i, /ABC/, /no such user/i];
    const union = unionOf(list);
    expect(union.map((re) => re.flags).sort()).toEqual(['', 'i']);
    expect(anyMatch(list, 'USER UNKNOWN')).toBe(true);
    expect(anyMatch(list, 'abc')).toBe(false);
    expect(anyMatch(list, 'ABC')).toBe(true);
    list.push(/mailbox full/i);
    expect(anyMatch(list, 'Mailbox Full')).toBe(true);
  });

  it('drop the g flag, so that an answer never depends on the previous call', () => {
    const list = [/full/g, /unknown/g];
    expect(anyMatch(list, 'mailbox full')).toBe(true);
    expect(anyMatch(list, 'mailbox full')).toBe(true);
  });

  it('keep patterns that name the same group apart instead of failing', () => {
    const list = [/to (?<addr>a@example\.com)/, /for (?<addr>b@example\.net)/];
    expect(anyMatch(list, 'for b@example.net')).toBe(true);
    expect(anyMatch(list, 'to c@example.org')).toBe(false);
  });
});

describe('stripOriginalMessageWithin', () => {
  const WINDOW = 300;
  const marker = '------ This is a copy of the message, including all the headers. ------';
  const line = 'The mail system could not deliver the message to user@example.com.';

  it('gives the same first window of text as stripOriginalMessage wherever the marker starts', () => {
    for (let lines = 0; lines < 12; lines++) {
      for (const pad of ['', '  ', 'x'.repeat(37)]) {
        const text = [...Array.from({ length: lines }, () => line), pad + marker, 'Subject: hello', 'Return-Path: <a@example.com>', line].join('\n');
        const plain = stripOriginalMessage(text);
        const within = stripOriginalMessageWithin(text, WINDOW);
        if (plain.length <= WINDOW) expect(within).toBe(plain);
        else {
          expect(within.length).toBeGreaterThan(WINDOW);
          expect(within.slice(0, WINDOW)).toBe(plain.slice(0, WINDOW));
        }
      }
    }
  });

  it('sees a marker line that starts inside the window and ends past it', () => {
    const text = `${'a'.repeat(WINDOW - 5)}\n${marker}\n${line}`;
    expect(stripOriginalMessageWithin(text, WINDOW)).toBe(stripOriginalMessage(text));
    // The copy starts on the line after the a-run and its line break.
    expect(stripOriginalMessageWithin(text, WINDOW).length).toBe(WINDOW - 4);
  });

  it('returns the text itself when no marker starts inside the window', () => {
    const text = `${`${line}\n`.repeat(20)}${marker}\n${line}`;
    expect(stripOriginalMessageWithin(text, WINDOW)).toBe(text);
    expect(stripOriginalMessage(text).length).toBeGreaterThan(WINDOW);
  });
});

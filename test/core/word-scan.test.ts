// @vitest-environment node
// The shortcuts of src/core/word-scan.ts and squashHead (src/core/text.ts) must give the answers of the
// plain code they replace:
//  - WordScan: the words of a set that occur in a text, as `text.includes(word)` for each;
//  - GateSet: "may this pattern match?" as each pattern's own gate (mayMatch), never "no" where it matches;
//  - ListIndex: "does any pattern of this list match?" as anyMatch, list by list, on one text;
//  - squashHead: squash(text).slice(0, max).
// Checked on the engine's own lists with texts built from their wording (matches and misses both), and on
// random texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data';
import { receivers } from '../../src/core/receivers';
import { systems } from '../../src/core/systems';
import { squash, squashHead } from '../../src/core/text';
import { anyMatch, mayMatch, neededWords } from '../../src/core/union';
import { GateSet, ListIndex, WordScan } from '../../src/core/word-scan';

const LISTS: RegExp[][] = [
  ...dataset.providers.map((p) => p.signatures),
  ...systems.map((s) => s.signatures),
  ...systems.map((s) => s.failureNotice ?? []),
  ...receivers.map((r) => r.hosts),
];
const LAYOUTS = systems.flatMap((s) => s.recipientAnchors);

/** The literal words of a pattern: text that makes it, or a neighbour of it, match. */
function wordsOf(re: RegExp): string[] {
  return re.source.replace(/\\[dswbDSWB]/g, ' ').split(/[^A-Za-z0-9 .@:;'-]+/).map((w) => w.trim()).filter((w) => w.length >= 3);
}

const WORDS = [...new Set([...LISTS.flat(), ...LAYOUTS].flatMap(wordsOf))];
const TEXTS = [
  '',
  'ab',
  'Delivery to the following recipient failed permanently:\n\n     user@example.com\n\nThe response was:\n550 5.1.1 The email account that you tried to reach does not exist. gsmtp',
  '<user@example.com>: host mx.example.com[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)',
  "Remote Server returned '550 5.7.606 Access denied, banned sending IP [198.51.100.7]' protection.outlook.com",
  ...WORDS,
  ...WORDS.map((w) => w.toUpperCase()),
  WORDS.join(' '),
  WORDS.slice(0, 200).join('\n'),
];

describe('WordScan', () => {
  it('finds exactly the words the text contains, overlapping and nested ones included', () => {
    const words = ['postmaster.', 'postmaster.yahoo', 'aster', '.yahoo.com', 'yahoo', 'abc', 'abcabc'];
    const scan = new WordScan(words);
    for (const text of ['postmaster.yahoo.com', 'abcabcabc', 'xpostmaster', 'ab', '', 'ABC', 'yahoo.co']) {
      expect([...scan.found(text)].sort()).toEqual(words.filter((w) => text.includes(w)).sort());
    }
  });

  it('agrees with includes on random texts made of the words', () => {
    const words = WORDS.map((w) => w.toLowerCase()).slice(0, 300);
    const scan = new WordScan(words);
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '\n', '.', '@', ':'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const found = scan.found(text);
        for (const w of words) expect(found.has(w)).toBe(text.includes(w));
      }),
      { numRuns: 200 },
    );
  });
});

describe('GateSet and ListIndex', () => {
  it('never rule out a layout pattern that matches, and rule out as its own gate does', () => {
    const gates = new GateSet(LAYOUTS);
    for (const text of TEXTS) {
      const may = gates.about(text);
      LAYOUTS.forEach((re, at) => {
        const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
        if (plain.test(text)) expect(may(at)).toBe(true);
        // mayMatch's gate may have been switched off as letting most texts through; its words decide here.
        const words = neededWords(re);
        if (words) expect(may(at)).toBe(words.some((w) => text.toLowerCase().includes(w)));
        else expect(may(at)).toBe(true);
        if (!may(at)) expect(mayMatch(re, text) && plain.test(text)).toBe(false);
      });
    }
  });

  it('answer as anyMatch for every list the engine asks about one text', () => {
    const index = new ListIndex(LISTS);
    let matched = 0;
    for (const text of TEXTS) {
      const answer = index.about(text);
      LISTS.forEach((list, at) => {
        const plain = list.some((re) => new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(text));
        expect(answer(at)).toBe(plain);
        expect(anyMatch(list, text)).toBe(plain);
        if (plain) matched++;
      });
    }
    // The texts must reach both answers, or the comparison proves nothing.
    expect(matched).toBeGreaterThan(LISTS.length);
  });
});

describe('squashHead', () => {
  it('is the head of the squashed text, whatever whitespace stands where the head is cut', () => {
    const piece = fc.oneof(fc.constantFrom(' ', '\n', '\t', '   \n\n  ', ' '.repeat(40), '\u00a0', 'word', 'x'), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (parts, max) => {
        const text = parts.join('');
        expect(squashHead(text, max)).toBe(squash(text).slice(0, max));
      }),
      { numRuns: 500 },
    );
  });
});

// @vitest-environment node
// Literal gates (src/core/union.ts): a pattern is skipped when none of the words every match of it holds is
// in the text. A gate may only ever say "cannot match" where the pattern indeed does not match: checked on
// every pattern the engine runs over message text, against made-up texts and texts built from the engine's
// own wording in every case (so that patterns match, and gates are asked, often).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data';
import { reasonModules } from '../../src/core/reasons';
import { receivers } from '../../src/core/receivers';
import { systems } from '../../src/core/systems';
import { gatedExec, gatedTest, mayMatch, neededWords } from '../../src/core/union';

const PATTERNS: RegExp[] = [
  ...Object.values(reasonModules).flatMap((m) => m.patterns),
  ...systems.flatMap((s) => [...s.signatures, ...s.recipientAnchors, ...(s.headers ?? []), ...(s.failureNotice ?? []), ...(s.reasons ?? []).flatMap(([, l]) => l)]),
  ...receivers.flatMap((r) => r.hosts),
  ...dataset.providers.flatMap((p) => [...p.signatures, ...p.entries.flatMap((e) => e.match)]),
];

/** The literal words of a pattern, for texts that make it match. */
function wordsOf(re: RegExp): string[] {
  return re.source.replace(/\\[dswbDSWB]/g, ' ').split(/[^A-Za-z0-9 .@:;'-]+/).map((w) => w.trim()).filter((w) => w.length >= 3);
}

const MAILDIR = path.resolve(__dirname, '../../../shared/corpus/sisimai/maildir');
const corpusTexts = existsSync(MAILDIR)
  ? readdirSync(MAILDIR).flatMap((dir) => readdirSync(path.join(MAILDIR, dir)).filter((f) => f.endsWith('.eml')).slice(0, 60).map((f) => readFileSync(path.join(MAILDIR, dir, f), 'latin1')))
  : [];

const plainTest = (re: RegExp, text: string) => new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(text);

describe('literal gates', () => {
  it('never rule out a text that a pattern matches', () => {
    const words = [...new Set(PATTERNS.flatMap(wordsOf))];
    const mixed = (w: string) => [...w].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('');
    const texts = [...corpusTexts, ...words, ...words.map((w) => w.toUpperCase()), ...words.map(mixed), words.join(' '), words.join('\n')];
    let matched = 0;
    let ruledOut = 0;
    for (const re of PATTERNS) {
      for (const text of texts) {
        const matches = plainTest(re, text);
        const may = mayMatch(re, text);
        if (matches && !may) throw new Error(`/${re.source}/${re.flags} ruled out ${JSON.stringify(text.slice(0, 80))}`);
        if (matches) matched++;
        if (!may) ruledOut++;
      }
    }
    // Both answers must occur, or the check proves nothing.
    expect(matched).toBeGreaterThan(PATTERNS.length);
    expect(ruledOut).toBeGreaterThan(PATTERNS.length);
  });

  it('never rule out random text made of the engine wording that a pattern matches', () => {
    const words = [...new Set(PATTERNS.flatMap(wordsOf))].slice(0, 500);
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(' ', '\n', '-', '.', '@', ':', '5.7.1', '550 ', 'İ', 'K'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const re of PATTERNS) if (plainTest(re, text)) expect(mayMatch(re, text)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('read the words every match needs, and none where a part is optional or unknown', () => {
    expect(neededWords(/The response was:/i)).toEqual(['the response was:']);
    expect(neededWords(/(?:wasn't|was not) (?:yet )?delivered to <?(?<addr>x@y)/gi)).toEqual(['delivered to ']);
    expect(neededWords(/\bIP=\d{1,3}\b[^\n]{0,300}\((?:BL|RBL)\)/)).toEqual(['ip=']);
    expect(neededWords(/(?:\.yahoodns\.net\b)|(?:\bYahoo requires\b)/i)).toEqual(['.yahoodns.net', 'yahoo requires']);
    expect(neededWords(/mailbox(?: is)? full/i)).toEqual(['mailbox']);
    // An alternative without words, an optional part, a class alone, a lookaround: no gate.
    expect(neededWords(/user unknown|\d{3}/)).toBeNull();
    expect(neededWords(/(?:user unknown)?/)).toBeNull();
    expect(neededWords(/[a-z]{4,}/)).toBeNull();
    expect(neededWords(/(?=user unknown)/)).toBeNull();
    // Too short to rule anything out; the u flag folds case differently.
    expect(neededWords(/\bIB\d{3}\b/)).toBeNull();
    expect(neededWords(/user unknown/u)).toBeNull();
    // A non-ASCII letter may fold to another under i: it ends a word.
    expect(neededWords(/Zustellung fehlgeschlagen für/i)).toEqual(['zustellung fehlgeschlagen f']);
  });

  it('answer as the pattern does', () => {
    expect(gatedTest(/mailbox full/i, 'MAILBOX FULL')).toBe(true);
    expect(gatedTest(/mailbox full/i, 'nothing here')).toBe(false);
    expect(gatedExec(/host (\S+) said/i, 'Host mx.example.com said: 550')?.[1]).toBe('mx.example.com');
    expect(gatedExec(/host (\S+) said/i, 'no host named')).toBeNull();
  });

  it('give the same answers after a gate that lets most texts through is no longer asked', () => {
    const re = /mail(?:box)? (?:is )?full/i;
    for (let i = 0; i < 200; i++) {
      expect(gatedTest(re, `mail ${i} mailbox full`)).toBe(true);
      expect(gatedTest(re, `mail ${i}`)).toBe(false);
    }
    expect(gatedTest(re, 'no words')).toBe(false);
  });
});

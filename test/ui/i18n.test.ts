// @vitest-environment node
// Languages: every interface string goes through the i18n catalogue. Checks that the catalogue has every
// key the code asks for (and no stale ones), that manifest placeholders resolve, that translations keep the
// English keys and placeholders, that the wrapper prefers the browser's API and falls back to English, and
// (a heuristic scan) that no English sentence is written straight into the interface code.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatEntry, t, tNodes } from '../../src/ui/i18n';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES = path.join(ROOT, 'public/_locales');

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Catalogue = Record<string, Entry>;

const readCatalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8')) as Catalogue;
const english = readCatalogue('en');
const locales = readdirSync(LOCALES).filter((name) => statSync(path.join(LOCALES, name)).isDirectory());

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => pattern.test(file) && statSync(file).isFile());
}

const SOURCES = filesUnder(path.join(ROOT, 'src'), /\.(?:ts|tsx|html)$/);
const sourceText = SOURCES.map((file) => readFileSync(file, 'utf8')).join('\n');
const manifestText = readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');

/** Keys the code asks for by name: t('x'), tNodes('x'), getMessage('x'), and __MSG_x__ in the manifest. */
function keysUsed(): Set<string> {
  const keys = new Set<string>();
  for (const match of sourceText.matchAll(/\b(?:t|tNodes|getMessage)\(\s{0,3}['"`]([\w@]{1,80})['"`]/g)) keys.add(match[1] as string);
  for (const match of manifestText.matchAll(/__MSG_(\w{1,80})__/g)) keys.add(match[1] as string);
  return keys;
}

describe('the English catalogue', () => {
  it('has every key the code and the manifest ask for', () => {
    const used = keysUsed();
    // The scan must see the interface: dozens of keys, not a handful.
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !(key in english) && !key.startsWith('@@'))).toEqual([]);
  });

  it('has no key that nothing uses (maps name their keys as quoted literals)', () => {
    const unused = Object.keys(english).filter((key) => !sourceText.includes(`'${key}'`) && !manifestText.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it('uses keys the browsers accept and declares the placeholders its messages use', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim()).not.toBe('');
      const named = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) => (match[1] as string).toLowerCase());
      expect(named.sort()).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it('names the extension as package.json does', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; description: string };
    expect(english.extName?.message).toBe('Bounce Lens');
    expect(english.extName?.message.toLowerCase().replace(/ /g, '-')).toBe(pkg.name);
    expect(english.extDescription?.message).toBe(pkg.description);
    const manifest = JSON.parse(manifestText) as { name: string; description: string; default_locale: string };
    expect(manifest).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
  });
});

describe.each(locales.filter((locale) => locale !== 'en'))('the %s catalogue', (locale) => {
  const catalogue = readCatalogue(locale);
  it('translates exactly the English keys, keeping their placeholders', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(Object.keys(english[key]?.placeholders ?? {}).sort());
      expect(entry.message.trim(), key).not.toBe('');
    }
    expect(catalogue.locale_code?.message).toBe(locale.replace('_', '-'));
  });
});

describe('t', () => {
  const scope = globalThis as { chrome?: unknown };
  afterEach(() => {
    delete scope.chrome;
  });

  it('falls back to the English catalogue outside the browser, filling placeholders', () => {
    expect(t('card_close_label')).toBe('Close the Bounce Lens card');
    expect(t('popup_unknown_code', ['5.9.999'])).toMatch(/^Bounce Lens has no entry for “5\.9\.999”\./);
    expect(t('headline_no_code', ['Your message was not delivered'])).toBe(
      'Your message was not delivered. The message names no code Bounce Lens could read.',
    );
  });

  it('asks the browser first, and uses English when the browser has no message', () => {
    const asked: [string, string[] | undefined][] = [];
    scope.chrome = {
      i18n: {
        getMessage(key: string, substitutions?: string[]) {
          asked.push([key, substitutions]);
          return key === 'card_close_label' ? 'Bounce-Lens-Karte schließen' : '';
        },
      },
    };
    expect(t('card_close_label')).toBe('Bounce-Lens-Karte schließen');
    expect(t('card_recipient', ['a@example.net'])).toBe('to a@example.net');
    expect(asked).toEqual([
      ['card_close_label', []],
      ['card_recipient', ['a@example.net']],
    ]);
  });

  it('formats like getMessage: named placeholders, numbered ones, $$', () => {
    const entry = { message: 'Pay $AMOUNT$ to $1 ($$)', placeholders: { amount: { content: '$2' } } };
    expect(formatEntry(entry, ['Ann', '5 EUR'])).toBe('Pay 5 EUR to Ann ($)');
  });

  it('places elements where the translation puts them', () => {
    const strong = h('strong', null, 'x@example.net');
    expect(tNodes('card_recipient', [strong])).toEqual(['to ', strong]);
    const codes = ['550', '5.1.1', '550 5.7.26', 'TSS04'].map((code) => h('code', null, code));
    const parts = tNodes('popup_hint', codes);
    expect(parts.filter((part) => typeof part !== 'string')).toEqual(codes);
    expect(parts[0]).toBe('Type a code such as ');
  });
});

/** Interface code: components and pages. Dataset text and the engine are English by design. */
const UI_FILES = [
  ...filesUnder(path.join(ROOT, 'src/ui'), /\.tsx?$/),
  ...filesUnder(path.join(ROOT, 'src/popup'), /\.tsx?$/),
  ...filesUnder(path.join(ROOT, 'src/options'), /\.tsx?$/),
];

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

/** English words a reader would see, written as JSX text, as a readable attribute, or as a sentence literal. */
function englishIn(code: string): string[] {
  const found: string[] = [];
  // JSX text: prose between a tag's end and the next tag (not an arrow's `=>` before a generic type).
  for (const match of code.matchAll(/(?<![=-])>([^<>{}]{0,400})</g)) {
    const text = (match[1] as string).trim();
    if (/^[A-Za-z][A-Za-z\s,.!?'’-]*$/.test(text) && /[A-Za-z]{2,}/.test(text)) found.push(text);
  }
  // Attributes people read: aria-label, title, placeholder, alt, given as a literal.
  for (const match of code.matchAll(/\b(?:aria-label|title|placeholder|alt)=["']([^"']{0,200})["']/g)) {
    if (/[A-Za-z]{2,}/.test(match[1] as string)) found.push(match[0]);
  }
  // String literals that read like a sentence: a capital, then at least two more words.
  for (const match of code.matchAll(/(['"`])([A-Z][a-z’']{0,20}(?: [A-Za-z’',]{1,20}){2,}[^'"`\n]{0,200})\1/g)) {
    found.push(match[2] as string);
  }
  return found;
}

describe('no English sentence written straight into the interface', () => {
  it('scans the interface files', () => {
    expect(UI_FILES.map((file) => path.relative(ROOT, file))).toEqual(
      expect.arrayContaining(['src/ui/Card.tsx', 'src/popup/main.tsx', 'src/options/main.tsx', 'src/ui/labels.ts']),
    );
  });

  it('finds English text in a component written without the catalogue', () => {
    const sample = [
      '<summary>For admins</summary>',
      '<button aria-label="Close the card">×</button>',
      "const title = entry ? entry.title : 'A reply Bounce Lens has no entry for';",
      '<h4 class="bl-h">{t(\'heading_references\')}</h4>',
      'const x = (a: number): Promise<void> => run<Foo>(a);',
    ].join('\n');
    expect(englishIn(sample)).toEqual(['For admins', 'aria-label="Close the card"', 'Close the card', 'A reply Bounce Lens has no entry for']);
  });

  it.each(UI_FILES.map((file) => [path.relative(ROOT, file), file]))('%s', (_name, file) => {
    expect(englishIn(withoutComments(readFileSync(file, 'utf8')))).toEqual([]);
  });
});

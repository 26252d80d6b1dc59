// The words of the reply codes and statuses, apart from what the engine decides with. The content script
// carries every reply and status entry without its words (the engine reads codes, classes, reason,
// retry, party, reputation and permanence while deciding, and copies the words into the report only once
// it has picked an entry: resolveEntry in src/core/resolve.ts). The words are split into a few chunks,
// replies by their first digit and statuses by their subject, generated at build time like the provider
// index (scripts/vite-plugins.mjs through scripts/provider-index-source.ts): a bounce loads the words of
// the entries its report uses and no others. src/content/lazy-dataset.ts puts them back by entry id.
// Plain data functions: data never imports core.
import type { Entry, EntryText } from './schema';

/** The fields of an entry that are words for people: the engine never reads them while deciding. */
export const WORD_FIELDS = ['authority', 'title', 'meaning', 'details', 'causes', 'senderSteps', 'adminSteps', 'retryAdvice', 'references'] as const;
export type WordField = (typeof WORD_FIELDS)[number];

type ClassDigit = '2' | '4' | '5';
type ClassWords = Partial<Pick<EntryText, Extract<WordField, keyof EntryText>>>;

/** An entry without its words: everything else is kept, so a field the engine starts reading tomorrow
 *  is in the index without anyone having to remember it. Class overrides keep their non-word fields. */
export type Matcher<T extends Entry = Entry> = Omit<T, WordField>;

/** One entry's words, with the words of its class overrides and of its reason variants. */
export type Words = Pick<Entry, WordField> & { byClass?: Partial<Record<ClassDigit, ClassWords>>; byReason?: Record<string, ClassWords> };

/** The override maps of an entry, each split into matcher and words like the entry itself. */
const OVERRIDES = ['byClass', 'byReason'] as const;
type Overrides = Partial<Record<(typeof OVERRIDES)[number], Record<string, object | undefined>>>;

const WORDS: ReadonlySet<string> = new Set(WORD_FIELDS);

function pick(value: object, words: boolean): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key, v]) => WORDS.has(key) === words && v !== undefined));
}

/** The entry without its words (class overrides without theirs). */
export function matcherOf<T extends Entry>(entry: T): Matcher<T> {
  const out = pick(entry, false) as Matcher<T> & Overrides;
  for (const key of OVERRIDES) {
    const map = (entry as Overrides)[key];
    if (map) out[key] = Object.fromEntries(Object.entries(map).map(([k, over]) => [k, pick(over ?? {}, false)]));
  }
  return out;
}

/** The entry's words (and its class overrides' words, for the classes that have some). */
export function wordsOf(entry: Entry): Words {
  const out = pick(entry, true) as Words & Overrides;
  for (const key of OVERRIDES) {
    const map = (entry as Overrides)[key];
    if (!map) continue;
    const words = Object.entries(map)
      .map(([k, over]) => [k, pick(over ?? {}, true)] as const)
      .filter(([, w]) => Object.keys(w).length > 0);
    if (words.length > 0) out[key] = Object.fromEntries(words);
  }
  return out;
}

/** The entry again: its matcher with its words put back. */
export function withWords<T extends Entry>(matcher: Matcher<T>, words: Words): T {
  const entry = { ...matcher, ...words } as unknown as T & Overrides;
  for (const key of OVERRIDES) {
    const left = (matcher as Overrides)[key];
    const right = (words as Overrides)[key];
    if (!left && !right) continue;
    const keys = new Set([...Object.keys(left ?? {}), ...Object.keys(right ?? {})]);
    entry[key] = Object.fromEntries([...keys].map((k) => [k, { ...left?.[k], ...right?.[k] }]));
  }
  return entry;
}

/** Empty words, for the engine's first pass: it decides without them. */
export const NO_WORDS: Readonly<Pick<Entry, WordField>> = Object.freeze({
  authority: '', title: '', meaning: '', details: '', retryAdvice: '',
  causes: Object.freeze([]) as unknown as string[], senderSteps: Object.freeze([]) as unknown as string[],
  adminSteps: Object.freeze([]) as unknown as string[], references: Object.freeze([]) as unknown as Entry['references'],
});

/** A matcher the engine can run with: its words empty. */
export function withNoWords<T extends Entry>(matcher: Matcher<T>): T {
  return { ...NO_WORDS, ...matcher } as unknown as T;
}

/** The word chunk an entry's words live in: replies by first digit ("reply-5"), statuses by subject
 *  ("status-7"; the three class entries "2.X.X", "4.X.X", "5.X.X" in "status-X"). A few chunks of a
 *  few KB each: a bounce's report names one or two of them per recipient. */
export function wordChunkOf(entry: Pick<Entry, 'id' | 'reply' | 'status'>): string {
  if (entry.status) return `status-${(entry.status.split('.')[1] ?? 'X').replace(/[^\w]/g, '').toUpperCase() || 'X'}`;
  if (entry.reply) return `reply-${entry.reply[0]}`;
  return 'other';
}

/** Words by chunk, then by entry id. */
export function wordChunks(entries: readonly Entry[]): Map<string, Record<string, Words>> {
  const chunks = new Map<string, Record<string, Words>>();
  for (const entry of entries) {
    const key = wordChunkOf(entry);
    let chunk = chunks.get(key);
    if (!chunk) chunks.set(key, (chunk = {}));
    if (entry.id in chunk) throw new Error(`entry id "${entry.id}" appears twice`);
    chunk[entry.id] = wordsOf(entry);
  }
  return chunks;
}

/** JavaScript source of a word chunk module: JSON.parse of one string (V8 parses JSON faster than the
 *  same object written as a literal, and the chunk is parsed on the reader's first bounce). */
export function serializeWordChunk(words: Record<string, Words>): string {
  return `export const words = JSON.parse(${JSON.stringify(JSON.stringify(words))});\n`;
}

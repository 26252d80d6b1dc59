// Many patterns asked about one text (the provider files' signatures, the sending systems' signatures,
// the recipient layouts). Each pattern's literal gate (src/core/union.ts) scans the text once for its
// words; asked pattern by pattern, that is one scan per pattern and made these questions a large part of
// a bounce's cost. Here the gate words of every pattern of a fixed set are found in one scan, and each
// gate is then answered from that: the same answer as the pattern's own gate ("cannot match" only when
// none of its words is in the text), so the same answer as running the pattern.
import { lowerOf, neededWords, unionOf } from './union';

/** Word starts are looked up by their first three characters, hashed into a table of this size: a few
 *  hundred words leave it mostly empty (few false hits), and it stays small (about 70 KB per scan). */
const TABLE_SIZE = 1 << 13;
const hash3 = (a: number, b: number, c: number): number => (((a * 31 + b) * 31 + c) & (TABLE_SIZE - 1));

/** Which of a fixed set of words (each at least three characters long) occur in a text, in one pass. */
export class WordScan {
  /** The words by the hash of their first three characters, and which hashes have any. */
  private readonly buckets: (string[] | undefined)[] = new Array(TABLE_SIZE);
  private readonly used = new Uint8Array(TABLE_SIZE);

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (w.length < 3) throw new Error(`gate word too short: ${JSON.stringify(w)}`);
      const h = hash3(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2));
      (this.buckets[h] ??= []).push(w);
      this.used[h] = 1;
    }
  }

  /** The words that occur in the text: at each position, the words whose first three characters hash as
   *  the text's there are compared in full. */
  found(text: string): Set<string> {
    const out = new Set<string>();
    const { buckets, used } = this;
    const starts = text.length - 2;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 0; i < starts; i++) {
      const c = text.charCodeAt(i + 2);
      const h = hash3(a, b, c);
      // The byte table is cheaper to read than the (mostly empty) bucket array.
      if (used[h] !== 0) for (const w of buckets[h]!) if (text.startsWith(w, i)) out.add(w);
      a = b;
      b = c;
    }
    return out;
  }
}

/** The words of several gate sets asked about the same text in turn, found in one scan: the text's words
 *  are kept until another text is asked about or the analysis ends (forget). */
export class SharedScan {
  private readonly words = new Set<string>();
  private scan: WordScan | undefined;
  private last: { text: string; found: Set<string> } | undefined;

  include(words: Iterable<string>): void {
    for (const w of words) {
      if (this.words.has(w)) continue;
      this.words.add(w);
      this.scan = undefined;
      this.last = undefined;
    }
  }

  found(text: string): Set<string> {
    if (this.last?.text === text) return this.last.found;
    const found = (this.scan ??= new WordScan(this.words)).found(lowerOf(text));
    this.last = { text, found };
    return found;
  }

  /** Called when an analysis starts: nothing found for one message is reused for the next. */
  forget(): void {
    this.last = undefined;
  }
}

/** The analysis text is asked about by the recipient layouts (findAnchors), then its head (the same
 *  string for all but long texts) by the systems' signatures (writersOf): one scan serves both. */
export const analysisTextScan = new SharedScan();

/** The gates of a fixed list of patterns, answered for one text at a time from one scan of their words
 *  (their own, or a shared one's). */
export class GateSet {
  /** Each pattern's words (lower case), or null when it has none (it may always match). */
  private readonly words: (string[] | null)[];
  private scan: WordScan | undefined;

  constructor(patterns: readonly RegExp[], private readonly shared?: SharedScan) {
    this.words = patterns.map(neededWords);
    shared?.include(this.words.flatMap((w) => w ?? []));
  }

  /** For one text: false only when the pattern at `at` cannot match it. The words are found on the first
   *  question that needs them. */
  about(text: string): (at: number) => boolean {
    let found: Set<string> | undefined;
    return (at) => {
      const words = this.words[at];
      if (!words) return true;
      found ??= this.shared ? this.shared.found(text) : (this.scan ??= new WordScan(this.words.flatMap((w) => w ?? []))).found(lowerOf(text));
      return words.some((w) => found!.has(w));
    };
  }
}

/** Fixed pattern lists, each joined into alternations (as anyMatch joins them), gated together. */
export class ListIndex {
  /** For each list, the positions of its alternations in `alternations`. */
  private readonly lists: number[][] = [];
  private readonly alternations: RegExp[] = [];
  private readonly gates: GateSet;

  constructor(lists: readonly (readonly RegExp[])[], scan?: SharedScan) {
    for (const list of lists) {
      const at: number[] = [];
      for (const re of unionOf(list)) at.push(this.alternations.push(re) - 1);
      this.lists.push(at);
    }
    this.gates = new GateSet(this.alternations, scan);
  }

  /** For one text: whether any pattern of the list at `listAt` matches it, as
   *  `list.some((re) => re.test(text))` for patterns without the g or y flag. */
  about(text: string): (listAt: number) => boolean {
    const may = this.gates.about(text);
    return (listAt) => this.lists[listAt]!.some((at) => may(at) && this.alternations[at]!.test(text));
  }
}

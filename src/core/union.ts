// "Does any of these patterns match?" asked as one scan. The engine keeps its wording as lists of small
// patterns (one per family, easy to read and to test); asking each in turn scans the text once per
// pattern, which made pattern lists the largest cost of a bounce. Joined into one alternation per set of
// flags, the answer is the same and the text is read once.

/** The patterns joined into one alternation per set of flags. Each alternative is linear and none refers
 *  to a group by number or name, so the union is linear and matches exactly where one of them does.
 *  Stateful flags (g, y) are dropped: a yes/no test must not depend on an earlier call. */
export function unionOf(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, RegExp[]>();
  for (const re of patterns) {
    const flags = re.flags.replace(/[gy]/g, '');
    const group = byFlags.get(flags) ?? [];
    group.push(re);
    byFlags.set(flags, group);
  }
  const out: RegExp[] = [];
  for (const [flags, group] of byFlags) {
    try {
      out.push(new RegExp(group.map((re) => `(?:${re.source})`).join('|'), flags));
    } catch {
      // Two patterns naming the same group cannot be joined: keep these apart.
      for (const re of group) out.push(new RegExp(re.source, flags));
    }
  }
  return out;
}

const unions = new WeakMap<readonly RegExp[], { length: number; union: { re: RegExp; gate: Gate | null }[] }>();

/** Whether any of the patterns matches the text (as `patterns.some((re) => re.test(text))` for patterns
 *  without the g or y flag). The union is made once per list (the engine's lists are fixed once built; a
 *  list that has grown since is joined anew). */
export function anyMatch(patterns: readonly RegExp[], text: string): boolean {
  if (patterns.length === 0) return false;
  if (patterns.length === 1) {
    const only = patterns[0]!;
    if (!only.global && !only.sticky) return mayMatch(only, text) && only.test(text);
  }
  let cached = unions.get(patterns);
  if (!cached || cached.length !== patterns.length) {
    cached = { length: patterns.length, union: unionOf(patterns).map((re) => ({ re, gate: gateOf(re) })) };
    unions.set(patterns, cached);
  }
  // Each alternation has its own gate: a list mixing worded patterns with one that has no fixed word
  // ("[TSS04]" without the i flag) still skips the worded alternation where its words are absent.
  for (const { re, gate } of cached.union) if ((!gate || passes(gate, text)) && re.test(text)) return true;
  return false;
}

/** The same pattern, matching only where it is tried (the y flag, without g): for a caller that knows
 *  the few places a pattern can match and tries it there alone instead of scanning the whole text. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
}

// ---------------------------------------------------------------------------------------------------------
// Literal gates. Most patterns cannot match without some fixed words ("The response was:", "yahoodns.net"):
// a text that holds none of them is answered "no" by one case-sensitive search of those words in the
// lower-cased text, which costs a fraction of running a case-insensitive alternation of patterns that open
// with \b or a character class (where the regex engine has nothing to skip ahead with). The gate only ever
// says "cannot match"; whenever a word is found the pattern itself decides.

/** A gate word shorter than this is in nearly every text: such a gate would cost and rule nothing out. */
const MIN_GATE_WORD = 3;

type Needed = string[] | null;

/** The words (lower case, ASCII) of which every match of the pattern contains at least one, or null when
 *  no such set is known. Sound by construction: a branch that cannot be read, an optional part, a class, a
 *  lookaround or any non-ASCII character gives no word, and a sequence keeps only what all its matches
 *  share. Patterns with the u or v flag are not read (their case folding differs). */
export function neededWords(re: RegExp): string[] | null {
  if (re.unicode || (re as { unicodeSets?: boolean }).unicodeSets) return null;
  try {
    const reader = new NeededReader(re.source);
    const needed = reader.alternation();
    if (reader.pos !== re.source.length || !needed || needed.some((w) => w.length < MIN_GATE_WORD)) return null;
    return needed;
  } catch {
    return null;
  }
}

const QUANTIFIER = /^\{(\d+)(?:,(\d*))?\}/;

type Atom = { kind: 'char'; char: string } | { kind: 'group'; needed: Needed } | { kind: 'other' } | { kind: 'zero' };

class NeededReader {
  pos = 0;
  constructor(readonly src: string) {}

  alternation(): Needed {
    const branches: Needed[] = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    const words = new Set<string>();
    for (const b of branches) {
      if (!b) return null;
      for (const w of b) words.add(w);
    }
    return [...words];
  }

  /** The best of what each part of the sequence needs: the set whose shortest word is longest. */
  sequence(): Needed {
    let run = '';
    let best: Needed = null;
    const offer = (needed: Needed) => {
      if (!needed || needed.length === 0) return;
      const shortest = Math.min(...needed.map((w) => w.length));
      const bestShortest = best ? Math.min(...best.map((w) => w.length)) : -1;
      if (shortest > bestShortest || (shortest === bestShortest && needed.length < best!.length)) best = needed;
    };
    const flush = () => {
      if (run) offer([run]);
      run = '';
    };
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom();
      const { min, exact } = this.quantifier();
      if (atom.kind === 'char' && exact) {
        run += atom.char;
        continue;
      }
      if (atom.kind === 'char' && min >= 1) {
        // "ab+c": the match holds "ab", then more b's: the run ends after one.
        run += atom.char;
        flush();
        continue;
      }
      flush();
      if (atom.kind === 'group' && min >= 1) offer(atom.needed);
    }
    flush();
    return best;
  }

  /** The repetition after an atom: its minimum, and whether it is absent (exactly once). */
  quantifier(): { min: number; exact: boolean } {
    const c = this.src[this.pos];
    let min: number;
    if (c === '*' || c === '?') {
      min = 0;
      this.pos++;
    } else if (c === '+') {
      min = 1;
      this.pos++;
    } else if (c === '{' && QUANTIFIER.test(this.src.slice(this.pos, this.pos + 24))) {
      const m = QUANTIFIER.exec(this.src.slice(this.pos, this.pos + 24))!;
      min = Number(m[1]);
      const exactOne = min === 1 && m[2] === undefined;
      this.pos += m[0].length;
      if (this.src[this.pos] === '?') this.pos++;
      return { min, exact: exactOne };
    } else return { min: 1, exact: true };
    if (this.src[this.pos] === '?') this.pos++; // lazy
    return { min, exact: false };
  }

  atom(): Atom {
    const src = this.src;
    const c = src[this.pos]!;
    if (c === '(') {
      this.pos++;
      let lookaround = false;
      if (src.startsWith('?:', this.pos)) this.pos += 2;
      else if (src.startsWith('?=', this.pos) || src.startsWith('?!', this.pos)) {
        this.pos += 2;
        lookaround = true;
      } else if (src.startsWith('?<=', this.pos) || src.startsWith('?<!', this.pos)) {
        this.pos += 3;
        lookaround = true;
      } else if (src.startsWith('?<', this.pos)) {
        const close = src.indexOf('>', this.pos);
        if (close < 0) throw new Error('unclosed group name');
        this.pos = close + 1;
      } else if (src[this.pos] === '?') throw new Error('unknown group');
      const needed = this.alternation();
      if (src[this.pos] !== ')') throw new Error('unclosed group');
      this.pos++;
      return lookaround ? { kind: 'zero' } : { kind: 'group', needed };
    }
    if (c === '[') {
      this.pos++;
      while (this.pos < src.length && src[this.pos] !== ']') this.pos += src[this.pos] === '\\' ? 2 : 1;
      if (this.pos >= src.length) throw new Error('unclosed class');
      this.pos++;
      return { kind: 'other' };
    }
    if (c === '\\') return this.escape();
    this.pos++;
    if (c === '.') return { kind: 'other' };
    if (c === '^' || c === '$') return { kind: 'zero' };
    if (c === '*' || c === '+' || c === '?') throw new Error('nothing to repeat');
    const code = c.charCodeAt(0);
    // Only ASCII stands for itself in the lower-cased text: a non-ASCII letter may fold to another one.
    return code < 128 ? { kind: 'char', char: c.toLowerCase() } : { kind: 'other' };
  }

  escape(): Atom {
    const src = this.src;
    const e = src[this.pos + 1];
    if (e === undefined) throw new Error('trailing backslash');
    this.pos += 2;
    if (e === 'b' || e === 'B') return { kind: 'zero' };
    if (e === 'n') return { kind: 'char', char: '\n' };
    if (e === 't') return { kind: 'char', char: '\t' };
    if (e === 'r') return { kind: 'char', char: '\r' };
    if (e === 'k') {
      const close = src.indexOf('>', this.pos);
      if (close < 0) throw new Error('unclosed backreference');
      this.pos = close + 1;
      return { kind: 'other' };
    }
    if (e === 'x') {
      this.pos += 2;
      return { kind: 'other' };
    }
    if (e === 'u') {
      this.pos += 4;
      return { kind: 'other' };
    }
    if (e === 'c') {
      this.pos += 1;
      return { kind: 'other' };
    }
    if (/[0-9]/.test(e)) {
      while (/[0-9]/.test(src[this.pos] ?? '')) this.pos++;
      return { kind: 'other' };
    }
    // Any other letter is a class (\d, \w, \s...) or an escape not read here; punctuation stands for itself.
    if (/[A-Za-z]/.test(e) || e.charCodeAt(0) >= 128) return { kind: 'other' };
    return { kind: 'char', char: e };
  }
}

const escapeLiteral = (word: string): string => word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** A case-sensitive search for any of the needed words in the lower-cased text, with how often it was
 *  asked and let the text through. */
interface Gate {
  words: RegExp;
  asked: number;
  passed: number;
}

/** A gate that lets most texts through costs more than it saves (its words are common: "mail", "fail"):
 *  after this many texts, one that passed more than PASS_LIMIT of them is no longer asked. This changes
 *  only how fast an answer comes, never the answer. */
const GATE_TRIAL = 64;
const PASS_LIMIT = 0.75;

function gateFor(words: string[] | null): Gate | null {
  return words && words.length ? { words: new RegExp(words.map(escapeLiteral).join('|')), asked: 0, passed: 0 } : null;
}

/** False when the gate rules the text out. */
function passes(gate: Gate, text: string): boolean {
  if (gate.asked >= GATE_TRIAL && gate.passed > gate.asked * PASS_LIMIT) return true;
  const found = gate.words.test(lowerOf(text));
  if (gate.asked < GATE_TRIAL) {
    gate.asked++;
    if (found) gate.passed++;
  }
  return found;
}

const gates = new WeakMap<RegExp, Gate | null>();

/** The gate of one pattern (null: it has none, always run the pattern). */
function gateOf(re: RegExp): Gate | null {
  let gate = gates.get(re);
  if (gate === undefined) gates.set(re, (gate = gateFor(neededWords(re))));
  return gate;
}

/** The lower-cased texts asked about last: the same text is gated against many patterns in a row. */
const lowered: { text: string; lower: string }[] = [];
const LOWERED_KEPT = 4;

export function lowerOf(text: string): string {
  for (const l of lowered) if (l.text === text) return l.lower;
  const lower = text.toLowerCase();
  if (lowered.length >= LOWERED_KEPT) lowered.pop();
  lowered.unshift({ text, lower });
  return lower;
}

/** `re.test(text)` for a pattern without the g or y flag, skipped when its gate rules the text out. */
export function gatedTest(re: RegExp, text: string): boolean {
  return mayMatch(re, text) && re.test(text);
}

/** `re.exec(text)` for a pattern without the g or y flag, skipped when its gate rules the text out. */
export function gatedExec(re: RegExp, text: string): RegExpExecArray | null {
  return mayMatch(re, text) ? re.exec(text) : null;
}

/** False only when the pattern cannot match the text (none of its needed words is there). */
export function mayMatch(re: RegExp, text: string): boolean {
  const gate = gateOf(re);
  return !gate || passes(gate, text);
}

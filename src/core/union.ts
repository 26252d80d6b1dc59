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

const unions = new WeakMap<readonly RegExp[], { length: number; union: RegExp[] }>();

/** Whether any of the patterns matches the text (as `patterns.some((re) => re.test(text))` for patterns
 *  without the g or y flag). The union is made once per list (the engine's lists are fixed once built; a
 *  list that has grown since is joined anew). */
export function anyMatch(patterns: readonly RegExp[], text: string): boolean {
  if (patterns.length === 0) return false;
  if (patterns.length === 1) {
    const only = patterns[0]!;
    if (!only.global && !only.sticky) return only.test(text);
  }
  let cached = unions.get(patterns);
  if (!cached || cached.length !== patterns.length) unions.set(patterns, (cached = { length: patterns.length, union: unionOf(patterns) }));
  for (const re of cached.union) if (re.test(text)) return true;
  return false;
}

/** The same pattern, matching only where it is tried (the y flag, without g): for a caller that knows
 *  the few places a pattern can match and tries it there alone instead of scanning the whole text. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
}

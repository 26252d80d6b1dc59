// Measures what the built extension costs a webmail page: the script injected on every page load (the
// crxjs loader, the content script's chunk and everything it imports statically), and the chunk graph
// loaded with import() the first time a bounce is opened, and the chunks that loads on demand (provider
// files, word chunks). Prints bytes and gzip bytes.
// Run after a build: node scripts/size.mjs [dist/chrome] [--json]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Target for the script injected into every webmail page. */
export const INJECTED_GZIP_BUDGET = 8 * 1024;
/** Target for everything one bounce loads: the injected part, the lazy part and its provider chunks. */
export const BOUNCE_GZIP_BUDGET = 250 * 1024;
/** "Worst case" for one bounce: the lazy part plus this many of the heaviest provider chunks. The content
 *  script loads the chunk of each provider whose entry the engine picks (src/data/provider-index.ts): one
 *  per recipient explained by a provider entry, so a bounce about several recipients at different
 *  providers loads several. test/data/provider-index.test.ts checks that no bounce of our fixtures or of
 *  ../shared/corpus loads more than this many. */
export const WORST_CASE_PROVIDERS = 3;
/** Each provider's words are a chunk of their own (its matchers are in the lazy part), named by
 *  scripts/vite-plugins.mjs: assets/provider-<provider id>-<hash>.js. */
const PROVIDER_CHUNK = /(?:^|\/)provider-([\w-]+?)-[\w-]{8}\.js$/;
/** The words of the reply codes and statuses, a few chunks (src/data/word-index.ts, named by
 *  scripts/vite-plugins.mjs): assets/words-<key>-<hash>.js. A bounce loads those its report uses; the
 *  worst case counts them all (a bounce about many recipients can name every reply digit and subject). */
const WORD_CHUNK = /(?:^|\/)words-([\w-]+?)-[\w-]{8}\.js$/;

// Rolldown's output: `import{x}from"./a.js"`, `import"./a.js"`, `import(`./b.js`)`. Quoted paths only,
// bounded lengths (the regexes stay linear on minified code).
const STATIC_IMPORT = /\bimport\s{0,5}(?:[\w$*{}\s,]{0,400}?\bfrom\s{0,5})?["'`](\.{1,2}\/[^"'`\s]{1,200})["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s{0,5}["'`](\.{1,2}\/[^"'`\s]{1,200})["'`]\s{0,5}\)/g;
const LOADER_TARGET = /chrome\.runtime\.getURL\(\s{0,5}["'`]([^"'`\s]{1,200})["'`]\s{0,5}\)/g;

function stripDynamic(code) {
  return code.replace(DYNAMIC_IMPORT, '');
}

function sizeOf(dir, file) {
  const bytes = readFileSync(path.join(dir, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Files reached from `roots` through static imports (paths relative to dir). */
function staticClosure(dir, roots) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = stripDynamic(readFileSync(path.join(dir, file), 'utf8'));
    for (const match of code.matchAll(STATIC_IMPORT)) {
      queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1])));
    }
  }
  return seen;
}

function dynamicTargets(dir, files) {
  const targets = new Set();
  for (const file of files) {
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const match of code.matchAll(DYNAMIC_IMPORT)) {
      targets.add(path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1])));
    }
  }
  return targets;
}

function total(dir, files) {
  const sizes = [...files].sort().map((file) => sizeOf(dir, file));
  return {
    files: sizes,
    bytes: sizes.reduce((sum, size) => sum + size.bytes, 0),
    gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
  };
}

/** Per content script of the manifest: what is injected on every load, the lazy part every bounce loads
 *  (engine, the matchers of reply codes, statuses and providers without their words, card), each provider
 *  chunk (loaded only for bounces the engine explains with that provider's entries), each word chunk
 *  (loaded only for bounces whose report uses one of its reply or status entries), and any other lazy
 *  chunk (e.g. the MIME parser: raw messages only). */
export function measure(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  return (manifest.content_scripts ?? []).map((script) => {
    const loaders = script.js ?? [];
    const entries = loaders.flatMap((loader) =>
      [...readFileSync(path.join(dir, loader), 'utf8').matchAll(LOADER_TARGET)].map((match) => match[1]),
    );
    const injected = new Set([...loaders, ...staticClosure(dir, entries)]);
    const lazyRoots = [...dynamicTargets(dir, injected)].filter((file) => !injected.has(file));
    const lazySet = new Set([...staticClosure(dir, lazyRoots)].filter((file) => !injected.has(file)));
    const loadedFirst = new Set([...injected, ...lazySet]);
    const later = [...dynamicTargets(dir, lazySet)].filter((file) => !loadedFirst.has(file)).sort();
    const closureBeyond = (root) => [...staticClosure(dir, [root])].filter((file) => !loadedFirst.has(file));
    const providers = later
      .filter((file) => PROVIDER_CHUNK.test(file))
      .map((file) => ({ id: PROVIDER_CHUNK.exec(file)[1], ...total(dir, closureBeyond(file)) }))
      .sort((a, b) => b.gzip - a.gzip);
    const words = later
      .filter((file) => WORD_CHUNK.test(file))
      .map((file) => ({ id: WORD_CHUNK.exec(file)[1], ...total(dir, closureBeyond(file)) }))
      .sort((a, b) => b.gzip - a.gzip);
    const others = later.filter((file) => !PROVIDER_CHUNK.test(file) && !WORD_CHUNK.test(file)).map((file) => total(dir, closureBeyond(file)));
    const lazy = total(dir, lazySet);
    const heaviest = providers.slice(0, WORST_CASE_PROVIDERS);
    // Provider chunks share rolldown's small runtime chunk: count each file once.
    const inAll = (chosen, chosenWords = []) =>
      total(dir, new Set([...loadedFirst, ...[...chosen, ...chosenWords].flatMap((p) => p.files.map((f) => f.file))])).gzip;
    return {
      matches: script.matches ?? [],
      injected: total(dir, injected),
      lazy,
      providers,
      words,
      others,
      bounce: {
        /** What a bounce explained by the WORST_CASE_PROVIDERS heaviest providers loads in all, with
         *  every word chunk (gzip). */
        worstCase: { providers: heaviest.map((p) => p.id), gzip: inAll(heaviest, words) },
        /** With every provider chunk and word chunk at once (no real bounce does this: informational). */
        everyProvider: { gzip: inAll(providers, words) },
      },
      /** What one bounce loads in all (gzip) when it selects the given provider ids and word chunks. */
      inAll: (ids, wordIds = []) => inAll(providers.filter((p) => ids.includes(p.id)), words.filter((w) => wordIds.includes(w.id))),
    };
  });
}

/** Budget problems of a build, as sentences (empty when within budget). */
export function budgetProblems(results) {
  const problems = [];
  for (const result of results) {
    const where = result.matches[0] ?? '?';
    if (result.injected.gzip > INJECTED_GZIP_BUDGET) {
      problems.push(`${where}: the injected script is ${kb(result.injected.gzip)} gzip, over its budget of ${kb(INJECTED_GZIP_BUDGET)}.`);
    }
    const worst = result.bounce.worstCase;
    if (worst.gzip > BOUNCE_GZIP_BUDGET) {
      problems.push(
        `${where}: one bounce loads ${kb(worst.gzip)} gzip in all (injected ${kb(result.injected.gzip)} + lazy part ${kb(result.lazy.gzip)} + every word chunk + providers ${worst.providers.join(', ')}), over its budget of ${kb(BOUNCE_GZIP_BUDGET)}. Move weight out of the lazy part (src/content/explain.ts and what it imports) or split the heaviest provider file.`,
      );
    }
  }
  return problems;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function print(dir, results) {
  console.log(`Content script sizes in ${dir}`);
  for (const result of results) {
    console.log(`\n${result.matches.join(', ')}`);
    for (const [label, group] of [['injected on every page load', result.injected], ['lazy, on the first bounce', result.lazy]]) {
      console.log(`  ${label}: ${group.bytes} bytes, ${group.gzip} gzip (${kb(group.gzip)})`);
      for (const file of group.files) console.log(`    ${file.file.padEnd(48)} ${String(file.bytes).padStart(8)} ${String(file.gzip).padStart(8)} gz`);
    }
    console.log(`  provider chunks, each only for bounces explained by that provider's entries (${result.providers.length}):`);
    for (const p of result.providers) console.log(`    ${p.id.padEnd(48)} ${String(p.bytes).padStart(8)} ${String(p.gzip).padStart(8)} gz`);
    console.log(`  word chunks of the reply codes and statuses, each only for bounces whose report uses its entries (${result.words.length}):`);
    for (const w of result.words) console.log(`    ${w.id.padEnd(48)} ${String(w.bytes).padStart(8)} ${String(w.gzip).padStart(8)} gz`);
    for (const other of result.others) {
      console.log(`  other lazy chunk, not loaded for a rendered bounce: ${other.files.map((f) => f.file).join(', ')} ${other.gzip} gz`);
    }
    const injectedVerdict = result.injected.gzip <= INJECTED_GZIP_BUDGET ? 'within' : 'OVER';
    console.log(`  budget for the injected part: ${kb(INJECTED_GZIP_BUDGET)} gzip: ${injectedVerdict}`);
    const worst = result.bounce.worstCase;
    const worstVerdict = worst.gzip <= BOUNCE_GZIP_BUDGET ? 'within' : 'OVER';
    console.log(`  one bounce in all, worst case (every word chunk + ${worst.providers.join(' + ')}): ${kb(worst.gzip)} gzip; budget ${kb(BOUNCE_GZIP_BUDGET)}: ${worstVerdict}`);
    console.log(`  every provider at once (informational): ${kb(result.bounce.everyProvider.gzip)} gzip`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist/chrome');
  const results = measure(dir);
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else print(dir, results);
  const problems = budgetProblems(results);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exitCode = 1;
}

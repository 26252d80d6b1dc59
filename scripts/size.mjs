// Measures what the built extension costs a webmail page: the script injected on every page load (the
// crxjs loader, the content script's chunk and everything it imports statically), and the chunk graph
// loaded with import() the first time a bounce is opened. Prints bytes and gzip bytes.
// Run after a build: node scripts/size.mjs [dist/chrome] [--json]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Target for the script injected into every webmail page. */
export const INJECTED_GZIP_BUDGET = 8 * 1024;

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

/** Per content script of the manifest: what is injected on every load and what loads lazily. */
export function measure(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  return (manifest.content_scripts ?? []).map((script) => {
    const loaders = script.js ?? [];
    const entries = loaders.flatMap((loader) =>
      [...readFileSync(path.join(dir, loader), 'utf8').matchAll(LOADER_TARGET)].map((match) => match[1]),
    );
    const injected = new Set([...loaders, ...staticClosure(dir, entries)]);
    const lazyRoots = [...dynamicTargets(dir, injected)].filter((file) => !injected.has(file));
    const lazy = [...staticClosure(dir, lazyRoots)].filter((file) => !injected.has(file));
    return { matches: script.matches ?? [], injected: total(dir, injected), lazy: total(dir, lazy) };
  });
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
    const verdict = result.injected.gzip <= INJECTED_GZIP_BUDGET ? 'within' : 'OVER';
    console.log(`  budget for the injected part: ${kb(INJECTED_GZIP_BUDGET)} gzip: ${verdict}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist/chrome');
  const results = measure(dir);
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else print(dir, results);
  if (results.some((result) => result.injected.gzip > INJECTED_GZIP_BUDGET)) process.exitCode = 1;
}

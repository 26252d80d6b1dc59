// Vite plugins of the extension build (plain JavaScript so that vite's config loader takes them as they are).
//  - providerIndexPlugin: the virtual module `virtual:provider-index`, the provider index the content
//    script carries (src/data/provider-index.ts): every provider file's patterns and codes without its
//    words, regular expressions written as literals. Generated at build time from
//    src/data/providers/index.ts through vite's module runner, so adding a provider stays "add one file +
//    one import line".
//    Also `virtual:word-index` (every reply code and status without its words, src/data/word-index.ts)
//    and its word chunks `virtual:word-chunk/<key>` (the words, by reply digit and status subject), each
//    a chunk of its own named assets/words-<key>-<hash>.js for scripts/size.mjs.
//  - sizeBudgetPlugin: fails the build when the extension costs a webmail page more than its budget
//    (issue 5): the script injected into every webmail page, and what one bounce loads in all. Runs once
//    the files are written (the crxjs loaders included) and measures them with scripts/size.mjs, the same
//    code `node scripts/size.mjs` and `npm run bench` print from.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';
import { budgetProblems, measure } from './size.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const INDEX_ID = 'virtual:provider-index';
const WORD_INDEX_ID = 'virtual:word-index';
const WORD_CHUNK_PREFIX = 'virtual:word-chunk/';
const PROVIDER_WORDS_ID = 'virtual:provider-words';
const PROVIDER_WORDS_PREFIX = 'virtual:provider-words/';
const VIRTUAL_IDS = new Set([INDEX_ID, WORD_INDEX_ID, PROVIDER_WORDS_ID]);
const WORD_CHUNK_MODULE = /^\0virtual:word-chunk\/([\w-]+)$/;
const PROVIDER_WORDS_MODULE = /^\0virtual:provider-words\/([\w-]+)$/;
const isChunkId = (id) => id.startsWith(WORD_CHUNK_PREFIX) || id.startsWith(PROVIDER_WORDS_PREFIX);
const PROVIDER_MODULE = /[\\/]src[\\/]data[\\/]providers[\\/]([\w-]+)\.ts$/;

/** @returns {import('vite').Plugin} */
export function providerIndexPlugin() {
  /** @type {Promise<{ module: any, dependencies: string[] }> | undefined} */
  let source;
  return {
    name: 'bounce-lens:provider-index',
    buildStart() {
      source = undefined;
    },
    resolveId(id) {
      return VIRTUAL_IDS.has(id) || isChunkId(id) ? `\0${id}` : undefined;
    },
    // Each provider file is a chunk of its own (src/content/explain.ts imports them one by one); a
    // recognisable name lets scripts/size.mjs tell them apart: assets/provider-<file>-<hash>.js.
    outputOptions(options) {
      const fallback = options.chunkFileNames ?? 'assets/[name]-[hash].js';
      return {
        ...options,
        chunkFileNames(chunk) {
          // A provider's chunk holds its one module (rolldown names the chunk after it; the facade id is
          // not always set, so look at the modules).
          const [only, ...rest] = chunk.moduleIds ?? [];
          const words = rest.length === 0 ? WORD_CHUNK_MODULE.exec(only ?? '')?.[1] : undefined;
          if (words) return `assets/words-${words}-[hash].js`;
          const providerWords = rest.length === 0 ? PROVIDER_WORDS_MODULE.exec(only ?? '')?.[1] : undefined;
          if (providerWords) return `assets/provider-${providerWords}-[hash].js`;
          const file = rest.length === 0 ? PROVIDER_MODULE.exec(only ?? '')?.[1] : undefined;
          if (file && file !== 'index') return 'assets/provider-[name]-[hash].js';
          return typeof fallback === 'function' ? fallback(chunk) : fallback;
        },
      };
    },
    async load(id) {
      if (!id.startsWith('\0virtual:')) return undefined;
      const virtual = id.slice(1);
      if (!VIRTUAL_IDS.has(virtual) && !isChunkId(virtual)) return undefined;
      // One import of the dataset per build serves every virtual module.
      source ??= runnerImport(path.join(ROOT, 'scripts/provider-index-source.ts'), { configFile: false, logLevel: 'error', root: ROOT });
      const { module, dependencies } = await source;
      for (const file of dependencies) this.addWatchFile(path.resolve(ROOT, file));
      if (virtual === INDEX_ID) return module.providerIndexModule();
      if (virtual === WORD_INDEX_ID) return module.wordIndexModule();
      if (virtual === PROVIDER_WORDS_ID) return module.providerWordsIndexModule();
      if (virtual.startsWith(PROVIDER_WORDS_PREFIX)) {
        const words = module.providerWordsModule(virtual.slice(PROVIDER_WORDS_PREFIX.length));
        if (words === undefined) this.error(`unknown provider ${virtual}`);
        return words;
      }
      const chunk = module.wordChunkModule(virtual.slice(WORD_CHUNK_PREFIX.length));
      if (chunk === undefined) this.error(`unknown word chunk ${virtual}`);
      return chunk;
    },
  };
}

/** @param {() => string} outDir @returns {import('vite').Plugin} */
export function sizeBudgetPlugin(outDir) {
  let failed = false;
  return {
    name: 'bounce-lens:size-budget',
    apply: 'build',
    buildEnd(error) {
      failed = Boolean(error);
    },
    renderError() {
      failed = true;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        // A failed build has its own error to show; there is nothing to measure.
        if (failed) return;
        const dir = outDir();
        if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`Size budget: ${dir}/manifest.json was not written`);
        const problems = budgetProblems(measure(dir));
        if (problems.length > 0) {
          throw new Error(`Size budget exceeded (issue 5; details: node scripts/size.mjs ${dir}):\n  ${problems.join('\n  ')}`);
        }
      },
    },
  };
}

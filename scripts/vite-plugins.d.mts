// Types for scripts/vite-plugins.mjs.
import type { Plugin } from 'vite';
export declare function providerIndexPlugin(): Plugin;
export declare function sizeBudgetPlugin(outDir: () => string): Plugin;

// Builds the CLI as one ESM Node bundle (core + data inside), loaded by bin/bounce-lens.js.
import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';

export default defineConfig({
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    ssr: true,
    lib: { entry: 'src/cli/index.ts', formats: ['es'], fileName: () => 'bounce-lens.js' },
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: 'bounce-lens.js', format: 'es' },
    },
  },
  ssr: { noExternal: true },
});

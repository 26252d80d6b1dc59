// Runs a TypeScript script with Vite's module runner (Node 20 cannot strip types by itself) and calls
// its exported main(args). Usage: node scripts/run-ts.mjs scripts/screenshot.ts [args...]
import path from 'node:path';
import { runnerImport } from 'vite';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const { module } = await runnerImport(path.resolve(file), { configFile: false, logLevel: 'error' });
if (typeof module.main !== 'function') throw new Error(`${file} exports no main()`);
await module.main(args);

#!/usr/bin/env node
// Loads the built CLI (npm run build:cli writes dist/cli/bounce-lens.js).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const built = path.resolve(here, '../dist/cli/bounce-lens.js');
if (!existsSync(built)) {
  process.stderr.write('bounce-lens: the CLI is not built yet; run "npm run build:cli".\n');
  process.exit(2);
}
const { run } = await import(pathToFileURL(built).href);
process.exitCode = await run(process.argv.slice(2));

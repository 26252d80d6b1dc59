// @vitest-environment node
// Playwright cannot load extensions into Firefox, so the Firefox build is checked with Mozilla's linter.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './samples';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

describe('web-ext lint dist/firefox', () => {
  it('reports no errors', () => {
    const source = path.join(REPO_ROOT, 'dist/firefox');
    if (!existsSync(path.join(source, 'manifest.json'))) throw new Error(`${source} is missing: run \`npm run build\` first`);
    const result = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', source, '--output', 'json', '--no-input'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const json = result.stdout.slice(result.stdout.indexOf('{'));
    const report = JSON.parse(json) as LintReport;
    expect(report.errors.map((error) => `${error.code} ${error.file ?? ''}: ${error.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // Preact's renderer contains the innerHTML branch for dangerouslySetInnerHTML, which we never use:
    // that is the only warning allowed.
    for (const warning of report.warnings) expect(warning.code).toBe('UNSAFE_VAR_ASSIGNMENT');
  }, 120_000);
});

// @vitest-environment node
// `npm run demo -- --screenshot FILE` (scripts/demo.ts): the headless path writes a picture of each
// fixture webmail with its card. The window path needs a display and is not run here.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, screenshots } from '../../scripts/demo';
import { REPO_ROOT } from './samples';

const OUT = mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-demo-'));

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
});

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('demo --screenshot', () => {
  it('writes a PNG of the Gmail and the Outlook fixture with the card on each', async () => {
    const file = path.join(OUT, 'demo.png');
    const written = await screenshots(file);
    expect(written).toEqual([file, path.join(OUT, 'demo-outlook.png')]);
    for (const png of written) {
      expect(existsSync(png)).toBe(true);
      // The whole page: the viewport's width, and at least its height (the card and the bounce below it).
      const size = pngSize(png);
      expect(size.width).toBe(1100);
      expect(size.height).toBeGreaterThanOrEqual(900);
    }
  }, 60_000);

  it('asks for a file name after --screenshot', async () => {
    await expect(main(['--screenshot'])).rejects.toThrow(/usage/);
  });
});

describe('README picture', () => {
  it('embeds docs/card.png, a committed PNG of the card (npm run screenshot rewrites it)', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/!\[[^\]]{10,}\]\(docs\/card\.png\)/);
    const { width, height } = pngSize(path.join(REPO_ROOT, 'docs/card.png'));
    expect(width).toBeGreaterThanOrEqual(320);
    expect(height).toBeGreaterThanOrEqual(200);
  });
});

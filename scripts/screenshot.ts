// Takes pictures of the card: loads the built extension (dist/chrome) on the Gmail-shaped fixture page
// with our own 5.7.26 bounce (made-up addresses, so the image can live in the repo) and writes PNGs.
// `--corpus` uses the real sample from ../shared/corpus instead, for a look only: do not commit that one.
// Run after a build: npm run screenshot [-- [--corpus] [out.png]]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, serveWebmail } from '../test/e2e/browser';
import { fixtureMessage, fixturePage, messageUrl } from '../test/e2e/pages';
import { REPO_ROOT, loadSample, samples } from '../test/e2e/samples';

/** Room below the card in the page picture: enough to show the bounce's first lines. */
const BODY_PREVIEW_PX = 180;

const SHOTS = [
  // The conversation as a reader sees it: subject, sender, the card, the start of the bounce.
  { suffix: '', width: 1100, height: 1600, inContext: true },
  // Reading panes get narrow next to a message list: the card alone at 420 px.
  { suffix: '-narrow', width: 420, height: 1800, inContext: false },
];

export async function main(args: string[]): Promise<void> {
  const useCorpus = args.includes('--corpus');
  const out = path.resolve(REPO_ROOT, args.find((arg) => !arg.startsWith('--')) ?? 'docs/card.png');
  const origin = useCorpus ? 'corpus' : 'own';
  const sample = samples().find((candidate) => candidate.family === 'gmail-5.7.26' && candidate.origin === origin);
  if (!sample) throw new Error(`no ${origin} 5.7.26 sample`);
  const loaded = await loadSample(sample);
  const browser = await launchWithExtension();
  try {
    await serveWebmail(browser.context, { gmail: fixturePage('gmail', [fixtureMessage(sample.id, loaded.rendered)]) });
    mkdirSync(path.dirname(out), { recursive: true });
    for (const shot of SHOTS) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: shot.width, height: shot.height });
      await page.goto(messageUrl('gmail', sample.id));
      const host = page.locator('[data-bounce-lens]');
      await host.locator('[data-status]').first().waitFor({ timeout: 15_000 });
      const file = out.replace(/\.png$/, `${shot.suffix}.png`);
      if (shot.inContext) {
        const view = await page.locator('div[role="main"]').boundingBox();
        const card = await host.boundingBox();
        if (!view || !card) throw new Error('nothing to photograph');
        const bottom = Math.min(card.y + card.height + BODY_PREVIEW_PX, view.y + view.height);
        await page.screenshot({ path: file, clip: { x: view.x, y: view.y, width: view.width, height: bottom - view.y } });
      } else {
        await host.screenshot({ path: file });
      }
      console.log(`wrote ${path.relative(REPO_ROOT, file)} (${sample.origin} sample ${path.basename(sample.file)}, ${shot.width}px wide)`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

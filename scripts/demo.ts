// Try Bounce Lens without a webmail account: opens Chromium with the built extension (dist/chrome) on
// the Gmail- and Outlook-shaped fixture pages of the end-to-end tests, served at the real webmail
// addresses (nothing goes out: every other request is aborted), holding our own made-up bounces.
//   npm run demo                          a browser window: the Gmail bounce, the Outlook bounce, the popup
//   npm run demo -- --screenshot out.png  headless: out.png (Gmail) and out-outlook.png, then exits
// Builds dist/chrome first when it is missing or older than the source. Without a display (no DISPLAY
// or WAYLAND_DISPLAY) it says so and writes the pictures to dist/demo/ instead of opening a window.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST_CHROME, launchWithExtension, serveWebmail } from '../test/e2e/browser';
import { fixtureMessage, fixturePage, messageUrl, type Webmail } from '../test/e2e/pages';
import { ORDINARY_MESSAGE, OWN_SAMPLES, REPO_ROOT, loadMessage, loadSample } from '../test/e2e/samples';

/** What the build reads: when any of it is newer than the built manifest, the build is stale. */
const BUILD_INPUTS = ['src', 'public', 'manifest.json', 'package.json', 'vite.config.ts'];
const CARD_FINDING = '[data-bounce-lens] [data-status]';
const CARD_TIMEOUT_MS = 15_000;
const VIEWPORT = { width: 1100, height: 900 };

/** The message each webmail opens on: one bounce per family our fixtures have. */
const SHOWN: Record<Webmail, string> = { gmail: 'own-gmail-5-7-26', outlook: 'own-microsoft-ndr' };

function newestMtime(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestMtime(path.join(file, name))), stat.mtimeMs);
}

function buildIfNeeded(): void {
  const manifest = path.join(DIST_CHROME, 'manifest.json');
  const inputs = BUILD_INPUTS.map((name) => path.join(REPO_ROOT, name)).filter(existsSync);
  if (existsSync(manifest) && Math.max(...inputs.map(newestMtime)) <= statSync(manifest).mtimeMs) return;
  console.log(existsSync(manifest) ? 'dist/chrome is older than the source: building…' : 'dist/chrome is missing: building…');
  const build = spawnSync('npm', ['run', 'build:chrome'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:chrome failed');
}

async function servePages(context: BrowserContext): Promise<void> {
  const loaded = await Promise.all(OWN_SAMPLES.map(loadSample));
  const messages = [...loaded.map((sample) => fixtureMessage(sample.id, sample.rendered)), fixtureMessage('ordinary', await loadMessage(ORDINARY_MESSAGE))];
  await serveWebmail(context, { gmail: fixturePage('gmail', messages), outlook: fixturePage('outlook', messages) });
}

async function openWebmail(context: BrowserContext, webmail: Webmail): Promise<Page> {
  const page = await context.newPage();
  await page.goto(messageUrl(webmail, SHOWN[webmail]));
  await page.locator(CARD_FINDING).first().waitFor({ timeout: CARD_TIMEOUT_MS });
  return page;
}

/** out.png -> out-outlook.png */
const withSuffix = (file: string, suffix: string): string => file.replace(/(\.png)?$/i, `${suffix}.png`);

/** Headless pictures of the card on both fixture webmails: file (Gmail) and file-outlook.png. Waits for
 *  the card on each page, so it fails rather than photographing a page without one. */
export async function screenshots(file: string): Promise<string[]> {
  const browser = await launchWithExtension();
  try {
    await servePages(browser.context);
    mkdirSync(path.dirname(file), { recursive: true });
    const written: string[] = [];
    for (const [webmail, out] of [['gmail', file], ['outlook', withSuffix(file, '-outlook')]] as const) {
      const page = await openWebmail(browser.context, webmail);
      await page.setViewportSize(VIEWPORT);
      // The whole page, not the first screenful: the card with its references and For admins fold.
      await page.screenshot({ path: out, fullPage: true });
      written.push(out);
      await page.close();
    }
    return written;
  } finally {
    await browser.close();
  }
}

async function showWindow(): Promise<void> {
  const browser = await launchWithExtension({ headless: false });
  await servePages(browser.context);
  const closed = new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
  const stop = (): void => void browser.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await openWebmail(browser.context, 'gmail');
  await openWebmail(browser.context, 'outlook');
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl);
  // The first tab of a persistent context is a blank page: close it so the tabs are just the demo.
  for (const page of browser.context.pages()) if (page.url() === 'about:blank') await page.close();
  console.log(
    [
      'Bounce Lens demo: three tabs are open.',
      `  Gmail-shaped page   ${messageUrl('gmail', SHOWN.gmail)}`,
      `  Outlook-shaped page ${messageUrl('outlook', SHOWN.outlook)}`,
      '  the popup, as an extension page: type 550, 5.1.1 or TSS04',
      'Select a bounce line on either page and right-click "Explain with Bounce Lens" to try the menu.',
      'Close the window (or press Ctrl+C) to end the demo.',
    ].join('\n'),
  );
  await closed;
}

export async function main(args: string[]): Promise<void> {
  const flag = args.indexOf('--screenshot');
  const target = flag >= 0 ? args[flag + 1] : undefined;
  if (flag >= 0 && (!target || target.startsWith('--'))) throw new Error('usage: npm run demo -- [--screenshot FILE.png]');
  buildIfNeeded();
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!target && hasDisplay) {
    await showWindow();
    return;
  }
  if (!target) console.log('No display here (DISPLAY and WAYLAND_DISPLAY are unset): running headless and writing pictures instead of opening a window.');
  const file = path.resolve(process.cwd(), target ?? path.join(REPO_ROOT, 'dist/demo/demo.png'));
  for (const written of await screenshots(file)) console.log(`wrote ${written.startsWith(process.cwd()) ? path.relative(process.cwd(), written) : written}`);
}

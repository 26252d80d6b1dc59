// Launches Debian's Chromium with the built extension (dist/chrome) and serves fixture pages at the real
// webmail addresses, so the manifest's real matches decide where the content scripts run.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { WEBMAIL_HOSTS, type Webmail } from './pages';
import { REPO_ROOT } from './samples';

export const DIST_CHROME = path.join(REPO_ROOT, 'dist/chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://<id>/<path of the popup page from the built manifest> */
  popupUrl: string;
  close(): Promise<void>;
}

/** `headless: false` opens a window (scripts/demo.ts, when a display exists); tests stay headless. */
export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  const manifestPath = path.join(DIST_CHROME, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { action: { default_popup: string } };
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'bounce-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${DIST_CHROME}`,
      `--load-extension=${DIST_CHROME}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    popupUrl: `chrome-extension://${extensionId}/${manifest.action.default_popup}`,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

function webmailOf(hostname: string): Webmail | undefined {
  return (Object.keys(WEBMAIL_HOSTS) as Webmail[]).find((webmail) => WEBMAIL_HOSTS[webmail].includes(hostname));
}

/** Extension files the pages imported (the content script's chunks), in order: shows what loaded when. */
export interface ServedLog {
  extensionFiles: string[];
}

/** Answers page loads on the webmail hosts with the given pages; every other web request is aborted.
 *  The content scripts' chunk imports (chrome-extension://) pass through the same handler: let them load. */
export async function serveWebmail(context: BrowserContext, pages: Partial<Record<Webmail, string>>): Promise<ServedLog> {
  const log: ServedLog = { extensionFiles: [] };
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:') {
      log.extensionFiles.push(url.pathname);
      await route.continue();
      return;
    }
    const webmail = webmailOf(url.hostname);
    const html = webmail ? pages[webmail] : undefined;
    if (html !== undefined && url.protocol === 'https:' && request.resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return;
    }
    await route.abort();
  });
  return log;
}

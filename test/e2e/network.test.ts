// @vitest-environment node
// The extension makes no network request of its own: it works offline from its own dataset. One session
// with the built extension does what a reader does (a bounce open in Gmail and in Outlook, the popup
// looking up a code and explaining a pasted bounce, the options page) while every web request of the
// browser context is recorded: pages, the extension's pages and its service worker. The only web
// requests allowed are the test's own page loads of the fixture webmails; loads of the extension's own
// files (chrome-extension://) are not network requests.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request, WebSocket } from 'playwright-core';
import { launchWithExtension, serveWebmail, type ExtensionBrowser } from './browser';
import { FINDING } from './expectations';
import { WEBMAIL_HOSTS, fixtureMessage, fixturePage, messageUrl } from './pages';
import { OWN_SAMPLES, loadSample, type LoadedSample } from './samples';

interface Recorded {
  url: string;
  type: string;
  /** Who asked: the page's URL, or the service worker's. */
  from: string;
}

const WEB = /^(?:https?|wss?):/i;
const WEBMAIL = new Set(Object.values(WEBMAIL_HOSTS).flat());

let browser: ExtensionBrowser;
const requests: Recorded[] = [];
const sockets: string[] = [];
let samples: LoadedSample[];

function record(request: Request): void {
  if (!WEB.test(request.url())) return;
  let from = 'unknown';
  const worker = request.serviceWorker();
  if (worker) from = worker.url();
  else {
    try {
      from = request.frame().url();
    } catch {
      // A request without a frame (a worker's): unknown is reported as is.
    }
  }
  requests.push({ url: request.url(), type: request.resourceType(), from });
}

/** The test's own navigations to the fixture webmails: the only web requests the session should make. */
function isFixturePageLoad(r: Recorded): boolean {
  const url = new URL(r.url);
  return r.type === 'document' && url.protocol === 'https:' && WEBMAIL.has(url.hostname);
}

function watch(page: Page): Page {
  page.on('websocket', (socket: WebSocket) => sockets.push(socket.url()));
  page.setDefaultTimeout(10_000);
  return page;
}

beforeAll(async () => {
  samples = await Promise.all(OWN_SAMPLES.map(loadSample));
  browser = await launchWithExtension();
  browser.context.on('request', record);
  const messages = samples.map((sample) => fixtureMessage(sample.id, sample.rendered));
  await serveWebmail(browser.context, { gmail: fixturePage('gmail', messages), outlook: fixturePage('outlook', messages) });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('network: the extension makes no request of its own', () => {
  it('during a session with bounces open, the popup and the options page', async () => {
    const gmailSample = samples.find((s) => s.family !== 'microsoft-ndr')!;
    const outlookSample = samples.find((s) => s.family === 'microsoft-ndr')!;

    const gmail = watch(await browser.context.newPage());
    await gmail.goto(messageUrl('gmail', gmailSample.id));
    await gmail.locator(FINDING).first().waitFor();
    // Open the admin part (its references are links: they must not be prefetched).
    await gmail.locator('[data-bounce-lens] details summary').first().click();

    for (const host of WEBMAIL_HOSTS.outlook) {
      const outlook = watch(await browser.context.newPage());
      await outlook.goto(messageUrl('outlook', outlookSample.id, host));
      await outlook.locator(FINDING).first().waitFor();
      await outlook.close();
    }

    const popup = watch(await browser.context.newPage());
    await popup.goto(browser.popupUrl);
    await popup.fill('textarea', '550 5.7.26');
    await popup.locator('.bl-card [data-status="5.7.26"]').first().waitFor();
    await popup.fill('textarea', readFileSync(gmailSample.file, 'utf8'));
    await popup.locator('article.bl-card[data-kind="bounce"]').first().waitFor();

    const manifest = JSON.parse(readFileSync(new URL('../../dist/chrome/manifest.json', import.meta.url), 'utf8')) as { options_ui?: { page?: string } };
    if (manifest.options_ui?.page) {
      const options = watch(await browser.context.newPage());
      await options.goto(`chrome-extension://${browser.extensionId}/${manifest.options_ui.page}`);
      await options.waitForLoadState('load');
    }
    // Anything deferred (timers, idle callbacks, the service worker's own start-up work) has time to happen.
    await gmail.waitForTimeout(1500);

    const fixtureLoads = requests.filter(isFixturePageLoad);
    expect(fixtureLoads.length).toBe(1 + WEBMAIL_HOSTS.outlook.length);
    expect(requests.filter((r) => !isFixturePageLoad(r))).toEqual([]);
    expect(sockets).toEqual([]);
  }, 60_000);

  it('the recorder sees a request from the extension when there is one (control)', async () => {
    const before = requests.length;
    const worker = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId));
    expect(worker).toBeDefined();
    await worker!.evaluate(() => fetch('https://probe.example/from-service-worker').catch(() => undefined));
    const popup = watch(await browser.context.newPage());
    await popup.goto(browser.popupUrl);
    await popup.evaluate(() => fetch('https://probe.example/from-popup').catch(() => undefined));
    await popup.close();
    await expect.poll(() => requests.slice(before).map((r) => r.url).sort()).toEqual([
      'https://probe.example/from-popup',
      'https://probe.example/from-service-worker',
    ]);
    expect(requests.slice(before).every((r) => r.from.startsWith(`chrome-extension://${browser.extensionId}/`))).toBe(true);
  });
});

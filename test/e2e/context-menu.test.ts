// @vitest-environment node
// The right-click menu in the built extension: the worker creates "Explain with Bounce Lens" for
// selections, and a click opens the popup page in a small window that explains the selected text.
// Headless Chromium cannot click a native menu: the test calls the worker's click handler (the one the
// menu's onClicked listener calls) with the data a right-click would pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/** What Chrome hands over for a selection spanning the lines of a bounce: the lines joined by spaces. */
const SELECTED_BOUNCE =
  '<friend@example.org>: host mx.example.org[198.51.100.27] said: 550-5.7.26 This message does not pass ' +
  'authentication checks (SPF and DKIM both do not pass). 550 5.7.26 Please set up authentication. ' +
  '(in reply to end of DATA command)';

let browser: ExtensionBrowser;
let worker: Worker;

beforeAll(async () => {
  browser = await launchWithExtension();
  worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The part of the worker's `chrome` API the checks use (the repo has no @types/chrome). */
interface WorkerChrome {
  contextMenus: { update(id: string, props: { contexts: string[] }): Promise<void> };
  windows: { get(id: number): Promise<{ type?: string; width?: number }> };
  i18n: { getMessage(key: string): string };
}
declare const chrome: WorkerChrome;

interface ClickData {
  menuItemId: string;
  selectionText?: string;
  editable: boolean;
  modifiers: string[];
}

/** Does in the worker what a click on the menu item does; resolves with the id of the window it opened. */
async function clickMenu(info: Partial<ClickData>): Promise<number | undefined> {
  return worker.evaluate(async (data) => {
    const hook = (globalThis as unknown as { bounceLens?: { MENU_ID: string; onMenuClicked(info: unknown): Promise<number | undefined> } }).bounceLens;
    if (!hook) throw new Error('the worker exposes no bounceLens hook');
    return hook.onMenuClicked({ menuItemId: hook.MENU_ID, editable: false, modifiers: [], ...data });
  }, info);
}

async function openedBy(click: () => Promise<number | undefined>): Promise<{ page: Page; windowId: number | undefined }> {
  const [page, windowId] = await Promise.all([browser.context.waitForEvent('page', { timeout: 10_000 }), click()]);
  page.setDefaultTimeout(10_000);
  await page.waitForLoadState('domcontentloaded');
  return { page, windowId };
}

describe('right-click "Explain with Bounce Lens"', () => {
  it('exists for selections once the extension is installed, titled from the locale files', async () => {
    // update() rejects for an id that was never created: this fails if onInstalled made no menu. The menu
    // is made asynchronously after install, so ask until it is there (or the poll times out).
    const probeAll = () => worker.evaluate(async () => {
      const probe = async (id: string): Promise<string> =>
        chrome.contextMenus.update(id, { contexts: ['selection'] }).then(
          () => 'exists',
          () => 'missing',
        );
      const id = (globalThis as unknown as { bounceLens: { MENU_ID: string } }).bounceLens.MENU_ID;
      return { ours: await probe(id), madeUp: await probe('no-such-menu-item'), title: chrome.i18n.getMessage('contextMenuExplain') };
    });
    await expect.poll(probeAll, { timeout: 10_000 }).toEqual({ ours: 'exists', madeUp: 'missing', title: 'Explain with Bounce Lens' });
  });

  it('opens the popup page in a small window that explains the selected bounce', async () => {
    const { page, windowId } = await openedBy(() => clickMenu({ selectionText: SELECTED_BOUNCE }));
    expect(typeof windowId).toBe('number');
    expect(page.url().startsWith(`${browser.popupUrl}#text=`)).toBe(true);
    expect(await page.locator('textarea').inputValue()).toBe(SELECTED_BOUNCE);
    const finding = page.locator('article.bl-card [data-status]').first();
    await finding.waitFor();
    expect(await finding.getAttribute('data-status')).toBe('5.7.26');
    expect(await finding.getAttribute('data-reply')).toBe('550');
    const window = await worker.evaluate(async (id) => {
      const opened = await chrome.windows.get(id as number);
      return { type: opened.type, width: opened.width };
    }, windowId);
    expect(window.type).toBe('popup');
    expect(window.width).toBeGreaterThanOrEqual(320);
    await page.close();
  });

  it('looks up a selected code on its own', async () => {
    const { page } = await openedBy(() => clickMenu({ selectionText: '  5.1.1 ' }));
    await page.locator('.bl-card [data-status="5.1.1"]').first().waitFor();
    await page.close();
  });

  it('keeps characters that mean something in a URL', async () => {
    const text = '550 5.1.1 <a+b@example.com>: #1 & 100% unknown';
    const { page } = await openedBy(() => clickMenu({ selectionText: text }));
    expect(await page.locator('textarea').inputValue()).toBe(text);
    await page.close();
  });

  it('opens nothing for an empty selection or another menu item', async () => {
    const before = browser.context.pages().length;
    expect(await clickMenu({ selectionText: '   ' })).toBeUndefined();
    expect(await clickMenu({ menuItemId: 'someone-else', selectionText: '550 5.1.1' })).toBeUndefined();
    expect(browser.context.pages().length).toBe(before);
  });
});

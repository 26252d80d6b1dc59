// @vitest-environment node
// The options page, the keyboard and the card's layout in the built extension:
//  - a change on the options page reaches an open Gmail tab without a reload (storage.sync -> onChanged):
//    switched off the card goes, switched on it comes back, folded / admins-first redraw it in place;
//  - the keyboard command is declared in both built manifests; the popup puts focus in its field and the
//    arrows move between result cards;
//  - dark mode: the card follows the webmail's own background, and the system scheme where the page lets
//    the canvas show; the popup follows the system;
//  - a 320 px reading pane: no horizontal overflow in the card; the card sits before the body, never over it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveWebmail, type ExtensionBrowser } from './browser';
import { CARD, FINDING } from './expectations';
import { fixtureMessage, fixturePage, messageUrl } from './pages';
import { loadSample, OWN_SAMPLES, REPO_ROOT, type LoadedSample } from './samples';

let browser: ExtensionBrowser;
let sample: LoadedSample;
let optionsUrl: string;

beforeAll(async () => {
  const own = OWN_SAMPLES.find((candidate) => candidate.id === 'own-gmail-5-7-26');
  if (!own) throw new Error('own 5.7.26 fixture missing');
  sample = await loadSample(own);
  browser = await launchWithExtension();
  await serveWebmail(browser.context, { gmail: fixturePage('gmail', [fixtureMessage(sample.id, sample.rendered)]) });
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'dist/chrome/manifest.json'), 'utf8')) as { options_ui?: { page?: string } };
  if (!manifest.options_ui?.page) throw new Error('the built manifest has no options_ui page');
  optionsUrl = `chrome-extension://${browser.extensionId}/${manifest.options_ui.page}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function openGmail(page: Page): Promise<void> {
  await page.goto(messageUrl('gmail', sample.id));
  await page.locator(FINDING).first().waitFor();
}

async function openOptions(): Promise<Page> {
  const page = await newPage();
  await page.goto(optionsUrl);
  await page.getByRole('checkbox', { name: 'Gmail' }).waitFor();
  return page;
}

/** Back to the defaults through the page itself, so each test starts from them. */
async function resetOptions(options: Page): Promise<void> {
  await options.evaluate(() => chrome.storage.sync.clear());
}
declare const chrome: { storage: { sync: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

describe('options page', () => {
  it('switches the Gmail card off and on in an open tab, without reloading it', async () => {
    const gmail = await newPage();
    await openGmail(gmail);
    const options = await openOptions();
    await gmail.evaluate(() => {
      (window as { marker?: string }).marker = 'not reloaded';
    });

    await options.getByRole('checkbox', { name: 'Gmail' }).uncheck();
    await expect.poll(() => gmail.locator(CARD).count()).toBe(0);
    expect(await options.evaluate(() => chrome.storage.sync.get('settings'))).toMatchObject({ settings: { enabled: { gmail: false, outlook: true } } });
    await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await options.getByRole('checkbox', { name: 'Gmail' }).check();
    await gmail.locator(FINDING).first().waitFor();
    expect(await gmail.evaluate(() => (window as { marker?: string }).marker)).toBe('not reloaded');
    await resetOptions(options);
    await options.close();
    await gmail.close();
  });

  it('switching Outlook off leaves the Gmail card alone', async () => {
    const gmail = await newPage();
    await openGmail(gmail);
    const options = await openOptions();
    await options.getByRole('checkbox', { name: 'Outlook on the web' }).uncheck();
    await gmail.waitForTimeout(500);
    expect(await gmail.locator(CARD).count()).toBe(1);
    await resetOptions(options);
    await options.close();
    await gmail.close();
  });

  it('folds the open card, and puts the admin part first, live', async () => {
    const gmail = await newPage();
    await openGmail(gmail);
    const card = gmail.locator(`${CARD} article.bl-card`);
    expect(await card.getAttribute('data-folded')).toBe('false');
    const options = await openOptions();

    await options.getByRole('radio', { name: /^Folded/ }).check();
    await expect.poll(() => card.getAttribute('data-folded')).toBe('true');
    expect(await gmail.locator(`${CARD} .bl-meaning`).count()).toBe(0);
    // Folded still names the failure.
    expect(await gmail.locator(FINDING).first().getAttribute('data-status')).toBe('5.7.26');
    const toggle = gmail.locator(`${CARD} button.bl-toggle`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await options.getByRole('radio', { name: /^Open/ }).check();
    await options.getByRole('radio', { name: /^Admins/ }).check();
    await expect.poll(() => card.getAttribute('data-audience')).toBe('admin');
    expect(await card.getAttribute('data-folded')).toBe('false');
    expect(await gmail.locator(`${CARD} details.bl-admin`).first().getAttribute('open')).not.toBeNull();

    // A tab opened after the change starts with it.
    const later = await newPage();
    await openGmail(later);
    expect(await later.locator(`${CARD} article.bl-card`).getAttribute('data-audience')).toBe('admin');
    await resetOptions(options);
    await Promise.all([options.close(), gmail.close(), later.close()]);
  });
});

describe('keyboard', () => {
  it.each(['chrome', 'firefox'])('declares the command that opens the popup in dist/%s', (target) => {
    const file = path.join(REPO_ROOT, 'dist', target, 'manifest.json');
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { commands?: Record<string, { suggested_key?: { default?: string } }> };
    expect(manifest.commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+B');
  });

  it('opens the popup with focus in the field; Up and Down move between results', async () => {
    const popup = await newPage();
    await popup.goto(browser.popupUrl);
    // The popup focuses its field once it has rendered, which may be a moment after the page loaded.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('query');
    await popup.keyboard.type('550');
    const items = popup.locator('[data-nav-item]');
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    const focused = () => popup.evaluate(() => [...document.querySelectorAll('[data-nav-item]')].indexOf(document.activeElement as Element));

    await popup.keyboard.press('ArrowDown');
    expect(await focused()).toBe(0);
    await popup.keyboard.press('ArrowDown');
    expect(await focused()).toBe(1);
    await popup.keyboard.press('ArrowUp');
    expect(await focused()).toBe(0);
    await popup.keyboard.press('ArrowUp');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('query');
    // Tab from the field reaches the first result too.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => Boolean(document.activeElement?.closest('.pp-results')))).toBe(true);
    await popup.close();
  });
});

/** The card's colours as drawn, and its host's theme. */
async function cardLook(page: Page): Promise<{ theme: string | null; background: string; color: string }> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-bounce-lens]');
    const card = host?.shadowRoot?.querySelector('.bl-card');
    if (!host || !card) throw new Error('no card');
    return { theme: host.getAttribute('data-theme'), background: getComputedStyle(card).backgroundColor, color: getComputedStyle(card).color };
  });
}

/** Any change in the page makes the content script scan again, which looks at the colours again. */
async function nudge(page: Page): Promise<void> {
  await page.evaluate(() => document.body.append(document.createElement('div')));
}

describe('dark mode', () => {
  it('follows a dark webmail background, light or dark system alike', async () => {
    const gmail = await newPage();
    await gmail.emulateMedia({ colorScheme: 'light' });
    await openGmail(gmail);
    expect(await cardLook(gmail)).toEqual({ theme: 'light', background: 'rgb(255, 255, 255)', color: 'rgb(31, 35, 40)' });

    // Gmail's dark theme paints its panes dark grey.
    await gmail.addStyleTag({ content: 'body, .bkK { background: #202124 !important; color: #e8eaed; }' });
    await nudge(gmail);
    await expect.poll(async () => (await cardLook(gmail)).theme).toBe('dark');
    expect(await cardLook(gmail)).toEqual({ theme: 'dark', background: 'rgb(22, 27, 34)', color: 'rgb(230, 237, 243)' });
    // Contrast holds in the dark card too, admin part open (facts, evidence, tags).
    await gmail.locator(`${CARD} details.bl-admin summary`).first().click();
    const results = await new AxeBuilder({ page: gmail }).include(CARD).analyze();
    expect(results.passes.length).toBeGreaterThan(5);
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    await gmail.close();
  });

  it('follows the system scheme where the page lets the canvas show, and keeps light on a light pane', async () => {
    const gmail = await newPage();
    await gmail.emulateMedia({ colorScheme: 'dark' });
    await openGmail(gmail);
    // The fixture paints its panes white: a dark card there would be the odd one out.
    expect((await cardLook(gmail)).theme).toBe('light');
    // A webmail that follows the system: transparent panes over a canvas allowed to go dark.
    await gmail.addStyleTag({ content: ':root { color-scheme: light dark; } body, .bkK { background: transparent !important; }' });
    await nudge(gmail);
    await expect.poll(async () => (await cardLook(gmail)).theme).toBe('dark');
    // ... and back when the system turns light, without any change to the page.
    await gmail.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await cardLook(gmail)).theme).toBe('light');
    await gmail.close();
  });

  it('puts the popup and the options page in the system scheme', async () => {
    for (const [scheme, background] of [['dark', 'rgb(13, 17, 23)'], ['light', 'rgb(246, 248, 250)']] as const) {
      for (const url of [browser.popupUrl, optionsUrl]) {
        const page = await newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await page.locator('main').waitFor();
        expect(await page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.body).backgroundColor])).toEqual([scheme, background]);
        await page.close();
      }
    }
  });
});

describe('layout', () => {
  it('fits a 320 px reading pane: no horizontal overflow, codes and evidence wrap', async () => {
    const gmail = await newPage();
    await gmail.setViewportSize({ width: 320, height: 800 });
    await openGmail(gmail);
    // A phone-width pane: Gmail's side navigation hidden, the pane at the window's edges, scrolling its own
    // overflow as Gmail's does (the message body has long unbroken lines of its own).
    await gmail.addStyleTag({
      content: '.aeN { display: none !important; } .bkK { box-sizing: border-box; min-width: 0; margin: 0 !important; padding: 8px !important; border-radius: 0 !important; overflow-x: auto; }',
    });
    await gmail.locator(`${CARD} details.bl-admin summary`).first().click();
    const overflow = await gmail.evaluate(() => {
      const host = document.querySelector('[data-bounce-lens]') as HTMLElement;
      const root = host.shadowRoot as ShadowRoot;
      const card = root.querySelector('.bl-card') as HTMLElement;
      const box = card.getBoundingClientRect();
      const sticking = [...root.querySelectorAll('*')]
        .filter((element) => element.getClientRects().length > 0)
        .filter((element) => element.getBoundingClientRect().right > box.right + 0.5)
        .map((element) => element.className || element.tagName);
      return {
        cardWidth: Math.round(box.width),
        cardScrolls: card.scrollWidth > card.clientWidth,
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        sticking,
      };
    });
    expect(overflow.cardWidth).toBeLessThanOrEqual(304);
    expect(overflow).toMatchObject({ cardScrolls: false, pageScrolls: false, sticking: [] });
    await gmail.close();
  });

  it('sits in the flow right above the body and never covers the message text', async () => {
    const gmail = await newPage();
    await openGmail(gmail);
    const placement = await gmail.evaluate(() => {
      const host = document.querySelector('[data-bounce-lens]') as HTMLElement;
      const body = document.querySelector('div.ii.gt') as HTMLElement;
      const positioned = [host, ...(host.shadowRoot as ShadowRoot).querySelectorAll('*')]
        .map((element) => getComputedStyle(element).position)
        .filter((position) => position === 'fixed' || position === 'absolute' || position === 'sticky');
      return {
        nextIsBody: host.nextElementSibling === body,
        above: host.getBoundingClientRect().bottom <= body.getBoundingClientRect().top + 0.5,
        positioned,
      };
    });
    expect(placement).toEqual({ nextIsBody: true, above: true, positioned: [] });
    await gmail.close();
  });
});

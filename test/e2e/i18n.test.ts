// @vitest-environment node
// Languages in the built extension: both builds ship the catalogues the source has, every __MSG_...__ in
// the built manifests resolves, and the extension's pages take their words from the browser's i18n API
// (not from text baked into the bundle): the popup and the options page read what the catalogue says, and
// a Chromium running in German shows the German catalogue on the popup, the options page and the card.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, DIST_CHROME, launchWithExtension, serveWebmail, type ExtensionBrowser } from './browser';
import { CARD, FINDING } from './expectations';
import { fixtureMessage, fixturePage, messageUrl } from './pages';
import { loadSample, OWN_SAMPLES, REPO_ROOT } from './samples';

type Catalogue = Record<string, { message: string }>;
const SOURCE_LOCALES = path.join(REPO_ROOT, 'public/_locales');
const readCatalogue = (dir: string, locale: string): Catalogue =>
  JSON.parse(readFileSync(path.join(dir, locale, 'messages.json'), 'utf8')) as Catalogue;
const english = readCatalogue(SOURCE_LOCALES, 'en');

describe.each(['chrome', 'firefox'] as const)('dist/%s', (target) => {
  const dir = path.join(REPO_ROOT, 'dist', target);
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first`);

  it('ships every catalogue of the source, unchanged', () => {
    const locales = readdirSync(SOURCE_LOCALES);
    expect(readdirSync(path.join(dir, '_locales')).sort()).toEqual(locales.sort());
    for (const locale of locales) expect(readCatalogue(path.join(dir, '_locales'), locale)).toEqual(readCatalogue(SOURCE_LOCALES, locale));
  });

  it('has a default locale and resolves every __MSG_...__ of its manifest', () => {
    const text = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(text) as { default_locale?: string; name: string; description: string };
    expect(manifest.default_locale).toBe('en');
    const keys = [...text.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] as string);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandOpenPopup']));
    for (const key of keys) expect(english[key]?.message, key).toBeTruthy();
  });
});

describe('pages in the browser', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('the popup takes its words from the catalogue', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.popupUrl);
    await page.locator('textarea').waitFor();
    expect(await page.title()).toBe(english.extName?.message);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('label[for="query"]').textContent()).toBe(english.popup_field_label?.message);
    expect(await page.getByRole('button', { name: english.popup_settings?.message }).count()).toBe(1);
    // The browser's own API answers (the bundle's English fallback is not what speaks here).
    expect(await page.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } }).chrome.i18n.getMessage('popup_field_label'))).toBe(
      english.popup_field_label?.message,
    );
    await page.close();
  });

  it('the options page takes its words from the catalogue', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe(english.options_title?.message);
    expect(await page.title()).toBe(english.options_title?.message);
    const legends = await page.locator('legend').allTextContents();
    expect(legends).toEqual([english.options_webmails_legend, english.options_layout_legend, english.options_audience_legend].map((entry) => entry?.message));
    await page.close();
  });
});

describe('in a German browser (--lang=de)', () => {
  const german = readCatalogue(SOURCE_LOCALES, 'de');
  let context: BrowserContext;
  let extensionId: string;
  let userDataDir: string;

  beforeAll(async () => {
    userDataDir = await mkdtemp(path.join(os.tmpdir(), 'bounce-lens-e2e-de-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [`--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`, '--no-sandbox', '--disable-gpu', '--lang=de'],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    const own = OWN_SAMPLES.find((sample) => sample.id === 'own-gmail-5-7-26');
    if (!own) throw new Error('own 5.7.26 fixture missing');
    const loaded = await loadSample(own);
    await serveWebmail(context, { gmail: fixturePage('gmail', [fixtureMessage(own.id, loaded.rendered)]) });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  it('shows the popup and the options page in German, with lang="de"', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    expect(await page.locator('label[for="query"]').textContent()).toBe(german.popup_field_label?.message);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    expect(await page.locator('h1').textContent()).toBe(german.options_title?.message);
    await page.close();
  });

  it('labels the card in German; the dataset text stays English', async () => {
    const page = await context.newPage();
    await page.goto(messageUrl('gmail', 'own-gmail-5-7-26'));
    await page.locator(FINDING).first().waitFor();
    expect(await page.locator(`${CARD} button.bl-close`).getAttribute('aria-label')).toBe(german.card_close_label?.message);
    expect(await page.locator(`${CARD} details.bl-admin summary`).first().textContent()).toBe(german.admin_summary?.message);
    // One recipient with an entry: the headline names it and the entry's title (dataset text, English).
    const headline = german.headline_bounce_one?.message ?? '';
    expect(headline).not.toBe('');
    expect(await page.locator(`${CARD} .bl-headline`).textContent()).toMatch(new RegExp(`^${headline.split('$RECIPIENT$')[0]}\\S+@`));
    await page.close();
  });
});

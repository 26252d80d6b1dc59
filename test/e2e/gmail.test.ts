// @vitest-environment node
// The built extension on a Gmail-shaped page served at https://mail.google.com: a card on each bounce
// (real ones from the corpus when present, our own always), none on an ordinary message, a new card after
// in-app navigation, dismissal by Esc and by the close button, styles isolated both ways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveWebmail, type ExtensionBrowser, type ServedLog } from './browser';
import { CARD, FINDING, expectedCard, readFinding } from './expectations';
import { fixtureMessage, fixturePage, messageUrl } from './pages';
import { CORPUS_SAMPLES, ORDINARY_MESSAGE, OWN_SAMPLES, corpusAvailable, loadMessage, loadSample, samples, type LoadedSample } from './samples';

const ALL = samples();
let browser: ExtensionBrowser;
let page: Page;
let loaded: LoadedSample[];
let served: ServedLog;

beforeAll(async () => {
  loaded = await Promise.all(ALL.map(loadSample));
  const ordinary = fixtureMessage('ordinary', await loadMessage(ORDINARY_MESSAGE));
  browser = await launchWithExtension();
  served = await serveWebmail(browser.context, {
    gmail: fixturePage('gmail', [...loaded.map((sample) => fixtureMessage(sample.id, sample.rendered)), ordinary]),
  });
  page = await freshPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** A new tab: the content script starts afresh (dismissals and the lazy chunk are per tab). */
async function freshPage(): Promise<Page> {
  const tab = await browser.context.newPage();
  tab.setDefaultTimeout(10_000);
  return tab;
}

/** Opens a conversation. In the same tab only the hash changes, as when clicking in Gmail. */
async function open(id: string, tab: Page = page): Promise<void> {
  await tab.goto(messageUrl('gmail', id));
  await tab.locator('div.a3s').filter({ hasText: /\S/ }).waitFor();
}

async function expectCardFor(id: string): Promise<void> {
  const sample = loaded.find((candidate) => candidate.id === id) as LoadedSample;
  await open(id);
  const finding = page.locator(FINDING).first();
  await finding.waitFor();
  expect(await readFinding(finding)).toEqual(expectedCard(sample));
  // Mounted in the message, right before the body wrapper.
  const placed = await page.evaluate(() => {
    const host = document.querySelector('[data-bounce-lens]');
    return {
      inMessage: Boolean(host?.closest('div.adn.ads[data-message-id]')),
      beforeBody: host?.nextElementSibling?.matches('div.ii.gt') ?? false,
      openShadow: host?.shadowRoot?.mode === 'open',
    };
  });
  expect(placed).toEqual({ inMessage: true, beforeBody: true, openShadow: true });
  expect(await page.locator(CARD).count()).toBe(1);
}

describe.skipIf(!corpusAvailable)('Gmail: a card on each real bounce (../shared/corpus)', () => {
  it.each(CORPUS_SAMPLES.map((sample) => [sample.id, sample.file]))('%s (%s)', (id) => expectCardFor(id));
});

describe('Gmail: a card on each of our own bounces', () => {
  it.each(OWN_SAMPLES.map((sample) => [sample.id]))('%s', (id) => expectCardFor(id));
});

describe('Gmail: behaviour', () => {
  it('puts no card on an ordinary message, and does not load the engine there', async () => {
    // A fresh page: the lazy chunk loads once per tab, so an earlier bounce in this tab would hide it.
    const fresh = await freshPage();
    served.extensionFiles.length = 0;
    await fresh.goto(messageUrl('gmail', 'ordinary'));
    await fresh.locator('div.a3s').filter({ hasText: /\S/ }).waitFor();
    await fresh.waitForTimeout(800);
    expect(await fresh.locator(CARD).count()).toBe(0);
    // The small injected part ran (it imported its chunk), the engine and card did not load.
    expect(served.extensionFiles.some((file) => /gmail/.test(file))).toBe(true);
    expect(served.extensionFiles.filter((file) => /explain/.test(file))).toEqual([]);
    await fresh.close();
  });

  it('follows in-app navigation (hash change, view swap) to a second bounce; the old card goes', async () => {
    const [first, second] = loaded.filter((sample) => sample.family !== 'microsoft-ndr');
    if (!first || !second) throw new Error('need two Gmail samples');
    await open(first.id);
    await page.locator(FINDING).first().waitFor();
    await page.click(`[data-fixture-open="${second.id}"]`);
    await expect.poll(() => page.locator(FINDING).first().getAttribute('data-status')).toBe(second.expected.status);
    expect(await page.locator(CARD).count()).toBe(1);
    expect(page.url()).toContain(`#inbox/${second.id}`);
    // Back to the list: no message open, no card.
    await page.evaluate(() => {
      location.hash = '#inbox';
    });
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
  });

  it('closes on Esc and stays closed for that message', async () => {
    const sample = loaded[0] as LoadedSample;
    const tab = await freshPage();
    await open(sample.id, tab);
    await tab.locator(`${CARD} button.bl-close`).focus();
    await tab.keyboard.press('Escape');
    await expect.poll(() => tab.locator(CARD).count()).toBe(0);
    // A DOM change makes the runtime scan again: the card must not come back.
    await tab.evaluate(() => document.body.append(document.createElement('div')));
    await tab.waitForTimeout(600);
    expect(await tab.locator(CARD).count()).toBe(0);
    await tab.close();
  });

  it('closes with the close button, reachable by keyboard', async () => {
    const sample = loaded[1] as LoadedSample;
    const tab = await freshPage();
    await open(sample.id, tab);
    const close = tab.locator(`${CARD} button.bl-close`);
    await close.waitFor();
    expect(await close.getAttribute('aria-label')).toMatch(/close/i);
    await close.click();
    await expect.poll(() => tab.locator(CARD).count()).toBe(0);
    await tab.close();
  });

  it('keeps styles apart both ways and opens the admin section from the keyboard', async () => {
    const sample = loaded[0] as LoadedSample;
    const tab = await freshPage();
    await open(sample.id, tab);
    await tab.locator(FINDING).first().waitFor();
    // Hostile page styles, and a page element using one of the card's class names.
    await tab.addStyleTag({ content: '* { color: rgb(255, 0, 0) !important; font-family: serif !important; } h3 { font-size: 40px !important; }' });
    await tab.evaluate(() => {
      const p = document.createElement('p');
      p.className = 'bl-card';
      p.id = 'page-element';
      document.body.append(p);
    });
    const styles = await tab.evaluate(() => {
      const root = document.querySelector('[data-bounce-lens]')?.shadowRoot;
      const title = root?.querySelector('.bl-title');
      const card = root?.querySelector('.bl-card');
      const pageElement = document.getElementById('page-element');
      if (!title || !card || !pageElement) return null;
      return {
        titleColor: getComputedStyle(title).color,
        titleSize: getComputedStyle(title).fontSize,
        cardFont: getComputedStyle(card).fontFamily,
        cardBorder: getComputedStyle(card).borderLeftWidth,
        pageBorder: getComputedStyle(pageElement).borderLeftWidth,
        documentStyles: document.querySelectorAll('style').length,
      };
    });
    expect(styles).toMatchObject({ titleColor: 'rgb(31, 35, 40)', titleSize: '17px', cardBorder: '5px', pageBorder: '0px' });
    expect(styles?.cardFont).toMatch(/system-ui/);
    const summary = tab.locator(`${CARD} details.bl-admin summary`).first();
    await summary.focus();
    await tab.keyboard.press('Enter');
    expect(await tab.locator(`${CARD} details.bl-admin`).first().getAttribute('open')).not.toBeNull();
    expect(await tab.locator(`${CARD} .bl-evidence`).first().textContent()).toMatch(new RegExp(sample.expected.status.replace(/\./g, '\\.')));
    await tab.close();
  });

  it('links references safely', async () => {
    const sample = loaded[0] as LoadedSample;
    const tab = await freshPage();
    await open(sample.id, tab);
    await tab.locator(FINDING).first().waitFor();
    const links = await tab.locator(`${CARD} a`).evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href') ?? '', target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    }
    await tab.close();
  });
});

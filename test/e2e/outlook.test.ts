// @vitest-environment node
// The built extension on an Outlook-shaped page served at the Outlook on the web hosts: a card on the
// Microsoft NDR (real one from the corpus when present, our own always) on each of the four hosts, none on
// an ordinary message, and a new card after in-app navigation (pushState, reading pane redrawn).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveWebmail, type ExtensionBrowser } from './browser';
import { CARD, FINDING, expectedCard, readFinding } from './expectations';
import { WEBMAIL_HOSTS, fixtureMessage, fixturePage, messageUrl } from './pages';
import { CORPUS_SAMPLES, ORDINARY_MESSAGE, OWN_SAMPLES, corpusAvailable, loadMessage, loadSample, samples, type LoadedSample } from './samples';

const ALL = samples();
let browser: ExtensionBrowser;
let loaded: LoadedSample[];

beforeAll(async () => {
  loaded = await Promise.all(ALL.map(loadSample));
  const ordinary = fixtureMessage('ordinary', await loadMessage(ORDINARY_MESSAGE));
  browser = await launchWithExtension();
  await serveWebmail(browser.context, {
    outlook: fixturePage('outlook', [...loaded.map((sample) => fixtureMessage(sample.id, sample.rendered)), ordinary]),
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<Page> {
  const tab = await browser.context.newPage();
  tab.setDefaultTimeout(10_000);
  return tab;
}

async function open(tab: Page, id: string, host?: string): Promise<void> {
  await tab.goto(messageUrl('outlook', id, host));
  await tab.locator('[id^="UniqueMessageBody"]').filter({ hasText: /\S/ }).waitFor();
}

const sampleById = (id: string): LoadedSample => loaded.find((sample) => sample.id === id) as LoadedSample;

async function expectCardAt(id: string, host: string): Promise<void> {
  const tab = await freshPage();
  await open(tab, id, host);
  const finding = tab.locator(FINDING).first();
  await finding.waitFor();
  expect(await readFinding(finding)).toEqual(expectedCard(sampleById(id)));
  const placed = await tab.evaluate(() => {
    const card = document.querySelector('[data-bounce-lens]');
    return {
      beforeBody: card?.nextElementSibling?.matches('[id^="UniqueMessageBody"][role="document"]') ?? false,
      openShadow: card?.shadowRoot?.mode === 'open',
    };
  });
  expect(placed).toEqual({ beforeBody: true, openShadow: true });
  await tab.close();
}

const atEveryHost = (ids: string[]) => ids.flatMap((id) => WEBMAIL_HOSTS.outlook.map((host) => [id, host]));

describe.skipIf(!corpusAvailable)('Outlook: a card on the real Microsoft NDR (../shared/corpus), on every Outlook host', () => {
  const ids = CORPUS_SAMPLES.filter((sample) => sample.family === 'microsoft-ndr').map((sample) => sample.id);
  it.each(atEveryHost(ids))('%s at %s', (id, host) => expectCardAt(id, host));
});

describe('Outlook: a card on our own Microsoft NDR, on every Outlook host', () => {
  const ids = OWN_SAMPLES.filter((sample) => sample.family === 'microsoft-ndr').map((sample) => sample.id);
  it.each(atEveryHost(ids))('%s at %s', (id, host) => expectCardAt(id, host));
});

describe('Outlook: behaviour', () => {
  it('puts no card on an ordinary message', async () => {
    const tab = await freshPage();
    await open(tab, 'ordinary');
    await tab.waitForTimeout(800);
    expect(await tab.locator(CARD).count()).toBe(0);
    await tab.close();
  });

  it('follows in-app navigation (pushState, reading pane redrawn) to another bounce; the old card goes', async () => {
    const first = loaded.find((sample) => sample.family === 'microsoft-ndr') as LoadedSample;
    const second = loaded.find((sample) => sample.family === 'gmail-5.7.26') as LoadedSample;
    const tab = await freshPage();
    await open(tab, first.id);
    await expect.poll(() => tab.locator(FINDING).first().getAttribute('data-status')).toBe(first.expected.status);
    await tab.click(`[data-fixture-open="${second.id}"]`);
    await expect.poll(() => tab.locator(FINDING).first().getAttribute('data-status')).toBe(second.expected.status);
    expect(await tab.locator(CARD).count()).toBe(1);
    expect(new URL(tab.url()).pathname).toBe(`/mail/inbox/id/${second.id}`);
    // To an ordinary message: the card goes.
    await tab.click('[data-fixture-open="ordinary"]');
    await expect.poll(() => tab.locator(CARD).count()).toBe(0);
    await tab.close();
  });

  it('closes on Esc', async () => {
    const sample = loaded.find((candidate) => candidate.family === 'microsoft-ndr') as LoadedSample;
    const tab = await freshPage();
    await open(tab, sample.id);
    await tab.locator(`${CARD} button.bl-close`).focus();
    await tab.keyboard.press('Escape');
    await expect.poll(() => tab.locator(CARD).count()).toBe(0);
    await tab.close();
  });
});

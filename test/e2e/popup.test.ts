// @vitest-environment node
// The toolbar popup, opened as its extension page (the path comes from the built manifest): a code
// lookup, a pasted bounce, and the messages for empty and unknown input.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { ORDINARY_MESSAGE, samples } from './samples';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(browser.popupUrl);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function ask(input: string): Promise<void> {
  await page.fill('textarea', input);
}

describe('popup', () => {
  it('focuses the input and shows a hint while it is empty', async () => {
    // Focus is set once the popup has rendered, a moment after load.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await page.locator('[data-result="empty"]').textContent()).toMatch(/550 5\.7\.26/);
  });

  it('answers 550 5.7.26 with a card showing 5.7.26', async () => {
    await ask('550 5.7.26');
    const card = page.locator('[data-status="5.7.26"]').first();
    await card.waitFor();
    expect(await card.locator('.bl-code', { hasText: '5.7.26' }).count()).toBeGreaterThan(0);
    expect((await card.locator('.bl-title').textContent())?.trim()).not.toBe('');
    expect(await card.locator('.bl-meaning').textContent()).toMatch(/\w{3,}/);
  });

  it.each(['5.1.1', '4.7.650'])('looks up %s', async (code) => {
    await ask(code);
    await page.locator(`.bl-card [data-status="${code}"]`).first().waitFor();
  });

  it('explains a pasted bounce', async () => {
    const own = samples().find((sample) => sample.id === 'own-gmail-5-7-26');
    if (!own) throw new Error('own fixture missing');
    await ask(readFileSync(own.file, 'utf8'));
    const finding = page.locator('article.bl-card[data-kind="bounce"] [data-status]').first();
    await finding.waitFor();
    expect(await finding.getAttribute('data-status')).toBe('5.7.26');
    expect(await finding.getAttribute('data-reply')).toBe('550');
    expect(await finding.getAttribute('data-recipient')).toBe('friend@example.org');
  });

  it('says when a code is unknown and when the text holds no bounce', async () => {
    await ask('5.9.999');
    await expect.poll(() => page.locator('[data-result="unknown"]').textContent()).toMatch(/no entry for “5\.9\.999”/);
    await ask('banana smoothie');
    await expect.poll(() => page.locator('[data-result="unknown"]').textContent()).toMatch(/found no code or bounce/);
    await ask(readFileSync(ORDINARY_MESSAGE, 'utf8'));
    await expect.poll(() => page.locator('[data-result="unknown"]').textContent()).toMatch(/found no code or bounce/);
    await ask('');
    await page.locator('[data-result="empty"]').waitFor();
  });
});

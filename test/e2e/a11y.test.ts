// @vitest-environment node
// Accessibility of every surface the extension draws, checked with axe-core in the built extension: the
// popup (empty, with a looked-up code, with an explained bounce), the options page, and the card on the
// Gmail-shaped fixture page (in its open shadow root: axe walks open shadow trees). Each runs in the light
// and the dark colour scheme, since contrast is where a dark theme usually breaks. Serious and critical
// violations fail the test; every violation is printed, so minor ones are visible too.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults, Result } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST_CHROME, launchWithExtension, serveWebmail, type ExtensionBrowser } from './browser';
import { CARD, FINDING } from './expectations';
import { fixtureMessage, fixturePage, messageUrl } from './pages';
import { loadSample, OWN_SAMPLES } from './samples';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** The options page from the built manifest (options_ui or options_page), when the build has one. */
function optionsPath(): string | undefined {
  const manifest = JSON.parse(readFileSync(path.join(DIST_CHROME, 'manifest.json'), 'utf8')) as {
    options_ui?: { page?: string };
    options_page?: string;
  };
  const page = manifest.options_ui?.page ?? manifest.options_page;
  return page && existsSync(path.join(DIST_CHROME, page)) ? page : undefined;
}

let browser: ExtensionBrowser;
const OPTIONS_PATH = existsSync(path.join(DIST_CHROME, 'manifest.json')) ? optionsPath() : undefined;
const CARD_SAMPLE = OWN_SAMPLES.find((sample) => sample.id === 'own-gmail-5-7-26');

beforeAll(async () => {
  browser = await launchWithExtension();
  if (!CARD_SAMPLE) throw new Error('own 5.7.26 fixture missing');
  const loaded = await loadSample(CARD_SAMPLE);
  await serveWebmail(browser.context, { gmail: fixturePage('gmail', [fixtureMessage(CARD_SAMPLE.id, loaded.rendered)]) });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function newPage(scheme: Scheme): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.emulateMedia({ colorScheme: scheme });
  return page;
}

function describeViolation(violation: Result): string {
  const targets = violation.nodes.slice(0, 5).map((node) => `      ${JSON.stringify(node.target)} ${node.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? ''}`);
  return [`  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.nodes.length} node(s))`, ...targets].join('\n');
}

/** Runs axe, prints every violation, and returns the blocking ones as "impact rule-id" strings.
 *  `inShadow`: the surface lives in a shadow root, so axe must have checked nodes inside one. */
async function blockingViolations(label: string, builder: AxeBuilder, inShadow = false): Promise<string[]> {
  const results: AxeResults = await builder.analyze();
  if (results.violations.length > 0) console.log(`axe on ${label}:\n${results.violations.map(describeViolation).join('\n')}`);
  // A run that checked nothing would pass silently: make sure axe saw the surface.
  expect(results.passes.length + results.violations.length).toBeGreaterThan(5);
  if (inShadow) {
    // axe names a node inside a shadow root by a path: [host selector, selector within the root].
    const shadowNodes = [...results.passes, ...results.violations].flatMap((rule) => rule.nodes).filter((node) => node.target.length > 1 || Array.isArray(node.target[0]));
    expect(shadowNodes.length).toBeGreaterThan(0);
  }
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

describe.each(SCHEMES)('axe, %s colour scheme', (scheme) => {
  it('popup, empty', async () => {
    const page = await newPage(scheme);
    await page.goto(browser.popupUrl);
    await page.locator('[data-result="empty"]').waitFor();
    expect(await blockingViolations(`popup (empty, ${scheme})`, new AxeBuilder({ page }))).toEqual([]);
    await page.close();
  });

  it('popup, a looked-up code', async () => {
    const page = await newPage(scheme);
    await page.goto(browser.popupUrl);
    await page.fill('textarea', '550 5.7.26');
    await page.locator('.bl-card [data-status="5.7.26"]').first().waitFor();
    expect(await blockingViolations(`popup (550 5.7.26, ${scheme})`, new AxeBuilder({ page }))).toEqual([]);
    await page.close();
  });

  it('popup, an explained bounce', async () => {
    const page = await newPage(scheme);
    await page.goto(browser.popupUrl);
    await page.fill('textarea', readFileSync((CARD_SAMPLE as { file: string }).file, 'utf8'));
    await page.locator('article.bl-card[data-kind="bounce"] [data-status]').first().waitFor();
    expect(await blockingViolations(`popup (pasted bounce, ${scheme})`, new AxeBuilder({ page }))).toEqual([]);
    await page.close();
  });

  // The cards that are not failures (a success DSN, an out-of-office reply, a spam complaint) have their
  // own badges and sections: checked the same way. Made-up messages, pasted as text.
  it.each([
    ['delivered', 'delivered', 'Final-Recipient: rfc822; lee@example.com\nAction: delivered\nStatus: 2.0.0\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4ABCD\n'],
    ['auto-reply', 'autoreply', 'Subject: Out of Office: Quarterly plan\nAuto-Submitted: auto-replied\nFrom: Lee <lee@example.com>\nTo: ann@example.com\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n\nI am out of the office until Monday with no access to email.\n'],
    ['complaint', 'complaint', 'Feedback-Type: abuse\nUser-Agent: ExampleFBL/1.0\nVersion: 1\nOriginal-Rcpt-To: lee@example.com\nSource-IP: 192.0.2.7\nReported-Domain: example.com\n'],
  ])('popup, a %s card', async (_label, kind, text) => {
    const page = await newPage(scheme);
    await page.goto(browser.popupUrl);
    await page.fill('textarea', text);
    await page.locator(`article.bl-card[data-kind="${kind}"] .bl-finding`).first().waitFor();
    expect(await blockingViolations(`popup (${kind} card, ${scheme})`, new AxeBuilder({ page }))).toEqual([]);
    await page.close();
  });

  it.skipIf(!OPTIONS_PATH)(`options page${OPTIONS_PATH ? '' : ' (skipped: the build has no options_ui page yet)'}`, async () => {
    const page = await newPage(scheme);
    await page.goto(`chrome-extension://${browser.extensionId}/${OPTIONS_PATH}`);
    await page.locator('input, select, button').first().waitFor();
    expect(await blockingViolations(`options (${scheme})`, new AxeBuilder({ page }))).toEqual([]);
    await page.close();
  });

  it('card on the Gmail fixture', async () => {
    const page = await newPage(scheme);
    await page.goto(messageUrl('gmail', (CARD_SAMPLE as { id: string }).id));
    await page.locator(FINDING).first().waitFor();
    // Only the card is ours: the fixture page around it stands in for Gmail.
    const builder = new AxeBuilder({ page }).include(CARD);
    expect(await blockingViolations(`card (${scheme})`, builder, true)).toEqual([]);
    await page.close();
  });
});

// @vitest-environment node
// A bounce is attacker-controlled: anyone can send one, and a forged one can carry markup and script in
// every field. The built extension, on fixture pages served at the real webmail addresses, must render all
// of it as text: nothing executes (in the page's world, where injected event handlers would run), no
// element is created from it in the card's shadow root or in the page, and the card's links are http(s)
// only, open in a new tab without an opener, and show their address. The same for the popup, where a
// bounce is pasted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveWebmail, type ExtensionBrowser } from './browser';
import { CARD, FINDING } from './expectations';
import { fixturePage, messageUrl, type FixtureMessage, type Webmail } from './pages';

/** Each payload sets window.__pwned (or opens a dialog) if it ever runs. */
const PAYLOAD = {
  img: '<img src=x onerror=window.__pwned=1>',
  script: '<script>window.__pwned=1</script>',
  svg: '"><svg onload=window.__pwned=1>',
  js: 'javascript:window.__pwned=1',
  data: 'data:text/html,<script>window.__pwned=1</script>',
  iframe: '<iframe src="javascript:window.__pwned=1"></iframe>',
  alert: "'><img src=y onerror=alert(1)>",
  object: '<object data="javascript:window.__pwned=1"></object>',
  style: '<style>*{background:url(javascript:window.__pwned=1)}</style>',
};
const ALL = Object.values(PAYLOAD).join(' ');
/** An address the engine's address pattern accepts, with characters that break out of HTML attributes. */
const HOSTILE_RECIPIENT = "x'/onload=window.__pwned=1//@example.com";

/** A Postfix bounce with its delivery-status part: payloads in the recipient, the remote host, the reply,
 *  URLs in the text, provider-like tokens, blocklists, authentication results, the DSN fields and the
 *  quoted original's subject. */
const HOSTILE_TEXT = [
  'This is the mail system at host mx.example.net.',
  '',
  "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
  '',
  `<${HOSTILE_RECIPIENT}>: host mx.${PAYLOAD.img}.example.com[192.0.2.1] said: 550 5.1.1 ${ALL}`,
  `    user unknown [TSS04] ${PAYLOAD.svg} AS(201806281)${PAYLOAD.script} S3150 zen.spamhaus.org${PAYLOAD.img}`,
  `    see ${PAYLOAD.js} or ${PAYLOAD.data} or https://evil.example/${PAYLOAD.svg} spf=${PAYLOAD.script}`,
  '    (in reply to RCPT TO command)',
  '',
  `Reporting-MTA: dns; ${PAYLOAD.svg}.example.net`,
  '',
  `Original-Recipient: rfc822; ${PAYLOAD.img}@example.com`,
  `Final-Recipient: rfc822; ${HOSTILE_RECIPIENT}`,
  'Action: failed',
  'Status: 5.1.1',
  `Remote-MTA: dns; ${PAYLOAD.img}`,
  `Diagnostic-Code: smtp; 550 5.1.1 ${PAYLOAD.script} ${PAYLOAD.js} ${PAYLOAD.iframe} ${PAYLOAD.object}`,
  `Last-Attempt-Date: ${PAYLOAD.alert}`,
  '',
  '-- Original message --',
  `Subject: ${ALL}`,
  `From: ${PAYLOAD.svg} <robin@example.org>`,
].join('\n');

const HOSTILE_MESSAGE: FixtureMessage = {
  id: 'hostile',
  subject: `Undelivered Mail Returned to Sender ${PAYLOAD.script}${PAYLOAD.img}`,
  fromName: `Mail Delivery System ${PAYLOAD.svg}`,
  fromAddress: 'MAILER-DAEMON@example.net',
  text: HOSTILE_TEXT,
};

/** Elements a payload could create; the card's own UI uses none of them. */
const FORBIDDEN = 'img, script, svg, iframe, object, embed, frame, frameset, math, form, input, link, meta, base, video, audio, source, image, use';

interface ShadowAudit {
  forbidden: string[];
  eventAttributes: string[];
  links: { href: string; target: string | null; rel: string | null; shown: boolean }[];
  text: string;
  styleElements: number;
}

/** Runs in the page: what the card's shadow root holds. */
async function auditCard(page: Page): Promise<ShadowAudit> {
  return page.evaluate(
    ([forbiddenSelector, cardSelector]) => {
      const root = document.querySelector(cardSelector)?.shadowRoot;
      if (!root) throw new Error('no card shadow root');
      const all = [...root.querySelectorAll('*')];
      return {
        forbidden: [...root.querySelectorAll(forbiddenSelector)].map((el) => el.outerHTML.slice(0, 120)),
        eventAttributes: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        links: [...root.querySelectorAll('a')].map((a) => ({
          href: a.getAttribute('href') ?? '',
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel'),
          // The address is shown next to the link (in its list item), or is the link's own text.
          shown: (a.closest('li') ?? a.parentElement ?? a).textContent?.includes(a.getAttribute('href') ?? '\u0000') ?? false,
        })),
        text: root.textContent ?? '',
        // Our one stylesheet; a payload's <style> would add another.
        styleElements: root.querySelectorAll('style').length,
      };
    },
    [FORBIDDEN, CARD] as const,
  );
}

let browser: ExtensionBrowser;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveWebmail(browser.context, {
    gmail: fixturePage('gmail', [HOSTILE_MESSAGE]),
    outlook: fixturePage('outlook', [HOSTILE_MESSAGE]),
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function openHostile(webmail: Webmail): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(messageUrl(webmail, HOSTILE_MESSAGE.id));
  await page.locator(FINDING).first().waitFor();
  // Open every folded part, so that anything lazily rendered is rendered.
  await page.locator(`${CARD} details`).evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
  // Error events of broken images and loads fire after the card is drawn: give them time.
  await page.waitForTimeout(700);
  return page;
}

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

describe.each(['gmail', 'outlook'] as const)('%s: a bounce full of script and markup', (webmail) => {
  let page: Page;
  let audit: ShadowAudit;

  beforeAll(async () => {
    page = await openHostile(webmail);
    audit = await auditCard(page);
  }, 30_000);

  afterAll(async () => {
    await page?.close();
  });

  it('shows a card for it (the payloads went through the engine and the card)', async () => {
    const finding = page.locator(FINDING).first();
    expect(await finding.getAttribute('data-status')).toBe('5.1.1');
    expect(await finding.getAttribute('data-reply')).toBe('550');
    expect(await finding.getAttribute('data-recipient')).toBe(HOSTILE_RECIPIENT.toLowerCase());
  });

  it('runs none of it', async () => {
    await expectNothingRan(page);
  });

  it('creates no element from it in the card', () => {
    expect(audit.forbidden).toEqual([]);
    expect(audit.eventAttributes).toEqual([]);
    expect(audit.styleElements).toBe(1);
  });

  it('renders it as text: the payloads are readable on the card', () => {
    expect(audit.text).toContain(PAYLOAD.img);
    expect(audit.text).toContain(PAYLOAD.script);
    expect(audit.text).toContain(PAYLOAD.js);
  });

  it('links only http(s), in a new tab without opener, each showing its address', () => {
    expect(audit.links.length).toBeGreaterThan(0);
    for (const link of audit.links) {
      expect(new URL(link.href).protocol).toMatch(/^https?:$/);
      expect(link).toMatchObject({ target: '_blank', rel: 'noopener noreferrer', shown: true });
    }
    // No link was made from the message's own URLs.
    expect(audit.links.filter((link) => /evil\.example|javascript|data:/i.test(link.href))).toEqual([]);
  });

  it('creates no element from it in the page either', async () => {
    const inPage = await page.evaluate((selector) => ({
      // The fixture's head has its own <meta>; its body has only its two scripts.
      forbidden: [...document.body.querySelectorAll(selector)].filter((el) => el.tagName !== 'SCRIPT').map((el) => el.outerHTML.slice(0, 80)),
      scripts: document.querySelectorAll('script').length,
    }), FORBIDDEN);
    expect(inPage.forbidden).toEqual([]);
    // The fixture's own two scripts (its JSON and its renderer), nothing more.
    expect(inPage.scripts).toBe(2);
  });

  it('the checks catch a payload that does get injected (control)', async () => {
    const control = await browser.context.newPage();
    await control.goto(messageUrl(webmail, 'none'));
    await control.evaluate((html) => {
      const host = document.createElement('div');
      host.setAttribute('data-bounce-lens', '');
      document.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = `<style></style>${html}`;
    }, ALL);
    await control.waitForTimeout(500);
    expect(await control.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBe(1);
    const injected = await auditCard(control);
    expect(injected.forbidden.length).toBeGreaterThan(0);
    expect(injected.eventAttributes.length).toBeGreaterThan(0);
    await control.close();
  });
});

describe('popup: a pasted bounce full of script and markup', () => {
  it('runs none of it and creates no element from it', async () => {
    const popup = await browser.context.newPage();
    popup.setDefaultTimeout(10_000);
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await popup.goto(browser.popupUrl);
    await popup.fill('textarea', `Subject: ${HOSTILE_MESSAGE.subject}\nFrom: ${HOSTILE_MESSAGE.fromName} <${HOSTILE_MESSAGE.fromAddress}>\n\n${HOSTILE_TEXT}`);
    await popup.locator('.bl-card [data-status="5.1.1"]').first().waitFor();
    await popup.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    await popup.waitForTimeout(500);
    const audit = await popup.evaluate((selector) => ({
      forbidden: [...document.querySelectorAll(`.bl-card :is(${selector})`)].map((el) => el.outerHTML.slice(0, 80)),
      eventAttributes: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      pwned: (window as { __pwned?: unknown }).__pwned,
      text: document.querySelector('.bl-card')?.textContent ?? '',
    }), FORBIDDEN);
    expect(audit.pwned).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(audit.forbidden).toEqual([]);
    expect(audit.eventAttributes).toEqual([]);
    for (const href of audit.hrefs) expect(new URL(href).protocol).toMatch(/^https?:$/);
    expect(audit.text).toContain(PAYLOAD.img);
    await popup.close();
  });
});

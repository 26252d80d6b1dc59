// @vitest-environment happy-dom
// Outlook on the web's selectors against snippets in the shape of its DOM. When Outlook changes, this file
// and src/content/outlook.ts are the two places to update.
import { beforeEach, describe, expect, it } from 'vitest';
import { OUTLOOK_SELECTORS, outlookDriver } from '../../src/content/outlook';

const READING_PANE = `
<div id="MailList"><div role="option">Undeliverable: Quarterly figures</div></div>
<div id="ReadingPaneContainerId">
  <div role="heading" aria-level="2" id="CONV_AAQk_SUBJECT">Undeliverable: Quarterly figures</div>
  <div class="item" id="item-1">
    <div class="header">
      <span id="MSG_AAMk1_FROM"><span title="me@example.com">Me</span></span>
    </div>
    <div id="UniqueMessageBody_1" role="document" aria-label="Message body">Earlier message in the conversation.</div>
  </div>
  <div class="item" id="item-2">
    <div class="header">
      <span id="MSG_AAMk2_FROM"><span title="postmaster@example.onmicrosoft.com">Microsoft Outlook</span></span>
    </div>
    <div class="wrap"><div id="UniqueMessageBody_2" role="document" aria-label="Message body">Your message to someone@example.net couldn't be delivered.</div></div>
  </div>
</div>`;

beforeEach(() => {
  document.body.innerHTML = READING_PANE;
});

describe('OUTLOOK_SELECTORS', () => {
  it.each([
    ['readingPane', 1],
    ['body', 2],
    ['looseBody', 2],
    ['subject', 1],
    ['sender', 2],
  ] as const)('%s matches the Outlook-shaped snippet (%i)', (key, count) => {
    expect(document.querySelectorAll(OUTLOOK_SELECTORS[key])).toHaveLength(count);
  });

  it('readingPane also matches the newer MailReadCompose section', () => {
    document.body.innerHTML = '<div data-app-section="MailReadCompose"></div>';
    expect(document.querySelectorAll(OUTLOOK_SELECTORS.readingPane)).toHaveLength(1);
  });
});

describe('outlookDriver.findOpenedMessages', () => {
  it('returns each message of the conversation with its own sender', () => {
    const messages = outlookDriver.findOpenedMessages(document);
    expect(messages.map((m) => m.container.id)).toEqual(['item-1', 'item-2']);
    expect(messages.map((m) => m.from)).toEqual([
      'Me me@example.com',
      'Microsoft Outlook postmaster@example.onmicrosoft.com',
    ]);
    expect(messages.every((m) => m.subject === 'Undeliverable: Quarterly figures')).toBe(true);
  });

  it('mounts before the body', () => {
    const message = outlookDriver.findOpenedMessages(document)[1];
    expect(message?.mountBefore.id).toBe('UniqueMessageBody_2');
    expect(message?.body.textContent).toContain("couldn't be delivered");
  });

  it('falls back to any document role and heading inside the reading pane', () => {
    document.body.innerHTML = `
      <div data-app-section="MailReadCompose">
        <div role="heading">Undeliverable: Hello</div>
        <div id="MSG_x_FROM">Microsoft Outlook</div>
        <div role="document" id="body">Delivery has failed to these recipients or groups:</div>
      </div>`;
    const [message] = outlookDriver.findOpenedMessages(document);
    expect(message?.body.id).toBe('body');
    expect(message?.subject).toBe('Undeliverable: Hello');
    expect(message?.from).toBe('Microsoft Outlook');
  });

  it('ignores role=document outside the reading pane when no message body id is present', () => {
    document.body.innerHTML = '<div role="document">A document elsewhere in the app</div>';
    expect(outlookDriver.findOpenedMessages(document)).toEqual([]);
  });

  it('still returns a body whose header it cannot find', () => {
    document.body.innerHTML = '<section><div id="UniqueMessageBody_9" role="document">text</div></section>';
    const [message] = outlookDriver.findOpenedMessages(document);
    expect(message?.container.tagName).toBe('SECTION');
    expect(message?.from).toBe('');
  });
});

// @vitest-environment happy-dom
// Gmail's selectors against a snippet in the shape of Gmail's DOM. When Gmail changes, this file and
// src/content/gmail.ts are the two places to update.
import { beforeEach, describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS, gmailDriver } from '../../src/content/gmail';

const CONVERSATION = `
<div role="main" id="view-old" style="display:none">
  <h2 class="hP">An older conversation</h2>
</div>
<div role="main" id="view-current">
  <h2 class="hP" data-legacy-thread-id="18e0">Delivery Status Notification (Failure)</h2>
  <div class="adn ads kv" data-message-id="#msg-f:1000" data-legacy-message-id="18e0a">
    <span class="gD" email="me@example.com" name="Me">Me</span>
  </div>
  <div class="adn ads h7" data-message-id="#msg-f:1001" data-legacy-message-id="18e0b">
    <table><tr><td><h3><span class="gD" email="mailer-daemon@googlemail.com" name="Mail Delivery Subsystem">Mail Delivery Subsystem</span></h3></td></tr></table>
    <div class="ii gt" id="m18e0b">
      <div class="a3s aiL" id=":1a">Address not found<br>Your message wasn't delivered to someone@example.net.</div>
    </div>
  </div>
</div>`;

beforeEach(() => {
  document.body.innerHTML = CONVERSATION;
});

describe('GMAIL_SELECTORS', () => {
  it.each([
    ['message', 2],
    ['subject', 2],
    ['sender', 2],
    ['bodyWrapper', 1],
    ['body', 1],
    ['view', 2],
  ] as const)('%s matches the Gmail-shaped snippet (%i)', (key, count) => {
    expect(document.querySelectorAll(GMAIL_SELECTORS[key])).toHaveLength(count);
  });
});

describe('gmailDriver.findOpenedMessages', () => {
  it('returns the expanded message with its subject, sender and body, skipping the collapsed one', () => {
    const messages = gmailDriver.findOpenedMessages(document);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.container.getAttribute('data-message-id')).toBe('#msg-f:1001');
    expect(message?.subject).toBe('Delivery Status Notification (Failure)');
    expect(message?.from).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(message?.body.id).toBe(':1a');
    expect(message?.body.textContent).toContain("wasn't delivered to someone@example.net");
  });

  it('mounts before the body wrapper, inside the message', () => {
    const [message] = gmailDriver.findOpenedMessages(document);
    expect(message?.mountBefore.id).toBe('m18e0b');
    expect(message?.container.contains(message.mountBefore)).toBe(true);
  });

  it('reads the subject of the view the message is in, not a hidden earlier view', () => {
    document.getElementById('view-old')?.insertAdjacentHTML('afterbegin', '<h2 class="hP">Hidden</h2>');
    const [message] = gmailDriver.findOpenedMessages(document);
    expect(message?.subject).toBe('Delivery Status Notification (Failure)');
  });

  it('gives the bare address when the name is the address', () => {
    const sender = document.querySelector('[data-message-id="#msg-f:1001"] span.gD');
    if (sender) sender.textContent = 'mailer-daemon@googlemail.com';
    expect(gmailDriver.findOpenedMessages(document)[0]?.from).toBe('mailer-daemon@googlemail.com');
  });

  it('falls back to the body when the wrapper is missing', () => {
    document.body.innerHTML = `<div class="adn ads" data-message-id="#msg-f:1"><div class="a3s" id="b">x</div></div>`;
    const [message] = gmailDriver.findOpenedMessages(document);
    expect(message?.mountBefore.id).toBe('b');
    expect(message?.subject).toBe('');
    expect(message?.from).toBe('');
  });

  it('finds nothing on the inbox list', () => {
    document.body.innerHTML = '<div role="main"><table class="F cf zt"><tr class="zA"><td>Inbox row</td></tr></table></div>';
    expect(gmailDriver.findOpenedMessages(document)).toEqual([]);
  });
});

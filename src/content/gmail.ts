// Gmail (mail.google.com). Every Gmail selector lives in this file; Gmail's class names are obfuscated
// and change, so prefer data attributes and keep the list short. test/content/gmail.test.ts pins them.
import { runContentScript, type OpenedMessage, type WebmailDriver } from './runtime';

export const GMAIL_SELECTORS = {
  /** An opened message in a conversation ("#msg-f:<decimal>" id). Collapsed ones have no body. */
  message: 'div.adn.ads[data-message-id]',
  /** The conversation's subject heading. */
  subject: 'h2.hP',
  /** The sender's name, with the address in its `email` attribute. */
  sender: 'span.gD[email]',
  /** The body wrapper and the body proper. */
  bodyWrapper: 'div.ii.gt',
  body: 'div.a3s',
  /** The view a conversation is drawn in; Gmail keeps earlier views hidden in the page. */
  view: '[role="main"]',
} as const;

const S = GMAIL_SELECTORS;

function readSender(container: Element): string {
  const sender = container.querySelector(S.sender);
  if (!sender) return '';
  const name = sender.textContent?.trim() ?? '';
  const email = sender.getAttribute('email') ?? '';
  return name && name !== email ? `${name} <${email}>` : email;
}

function readSubject(container: Element, doc: Document): string {
  const view = container.closest(S.view) ?? doc;
  return view.querySelector(S.subject)?.textContent?.trim() ?? '';
}

export const gmailDriver: WebmailDriver = {
  name: 'gmail',
  bodySelector: S.body,
  findOpenedMessages(doc) {
    const messages: OpenedMessage[] = [];
    for (const container of doc.querySelectorAll(S.message)) {
      const body = container.querySelector(S.body);
      if (!body) continue;
      const wrapper = body.closest(S.bodyWrapper);
      messages.push({
        container,
        body,
        mountBefore: wrapper && container.contains(wrapper) ? wrapper : body,
        subject: readSubject(container, doc),
        from: readSender(container),
      });
    }
    return messages;
  },
};

// Only the built content script starts itself; tests import the driver without side effects.
if (!import.meta.env.VITEST) runContentScript(gmailDriver);

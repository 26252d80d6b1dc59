// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com, outlook.cloud.microsoft).
// Every Outlook selector lives in this file. Class names churn; ids and roles are the stable hooks.
// test/content/outlook.test.ts pins them.
import { runContentScript, type OpenedMessage, type WebmailDriver } from './runtime';

export const OUTLOOK_SELECTORS = {
  /** The reading pane (new and older layouts). */
  readingPane: '[data-app-section="MailReadCompose"], #ReadingPaneContainerId',
  /** A message body; its aria-label is localised, so match the id prefix and role. */
  body: 'div[id^="UniqueMessageBody"][role="document"]',
  /** Fallback body inside a reading pane when the id scheme changes. */
  looseBody: '[role="document"]',
  /** The conversation subject. */
  subject: '[role="heading"][id^="CONV_"][id$="_SUBJECT"]',
  /** Fallback subject inside a reading pane. */
  looseSubject: '[role="heading"]',
  /** The sender line of one message in the conversation. */
  sender: '[id^="MSG_"][id$="_FROM"]',
} as const;

const S = OUTLOOK_SELECTORS;
/** How far up from a body to look for its message's header. */
const MAX_CONTAINER_DEPTH = 12;

function findBodies(doc: Document): Element[] {
  const bodies = [...doc.querySelectorAll(S.body)];
  if (bodies.length > 0) return bodies;
  return [...doc.querySelectorAll(S.readingPane)].flatMap((pane) => [...pane.querySelectorAll(S.looseBody)]);
}

/** The nearest ancestor holding a sender line is the message item (in a conversation, each has its own). */
function findContainer(body: Element): { container: Element; sender: Element | null } {
  let node = body.parentElement;
  for (let depth = 0; node && depth < MAX_CONTAINER_DEPTH; depth += 1, node = node.parentElement) {
    const sender = node.querySelector(S.sender);
    if (sender) return { container: node, sender };
    if (node.matches(S.readingPane)) break;
  }
  return { container: body.parentElement ?? body, sender: null };
}

function readSender(sender: Element | null): string {
  if (!sender) return '';
  const text = sender.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  // The address is often only in a tooltip or aria-label.
  const labelled = [sender, ...sender.querySelectorAll('[title], [aria-label]')]
    .flatMap((el) => [el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? ''])
    .find((value) => value.includes('@') && !text.includes(value));
  return labelled ? `${text} ${labelled}`.trim() : text;
}

function readSubject(body: Element, doc: Document): string {
  const pane = body.closest(S.readingPane);
  const heading =
    (pane ?? doc).querySelector(S.subject) ?? doc.querySelector(S.subject) ?? pane?.querySelector(S.looseSubject);
  return heading?.textContent?.trim() ?? '';
}

export const outlookDriver: WebmailDriver = {
  name: 'outlook',
  bodySelector: S.body,
  findOpenedMessages(doc) {
    return findBodies(doc).map((body): OpenedMessage => {
      const { container, sender } = findContainer(body);
      return { container, body, mountBefore: body, subject: readSubject(body, doc), from: readSender(sender) };
    });
  },
};

// Only the built content script starts itself; tests import the driver without side effects.
if (!import.meta.env.VITEST) runContentScript(outlookDriver);

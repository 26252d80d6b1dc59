// Shared by the webmail content scripts: watches the page, asks the driver which messages are open, and
// mounts a card on each bounce. Everything here runs on every webmail page load, so it stays small: the
// engine, the dataset and the card load through a dynamic import() the first time a bounce shows up.
import { looksLikeBounce } from '../core/detect';

const LOG_PREFIX = '[Bounce Lens]';
/** looksLikeBounce only needs the start of the body. */
const DETECT_TEXT_LIMIT = 4096;
const SCAN_DEBOUNCE_MS = 150;
/** Under a steady stream of mutations (chat, live updates) still scan this often. */
const SCAN_MAX_WAIT_MS = 1000;

/** One message the webmail currently shows expanded, as read by a driver. */
export interface OpenedMessage {
  /** The element holding this message (header and body): a card belongs to it. */
  container: Element;
  /** The element whose text is the message body. */
  body: Element;
  /** The card is inserted right before this element. */
  mountBefore: Element;
  subject: string;
  from: string;
}

/** Everything that knows a webmail's DOM. Every selector of a webmail lives in its driver's module. */
export interface WebmailDriver {
  name: string;
  findOpenedMessages(doc: Document): OpenedMessage[];
}

/** What the lazily loaded part gives back for a mounted card. */
export interface MountedCard {
  host: Element;
  dispose(): void;
}

export interface CardRequest {
  mountBefore: Element;
  text: string;
  subject: string;
  from: string;
  /** Called when the reader closes the card. */
  onDismiss(): void;
}

export interface LazyPart {
  /** Mounts a card when the engine finds something to say; null when it does not. */
  showCard(request: CardRequest): MountedCard | null;
}

let errorLogged = false;

/** Our errors never reach the page: log the first one (prefixed) and carry on quietly. */
export function reportError(error: unknown): void {
  if (errorLogged) return;
  errorLogged = true;
  console.warn(LOG_PREFIX, error);
}

export function guard<Args extends unknown[]>(fn: (...args: Args) => void): (...args: Args) => void {
  return (...args: Args) => {
    try {
      fn(...args);
    } catch (error) {
      reportError(error);
    }
  };
}

/** The text a reader sees: innerText keeps the line breaks the engine reads by; textContent is the fallback. */
export function readText(element: Element): string {
  const text = (element as HTMLElement).innerText;
  return typeof text === 'string' && text.length > 0 ? text : (element.textContent ?? '');
}

interface Tracked {
  /** Subject, sender and body text when we last looked: a change means the app reused the element for
   *  another message (or finished drawing this one). */
  signature: string;
  card: MountedCard | null;
  /** Still deciding (chunk loading): do not start twice. */
  pending: boolean;
}

export interface Watcher {
  /** Scan now (tests and the first run); normally scans are scheduled by DOM and URL changes. */
  scan(): void;
  stop(): void;
}

export function startWatching(
  driver: WebmailDriver,
  loadLazyPart: () => Promise<LazyPart>,
  doc: Document = document,
): Watcher {
  const tracked = new Map<Element, Tracked>();
  /** Cards the reader closed, by message signature: they stay closed for the life of the tab. */
  const dismissed = new Set<string>();
  let lazyPart: Promise<LazyPart> | null = null;
  const lazy = (): Promise<LazyPart> => (lazyPart ??= loadLazyPart());

  function forget(container: Element): void {
    tracked.get(container)?.card?.dispose();
    tracked.delete(container);
  }

  function consider(message: OpenedMessage): void {
    // textContent needs no layout, unlike innerText: scans run often in busy apps, so compare on it
    // and read the laid-out text only for messages that changed.
    const signature = `${message.subject}\n${message.from}\n${message.body.textContent ?? ''}`;
    const previous = tracked.get(message.container);
    if (previous && previous.signature === signature) {
      // Same message: keep the card unless the app re-rendered and dropped it.
      if (previous.pending || !previous.card || previous.card.host.isConnected) return;
    }
    const text = readText(message.body);
    // Bodies arrive after their headers: decide once there is text to read.
    if (text.trim() === '') return;
    forget(message.container);
    const entry: Tracked = { signature, card: null, pending: false };
    tracked.set(message.container, entry);
    if (dismissed.has(signature)) return;
    if (!looksLikeBounce({ subject: message.subject, from: message.from, text: text.slice(0, DETECT_TEXT_LIMIT) })) {
      return;
    }
    entry.pending = true;
    lazy()
      .then((part) => {
        entry.pending = false;
        // The view moved on while the chunk loaded.
        if (tracked.get(message.container) !== entry || !message.mountBefore.isConnected) return;
        entry.card = part.showCard({
          mountBefore: message.mountBefore,
          text,
          subject: message.subject,
          from: message.from,
          onDismiss: () => {
            dismissed.add(signature);
            entry.card = null;
          },
        });
      })
      .catch((error: unknown) => {
        entry.pending = false;
        reportError(error);
      });
  }

  const scan = guard(() => {
    const opened = driver.findOpenedMessages(doc);
    const open = new Set(opened.map((message) => message.container));
    for (const container of [...tracked.keys()]) {
      if (!open.has(container) || !container.isConnected) forget(container);
    }
    for (const message of opened) consider(message);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const schedule = (): void => {
    const now = Date.now();
    if (timer === undefined) firstPending = now;
    clearTimeout(timer);
    const wait = now - firstPending >= SCAN_MAX_WAIT_MS ? 0 : SCAN_DEBOUNCE_MS;
    timer = setTimeout(() => {
      timer = undefined;
      scan();
    }, wait);
  };

  // Webmail apps swap their main area in place: watch the document's element tree (child lists only, no
  // attributes or text) and let the debounce turn bursts of mutations into one scan.
  const observer = new MutationObserver(guard(schedule));
  const onNavigate = guard(schedule);
  const root = doc.body ?? doc.documentElement;
  observer.observe(root, { childList: true, subtree: true });
  const view = doc.defaultView;
  view?.addEventListener('hashchange', onNavigate);
  view?.addEventListener('popstate', onNavigate);
  scan();

  return {
    scan,
    stop() {
      observer.disconnect();
      view?.removeEventListener('hashchange', onNavigate);
      view?.removeEventListener('popstate', onNavigate);
      clearTimeout(timer);
      for (const container of [...tracked.keys()]) forget(container);
    },
  };
}

/** The one lazy chunk: engine, dataset and card. Imported once per tab, on the first bounce. */
export const loadLazyPart = (): Promise<LazyPart> => import('./explain');

/** Entry point for a content script: never lets an exception escape into the page. */
export function runContentScript(driver: WebmailDriver): void {
  guard(() => {
    startWatching(driver, loadLazyPart);
  })();
}

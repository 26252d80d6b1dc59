// Shared by the webmail content scripts: watches the page, asks the driver which messages are open, and
// mounts a card on each bounce. Everything here runs on every webmail page load, so it stays small: the
// engine, the dataset and the card load through a dynamic import() the first time a bounce shows up.
import { looksLikeBounce } from '../core/detect';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChanged,
  storageApi,
  type CardPreferences,
  type Settings,
  type StorageApi,
  type Webmail,
} from '../ui/settings';

const LOG_PREFIX = '[Bounce Lens]';
/** Performance mark: a bounce was seen and the lazy part is asked for a card (scripts/bench.ts reads it). */
export const MARK_BOUNCE_SEEN = 'bounce-lens:bounce-seen';
/** Performance mark: the content script started watching the page (its settings read). */
export const MARK_WATCHING = 'bounce-lens:watching';
/** looksLikeBounce only needs the start of the body. */
const DETECT_TEXT_LIMIT = 4096;
/** At most one scan per this many ms: a quiet page scans at once (leading edge), a busy one again when it
 *  ends (trailing edge), and a page that never stops mutating (chat, live updates) still this often. */
const SCAN_INTERVAL_MS = 150;
/** How many added nodes of one mutation record are looked at for a message body. */
const MAX_ADDED_INSPECTED = 8;
/** The attribute overlay.tsx puts on a card's host (not imported: this file stays small). */
const CARD_HOST_ATTRIBUTE = 'data-bounce-lens';
/** A mutation batch longer than this is not inspected record by record: the observer callback stays O(1). */
const MAX_RECORDS_INSPECTED = 4;
/** Daemon senders, for warming the lazy part before the body is drawn (a full decision needs the body). */
const DAEMON_SENDER = /mailer[- ]daemon|postmaster@/i;

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
  /** Also the key of its on/off switch in the settings. */
  name: Webmail | (string & {});
  findOpenedMessages(doc: Document): OpenedMessage[];
  /** A selector matching a message body: a mutation batch that adds one is scanned at once instead of
   *  waiting out the scan interval (opening a message is the moment the user is looking). */
  bodySelector?: string;
}

/** What the lazily loaded part gives back for a mounted card. */
export interface MountedCard {
  host: Element;
  dispose(): void;
  /** Redraw with new preferences (the options page changed them). */
  update?(preferences: CardPreferences): void;
  /** Look at the page again (its colour scheme may have changed). */
  refresh?(): void;
}

export interface CardRequest {
  mountBefore: Element;
  text: string;
  subject: string;
  from: string;
  /** How the card starts: folded or open, sender's or admin's part first. */
  preferences: CardPreferences;
  /** Called when the reader closes the card. */
  onDismiss(): void;
}

export interface LazyPart {
  /** Mounts a card when the engine finds something to say; null when it does not. */
  showCard(request: CardRequest): MountedCard | null | Promise<MountedCard | null>;
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

/** The engine reads the first 1 MB (core/text.ts MAX_INPUT) and says on the card that it stopped there;
 *  one character more is how it knows. Not imported: this file is injected into every page. */
export const READ_LIMIT = 1_000_001;
/** Elements that start a new line in the text a reader sees (innerText's block boxes, roughly). */
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'TR', 'PRE', 'BLOCKQUOTE', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR']);

/** Characters in the text nodes under an element, counting stops past `limit`. Reads node lengths only:
 *  no string is built and no layout is needed, however big the body. */
export function textLength(element: Element, limit = Infinity): number {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  while (total <= limit && walker.nextNode()) total += (walker.currentNode as Text).data.length;
  return total;
}

/** The start of a huge body as lines, without innerText: innerText lays out and copies the whole body
 *  (a 20 MB message froze the tab for most of a second). Line breaks come from <br> and block elements. */
function boundedText(element: Element, limit: number): string {
  const walker = element.ownerDocument.createTreeWalker(element, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  while (length < limit && walker.nextNode()) {
    const node = walker.currentNode;
    let part = '';
    if (node.nodeType === 3) part = (node as Text).data;
    else if ((node as Element).tagName === 'BR' || BLOCK_TAGS.has((node as Element).tagName)) part = '\n';
    if (part) {
      parts.push(part);
      length += part.length;
    }
  }
  return parts.join('').slice(0, limit);
}

/** The text a reader sees: innerText keeps the line breaks the engine reads by; textContent is the
 *  fallback. A body past what the engine reads is read only that far. */
export function readText(element: Element): string {
  if (textLength(element, READ_LIMIT) > READ_LIMIT) return boundedText(element, READ_LIMIT);
  const text = (element as HTMLElement).innerText;
  return typeof text === 'string' && text.length > 0 ? text : (element.textContent ?? '');
}

/** What tells one state of a body from another: its text, or for a huge body its start (textContent
 *  would copy all of it on every scan). The length is counted only as far as the engine reads: a body
 *  that changes past that point reads the same to it. */
function bodySignature(body: Element): string {
  if (textLength(body, READ_LIMIT) <= READ_LIMIT) return body.textContent ?? '';
  return `huge:${boundedText(body, 65_536)}`;
}

/** Whether a mutation record is only our own card host going in or out. */
function isOwnCardChange(record: MutationRecord): boolean {
  const nodes = record.addedNodes.length + record.removedNodes.length;
  if (nodes === 0 || nodes > 2) return false;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) {
      if (!(node as Element).hasAttribute?.(CARD_HOST_ATTRIBUTE)) return false;
    }
  }
  return true;
}

/** Sender or subject alone reads like a bounce (the body decides; this only warms the chunk). */
function headerLooksLikeBounce(message: OpenedMessage): boolean {
  return DAEMON_SENDER.test(message.from) || looksLikeBounce({ subject: message.subject });
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
  /** Cards on the page redraw with these; new cards start with them. */
  setPreferences(preferences: CardPreferences): void;
  stop(): void;
}

export function startWatching(
  driver: WebmailDriver,
  loadLazyPart: () => Promise<LazyPart>,
  doc: Document = document,
  initialPreferences: CardPreferences = DEFAULT_SETTINGS,
): Watcher {
  performance.mark(MARK_WATCHING);
  let preferences = initialPreferences;
  const tracked = new Map<Element, Tracked>();
  /** Cards the reader closed, by message signature: they stay closed for the life of the tab. */
  const dismissed = new Set<string>();
  let lazyPart: Promise<LazyPart> | null = null;
  const lazy = (): Promise<LazyPart> => (lazyPart ??= loadLazyPart());
  /** Starts loading the chunk without waiting for it; a failure is reported when a card asks for it. */
  const warm = (): void => {
    lazy().catch(() => undefined);
  };

  function forget(container: Element): void {
    const card = tracked.get(container)?.card;
    // Untrack first: a card that throws on dispose must not stay tracked and throw again on every scan.
    tracked.delete(container);
    if (card) guard(() => card.dispose())();
  }

  function consider(message: OpenedMessage): void {
    // textContent needs no layout, unlike innerText: scans run often in busy apps, so compare on it
    // and read the laid-out text only for messages that changed.
    const signature = `${message.subject}\n${message.from}\n${bodySignature(message.body)}`;
    const previous = tracked.get(message.container);
    if (previous && previous.signature === signature) {
      // Same message: keep the card unless the app re-rendered and dropped it.
      if (previous.pending || !previous.card) return;
      if (previous.card.host.isConnected) {
        previous.card.refresh?.();
        return;
      }
    }
    const text = readText(message.body);
    // Bodies arrive after their headers: decide once there is text to read.
    if (text.trim() === '') {
      if (headerLooksLikeBounce(message)) awaitBody(message.body);
      return;
    }
    forget(message.container);
    const entry: Tracked = { signature, card: null, pending: false };
    tracked.set(message.container, entry);
    if (dismissed.has(signature)) return;
    if (!looksLikeBounce({ subject: message.subject, from: message.from, text: text.slice(0, DETECT_TEXT_LIMIT) })) {
      return;
    }
    entry.pending = true;
    // scripts/bench.ts times from here to the card (explain.ts marks MARK_CARD_SHOWN).
    performance.clearMarks(MARK_BOUNCE_SEEN);
    performance.mark(MARK_BOUNCE_SEEN);
    lazy()
      .then((part) => {
        // The view moved on while the chunk loaded.
        if (tracked.get(message.container) !== entry || !message.mountBefore.isConnected) return null;
        return part.showCard({
          mountBefore: message.mountBefore,
          text,
          subject: message.subject,
          from: message.from,
          preferences,
          onDismiss: () => {
            dismissed.add(signature);
            entry.card = null;
          },
        });
      })
      .then((card) => {
        entry.pending = false;
        if (!card) return;
        // Provider chunks load asynchronously too: the view may have moved on meanwhile.
        if (tracked.get(message.container) !== entry) card.dispose();
        else {
          entry.card = card;
          // The options may have changed while the card was being made.
          card.update?.(preferences);
        }
      })
      .catch((error: unknown) => {
        entry.pending = false;
        reportError(error);
      });
  }

  /** A message whose sender or subject reads like a bounce is open but its body is not drawn yet: load
   *  the chunk meanwhile, and scan the moment the body fills instead of after the scan interval. */
  function awaitBody(body: Element): void {
    warm();
    bodyObserver.observe(body, { childList: true, subtree: true, characterData: true });
  }

  const guardedConsider = guard(consider);
  const scan = guard(() => {
    // Re-armed by consider() for the bodies still empty after this scan.
    bodyObserver.disconnect();
    const opened = driver.findOpenedMessages(doc);
    const open = new Set(opened.map((message) => message.container));
    for (const container of [...tracked.keys()]) {
      if (!open.has(container) || !container.isConnected) forget(container);
    }
    // One message that cannot be read (a getter throws, a node went away) must not cost the others their card.
    for (const message of opened) guardedConsider(message);
  });

  /** Whether a mutation added an element that is or holds a message body (a few added nodes are
   *  looked at; a batch that adds hundreds of nodes is a page redraw the interval scan will catch). */
  const addsMatch = (record: MutationRecord, selector: string): boolean => {
    const added = record.addedNodes;
    if (added.length > MAX_ADDED_INSPECTED) return false;
    for (const node of added) {
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      if (element.matches(selector) || element.querySelector(selector)) return true;
    }
    return false;
  };
  /** Whether a batch added a message body. A node a record adds sits under the record's target, so a target
   *  with no body anywhere below it rules out every node added there with one query: a busy list that
   *  gains ten rows a tick costs one look per tick, not two per row. */
  const batchAddsBody = (records: MutationRecord[], selector: string): boolean => {
    const targetHoldsBody = new Map<Node, boolean>();
    for (const record of records) {
      if (record.addedNodes.length === 0) continue;
      let holds = targetHoldsBody.get(record.target);
      if (holds === undefined) {
        const target = record.target;
        holds = target.nodeType !== 1 || (target as Element).querySelector(selector) !== null;
        targetHoldsBody.set(target, holds);
      }
      if (holds && addsMatch(record, selector)) return true;
    }
    return false;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastScan = -Infinity;
  let stopped = false;
  const root = doc.body ?? doc.documentElement;
  const OBSERVED: MutationObserverInit = { childList: true, subtree: true };
  const runScan = (): void => {
    clearTimeout(timer);
    timer = undefined;
    lastScan = Date.now();
    try {
      scan();
    } finally {
      // Stopped from inside a scan (a card callback, the settings): stay stopped.
      if (!stopped) observer.observe(root, OBSERVED);
    }
  };
  const schedule = (): void => {
    if (timer !== undefined || stopped) return;
    const sinceLast = Date.now() - lastScan;
    if (sinceLast >= SCAN_INTERVAL_MS) {
      runScan();
      return;
    }
    timer = setTimeout(guard(runScan), SCAN_INTERVAL_MS - sinceLast);
    // The scan reads the whole page when it runs: until then further mutations add nothing, so stop
    // receiving them (a busy page would otherwise call us for every batch). Unless the driver can tell a
    // message body going in: then keep listening for that one, which must not wait out the interval
    // (a webmail often changes its list or a spinner just before it draws the message).
    if (!driver.bodySelector) observer.disconnect();
  };

  // Webmail apps swap their main area in place: watch the document's element tree (child lists only, no
  // attributes or text). Our own card going in or out is no reason to look again.
  const observer = new MutationObserver(
    guard((records: MutationRecord[]) => {
      if (records.length <= MAX_RECORDS_INSPECTED && records.every(isOwnCardChange)) return;
      if (driver.bodySelector && batchAddsBody(records, driver.bodySelector)) {
        runScan();
        return;
      }
      schedule();
    }),
  );
  const bodyObserver = new MutationObserver(guard(() => runScan()));
  // A navigation is the reader opening something: look at once, whatever the interval says. Waiting it
  // out would also leave the observer disconnected (see schedule) just when the app draws the message,
  // so the body's arrival would not be noticed until the timer fires.
  const onNavigate = guard(runScan);
  observer.observe(root, OBSERVED);
  const view = doc.defaultView;
  view?.addEventListener('hashchange', onNavigate);
  view?.addEventListener('popstate', onNavigate);
  guard(runScan)();

  return {
    scan: guard(runScan),
    setPreferences: guard((next: CardPreferences) => {
      preferences = next;
      for (const entry of tracked.values()) entry.card?.update?.(next);
    }),
    stop() {
      stopped = true;
      observer.disconnect();
      bodyObserver.disconnect();
      view?.removeEventListener('hashchange', onNavigate);
      view?.removeEventListener('popstate', onNavigate);
      clearTimeout(timer);
      for (const container of [...tracked.keys()]) forget(container);
    },
  };
}

/** The one lazy chunk: engine, dataset and card. Imported once per tab, on the first bounce. */
export const loadLazyPart = (): Promise<LazyPart> => import('./explain');

export interface ContentScriptOptions {
  storage?: StorageApi | undefined;
  loadLazyPart?: () => Promise<LazyPart>;
  doc?: Document;
}

/** Whether the reader has cards switched on for this driver's webmail (unknown webmails: on). */
function enabledFor(driver: WebmailDriver, settings: Settings): boolean {
  return (settings.enabled as Record<string, boolean | undefined>)[driver.name] !== false;
}

/** Entry point for a content script: never lets an exception escape into the page. Reads the settings
 *  first, then follows their changes live: switched off, the cards go and the page is no longer watched;
 *  switched on, watching starts again; a new fold or audience choice redraws the cards in place. */
export interface ContentScript {
  /** Settles once the stored settings were read and applied. */
  ready: Promise<void>;
  /** Stops watching and following the settings (tests; the page's life ends it otherwise). */
  stop(): void;
}

export function runContentScript(driver: WebmailDriver, options: ContentScriptOptions = {}): ContentScript {
  const storage = 'storage' in options ? options.storage : storageApi();
  const load = options.loadLazyPart ?? loadLazyPart;
  const doc = options.doc ?? document;
  let watcher: Watcher | null = null;
  // A change can arrive before the first read completes: the latest settings win.
  let version = 0;
  const apply = guard((settings: Settings) => {
    const preferences: CardPreferences = { folded: settings.folded, audience: settings.audience };
    if (!enabledFor(driver, settings)) {
      watcher?.stop();
      watcher = null;
    } else if (watcher) {
      watcher.setPreferences(preferences);
    } else {
      watcher = startWatching(driver, load, doc, preferences);
    }
  });
  let unsubscribe = (): void => undefined;
  guard(() => {
    unsubscribe = onSettingsChanged((settings) => {
      version += 1;
      apply(settings);
    }, storage);
  })();
  const started = version;
  const ready = loadSettings(storage).then((settings) => {
    if (version === started) apply(settings);
  }, reportError);
  return {
    ready,
    stop() {
      unsubscribe();
      watcher?.stop();
      watcher = null;
    },
  };
}

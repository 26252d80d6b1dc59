// @vitest-environment happy-dom
// The shared content-script runtime with a stand-in driver and lazy part: when it loads the lazy chunk,
// when it mounts, replaces and forgets cards, and that errors never escape.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, saveSettings, type CardPreferences } from '../../src/ui/settings';
import { memoryStorage } from '../ui/memory-storage';
import {
  runContentScript,
  startWatching,
  type CardRequest,
  type ContentScript,
  type LazyPart,
  type OpenedMessage,
  type Watcher,
  type WebmailDriver,
} from '../../src/content/runtime';

const BOUNCE_TEXT =
  "Address not found\nYour message wasn't delivered to someone@example.net because the address couldn't be found.\n" +
  'The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.';
const ORDINARY_TEXT = 'Hi, the minutes of Tuesday are attached. See you next week.';

/** Messages are <div class="msg" data-subject data-from><div class="body">text</div></div>. */
const driver: WebmailDriver = {
  name: 'test',
  findOpenedMessages(doc) {
    return [...doc.querySelectorAll('.msg')].flatMap((container): OpenedMessage[] => {
      const body = container.querySelector('.body');
      return body
        ? [{ container, body, mountBefore: body, subject: container.getAttribute('data-subject') ?? '', from: container.getAttribute('data-from') ?? '' }]
        : [];
    });
  },
};

function message(id: string, subject: string, from: string, text: string): string {
  const div = document.createElement('div');
  div.className = 'msg';
  div.id = id;
  div.setAttribute('data-subject', subject);
  div.setAttribute('data-from', from);
  const body = document.createElement('div');
  body.className = 'body';
  body.textContent = text;
  div.append(body);
  return div.outerHTML;
}

let requests: CardRequest[];
/** Preferences each mounted card was last drawn with, by host. */
let drawnWith: Map<Element, CardPreferences>;
let loads: number;
let watcher: Watcher | undefined;

function fakeLazyPart(): Promise<LazyPart> {
  loads += 1;
  return Promise.resolve({
    showCard(request) {
      requests.push(request);
      const host = document.createElement('div');
      host.setAttribute('data-bounce-lens', '');
      request.mountBefore.before(host);
      drawnWith.set(host, request.preferences);
      return { host, dispose: () => host.remove(), update: (preferences) => drawnWith.set(host, preferences) };
    },
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const cards = () => [...document.querySelectorAll('[data-bounce-lens]')];

beforeEach(() => {
  requests = [];
  drawnWith = new Map();
  loads = 0;
  document.body.innerHTML = '';
});

afterEach(() => {
  watcher?.stop();
  watcher = undefined;
  vi.restoreAllMocks();
});

describe('startWatching', () => {
  it('loads the lazy part only when a bounce is open, and mounts one card before its body', async () => {
    document.body.innerHTML = message('a', 'Lunch', 'Ann <ann@example.com>', ORDINARY_TEXT);
    watcher = startWatching(driver, fakeLazyPart);
    await settle();
    expect(loads).toBe(0);
    expect(cards()).toHaveLength(0);

    document.body.innerHTML = message('b', 'Delivery Status Notification (Failure)', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', BOUNCE_TEXT);
    watcher.scan();
    await settle();
    expect(loads).toBe(1);
    expect(cards()).toHaveLength(1);
    expect(cards()[0]?.nextElementSibling?.className).toBe('body');
    expect(requests[0]?.subject).toBe('Delivery Status Notification (Failure)');
    expect(requests[0]?.text).toContain('550 5.1.1');
  });

  it('does not mount twice on repeated scans, and loads the chunk once for several bounces', async () => {
    document.body.innerHTML =
      message('a', 'Delivery Status Notification (Failure)', 'mailer-daemon@googlemail.com', BOUNCE_TEXT) +
      message('b', 'Undeliverable: Report', 'Microsoft Outlook <postmaster@example.com>', `${BOUNCE_TEXT}\nsecond`);
    watcher = startWatching(driver, fakeLazyPart);
    await settle();
    watcher.scan();
    watcher.scan();
    await settle();
    expect(loads).toBe(1);
    expect(cards()).toHaveLength(2);
    expect(requests).toHaveLength(2);
  });

  it('replaces the card when the app reuses the element for another bounce, and drops it for a non-bounce', async () => {
    document.body.innerHTML = message('a', 'Delivery Status Notification (Failure)', 'mailer-daemon@googlemail.com', BOUNCE_TEXT);
    watcher = startWatching(driver, fakeLazyPart);
    await settle();
    const first = cards()[0];
    const body = document.querySelector('.body');
    if (body) body.textContent = BOUNCE_TEXT.replace('5.1.1', '5.2.2');
    watcher.scan();
    await settle();
    expect(first?.isConnected).toBe(false);
    expect(cards()).toHaveLength(1);
    expect(requests.at(-1)?.text).toContain('5.2.2');

    const container = document.querySelector('.msg');
    container?.setAttribute('data-subject', 'Lunch');
    container?.setAttribute('data-from', 'ann@example.com');
    if (body) body.textContent = ORDINARY_TEXT;
    watcher.scan();
    await settle();
    expect(cards()).toHaveLength(0);
  });

  it('keeps a dismissed card closed for the same message', async () => {
    document.body.innerHTML = message('a', 'Delivery Status Notification (Failure)', 'mailer-daemon@googlemail.com', BOUNCE_TEXT);
    watcher = startWatching(driver, fakeLazyPart);
    await settle();
    cards()[0]?.remove();
    requests[0]?.onDismiss();
    watcher.scan();
    await settle();
    expect(cards()).toHaveLength(0);
    expect(requests).toHaveLength(1);
  });

  it('remounts when the app re-renders the message and drops the card', async () => {
    document.body.innerHTML = message('a', 'Delivery Status Notification (Failure)', 'mailer-daemon@googlemail.com', BOUNCE_TEXT);
    watcher = startWatching(driver, fakeLazyPart);
    await settle();
    cards()[0]?.remove();
    watcher.scan();
    await settle();
    expect(cards()).toHaveLength(1);
    expect(requests).toHaveLength(2);
  });

  it('scans by itself after DOM changes (debounced)', async () => {
    watcher = startWatching(driver, fakeLazyPart);
    document.body.insertAdjacentHTML('beforeend', message('a', 'Undeliverable: Hi', 'postmaster@example.com', BOUNCE_TEXT));
    await vi.waitFor(() => expect(cards()).toHaveLength(1), { timeout: 2000 });
  });

  it('waits for a body that has no text yet', async () => {
    document.body.innerHTML = message('a', 'Delivery Status Notification (Failure)', 'mailer-daemon@googlemail.com', '');
    watcher = startWatching(driver, fakeLazyPart);
    await settle();
    expect(cards()).toHaveLength(0);
    const body = document.querySelector('.body');
    if (body) body.textContent = BOUNCE_TEXT;
    watcher.scan();
    await settle();
    expect(cards()).toHaveLength(1);
  });

  it('never lets an error out, and logs the first one once with a prefix', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A fresh copy of the module: the once-per-page log flag starts unset.
    vi.resetModules();
    const fresh = await import('../../src/content/runtime');
    const broken: WebmailDriver = {
      name: 'broken',
      findOpenedMessages() {
        throw new Error('selector exploded');
      },
    };
    expect(() => {
      watcher = fresh.startWatching(broken, fakeLazyPart);
      watcher.scan();
      watcher.scan();
    }).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe('[Bounce Lens]');
    expect(String(warn.mock.calls[0]?.[1])).toContain('selector exploded');
  });

  it('survives a lazy part that fails to load', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.body.innerHTML = message('a', 'Delivery Status Notification (Failure)', 'mailer-daemon@googlemail.com', BOUNCE_TEXT);
    watcher = startWatching(driver, () => Promise.reject(new Error('chunk missing')));
    await settle();
    expect(cards()).toHaveLength(0);
  });
});

describe('runContentScript: the settings, live', () => {
  const bounce = () => message('a', 'Delivery Status Notification (Failure)', 'mailer-daemon@googlemail.com', BOUNCE_TEXT);
  const testDriver: WebmailDriver = { ...driver, name: 'gmail' };
  let running: ContentScript | undefined;
  const start = (...args: Parameters<typeof runContentScript>): Promise<void> => {
    running = runContentScript(...args);
    return running.ready;
  };
  afterEach(() => {
    running?.stop();
    running = undefined;
  });

  it('shows no card on a webmail switched off, and starts at once when switched on', async () => {
    document.body.innerHTML = bounce();
    const storage = memoryStorage({ settings: { enabled: { gmail: false, outlook: true } } });
    await start(testDriver, { storage, loadLazyPart: fakeLazyPart });
    await settle();
    expect(cards()).toHaveLength(0);
    expect(loads).toBe(0);
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: { gmail: true, outlook: false } }, storage);
    await vi.waitFor(() => expect(cards()).toHaveLength(1));
  });

  it('removes the cards and stops watching when switched off; the other webmail does not matter', async () => {
    document.body.innerHTML = bounce();
    const storage = memoryStorage();
    await start(testDriver, { storage, loadLazyPart: fakeLazyPart });
    await vi.waitFor(() => expect(cards()).toHaveLength(1));
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: { gmail: true, outlook: false } }, storage);
    await settle();
    expect(cards()).toHaveLength(1);
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: { gmail: false, outlook: true } }, storage);
    expect(cards()).toHaveLength(0);
    // No longer watching: a new bounce gets no card.
    document.body.insertAdjacentHTML('beforeend', message('b', 'Undeliverable: Hi', 'postmaster@example.com', BOUNCE_TEXT));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(cards()).toHaveLength(0);
  });

  it('draws new cards with the stored preferences and redraws open ones when they change', async () => {
    document.body.innerHTML = bounce();
    const storage = memoryStorage({ settings: { folded: true, audience: 'admin' } });
    await start(testDriver, { storage, loadLazyPart: fakeLazyPart });
    await vi.waitFor(() => expect(cards()).toHaveLength(1));
    const host = cards()[0] as Element;
    expect(requests[0]?.preferences).toEqual({ folded: true, audience: 'admin' });
    await saveSettings({ ...DEFAULT_SETTINGS, folded: false, audience: 'sender' }, storage);
    expect(drawnWith.get(host)).toEqual({ folded: false, audience: 'sender' });
    expect(cards()).toEqual([host]);
  });

  it('runs with the defaults when there is no storage at all', async () => {
    document.body.innerHTML = bounce();
    await start(testDriver, { storage: undefined, loadLazyPart: fakeLazyPart });
    await vi.waitFor(() => expect(cards()).toHaveLength(1));
    expect(requests[0]?.preferences).toEqual({ folded: false, audience: 'sender' });
  });
});

describe('startWatching: when it scans (issue 5: answer at once, cost nothing on a busy page)', () => {
  const BOUNCE_SUBJECT = 'Delivery Status Notification (Failure)';
  const DAEMON = 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>';
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** The test driver, counting its scans. */
  function countingDriver(): { driver: WebmailDriver; scans: () => number } {
    let scans = 0;
    return {
      driver: {
        name: 'test',
        findOpenedMessages(doc) {
          scans += 1;
          return driver.findOpenedMessages(doc);
        },
      },
      scans: () => scans,
    };
  }

  it('scans at once on the first change after a quiet spell (no debounce delay)', async () => {
    watcher = startWatching(driver, fakeLazyPart);
    await wait(200);
    document.body.insertAdjacentHTML('beforeend', message('a', BOUNCE_SUBJECT, DAEMON, BOUNCE_TEXT));
    // Only microtasks and a zero timeout: far less than the 150 ms a debounce waited.
    await settle();
    expect(cards()).toHaveLength(1);
  });

  /** A watcher whose driver can tell a message body going in, past its first scan's interval. */
  async function watchingBodies(): Promise<ReturnType<typeof countingDriver>> {
    const counting = countingDriver();
    watcher = startWatching({ ...counting.driver, bodySelector: '.body' }, fakeLazyPart);
    await wait(200);
    return counting;
  }
  const drawBounce = async (id: string) => {
    document.body.insertAdjacentHTML('beforeend', message(id, BOUNCE_SUBJECT, DAEMON, BOUNCE_TEXT));
    await settle();
  };

  it('scans at once when a change adds a message body, even right after another scan', async () => {
    const counting = await watchingBodies();
    // A first change (the app swapping its view) takes the leading-edge scan...
    document.body.append(document.createElement('div'));
    await settle();
    expect(counting.scans()).toBe(2);
    // ...and the bounce body that follows within the interval is not kept waiting for it.
    await drawBounce('b');
    expect(counting.scans()).toBe(3);
    expect(cards()).toHaveLength(1);
  });

  it('still catches a message body while a trailing scan is pending', async () => {
    const counting = await watchingBodies();
    // The leading-edge scan, then a change inside the interval that leaves a trailing scan pending...
    document.body.append(document.createElement('div'));
    await settle();
    document.body.append(document.createElement('span'));
    await settle();
    expect(counting.scans()).toBe(2);
    // ...and the body drawn meanwhile is scanned at once, not when the pending scan fires.
    await drawBounce('b');
    expect(counting.scans()).toBe(3);
    expect(cards()).toHaveLength(1);
  });

  it('catches a body drawn in the same batch as rows added to a busy list, and one added where a body already is', async () => {
    const counting = await watchingBodies();
    const list = document.createElement('div');
    document.body.append(list);
    await settle();
    document.body.append(document.createElement('span'));
    await settle();
    const before = counting.scans();
    // One batch: ten rows into the list (a target without any body under it), then the message view.
    for (let i = 0; i < 10; i += 1) list.append(Object.assign(document.createElement('div'), { textContent: `row ${i}` }));
    await drawBounce('c');
    expect(counting.scans()).toBe(before + 1);
    expect(cards()).toHaveLength(1);
    // A second message drawn beside the first: its target (the page) already holds a body, so the
    // added nodes themselves are looked at, and the new body is still found at once.
    document.body.append(document.createElement('i'));
    await settle();
    const again = counting.scans();
    await drawBounce('d');
    expect(counting.scans()).toBe(again + 1);
    expect(cards()).toHaveLength(2);
  });

  it('turns a burst of changes into one scan at its start and one after it', async () => {
    const counting = countingDriver();
    watcher = startWatching(counting.driver, fakeLazyPart);
    expect(counting.scans()).toBe(1);
    await wait(200);
    for (let i = 0; i < 20; i += 1) {
      const row = document.createElement('div');
      row.textContent = `row ${i}`;
      document.body.append(row);
      await settle();
    }
    // The leading edge only: every later change of the burst waits for the trailing scan.
    expect(counting.scans()).toBe(2);
    await wait(250);
    expect(counting.scans()).toBe(3);
    await wait(200);
    expect(counting.scans()).toBe(3);
  });

  it('still scans under a page that never stops changing, at most once per interval', async () => {
    const counting = countingDriver();
    watcher = startWatching(counting.driver, fakeLazyPart);
    const started = Date.now();
    while (Date.now() - started < 700) {
      document.body.append(document.createElement('span'));
      await wait(5);
    }
    const elapsed = Date.now() - started;
    // 1 initial scan plus one per 150 ms interval (timers may run late, never early).
    expect(counting.scans()).toBeGreaterThanOrEqual(3);
    expect(counting.scans()).toBeLessThanOrEqual(1 + Math.ceil(elapsed / 150));
  });

  it('does not scan again because its own card went in', async () => {
    const counting = countingDriver();
    document.body.innerHTML = message('a', BOUNCE_SUBJECT, DAEMON, BOUNCE_TEXT);
    watcher = startWatching(counting.driver, fakeLazyPart);
    await wait(200);
    expect(cards()).toHaveLength(1);
    expect(counting.scans()).toBe(1);
  });

  it('loads the lazy part as soon as a bounce header shows, and scans the moment its body fills', async () => {
    document.body.innerHTML = message('a', BOUNCE_SUBJECT, DAEMON, '');
    watcher = startWatching(driver, fakeLazyPart);
    await settle();
    // Warmed while the body is still empty; nothing to show yet.
    expect(loads).toBe(1);
    expect(cards()).toHaveLength(0);
    // Right after a scan (inside the interval): the body observer does not wait for the trailing scan.
    watcher.scan();
    const body = document.querySelector('.body');
    if (body) body.textContent = BOUNCE_TEXT;
    await settle();
    expect(cards()).toHaveLength(1);
    expect(loads).toBe(1);
  });

  it('looks at once when the reader navigates, even right after another scan, and catches the body that follows', async () => {
    const counting = countingDriver();
    watcher = startWatching({ ...counting.driver, bodySelector: '.body' }, fakeLazyPart);
    expect(counting.scans()).toBe(1);
    // Within the interval of the first scan: a navigation used to be scheduled for the trailing edge, with
    // the page unobserved meanwhile, so the message drawn right after it waited out the interval.
    window.dispatchEvent(new Event('hashchange'));
    expect(counting.scans()).toBe(2);
    document.body.insertAdjacentHTML('beforeend', message('a', BOUNCE_SUBJECT, DAEMON, ''));
    await settle();
    // The header says bounce: the lazy part loads while the body is still empty.
    expect(loads).toBe(1);
    const body = document.querySelector('.body');
    if (body) body.textContent = BOUNCE_TEXT;
    await settle();
    expect(cards()).toHaveLength(1);
  });

  it('does not load the lazy part for an ordinary message whose body is not drawn yet', async () => {
    document.body.innerHTML = message('a', 'Lunch on Tuesday', 'Ann <ann@example.com>', '');
    watcher = startWatching(driver, fakeLazyPart);
    await settle();
    const body = document.querySelector('.body');
    if (body) body.textContent = ORDINARY_TEXT;
    await wait(200);
    expect(loads).toBe(0);
  });

  it('stops scanning when stopped, even with a scan pending', async () => {
    const counting = countingDriver();
    watcher = startWatching(counting.driver, fakeLazyPart);
    document.body.append(document.createElement('div'));
    await settle();
    watcher.stop();
    await wait(250);
    document.body.append(document.createElement('div'));
    await wait(200);
    expect(counting.scans()).toBe(1);
  });
});

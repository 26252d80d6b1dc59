// @vitest-environment happy-dom
// An exception in our code never reaches the page and never stops the page's own scripts: a driver that
// throws, a message whose body throws when read, an engine (lazy part) that throws or fails to load,
// storage that throws. Each time the page's own observer and timers keep running, the page's error
// handlers see nothing, we log once (prefixed), and the extension keeps working for the next message.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardRequest, LazyPart, OpenedMessage, Watcher, WebmailDriver } from '../../src/content/runtime';

type Runtime = typeof import('../../src/content/runtime');

const BOUNCE_TEXT =
  "Address not found\nYour message wasn't delivered to someone@example.net because the address couldn't be found.\n" +
  'The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.';

/** What the page sees: errors reported to window (onerror, 'error', 'unhandledrejection'). */
interface PageWatch {
  errors: unknown[];
  /** Ticks of the page's own timer and mutations its own observer saw: proof the page kept running. */
  ticks: number;
  mutations: number;
  stop(): void;
}

function watchPage(): PageWatch {
  const watch: PageWatch = { errors: [], ticks: 0, mutations: 0, stop: () => undefined };
  const onError = (event: Event) => watch.errors.push((event as ErrorEvent).error ?? event);
  const onRejection = (event: Event) => watch.errors.push((event as PromiseRejectionEvent).reason ?? event);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  window.onerror = (...args) => {
    watch.errors.push(args);
    return false;
  };
  // happy-dom hands an exception thrown in a timer or observer callback to the process (vitest also fails
  // the run on it): count those as reaching the page too.
  const nodeRejections = (reason: unknown) => watch.errors.push(reason);
  process.on('unhandledRejection', nodeRejections);
  process.on('uncaughtException', nodeRejections);
  const timer = setInterval(() => {
    watch.ticks += 1;
  }, 20);
  const observer = new MutationObserver((records) => {
    watch.mutations += records.length;
  });
  observer.observe(document.body, { childList: true, subtree: true });
  watch.stop = () => {
    clearInterval(timer);
    observer.disconnect();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    window.onerror = null;
    process.off('unhandledRejection', nodeRejections);
    process.off('uncaughtException', nodeRejections);
  };
  return watch;
}

function addMessage(id: string, text: string): HTMLElement {
  const container = document.createElement('div');
  container.className = 'msg';
  container.id = id;
  const body = document.createElement('div');
  body.className = 'body';
  body.textContent = text;
  container.append(body);
  document.body.append(container);
  return container;
}

function goodMessage(container: Element): OpenedMessage {
  const body = container.querySelector('.body')!;
  return { container, body, mountBefore: body, subject: 'Delivery Status Notification (Failure)', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' };
}

/** Reads every message the ordinary way. */
const plainDriver: WebmailDriver = {
  name: 'test',
  findOpenedMessages: (doc) => [...doc.querySelectorAll('.msg')].map(goodMessage),
};

function workingLazyPart(requests: CardRequest[]): () => Promise<LazyPart> {
  return () =>
    Promise.resolve({
      showCard(request: CardRequest) {
        requests.push(request);
        const host = document.createElement('div');
        host.setAttribute('data-bounce-lens', '');
        request.mountBefore.before(host);
        return { host, dispose: () => host.remove() };
      },
    });
}

const settle = async (ms = 400) => {
  await new Promise((resolve) => setTimeout(resolve, ms));
};

let runtime: Runtime;
let page: PageWatch;
let warn: { mock: { calls: unknown[][] }; mockRestore(): void };
let watcher: Watcher | undefined;

beforeEach(async () => {
  document.body.innerHTML = '';
  // A fresh module each time: "log once" is per content script (per tab).
  vi.resetModules();
  runtime = await import('../../src/content/runtime');
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  page = watchPage();
});

afterEach(() => {
  try {
    // stop() must not throw either (a card whose dispose throws is one of the cases).
    watcher?.stop();
  } finally {
    watcher = undefined;
    page.stop();
    warn.mockRestore();
  }
});

/** The page went on as if we were not there; we said so exactly once, prefixed. */
function expectContained(): void {
  expect(page.errors).toEqual([]);
  expect(page.ticks).toBeGreaterThan(3);
  expect(page.mutations).toBeGreaterThan(0);
  const ours = warn.mock.calls.filter((call: unknown[]) => call[0] === '[Bounce Lens]');
  expect(ours).toHaveLength(1);
  expect(warn).toHaveBeenCalledTimes(1);
}

/** Several rounds of page activity: each makes our observer schedule a scan. */
async function pageKeepsChanging(rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    document.body.append(document.createElement('span'));
    await settle(200);
  }
}

describe('errors in our code stay ours', () => {
  it('a driver that throws on every scan', async () => {
    const driver: WebmailDriver = {
      name: 'test',
      findOpenedMessages() {
        throw new Error('driver broke');
      },
    };
    watcher = runtime.startWatching(driver, workingLazyPart([]), document);
    await pageKeepsChanging();
    expectContained();
    expect(String(warn.mock.calls[0]?.[1])).toContain('driver broke');
  });

  it('a message whose body throws when read; the other message still gets its card', async () => {
    const requests: CardRequest[] = [];
    const broken = addMessage('broken', BOUNCE_TEXT);
    const good = addMessage('good', BOUNCE_TEXT);
    const driver: WebmailDriver = {
      name: 'test',
      findOpenedMessages: () => {
        const hostile = goodMessage(broken);
        Object.defineProperty(hostile, 'body', {
          get() {
            throw new Error('body getter broke');
          },
        });
        return [hostile, goodMessage(good)];
      },
    };
    watcher = runtime.startWatching(driver, workingLazyPart(requests), document);
    await pageKeepsChanging();
    expectContained();
    expect(requests.map((request) => request.mountBefore.parentElement?.id)).toEqual(['good']);
  });

  it('an engine that throws (analyze fails inside the lazy part), then works for the next message', async () => {
    const requests: CardRequest[] = [];
    let calls = 0;
    const lazy = () =>
      Promise.resolve<LazyPart>({
        showCard(request) {
          calls += 1;
          if (calls === 1) throw new Error('analyze broke');
          return workingLazyPartSync(requests, request);
        },
      });
    addMessage('first', BOUNCE_TEXT);
    watcher = runtime.startWatching(plainDriver, lazy, document);
    await settle(100);
    addMessage('second', BOUNCE_TEXT);
    await pageKeepsChanging();
    expectContained();
    expect(calls).toBe(2);
    expect(requests.map((request) => request.mountBefore.parentElement?.id)).toEqual(['second']);
  });

  it('an engine that rejects asynchronously (a provider chunk fails)', async () => {
    const lazy = () =>
      Promise.resolve<LazyPart>({
        showCard: () => Promise.reject(new Error('chunk broke')),
      });
    addMessage('first', BOUNCE_TEXT);
    watcher = runtime.startWatching(plainDriver, lazy, document);
    await pageKeepsChanging();
    expectContained();
  });

  it('the lazy chunk fails to load', async () => {
    addMessage('first', BOUNCE_TEXT);
    watcher = runtime.startWatching(plainDriver, () => Promise.reject(new Error('import failed')), document);
    await pageKeepsChanging();
    expectContained();
  });

  it('a card whose dispose throws when the view moves on', async () => {
    const container = addMessage('first', BOUNCE_TEXT);
    const lazy = () =>
      Promise.resolve<LazyPart>({
        showCard(request) {
          const host = document.createElement('div');
          request.mountBefore.before(host);
          return {
            host,
            dispose() {
              throw new Error('dispose broke');
            },
          };
        },
      });
    watcher = runtime.startWatching(plainDriver, lazy, document);
    await settle(100);
    container.remove();
    await pageKeepsChanging();
    expectContained();
  });

  it('the entry point with storage that throws, and a driver that throws', async () => {
    const storage = {
      sync: {
        get: () => {
          throw new Error('storage broke');
        },
        set: () => Promise.reject(new Error('storage broke')),
      },
      onChanged: {
        addListener: () => {
          throw new Error('listener broke');
        },
        removeListener: () => undefined,
      },
    };
    const driver: WebmailDriver = {
      name: 'gmail',
      findOpenedMessages() {
        throw new Error('driver broke');
      },
    };
    await runtime.runContentScript(driver, { storage, loadLazyPart: workingLazyPart([]), doc: document });
    await pageKeepsChanging();
    expectContained();
  });
});

function workingLazyPartSync(requests: CardRequest[], request: CardRequest) {
  requests.push(request);
  const host = document.createElement('div');
  host.setAttribute('data-bounce-lens', '');
  request.mountBefore.before(host);
  return { host, dispose: () => host.remove() };
}

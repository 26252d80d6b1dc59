// npm run bench: what Bounce Lens costs a webmail page, each figure next to its budget (issue 5).
// Figures, not assertions: every line says PASS or FAIL, and the script exits 0 unless it crashes.
//  - sizes of the built extension (dist/chrome; built first when missing), from scripts/size.mjs;
//  - in headless Chromium with the built extension, on the Gmail-shaped fixture page served at
//    https://mail.google.com (test/e2e): heap growth with a card open, bounce-to-card time, the
//    extension's own scripting time on a busy page without a bounce, a 20 MB bounce;
//  - the engine in Node: median time per message over ../shared/corpus/sisimai (rendered text),
//    throughput against Debian's libsisimai-perl on the same files (when installed), 1 MB hostile texts.
// Run: npm run bench [-- --quick | --engine | --churn]   (--quick: 3 s of churn, 5 card runs; --engine: Node only; --churn: the idle page alone). The work runs while vite's
// module runner imports this file (as in scripts/bench-corpus.ts): scripts/run-ts.mjs calls main() after
// the runner is closed, and the engine's `import('postal-mime')` needs the runner open.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { analyzeMessage, analyzeText } from '../src/core';
import { selectProviders, selectWordChunks } from '../src/content/two-pass';
import { CHROMIUM, serveWebmail, type ExtensionBrowser } from '../test/e2e/browser';
import { fixtureMessage, fixturePage, messageUrl, type FixtureMessage } from '../test/e2e/pages';
import { ORDINARY_MESSAGE, OWN_SAMPLES, REPO_ROOT, loadMessage, loadSample } from '../test/e2e/samples';
import { renderAsWebmail, type Rendered } from '../test/corpus/render';
import { BOUNCE_GZIP_BUDGET, INJECTED_GZIP_BUDGET, WORST_CASE_PROVIDERS, measure } from './size.mjs';
import { buildProviderIndex } from './provider-index-source';

const BUDGET = {
  injectedGzip: INJECTED_GZIP_BUDGET,
  bounceGzip: BOUNCE_GZIP_BUDGET,
  heapMb: 10,
  cardMedianMs: 50,
  engineMedianMs: 0.3,
  sisimaiRatio: 12,
  idleScriptingPct: 1,
  adversarialMs: 50,
};
/** Names the content script marks (src/content/runtime.ts, src/content/explain.ts). */
const MARK_WATCHING = 'bounce-lens:watching';
const MARK_SEEN = 'bounce-lens:bounce-seen';
const MARK_SHOWN = 'bounce-lens:card-shown';
/** Marked by the page itself (an init script) when the bounce body first has content. */
const MARK_BODY = 'bench:body-in-dom';
const CARD = '[data-bounce-lens]';

const BUILT = path.join(REPO_ROOT, 'dist/chrome');
/** A copy of dist/chrome taken at the start: a build running meanwhile (another terminal, a test run)
 *  empties dist/chrome, which would pull the extension from under the browser. */
const DIST = mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-bench-dist-'));
const SISIMAI_DIR = path.resolve(REPO_ROOT, process.env.BOUNCE_LENS_CORPUS ?? '../shared/corpus', 'sisimai');

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number, digits = 1): string => `${value.toFixed(digits)} ms`;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

let failures = 0;
/** One figure: `PASS|FAIL  label  value  (budget ...)`; info lines have no verdict. */
function line(ok: boolean | null, label: string, value: string, budget = ''): void {
  if (ok === false) failures += 1;
  const verdict = ok === null ? '    ' : ok ? 'PASS' : 'FAIL';
  console.log(`${verdict}  ${label.padEnd(58)} ${value.padEnd(22)} ${budget}`);
}
function section(title: string): void {
  console.log(`\n== ${title}`);
}

function ensureBuilt(): void {
  if (!existsSync(path.join(BUILT, 'manifest.json'))) {
    console.log('dist/chrome is missing: building it (npm run build:chrome)...');
    execFileSync('npm', ['run', 'build:chrome'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  cpSync(BUILT, DIST, { recursive: true });
}

/** As test/e2e/browser.ts launchWithExtension, with the extension loaded from the bench's copy. */
async function launchWithExtension(): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    popupUrl: '',
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function corpusTexts(): Promise<{ file: string; raw: string; rendered: Rendered }[]> {
  const expected = path.join(SISIMAI_DIR, 'expected.json');
  if (!existsSync(expected)) return [];
  const rows = JSON.parse(readFileSync(expected, 'utf8')) as { file: string }[];
  const files = [...new Set(rows.map((row) => row.file))].filter((file) => existsSync(path.join(SISIMAI_DIR, file)));
  return Promise.all(
    files.map(async (file) => {
      const raw = readFileSync(path.join(SISIMAI_DIR, file), 'latin1');
      return { file, raw, rendered: await renderAsWebmail(raw) };
    }),
  );
}

// ---------------------------------------------------------------------------------------------------
// Sizes

async function sizes(corpus: { rendered: Rendered }[]): Promise<void> {
  section('Size (gzip, dist/chrome as built; the build fails past these budgets)');
  const results = measure(DIST);
  const index = buildProviderIndex();
  const gmailSample = await loadSample(OWN_SAMPLES.find((sample) => sample.family === 'gmail-5.1.1')!);
  for (const result of results) {
    const host = result.matches[0]!.replace(/^https:\/\/|\/\*$/g, '');
    line(result.injected.gzip <= BUDGET.injectedGzip, `injected into every page, ${host}`, kb(result.injected.gzip), `<= ${kb(BUDGET.injectedGzip)}`);
  }
  const gmail = results.find((result) => result.matches[0]!.includes('mail.google.com'))!;
  line(null, 'lazy part every bounce loads (engine, matchers, card)', kb(gmail.lazy.gzip));
  const wordsTotal = gmail.words.reduce((sum, w) => sum + w.gzip, 0);
  line(null, `  words of reply codes and statuses, ${gmail.words.length} chunks on demand`, kb(wordsTotal), `(largest ${gmail.words[0]?.id} ${kb(gmail.words[0]?.gzip ?? 0)})`);
  const gmailCtx = { subject: gmailSample.rendered.subject, from: gmailSample.rendered.from };
  const gmailIds = selectProviders(index, gmailSample.rendered.text, gmailCtx);
  const gmailWords = selectWordChunks(index, gmailSample.rendered.text, gmailCtx);
  const gmailOnly = gmail.inAll(gmailIds, gmailWords);
  line(gmailOnly <= BUDGET.bounceGzip, `one bounce in all: Gmail 5.1.1 bounce (${[...gmailIds, ...gmailWords].join(', ') || 'no provider'})`, kb(gmailOnly), `<= ${kb(BUDGET.bounceGzip)}`);
  const worst = gmail.bounce.worstCase;
  line(worst.gzip <= BUDGET.bounceGzip, `one bounce in all: worst case, every word chunk + ${WORST_CASE_PROVIDERS} heaviest providers (${worst.providers.join(', ')})`, kb(worst.gzip), `<= ${kb(BUDGET.bounceGzip)}`);
  if (corpus.length > 0) {
    let most = { gzip: 0, ids: [] as string[] };
    const counts: number[] = [];
    for (const item of corpus) {
      const ctx = { subject: item.rendered.subject, from: item.rendered.from };
      const ids = selectProviders(index, item.rendered.text, ctx);
      const words = selectWordChunks(index, item.rendered.text, ctx);
      counts.push(ids.length);
      const gzip = gmail.inAll(ids, words);
      if (gzip > most.gzip) most = { gzip, ids: [...ids, ...words] };
    }
    line(most.gzip <= BUDGET.bounceGzip, `one bounce in all: heaviest of ${corpus.length} corpus bounces`, kb(most.gzip), `<= ${kb(BUDGET.bounceGzip)}  (${most.ids.join(', ')})`);
    line(null, 'providers selected per corpus bounce: median / max', `${median(counts)} / ${Math.max(...counts)}`);
  }
  line(null, 'every provider and word chunk at once (no bounce names them all)', kb(gmail.bounce.everyProvider.gzip));
}

// ---------------------------------------------------------------------------------------------------
// Browser

interface Session {
  browser: ExtensionBrowser;
  extensionOrigin: string;
}

/** Marks, in the page's own world, when the first Gmail body gets content (the fixture fills it 60 ms
 *  after drawing the header, as Gmail does). The content script's marks share the page's timeline. */
const MARK_BODY_SCRIPT = `(() => {
  const seen = new WeakSet();
  new MutationObserver(() => {
    for (const body of document.querySelectorAll('div.a3s')) {
      if (seen.has(body) || !body.firstChild) continue;
      seen.add(body);
      performance.mark(${JSON.stringify(MARK_BODY)});
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

async function newPage(session: Session): Promise<Page> {
  const page = await session.browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.addInitScript({ content: MARK_BODY_SCRIPT });
  return page;
}

async function markTime(page: Page, name: string): Promise<number | null> {
  return page.evaluate((mark) => {
    const entries = performance.getEntriesByName(mark);
    return entries.length > 0 ? entries[entries.length - 1]!.startTime : null;
  }, name);
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
}

async function memory(session: Session, bounceId: string): Promise<void> {
  const page = await newPage(session);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await page.waitForTimeout(500);
  const before = await heapUsed(cdp);
  await page.evaluate((url) => (location.href = url), messageUrl('gmail', bounceId));
  await page.locator(`${CARD} [data-status]`).first().waitFor();
  await page.waitForTimeout(300);
  const after = await heapUsed(cdp);
  const growth = (after - before) / (1024 * 1024);
  line(growth <= BUDGET.heapMb, 'JS heap growth, bounce and its card open (V8 + DOM heap)', `${growth.toFixed(2)} MB`, `<= ${BUDGET.heapMb} MB  (${(before / 1048576).toFixed(1)} -> ${(after / 1048576).toFixed(1)} MB)`);
  await page.close();
}

/**
 * Bounce to card, the case a reader meets. In Gmail the content script starts long before a bounce is
 * opened (Gmail's own app takes seconds to load, and the reader opens the message later), so each run:
 *  1. opens a fresh tab on the fixture's inbox (no bounce: the lazy part is not loaded, nothing is
 *     prefetched), and waits until the content script marks `bounce-lens:watching`;
 *  2. opens the bounce as Gmail does on navigation (a hash change: the fixture draws the conversation's
 *     header, then fills the body 60 ms later, like Gmail);
 *  3. takes the time from the body being in the DOM (`bench:body-in-dom`, marked by the page's own
 *     MutationObserver in the microtask right after the body's text goes in) to `bounce-lens:card-shown`
 *     (marked by the content script once the card is mounted). Both marks are on the page's timeline.
 * The first bounce of each tab loads the lazy part (engine, matchers, card) and the words it needs; the
 * content script may start loading the lazy part when the conversation's header says bounce (sender,
 * subject), before the body is drawn: that is "once a bounce is seen", as Gmail draws headers first.
 * Also printed (informational): the same tab opening the bounce again, and the old figure of a tab
 * loaded with the bounce already in the URL, which also counts the content script's own start after the
 * page loads (document_idle, then crxjs's loader importing the main script) while the body is there.
 */
async function cardTimes(session: Session, bounceId: string, runs: number): Promise<void> {
  const fromBody: number[] = [];
  const fromSeen: number[] = [];
  const warmFromBody: number[] = [];
  const pageLoad: number[] = [];
  let missed = 0;
  const bounceHash = new URL(messageUrl('gmail', bounceId)).hash;
  const timed = async (run: number, what: (page: Page) => Promise<void>): Promise<void> => {
    // A fresh tab each run: the first bounce of a tab loads the lazy part.
    const page = await newPage(session);
    try {
      await what(page);
    } catch (error) {
      missed += 1;
      console.log(`      run ${run + 1}: no card (${String(error).split('\n')[0]})`);
    }
    await page.close();
  };
  const marks = async (page: Page): Promise<[number, number, number]> => {
    const [body, seen, shown] = await Promise.all([MARK_BODY, MARK_SEEN, MARK_SHOWN].map((name) => markTime(page, name)));
    if (body == null || seen == null || shown == null) throw new Error(`performance marks missing: body ${body}, seen ${seen}, shown ${shown}`);
    return [body, seen, shown];
  };
  for (let run = 0; run < runs; run += 1) {
    await timed(run, async (page) => {
      await page.goto('https://mail.google.com/mail/u/0/#inbox');
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARK_WATCHING);
      await page.evaluate((hash) => (location.hash = hash), bounceHash);
      await page.locator(CARD).first().waitFor();
      const [body, seen, shown] = await marks(page);
      fromBody.push(shown - body);
      fromSeen.push(shown - seen);
      // The same tab again (lazy part and word chunks loaded): leave the conversation and come back.
      if (warmFromBody.length < 5) {
        await page.evaluate(() => (location.hash = '#inbox'));
        await page.locator(CARD).waitFor({ state: 'detached' });
        await page.evaluate((hash) => (location.hash = hash), bounceHash);
        // The content script replaces its mark: wait for a newer one.
        await page.waitForFunction(([name, previous]) => (performance.getEntriesByName(name as string).at(-1)?.startTime ?? -1) > (previous as number), [MARK_SHOWN, shown] as const);
        const [body2, , shown2] = await marks(page);
        warmFromBody.push(shown2 - body2);
      }
    });
  }
  for (let run = 0; run < runs; run += 1) {
    await timed(run, async (page) => {
      await page.goto(messageUrl('gmail', bounceId));
      await page.locator(CARD).first().waitFor();
      const [body, , shown] = await marks(page);
      pageLoad.push(shown - body);
    });
  }
  if (missed > 0) line(false, 'runs without a card', `${missed} of ${runs * 2}`);
  const med = median(fromBody);
  line(med <= BUDGET.cardMedianMs, `body in DOM -> card shown, first bounce of a tab (${runs} runs)`, `median ${ms(med)}`, `<= ${BUDGET.cardMedianMs} ms  (max ${ms(Math.max(...fromBody))})`);
  line(null, '  of which: bounce seen by the content script -> card', `median ${ms(median(fromSeen))}`, `(max ${ms(Math.max(...fromSeen))})`);
  line(null, `  same tab, bounce opened again (${warmFromBody.length} runs)`, `median ${ms(median(warmFromBody))}`, `(max ${ms(Math.max(...warmFromBody))})`);
  line(null, `  tab loaded with the bounce in its URL (${pageLoad.length} runs)`, `median ${ms(median(pageLoad))}`, `(max ${ms(Math.max(...pageLoad))}; includes the content script's own start after page load)`);
}

/** The extension's own scripting time while the page churns: a sampling CPU profile of the renderer
 *  (CDP Profiler: it samples every JS world of the tab, the content script's isolated world included,
 *  every 100 µs). A sample counts as ours when any frame of its stack runs a chrome-extension://<id>/
 *  script, so native work our code calls (querySelectorAll, innerText) counts too. Blink's own cost of
 *  queueing MutationObserver records is not JS and is not counted (it is the same for any observer). */
async function idleChurn(session: Session, seconds: number): Promise<void> {
  const page = await newPage(session);
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  // 1,000 DOM mutations a second in the page's main area (add a row, drop the oldest), every 10 ms
  // catching up with the clock so that a loaded machine still makes the full count.
  const mutations = await page.evaluate(async (duration) => {
    const list = document.querySelector('[role="main"]') ?? document.body;
    let count = 0;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.min(duration * 1000, Math.floor(performance.now() - started));
        while (count < due) {
          const row = document.createElement('div');
          row.className = 'zA churn';
          row.textContent = `Chat message ${count}`;
          list.append(row);
          if (list.childElementCount > 50) list.firstElementChild?.remove();
          count += 1;
        }
        if (performance.now() - started >= duration * 1000) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
    });
    return count;
  }, seconds);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const { ours, total } = attribute(profile, session.extensionOrigin);
  const pct = (ours / total) * 100;
  line(pct <= BUDGET.idleScriptingPct, `no bounce, ${mutations} mutations in ${seconds} s: extension scripting`, `${pct.toFixed(3)} %`, `<= ${BUDGET.idleScriptingPct} %  (${ms(ours)} of ${ms(total, 0)}, ${profile.samples.length} samples)`);
  console.log(`      our heaviest functions there (self time): ${heaviest(profile, session.extensionOrigin).join(', ') || 'none sampled'}`);
  await page.close();
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function attribute(profile: CpuProfile, extensionOrigin: string): { ours: number; page: number; total: number } {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const cache = new Map<number, 'ours' | 'page' | 'none'>();
  const owner = (id: number): 'ours' | 'page' | 'none' => {
    const known = cache.get(id);
    if (known) return known;
    let result: 'ours' | 'page' | 'none' = 'none';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url.startsWith(extensionOrigin)) {
        result = 'ours';
        break;
      }
      if (url.startsWith('https://')) result = 'page';
    }
    cache.set(id, result);
    return result;
  };
  let ours = 0;
  let page = 0;
  // timeDeltas[i] is the time before sample i; charge each sample with the interval that follows it.
  for (let i = 0; i < profile.samples.length; i += 1) {
    const duration = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const who = owner(profile.samples[i]!);
    if (who === 'ours') ours += duration;
    else if (who === 'page') page += duration;
  }
  return { ours, page, total: (profile.endTime - profile.startTime) / 1000 };
}

/** A 20 MB bounce: the card still comes, says what was skipped, and our longest stretch of script stays short. */
async function hugeMessage(session: Session, bounceId: string): Promise<void> {
  const page = await newPage(session);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(messageUrl('gmail', bounceId), { timeout: 120_000 });
  await page.locator(`${CARD} [data-status]`).first().waitFor({ timeout: 120_000 });
  const elapsed = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const [body, shown] = await Promise.all([markTime(page, MARK_BODY), markTime(page, MARK_SHOWN)]);
  // The card's notes, one per line (each is a paragraph of its own on the card).
  const notes = await page.evaluate((selector) => [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll('.bl-note') ?? [])].map((n) => n.textContent ?? ''), CARD);
  const note = notes.filter((n) => /only the first/i.test(n)).join(' | ');
  const { ours } = attribute(profile, session.extensionOrigin);
  const longest = longestRun(profile, session.extensionOrigin);
  line(Boolean(note), '20 MB bounce: the card says what was skipped', note ? `"${note.slice(0, 120)}"` : 'no note on the card');
  line(longest <= 1000, '20 MB bounce: longest unbroken stretch of our script', ms(longest, 0), `<= 1000 ms  (our total ${ms(ours, 0)}; body -> card ${ms((shown ?? 0) - (body ?? 0), 0)}; page load to card ${elapsed} ms)`);
  console.log(`      our heaviest functions there (self time): ${heaviest(profile, session.extensionOrigin).join(', ')}`);
  await page.close();
}

/** Our code's heaviest frames by self time (own frame, or native work our frame called). */
function heaviest(profile: CpuProfile, extensionOrigin: string): string[] {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const time = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i += 1) {
    let label = '';
    let native = '';
    for (let at: number | undefined = profile.samples[i]; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame as { url: string; functionName: string; lineNumber?: number };
      if (frame.url.startsWith(extensionOrigin)) {
        label = `${frame.functionName || '(anonymous)'}@${frame.url.slice(extensionOrigin.length)}${native ? ` -> ${native}` : ''}`;
        break;
      }
      if (!native && !frame.url) native = frame.functionName || '(native)';
    }
    if (label) time.set(label, (time.get(label) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return [...time].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([label, spent]) => `${label} ${ms(spent, 0)}`);
}

/** The longest run of consecutive samples in our code (the page cannot respond meanwhile). */
function longestRun(profile: CpuProfile, extensionOrigin: string): number {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const isOurs = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if ((byId.get(at)?.callFrame.url ?? '').startsWith(extensionOrigin)) return true;
    }
    return false;
  };
  let longest = 0;
  let run = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const duration = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    run = isOurs(profile.samples[i]!) ? run + duration : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

async function browserFigures(quick: boolean, only?: 'churn'): Promise<void> {
  section('In the page (headless Chromium, dist/chrome, Gmail fixture at https://mail.google.com)');
  const sample = await loadSample(OWN_SAMPLES.find((candidate) => candidate.family === 'gmail-5.1.1')!);
  const bounce = fixtureMessage('bounce', sample.rendered);
  const ordinary = fixtureMessage('ordinary', await loadMessage(ORDINARY_MESSAGE));
  // 20 MB: the bounce, then long lines of a forwarded log (few lines, so the page itself stays drawable).
  const filler = `${'Log 192.0.2.1 relay=mx.example.net status=sent (250 2.0.0 OK) '.repeat(160)}\n`;
  const huge: FixtureMessage = { ...bounce, id: 'huge', text: `${bounce.text}\n${filler.repeat(Math.ceil(20_000_000 / filler.length))}` };
  const browser = await launchWithExtension();
  try {
    await serveWebmail(browser.context, { gmail: fixturePage('gmail', [bounce, ordinary, huge]) });
    const session: Session = { browser, extensionOrigin: `chrome-extension://${browser.extensionId}/` };
    if (only === 'churn') {
      await idleChurn(session, quick ? 3 : 10);
      return;
    }
    await memory(session, bounce.id);
    await cardTimes(session, bounce.id, quick ? 5 : 20);
    await idleChurn(session, quick ? 3 : 10);
    await hugeMessage(session, huge.id);
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Engine (Node)

function engineMedian(corpus: { rendered: Rendered }[]): void {
  for (const item of corpus) analyzeText(item.rendered.text, { subject: item.rendered.subject, from: item.rendered.from });
  const per: number[] = [];
  for (const item of corpus) {
    const rounds = 5;
    const t0 = performance.now();
    for (let i = 0; i < rounds; i += 1) analyzeText(item.rendered.text, { subject: item.rendered.subject, from: item.rendered.from });
    per.push((performance.now() - t0) / rounds);
  }
  const med = median(per);
  const sorted = [...per].sort((a, b) => a - b);
  line(med <= BUDGET.engineMedianMs, `engine, median per rendered message (${per.length} corpus files)`, ms(med, 3), `<= ${BUDGET.engineMedianMs} ms  (p99 ${ms(sorted[Math.floor(sorted.length * 0.99)] ?? 0, 2)}, max ${ms(sorted.at(-1) ?? 0, 2)})`);
}

/** Timed passes over the corpus for each side; the best pass counts (both sides the same way). */
const THROUGHPUT_PASSES = 3;

const SISIMAI_SCRIPT = String.raw`
use strict; use warnings;
use Sisimai; use Time::HiRes qw(time);
my $passes = shift @ARGV;
my @data;
for my $file (@ARGV) { open(my $fh, '<:raw', $file) or die "$file: $!"; local $/; push @data, scalar <$fh>; close $fh; }
# Warm-up pass: Sisimai loads its parser modules on first use.
for my $d (@data) { my $copy = $d; Sisimai->make(\$copy); }
my ($best, $found);
for my $pass (1 .. $passes) {
  $found = 0;
  my $t0 = time;
  for my $d (@data) { my $copy = $d; my $v = Sisimai->make(\$copy); $found += scalar @{ $v || [] }; }
  my $took = time - $t0;
  $best = $took if !defined $best || $took < $best;
}
printf "%.6f %d %d\n", $best, scalar(@data), $found;
`;

/** Throughput on the raw files, measured alike on both sides: one warm-up pass over every file (Sisimai
 *  loads its modules, V8 compiles the hot paths), then THROUGHPUT_PASSES timed passes, the best counts. */
async function sisimaiRatio(corpus: { file: string; raw: string }[]): Promise<void> {
  for (const item of corpus) await analyzeMessage(item.raw);
  let best = Infinity;
  let found = 0;
  for (let pass = 0; pass < THROUGHPUT_PASSES; pass += 1) {
    found = 0;
    const t0 = performance.now();
    for (const item of corpus) found += (await analyzeMessage(item.raw)).findings.length;
    best = Math.min(best, performance.now() - t0);
  }
  const oursSeconds = best / 1000;
  const oursRate = corpus.length / oursSeconds;
  line(null, `engine, raw messages (analyzeMessage), ${corpus.length} files, best of ${THROUGHPUT_PASSES} passes`, `${oursRate.toFixed(0)} msg/s`, `(${ms(oursSeconds * 1000, 0)}, ${found} findings)`);
  const probe = spawnSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    line(null, 'Sisimai (perl) throughput ratio', 'not measured', `(perl -MSisimai failed: ${(probe.error?.message ?? probe.stderr).trim().split('\n')[0]}; install libsisimai-perl to compare)`);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-bench-'));
  try {
    const script = path.join(dir, 'sisimai.pl');
    writeFileSync(script, SISIMAI_SCRIPT);
    const run = spawnSync('perl', [script, String(THROUGHPUT_PASSES), ...corpus.map((item) => path.join(SISIMAI_DIR, item.file))], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const [seconds, files, perlFound] = (run.stdout.trim().split(/\s+/).map(Number) as [number, number, number]);
    if (run.status !== 0 || !seconds) throw new Error(`perl Sisimai run failed: ${run.stderr.slice(0, 300)}`);
    const perlRate = files / seconds;
    line(null, `Sisimai ${probe.stdout.trim()} (perl), same files, same run, best of ${THROUGHPUT_PASSES}`, `${perlRate.toFixed(0)} msg/s`, `(${ms(seconds * 1000, 0)}, ${perlFound} results)`);
    const ratio = oursRate / perlRate;
    line(ratio >= BUDGET.sisimaiRatio, 'engine throughput vs Sisimai, raw messages', `${ratio.toFixed(1)}x`, `>= ${BUDGET.sisimaiRatio}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 1 MB texts shaped against backtracking patterns and the scanners (issue 5's list and more). */
function adversarialInputs(): [string, string][] {
  const MB = 1_000_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const nested = (open: string, close: string) => `${open.repeat(MB / 2)}${close.repeat(MB / 2)}`;
  return [
    ['digits', fill('5')],
    ['digits and dots', fill('5.5.5.')],
    ['long digit runs with dots', fill('1234567890.12345678901234567890.')],
    ['"550-" repeated', fill('550-')],
    ['"550-5.7.26 " repeated', fill('550-5.7.26 ')],
    ['reply lines', fill('550-5.1.1 x\n')],
    ['deep round brackets', nested('(', ')')],
    ['deep square brackets', nested('[', ']')],
    ['deep angle brackets', nested('<', '>')],
    ['one 1 MB line of words and codes', fill('The response was: 550 5.1.1 user@example.com host mx.example.net [192.0.2.1] said: ')],
    ['addresses', fill('a@b.example.com ')],
    ['at signs', fill('@')],
    ['dsn fields', fill('Final-Recipient: rfc822; a@example.com\nStatus: 5.1.1\n')],
    ['said intro', fill('said: said: ')],
    ['spaces', fill(' ')],
    ['hyphens', fill('-')],
    ['newlines', fill('\n')],
    ['unclosed angle', `<${fill('a')}`],
  ];
}

function adversarial(): void {
  let worst = { name: '', ms: 0 };
  for (const [name, input] of adversarialInputs()) {
    analyzeText(input.slice(0, 1000), { subject: 'Undelivered Mail Returned to Sender' });
    const t0 = performance.now();
    analyzeText(input, { subject: 'Undelivered Mail Returned to Sender', from: 'Mail Delivery Subsystem <mailer-daemon@example.net>' });
    const elapsed = performance.now() - t0;
    if (elapsed > worst.ms) worst = { name, ms: elapsed };
  }
  line(worst.ms <= BUDGET.adversarialMs, `1 MB adversarial text, worst of ${adversarialInputs().length}`, ms(worst.ms), `<= ${BUDGET.adversarialMs} ms  (${worst.name})`);
}

// ---------------------------------------------------------------------------------------------------

async function main(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  ensureBuilt();
  console.log(`Bounce Lens bench: ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const corpus = await corpusTexts();
  if (corpus.length === 0) console.log(`(no corpus at ${SISIMAI_DIR}: corpus figures skipped)`);
  // --churn: the idle-page figure alone (a quick loop while working on the content script).
  if (args.includes('--churn')) {
    await browserFigures(quick, 'churn');
    rmSync(DIST, { recursive: true, force: true });
    return;
  }
  // --engine: the engine's figures alone (a quick loop while working on the engine).
  if (!args.includes('--engine')) {
    await sizes(corpus);
    await browserFigures(quick);
  }
  section('Engine (Node)');
  if (corpus.length > 0) {
    engineMedian(corpus);
    await sisimaiRatio(corpus);
  }
  adversarial();
  console.log(`\n${failures === 0 ? 'All figures within budget.' : `${failures} figure(s) over budget.`}`);
  rmSync(DIST, { recursive: true, force: true });
}

// npm run bench passes its arguments after `--` to node -e: they are process.argv[1...].
await main(process.argv.slice(1));

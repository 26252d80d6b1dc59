// The lazily loaded part of the content scripts: the engine, the matchers (every reply code, status and
// provider entry without its words) and the card. runtime.ts imports it with import() the first time a
// page shows a bounce, so pages without bounces never pay for it. The words are chunks of their own:
// each provider's one by one, reply codes and statuses in a few word chunks. The engine runs once on the
// matchers, then the words of the entries its report uses are loaded (all at once) and filled in by id
// (src/content/lazy-dataset.ts says why the answer is the full dataset's): adding providers or prose
// does not grow what every bounce loads.
import { providerIndex } from 'virtual:provider-index';
import { providerWords } from 'virtual:provider-words';
import { replyMatchers, statusMatchers, wordChunks } from 'virtual:word-index';
import { MAX_INPUT } from '../core/text';
import type { Report } from '../core/types';
import { analyzeLazily, firstPass, type MatcherIndex } from './lazy-dataset';
import type { Words } from '../data/word-index';
import { mountOverlay } from '../ui/overlay';
import type { CardRequest, MountedCard } from './runtime';

/** Performance marks (read by scripts/bench.ts through performance.getEntriesByName in the page). */
export const MARK_CARD_SHOWN = 'bounce-lens:card-shown';
/** This chunk (engine, matchers, card) fetched, compiled and evaluated: the rest is the engine's pass,
 *  the words' loads (lazy-dataset.ts marks them) and the render. */
performance.mark('bounce-lens:lazy-evaluated');

/** Loaded once per tab, like this chunk. */
const loadedProviders = new Map<string, Promise<Readonly<Record<string, Words>>>>();
const loadedWords = new Map<string, Promise<Readonly<Record<string, Words>>>>();
const matchers: MatcherIndex = { replies: replyMatchers, statuses: statusMatchers, providers: providerIndex };

function loadWords(chunk: string): Promise<Readonly<Record<string, Words>>> {
  let promise = loadedWords.get(chunk);
  if (!promise) {
    const load = wordChunks[chunk];
    if (!load) return Promise.reject(new Error(`no word chunk ${chunk}`));
    promise = load().then((module) => module.words);
    loadedWords.set(chunk, promise);
  }
  return promise;
}

/** A provider's words by entry id (its chunk holds only those: the index has its matchers). */
function loadProviderWords(id: string): Promise<Readonly<Record<string, Words>>> {
  let promise = loadedProviders.get(id);
  if (!promise) {
    const load = providerWords[id];
    if (!load) return Promise.reject(new Error(`no chunk for provider ${id}`));
    promise = load().then((module) => module.words);
    loadedProviders.set(id, promise);
  }
  return promise;
}

/** A short bounce in the common shape: enough for the engine to build its per-dataset caches (matchers
 *  with empty words, provider unions) and for V8 to compile its hot paths. */
const WARM_UP_TEXT = '550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in local recipient table';
let explained = false;

/** This chunk loads only once a page shows a bounce (or a message whose sender or subject reads like
 *  one: runtime.ts warms the chunk before the body is drawn). When the chunk arrives before the body,
 *  that wait is idle time: spend it on the engine's first, cold run instead of doing it on the reader's
 *  bounce. Scheduled after the import resolves, so a bounce already waiting goes first and the warm-up
 *  then has nothing left to do. */
setTimeout(() => {
  if (!explained) firstPass(matchers, WARM_UP_TEXT, { subject: 'Undelivered Mail Returned to Sender', from: 'MAILER-DAEMON@example.com' });
}, 0);

/** The engine's answer, loading only the words (provider files, word chunks) of the entries it uses. */
export async function explain(request: Pick<CardRequest, 'text' | 'subject' | 'from'>): Promise<Report> {
  explained = true;
  // The engine reads the first MAX_INPUT characters and says so on the card; one more keeps that note
  // while sparing both passes (newline normalising and the rest) the remainder of a huge body.
  const text = request.text.length > MAX_INPUT ? request.text.slice(0, MAX_INPUT + 1) : request.text;
  return analyzeLazily(matchers, text, { subject: request.subject, from: request.from }, { providerWords: loadProviderWords, words: loadWords });
}

export async function showCard(request: CardRequest): Promise<MountedCard | null> {
  const report = await explain(request);
  // looksLikeBounce is deliberately eager; when the engine finds nothing, say nothing.
  if (report.kind === 'none' && report.findings.length === 0) return null;
  // The view may have moved on while provider chunks loaded.
  if (!request.mountBefore.isConnected) return null;
  const card = mountOverlay(request.mountBefore, report, request.onDismiss, request.preferences);
  performance.clearMarks(MARK_CARD_SHOWN);
  performance.mark(MARK_CARD_SHOWN);
  return card;
}

// The toolbar popup: look up a code or explain a pasted bounce. It bundles the engine and the dataset
// (it is an extension page, not injected into webmail).
import { render } from 'preact';
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResolvedEntry } from '../core/types';
import { EntryCard, NAV_ITEM, ReportCard } from '../ui/Card';
import '../ui/card.css';
import { t, tNodes, uiLanguage } from '../ui/i18n';
import '../ui/page.css';
import { DEFAULT_SETTINGS, loadSettings, type Audience } from '../ui/settings';
import { followSystemTheme } from '../ui/theme';
import './popup.css';
import { textFromHash } from './launch';
import { answer, type Answer } from './query';

const INPUT_DEBOUNCE_MS = 150;

function EntryList({ entries, audience }: { entries: ResolvedEntry[]; audience: Audience }) {
  const [first, ...rest] = entries;
  if (!first) return null;
  return (
    <>
      <EntryCard entry={first} audience={audience} navigable />
      {rest.map((entry) => (
        <details class="pp-more" key={entry.id}>
          <summary {...{ [NAV_ITEM]: '' }}>
            <span class="bl-code">{entry.code}</span>
            {entry.title}
            {entry.provider ? ` (${entry.provider})` : ''}
          </summary>
          <EntryCard entry={entry} audience={audience} />
        </details>
      ))}
    </>
  );
}

/** Example codes in the hint: codes, not words, so they stay out of the catalogue. */
const EXAMPLE_CODES = ['550', '5.1.1', '550 5.7.26', 'TSS04'];

function Result({ result, audience }: { result: Answer | null; audience: Audience }) {
  if (!result || result.type === 'empty') {
    return (
      <p class="pp-hint" data-result="empty">
        {tNodes('popup_hint', EXAMPLE_CODES.map((code) => <code key={code}>{code}</code>))}
      </p>
    );
  }
  if (result.type === 'unknown') {
    return (
      <p class="pp-message" data-result="unknown" role="status">
        {result.looksLikeCode ? t('popup_unknown_code', [result.input.slice(0, 60)]) : t('popup_no_bounce')}
      </p>
    );
  }
  if (result.type === 'entries') return <EntryList entries={result.entries} audience={audience} />;
  // The popup's own title already says Bounce Lens: the card does not repeat it.
  return <ReportCard report={result.report} audience={audience} navigable brand={false} />;
}

/** Up and Down move between result cards (and back up to the field); Tab still walks every link. */
function moveBetweenResults(event: TargetedKeyboardEvent<HTMLElement>, field: HTMLTextAreaElement | null): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target as HTMLElement;
  // Shown items only: the cards folded inside a closed <details> are not stops.
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(`[${NAV_ITEM}]`)].filter((item) => item.getClientRects().length > 0);
  if (items.length === 0) return;
  const down = event.key === 'ArrowDown';
  let next: HTMLElement | null | undefined;
  if (target === field) {
    // In the field the arrows move the caret; only past its last line do they reach the results.
    if (!down || !field || field.selectionStart !== field.value.length) return;
    next = items[0];
  } else {
    const current = items.findIndex((item) => item === target || item.contains(target));
    if (current < 0) return;
    next = down ? items[current + 1] : current === 0 ? field : items[current - 1];
  }
  if (!next) return;
  event.preventDefault();
  next.focus();
  next.scrollIntoView?.({ block: 'nearest' });
}

type Runtime = { openOptionsPage?: () => Promise<void> };

function openSettings(): void {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  Promise.resolve(runtime?.openOptionsPage?.())
    .then(() => window.close())
    .catch((error: unknown) => console.warn('[Bounce Lens]', error));
}

function Popup() {
  // Opened from the right-click menu, the page carries the selected text in its hash.
  const [input, setInput] = useState(() => textFromHash(location.hash));
  const [result, setResult] = useState<Answer | null>(null);
  const [audience, setAudience] = useState<Audience>(DEFAULT_SETTINGS.audience);
  const latest = useRef(0);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    loadSettings()
      .then((settings) => setAudience(settings.audience))
      .catch((error: unknown) => console.warn('[Bounce Lens]', error));
  }, []);

  useEffect(() => field.current?.focus(), []);

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(() => {
      answer(input)
        .then((next) => {
          if (request === latest.current) setResult(next);
        })
        .catch((error: unknown) => {
          console.warn('[Bounce Lens]', error);
          if (request === latest.current) setResult({ type: 'unknown', input, looksLikeCode: false });
        });
    }, input.trim() === '' ? 0 : INPUT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  const hasResults = result?.type === 'entries' || result?.type === 'report';

  return (
    <main class="pp" onKeyDown={(event) => moveBetweenResults(event, field.current)}>
      <header class="pp-top">
        <h1 class="pp-title">{t('extName')}</h1>
        <button type="button" class="pp-link" onClick={openSettings}>
          {t('popup_settings')}
        </button>
      </header>
      <label class="pp-label" for="query">
        {t('popup_field_label')}
      </label>
      <textarea
        id="query"
        ref={field}
        class="pp-input"
        rows={input.includes('\n') ? 8 : 2}
        autofocus
        spellcheck={false}
        placeholder={t('popup_placeholder')}
        aria-describedby={hasResults ? 'query-keys' : undefined}
        value={input}
        onInput={(event) => setInput(event.currentTarget.value)}
      />
      {/* Only when there are results to move between. */}
      {hasResults && (
        <p id="query-keys" class="pp-keys">
          {t('popup_keyboard_hint')}
        </p>
      )}
      <section class="pp-results" aria-labelledby="results-heading">
        {/* Cards carry h3 titles: this keeps the outline h1 > h2 > h3 for screen readers. */}
        <h2 id="results-heading" class="pp-hidden">
          {t('popup_results_label')}
        </h2>
        <div aria-live="polite">
          <Result result={result} audience={audience} />
        </div>
      </section>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('extName');
followSystemTheme();
const app = document.getElementById('app');
if (app) render(<Popup />, app);

// The toolbar popup: look up a code or explain a pasted bounce. It bundles the engine and the dataset
// (it is an extension page, not injected into webmail).
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResolvedEntry } from '../core/types';
import { EntryCard, ReportCard } from '../ui/Card';
import '../ui/card.css';
import './popup.css';
import { answer, type Answer } from './query';

const INPUT_DEBOUNCE_MS = 150;

function EntryList({ entries }: { entries: ResolvedEntry[] }) {
  const [first, ...rest] = entries;
  if (!first) return null;
  return (
    <>
      <EntryCard entry={first} />
      {rest.map((entry) => (
        <details class="pp-more" key={entry.id}>
          <summary>
            <span class="bl-code">{entry.code}</span>
            {entry.title}
            {entry.provider ? ` (${entry.provider})` : ''}
          </summary>
          <EntryCard entry={entry} />
        </details>
      ))}
    </>
  );
}

function Result({ result }: { result: Answer | null }) {
  if (!result || result.type === 'empty') {
    return (
      <p class="pp-hint" data-result="empty">
        Type a code such as <code>550</code>, <code>5.1.1</code>, <code>550 5.7.26</code> or <code>TSS04</code>, or
        paste a whole bounce message.
      </p>
    );
  }
  if (result.type === 'unknown') {
    return (
      <p class="pp-message" data-result="unknown" role="status">
        {result.looksLikeCode
          ? `Bounce Lens has no entry for “${result.input.slice(0, 60)}”. Check the code, or paste the whole bounce: the server's words usually say more.`
          : 'Bounce Lens found no code or bounce in this text. Type a code such as 550 or 5.1.1, or paste the whole bounce message.'}
      </p>
    );
  }
  if (result.type === 'entries') return <EntryList entries={result.entries} />;
  return <ReportCard report={result.report} />;
}

function Popup() {
  const [input, setInput] = useState('');
  const [result, setResult] = useState<Answer | null>(null);
  const latest = useRef(0);
  const field = useRef<HTMLTextAreaElement>(null);

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

  return (
    <main class="pp">
      <h1 class="pp-title">Bounce Lens</h1>
      <label class="pp-label" for="query">
        A code, or a whole bounce message
      </label>
      <textarea
        id="query"
        ref={field}
        class="pp-input"
        rows={input.includes('\n') ? 8 : 2}
        autofocus
        spellcheck={false}
        placeholder="550 5.7.26"
        value={input}
        onInput={(event) => setInput(event.currentTarget.value)}
      />
      <div class="pp-results" aria-live="polite">
        <Result result={result} />
      </div>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);

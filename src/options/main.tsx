// The options page: cards on or off per webmail, folded or open, whose part first. Every change is saved
// to storage.sync at once; open webmail tabs follow through storage.onChanged (src/content/runtime.ts).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage, type MessageKey } from '../ui/i18n';
import '../ui/page.css';
import { loadSettings, onSettingsChanged, saveSettings, type Audience, type Settings, type Webmail } from '../ui/settings';
import { followSystemTheme } from '../ui/theme';
import './options.css';

const WEBMAILS: [Webmail, MessageKey][] = [
  ['gmail', 'options_webmail_gmail'],
  ['outlook', 'options_webmail_outlook'],
];
const LAYOUTS: [boolean, string, MessageKey][] = [
  [false, 'open', 'options_layout_open'],
  [true, 'folded', 'options_layout_folded'],
];
const AUDIENCES: [Audience, MessageKey][] = [
  ['sender', 'options_audience_sender'],
  ['admin', 'options_audience_admin'],
];

type Status = { state: 'idle' } | { state: 'saved' } | { state: 'error'; message: string };

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  useEffect(() => {
    let live = true;
    void loadSettings().then((stored) => {
      if (live) setSettings((current) => current ?? stored);
    });
    // Another window (or device) may change them too.
    const unsubscribe = onSettingsChanged((next) => setSettings(next));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  if (!settings) return <main class="op" aria-busy="true" />;

  const change = (next: Settings): void => {
    setSettings(next);
    saveSettings(next)
      .then(() => setStatus({ state: 'saved' }))
      .catch((error: unknown) => setStatus({ state: 'error', message: String(error) }));
  };

  return (
    <main class="op">
      <h1 class="op-title">{t('options_title')}</h1>
      <p class="op-intro">{t('options_intro')}</p>
      <form class="op-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset class="op-group">
          <legend>{t('options_webmails_legend')}</legend>
          {WEBMAILS.map(([webmail, label]) => (
            <label class="op-choice" key={webmail}>
              <input
                type="checkbox"
                name={`enabled-${webmail}`}
                checked={settings.enabled[webmail]}
                onChange={(event) => change({ ...settings, enabled: { ...settings.enabled, [webmail]: event.currentTarget.checked } })}
              />
              <span>{t(label)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="op-group">
          <legend>{t('options_layout_legend')}</legend>
          {LAYOUTS.map(([folded, value, label]) => (
            <label class="op-choice" key={value}>
              <input
                type="radio"
                name="layout"
                value={value}
                checked={settings.folded === folded}
                onChange={() => change({ ...settings, folded })}
              />
              <span>{t(label)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="op-group">
          <legend>{t('options_audience_legend')}</legend>
          {AUDIENCES.map(([audience, label]) => (
            <label class="op-choice" key={audience}>
              <input
                type="radio"
                name="audience"
                value={audience}
                checked={settings.audience === audience}
                onChange={() => change({ ...settings, audience })}
              />
              <span>{t(label)}</span>
            </label>
          ))}
        </fieldset>
      </form>
      <p class="op-status" role="status" data-state={status.state}>
        {status.state === 'saved' ? t('options_saved') : status.state === 'error' ? t('options_save_failed', [status.message]) : ''}
      </p>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
followSystemTheme();
const app = document.getElementById('app');
if (app) render(<Options />, app);

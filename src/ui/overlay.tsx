// Mounts a ReportCard on a webmail page: in a host element carrying data-bounce-lens with an open shadow
// root, so the page's styles and ours stay apart. The style goes in a <style> element inside the root
// (adoptedStyleSheets fails in Firefox content scripts; manifest css would style the page).
// The host sits in the flow right before the message body (never positioned over it), and carries
// data-theme: light or dark after the colour painted behind it (see theme.ts).
import { render } from 'preact';
import type { Report } from '../core/types';
import { ReportCard } from './Card';
import cardCss from './card.css?inline';
import { DEFAULT_SETTINGS, type CardPreferences } from './settings';
import { themeBehind } from './theme';

export interface Overlay {
  host: HTMLElement;
  dispose(): void;
  /** New preferences from the options page: redraw in place. */
  update(preferences: CardPreferences): void;
  /** Look again at the page's colours (the webmail may have switched theme). */
  refresh(): void;
}

/** The host resets what it would inherit from the page; its own place in the page is all we set. */
const HOST_STYLE = 'all: initial; display: block; position: static; margin: 0 0 12px; max-width: 100%; min-width: 0;';

export function mountOverlay(
  mountBefore: Element,
  report: Report,
  onDismiss: () => void,
  initial: CardPreferences = DEFAULT_SETTINGS,
): Overlay {
  const doc = mountBefore.ownerDocument;
  const view = doc.defaultView;
  const host = doc.createElement('div');
  host.setAttribute('data-bounce-lens', '');
  host.style.cssText = HOST_STYLE;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const mount = doc.createElement('div');
  root.append(style, mount);

  let preferences: CardPreferences = { folded: initial.folded, audience: initial.audience };
  let disposed = false;
  const systemScheme = view?.matchMedia?.('(prefers-color-scheme: dark)');

  const applyTheme = (): void => {
    if (disposed) return;
    const theme = themeBehind(host.parentElement);
    if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
  };

  const dispose = (): void => {
    if (disposed) return;
    disposed = true;
    systemScheme?.removeEventListener?.('change', applyTheme);
    render(null, mount);
    host.remove();
  };
  const close = (): void => {
    try {
      dispose();
      onDismiss();
    } catch (error) {
      console.warn('[Bounce Lens]', error);
    }
  };
  const draw = (): void => {
    // A new key starts the card afresh, so "start folded" and "admins first" take effect at once.
    const key = `${preferences.folded}-${preferences.audience}`;
    render(<ReportCard key={key} report={report} onClose={close} folded={preferences.folded} audience={preferences.audience} />, mount);
  };

  mountBefore.parentNode?.insertBefore(host, mountBefore);
  applyTheme();
  systemScheme?.addEventListener?.('change', applyTheme);
  draw();
  return {
    host,
    dispose,
    update(next) {
      if (disposed) return;
      if (next.folded === preferences.folded && next.audience === preferences.audience) return;
      preferences = { folded: next.folded, audience: next.audience };
      draw();
    },
    refresh: applyTheme,
  };
}

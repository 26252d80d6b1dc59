// Mounts a ReportCard on a webmail page: in a host element carrying data-bounce-lens with an open shadow
// root, so the page's styles and ours stay apart. The style goes in a <style> element inside the root
// (adoptedStyleSheets fails in Firefox content scripts; manifest css would style the page).
import { render } from 'preact';
import type { Report } from '../core/types';
import { ReportCard } from './Card';
import cardCss from './card.css?inline';

export interface Overlay {
  host: HTMLElement;
  dispose(): void;
}

/** The host resets what it would inherit from the page; its own place in the page is all we set. */
const HOST_STYLE = 'all: initial; display: block; margin: 0 0 12px;';

export function mountOverlay(mountBefore: Element, report: Report, onDismiss: () => void): Overlay {
  const doc = mountBefore.ownerDocument;
  const host = doc.createElement('div');
  host.setAttribute('data-bounce-lens', '');
  host.style.cssText = HOST_STYLE;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const mount = doc.createElement('div');
  root.append(style, mount);

  let disposed = false;
  const dispose = (): void => {
    if (disposed) return;
    disposed = true;
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

  mountBefore.parentNode?.insertBefore(host, mountBefore);
  render(<ReportCard report={report} onClose={close} />, mount);
  return { host, dispose };
}

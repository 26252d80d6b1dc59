// Light or dark: the card follows the page it sits in, the extension pages follow the system.
// A webmail has its own theme (Gmail's dark themes, Outlook's dark mode, either following the system or
// not): what decides is the colour actually painted behind the card, so we read the nearest opaque
// background colour up the tree from the mount point. When nothing up there paints (transparent all the
// way), the browser's canvas shows, which is dark only when the page allows a dark scheme and the system
// asks for one.

export type Theme = 'light' | 'dark';

type Rgba = [number, number, number, number];

/** Computed colours come back as "rgb(r, g, b)" or "rgba(r, g, b, a)" (or with spaces and a slash). */
export function parseColor(css: string): Rgba | null {
  const match = /^rgba?\(\s{0,3}([\d.]{1,12})[\s,]{1,5}([\d.]{1,12})[\s,]{1,5}([\d.]{1,12})(?:\s{0,3}[,/]\s{0,3}([\d.]{1,12})(%?))?\s{0,3}\)$/.exec(css.trim());
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour (0 black .. 1 white). */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (channel = 0): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Below this, white text contrasts more than black text: (L + 0.05)^2 = 1.05 * 0.05. */
const DARK_LUMINANCE = 0.179;
/** A background this opaque decides the colour behind it. */
const OPAQUE_ALPHA = 0.9;

/** The nearest opaque background colour at or above `element`; null when everything is transparent. */
export function backgroundBehind(element: Element | null): Rgba | null {
  const view = element?.ownerDocument.defaultView;
  for (let node = element; node && view; node = node.parentElement) {
    const color = parseColor(view.getComputedStyle(node).backgroundColor);
    if (color && color[3] >= OPAQUE_ALPHA) return color;
  }
  return null;
}

export function systemPrefersDark(view: Window | null | undefined): boolean {
  return Boolean(view?.matchMedia?.('(prefers-color-scheme: dark)').matches);
}

/** The theme matching what is painted behind `element`. */
export function themeBehind(element: Element | null): Theme {
  const color = backgroundBehind(element);
  if (color) return luminance(color) < DARK_LUMINANCE ? 'dark' : 'light';
  const doc = element?.ownerDocument;
  const view = doc?.defaultView;
  const scheme = doc ? view?.getComputedStyle(doc.documentElement).colorScheme ?? '' : '';
  return /\bdark\b/.test(scheme) && systemPrefersDark(view) ? 'dark' : 'light';
}

/** Extension pages (popup, options): the system's choice, kept up to date on <html data-theme>. */
export function followSystemTheme(doc: Document = document): void {
  const view = doc.defaultView;
  const query = view?.matchMedia?.('(prefers-color-scheme: dark)');
  const apply = (): void => {
    doc.documentElement.dataset.theme = query?.matches ? 'dark' : 'light';
  };
  apply();
  query?.addEventListener?.('change', apply);
}

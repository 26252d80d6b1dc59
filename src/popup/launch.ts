// Text handed to the popup page in its URL: the right-click menu (src/background) opens
// `popup/index.html#text=<encoded selection>` in a small window. A hash never leaves the browser.
const TEXT_PARAM = 'text';

/** The text in `#text=...`, or '' when the page was opened from the toolbar (no hash). */
export function textFromHash(hash: string): string {
  if (!hash.startsWith('#')) return '';
  try {
    return new URLSearchParams(hash.slice(1)).get(TEXT_PARAM) ?? '';
  } catch {
    return '';
  }
}

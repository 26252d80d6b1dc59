// The service worker (Chrome, Edge) / event page (Firefox). Its one job is the right-click menu: select
// text on any page, "Explain with Bounce Lens", and the popup page opens in a small window with that text.
// The selection arrives in the menu event itself (info.selectionText), so the extension needs only the
// "contextMenus" permission: no host permission, no content script on the page, no activeTab.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';

export const MENU_ID = 'bounce-lens-explain';
/** Shown when the locale files lack the message (getMessage returns ""). */
const FALLBACK_TITLE = 'Explain with Bounce Lens';
/** The popup's own size, so the window looks like the toolbar popup. */
const WINDOW_SIZE = { width: 420, height: 640 };
/** A whole bounce is a few kB; a page-long selection is cut here so the URL stays reasonable. */
export const SELECTION_LIMIT = 20_000;

function menuTitle(): string {
  try {
    return browser.i18n.getMessage('contextMenuExplain') || FALLBACK_TITLE;
  } catch {
    return FALLBACK_TITLE;
  }
}

/** The popup page with the text in its hash: the popup reads `#text=` on load and explains it. A hash
 *  never reaches a server, and the popup is an extension page, so the text stays in the browser. */
export function explainUrl(selection: string): string {
  const popup = browser.runtime.getManifest().action?.default_popup ?? 'src/popup/index.html';
  return `${browser.runtime.getURL(popup)}#text=${encodeURIComponent(selection.slice(0, SELECTION_LIMIT))}`;
}

export function createMenu(): void {
  // Re-creating an existing id is an error: clear first (onInstalled also fires on update and reload).
  void browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({ id: MENU_ID, title: menuTitle(), contexts: ['selection'] });
    })
    .catch((error: unknown) => console.warn('[Bounce Lens]', error));
}

/** What a click on the menu item does. Returns the window it opened (undefined when there was nothing to
 *  explain), so tests can await it. */
export async function onMenuClicked(info: Menus.OnClickData, _tab?: Tabs.Tab): Promise<number | undefined> {
  if (info.menuItemId !== MENU_ID) return undefined;
  const selection = (info.selectionText ?? '').trim();
  if (selection === '') return undefined;
  const opened = await browser.windows.create({ url: explainUrl(selection), type: 'popup', ...WINDOW_SIZE });
  return opened.id;
}

// Listeners are registered synchronously at the top level: a service worker or event page woken by a
// click only delivers it to listeners that exist by the end of its first run. Firefox and Chrome both keep
// menus created in onInstalled across restarts of the background.
browser.runtime.onInstalled.addListener(createMenu);
browser.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClicked(info, tab).catch((error: unknown) => console.warn('[Bounce Lens]', error));
});

// A native context menu cannot be clicked in headless Chromium: the end-to-end test calls this from the
// worker (test/e2e/context-menu.test.ts). Only the extension's own pages and worker share this scope.
(globalThis as { bounceLens?: unknown }).bounceLens = { onMenuClicked, MENU_ID };

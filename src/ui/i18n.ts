// Every interface string goes through here: the browser's i18n API picks the user's language from
// public/_locales/. Outside an extension (unit tests, Node) there is no i18n API, so the English catalogue
// answers instead. Keys are typed from that catalogue: tsc rejects a key the catalogue lacks.
import type { ComponentChild } from 'preact';
import english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type GetMessage = (key: string, substitutions?: string[]) => string;

function platformGetMessage(): GetMessage | undefined {
  const scope = globalThis as { browser?: { i18n?: { getMessage?: GetMessage } }; chrome?: { i18n?: { getMessage?: GetMessage } } };
  const api = scope.browser?.i18n ?? scope.chrome?.i18n;
  return api?.getMessage ? (key, substitutions) => (api.getMessage as GetMessage).call(api, key, substitutions) : undefined;
}

/** What getMessage does with a catalogue entry: named placeholders ($NAME$ -> "$1"), then $1..$9. */
export function formatEntry(entry: CatalogueEntry, substitutions: readonly string[]): string {
  const placeholders = entry.placeholders ?? {};
  const named = entry.message.replace(/\$([A-Za-z0-9_@]{1,40})\$/g, (whole, name: string) => placeholders[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_whole, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

/** The message for `key` in the user's language, English when the browser has no translation. */
export function t(key: MessageKey, substitutions: readonly string[] = []): string {
  try {
    const message = platformGetMessage()?.(key, [...substitutions]);
    if (message) return message;
  } catch {
    // No i18n API here (tests) or a context torn down: the English catalogue below answers.
  }
  const entry = (english as Record<string, CatalogueEntry>)[key];
  return entry ? formatEntry(entry, substitutions) : key;
}

/** Marks where the nth element goes in a message; private-use characters never occur in our catalogues. */
const SLOT = (index: number): string => `\uE000${index}\uE001`;
const SLOTS = /\uE000(\d)\uE001/;

/** A message with elements in it ("to <strong>x</strong>"): the translation decides where they go. */
export function tNodes(key: MessageKey, elements: readonly ComponentChild[]): ComponentChild[] {
  const parts = t(key, elements.map((_, index) => SLOT(index))).split(SLOTS);
  // split with a capture group alternates text and slot numbers.
  return parts.map((part, index) => (index % 2 === 0 ? part : elements[Number(part)])).filter((part) => part !== '');
}

/** The language our pages are shown in (the catalogue the browser picked), for <html lang>. */
export function uiLanguage(): string {
  return t('locale_code');
}

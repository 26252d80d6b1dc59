// HTML to plain text without a DOM, for HTML-only bounces (Exchange/Microsoft 365 send those).
// Text only: nothing here is ever rendered as HTML.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function htmlToText(html: string): string {
  return html
    // The content stops at another opening of the same element: an unclosed <script> repeated would
    // otherwise rescan up to 200 KB from each one (quadratic).
    .replace(/<(script|style|head)\b[^<>]{0,1000}>(?:[^<]|<(?!\/?\1\b)){0,200000}?<\/\1\s{0,5}>/gi, ' ')
    .replace(/<br\s{0,5}\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|tr|li|h[1-6]|table|blockquote|pre|ul|ol)\b[^<>]{0,1000}>/gi, '\n')
    .replace(/<\/t[dh]\s{0,5}>/gi, ' ')
    // No '<' inside a tag (here and above): a run of '<' would otherwise rescan up to 2,000 characters from each one.
    .replace(/<[^<>]{0,2000}>/g, '')
    .replace(/&(#?[a-z0-9]{1,8});/gi, (m, name: string) => {
      const lower = name.toLowerCase();
      if (ENTITIES[lower]) return ENTITIES[lower]!;
      if (lower.startsWith('#')) {
        const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : Number(lower.slice(1));
        // A hostile "&#x110000;" or "&#99999999;" is past Unicode: fromCodePoint would throw.
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return m;
    })
    // Only from the start of a run: from every position of a long run it would rescan 200 characters.
    .replace(/(?<![ \t\u00a0])[ \t\u00a0]{1,200}\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

// HTML to plain text without a DOM, for HTML-only bounces (Exchange/Microsoft 365 send those).
// Text only: nothing here is ever rendered as HTML.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[^>]{0,1000}>[\s\S]{0,200000}?<\/\1\s{0,5}>/gi, ' ')
    .replace(/<br\s{0,5}\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|tr|li|h[1-6]|table|blockquote|pre|ul|ol)\b[^>]{0,1000}>/gi, '\n')
    .replace(/<\/t[dh]\s{0,5}>/gi, ' ')
    .replace(/<[^>]{0,2000}>/g, '')
    .replace(/&(#?[a-z0-9]{1,8});/gi, (m, name: string) => {
      const lower = name.toLowerCase();
      if (ENTITIES[lower]) return ENTITIES[lower]!;
      if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 32);
      if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)) || 32);
      return m;
    })
    .replace(/[ \t\u00a0]{1,200}\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

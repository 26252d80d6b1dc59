// Looking up a typed query: codes, tokens, blocklist names and words, most specific first.
import type { Dataset, Entry, ProviderEntry, ProviderFile } from '../data/schema';
import { classify } from './classify';
import { findStatusEntry, findReplyEntry, resolveEntry, statusMatches } from './resolve';
import type { ResolvedEntry } from './types';

interface Query {
  reply?: string;
  status?: string;
  token?: string;
  words: string[];
  raw: string;
}

/** A provider token typed on its own: letters then digits ("TSS04", "IB212", "LPN007_416"), a dashed or
 *  colon code ("RP-001", "HVU:B1"), Microsoft's AS(...), Yahoo's "554.30". Checked against the whole
 *  typed word, so that a three-digit run inside a token is never read as a reply code. */
const TOKEN_WORD = /^\[?\(?(AS\(\d{3,12}\)|[A-Z]{1,6}\d{1,5}[A-Z]?|[A-Z]{2,3}-\d{3}|[A-Z]{2,4}:[A-Z]{1,2}\d?|(?:OFR|LPN|ODC|OUK)[A-Z0-9]{0,6}_\d{3}|AUP#[A-Z]{0,3}-?\d{4}|[45]\d\d\.\d{1,2})\)?\]?$/i;

/** Words every entry has ("the", "to"): looked up alone they would list the whole dataset. */
const STOP_WORDS = new Set(['the', 'a', 'an', 'to', 'of', 'and', 'or', 'in', 'on', 'is', 'be', 'for', 'at', 'by', 'it', 'this', 'that', 'was', 'not', 'your', 'you', 'with', 'from', 'as']);

/** Entries of one provider a word query lists at most. */
const WORD_MATCHES_PER_PROVIDER = 3;

function parseQuery(input: string): Query {
  const raw = input.trim().slice(0, 300);
  const q: Query = { words: [], raw };
  // "550-5.7.26" (a continuation line as pasted) is the reply and the status.
  const parts = raw.replace(/(?<![\w.])([2-5][0-5]\d)-(?=#?[245X]\.\d)/gi, '$1 ').split(/[\s,;]{1,20}/).filter(Boolean).slice(0, 12);
  for (const typed of parts) {
    // A code copied out of a sentence or a bracket keeps its punctuation ("5.7.26.", "(550)", "5.1.1,"):
    // the code is what is inside. A token's own brackets ("AS(201806281)", "[TSS04]") are kept for it.
    const part = TOKEN_WORD.test(typed) ? typed : typed.replace(/^[(\[{<"'`]{1,3}/, '').replace(/[)\]}>"'`.,;:!?]{1,3}$/, '');
    const status = /^#?([245X])\.([0-7])\.(\d{1,3})$/i.exec(part);
    if (status && !q.status) {
      q.status = `${status[1]!.toUpperCase()}.${Number(status[2])}.${Number(status[3])}`;
      continue;
    }
    if (/^[2-5][0-5]\d[-:]?$/.test(part) && !q.reply) {
      q.reply = part.slice(0, 3);
      continue;
    }
    const token = TOKEN_WORD.exec(part);
    if (token && !q.token && /\d/.test(token[1]!) && !/^[245X]\.\d/i.test(token[1]!)) {
      q.token = token[1]!.toUpperCase();
      continue;
    }
  }
  if (!q.reply && !q.status && !q.token) {
    // A word keeps its inner dots and colons ("zen.spamhaus.org"), not the sentence's ("unknown.").
    q.words = raw.toLowerCase().split(/[^a-z0-9.@#_:-]{1,20}/).map((w) => w.replace(/[.:-]{1,5}$/, '')).filter((w) => w.length >= 2 && !STOP_WORDS.has(w)).slice(0, 8);
  }
  return q;
}

/** Whether `word` starts a word of `text`: "auth" finds "authentication", "script" does not find
 *  "description". */
function startsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[a-z0-9]/.test(text[at - 1]!)) return true;
  }
  return false;
}

function entryText(e: Entry): string {
  return [e.id, e.title, e.meaning, e.details, e.reason, e.token ?? '', ...(e.aliases ?? []), ...e.causes].join(' ').toLowerCase();
}

/** The names an entry is found by, upper-cased. */
function namesOf(e: Entry): string[] {
  return [e.token, ...(e.aliases ?? [])].filter((n): n is string => !!n).map((n) => n.toUpperCase());
}

/** Whether a typed token names the entry: one of its names, an Orange reason number (OFR*_416 for
 *  LPN007_416), or a number inside a documented range ("AUP#1020-1080" for AUP#1030). */
function tokenNames(e: Entry, token: string): boolean {
  const names = namesOf(e);
  if (names.includes(token)) return true;
  const orange = /^(?:OFR|LPN|ODC|OUK)[A-Z0-9]{0,6}_(\d{3})$/.exec(token);
  if (orange && names.includes(`OFR*_${orange[1]}`)) return true;
  const numbered = /^([A-Z#]{1,8}?)(?:IN?-|OUT?-|I-|O-)?(\d{3,5})$/.exec(token.replace(/^AUP#(?:IN?|OUT?)-?/, 'AUP#'));
  if (!numbered) return false;
  const n = Number(numbered[2]);
  return names.some((name) => {
    const r = /^([A-Z#*_]{1,8})(\d{3,5})-(\d{3,5})$/.exec(name);
    return !!r && r[1] === numbered[1] && n >= Number(r[2]) && n <= Number(r[3]);
  });
}

export function lookupIn(dataset: Dataset, input: string): ResolvedEntry[] {
  if (typeof input !== 'string') return [];
  const q = parseQuery(input);
  if (!q.raw) return [];
  const out: ResolvedEntry[] = [];
  const seen = new Set<string>();
  const push = (e: Entry, code: string, file?: ProviderFile) => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    out.push(resolveEntry(e, code, file));
  };

  if (q.token) {
    for (const file of dataset.providers) for (const e of file.entries) if (tokenNames(e, q.token)) push(e, e.token ?? q.token, file);
  }
  if (q.status && !q.status.startsWith('X')) {
    const e = findStatusEntry(dataset, q.status);
    // The registry has no entry for this exact detail (4.7.650): the providers' entries for exactly this
    // status say more than the subject's general entry (X.7.X), so they come first.
    const detail = q.status.split('.')[2];
    if (e && e.status?.split('.')[2] !== detail) {
      const [, subject] = q.status.split('.');
      for (const file of dataset.providers) {
        for (const p of file.entries) {
          const parts = p.status?.toUpperCase().split('.');
          if (parts && (parts[0] === q.status[0] || parts[0] === 'X') && parts[1] === subject && parts[2] === detail && (!q.reply || !p.reply || p.reply === q.reply)) push(p, p.status!, file);
        }
      }
    }
    if (e) push(e, q.status);
  } else if (q.status) {
    const e = dataset.statuses.find((s) => s.status === q.status);
    if (e) push(e, q.status);
  }
  if (q.reply) {
    const e = findReplyEntry(dataset, q.reply);
    if (e) push(e, q.reply);
  }
  if (q.reply || q.status) {
    // Provider variants, grouped by provider (file order), exact status first within a provider.
    for (const file of dataset.providers) {
      const variants = file.entries.filter((e) => {
        const statusOk = !q.status || (!!e.status && statusMatches(e.status, q.status));
        const replyOk = !q.reply || e.reply === q.reply;
        if (q.status && q.reply) return !!e.status && statusMatches(e.status, q.status) && (!e.reply || e.reply === q.reply);
        return q.status ? statusOk && !!e.status : replyOk;
      });
      // Within a provider: the entry for exactly this status before a range or a reply-only entry.
      const exactness = (e: Entry) => (q.status && e.status === q.status ? 2 : 0) + (q.reply && e.reply === q.reply ? 1 : 0);
      variants.sort((a, b) => exactness(b) - exactness(a));
      for (const e of variants) push(e, e.status ?? e.reply ?? q.raw, file);
    }
  }
  if (q.words.length) {
    const phrase = q.words.join(' ');
    // What the words would mean in a bounce ("user unknown" -> userunknown, "quota exceeded" ->
    // mailboxfull): the standard entries for that reason are the answer, the providers' variants follow.
    const meant = classify({ diagnostic: q.raw, status: null, reply: null });
    const reasonOfWords = meant === 'onhold' || meant === 'undefined' ? null : meant;
    const upperRaw = q.raw.toUpperCase();
    const scored: { e: Entry; score: number; order: number; file?: ProviderFile }[] = [];
    let order = 0;
    const consider = (e: Entry, file?: ProviderFile) => {
      order++;
      // A blocklist zone or return code typed in full ("zen.spamhaus.org", "127.0.0.2") names its entry.
      if (namesOf(e).includes(upperRaw)) {
        scored.push({ e, file, order, score: 1000 });
        return;
      }
      const text = entryText(e);
      const named = !!file && (file.id.includes(phrase) || file.name.toLowerCase().includes(phrase));
      const worded = !!file && (e as ProviderEntry).match?.some((re) => re.test(q.raw));
      if (!named && !worded && !q.words.every((w) => startsWord(text, w))) return;
      const title = e.title.toLowerCase();
      let score = q.words.filter((w) => startsWord(title, w)).length * 2;
      if (startsWord(title, phrase)) score += 6;
      if (startsWord(text, phrase)) score += 3;
      // "mailbox full" is the reason mailboxfull: entries whose reason it is come first, the standard
      // ones before any provider's.
      if (e.reason === q.words.join('') || (reasonOfWords && e.reason === reasonOfWords)) score += file ? 5 : 20;
      if (worded) score += 1;
      if (named) score += 1;
      // The standard meaning before a provider's variant of it.
      if (!file) score += 0.5;
      scored.push({ e, file, order, score });
    };
    for (const e of dataset.statuses) consider(e);
    for (const e of dataset.replies) consider(e);
    for (const file of dataset.providers) for (const e of file.entries) consider(e, file);
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    // Once enough entries have the words in their title or are what the words mean, the ones that merely
    // mention them somewhere in a cause ("535 Username or password rejected" for "mailbox full") are noise.
    const strong = scored.filter((s) => s.score >= 1).length;
    if (strong >= 5) scored.splice(strong);
    // A few entries per provider: twenty Gmail variants of one phrase would bury every other answer.
    const perProvider = new Map<string, number>();
    const shown = scored.filter((s) => {
      if (!s.file || s.score >= 1000) return true;
      const n = (perProvider.get(s.file.id) ?? 0) + 1;
      perProvider.set(s.file.id, n);
      return n <= WORD_MATCHES_PER_PROVIDER;
    });
    for (const s of shown.slice(0, 40)) {
      const code = s.e.token ?? s.e.status?.replace(/^X/, '5') ?? s.e.reply ?? s.e.id;
      push(s.e, code, s.file);
    }
  }
  return out;
}

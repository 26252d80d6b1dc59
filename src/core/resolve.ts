// Picking dataset entries for codes: the enhanced status resolved for its class digit, the basic
// reply code, and provider entries whose codes and wording agree with the reply.
import type { Dataset, Entry, ProviderEntry, ProviderFile, Reason } from '../data/schema';
import type { ResolvedEntry } from './types';
import { withoutStockText } from './stock-text';
import { mayMatch } from './union';
import { ListIndex } from './word-scan';

/** The entry's words for a code's class, and for what the words of the reply said (`reason`) where the
 *  entry has a variant for it (Entry.byReason). */
export function resolveEntry(entry: Entry, code: string, provider?: ProviderFile, reason?: Reason): ResolvedEntry {
  const cls = code[0] as '2' | '4' | '5';
  const variant = reason ? entry.byReason?.[reason] : undefined;
  const applies = !!variant && (variant.classes ?? ['5']).includes(cls as '4' | '5');
  const over = applies ? { ...entry.byClass?.[cls], ...variant, reason } : entry.byClass?.[cls] ?? {};
  const resolved: ResolvedEntry = {
    id: entry.id,
    kind: entry.kind,
    authority: entry.authority,
    code,
    title: over.title ?? entry.title,
    meaning: over.meaning ?? entry.meaning,
    details: over.details ?? entry.details,
    causes: over.causes ?? entry.causes,
    senderSteps: over.senderSteps ?? entry.senderSteps,
    adminSteps: over.adminSteps ?? entry.adminSteps,
    retry: over.retry ?? entry.retry,
    retryAdvice: over.retryAdvice ?? entry.retryAdvice,
    party: over.party ?? entry.party,
    reputation: over.reputation ?? entry.reputation,
    reason: over.reason ?? entry.reason,
    permanence: cls === '4' && entry.permanence === 'permanent' && entry.status?.startsWith('X') ? 'transient' : entry.permanence,
    references: (applies && variant.references) || entry.references,
  };
  if (provider) resolved.provider = provider.name;
  if (applies) resolved.variant = reason;
  return resolved;
}

const STATUS_SHAPE = /^([X245])\.(\d{1,3}|X{1,3})(?:\.(\d{1,3}|X{1,3}))?$/i;

/** The registry entry for an enhanced code: exact detail, then its subject, then its class. */
export function findStatusEntry(dataset: Dataset, status: string): Entry | undefined {
  // Every finding asks; the registry is fixed per dataset, so each status is looked up once.
  let cache = statusEntryCache.get(dataset.statuses);
  if (!cache) statusEntryCache.set(dataset.statuses, (cache = new Map()));
  if (cache.has(status)) return cache.get(status);
  const found = scanStatusEntry(dataset, status);
  if (cache.size < 10_000) cache.set(status, found);
  return found;
}

const statusEntryCache = new WeakMap<readonly Entry[], Map<string, Entry | undefined>>();

function scanStatusEntry(dataset: Dataset, status: string): Entry | undefined {
  const [cls, subject, detail] = status.split('.');
  let subjectEntry: Entry | undefined;
  let classEntry: Entry | undefined;
  for (const e of dataset.statuses) {
    const m = e.status ? STATUS_SHAPE.exec(e.status) : null;
    if (!m) continue;
    const eClass = m[1]!.toUpperCase();
    if (eClass !== 'X' && eClass !== cls) continue;
    if (e.classes && !e.classes.includes(cls as '2' | '4' | '5')) continue;
    const eSubject = m[2]!.toUpperCase();
    const eDetail = (m[3] ?? 'X').toUpperCase();
    if (eSubject === subject && eDetail === detail) return e;
    if (eSubject === subject && eDetail.startsWith('X')) subjectEntry ??= e;
    if (eSubject.startsWith('X') && eDetail.startsWith('X')) classEntry ??= e;
  }
  return subjectEntry ?? classEntry;
}

export function findReplyEntry(dataset: Dataset, reply: string): Entry | undefined {
  return dataset.replies.find((e) => e.reply === reply);
}

/** An entry's status against a reply's: exact ("5.7.26"), any class ("X.7.26") or a detail range
 *  ("4.7.500-699", "X.7.500-699"). */
export function statusMatches(pattern: string, status: string): boolean {
  if (pattern === status) return true;
  const s = parseStatus(status);
  return !!s && patternHolds(pattern, s);
}

interface ParsedStatus {
  cls: string;
  subject: number;
  detail: number;
}

function parseStatus(status: string): ParsedStatus | null {
  const s = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(status);
  return s ? { cls: s[1]!, subject: Number(s[2]), detail: Number(s[3]) } : null;
}

function patternHolds(pattern: string, s: ParsedStatus): boolean {
  const m = parsedPattern(pattern);
  if (!m) return false;
  if (m.cls !== 'X' && m.cls !== s.cls) return false;
  return m.subject === s.subject && s.detail >= m.lo && s.detail <= m.hi;
}

interface StatusPattern {
  cls: string;
  subject: number;
  lo: number;
  hi: number;
}
const patternCache = new Map<string, StatusPattern | null>();

/** Entry status patterns are few and fixed: parse each once. */
function parsedPattern(pattern: string): StatusPattern | null {
  let p = patternCache.get(pattern);
  if (p !== undefined) return p;
  const m = /^([245X])\.(\d{1,3})\.(\d{1,3})(?:-(\d{1,3}))?$/i.exec(pattern);
  p = m ? { cls: m[1]!.toUpperCase(), subject: Number(m[2]), lo: Number(m[3]), hi: m[4] !== undefined ? Number(m[4]) : Number(m[3]) } : null;
  if (patternCache.size < 10_000) patternCache.set(pattern, p);
  return p;
}

/** A token written as a word of its own ("... IB212", "[TSS04]"), not inside a longer word. */
function hasWord(upperText: string, name: string): boolean {
  let at = upperText.indexOf(name);
  while (at >= 0) {
    const before = upperText[at - 1] ?? ' ';
    const after = upperText[at + name.length] ?? ' ';
    if (!/[A-Z0-9_]/.test(before) && !/[A-Z0-9_]/.test(after)) return true;
    at = upperText.indexOf(name, at + 1);
  }
  return false;
}

/** Length of the longest text one of the patterns matches (0 when none does). */
function matchedSpan(patterns: RegExp[], text: string): number {
  let best = 0;
  for (const re of patterns) {
    if (!mayMatch(re, text)) continue;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) best = Math.max(best, m[0].length || 1);
  }
  return best;
}

/** How long (in characters) a provider's own phrase must be to name the provider without its signature:
 *  a phrase that long is its own wording, not a stock formula. */
const OWN_WORDING_MIN = 20;

export interface ProviderMatch {
  file: ProviderFile;
  entry: ProviderEntry;
  score: number;
  /** The entry's own wording matched and its codes (or token) agree: its reason is the provider's
   *  reading of this very reply. */
  specific: boolean;
  /** The entry's own wording matched the reply (not only its codes and its provider's signature). */
  worded: boolean;
}

interface PreparedEntry {
  entry: ProviderEntry;
  /** Token and aliases, upper-cased. */
  names: string[];
  /** The names long enough to be searched for as words in the text, each with its first word
   *  ("ZEN" of "ZEN.SPAMHAUS.ORG"), which must then be a word of the text: a set lookup before any search. */
  words: { name: string; head: string | null }[];
  /** Names that are documented number ranges ("AUP#1020-1080"): a token with the same prefix and a
   *  number inside the range agrees. */
  ranges: { prefix: string; lo: number; hi: number }[];
  /** Names that are only the organisation's own name ("SPAMHAUS" for the ZEN entry): a reply that names
   *  the organisation says less about this entry than one that names the list or the token. */
  orgNames: Set<string>;
}

const NAMED_RANGE = /^([A-Z#*_]{1,8})(\d{3,5})-(\d{3,5})$/;
const NUMBERED_TOKEN = /^([A-Z#*_]{1,8})(\d{3,5})$/;

function inRanges(ranges: PreparedEntry['ranges'], tokens: string[]): boolean {
  if (!ranges.length) return false;
  for (const t of tokens) {
    const m = NUMBERED_TOKEN.exec(t);
    if (!m) continue;
    const n = Number(m[2]);
    if (ranges.some((r) => r.prefix === m[1] && n >= r.lo && n <= r.hi)) return true;
  }
  return false;
}

const WORD_RUN = /[A-Z0-9_]{1,80}/g;

/** The words of an upper-cased text, for the first-word test of names. */
function wordsOf(upper: string): Set<string> {
  return new Set(upper.match(WORD_RUN) ?? []);
}

interface PreparedDataset {
  /** Every provider entry in file order, with its file's position. */
  all: { file: number; prepared: PreparedEntry }[];
  files: ProviderFile[];
  /** Positions in `all` of the entries a reply can reach: those with a token (checked by name), and
   *  those with codes, by reply code and by status subject. An entry with neither never matches. */
  tokened: number[];
  /** Tokened entries by each name, by the first word of each searchable name, and those that must
   *  always be looked at (a name without a first word, a documented range). */
  byName: Map<string, number[]>;
  byHead: Map<string, number[]>;
  alwaysTokened: number[];
  byReply: Map<string, number[]>;
  bySubject: Map<string, number[]>;
  /** For a reply and status pair, the entries without a token whose codes agree with it (the code test
   *  in matchProviders depends on nothing else): asked once per pair instead of once per finding. */
  byCodes: Map<string, CodeCandidates>;
  /** The files' signatures, asked about one text for many files at once. */
  signatures: ListIndex;
}

const preparedDatasets = new WeakMap<Dataset, PreparedDataset>();

/** The provider entries with names upper-cased and codes indexed once per dataset, not once per finding:
 *  a finding then looks at the few entries its codes or tokens can reach instead of all of them. */
function prepare(dataset: Dataset): PreparedDataset {
  let out = preparedDatasets.get(dataset);
  if (out) return out;
  const prepared: PreparedDataset = { all: [], files: dataset.providers, tokened: [], byName: new Map(), byHead: new Map(), alwaysTokened: [], byReply: new Map(), bySubject: new Map(), byCodes: new Map(), signatures: new ListIndex(dataset.providers.map((file) => file.signatures)) };
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  dataset.providers.forEach((file, fileAt) => {
    for (const entry of file.entries) {
      const names = [entry.token, ...(entry.aliases ?? [])].filter((n): n is string => !!n).map((n) => n.toUpperCase());
      const words = names.filter((n) => n.length >= 4).map((name) => ({ name, head: /^[A-Z0-9_]{1,80}/.exec(name)?.[0] ?? null }));
      const ranges = names.flatMap((n) => {
        const r = NAMED_RANGE.exec(n);
        return r ? [{ prefix: r[1]!, lo: Number(r[2]), hi: Number(r[3]) }] : [];
      });
      const orgName = new Set([file.id.toUpperCase(), file.name.split(/[\s/(]/)[0]!.toUpperCase()]);
      const orgNames = new Set(names.filter((n) => orgName.has(n)));
      const at = prepared.all.length;
      prepared.all.push({ file: fileAt, prepared: { entry, names, words, ranges, orgNames } });
      if (entry.token) {
        prepared.tokened.push(at);
        for (const name of names) add(prepared.byName, name, at);
        for (const w of words) if (w.head) add(prepared.byHead, w.head, at);
        if (ranges.length || words.some((w) => w.head === null)) prepared.alwaysTokened.push(at);
      } else {
        if (entry.reply) add(prepared.byReply, entry.reply, at);
        const subject = entry.status?.split('.')[1];
        if (subject) add(prepared.bySubject, subject, at);
      }
    }
  });
  preparedDatasets.set(dataset, prepared);
  return prepared;
}

/** Two ascending lists without common members, as one ascending list. */
function mergeSorted(a: number[], b: number[]): number[] {
  if (!a.length) return b;
  if (!b.length) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! < b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

interface CodeCandidates {
  /** Ascending positions in `all`. */
  list: number[];
  /** Those that can only match where their provider's signature is in the text: no name to agree, and
   *  codes that do not agree exactly enough for the provider's own wording to carry the match alone. */
  needSignature: Set<number>;
}

/** The entries without a token that a reply and status reach (by reply code or status subject) and whose
 *  codes agree with them: the same test matchProviders applies first, made once per pair. */
function codeCandidates(prepared: PreparedDataset, reply: string | null, status: string | null, parsed: ParsedStatus | null, statusOk: (pattern: string) => boolean): CodeCandidates {
  const key = `${reply ?? ''}|${status ?? ''}`;
  const cached = prepared.byCodes.get(key);
  if (cached) return cached;
  const reached = new Set<number>();
  for (const at of (reply ? prepared.byReply.get(reply) : undefined) ?? []) reached.add(at);
  for (const at of (parsed ? prepared.bySubject.get(String(parsed.subject)) : undefined) ?? []) reached.add(at);
  const out: CodeCandidates = { list: [], needSignature: new Set() };
  for (const at of reached) {
    const { file, prepared: { entry, names } } = prepared.all[at]!;
    const replyAgrees = !entry.reply || !reply || entry.reply === reply;
    const statusAgrees = !entry.status || !status || statusOk(entry.status);
    const anyCode = (!!entry.reply && entry.reply === reply) || (!!entry.status && !!status && statusAgrees);
    if (!(replyAgrees && statusAgrees && anyCode)) continue;
    out.list.push(at);
    // matchProviders: without a name (tokenAgrees false) and with signatures, an entry is keyed only by
    // its signature; unkeyed, it needs the exact status test below, else it is skipped.
    const exactStatus = !!entry.status && !!status && replyAgrees && statusOk(entry.status);
    if (names.length === 0 && prepared.files[file]!.signatures.length > 0 && !exactStatus) out.needSignature.add(at);
  }
  out.list.sort((a, b) => a - b);
  if (prepared.byCodes.size < 10_000) prepared.byCodes.set(key, out);
  return out;
}

/** Provider entries that agree with a reply: codes (or token) must agree, and the wording must match
 *  (or the provider's signature is present and the codes agree exactly). Without the provider's signature
 *  or token, only a long phrase of its own that is not stock MTA text names it. Best first. `refusal` is the
 *  reply itself, where tokens and blocklist names are looked for as words (defaults to `text`). */
export function matchProviders(dataset: Dataset, reply: string | null, status: string | null, tokens: string[], text: string, refusal: string = text, statusWritten = true): ProviderMatch[] {
  const out: ProviderMatch[] = [];
  const upper = refusal.toUpperCase();
  const textWords = wordsOf(upper);
  const upperTokens = tokens.map((t) => t.toUpperCase());
  const parsed = status ? parseStatus(status) : null;
  const statusOk = (pattern: string) => pattern === status || (!!parsed && patternHolds(pattern, parsed));
  const prepared = prepare(dataset);
  // A tokened entry is reached by a token it is named by, or by a word of the reply that starts one of
  // its names (the whole-word test below decides).
  const reach = new Set<number>(prepared.alwaysTokened);
  for (const t of upperTokens) for (const at of prepared.byName.get(t) ?? []) reach.add(at);
  for (const w of textWords) for (const at of prepared.byHead.get(w) ?? []) reach.add(at);
  // File order, then entry order, as before the index: equal scores keep it. The tokened entries reached
  // are few; the entries reached by codes (never tokened, so never among them) come sorted already.
  const byCodes = codeCandidates(prepared, reply, status, parsed, statusOk);
  const candidates = mergeSorted([...reach].sort((a, b) => a - b), byCodes.list);
  // Whether a provider's signature is in the text is asked only once an entry's codes or token agree.
  const signedCache = new Map<number, boolean>();
  const signedIn = prepared.signatures.about(text);
  // The reply without stock texts, made once and only when an entry without a sign of its provider is tried.
  let stripped: string | undefined;
  const signedFile = (fileAt: number): boolean => {
    let v = signedCache.get(fileAt);
    if (v === undefined) signedCache.set(fileAt, (v = signedIn(fileAt)));
    return v;
  };
  for (const at of candidates) {
    const { file: fileAt, prepared: { entry, names, words, ranges, orgNames } } = prepared.all[at]!;
    // Most entries a basic code reaches are another provider's: skipped at once when unsigned.
    if (byCodes.needSignature.has(at) && !signedFile(fileAt)) continue;
    const file = prepared.files[fileAt]!;
    const isSigned = () => signedFile(fileAt);
    const replyAgrees = !entry.reply || !reply || entry.reply === reply;
    const statusAgrees = !entry.status || !status || statusOk(entry.status);
    const anyCode = (!!entry.reply && entry.reply === reply) || (!!entry.status && !!status && statusAgrees);
    // Cheap code checks first: an entry without a token needs its codes to agree.
    if (!entry.token && !(replyAgrees && statusAgrees && anyCode)) continue;
    // The names the reply agrees with: given as a token, or written as a word of the reply.
    const agreed = names.length === 0 ? [] : [...names.filter((n) => upperTokens.includes(n)), ...words.filter((w) => (w.head === null || textWords.has(w.head)) && hasWord(upper, w.name)).map((w) => w.name)];
    const inRange = inRanges(ranges, upperTokens);
    const tokenAgrees = agreed.length > 0 || inRange;
    // Agreement by something more than the organisation's name: a token, a list name, a zone.
    const namedExactly = inRange || agreed.some((n) => !orgNames.has(n));
    if (entry.token && !tokenAgrees) continue;
    // Short or common wording is too weak across providers ("does not exist" is everyone's): the
    // provider's signature or token must be present too, unless the file has no signatures at all, or
    // the entry's own phrase is long and distinctive (see byOwnWording). The content script decides with
    // the same function (src/content/two-pass.ts), so any gate here is followed there.
    const exact = (!entry.reply || entry.reply === reply) && (!entry.status || (!!status && statusOk(entry.status)));
    const signed = isSigned();
    const keyed = signed || tokenAgrees || file.signatures.length === 0;
    let span: number;
    let byOwnWording = false;
    if (keyed) span = matchedSpan(entry.match, text);
    else {
      // No sign of the provider: its own phrase, in the reply itself, must carry the match. It must be
      // long, survive the removal of stock MTA texts (which any server sends), and come with codes that
      // agree exactly: the entry's enhanced status written in the reply (a basic code alone is shared by
      // every provider's entries), and its basic code, when both are written.
      // A status the engine inferred from the words (no code written) says nothing of the provider.
      if (!(statusWritten && entry.status && status && replyAgrees && statusOk(entry.status))) continue;
      if (matchedSpan(entry.match, refusal) < OWN_WORDING_MIN) continue;
      stripped ??= withoutStockText(refusal);
      span = matchedSpan(entry.match, stripped);
      if (span < OWN_WORDING_MIN) continue;
      byOwnWording = true;
    }
    const worded = span > 0;
    // Without its wording, an entry is still the provider's reading of a signed reply when the enhanced
    // status it is keyed by is written there: Google's 5.7.26 stays 5.7.26 whatever the sentence. A basic
    // code alone is not enough: a provider answers 550 for a dozen reasons, and the first 550 entry of its
    // file would explain a full mailbox as "relaying denied".
    if (!worded && !(signed && exact && !!entry.status && !!status)) continue;
    let score = 0;
    // "blocked using Spamhaus" names the organisation, not which of its lists: the receiving provider's
    // own entry for that wording (Microsoft's, signed and worded) explains it better than the ZEN entry.
    if (tokenAgrees) score += namedExactly ? 8 : 0;
    if (worded) score += 4;
    if (signed) score += 2;
    // The refusing provider's own entry for its own wording: its reading of the reply beats a third
    // party's entry reached only by that party's name or a generic link of theirs.
    if (signed && worded) score += 3;
    if (entry.status && entry.status === status) score += 1;
    if (entry.reply && entry.reply === reply) score += 1;
    // Between equal scores the longer wording is the more specific explanation.
    score += Math.min(span, 90) / 100;
    out.push({ file, entry, score, specific: worded && (tokenAgrees || byOwnWording || (signed && exact && anyCode)), worded });
  }
  return out.sort((a, b) => b.score - a.score);
}

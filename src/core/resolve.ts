// Picking dataset entries for codes: the enhanced status resolved for its class digit, the basic
// reply code, and provider entries whose codes and wording agree with the reply.
import type { Dataset, Entry, ProviderEntry, ProviderFile } from '../data/schema';
import type { ResolvedEntry } from './types';

export function resolveEntry(entry: Entry, code: string, provider?: ProviderFile): ResolvedEntry {
  const cls = code[0] as '2' | '4' | '5';
  const over = entry.byClass?.[cls] ?? {};
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
    references: entry.references,
  };
  if (provider) resolved.provider = provider.name;
  return resolved;
}

const STATUS_SHAPE = /^([X245])\.(\d{1,3}|X{1,3})(?:\.(\d{1,3}|X{1,3}))?$/i;

/** The registry entry for an enhanced code: exact detail, then its subject, then its class. */
export function findStatusEntry(dataset: Dataset, status: string): Entry | undefined {
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
  const m = /^([245X])\.(\d{1,3})\.(\d{1,3})(?:-(\d{1,3}))?$/i.exec(pattern);
  const s = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(status);
  if (!m || !s) return false;
  if (m[1]!.toUpperCase() !== 'X' && m[1] !== s[1]) return false;
  if (Number(m[2]) !== Number(s[2])) return false;
  const detail = Number(s[3]);
  const lo = Number(m[3]);
  const hi = m[4] !== undefined ? Number(m[4]) : lo;
  return detail >= lo && detail <= hi;
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

export interface ProviderMatch {
  file: ProviderFile;
  entry: ProviderEntry;
  score: number;
}

/** Provider entries that agree with a reply: codes (or token) must agree, and the wording must match
 *  (or the provider's signature is present and the codes agree exactly). Best first. */
export function matchProviders(dataset: Dataset, reply: string | null, status: string | null, tokens: string[], text: string): ProviderMatch[] {
  const out: ProviderMatch[] = [];
  const upper = text.toUpperCase();
  for (const file of dataset.providers) {
    const signed = file.signatures.some((re) => re.test(text));
    for (const entry of file.entries) {
      const names = [entry.token, ...(entry.aliases ?? [])].filter((n): n is string => !!n).map((n) => n.toUpperCase());
      const tokenAgrees = names.length > 0 && (tokens.some((t) => names.includes(t.toUpperCase())) || names.some((n) => n.length >= 4 && hasWord(upper, n)));
      const replyAgrees = !entry.reply || !reply || entry.reply === reply;
      const statusAgrees = !entry.status || !status || statusMatches(entry.status, status);
      const anyCode = (!!entry.reply && entry.reply === reply) || (!!entry.status && !!status && statusAgrees);
      if (entry.token && !tokenAgrees) continue;
      if (!entry.token && !(replyAgrees && statusAgrees && anyCode)) continue;
      // Wording alone is too weak across providers ("does not exist" is everyone's): the provider's
      // signature or token must be present too, unless the file has no signatures at all.
      const worded = entry.match.some((re) => re.test(text)) && (signed || tokenAgrees || file.signatures.length === 0);
      const exact = (!entry.reply || entry.reply === reply) && (!entry.status || (!!status && statusMatches(entry.status, status)));
      if (!worded && !(signed && exact)) continue;
      let score = 0;
      if (tokenAgrees) score += 8;
      if (worded) score += 4;
      if (signed) score += 2;
      if (entry.status && entry.status === status) score += 1;
      if (entry.reply && entry.reply === reply) score += 1;
      out.push({ file, entry, score });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

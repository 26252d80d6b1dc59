// Looking up a typed query: codes, tokens, blocklist names and words, most specific first.
import type { Dataset, Entry, ProviderFile } from '../data/schema';
import { findStatusEntry, findReplyEntry, resolveEntry, statusMatches } from './resolve';
import type { ResolvedEntry } from './types';

interface Query {
  reply?: string;
  status?: string;
  token?: string;
  words: string[];
  raw: string;
}

function parseQuery(input: string): Query {
  const raw = input.trim().slice(0, 300);
  const q: Query = { words: [], raw };
  const status = /(?<![\d.])#?([245X])\.([0-7])\.(\d{1,3})(?![\d])/i.exec(raw);
  if (status) q.status = `${status[1]!.toUpperCase()}.${Number(status[2])}.${Number(status[3])}`;
  // Not after a letter: "IB212" is Microsoft's token, not reply 212.
  const reply = /(?<![\w.])([2-5][0-5]\d)(?![\d.])/.exec(raw);
  if (reply) q.reply = reply[1]!;
  const token = /\bAS\(\d{3,12}\)|\[?\b([A-Z]{1,6}\d{1,5}[A-Z]?)\b\]?/i.exec(raw.replace(/(?<![\w.])[2-5][0-5]\d(?![\d.])/g, ' '));
  if (token) q.token = token[0].startsWith('AS(') || token[0].startsWith('as(') ? token[0].toUpperCase() : token[1]!.toUpperCase();
  if (!q.reply && !q.status && !q.token) {
    q.words = raw.toLowerCase().split(/[^a-z0-9.@-]{1,20}/).filter((w) => w.length >= 2).slice(0, 8);
  }
  return q;
}

function entryText(e: Entry): string {
  return [e.id, e.title, e.meaning, e.details, e.reason, e.token ?? '', ...e.causes].join(' ').toLowerCase();
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
    for (const file of dataset.providers)
      for (const e of file.entries) {
        const names = [e.token, ...(e.aliases ?? [])].filter((n): n is string => !!n).map((n) => n.toUpperCase());
        if (names.includes(q.token)) push(e, e.token ?? q.token, file);
      }
  }
  if (q.status && !q.status.startsWith('X')) {
    const e = findStatusEntry(dataset, q.status);
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
      for (const e of variants) push(e, e.status ?? e.reply ?? q.raw, file);
    }
  }
  if (q.words.length) {
    // Blocklist or provider names first: a provider whose signature or id matches the query.
    const phrase = q.words.join(' ');
    for (const file of dataset.providers) {
      const named = file.id.includes(phrase) || file.name.toLowerCase().includes(phrase) || file.signatures.some((re) => re.test(q.raw));
      const worded = file.entries.filter((e) => e.match.some((re) => re.test(q.raw)));
      for (const e of worded) push(e, e.token ?? e.status ?? e.reply ?? file.id, file);
      if (named) for (const e of file.entries) push(e, e.token ?? e.status ?? e.reply ?? file.id, file);
    }
    const scored: { e: Entry; score: number; file?: ProviderFile }[] = [];
    const consider = (e: Entry, file?: ProviderFile) => {
      const text = entryText(e);
      if (!q.words.every((w) => text.includes(w))) return;
      const title = e.title.toLowerCase();
      scored.push({ e, file, score: q.words.filter((w) => title.includes(w)).length * 2 + (text.includes(phrase) ? 3 : 0) });
    };
    for (const e of dataset.statuses) consider(e);
    for (const e of dataset.replies) consider(e);
    for (const file of dataset.providers) for (const e of file.entries) consider(e, file);
    scored.sort((a, b) => b.score - a.score);
    for (const s of scored.slice(0, 30)) {
      const code = s.e.token ?? s.e.status?.replace(/^X/, '5') ?? s.e.reply ?? s.e.id;
      push(s.e, code, s.file);
    }
  }
  return out;
}

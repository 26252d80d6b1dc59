// npm run bench:corpus: scores the engine against the public corpora in ../shared/corpus.
//  - Sisimai set-of-emails, through both ways in: the raw message (analyzeMessage) and the text a
//    webmail renders from it (analyzeText): agreement on status (only where the message writes it),
//    reply code, reason and message kind, overall and per sender family, then every miss.
//  - SMTP Field Manual: each reply pasted as a one-line bounce: reply and status read correctly, and
//    whether a provider entry (not just the generic class) explains it.
//  - Time: median and worst per message over the corpus, and 1 MB adversarial inputs.
// Run through rolldown (bundled to a temp file) because Node 20 cannot run TypeScript by itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../src/core';
import {
  agreement,
  corpusPaths,
  measureFieldManual,
  measureSisimai,
  present,
  ratio,
  type Agreement,
  type Mode,
  type RowResult,
} from '../test/corpus/measure';
import { renderAsWebmail } from '../test/corpus/render';

const TARGETS = {
  raw: { status: 98, reply: 98, reason: 95 },
  text: { status: 95, reason: 92 },
  fieldManual: { codes: 99, provider: 90 },
  medianMs: 0.3,
  adversarialMs: 50,
};

const root = process.cwd();
const paths = corpusPaths(root);
const have = present(paths);
let failed = false;

const fmt = ([ok, all]: [number, number]) => `${ratio([ok, all]).toFixed(1)}% (${ok}/${all})`;
const mark = (value: number, target: number) => {
  if (value < target) failed = true;
  return value >= target ? `ok  >= ${target}` : `LOW <  ${target}`;
};

function printAgreement(mode: Mode, a: Agreement): void {
  const t = mode === 'raw' ? TARGETS.raw : TARGETS.text;
  console.log(`\n== Sisimai, ${mode === 'raw' ? 'raw messages (analyzeMessage)' : 'rendered text (analyzeText)'}: ${a.rows} rows`);
  console.log(`  status  ${fmt(a.status).padEnd(20)} ${mark(ratio(a.status), t.status)}`);
  console.log(`  reply   ${fmt(a.reply).padEnd(20)} ${mode === 'raw' ? mark(ratio(a.reply), TARGETS.raw.reply) : ''}`);
  // The issue asks to keep our answer where a row of the key is clearly wrong by the message's own words
  // and to list the row (see "disputed rows" below): the target is read with those rows counted for the
  // words. The key as written is printed first and held to the same target, so that both are in view.
  console.log(`  reason, the key as written:                          ${fmt(a.reason).padEnd(20)} ${mark(ratio(a.reason), t.reason)}`);
  console.log(`  reason, disputed rows counted for the message's words: ${fmt(a.reasonNet).padEnd(20)} ${mark(ratio(a.reasonNet), t.reason)}`);
  console.log(`  kind    ${fmt(a.kind)}`);
  console.log(`  crashes ${a.crashes}`);
  if (a.crashes) failed = true;
}

function printFamilies(results: RowResult[]): void {
  const families = [...new Set(results.map((r) => r.family))].sort();
  console.log('  per sender family: rows, status, reply, reason, kind');
  for (const fam of families) {
    const a = agreement(results.filter((r) => r.family === fam));
    const cell = ([ok, all]: [number, number]) => (all ? `${ok}/${all}` : '-').padEnd(7);
    const flag = a.reason[0] < a.reason[1] || a.status[0] < a.status[1] || a.reply[0] < a.reply[1] ? ' *' : '';
    console.log(`    ${fam.padEnd(26)} ${String(a.rows).padEnd(4)} ${cell(a.status)} ${cell(a.reply)} ${cell(a.reason)} ${cell(a.kind)}${flag}`);
  }
}

function printMisses(results: RowResult[]): void {
  const misses: string[] = [];
  const disputed: string[] = [];
  for (const r of results) {
    const f = r.finding;
    const id = `${r.row.file}#${r.row.index}`;
    const got = `[${r.kind}, ${r.findings} finding(s)] ${f?.reply ?? '-'} ${f?.status ?? '-'} ${f?.reason ?? '-'}`;
    const evidence = (f?.evidence ?? '').slice(0, 140);
    if (r.statusChecked && !r.statusOk) misses.push(`${id} status: want ${r.row.status}, got ${got}`);
    if (r.replyChecked && !r.replyOk) misses.push(`${id} reply: want ${r.row.replycode}, got ${got}`);
    if (!r.reasonOk) {
      if (r.disputed) disputed.push(`${id} key ${r.row.reason}, ours ${f?.reason}: ${r.disputed}`);
      else misses.push(`${id} reason: want ${r.row.reason}, got ${got} | ${evidence}`);
    }
    if (!r.kindOk && r.reasonOk) misses.push(`${id} kind: got ${r.kind} for ${r.row.reason}`);
  }
  console.log(`  misses (${misses.length}):`);
  for (const m of misses) console.log(`    ${m}`);
  console.log(`  disputed rows of the key (${disputed.length}): the message's own words say otherwise`);
  for (const d of disputed) console.log(`    ${d}`);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return 0;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median time of analyzeText over every rendered corpus message, after a warm-up pass. Each message's
 *  time is the best of several runs (`median`), which other processes on a busy machine inflate far less
 *  than the mean of the runs (`meanMedian`, printed too). */
async function timeCorpus(): Promise<{ median: number; meanMedian: number; p99: number; max: number; n: number }> {
  const rows = JSON.parse(readFileSync(path.join(paths.sisimaiDir, 'expected.json'), 'utf8')) as { file: string }[];
  const files = [...new Set(rows.map((r) => r.file))];
  const inputs = await Promise.all(files.map(async (f) => renderAsWebmail(readFileSync(path.join(paths.sisimaiDir, f), 'latin1'))));
  for (const r of inputs) analyzeText(r.text, { subject: r.subject, from: r.from });
  const per: number[] = [];
  const means: number[] = [];
  for (const r of inputs) {
    const rounds = 7;
    let best = Infinity;
    let total = 0;
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      analyzeText(r.text, { subject: r.subject, from: r.from });
      const ms = performance.now() - t0;
      best = Math.min(best, ms);
      total += ms;
    }
    per.push(best);
    means.push(total / rounds);
  }
  const sorted = [...per].sort((a, b) => a - b);
  return { median: median(per), meanMedian: median(means), p99: sorted[Math.floor(sorted.length * 0.99)] ?? 0, max: sorted[sorted.length - 1] ?? 0, n: per.length };
}

/** 1 MB inputs shaped to hurt backtracking regular expressions and the recipient/reply scanners. */
function adversarialInputs(): [string, string][] {
  const MB = 1_000_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  return [
    ['spaces', fill(' ')],
    ['digits', fill('5')],
    ['dotted codes', fill('5.5.5.')],
    ['reply lines', fill('550-5.1.1 ')],
    ['reply lines with newlines', fill('550-5.1.1 x\n')],
    ['addresses', fill('a@b.example.com ')],
    ['angle addresses on lines', fill('<user@example.com>:\n')],
    ['at signs', fill('@')],
    ['dsn fields', fill('Final-Recipient: rfc822; a@example.com\nStatus: 5.1.1\n')],
    ['said intro', fill('said: said: ')],
    ['hyphens', fill('-')],
    ['unclosed angle', `<${fill('a')}`],
    ['letters', fill('a')],
    ['host words', fill('host mx.example.com[192.0.2.1 ')],
    ['spf words', fill('spf=fail dkim dmarc ')],
    ['newlines', fill('\n')],
    ['tabs and newlines', fill('\t \n')],
  ];
}

async function main(): Promise<void> {
  if (!have.sisimai) console.log(`Sisimai corpus not found at ${paths.sisimaiDir}: skipped.`);
  else {
    for (const mode of ['raw', 'text'] as const) {
      const results = await measureSisimai(paths, mode);
      printAgreement(mode, agreement(results));
      printFamilies(results);
      printMisses(results);
    }
  }

  if (!have.fieldManual) console.log(`\nField Manual not found at ${paths.fieldManualFile}: skipped.`);
  else {
    const fm = measureFieldManual(paths);
    const replyOk = fm.filter((r) => r.replyOk).length;
    const statusRows = fm.filter((r) => r.statusChecked);
    const statusOk = statusRows.filter((r) => r.statusOk).length;
    const codesOk = fm.filter((r) => r.replyOk && (!r.statusChecked || r.statusOk)).length;
    const providerOk = fm.filter((r) => r.providerEntry).length;
    const hostedOk = fm.filter((r) => r.hostedProviderEntry).length;
    console.log(`\n== SMTP Field Manual: ${fm.length} replies, each pasted as a one-line bounce`);
    console.log(`  reply code          ${fmt([replyOk, fm.length])}`);
    console.log(`  status              ${fmt([statusOk, statusRows.length])}`);
    console.log(`  reply and status    ${fmt([codesOk, fm.length]).padEnd(20)} ${mark(ratio([codesOk, fm.length]), TARGETS.fieldManual.codes)}`);
    // Two figures for the provider entry: the reply on its own (the Field Manual's text, nothing else), and
    // the reply in the bounce line that names the refusing server, as every real bounce does. Stock RFC
    // wording ("501 Syntax error in parameters or arguments") says nothing of who sent it, so only the
    // second can be provider-aware for it; the target is read on the second.
    console.log(`  provider entry, reply alone                          ${fmt([providerOk, fm.length])}`);
    console.log(`  provider entry, reply in its bounce line with the refusing host: ${fmt([hostedOk, fm.length]).padEnd(20)} ${mark(ratio([hostedOk, fm.length]), TARGETS.fieldManual.provider)}`);
    const byProvider = new Map<string, [number, number, number]>();
    for (const r of fm) {
      const c = byProvider.get(r.row.provider) ?? [0, 0, 0];
      byProvider.set(r.row.provider, [c[0] + (r.providerEntry ? 1 : 0), c[1] + (r.hostedProviderEntry ? 1 : 0), c[2] + 1]);
    }
    console.log(`  provider entries per provider (alone, with host / rows): ${[...byProvider].map(([p, [ok, hosted, all]]) => `${p} ${ok},${hosted}/${all}`).join(', ')}`);
    const misses = fm.filter((r) => !r.replyOk || (r.statusChecked && !r.statusOk) || !r.hostedProviderEntry);
    console.log(`  misses (${misses.length}):`);
    for (const r of misses) {
      const f = r.finding;
      const what = [!r.replyOk && `reply ${f?.reply ?? '-'}`, r.statusChecked && !r.statusOk && `status ${f?.status ?? '-'}`, !r.hostedProviderEntry && `entry with host ${r.hosted?.entry?.id ?? '-'}`].filter(Boolean).join(', ');
      console.log(`    ${r.row.id}: ${what} | ${r.row.response.slice(0, 110)}`);
    }
    const aloneOnly = fm.filter((r) => !r.providerEntry && r.hostedProviderEntry);
    console.log(`  provider-aware only once the host is named (${aloneOnly.length}): ${aloneOnly.map((r) => `${r.row.id} -> ${r.hosted?.entry?.id}`).join(', ')}`);
  }

  console.log('\n== Time');
  if (have.sisimai) {
    const t = await timeCorpus();
    console.log(`  analyzeText over ${t.n} rendered messages, mean of 7 runs per message: median ${t.meanMedian.toFixed(3)} ms`);
    console.log(`  analyzeText over ${t.n} rendered messages, best of 7 runs per message: median ${t.median.toFixed(3)} ms, p99 ${t.p99.toFixed(2)} ms, max ${t.max.toFixed(2)} ms  ${t.median <= TARGETS.medianMs ? `ok  <= ${TARGETS.medianMs}` : `SLOW > ${TARGETS.medianMs}`}`);
    if (t.median > TARGETS.medianMs) failed = true;
  }
  let worst = 0;
  for (const [name, input] of adversarialInputs()) {
    // Best of three: one run on a shared machine also measures whatever else ran at that moment.
    let ms = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      analyzeText(input, { subject: 'Undelivered Mail Returned to Sender' });
      ms = Math.min(ms, performance.now() - t0);
    }
    worst = Math.max(worst, ms);
    console.log(`  1 MB ${name.padEnd(26)} ${ms.toFixed(1)} ms`);
  }
  console.log(`  worst 1 MB adversarial: ${worst.toFixed(1)} ms  ${worst <= TARGETS.adversarialMs ? `ok  <= ${TARGETS.adversarialMs}` : `SLOW > ${TARGETS.adversarialMs}`}`);
  if (worst > TARGETS.adversarialMs) failed = true;

  console.log(failed ? '\nSome targets are not met.' : '\nAll targets met.');
  process.exitCode = failed ? 1 : 0;
}

await main();

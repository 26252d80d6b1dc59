// bounce-lens CLI: `explain` reads bounces (files or stdin, text or raw .eml) and prints the cards;
// `lookup` prints entries for a code, token or words. main() is pure apart from the io it is given,
// so tests call it directly.
import { readFile } from 'node:fs/promises';
import { analyze, lookup } from '../core';
import { meaningOnceReturned } from '../core/returned';
import type { Finding, Report, ResolvedEntry } from '../core/types';
import { version } from '../../package.json';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input: bytes as read (a raw message may carry 8-bit parts in a legacy charset), or text. */
  readStdin: () => Promise<string | Uint8Array>;
  readFile?: (path: string) => Promise<string | Uint8Array>;
}

/** Text output of lookup stops here: a reply code alone matches well over a hundred provider entries. */
export const LOOKUP_LIMIT = 25;

/** Entries of one provider the text output of lookup shows without --all: `lookup 550` would otherwise fill
 *  its first page with one provider's variants (Gmail has two dozen 550s) and hide every other. */
const PER_PROVIDER = 3;

function fewPerProvider(entries: ResolvedEntry[]): ResolvedEntry[] {
  const seen = new Map<string, number>();
  return entries.filter((e) => {
    if (!e.provider) return true;
    const n = (seen.get(e.provider) ?? 0) + 1;
    seen.set(e.provider, n);
    return n <= PER_PROVIDER;
  });
}

export const USAGE = `Usage:
  bounce-lens explain [--json] [FILE...]   explain bounces (files, or stdin when none or "-")
  bounce-lens lookup [--json] [--all] QUERY...
                                            look up a code, token or words (550, 5.7.26, TSS04, "mailbox full");
                                            text output shows the first ${LOOKUP_LIMIT} entries, ${PER_PROVIDER} per provider, unless --all
  bounce-lens --help                        this text
  bounce-lens --version                     the version

A file named like an option goes after --: bounce-lens explain -- -notes.txt

explain --json prints one JSON object per input, one per line.
lookup exits 1 when nothing matches. Usage errors, and a file that cannot be read, exit 2.`;

function entryJson(e: ResolvedEntry | null) {
  if (!e) return null;
  return {
    id: e.id,
    title: e.title,
    meaning: e.meaning,
    causes: e.causes,
    steps: [...e.senderSteps, ...e.adminSteps],
    senderSteps: e.senderSteps,
    adminSteps: e.adminSteps,
    references: e.references,
    code: e.code,
    provider: e.provider ?? null,
  };
}

function findingJson(f: Finding) {
  return {
    recipient: f.recipient,
    reply: f.reply,
    status: f.status,
    token: f.token,
    provider: f.provider,
    reason: f.reason,
    permanent: f.permanent,
    retry: f.retry,
    party: f.party,
    entry: entryJson(f.entry),
    facts: f.facts,
    evidence: f.evidence,
    inferred: f.inferred ?? false,
  };
}

/** JSON.stringify leaves C1 controls (U+0080-U+009F; U+009B is an 8-bit CSI some terminals obey), the
 *  bidirectional overrides and the line/paragraph separators as they are. `--json` is often read in a
 *  terminal too, so they are written as \u escapes, which is the same JSON. */
const JSON_UNSAFE = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function reportJson(file: string, report: Report) {
  return { file, kind: report.kind, findings: report.findings.map(findingJson), notes: report.notes };
}

/** Characters a terminal acts on rather than shows: C0 controls but newline and tab (ESC starts cursor
 *  moves, screen clears and title changes; CR overwrites a line), DEL, C1 controls (8-bit CSI), and the
 *  bidirectional overrides that reorder what is shown. A bounce is anyone's text: in the text output each
 *  such character is written as a visible escape instead, so a hostile bounce cannot erase or forge lines.
 *  (--json writes them as \u escapes: see jsonLine.) */
const TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROL, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
}

/** What a finding that is not a failure says instead of a reason, a retry and who must act. */
const NOT_A_FAILURE: Partial<Record<Finding['reason'], string>> = {
  delivered: 'delivered: nothing to do',
  vacation: 'automatic reply (out of office or similar): your message was delivered; nothing to fix',
  feedback: 'spam complaint: a recipient marked your message as spam; stop mailing this address and check that your list is opt-in',
};

const RETURNED_STEPS = [
  'Send the message again yourself, later: your mail server will not try again',
  'If it bounces again, forward this bounce to whoever runs your email',
];

function reportText(file: string, report: Report): string {
  const lines = [`== ${file}: ${report.kind}${report.findings.length ? `, ${report.findings.length} finding(s)` : ''}`];
  for (const n of report.notes) lines.push(`   note: ${n}`);
  for (const f of report.findings) {
    const codes = [f.reply, f.status, f.token].filter(Boolean).join(' ');
    lines.push('', `-- ${f.recipient ?? '(recipient not stated)'}${codes ? `  [${codes}]` : ''}`);
    const notAFailure = NOT_A_FAILURE[f.reason];
    // A temporary failure in a final bounce: the server already retried and gave up, so the entry's
    // "your server retries on its own" is over; the reader has to send again.
    const returned = report.kind === 'bounce' && f.retry === 'later' && f.facts.action !== 'delayed';
    if (notAFailure) lines.push(`   ${notAFailure}`);
    // Permanent (a notice that calls giving up a permanent error, Exim's): the failure is final because the
    // server gave up, which the separator says; temporary: the code was a "try later" that ran out.
    else if (returned) lines.push(`   reason: ${f.reason}; ${f.permanent ? 'permanent: your mail server retried and then gave up' : 'temporary, but your mail server already retried and gave up'}; who acts: ${f.party}`);
    else lines.push(`   reason: ${f.reason}; ${f.permanent ? 'permanent' : 'temporary'}; retry: ${f.retry}; who acts: ${f.party}`);
    if (f.entry) {
      lines.push(`   ${f.entry.title}${f.entry.provider ? ` (${f.entry.provider})` : ''}`);
      // Not "refused": a timeout is no refusal. The entry's words about retries still to come are left out
      // (meaningOnceReturned, shared with the card).
      if (returned) lines.push('   Your mail server tried for a while and then gave up. Here is why it could not deliver:');
      lines.push(`   ${returned ? meaningOnceReturned(f.entry.meaning) : f.entry.meaning}`);
      const senderSteps = notAFailure ? [] : returned ? RETURNED_STEPS : f.entry.senderSteps;
      const adminSteps = notAFailure ? [] : f.entry.adminSteps;
      const steps = [...senderSteps.map((s) => `you: ${s}`), ...adminSteps.map((s) => `admin: ${s}`)];
      for (const s of steps) lines.push(`   - ${s}`);
    } else if (returned) for (const s of RETURNED_STEPS) lines.push(`   - you: ${s}`);
    const facts = Object.entries(f.facts).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`);
    if (facts.length) lines.push(`   facts: ${facts.join('; ')}`);
    if (f.evidence) lines.push(`   server said: ${f.evidence}`);
    if (f.inferred && f.status) lines.push(`   (no code written: ${f.status} is the standard code for this reason)`);
    for (const r of f.entry?.references ?? []) lines.push(`   see: ${r.title} ${r.url}`);
  }
  return lines.join('\n');
}

function entryText(e: ResolvedEntry): string {
  const lines = [`${e.code}  ${e.title}${e.provider ? ` (${e.provider})` : ''}  [${e.id}]`, `   ${e.meaning}`];
  for (const s of e.senderSteps) lines.push(`   - you: ${s}`);
  for (const s of e.adminSteps) lines.push(`   - admin: ${s}`);
  for (const r of e.references) lines.push(`   see: ${r.title} ${r.url}`);
  return lines.join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...given] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.stdout : io.stderr)(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-V' || command === 'version') {
    io.stdout(`bounce-lens ${version}`);
    return 0;
  }
  // Options come before "--"; after it every word is a file or a query ("-notes.txt", "--json" as text).
  const dashes = given.indexOf('--');
  const options = dashes >= 0 ? given.slice(0, dashes) : given;
  const operands = dashes >= 0 ? given.slice(dashes + 1) : [];
  const json = options.includes('--json');
  const all = command === 'lookup' && options.includes('--all');
  const args = [...options.filter((a) => a !== '--json' && !(all && a === '--all')), ...operands];
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  // "-" alone is standard input; any other word starting with "-" before "--" is an option we do not know.
  const unknownFlag = options.find((a) => a.startsWith('-') && a !== '-' && a !== '--json' && !(all && a === '--all'));
  if (unknownFlag) {
    io.stderr(`Unknown option ${unknownFlag}\n${USAGE}`);
    return 2;
  }
  if (command === 'explain') {
    const inputs = args.length ? args : ['-'];
    // Bytes, not text: a raw .eml may have 8-bit parts in ISO-8859-1 or another legacy charset, which
    // only the bytes and each part's declared charset can decode (analyze decides).
    const read = io.readFile ?? ((p: string) => readFile(p).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)));
    let status = 0;
    // One JSON line per input, as promised, also for an input that failed: a reader of the stream sees which and why.
    const fail = (message: string, file: string) => {
      io.stderr(terminalSafe(`bounce-lens: ${message}`));
      if (json) io.stdout(jsonLine({ file, error: message }));
      status = 2;
    };
    for (const file of inputs) {
      let content: string | Uint8Array;
      try {
        content = file === '-' ? await io.readStdin() : await read(file);
      } catch (e) {
        fail(`cannot read ${file}: ${(e as Error).message}`, file);
        continue;
      }
      let report: Report;
      try {
        report = await analyze(content);
      } catch (e) {
        // Never lose the other inputs to one the engine could not read: say which, and go on.
        fail(`cannot explain ${file}: ${(e as Error)?.message ?? String(e)}`, file);
        continue;
      }
      io.stdout(json ? jsonLine(reportJson(file, report)) : terminalSafe(reportText(file, report)));
    }
    return status;
  }
  if (command === 'lookup') {
    if (!args.join('').trim()) {
      io.stderr(`lookup needs a query\n${USAGE}`);
      return 2;
    }
    const query = args.join(' ');
    const entries = lookup(query);
    if (json) io.stdout(jsonLine({ query, entries: entries.map(entryJson) }));
    else if (!entries.length) io.stdout(terminalSafe(`Nothing found for "${query}".`));
    else {
      const shown = all ? entries : fewPerProvider(entries).slice(0, LOOKUP_LIMIT);
      const more = entries.length - shown.length;
      io.stdout(terminalSafe(shown.map(entryText).join('\n\n') + (more > 0 ? `\n\n${more} more (use --all)` : '')));
    }
    return entries.length ? 0 : 1;
  }
  io.stderr(`Unknown command ${command}\n${USAGE}`);
  return 2;
}

// Agreement of the engine with the public corpora (../shared/corpus): the Sisimai set-of-emails key
// and the SMTP Field Manual replies. Shared by test/corpus/sisimai.test.ts and scripts/bench-corpus.ts,
// so the floors in the test and the figures in the bench are the same numbers.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeMessage, analyzeText } from '../../src/core';
import type { Finding, MessageKind, Report } from '../../src/core/types';
import { DISPUTED } from './disputed';
import { renderAsWebmail } from './render';

export interface CorpusPaths {
  sisimaiDir: string;
  fieldManualFile: string;
}

/** The corpora sit next to the project (../shared/corpus); BOUNCE_LENS_CORPUS overrides that. */
export function corpusPaths(root: string): CorpusPaths {
  const base = process.env.BOUNCE_LENS_CORPUS ?? path.resolve(root, '../shared/corpus');
  return { sisimaiDir: path.join(base, 'sisimai'), fieldManualFile: path.join(base, 'field-manual/responses.json') };
}

export interface Row {
  file: string;
  index: number;
  status: string;
  replycode: string;
  reason: string;
  hardbounce: boolean;
  feedbacktype?: string;
  twin_of?: string;
}

export type Mode = 'raw' | 'text';

export interface RowResult {
  row: Row;
  /** lhost-postfix, rhost-google, arf, rfc3464, ... */
  family: string;
  kind: MessageKind | 'crash';
  finding: Finding | undefined;
  findings: number;
  /** The key's status is one the message writes (not Sisimai's X.0.9nn, and present in the text). */
  statusChecked: boolean;
  statusOk: boolean;
  replyChecked: boolean;
  replyOk: boolean;
  reasonOk: boolean;
  kindOk: boolean;
  /** Why the key's reason is contradicted by the message's own words, when it is. */
  disputed?: string;
  /** Milliseconds spent in the engine for this file (shared by its rows). */
  ms: number;
}

export function familyOf(file: string): string {
  return path.basename(file).replace(/-\d+\.eml$/, '');
}

/** The kind a row implies: Sisimai keys complaints, auto-replies and success DSNs by reason. */
function expectedKinds(row: Row): MessageKind[] {
  if (row.reason === 'feedback') return ['complaint'];
  if (row.reason === 'vacation') return ['autoreply'];
  if (row.reason === 'delivered') return ['delivered'];
  // A temporary failure keyed as a bounce may be a delay notice ("will retry"); both are failures.
  if (row.status.startsWith('4') || row.replycode.startsWith('4')) return ['bounce', 'delay'];
  return ['bounce'];
}

function pick(report: Report, row: Row, rowsInFile: number): Finding | undefined {
  const f = report.findings;
  if (!f.length) return undefined;
  if (rowsInFile === 1) return f[0];
  return f[row.index - 1] ?? f[f.length - 1];
}

const ENHANCED_SHAPE = /^[245]\.\d{1,3}\.\d{1,3}$/;

function containsCode(text: string, code: string): boolean {
  if (!code) return false;
  const re = new RegExp(String.raw`(?<![\d.])${code.replace(/\./g, '\\.')}(?![\d])`);
  return re.test(text);
}

export function loadRows(paths: CorpusPaths): Row[] {
  return JSON.parse(readFileSync(path.join(paths.sisimaiDir, 'expected.json'), 'utf8')) as Row[];
}

export async function measureSisimai(paths: CorpusPaths, mode: Mode): Promise<RowResult[]> {
  const rows = loadRows(paths);
  const byFile = new Map<string, Row[]>();
  for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const out: RowResult[] = [];
  for (const [file, fileRows] of byFile) {
    const raw = readFileSync(path.join(paths.sisimaiDir, file), 'latin1');
    const rendered = await renderAsWebmail(raw);
    let report: Report | null = null;
    let ms = 0;
    try {
      const t0 = performance.now();
      report = mode === 'raw' ? await analyzeMessage(raw) : analyzeText(rendered.text, { subject: rendered.subject, from: rendered.from });
      ms = performance.now() - t0;
    } catch (e) {
      report = null;
      console.error(`crash ${file}: ${(e as Error).stack ?? e}`);
    }
    // What the message says, decoded: the key's codes count only where the message writes them.
    const said = `${raw}\n${rendered.text}`;
    for (const row of fileRows) {
      const f = report ? pick(report, row, fileRows.length) : undefined;
      const statusChecked = row.status !== '' && !/^\d\.0\.9\d\d$/.test(row.status) && containsCode(said, row.status);
      const replyChecked = row.replycode !== '' && containsCode(said, row.replycode);
      const kind: MessageKind | 'crash' = report ? report.kind : 'crash';
      const result: RowResult = {
        row,
        family: familyOf(file),
        kind,
        finding: f,
        findings: report?.findings.length ?? 0,
        statusChecked,
        statusOk: f?.status === row.status,
        replyChecked,
        replyOk: f?.reply === row.replycode,
        reasonOk: f?.reason === row.reason,
        kindOk: kind !== 'crash' && expectedKinds(row).includes(kind),
        ms,
      };
      const dispute = DISPUTED[`${row.twin_of ?? row.file}#${row.index}`];
      if (dispute && f?.reason === dispute.ours) result.disputed = dispute.why;
      out.push(result);
    }
  }
  return out;
}

export interface Agreement {
  rows: number;
  status: [number, number];
  reply: [number, number];
  reason: [number, number];
  /** Reason agreement counting a disputed row as agreeing (the message's words say otherwise). */
  reasonNet: [number, number];
  kind: [number, number];
  crashes: number;
}

export function agreement(results: RowResult[]): Agreement {
  const count = (pred: (r: RowResult) => boolean, of: (r: RowResult) => boolean): [number, number] => {
    const base = results.filter(of);
    return [base.filter(pred).length, base.length];
  };
  return {
    rows: results.length,
    status: count((r) => r.statusOk, (r) => r.statusChecked),
    reply: count((r) => r.replyOk, (r) => r.replyChecked),
    reason: count((r) => r.reasonOk, () => true),
    reasonNet: count((r) => r.reasonOk || !!r.disputed, () => true),
    kind: count((r) => r.kindOk, () => true),
    crashes: new Set(results.filter((r) => r.kind === 'crash').map((r) => r.row.file)).size,
  };
}

export function pct(ok: number, all: number): number {
  return all ? Math.round((ok / all) * 1000) / 10 : 0;
}

export function ratio([ok, all]: [number, number]): number {
  return pct(ok, all);
}

export interface FieldManualRow {
  id: string;
  reply: string;
  provider: string;
  status: string;
  severity: number;
  response: string;
}

export interface FieldManualResult {
  row: FieldManualRow;
  finding: Finding | undefined;
  replyOk: boolean;
  statusChecked: boolean;
  statusOk: boolean;
  providerEntry: boolean;
  /** The same reply in the line a bounce writes it in, naming the server that sent it (see PROVIDER_MX). */
  hosted: Finding | undefined;
  /** There, the entry is one of the provider's own (its data file is the provider's). */
  hostedProviderEntry: boolean;
}

/** A public MX host of each Field Manual provider, and our data file for it. A real bounce names the server
 *  that refused ("host mta5.am0.yahoodns.net[...] said: ..."); the Field Manual keeps only the reply, so
 *  the bench puts the reply back into that line to see what the card says when the bounce is whole. */
export const PROVIDER_MX: Record<string, { host: string; files: string[] }> = {
  google: { host: 'gmail-smtp-in.l.google.com', files: ['google'] },
  yahoo: { host: 'mta5.am0.yahoodns.net', files: ['yahoo'] },
  // Outlook.com runs on Exchange Online: its replies are Microsoft 365's.
  outlook: { host: 'hotmail-com.olc.protection.outlook.com', files: ['outlook-com', 'microsoft-365'] },
  apple: { host: 'mx01.mail.icloud.com', files: ['apple-icloud'] },
  yandex: { host: 'mx.yandex.ru', files: ['yandex'] },
  improvmx: { host: 'mx1.improvmx.com', files: ['improvmx'] },
  comcast: { host: 'mx1a1.comcast.net', files: ['comcast'] },
  zoho: { host: 'mx.zoho.com', files: ['zoho'] },
  rambler: { host: 'mx.rambler.ru', files: ['rambler'] },
  gmx: { host: 'mx00.gmx.net', files: ['united-internet'] },
  webde: { host: 'mx-ha03.web.de', files: ['united-internet'] },
  qq: { host: 'mx3.qq.com', files: ['qq'] },
  orange: { host: 'smtp-in.orange.fr', files: ['orange'] },
  mailru: { host: 'mxs.mail.ru', files: ['mailru'] },
  att: { host: 'al-ip4-mx-vip1.prodigy.net', files: ['att'] },
  free: { host: 'mx1.free.fr', files: ['free'] },
  rackspace: { host: 'mx1.emailsrvr.com', files: ['rackspace'] },
  hey: { host: 'mx.hey.com', files: ['hey'] },
  hostpoint: { host: 'mx1.mail.hostpoint.ch', files: ['hostpoint'] },
};

/** An entry of the provider's own file, or of a filter or blocklist the reply itself names ("... present in
 *  the Spamhaus DBL" from iCloud is explained by Spamhaus's entry). */
function ownOrNamed(row: FieldManualRow, file: string | null): boolean {
  if (!file) return false;
  return (PROVIDER_MX[row.provider]?.files ?? []).includes(file) || row.response.toLowerCase().includes(file);
}

/** A Field Manual reply as the line of a bounce that quotes it (Postfix's form, with a made-up recipient
 *  and a documentation IP). */
export function hostedLine(row: FieldManualRow): string | null {
  const mx = PROVIDER_MX[row.provider];
  if (!mx) return null;
  return `<someone@example.com>: host ${mx.host}[192.0.2.25] said: ${row.response.replace(/^smtp;\s*/i, '')}`;
}

/** Each Field Manual reply pasted on its own, as one line (the popup's "paste a bounce" case). */
export function measureFieldManual(paths: CorpusPaths): FieldManualResult[] {
  const rows = JSON.parse(readFileSync(paths.fieldManualFile, 'utf8')) as FieldManualRow[];
  return rows.map((row) => {
    const report = analyzeText(row.response);
    const f = report.findings[0];
    const line = hostedLine(row);
    const hosted = line ? analyzeText(line).findings[0] : undefined;
    // The collectors filled in codes some replies do not carry (421 -> 4.0.0); only codes the reply
    // writes can be read from it.
    const replyWritten = containsCode(row.response, row.reply);
    // Some rows key a collector's variant number ("1", "2") where the status goes: only a real enhanced
    // status (class.subject.detail) is checked.
    const statusChecked = ENHANCED_SHAPE.test(row.status) && containsCode(row.response, row.status);
    return {
      row,
      finding: f,
      // A reply code the collectors did not key but the reply writes ("smtp;541 5.4.1" keyed 451) is read right.
      replyOk: replyWritten ? f?.reply === row.reply : !f?.reply || containsCode(row.response, f.reply),
      statusChecked,
      statusOk: f?.status === row.status,
      providerEntry: f?.entry?.kind === 'provider',
      hosted,
      hostedProviderEntry: hosted?.entry?.kind === 'provider' && ownOrNamed(row, hosted.provider),
    };
  });
}

export const present = (paths: CorpusPaths) => ({
  sisimai: existsSync(path.join(paths.sisimaiDir, 'expected.json')),
  fieldManual: existsSync(paths.fieldManualFile),
});

// Agreement of the engine with the Sisimai corpus' expected rows; shared by the test and by manual runs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeMessage, analyzeText } from '../../src/core';
import type { Finding, Report } from '../../src/core/types';
import { renderAsWebmail } from './render';

export const repoRoot = path.resolve(__dirname, '../..');
export const sisimaiDir = path.resolve(repoRoot, '../shared/corpus/sisimai');
export const fieldManualFile = path.resolve(repoRoot, '../shared/corpus/field-manual/responses.json');
export const sisimaiPresent = existsSync(path.join(sisimaiDir, 'expected.json'));

export interface Row {
  file: string;
  index: number;
  status: string;
  replycode: string;
  reason: string;
  hardbounce: boolean;
  feedbacktype?: string;
}

export interface Tally {
  statusRows: number;
  statusOk: number;
  reasonRows: number;
  reasonOk: number;
  crashes: string[];
  misses: string[];
}

function pick(report: Report, row: Row, rowsInFile: number): Finding | undefined {
  const f = report.findings;
  if (!f.length) return undefined;
  if (rowsInFile === 1 && f.length === 1) return f[0];
  return f[row.index - 1] ?? f[f.length - 1];
}

export async function measureSisimai(mode: 'text' | 'raw'): Promise<Tally> {
  const rows: Row[] = JSON.parse(readFileSync(path.join(sisimaiDir, 'expected.json'), 'utf8'));
  const byFile = new Map<string, Row[]>();
  for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const t: Tally = { statusRows: 0, statusOk: 0, reasonRows: 0, reasonOk: 0, crashes: [], misses: [] };
  for (const [file, fileRows] of byFile) {
    const raw = readFileSync(path.join(sisimaiDir, file), 'latin1');
    let report: Report;
    try {
      if (mode === 'raw') report = await analyzeMessage(raw);
      else {
        const r = await renderAsWebmail(raw);
        report = analyzeText(r.text, { subject: r.subject, from: r.from });
      }
    } catch (e) {
      t.crashes.push(`${file}: ${(e as Error).message}`);
      continue;
    }
    for (const row of fileRows) {
      const f = pick(report, row, fileRows.length);
      const checkStatus = row.status !== '' && !/^\d\.0\.9\d\d$/.test(row.status);
      if (checkStatus) {
        t.statusRows++;
        if (f?.status === row.status) t.statusOk++;
        else t.misses.push(`${file}#${row.index} status want ${row.status} got ${f?.status ?? '-'} (${report.kind}, ${report.findings.length} findings)`);
      }
      t.reasonRows++;
      if (f?.reason === row.reason) t.reasonOk++;
      else t.misses.push(`${file}#${row.index} reason want ${row.reason} got ${f?.reason ?? '-'} [${f?.status ?? ''}] ${f?.evidence.slice(0, 160) ?? ''}`);
    }
  }
  return t;
}

export function pct(ok: number, all: number): number {
  return all ? Math.round((ok / all) * 1000) / 10 : 0;
}

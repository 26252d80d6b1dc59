// Agreement with Sisimai's expected results over its public corpus, and read-correctly rates over
// the SMTP Field Manual responses. Prints the figures; fails on crashes or on a drop below the floor.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { fieldManualFile, measureSisimai, pct, sisimaiDir, sisimaiPresent } from './measure';

// Floors = figures reached when this was written, minus a small margin, so a regression fails.
const FLOOR = { rawStatus: 93, rawReason: 66, textStatus: 93, textReason: 66 };

if (!sisimaiPresent) console.log(`Sisimai corpus not found at ${sisimaiDir}: corpus agreement skipped.`);

describe.skipIf(!sisimaiPresent)('Sisimai corpus agreement', () => {
  for (const mode of ['raw', 'text'] as const) {
    it(`${mode}: no crashes, status and reason above the floor`, async () => {
      const t = await measureSisimai(mode);
      const status = pct(t.statusOk, t.statusRows);
      const reason = pct(t.reasonOk, t.reasonRows);
      console.log(`[sisimai ${mode}] status ${status}% (${t.statusOk}/${t.statusRows}), reason ${reason}% (${t.reasonOk}/${t.reasonRows}), crashes ${t.crashes.length}`);
      if (process.env.SHOW_MISSES) console.log(t.misses.join('\n'));
      expect(t.crashes).toEqual([]);
      expect(status).toBeGreaterThanOrEqual(mode === 'raw' ? FLOOR.rawStatus : FLOOR.textStatus);
      expect(reason).toBeGreaterThanOrEqual(mode === 'raw' ? FLOOR.rawReason : FLOOR.textReason);
    });
  }
});

const fieldManualPresent = existsSync(fieldManualFile);
if (!fieldManualPresent) console.log(`Field manual not found at ${fieldManualFile}: skipped.`);

describe.skipIf(!fieldManualPresent)('SMTP Field Manual responses as one-line bounces', () => {
  it('reads reply and status codes', () => {
    const rows: { id: string; reply: string; status: string; response: string }[] = JSON.parse(readFileSync(fieldManualFile, 'utf8'));
    let replyOk = 0;
    let statusOk = 0;
    let statusRows = 0;
    const misses: string[] = [];
    for (const row of rows) {
      const report = analyzeText(`Diagnostic-Code: ${row.response}`, { subject: 'Undeliverable' });
      const f = report.findings[0];
      if (f?.reply === row.reply || (!/\b\d{3}\b/.test(row.response) && !f?.reply)) replyOk++;
      else misses.push(`${row.id} reply ${f?.reply}`);
      // The collectors filled in a status for replies that carry none (421 -> 4.0.0); only a status
      // the response actually writes can be read.
      if (row.status && row.response.includes(row.status)) {
        statusRows++;
        if (f?.status === row.status) statusOk++;
        else misses.push(`${row.id} status ${f?.status}`);
      }
    }
    console.log(`[field-manual] reply ${pct(replyOk, rows.length)}% (${replyOk}/${rows.length}), status ${pct(statusOk, statusRows)}% (${statusOk}/${statusRows})`);
    if (process.env.SHOW_MISSES) console.log(misses.join('\n'));
    expect(pct(replyOk, rows.length)).toBeGreaterThanOrEqual(85);
    expect(pct(statusOk, statusRows)).toBeGreaterThanOrEqual(85);
  });
});

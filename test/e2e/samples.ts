// The bounces the end-to-end tests open in the fixture webmails: real ones from ../shared/corpus (read by
// path, never copied) when that folder exists, and our own made-up ones always.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderAsWebmail, type Rendered } from './render';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** ../shared next to the repo; BOUNCE_LENS_SHARED_DIR points elsewhere (or at nothing, to try the fallback). */
export const SHARED_DIR = path.resolve(REPO_ROOT, process.env.BOUNCE_LENS_SHARED_DIR ?? '../shared');
const SISIMAI_DIR = path.join(SHARED_DIR, 'corpus/sisimai');
const OWN_DIR = path.join(import.meta.dirname, 'fixtures/own');

export type Family = 'gmail-5.1.1' | 'gmail-5.7.26' | 'microsoft-ndr';

export interface Sample {
  /** Used in URLs and test names. */
  id: string;
  family: Family;
  origin: 'corpus' | 'own';
  file: string;
  expected: { reply: string; status: string };
}

export interface LoadedSample extends Sample {
  rendered: Rendered;
}

/** Real bounces, one per family; expected codes come from the corpus's expected.json. */
export const CORPUS_SAMPLES: { id: string; family: Family; file: string }[] = [
  { id: 'corpus-gmail-5-1-1', family: 'gmail-5.1.1', file: 'maildir/bsd/rfc3464-63.eml' },
  { id: 'corpus-gmail-5-7-26', family: 'gmail-5.7.26', file: 'maildir/bsd/rhost-google-03.eml' },
  { id: 'corpus-microsoft-ndr', family: 'microsoft-ndr', file: 'maildir/bsd/lhost-office365-01.eml' },
];

export const OWN_SAMPLES: Sample[] = [
  { id: 'own-gmail-5-1-1', family: 'gmail-5.1.1', origin: 'own', file: path.join(OWN_DIR, 'gmail-5.1.1.txt'), expected: { reply: '550', status: '5.1.1' } },
  { id: 'own-gmail-5-7-26', family: 'gmail-5.7.26', origin: 'own', file: path.join(OWN_DIR, 'gmail-5.7.26.txt'), expected: { reply: '550', status: '5.7.26' } },
  { id: 'own-microsoft-ndr', family: 'microsoft-ndr', origin: 'own', file: path.join(OWN_DIR, 'exchange-5.1.10.txt'), expected: { reply: '550', status: '5.1.10' } },
];

export const ORDINARY_MESSAGE = path.join(OWN_DIR, 'ordinary.txt');

export const corpusAvailable = existsSync(path.join(SISIMAI_DIR, 'expected.json'));

interface ExpectedRow {
  file: string;
  index: number;
  status: string;
  replycode: string;
}

function corpusSamples(): Sample[] {
  if (!corpusAvailable) return [];
  const rows = JSON.parse(readFileSync(path.join(SISIMAI_DIR, 'expected.json'), 'utf8')) as ExpectedRow[];
  return CORPUS_SAMPLES.map(({ id, family, file }) => {
    const row = rows.find((candidate) => candidate.file === file && candidate.index === 1);
    if (!row) throw new Error(`expected.json has no row for ${file}`);
    return { id, family, origin: 'corpus', file: path.join(SISIMAI_DIR, file), expected: { reply: row.replycode, status: row.status } };
  });
}

/** Every sample to run, corpus first. Says once what it skipped. */
export function samples(): Sample[] {
  if (!corpusAvailable) {
    console.warn(`[e2e] ${SHARED_DIR} is absent: skipped the corpus samples (${CORPUS_SAMPLES.map((c) => c.file).join(', ')}); running our own fixtures only.`);
  }
  return [...corpusSamples(), ...OWN_SAMPLES];
}

export async function loadSample(sample: Sample): Promise<LoadedSample> {
  return { ...sample, rendered: await renderAsWebmail(readFileSync(sample.file, 'utf8')) };
}

export async function loadMessage(file: string): Promise<Rendered> {
  return renderAsWebmail(readFileSync(file, 'utf8'));
}

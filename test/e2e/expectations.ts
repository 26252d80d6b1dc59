// What the card must show for a sample: the codes from the corpus's expected.json (or our fixture's
// known codes), and the reason and title the engine gives for the same text.
import type { Locator } from 'playwright-core';
import { analyzeText } from '../../src/core';
import type { LoadedSample } from './samples';

export const CARD = '[data-bounce-lens]';
/** A finding of the card: the element carrying data-reply, data-status and data-reason. */
export const FINDING = `${CARD} [data-status]`;

export interface CardFacts {
  reply: string;
  status: string;
  reason: string;
  title: string;
}

/** Codes from the sample's metadata; reason and title from the engine run on the same text in Node. */
export function expectedCard(sample: LoadedSample): CardFacts {
  const report = analyzeText(sample.rendered.text, { subject: sample.rendered.subject, from: sample.rendered.from });
  const finding = report.findings[0];
  if (!finding?.entry) throw new Error(`the engine has no entry for ${sample.id} (${sample.file})`);
  return { ...sample.expected, reason: finding.reason, title: finding.entry.title };
}

export async function readFinding(finding: Locator): Promise<CardFacts> {
  return {
    reply: (await finding.getAttribute('data-reply')) ?? '',
    status: (await finding.getAttribute('data-status')) ?? '',
    reason: (await finding.getAttribute('data-reason')) ?? '',
    title: (await finding.locator('.bl-title').textContent()) ?? '',
  };
}

// The lazily loaded part of the content scripts: the engine, the dataset and the card. runtime.ts imports
// it with import() the first time a page shows a bounce, so pages without bounces never pay for it.
import { analyzeText } from '../core';
import { mountOverlay } from '../ui/overlay';
import type { CardRequest, MountedCard } from './runtime';

export function showCard(request: CardRequest): MountedCard | null {
  const report = analyzeText(request.text, { subject: request.subject, from: request.from });
  // looksLikeBounce is deliberately eager; when the engine finds nothing, say nothing.
  if (report.kind === 'none' && report.findings.length === 0) return null;
  return mountOverlay(request.mountBefore, report, request.onDismiss);
}

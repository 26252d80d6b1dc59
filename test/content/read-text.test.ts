// @vitest-environment happy-dom
// Reading a message body: innerText for what fits the engine, a bounded walk for a huge body (issue 5:
// a 20 MB message must not freeze the page).
import { describe, expect, it } from 'vitest';
import { MAX_INPUT } from '../../src/core/text';
import { READ_LIMIT, readText, textLength } from '../../src/content/runtime';

function bodyOf(lines: string[]): HTMLElement {
  const body = document.createElement('div');
  for (const text of lines) {
    const line = document.createElement('div');
    line.textContent = text;
    body.append(line);
  }
  document.body.replaceChildren(body);
  return body;
}

describe('readText', () => {
  it('reads one character past what the engine analyses, so the card can say the rest was skipped', () => {
    expect(READ_LIMIT).toBe(MAX_INPUT + 1);
  });

  it('counts text without building it, and stops counting past the limit', () => {
    const body = bodyOf(['550 5.1.1 user unknown', 'x'.repeat(100)]);
    expect(textLength(body)).toBe(122);
    expect(textLength(body, 10)).toBe(22);
  });

  it('reads a huge body only up to the limit, one line per block, the bounce at its start kept', () => {
    const filler = 'Log 192.0.2.1 relay=mx.example.net status=sent (250 2.0.0 OK) '.repeat(160);
    const body = bodyOf(['550 5.1.1 <friend@example.org>: Recipient address rejected', ...Array.from({ length: 250 }, () => filler)]);
    expect(textLength(body)).toBeGreaterThan(READ_LIMIT);
    const text = readText(body);
    expect(text).toHaveLength(READ_LIMIT);
    expect(text.split('\n')[1]).toBe('550 5.1.1 <friend@example.org>: Recipient address rejected');
    expect(text.split('\n')[2]).toBe(filler);
  });

  it('reads line breaks from <br> in a huge body', () => {
    const body = document.createElement('div');
    body.append('Delivery has failed', document.createElement('br'), 'x'.repeat(READ_LIMIT + 10));
    document.body.replaceChildren(body);
    expect(readText(body).split('\n')[0]).toBe('Delivery has failed');
  });
});

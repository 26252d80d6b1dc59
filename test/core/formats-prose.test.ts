// @vitest-environment node
// Ordinary text pasted into the CLI or the popup is not a bounce because it holds a number that could be a
// reply code: after a label ("Details:", "Reason:", "Server said:", "returned") the words after the code
// must read like a mail server's reply, not an amount, a count or an HTTP status line.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';

describe('prose with reply-like numbers', () => {
  it.each([
    'Subject: Invoice\n\nDetails: 550 USD due by 31 January.',
    'Reason: 550 people answered',
    'Server said: 502 Bad Gateway',
    'Server said: 503 Service Unavailable',
    'Error: 500 Internal Server Error',
    'The API returned 404 Not Found for the webhook',
    'Our server returned 550 errors to bob@example.com last week',
    'Details: 421 customers signed up for the mailbox upgrade',
  ])('%j is not a bounce', (text) => {
    const r = analyzeText(text);
    expect(r.kind).toBe('none');
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['550 5.1.1 User unknown', '550', 'userunknown'],
    ['550 Requested action not taken: mailbox unavailable', '550', null],
    ['421 Service not available, closing transmission channel', '421', null],
    ['Server said: 554 Service unavailable', '554', null],
    ['Server said: 503 5.5.1 Bad sequence of commands', '503', null],
    ['Reason: 550 sorry, no mailbox here by that name', '550', null],
    ['smtp;550 virus detected', '550', 'virusdetected'],
  ])('%j is still a reply', (text, reply, reason) => {
    const r = analyzeText(text);
    expect(r.kind).toBe('bounce');
    expect(r.findings[0]!.reply).toBe(reply);
    if (reason) expect(r.findings[0]!.reason).toBe(reason);
  });
});

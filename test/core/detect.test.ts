import { describe, expect, it } from 'vitest';
import { looksLikeBounce } from '../../src/core/detect';
import { fixture } from './helpers';

describe('looksLikeBounce', () => {
  it('fires on bounce senders and subjects', () => {
    expect(looksLikeBounce({ from: 'Mail Delivery Subsystem <mailer-daemon@example.com>', subject: 'Delivery Status Notification (Failure)', text: '' })).toBe(true);
    expect(looksLikeBounce({ from: 'Microsoft Outlook <postmaster@example.com>', subject: 'Undeliverable: Report', text: '' })).toBe(true);
    expect(looksLikeBounce({ from: 'MAILER-DAEMON@example.net', subject: 'Undelivered Mail Returned to Sender' })).toBe(true);
    expect(looksLikeBounce({ from: 'postmaster@example.de', subject: 'Unzustellbar: Termin' })).toBe(true);
  });
  it('fires on DSN markers in the body, including delay notices', () => {
    expect(looksLikeBounce({ text: fixture('postfix-two-recipients.txt') })).toBe(true);
    expect(looksLikeBounce({ text: fixture('exchange-undeliverable.txt') })).toBe(true);
    expect(looksLikeBounce({ subject: 'Delivery Status Notification (Delay)', from: 'mailer-daemon@example.com', text: fixture('delay.txt') })).toBe(true);
  });
  it('does not fire on ordinary mail that mentions 550', () => {
    expect(looksLikeBounce({ from: 'Victor <victor@example.com>', subject: 'Invoice', text: fixture('ordinary.txt') })).toBe(false);
    expect(looksLikeBounce({ from: 'Ann <ann@example.com>', subject: 'Re: error 550 on our server?', text: 'We saw 550 errors yesterday.' })).toBe(false);
  });
});

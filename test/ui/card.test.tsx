// @vitest-environment happy-dom
// The card: what it shows for a report, that message text stays text, that only http(s) links render,
// and the overlay's host, shadow root and dismissal.
import { render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeText } from '../../src/core';
import type { Finding, Report, ResolvedEntry } from '../../src/core/types';
import { EntryView, ReportCard, classifyCode } from '../../src/ui/Card';
import { mountOverlay } from '../../src/ui/overlay';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

function entry(overrides: Partial<ResolvedEntry> = {}): ResolvedEntry {
  return {
    id: 'google-550-5.7.26-test',
    kind: 'provider',
    authority: 'Google',
    provider: 'Google Gmail / Workspace',
    code: '550 5.7.26',
    reason: 'authfailure',
    permanence: 'permanent',
    title: 'Gmail refused an unauthenticated message',
    meaning: 'Gmail could not confirm the message came from your domain.',
    details: 'Neither SPF nor DKIM passed for the From domain.',
    causes: ['No SPF record for the sending server'],
    senderSteps: ['Forward this card to whoever runs your email.'],
    adminSteps: ['Publish an SPF record that lists the sending server.', 'Sign outgoing mail with DKIM.'],
    retry: 'after-fix',
    retryAdvice: 'Send again once SPF or DKIM passes.',
    party: 'sender-admin',
    reputation: 'medium',
    references: [
      { title: 'Gmail sender guidelines', url: 'https://support.google.com/a/answer/81126' },
      { title: 'Bad link', url: 'javascript:alert(1)' },
      { title: 'Duplicate', url: 'https://support.google.com/a/answer/81126' },
      { title: 'Postmaster Tools', url: 'https://postmaster.google.com/', tool: true },
    ],
    ...overrides,
  };
}

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    recipient: 'someone@example.net',
    reply: '550',
    status: '5.7.26',
    token: null,
    provider: 'google',
    reason: 'authfailure',
    permanent: true,
    retry: 'after-fix',
    party: 'sender-admin',
    entry: entry(),
    related: [entry({ id: 'status-X.7.26', kind: 'enhanced', code: '5.7.26', authority: 'IANA', provider: undefined, title: 'Multiple authentication checks failed' })],
    facts: { remoteHost: 'gmail-smtp-in.l.google.com', remoteIp: '192.0.2.24', spf: 'fail', blocklists: ['a', 'b'] },
    evidence: `550-5.7.26 ${HOSTILE} - gsmtp`,
    ...overrides,
  };
}

const report = (overrides: Partial<Report> = {}): Report => ({ kind: 'bounce', findings: [finding()], notes: [], ...overrides });

function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ReportCard', () => {
  it('shows the codes, title, meaning, who acts, steps and retry advice of a finding', () => {
    const root = mount(<ReportCard report={report()} />);
    const section = root.querySelector('[data-status]');
    expect(section?.getAttribute('data-reply')).toBe('550');
    expect(section?.getAttribute('data-status')).toBe('5.7.26');
    expect(section?.getAttribute('data-reason')).toBe('authfailure');
    expect(section?.getAttribute('data-token')).toBe('');
    expect([...root.querySelectorAll('.bl-code')].map((el) => el.textContent)).toEqual(['550', '5.7.26', '5.7.26']);
    expect(root.querySelector('.bl-title')?.textContent).toBe('Gmail refused an unauthenticated message');
    expect(root.querySelector('.bl-recipient')?.textContent).toBe('to someone@example.net');
    expect(root.querySelector('.bl-party')?.textContent).toMatch(/runs email for your domain/);
    expect(root.querySelectorAll('.bl-steps li')).toHaveLength(3);
    expect(root.querySelector('.bl-retry')?.textContent).toContain('Send again once SPF or DKIM passes.');
    expect(root.querySelector('.bl-tone')?.textContent).toBe('Permanent failure');
    expect(root.querySelector('.bl-card')?.classList.contains('bl-card-permanent')).toBe(true);
  });

  it('renders message text as text: no element is created from it', () => {
    const hostile = finding({ recipient: HOSTILE, facts: { remoteHost: HOSTILE }, evidence: HOSTILE });
    const root = mount(<ReportCard report={report({ findings: [hostile], notes: [HOSTILE] })} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.bl-evidence')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('.bl-recipient strong')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('[data-fact="remoteHost"] dd')?.textContent).toBe(HOSTILE);
  });

  it('links only http(s) references, once each, opening a new tab without opener and showing the address', () => {
    const root = mount(<ReportCard report={report()} />);
    const links = [...root.querySelectorAll('.bl-refs a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://support.google.com/a/answer/81126',
      'https://postmaster.google.com/',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(root.textContent).not.toContain('javascript:');
    expect([...root.querySelectorAll('.bl-url')].map((el) => el.textContent)).toContain('https://postmaster.google.com/');
  });

  it('folds the admin part: details, facts, evidence and the related standard entries', () => {
    const root = mount(<ReportCard report={report()} />);
    const admin = root.querySelector('details.bl-admin');
    expect(admin?.hasAttribute('open')).toBe(false);
    expect(admin?.querySelector('summary')?.textContent).toBe('For admins');
    expect(admin?.querySelector('.bl-details')?.textContent).toContain('Neither SPF nor DKIM');
    expect(admin?.querySelector('[data-fact="remoteIp"] dd')?.textContent).toBe('192.0.2.24');
    expect(admin?.querySelector('[data-fact="blocklists"] dd')?.textContent).toBe('a, b');
    expect(admin?.querySelector('.bl-related')?.textContent).toContain('Multiple authentication checks failed');
  });

  it('says plainly what a non-bounce report is', () => {
    const cases: [Report['kind'], RegExp][] = [
      ['autoreply', /automatic reply, not a bounce/],
      ['delay', /delayed/],
      ['complaint', /spam complaint/],
      ['delivered', /was delivered/],
    ];
    for (const [kind, words] of cases) {
      const root = mount(<ReportCard report={report({ kind, findings: [] })} />);
      expect(root.querySelector('.bl-headline')?.textContent).toMatch(words);
      expect(root.querySelector('.bl-card')?.getAttribute('data-kind')).toBe(kind);
    }
  });

  it('says so when a bounce names no code, and marks a temporary failure', () => {
    let root = mount(<ReportCard report={report({ findings: [] })} />);
    expect(root.querySelector('.bl-headline')?.textContent).toMatch(/no code/);
    root = mount(<ReportCard report={report({ kind: 'delay', findings: [finding({ permanent: false, entry: entry({ permanence: 'transient' }), status: '4.4.7', reply: null })] })} />);
    expect(root.querySelector('.bl-tone')?.textContent).toBe('Temporary problem');
    expect(root.querySelector('[data-status]')?.getAttribute('data-reply')).toBe('');
  });

  it('tells a temporary failure in a final bounce apart from a delay: the server already gave up, send it again', () => {
    const transient = finding({
      reply: '450',
      status: '4.2.1',
      permanent: false,
      retry: 'later',
      entry: entry({ permanence: 'transient', retry: 'later', retryAdvice: 'The sending server keeps trying for a few days.' }),
    });
    let root = mount(<ReportCard report={report({ kind: 'delay', findings: [transient] })} />);
    // Still being retried: nothing to do yet, and not a word that invites sending it again.
    expect(root.querySelector('.bl-retry')?.textContent).toBe(
      "Nothing to do yet: your mail server keeps trying; don't send it again yourself. You will get another notice if it finally fails.",
    );
    root = mount(<ReportCard report={report({ kind: 'bounce', findings: [transient] })} />);
    const retry = root.querySelector('.bl-retry');
    expect(retry?.hasAttribute('data-returned')).toBe(true);
    expect(retry?.textContent).toMatch(/^Send it again later yourself\. .*given up and returned the message/);
    expect(retry?.textContent).not.toContain('keeps trying');
  });

  it('explains a finding without an entry using the server words', () => {
    const root = mount(<ReportCard report={report({ findings: [finding({ entry: null, related: [] })] })} />);
    expect(root.querySelector('.bl-title')?.textContent).toMatch(/no entry/);
    expect(root.querySelector('.bl-evidence')?.textContent).toContain('gsmtp');
  });

  it('closes on Esc and on the close button, only when it can be closed', () => {
    const onClose = vi.fn();
    const root = mount(<ReportCard report={report()} onClose={onClose} />);
    root.querySelector('.bl-card')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    (root.querySelector('button.bl-close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledTimes(2);
    const plain = mount(<ReportCard report={report()} />);
    expect(plain.querySelector('button.bl-close')).toBeNull();
  });
});

describe('EntryView', () => {
  it('splits the entry code into reply, status and token attributes', () => {
    const root = mount(<EntryView entry={entry()} />);
    const section = root.querySelector('[data-code]');
    expect(section?.getAttribute('data-reply')).toBe('550');
    expect(section?.getAttribute('data-status')).toBe('5.7.26');
    expect(root.querySelector('.bl-title')?.textContent).toBe('Gmail refused an unauthenticated message');
  });

  it('classifyCode recognises each kind of code', () => {
    expect(classifyCode('550')).toEqual({ reply: '550', status: '', token: '' });
    expect(classifyCode('4.7.650')).toEqual({ reply: '', status: '4.7.650', token: '' });
    expect(classifyCode('TSS04')).toEqual({ reply: '', status: '', token: 'TSS04' });
    expect(classifyCode('421 4.7.0 TSS04')).toEqual({ reply: '421', status: '4.7.0', token: 'TSS04' });
  });
});

describe('mountOverlay', () => {
  it('mounts before the anchor in a data-bounce-lens host with an open shadow root holding its style', () => {
    document.body.innerHTML = '<div id="msg"><div id="body">text</div></div>';
    const anchor = document.getElementById('body') as HTMLElement;
    const overlay = mountOverlay(anchor, report(), () => undefined);
    expect(overlay.host.hasAttribute('data-bounce-lens')).toBe(true);
    expect(overlay.host.nextElementSibling).toBe(anchor);
    const shadow = overlay.host.shadowRoot;
    expect(shadow?.mode).toBe('open');
    // vitest stubs CSS imports to '': that the rules apply is checked by the end-to-end tests.
    expect(shadow?.querySelector('style')).not.toBeNull();
    expect(shadow?.querySelector('[data-status]')?.getAttribute('data-status')).toBe('5.7.26');
    // Nothing of ours outside the host: the page keeps its styles and we keep ours.
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(document.querySelector('.bl-card')).toBeNull();
  });

  it('removes itself and reports the dismissal when closed', () => {
    document.body.innerHTML = '<div id="body">text</div>';
    const onDismiss = vi.fn();
    const overlay = mountOverlay(document.getElementById('body') as HTMLElement, report(), onDismiss);
    (overlay.host.shadowRoot?.querySelector('button.bl-close') as HTMLButtonElement).click();
    expect(overlay.host.isConnected).toBe(false);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    overlay.dispose();
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});

describe('folding and audience', () => {
  it('starts folded when asked: codes and title only, a toggle opens the rest', () => {
    const root = mount(<ReportCard report={report()} folded={true} onClose={() => undefined} />);
    const card = root.querySelector('.bl-card');
    expect(card?.getAttribute('data-folded')).toBe('true');
    expect(root.querySelector('.bl-title')?.textContent).toBe('Gmail refused an unauthenticated message');
    expect([...root.querySelectorAll('.bl-code')].map((el) => el.textContent)).toEqual(['550', '5.7.26']);
    expect(root.querySelector('.bl-meaning')).toBeNull();
    expect(root.querySelector('details.bl-admin')).toBeNull();
    const toggle = root.querySelector('button.bl-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('Show details');
    toggle.click();
    return Promise.resolve().then(() => {
      expect(card?.getAttribute('data-folded')).toBe('false');
      expect(root.querySelector('.bl-meaning')).not.toBeNull();
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(toggle.textContent).toBe('Hide details');
    });
  });

  it('has no toggle when it cannot fold (the popup)', () => {
    const root = mount(<ReportCard report={report()} />);
    expect(root.querySelector('button.bl-toggle')).toBeNull();
    expect(root.querySelector('.bl-card')?.getAttribute('data-folded')).toBe('false');
  });

  it('puts the admin part first and open for admins, after the advice and folded for senders', () => {
    const order = (root: HTMLElement) =>
      [...root.querySelectorAll('.bl-finding > .bl-meaning, .bl-finding > details.bl-admin')].map((el) => el.className);
    const sender = mount(<ReportCard report={report()} audience="sender" />);
    expect(order(sender)).toEqual(['bl-meaning', 'bl-admin']);
    expect(sender.querySelector('details.bl-admin')?.hasAttribute('open')).toBe(false);
    const admin = mount(<ReportCard report={report()} audience="admin" />);
    expect(order(admin)).toEqual(['bl-admin', 'bl-meaning']);
    expect(admin.querySelector('details.bl-admin')?.hasAttribute('open')).toBe(true);
    expect(admin.querySelector('.bl-card')?.getAttribute('data-audience')).toBe('admin');
  });
});

describe('mountOverlay: live preferences and theme', () => {
  it('redraws in place with new preferences', () => {
    document.body.innerHTML = '<div id="body">text</div>';
    const overlay = mountOverlay(document.getElementById('body') as HTMLElement, report(), () => undefined, { folded: false, audience: 'sender' });
    const card = () => overlay.host.shadowRoot?.querySelector('.bl-card');
    expect(card()?.getAttribute('data-folded')).toBe('false');
    overlay.update({ folded: true, audience: 'admin' });
    expect(card()?.getAttribute('data-folded')).toBe('true');
    expect(card()?.getAttribute('data-audience')).toBe('admin');
    expect(overlay.host.isConnected).toBe(true);
  });

  it('marks its host dark on a dark reading pane, and follows the pane when asked to look again', () => {
    document.body.innerHTML = '<div id="pane" style="background-color: rgb(32, 33, 36)"><div id="body">text</div></div>';
    const overlay = mountOverlay(document.getElementById('body') as HTMLElement, report(), () => undefined);
    expect(overlay.host.getAttribute('data-theme')).toBe('dark');
    (document.getElementById('pane') as HTMLElement).style.backgroundColor = 'rgb(255, 255, 255)';
    overlay.refresh();
    expect(overlay.host.getAttribute('data-theme')).toBe('light');
  });

  it('sits in the flow before the body, never positioned over it', () => {
    document.body.innerHTML = '<div id="body">text</div>';
    const overlay = mountOverlay(document.getElementById('body') as HTMLElement, report(), () => undefined);
    expect(overlay.host.style.position).toBe('static');
    expect(overlay.host.nextElementSibling?.id).toBe('body');
  });
});

// Made-up messages (example.com addresses, 192.0.2.x) the engine reads the way the tester's real ones were.
/** A Postfix report (multipart/report): the human-readable part after Postfix's opening line, then the
 *  delivery-status fields of each recipient. */
const postfixReport = (subject: string, human: string, fields: string): string => `From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
To: sender@example.com
Subject: ${subject}
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain

This is the mail system at host mail.example.com.
${human}--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com

${fields}--B1--
`;
const SUCCESS_DSN = postfixReport('Successful Mail Delivery Report', `
Your message was successfully delivered to the destination(s)
listed below.

<lee@example.com>: delivery via mx.example.org[192.0.2.10]:25: 250 2.0.0 Ok: queued as 4ABCD

`, `Final-Recipient: rfc822; lee@example.com
Original-Recipient: rfc822;lee@example.com
Action: relayed
Status: 2.0.0
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4ABCD

`);
const MIXED_DSN = postfixReport('Undelivered Mail Returned to Sender', `
`, `Final-Recipient: rfc822; ann@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown

Final-Recipient: rfc822; lee@example.com
Action: delivered
Status: 2.0.0
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4ABCD

`);
const VACATION = `From: Lee <lee@example.com>
To: sender@example.com
Subject: Out of Office: Re: project
Auto-Submitted: auto-replied

I am out of the office until Monday with limited access to email. For urgent matters contact pat@example.com.
`;
const ARF_REPORT = `From: abuse@example.net
To: sender@example.com
Subject: Abuse report
Content-Type: multipart/report; report-type=feedback-report; boundary="B2"

--B2
Content-Type: text/plain

This is an email abuse report for an email message received from IP 192.0.2.5.

--B2
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ExampleFBL/1.0
Version: 1
Original-Mail-From: <sender@example.com>
Original-Rcpt-To: <lee@example.net>
Source-IP: 192.0.2.5
Arrival-Date: Thu, 3 Dec 2026 10:00:00 +0000

--B2
Content-Type: message/rfc822

From: sender@example.com
To: lee@example.net
Subject: Newsletter

Hello
--B2--
`;
const GAVE_UP_421 = postfixReport('Undelivered Mail Returned to Sender', `
I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kim@example.org>: host mx.example.org[192.0.2.20] said: 421 Service not available (in reply to RCPT TO command)

`, `Final-Recipient: rfc822; kim@example.org
Action: failed
Status: 4.0.0
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 421 Service not available
`);

/** What a reader sees of one finding section. */
function sectionOf(root: HTMLElement, recipient: string): HTMLElement {
  const section = root.querySelector(`[data-recipient="${recipient}"]`);
  if (!section) throw new Error(`no finding for ${recipient}`);
  return section as HTMLElement;
}
const textsOf = (root: Element, selector: string): string[] => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '');

describe('reports that are not failures', () => {
  it('shows a success DSN as delivered: Delivered badge, nobody acts, no retry advice, no fix steps', () => {
    const report = analyzeText(SUCCESS_DSN);
    expect(report.kind).toBe('delivered');
    const root = mount(<ReportCard report={report} />);
    expect(root.querySelector('.bl-card')?.classList.contains('bl-card-success')).toBe(true);
    const section = sectionOf(root, 'lee@example.com');
    const tone = section.querySelector('.bl-tone');
    expect(tone?.textContent).toBe('Delivered');
    expect(tone?.classList.contains('bl-tone-success')).toBe(true);
    expect(section.querySelector('.bl-party')).toBeNull();
    expect(section.querySelector('.bl-retry')).toBeNull();
    expect(section.querySelector('.bl-steps')).toBeNull();
    expect(section.querySelector('.bl-meaning')?.textContent).toMatch(/accepted the message/);
    expect(root.textContent).not.toMatch(/Permanent failure|Who needs to act|Do not send it again|Sending again/i);
    // The server's answer is still there for admins, under a heading that fits a success.
    expect(section.querySelector('.bl-evidence')?.textContent).toContain('250 2.0.0 Ok: queued as 4ABCD');
    expect(textsOf(section, '.bl-admin .bl-h')).toContain('What the receiving server answered');
  });

  it('tells the delivered recipient of a mixed DSN apart from the failed one', () => {
    const report = analyzeText(MIXED_DSN);
    const root = mount(<ReportCard report={report} />);
    expect(root.querySelector('.bl-card')?.classList.contains('bl-card-permanent')).toBe(true);
    const failed = sectionOf(root, 'ann@example.org');
    expect(failed.querySelector('.bl-tone')?.textContent).toBe('Permanent failure');
    expect(failed.querySelector('.bl-party')).not.toBeNull();
    expect(failed.querySelector('.bl-retry')).not.toBeNull();
    const delivered = sectionOf(root, 'lee@example.com');
    expect(delivered.querySelector('.bl-tone')?.textContent).toBe('Delivered');
    expect(delivered.classList.contains('bl-success')).toBe(true);
    expect(delivered.querySelector('.bl-party')).toBeNull();
    expect(delivered.querySelector('.bl-retry')).toBeNull();
    expect(delivered.querySelector('.bl-steps')).toBeNull();
  });

  it('reads a 2.x.x status or reason delivered as a success even when the entry or the flags say otherwise', () => {
    const accepted = finding({
      recipient: 'lee@example.com',
      reply: '250',
      status: '2.0.0',
      reason: 'delivered',
      permanent: true,
      retry: 'no',
      entry: entry({ code: '2.0.0', permanence: 'permanent', title: 'Success, with no further detail' }),
      evidence: '250 2.0.0 Ok',
    });
    const root = mount(<ReportCard report={report({ kind: 'bounce', findings: [accepted] })} />);
    expect(root.querySelector('.bl-tone')?.textContent).toBe('Delivered');
    expect(root.querySelector('.bl-card')?.classList.contains('bl-card-success')).toBe(true);
    expect(root.querySelector('.bl-title')?.textContent).toBe('Success, with no further detail');
    expect(root.querySelector('.bl-party')).toBeNull();
    const noCode = mount(<ReportCard report={report({ kind: 'delivered', findings: [finding({ reason: 'delivered', reply: null, status: null, entry: null, permanent: false })] })} />);
    expect(noCode.querySelector('.bl-tone')?.textContent).toBe('Delivered');
    expect(noCode.querySelector('.bl-title')?.textContent).toBe('Delivered to this recipient');
  });

  it('shows an out-of-office reply as information: delivered, nothing to do, no failure words', () => {
    const report = analyzeText(VACATION);
    expect(report.kind).toBe('autoreply');
    const root = mount(<ReportCard report={report} />);
    const tone = root.querySelector('.bl-tone');
    expect(tone?.textContent).toBe('Automatic reply');
    expect(tone?.classList.contains('bl-tone-info')).toBe(true);
    expect(root.querySelector('.bl-finding')?.classList.contains('bl-info')).toBe(true);
    expect(root.querySelector('.bl-card')?.classList.contains('bl-card-info')).toBe(true);
    expect(root.querySelector('.bl-party')).toBeNull();
    expect(root.querySelector('.bl-retry')).toBeNull();
    // "Delivered" is said once, by the headline; the meaning and the steps do not repeat it.
    expect(root.querySelector('.bl-headline')?.textContent).toMatch(/was delivered/);
    expect(root.querySelector('.bl-meaning')?.textContent).toMatch(/automatic answer.*away/);
    expect(root.textContent?.match(/delivered|arrived/gi)).toHaveLength(1);
    expect(textsOf(root, '.bl-steps li').join(' ')).toMatch(/Nothing to do.*other contact the reply names/);
    expect(root.textContent).not.toMatch(/Temporary problem|Permanent failure|has no entry for|own words|Do not send it again|Who needs to act/i);
    // The reply's text stays available, labelled as what it is.
    expect(root.querySelector('details.bl-admin summary')?.textContent).toBe('For admins');
    expect(textsOf(root, '.bl-admin .bl-h')).toContain('The automatic reply');
    expect(root.querySelector('.bl-evidence')?.textContent).toContain('out of the office');
  });

  it('explains an ARF abuse report: a recipient marked it as spam, suppress, opt-in, complaint rates, RFC 5965', () => {
    const report = analyzeText(ARF_REPORT);
    expect(report.kind).toBe('complaint');
    const root = mount(<ReportCard report={report} />);
    const tone = root.querySelector('.bl-tone');
    expect(tone?.textContent).toBe('Spam complaint');
    expect(tone?.classList.contains('bl-tone-info')).toBe(true);
    expect(root.querySelector('.bl-title')?.textContent).toBe('A recipient marked your message as spam');
    expect(root.querySelector('.bl-party')).toBeNull();
    expect(root.querySelector('.bl-retry')).toBeNull();
    const steps = textsOf(root, '.bl-steps li').join(' ');
    expect(steps).toMatch(/suppression/);
    expect(steps).toMatch(/opt-in/);
    expect(steps).toMatch(/complaint rates/);
    expect(root.textContent).not.toMatch(/Temporary problem|has no entry for|own words|Do not send it again|Who needs to act/i);
    const admin = root.querySelector('details.bl-admin');
    expect(admin?.querySelector('.bl-details')?.textContent).toMatch(/ARF.*RFC 5965/);
    expect(admin?.querySelector('.bl-authority-line')?.textContent).toBe('Defined by: RFC 5965');
    const link = admin?.querySelector('.bl-refs a');
    expect(link?.getAttribute('href')).toBe('https://www.rfc-editor.org/rfc/rfc5965');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(textsOf(root, '.bl-admin .bl-h')).toContain('The feedback report');
  });

  it('keeps a complaint or an auto-reply as text only', () => {
    const hostile = finding({ reason: 'feedback', reply: null, status: null, entry: null, permanent: false, evidence: HOSTILE, recipient: HOSTILE });
    const root = mount(<ReportCard report={report({ kind: 'complaint', findings: [hostile] })} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.bl-evidence')?.textContent).toBe(HOSTILE);
  });

  it('shows a looked-up 2xx code as a success, without who acts or retry', () => {
    const root = mount(<EntryView entry={entry({ code: '2.0.0', permanence: 'permanent', senderSteps: ['Nothing to do: the message was accepted'] })} />);
    expect(root.querySelector('.bl-tone')?.textContent).toBe('Delivered');
    expect(root.querySelector('.bl-party')).toBeNull();
    expect(root.querySelector('.bl-retry')).toBeNull();
  });
});

describe('a temporary failure the sending server gave up on', () => {
  const waiting = entry({
    permanence: 'transient',
    retry: 'later',
    meaning: 'The receiving server is busy; the sending server keeps the message and tries again.',
    senderSteps: ['Nothing to do: your mail server retries on its own'],
    adminSteps: ['Check the remote server for rate limits.'],
    retryAdvice: 'The sending server keeps trying for a few days.',
  });
  const transient = (overrides: Partial<Finding> = {}) =>
    finding({ reply: '421', status: '4.3.2', reason: 'systemerror', permanent: false, retry: 'later', party: 'sender-admin', entry: waiting, ...overrides });

  it('leads with "it already gave up" and replaces the wait-for-it steps, keeping the admin steps', () => {
    const root = mount(<ReportCard report={report({ kind: 'bounce', findings: [transient()] })} />);
    const order = textsOf(root, '.bl-finding > .bl-lead, .bl-finding > .bl-meaning');
    // Not "refused" (a timeout is no refusal); the meaning's "keeps the message and tries again" is over.
    expect(order[0]).toMatch(/tried for a while and then gave up\. Here is why it could not deliver/);
    expect(order[1]).toBe('The receiving server is busy.');
    const [senderSteps, adminSteps] = [...root.querySelectorAll('.bl-steps')].map((list) => textsOf(list, 'li'));
    expect(senderSteps).toEqual([
      'Send the message again, later (for example in an hour or two).',
      'If it bounces again, forward this bounce to whoever runs your email.',
    ]);
    expect(adminSteps).toEqual(['Check the remote server for rate limits.']);
    expect(root.textContent).not.toContain('retries on its own');
    expect(root.querySelector('.bl-retry')?.hasAttribute('data-returned')).toBe(true);
  });

  it('keeps the entry\'s own steps and no lead while the server is still trying (a delay)', () => {
    const root = mount(<ReportCard report={report({ kind: 'delay', findings: [transient()] })} />);
    expect(root.querySelector('.bl-lead')).toBeNull();
    expect(textsOf(root, '.bl-steps li')).toContain('Nothing to do: your mail server retries on its own');
  });

  it('reads right without an entry: the lead, send it again, and the party as written', () => {
    const root = mount(<ReportCard report={report({ kind: 'bounce', findings: [transient({ entry: null, related: [] })] })} />);
    expect(root.querySelector('.bl-lead')).not.toBeNull();
    const meaning = root.querySelector('.bl-meaning')?.textContent ?? '';
    expect(meaning).toContain('Send it again later yourself.');
    expect(meaning).toContain('Who needs to act: Whoever runs email for your domain (your IT or email provider).');
    expect(meaning).not.toMatch(/Likely to go through later/);
    expect(textsOf(root, '.bl-steps li')).toEqual([
      'Send the message again, later (for example in an hour or two).',
      'If it bounces again, forward this bounce to whoever runs your email.',
    ]);
  });

  it('does the same for a real 421 bounce read by the engine', () => {
    const report = analyzeText(GAVE_UP_421);
    expect(report.kind).toBe('bounce');
    expect(report.findings[0]?.retry).toBe('later');
    const root = mount(<ReportCard report={report} />);
    expect(root.querySelector('.bl-tone')?.textContent).toBe('Temporary problem');
    expect(root.querySelector('.bl-lead')).not.toBeNull();
    expect(textsOf(root, '.bl-steps li')).toContain('Send the message again, later (for example in an hour or two).');
    // The entry's meaning is the dataset's (less its words about retries to come); what the reader is told to do no longer says to wait.
    expect(textsOf(root, '.bl-steps li').join(' ')).not.toMatch(/Nothing to do|on its own|keeps (?:re)?trying/);
    expect(textsOf(root, '.bl-finding > .bl-lead, .bl-finding > .bl-meaning')[0]).toMatch(/tried for a while and then gave up/);
    expect(root.querySelector('.bl-retry')?.hasAttribute('data-returned')).toBe(true);
  });
});

describe('the refusing server at a glance', () => {
  afterEach(() => render(null, document.body));
  it('shows the server the bounce names next to the recipient, as text', () => {
    const report = analyzeText(
      'This is the mail system at host mail.example.com.\n\n<pat@example.com>: host mx7.example.net[192.0.2.40] said: 550 5.1.1 <pat@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
      { subject: 'Undelivered Mail Returned to Sender' },
    );
    render(<ReportCard report={report} />, document.body);
    const server = document.querySelector('.bl-finding .bl-topline .bl-server');
    expect(server?.getAttribute('data-server')).toBe('mx7.example.net');
    expect(server?.querySelector('code')?.textContent).toBe('mx7.example.net');
  });
  it('has no server line when the bounce names none', () => {
    const report = analyzeText('550 5.1.1 User unknown', { subject: 'Undelivered Mail Returned to Sender' });
    render(<ReportCard report={report} />, document.body);
    expect(document.querySelector('.bl-finding')).not.toBeNull();
    expect(document.querySelector('.bl-server')).toBeNull();
  });
});

describe('a complaint card', () => {
  afterEach(() => render(null, document.body));
  it('lists the complaint type, the source IP and the domain for admins, as text', () => {
    const report = analyzeText('Feedback-Type: abuse\nUser-Agent: ExampleFBL/1.0\nVersion: 1\nOriginal-Rcpt-To: lee@example.com\nSource-IP: 192.0.2.7\nReported-Domain: example.com\n');
    render(<ReportCard report={report} />, document.body);
    const text = document.body.textContent ?? '';
    expect(text).toContain('Complaint type');
    expect(text).toContain('abuse');
    expect(text).toContain('192.0.2.7');
    expect(text).toContain('Domain reported');
  });
});

describe('a delayed recipient in a report that failed another', () => {
  afterEach(() => render(null, document.body));
  it('keeps the entry\'s own advice (the server still retries), not the gave-up steps', () => {
    const report = analyzeText('Final-Recipient: rfc822; ann@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\nFinal-Recipient: rfc822; m3@example.net\nAction: delayed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\n');
    expect(report.kind).toBe('bounce');
    render(<ReportCard report={report} />, document.body);
    const delayed = document.querySelector('[data-recipient="m3@example.net"]');
    expect(delayed).not.toBeNull();
    expect(delayed?.querySelector('[data-returned]')).toBeNull();
    expect(delayed?.querySelector('.bl-lead')).toBeNull();
  });
});

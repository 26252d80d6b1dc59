// @vitest-environment happy-dom
// The card: what it shows for a report, that message text stays text, that only http(s) links render,
// and the overlay's host, shadow root and dismissal.
import { render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect(root.querySelector('.bl-retry')?.textContent).toBe('Likely to go through later. The sending server keeps trying for a few days.');
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

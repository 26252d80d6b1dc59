// @vitest-environment happy-dom
// The card's answer at a glance: the headline names the recipient and the failure (or counts them), a summary
// list leads a card with several recipients, each failure carries a one-line verdict, and "Sending again"
// starts with words that agree with the badge (permanent: this copy is not retried; delay: nothing to do yet).
import { render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding, Report, ResolvedEntry } from '../../src/core/types';
import { EntryView, ReportCard, headlineFor, isBlocklistOperator } from '../../src/ui/Card';

function entry(overrides: Partial<ResolvedEntry> = {}): ResolvedEntry {
  return {
    id: 'test-entry',
    kind: 'enhanced',
    authority: 'IANA',
    code: '5.2.2',
    reason: 'mailboxfull',
    permanence: 'permanent',
    title: 'Recipient mailbox is full',
    meaning: 'The mailbox is full.',
    details: 'Over quota.',
    causes: [],
    senderSteps: ['Tell the recipient another way.'],
    adminSteps: ['Raise the quota.'],
    retry: 'after-fix',
    retryAdvice: 'Send it again only after the recipient made space.',
    party: 'recipient',
    reputation: 'low',
    references: [{ title: 'IANA registry', url: 'https://www.iana.org/assignments/smtp-enhanced-status-codes/' }],
    ...overrides,
  };
}

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    recipient: 'bob@example.org',
    reply: '552',
    status: '5.2.2',
    token: null,
    provider: null,
    reason: 'mailboxfull',
    permanent: true,
    retry: 'after-fix',
    party: 'recipient',
    entry: entry(),
    related: [],
    facts: {},
    evidence: '552 5.2.2 Mailbox full',
    ...overrides,
  };
}

const unknownUser = (recipient: string): Finding =>
  finding({
    recipient,
    reply: '550',
    status: '5.1.1',
    reason: 'userunknown',
    retry: 'no',
    party: 'sender',
    entry: entry({ code: '5.1.1', title: 'Recipient address does not exist', retry: 'no', party: 'sender', retryAdvice: 'Send to a corrected address.' }),
  });

const waiting = (overrides: Partial<Finding> = {}): Finding =>
  finding({
    recipient: 'dana@example.net',
    reply: '451',
    status: '4.7.1',
    reason: 'blocked',
    permanent: false,
    retry: 'later',
    party: 'sender-admin',
    entry: entry({ code: '4.7.1', permanence: 'transient', retry: 'later', party: 'sender-admin', title: 'Held back for now', retryAdvice: 'The server keeps trying for days.' }),
    ...overrides,
  });

const report = (findings: Finding[], kind: Report['kind'] = 'bounce'): Report => ({ kind, findings, notes: [] });

function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}
const texts = (root: ParentNode, selector: string): string[] => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the headline', () => {
  it('names the recipient and the failure when there is one', () => {
    expect(headlineFor(report([finding()]))).toBe('Not delivered to bob@example.org: Recipient mailbox is full');
    expect(headlineFor(report([finding({ recipient: null })]))).toBe('Not delivered: Recipient mailbox is full');
  });
  it('counts the recipients when several failed', () => {
    expect(headlineFor(report([unknownUser('alice@example.net'), finding(), unknownUser('carol@example.com')]))).toBe('Not delivered to 3 recipients');
    expect(headlineFor(report([waiting(), waiting({ recipient: 'eve@example.net' })], 'delay'))).toBe('Delayed for 2 recipients: the server is still trying');
  });
  it('keeps the generic words without an entry, for a delay and for other kinds', () => {
    expect(headlineFor(report([finding({ entry: null })]))).toBe('Your message was not delivered');
    expect(headlineFor(report([waiting()], 'delay'))).toBe('Your message is delayed: the server is still trying');
    expect(headlineFor(report([], 'bounce'))).toMatch(/no code/);
  });
});

describe('several recipients', () => {
  const three = report([unknownUser('alice@example.net'), finding(), unknownUser('carol@example.com')]);

  it('puts a summary list at the top: one row per recipient with the address, the title and whether to send again', () => {
    const root = mount(<ReportCard report={three} />);
    const summary = root.querySelector('nav.bl-summary');
    expect(summary?.getAttribute('aria-label')).toBe('Recipients');
    // Before the first section.
    expect(summary?.compareDocumentPosition(root.querySelector('.bl-finding') as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    const rows = [...(summary?.querySelectorAll('li') ?? [])];
    expect(rows.map((row) => [row.querySelector('.bl-jump')?.textContent, row.querySelector('.bl-sum-title')?.textContent, row.querySelector('.bl-sum-resend')?.textContent])).toEqual([
      ['alice@example.net', 'Recipient address does not exist', "Don't resend"],
      ['bob@example.org', 'Recipient mailbox is full', 'Resend after the fix'],
      ['carol@example.com', 'Recipient address does not exist', "Don't resend"],
    ]);
    // Buttons, not #fragment links: the webmail's URL must not change.
    expect(summary?.querySelector('a')).toBeNull();
    expect(rows[0]?.querySelector('button')?.getAttribute('type')).toBe('button');
  });

  it('jumps to the section of the recipient clicked', () => {
    const root = mount(<ReportCard report={three} />);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.bl-jump')];
    buttons[1]?.click();
    const title = root.querySelector('.bl-finding[data-index="1"] .bl-title');
    expect(document.activeElement).toBe(title);
    expect(title?.closest('.bl-finding')?.getAttribute('data-recipient')).toBe('bob@example.org');
  });

  it('names the recipient in each section title and sets the sections apart', () => {
    const root = mount(<ReportCard report={three} />);
    expect(texts(root, '.bl-title')).toEqual([
      'alice@example.net — Recipient address does not exist',
      'bob@example.org — Recipient mailbox is full',
      'carol@example.com — Recipient address does not exist',
    ]);
    expect(root.querySelector('.bl-card')?.classList.contains('bl-many')).toBe(true);
  });

  it('lists each reference once per card, in the admin part', () => {
    const root = mount(<ReportCard report={three} />);
    const links = [...root.querySelectorAll('.bl-refs a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.iana.org/assignments/smtp-enhanced-status-codes/']);
    expect(links[0]?.closest('details.bl-admin')).not.toBeNull();
    // The address stays visible under the link.
    expect(root.querySelector('.bl-refs .bl-url')?.textContent).toBe('https://www.iana.org/assignments/smtp-enhanced-status-codes/');
  });

  it('keeps one recipient as it was: no summary, the recipient in the top line, the title alone', () => {
    const root = mount(<ReportCard report={report([finding()])} />);
    expect(root.querySelector('.bl-summary')).toBeNull();
    expect(root.querySelector('.bl-title')?.textContent).toBe('Recipient mailbox is full');
    expect(root.querySelector('.bl-recipient')?.textContent).toBe('to bob@example.org');
    expect(root.querySelector('.bl-card')?.classList.contains('bl-many')).toBe(false);
  });
});

describe('the verdict line', () => {
  it('sits right under the title: how final, who acts, whether to send again', () => {
    const root = mount(<ReportCard report={report([unknownUser('alice@example.net')])} />);
    const verdict = root.querySelector('.bl-verdict');
    expect(verdict?.previousElementSibling?.classList.contains('bl-title')).toBe(true);
    expect(verdict?.textContent).toBe("Permanent · You act · Don't resend to this address");
  });
  it('says nobody acts yet and not to resend while the server retries', () => {
    const root = mount(<ReportCard report={report([waiting()], 'delay')} />);
    expect(root.querySelector('.bl-verdict')?.textContent).toBe("Temporary · Nobody acts yet · Don't resend: it is being retried");
  });
  it('says to resend later once the server gave up on a temporary failure', () => {
    const root = mount(<ReportCard report={report([waiting()], 'bounce')} />);
    expect(root.querySelector('.bl-verdict')?.textContent).toBe('Temporary · Your email admin acts · Resend it later yourself');
  });
  it('stays when folded, and is there for a looked-up code too', () => {
    const folded = mount(<ReportCard report={report([finding()])} folded={true} />);
    expect(folded.querySelector('.bl-verdict')?.textContent).toBe('Permanent · The recipient acts · Resend only after the fix');
    const lookup = mount(<EntryView entry={entry()} />);
    expect(lookup.querySelector('.bl-verdict')?.textContent).toBe('Permanent · The recipient acts · Resend only after the fix');
  });
});

describe('sending again: the first words agree with the badge', () => {
  it('permanent, after a fix: this copy is not retried, then the entry\'s advice', () => {
    const root = mount(<ReportCard report={report([finding()])} />);
    expect(root.querySelector('.bl-tone')?.textContent).toBe('Permanent failure');
    expect(root.querySelector('.bl-retry')?.textContent).toBe(
      'This copy was not delivered and will not be retried. Send it again only after the recipient made space.',
    );
    expect(root.querySelector('.bl-retry strong')?.textContent).toBe('This copy was not delivered and will not be retried.');
  });
  it('permanent, never: not to this address again', () => {
    const root = mount(<ReportCard report={report([unknownUser('alice@example.net')])} />);
    expect(root.querySelector('.bl-retry strong')?.textContent).toBe("Don't send it to this address again.");
  });
  it('still being retried: nothing to do yet, with the last attempt when the message states it', () => {
    const root = mount(<ReportCard report={report([waiting({ facts: { lastAttempt: 'Thu, 3 Dec 2026 10:00:00 +0000' } })], 'delay')} />);
    const retry = root.querySelector('.bl-retry');
    expect(retry?.hasAttribute('data-waiting')).toBe(true);
    expect(retry?.textContent).toBe(
      "Nothing to do yet: your mail server keeps trying; don't send it again yourself. You will get another notice if it finally fails. Last attempt: Thu, 3 Dec 2026 10:00:00 +0000.",
    );
    expect(root.querySelector('.bl-party')?.textContent).toBe('Nobody yet: the server is retrying');
  });
  it('a recipient the DSN marks delayed in a bounce is still being retried too', () => {
    const root = mount(<ReportCard report={report([unknownUser('ann@example.org'), waiting({ facts: { action: 'delayed' } })])} />);
    const delayed = root.querySelector('[data-recipient="dana@example.net"]');
    expect(delayed?.querySelector('.bl-retry')?.textContent).toMatch(/^Nothing to do yet:/);
    expect(delayed?.querySelector('.bl-party')?.textContent).toBe('Nobody yet: the server is retrying');
    expect(texts(root, '.bl-sum-resend')).toEqual(["Don't resend", 'Wait']);
  });
  it('a final bounce with a temporary code keeps the send-it-again-yourself wording', () => {
    const root = mount(<ReportCard report={report([waiting()], 'bounce')} />);
    expect(root.querySelector('.bl-retry')?.textContent).toMatch(/^Send it again later yourself\. /);
    expect(root.querySelector('.bl-party')?.textContent).toMatch(/runs email for your domain/);
  });
});

describe('a blocklist refusal', () => {
  const listed = finding({
    reason: 'blocked',
    party: 'sender-admin',
    facts: { sendingIp: '192.0.2.99', blocklists: ['zen.spamhaus.org'], organisation: 'Spamhaus' },
  });
  it('shows the blocked IP and the list in the visible part, as text', () => {
    const root = mount(<ReportCard report={report([listed])} />);
    const blocked = root.querySelector('.bl-blocked');
    expect(blocked?.textContent).toBe('Blocked: 192.0.2.99 on zen.spamhaus.org');
    expect(blocked?.closest('details')).toBeNull();
  });
  it('labels the organisation as the blocklist operator only when a named list carries its name', () => {
    const root = mount(<ReportCard report={report([listed])} />);
    expect(root.querySelector('[data-fact="organisation"] dt')?.textContent).toBe('Blocklist operator');
    expect(isBlocklistOperator({ organisation: 'Google', blocklists: ['zen.spamhaus.org'] })).toBe(false);
    expect(isBlocklistOperator({ organisation: 'Spamhaus' })).toBe(false);
    const other = mount(<ReportCard report={report([finding({ facts: { organisation: 'Google' } })])} />);
    expect(other.querySelector('[data-fact="organisation"] dt')?.textContent).toBe('Organisation');
    expect(other.querySelector('.bl-blocked')).toBeNull();
  });
});

describe('the admin part', () => {
  it('holds the admin steps, and is open first when the card is for an admin', () => {
    const sender = mount(<ReportCard report={report([finding()])} />);
    const admin = sender.querySelector('details.bl-admin');
    expect(texts(admin as Element, '.bl-steps li')).toEqual(['Raise the quota.']);
    expect(admin?.hasAttribute('open')).toBe(false);
    const forAdmin = mount(<ReportCard report={report([finding()])} audience="admin" />);
    expect(forAdmin.querySelector('details.bl-admin')?.hasAttribute('open')).toBe(true);
    expect(texts(forAdmin.querySelector('details.bl-admin') as Element, '.bl-h')).toContain('What your email administrator can do');
  });
});

describe('the popup card', () => {
  it('can leave out the brand line (the popup has its own title)', () => {
    expect(mount(<ReportCard report={report([finding()])} />).querySelector('.bl-brand')).not.toBeNull();
    expect(mount(<ReportCard report={report([finding()])} brand={false} />).querySelector('.bl-brand')).toBeNull();
  });
});

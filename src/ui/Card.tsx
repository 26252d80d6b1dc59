// The explanation card, shared by the overlay (in a shadow root on the webmail page) and the popup.
// Text from a message (evidence, recipient, facts) is attacker-controlled: it is only ever rendered as text
// nodes. Links come from the dataset and are still checked (http/https only).
import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import type { Facts, Finding, MessageKind, Reference, Report, ResolvedEntry } from '../core/types';
import { KIND_HEADLINE, PARTY_LABEL, RETRY_LABEL, TONE_LABEL, reportTone, toneOf, type Tone } from './labels';
import { safeHref } from './links';

const REPLY_CODE = /^[2-5]\d\d$/;
const STATUS_CODE = /^[245]\.\d{1,3}\.\d{1,3}$/;

interface Codes {
  reply: string;
  status: string;
  token: string;
}

/** Splits an entry's code ("550", "5.7.26", "550 5.7.26", "TSS04") into the three kinds the card shows. */
export function classifyCode(code: string): Codes {
  const codes: Codes = { reply: '', status: '', token: '' };
  for (const part of code.trim().split(/\s+/).slice(0, 4)) {
    if (REPLY_CODE.test(part) && !codes.reply) codes.reply = part;
    else if (STATUS_CODE.test(part) && !codes.status) codes.status = part;
    else if (part && !codes.token) codes.token = part;
  }
  return codes;
}

function CodeBadges({ reply, status, token }: Codes) {
  if (!reply && !status && !token) return null;
  return (
    <p class="bl-codes">
      {reply && (
        <span class="bl-code" title="SMTP reply code">
          {reply}
        </span>
      )}
      {status && (
        <span class="bl-code" title="Enhanced status code">
          {status}
        </span>
      )}
      {token && (
        <span class="bl-code bl-token" title="Provider code">
          {token}
        </span>
      )}
    </p>
  );
}

function Block({ heading, children }: { heading: string; children: ComponentChildren }) {
  return (
    <div class="bl-block">
      <h4 class="bl-h">{heading}</h4>
      {children}
    </div>
  );
}

function Steps({ steps }: { steps: string[] }) {
  return (
    <ol class="bl-steps">
      {steps.map((step, index) => (
        <li key={index}>{step}</li>
      ))}
    </ol>
  );
}

function References({ references }: { references: Reference[] }) {
  const seen = new Set<string>();
  const links = references.flatMap((reference) => {
    const href = safeHref(reference.url);
    if (!href || seen.has(href)) return [];
    seen.add(href);
    return [{ ...reference, href }];
  });
  if (links.length === 0) return null;
  return (
    <Block heading="References">
      <ul class="bl-refs">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} target="_blank" rel="noopener noreferrer">
              {link.title}
            </a>
            {link.tool && <span class="bl-tag">tool</span>}
            <span class="bl-url">{link.href}</span>
          </li>
        ))}
      </ul>
    </Block>
  );
}

interface AdviceProps {
  entry: ResolvedEntry;
  party: Finding['party'];
  retry: Finding['retry'];
}

/** What the sender needs, in the order they need it: who acts, the steps, whether to retry, then why and where to read more. */
function Advice({ entry, party, retry }: AdviceProps) {
  return (
    <>
      <Block heading="Who needs to act">
        <p class="bl-party" data-party={party}>
          {PARTY_LABEL[party]}
        </p>
      </Block>
      {entry.senderSteps.length > 0 && (
        <Block heading="What you can do">
          <Steps steps={entry.senderSteps} />
        </Block>
      )}
      {entry.adminSteps.length > 0 && (
        <Block heading="What your email administrator can do">
          <Steps steps={entry.adminSteps} />
        </Block>
      )}
      <Block heading="Sending again">
        <p class="bl-retry" data-retry={retry}>
          <strong>{RETRY_LABEL[retry]}.</strong> {entry.retryAdvice}
        </p>
      </Block>
      {entry.causes.length > 0 && (
        <Block heading="Likely causes">
          <ul class="bl-list">
            {entry.causes.map((cause, index) => (
              <li key={index}>{cause}</li>
            ))}
          </ul>
        </Block>
      )}
      <References references={entry.references} />
    </>
  );
}

const FACT_LABELS: [keyof Facts, string][] = [
  ['remoteHost', 'Remote server'],
  ['remoteIp', 'Remote IP'],
  ['reportingMta', 'Reporting server'],
  ['organisation', 'Organisation'],
  ['sendingIp', 'Sending IP'],
  ['blocklists', 'Blocklists'],
  ['spf', 'SPF'],
  ['dkim', 'DKIM'],
  ['dmarc', 'DMARC'],
  ['command', 'SMTP command'],
  ['action', 'Action'],
  ['originalSubject', 'Original subject'],
  ['originalDate', 'Original date'],
  ['lastAttempt', 'Last attempt'],
];

function FactList({ facts }: { facts: Facts }) {
  const rows = FACT_LABELS.flatMap(([key, label]) => {
    const value = facts[key];
    const text = Array.isArray(value) ? value.join(', ') : value;
    return text ? [{ key, label, text }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <dl class="bl-facts">
      {rows.map((row) => (
        <div class="bl-fact" key={row.key} data-fact={row.key}>
          <dt>{row.label}</dt>
          <dd>{row.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function RelatedEntries({ entries }: { entries: ResolvedEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <Block heading="Standard meaning of the codes">
      <ul class="bl-related">
        {entries.map((entry) => (
          <li key={entry.id}>
            <span class="bl-code bl-small">{entry.code}</span> <strong>{entry.title}</strong>
            <span class="bl-authority"> ({entry.authority})</span>
            <p>{entry.meaning}</p>
          </li>
        ))}
      </ul>
    </Block>
  );
}

interface AdminProps {
  details?: string;
  facts?: Facts;
  evidence?: string;
  related?: ResolvedEntry[];
  authority?: string;
}

/** Folded by default: the exact codes, the server, the facts read from the message, the standard. */
function ForAdmins({ details, facts, evidence, related, authority }: AdminProps) {
  return (
    <details class="bl-admin">
      <summary>For admins</summary>
      <div class="bl-admin-body">
        {details && <p class="bl-details">{details}</p>}
        {authority && (
          <p class="bl-authority-line">
            Defined by: <strong>{authority}</strong>
          </p>
        )}
        {facts && <FactList facts={facts} />}
        {evidence && (
          <Block heading="What the server said">
            <pre class="bl-evidence">{evidence}</pre>
          </Block>
        )}
        {related && <RelatedEntries entries={related} />}
      </div>
    </details>
  );
}

function ToneLabel({ tone }: { tone: Tone }) {
  return <span class={`bl-tone bl-tone-${tone}`}>{TONE_LABEL[tone]}</span>;
}

/** One recipient's failure, as read from a bounce. */
export function FindingView({ finding }: { finding: Finding }) {
  const { entry } = finding;
  const tone = toneOf(entry?.permanence, finding.permanent);
  return (
    <section
      class={`bl-finding bl-${tone}`}
      data-reply={finding.reply ?? ''}
      data-status={finding.status ?? ''}
      data-token={finding.token ?? ''}
      data-reason={finding.reason ?? ''}
      data-recipient={finding.recipient ?? ''}
    >
      <div class="bl-topline">
        <ToneLabel tone={tone} />
        {finding.recipient && (
          <span class="bl-recipient">
            to <strong>{finding.recipient}</strong>
          </span>
        )}
      </div>
      <CodeBadges reply={finding.reply ?? ''} status={finding.status ?? ''} token={finding.token ?? ''} />
      <h3 class="bl-title">{entry ? entry.title : 'A reply Bounce Lens has no entry for'}</h3>
      {entry?.provider && <p class="bl-provider">{entry.provider}</p>}
      {entry ? (
        <>
          <p class="bl-meaning">{entry.meaning}</p>
          <Advice entry={entry} party={finding.party} retry={finding.retry} />
        </>
      ) : (
        <>
          <p class="bl-meaning">
            The server's own words are under "For admins". {RETRY_LABEL[finding.retry]}; who needs to act:{' '}
            {PARTY_LABEL[finding.party].toLowerCase()}.
          </p>
        </>
      )}
      <ForAdmins
        details={entry?.details}
        authority={entry?.authority}
        facts={finding.facts}
        evidence={finding.evidence}
        related={finding.related}
      />
    </section>
  );
}

/** A reference entry on its own (popup lookups). */
export function EntryView({ entry }: { entry: ResolvedEntry }) {
  const codes = classifyCode(entry.code);
  const tone = toneOf(entry.permanence, entry.permanence === 'permanent');
  return (
    <section
      class={`bl-finding bl-${tone}`}
      data-code={entry.code}
      data-entry={entry.id}
      data-reply={codes.reply}
      data-status={codes.status}
      data-token={codes.token}
      data-reason={entry.reason}
    >
      <div class="bl-topline">
        <ToneLabel tone={tone} />
        <span class="bl-authority">{entry.provider ?? entry.authority}</span>
      </div>
      <CodeBadges {...codes} />
      <h3 class="bl-title">{entry.title}</h3>
      <p class="bl-meaning">{entry.meaning}</p>
      <Advice entry={entry} party={entry.party} retry={entry.retry} />
      <ForAdmins details={entry.details} authority={entry.authority} />
    </section>
  );
}

/** A reference entry as a card of its own, toned like a finding (popup lookups). */
export function EntryCard({ entry }: { entry: ResolvedEntry }) {
  const tone = toneOf(entry.permanence, entry.permanence === 'permanent');
  return (
    <article class={`bl-card bl-card-${tone}`} data-kind="lookup" aria-label={`Bounce Lens: ${entry.code}`}>
      <EntryView entry={entry} />
    </article>
  );
}

function headlineFor(kind: MessageKind, findings: number): string {
  if ((kind === 'bounce' || kind === 'delay') && findings === 0) {
    return `${KIND_HEADLINE[kind]}. The message names no code Bounce Lens could read.`;
  }
  return KIND_HEADLINE[kind];
}

interface ReportCardProps {
  report: Report;
  /** Given on the overlay: shows a close button and closes on Esc. */
  onClose?: () => void;
}

/** A whole report: headline for its kind, one section per finding, notes. */
export function ReportCard({ report, onClose }: ReportCardProps) {
  const permanent = report.findings.filter((finding) => finding.permanent).length;
  const tone = reportTone(report.kind, permanent, report.findings.length);
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (onClose && event.key === 'Escape') {
      // Ours, not the webmail's: Esc inside the card must not also leave the conversation.
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <article class={`bl-card bl-card-${tone}`} data-kind={report.kind} aria-label="Bounce Lens" onKeyDown={onKeyDown}>
      <header class="bl-head">
        <div class="bl-head-text">
          <span class="bl-brand">Bounce Lens</span>
          <p class="bl-headline">{headlineFor(report.kind, report.findings.length)}</p>
        </div>
        {onClose && (
          <button type="button" class="bl-close" aria-label="Close the Bounce Lens card" title="Close (Esc)" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {report.findings.map((finding, index) => (
        <FindingView key={index} finding={finding} />
      ))}
      {report.notes.map((note, index) => (
        <p class="bl-note" key={index}>
          {note}
        </p>
      ))}
    </article>
  );
}

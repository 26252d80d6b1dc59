// The explanation card, shared by the overlay (in a shadow root on the webmail page) and the popup.
// Text from a message (evidence, recipient, facts) is attacker-controlled: it is only ever rendered as text
// nodes. Links come from the dataset and are still checked (http/https only).
// Every word of the interface comes from the i18n catalogue (t, tNodes); dataset text stays as written.
import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useState } from 'preact/hooks';
import { meaningOnceReturned } from '../core/returned';
import type { Facts, Finding, MessageKind, Reference, Report, ResolvedEntry } from '../core/types';
import { t, tNodes, type MessageKey } from './i18n';
import { entryTone, findingMode, findingTone, kindHeadline, partyLabel, reportTone, retryLabel, toneLabel, type FindingMode, type Tone } from './labels';
import { safeHref } from './links';
import type { Audience } from './settings';

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
        <span class="bl-code" title={t('code_reply_title')}>
          {reply}
        </span>
      )}
      {status && (
        <span class="bl-code" title={t('code_status_title')}>
          {status}
        </span>
      )}
      {token && (
        <span class="bl-code bl-token" title={t('code_token_title')}>
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
    <Block heading={t('heading_references')}>
      <ul class="bl-refs">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} target="_blank" rel="noopener noreferrer">
              {link.title}
            </a>
            {link.tool && <span class="bl-tag">{t('tag_tool')}</span>}
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
  /** A temporary failure in a final bounce: the sending server already retried and gave up, so the
   *  entry's advice ("the server keeps trying") is over; the reader has to send it again. */
  returned?: boolean;
  /** A success (a looked-up 2xx code): nobody acts and there is nothing to retry. */
  success?: boolean;
}

/** What the sender does once the sending server has given up on a temporary failure. */
const returnedSteps = (): string[] => [t('returned_step_resend'), t('returned_step_forward')];

/** What the sender needs, in the order they need it: who acts, the steps, whether to retry, then why and where to read more. */
function Advice({ entry, party, retry, returned = false, success = false }: AdviceProps) {
  // The entry's own sender steps assume the server is still trying ("nothing to do, it retries"): not so once it gave up.
  const senderSteps = returned ? returnedSteps() : entry.senderSteps;
  return (
    <>
      {!success && (
        <Block heading={t('heading_who_acts')}>
          <p class="bl-party" data-party={party}>
            {partyLabel(party)}
          </p>
        </Block>
      )}
      {senderSteps.length > 0 && (
        <Block heading={t('heading_sender_steps')}>
          <Steps steps={senderSteps} />
        </Block>
      )}
      {entry.adminSteps.length > 0 && (
        <Block heading={t('heading_admin_steps')}>
          <Steps steps={entry.adminSteps} />
        </Block>
      )}
      {!success && (
        <Block heading={t('heading_retry')}>
          {returned ? (
            <p class="bl-retry" data-retry={retry} data-returned="">
              <strong>{t('retry_returned')}.</strong> {t('retry_returned_detail')}
            </p>
          ) : (
            <p class="bl-retry" data-retry={retry}>
              <strong>{retryLabel(retry)}.</strong> {entry.retryAdvice}
            </p>
          )}
        </Block>
      )}
      {entry.causes.length > 0 && (
        <Block heading={t('heading_causes')}>
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

const FACT_LABELS: [keyof Facts, MessageKey][] = [
  ['remoteHost', 'fact_remoteHost'],
  ['remoteIp', 'fact_remoteIp'],
  ['reportingMta', 'fact_reportingMta'],
  ['organisation', 'fact_organisation'],
  ['sendingIp', 'fact_sendingIp'],
  ['blocklists', 'fact_blocklists'],
  ['spf', 'fact_spf'],
  ['dkim', 'fact_dkim'],
  ['dmarc', 'fact_dmarc'],
  ['command', 'fact_command'],
  ['action', 'fact_action'],
  ['originalSubject', 'fact_originalSubject'],
  ['originalDate', 'fact_originalDate'],
  ['lastAttempt', 'fact_lastAttempt'],
  ['feedbackType', 'fact_feedbackType'],
  ['reportedDomain', 'fact_reportedDomain'],
];

function FactList({ facts }: { facts: Facts }) {
  const rows = FACT_LABELS.flatMap(([key, label]) => {
    const value = facts[key];
    const text = Array.isArray(value) ? value.join(', ') : value;
    return text ? [{ key, label: t(label), text }] : [];
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
    <Block heading={t('heading_related')}>
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
  /** What the evidence is: a server's reply, an automatic reply, a feedback report. */
  evidenceHeading?: string;
  references?: Reference[];
  /** Open from the start (the reader chose admins first). */
  open?: boolean;
}

/** Folded for senders: the exact codes, the server, the facts read from the message, the standard. */
function ForAdmins({ details, facts, evidence, related, authority, evidenceHeading, references, open = false }: AdminProps) {
  return (
    <details class="bl-admin" open={open}>
      <summary>{t('admin_summary')}</summary>
      <div class="bl-admin-body">
        {details && <p class="bl-details">{details}</p>}
        {authority && (
          <p class="bl-authority-line">{tNodes('admin_defined_by', [<strong key="authority">{authority}</strong>])}</p>
        )}
        {facts && <FactList facts={facts} />}
        {evidence && (
          <Block heading={evidenceHeading ?? t('heading_evidence')}>
            <pre class="bl-evidence">{evidence}</pre>
          </Block>
        )}
        {related && <RelatedEntries entries={related} />}
        {references && <References references={references} />}
      </div>
    </details>
  );
}

function ToneLabel({ tone, label }: { tone: Tone; label?: string }) {
  return <span class={`bl-tone bl-tone-${tone}`}>{label ?? toneLabel(tone)}</span>;
}

const RFC5965 = 'https://www.rfc-editor.org/rfc/rfc5965';

/** The card's own words for a finding that is not a failure: a success, an automatic reply, a complaint. */
interface NotFailure {
  badge?: string;
  title: string;
  meaning: string;
  senderSteps: string[];
  adminSteps: string[];
  details?: string;
  authority?: string;
  evidenceHeading: string;
  references: Reference[];
}

function notFailure(mode: Exclude<FindingMode, 'failure'>): NotFailure {
  if (mode === 'delivered') {
    return {
      title: t('card_delivered_title'),
      meaning: t('card_delivered_meaning'),
      senderSteps: [],
      adminSteps: [],
      evidenceHeading: t('heading_evidence_delivered'),
      references: [],
    };
  }
  if (mode === 'autoreply') {
    return {
      badge: t('tone_autoreply'),
      title: t('card_autoreply_title'),
      meaning: t('card_autoreply_meaning'),
      senderSteps: [t('autoreply_step_nothing'), t('autoreply_step_wait')],
      adminSteps: [],
      details: t('card_autoreply_details'),
      evidenceHeading: t('heading_evidence_autoreply'),
      references: [],
    };
  }
  return {
    badge: t('tone_complaint'),
    title: t('card_complaint_title'),
    meaning: t('card_complaint_meaning'),
    senderSteps: [t('complaint_step_stop'), t('complaint_step_optin')],
    adminSteps: [t('complaint_admin_suppress'), t('complaint_admin_rates'), t('complaint_admin_source')],
    details: t('card_complaint_details'),
    authority: 'RFC 5965',
    evidenceHeading: t('heading_evidence_complaint'),
    references: [{ title: t('ref_rfc5965'), url: RFC5965 }],
  };
}

interface FindingProps {
  finding: Finding;
  /** The kind of the report the finding is part of (a transient failure reads differently in a final bounce). */
  kind?: Report['kind'];
  /** Folded: only what identifies the failure (tone, recipient, codes, title). */
  folded?: boolean;
  audience?: Audience;
}

/** One recipient's part of a report: a failure, or a success, an automatic reply or a complaint. */
export function FindingView({ finding, kind, folded = false, audience = 'sender' }: FindingProps) {
  const mode = findingMode(finding, kind);
  return mode === 'failure' ? (
    <FailureView finding={finding} kind={kind} folded={folded} audience={audience} />
  ) : (
    <NotFailureView finding={finding} mode={mode} folded={folded} audience={audience} />
  );
}

function FindingSection({ finding, tone, mode, children }: { finding: Finding; tone: Tone; mode: FindingMode; children: ComponentChildren }) {
  return (
    <section
      class={`bl-finding bl-${tone}`}
      data-mode={mode}
      data-reply={finding.reply ?? ''}
      data-status={finding.status ?? ''}
      data-token={finding.token ?? ''}
      data-reason={finding.reason ?? ''}
      data-recipient={finding.recipient ?? ''}
    >
      {children}
    </section>
  );
}

function TopLine({ finding, tone, badge }: { finding: Finding; tone: Tone; badge?: string }) {
  return (
    <>
      <div class="bl-topline">
        <ToneLabel tone={tone} label={badge} />
        {finding.recipient && (
          <span class="bl-recipient">{tNodes('card_recipient', [<strong key="recipient">{finding.recipient}</strong>])}</span>
        )}
        {/* The server that said it, at a glance for the admin the bounce is forwarded to. */}
        {finding.facts.remoteHost && (
          <span class="bl-server" data-server={finding.facts.remoteHost}>
            {tNodes('card_server', [<code key="server">{finding.facts.remoteHost}</code>])}
          </span>
        )}
      </div>
      <CodeBadges reply={finding.reply ?? ''} status={finding.status ?? ''} token={finding.token ?? ''} />
    </>
  );
}

/** A success, an automatic reply or a complaint: nobody has to fix anything and nothing is to be sent again. */
function NotFailureView({ finding, mode, folded, audience }: { finding: Finding; mode: Exclude<FindingMode, 'failure'>; folded: boolean; audience: Audience }) {
  const { entry } = finding;
  const words = notFailure(mode);
  const tone: Tone = mode === 'delivered' ? 'success' : 'info';
  // A delivered finding keeps its entry's title only when the entry speaks of the success (2.x.x words).
  const entryFits = entry !== null && (mode !== 'delivered' || entryTone(entry) === 'success' || entry.permanence === 'success');
  const adminFirst = audience === 'admin';
  const forAdmins = (
    <ForAdmins
      details={entryFits ? (entry?.details ?? words.details) : words.details}
      authority={(entryFits ? entry?.authority : undefined) ?? words.authority}
      facts={finding.facts}
      evidence={finding.evidence}
      evidenceHeading={words.evidenceHeading}
      related={finding.related}
      references={words.references}
      open={adminFirst}
    />
  );
  return (
    <FindingSection finding={finding} tone={tone} mode={mode}>
      <TopLine finding={finding} tone={tone} badge={words.badge} />
      <h3 class="bl-title">{entryFits && entry ? entry.title : words.title}</h3>
      {!folded && (
        <>
          {adminFirst && forAdmins}
          <p class="bl-meaning">{words.meaning}</p>
          {words.senderSteps.length > 0 && (
            <Block heading={t('heading_sender_steps')}>
              <Steps steps={words.senderSteps} />
            </Block>
          )}
          {words.adminSteps.length > 0 && (
            <Block heading={t('heading_admin_steps')}>
              <Steps steps={words.adminSteps} />
            </Block>
          )}
          {!adminFirst && forAdmins}
        </>
      )}
    </FindingSection>
  );
}

/** One recipient's failure, as read from a bounce. */
function FailureView({ finding, kind, folded, audience }: { finding: Finding; kind?: Report['kind']; folded: boolean; audience: Audience }) {
  const { entry } = finding;
  // A recipient the DSN marks "delayed" is still being retried, even in a report that failed others.
  const returned = kind === 'bounce' && finding.retry === 'later' && finding.facts.action !== 'delayed';
  const adminFirst = audience === 'admin';
  const forAdmins = (
    <ForAdmins
      details={entry?.details}
      authority={entry?.authority}
      facts={finding.facts}
      evidence={finding.evidence}
      related={finding.related}
      open={adminFirst}
    />
  );
  const tone = findingTone(finding, kind);
  return (
    <FindingSection finding={finding} tone={tone} mode="failure">
      <TopLine finding={finding} tone={tone} />
      <h3 class="bl-title">{entry ? entry.title : t('card_no_entry_title')}</h3>
      {!folded && (
        <>
          {entry?.provider && <p class="bl-provider">{entry.provider}</p>}
          {adminFirst && forAdmins}
          {returned && <p class="bl-lead">{t('card_returned_lead')}</p>}
          {entry ? (
            <>
              {/* Once the sending server gave up, the entry's words about retries still to come are left out. */}
              <p class="bl-meaning">{returned ? meaningOnceReturned(entry.meaning) : entry.meaning}</p>
              <Advice entry={entry} party={finding.party} retry={finding.retry} returned={returned} />
            </>
          ) : (
            <>
              <p class="bl-meaning">{t('card_no_entry_meaning', [returned ? t('retry_returned') : retryLabel(finding.retry), partyLabel(finding.party)])}</p>
              {returned && (
                <Block heading={t('heading_sender_steps')}>
                  <Steps steps={returnedSteps()} />
                </Block>
              )}
            </>
          )}
          {!adminFirst && forAdmins}
        </>
      )}
    </FindingSection>
  );
}

/** A reference entry on its own (popup lookups). */
export function EntryView({ entry, audience = 'sender' }: { entry: ResolvedEntry; audience?: Audience }) {
  const adminFirst = audience === 'admin';
  const forAdmins = <ForAdmins details={entry.details} authority={entry.authority} open={adminFirst} />;
  const codes = classifyCode(entry.code);
  const tone = entryTone(entry);
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
      {adminFirst && forAdmins}
      <p class="bl-meaning">{entry.meaning}</p>
      <Advice entry={entry} party={entry.party} retry={entry.retry} success={tone === 'success'} />
      {!adminFirst && forAdmins}
    </section>
  );
}

/** Makes a card a stop for the popup's arrow keys (see popup/main.tsx). */
export const NAV_ITEM = 'data-nav-item';

interface EntryCardProps {
  entry: ResolvedEntry;
  audience?: Audience;
  /** Focusable as a whole, for keyboard navigation between results. */
  navigable?: boolean;
}

/** A reference entry as a card of its own, toned like a finding (popup lookups). */
export function EntryCard({ entry, audience, navigable = false }: EntryCardProps) {
  const tone = entryTone(entry);
  return (
    <article
      class={`bl-card bl-card-${tone}`}
      data-kind="lookup"
      aria-label={t('card_lookup_label', [entry.code])}
      tabIndex={navigable ? 0 : undefined}
      {...(navigable ? { [NAV_ITEM]: '' } : {})}
    >
      <EntryView entry={entry} audience={audience} />
    </article>
  );
}

function headlineFor(kind: MessageKind, findings: number): string {
  if ((kind === 'bounce' || kind === 'delay') && findings === 0) return t('headline_no_code', [kindHeadline(kind)]);
  return kindHeadline(kind);
}

interface ReportCardProps {
  report: Report;
  /** Given on the overlay: shows a close button and closes on Esc. */
  onClose?: () => void;
  /** Given: the card can fold, and starts folded when true. Not given (popup): always open. */
  folded?: boolean;
  /** Whose part comes first and open. */
  audience?: Audience;
  navigable?: boolean;
}

/** A whole report: headline for its kind, one section per finding, notes. */
export function ReportCard({ report, onClose, folded, audience = 'sender', navigable = false }: ReportCardProps) {
  const foldable = folded !== undefined;
  const [isFolded, setFolded] = useState(folded === true);
  const tone = reportTone(report.kind, report.findings.map((finding) => findingTone(finding, report.kind)));
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (onClose && event.key === 'Escape') {
      // Ours, not the webmail's: Esc inside the card must not also leave the conversation.
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <article
      class={`bl-card bl-card-${tone}`}
      data-kind={report.kind}
      data-folded={String(isFolded)}
      data-audience={audience}
      aria-label={t('card_label')}
      onKeyDown={onKeyDown}
      tabIndex={navigable ? 0 : undefined}
      {...(navigable ? { [NAV_ITEM]: '' } : {})}
    >
      <header class="bl-head">
        <div class="bl-head-text">
          <span class="bl-brand">{t('extName')}</span>
          <p class="bl-headline">{headlineFor(report.kind, report.findings.length)}</p>
        </div>
        {foldable && (
          <button type="button" class="bl-toggle" aria-expanded={!isFolded} onClick={() => setFolded(!isFolded)}>
            {isFolded ? t('card_show_details') : t('card_hide_details')}
          </button>
        )}
        {onClose && (
          <button type="button" class="bl-close" aria-label={t('card_close_label')} title={t('card_close_title')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {report.findings.map((finding, index) => (
        <FindingView key={index} finding={finding} kind={report.kind} folded={isFolded} audience={audience} />
      ))}
      {!isFolded && report.notes.map((note, index) => (
        <p class="bl-note" key={index}>
          {note}
        </p>
      ))}
    </article>
  );
}

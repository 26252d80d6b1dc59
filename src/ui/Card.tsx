// The explanation card, shared by the overlay (in a shadow root on the webmail page) and the popup.
// Text from a message (evidence, recipient, facts) is attacker-controlled: it is only ever rendered as text
// nodes. Links come from the dataset and are still checked (http/https only).
// Every word of the interface comes from the i18n catalogue (t, tNodes); dataset text stays as written.
import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useState } from 'preact/hooks';
import { meaningOnceReturned } from '../core/returned';
import type { Facts, Finding, MessageKind, Reference, Report, ResolvedEntry } from '../core/types';
import { t, tNodes, type MessageKey } from './i18n';
import {
  entryTone,
  failureState,
  findingMode,
  findingTone,
  kindHeadline,
  partyLabel,
  reportTone,
  resendShort,
  retryLabel,
  toneLabel,
  verdictParts,
  type FailureState,
  type FindingMode,
  type Resend,
  type Tone,
} from './labels';
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
  /** Permanent or temporary: the first words about sending again agree with the badge. */
  tone: Tone;
  /** Where this copy stands (still retried, returned, ...); a looked-up entry has none. */
  state?: FailureState;
  /** The last attempt date the message states, shown while the server is still retrying. */
  lastAttempt?: string;
  /** A success (a looked-up 2xx code): nobody acts and there is nothing to retry. */
  success?: boolean;
}

/** What the sender does once the sending server has given up on a temporary failure. */
const returnedSteps = (): string[] => [t('returned_step_resend'), t('returned_step_forward')];

/** "Sending again": its first words say what happens to this copy, in the badge's terms, then the entry's advice. */
function RetryLine({ retry, tone, state, advice, lastAttempt }: { retry: Finding['retry']; tone: Tone; state?: FailureState; advice: string; lastAttempt?: string }) {
  if (state?.returned) {
    return (
      <p class="bl-retry" data-retry={retry} data-returned="">
        <strong>{t('retry_returned')}.</strong> {t('retry_returned_detail')}
      </p>
    );
  }
  if (state?.retrying) {
    // The entry's own advice ("the server keeps trying for days") would only say the same again.
    return (
      <p class="bl-retry" data-retry={retry} data-waiting="">
        <strong>{t('retry_wait_lead')}</strong> {t('retry_wait_detail')}
        {lastAttempt && <> {t('retry_wait_last', [lastAttempt])}</>}
      </p>
    );
  }
  // A permanent failure is never retried by the server: "send again once fixed" alone read like "go ahead".
  const lead = tone === 'permanent' && retry === 'after-fix' ? t('retry_permanent_after_fix') : tone === 'permanent' && retry === 'no' ? t('retry_permanent_no') : `${retryLabel(retry)}.`;
  return (
    <p class="bl-retry" data-retry={retry}>
      <strong>{lead}</strong> {advice}
    </p>
  );
}

/** What the sender needs, in the order they need it: the steps, whether to send again, who acts, then why.
 *  The admin's steps and the references are in the admin part (see ForAdmins). */
function Advice({ entry, party, retry, tone, state, lastAttempt, success = false }: AdviceProps) {
  // The entry's own sender steps assume the server is still trying ("nothing to do, it retries"): not so once it gave up.
  const senderSteps = state?.returned ? returnedSteps() : entry.senderSteps;
  return (
    <>
      {senderSteps.length > 0 && (
        <Block heading={t('heading_sender_steps')}>
          <Steps steps={senderSteps} />
        </Block>
      )}
      {!success && (
        <Block heading={t('heading_retry')}>
          <RetryLine retry={retry} tone={tone} state={state} advice={entry.retryAdvice} lastAttempt={lastAttempt} />
        </Block>
      )}
      {!success && <WhoActs party={party} retrying={state?.retrying === true} />}
      {entry.causes.length > 0 && (
        <Block heading={t('heading_causes')}>
          <ul class="bl-list">
            {entry.causes.map((cause, index) => (
              <li key={index}>{cause}</li>
            ))}
          </ul>
        </Block>
      )}
    </>
  );
}

/** Who acts; while the sending server still retries, nobody does yet (the party is who acts if it finally fails). */
function WhoActs({ party, retrying }: { party: Finding['party']; retrying: boolean }) {
  return (
    <Block heading={t('heading_who_acts')}>
      <p class="bl-party" data-party={party} {...(retrying ? { 'data-waiting': '' } : {})}>
        {retrying ? t('party_nobody_yet') : partyLabel(party)}
      </p>
    </Block>
  );
}

/** One line under the title: how final, who acts, whether to send it again. */
function Verdict({ parts }: { parts: string[] }) {
  return (
    <p class="bl-verdict">
      {parts.map((part, index) => (
        <span key={index} class="bl-verdict-part">
          {index > 0 && <span class="bl-dot">{' · '}</span>}
          {part}
        </span>
      ))}
    </p>
  );
}

/** The blocked IP and the blocklists, in the visible part: what the admin looks up first. */
function Blocked({ facts }: { facts: Facts }) {
  const ip = facts.sendingIp;
  const lists = facts.blocklists?.filter(Boolean).join(', ');
  if (!ip && !lists) return null;
  const nodes = ip && lists
    ? tNodes('card_blocked_ip_on', [<strong key="ip">{ip}</strong>, <strong key="lists">{lists}</strong>])
    : ip
      ? tNodes('card_blocked_ip', [<strong key="ip">{ip}</strong>])
      : tNodes('card_blocked_on', [<strong key="lists">{lists}</strong>]);
  return <p class="bl-blocked">{nodes}</p>;
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

const letters = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The organisation named is the blocklist's operator when a blocklist named in the same reply carries its
 *  name ("Spamhaus" and "zen.spamhaus.org"): it did not refuse anything, the receiver consulted its list. */
export function isBlocklistOperator(facts: Facts): boolean {
  const organisation = letters(facts.organisation ?? '');
  return organisation.length >= 3 && (facts.blocklists ?? []).some((list) => letters(list).includes(organisation));
}

function FactList({ facts }: { facts: Facts }) {
  const operator = isBlocklistOperator(facts);
  const rows = FACT_LABELS.flatMap(([key, label]) => {
    const value = facts[key];
    const text = Array.isArray(value) ? value.join(', ') : value;
    const shown: MessageKey = key === 'organisation' && operator ? 'fact_blocklistOperator' : label;
    return text ? [{ key, label: t(shown), text }] : [];
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
  /** What the administrator can do: first in the admin part, which is open when the card is for admins. */
  adminSteps?: string[];
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
function ForAdmins({ adminSteps, details, facts, evidence, related, authority, evidenceHeading, references, open = false }: AdminProps) {
  return (
    <details class="bl-admin" open={open}>
      <summary>{t('admin_summary')}</summary>
      <div class="bl-admin-body">
        {adminSteps && adminSteps.length > 0 && (
          <Block heading={t('heading_admin_steps')}>
            <Steps steps={adminSteps} />
          </Block>
        )}
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
  /** Folded: only what identifies the failure (tone, recipient, codes, title, verdict). */
  folded?: boolean;
  audience?: Audience;
  /** One of several recipients: the title names the recipient. */
  many?: boolean;
  /** Its place in the card, for the summary list to jump to. */
  index?: number;
  /** The references this section lists (the card lists each reference once); the entry's own when not given. */
  references?: Reference[];
}

/** One recipient's part of a report: a failure, or a success, an automatic reply or a complaint. */
export function FindingView(props: FindingProps) {
  const mode = findingMode(props.finding, props.kind);
  return mode === 'failure' ? <FailureView {...props} /> : <NotFailureView {...props} mode={mode} />;
}

function FindingSection({ finding, tone, mode, index, children }: { finding: Finding; tone: Tone; mode: FindingMode; index?: number; children: ComponentChildren }) {
  return (
    <section
      class={`bl-finding bl-${tone}`}
      data-mode={mode}
      data-reply={finding.reply ?? ''}
      data-status={finding.status ?? ''}
      data-token={finding.token ?? ''}
      data-reason={finding.reason ?? ''}
      data-recipient={finding.recipient ?? ''}
      data-index={index}
    >
      {children}
    </section>
  );
}

function TopLine({ finding, tone, badge, many = false }: { finding: Finding; tone: Tone; badge?: string; many?: boolean }) {
  return (
    <>
      <div class="bl-topline">
        <ToneLabel tone={tone} label={badge} />
        {/* With several recipients the title names each one. */}
        {finding.recipient && !many && (
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

/** The section's title; with several recipients it starts with the recipient ("bob@example.org — Mailbox full"). */
function Title({ title, recipient, many = false }: { title: string; recipient: string | null; many?: boolean }) {
  // Focusable from the summary list only (tabIndex -1): a jump lands here and screen readers read it.
  return (
    <h3 class="bl-title" tabIndex={many ? -1 : undefined}>
      {many && recipient ? t('card_title_for', [recipient, title]) : title}
    </h3>
  );
}

/** A success, an automatic reply or a complaint: nobody has to fix anything and nothing is to be sent again. */
function NotFailureView({ finding, mode, folded = false, audience = 'sender', many, index }: FindingProps & { mode: Exclude<FindingMode, 'failure'> }) {
  const { entry } = finding;
  const words = notFailure(mode);
  const tone: Tone = mode === 'delivered' ? 'success' : 'info';
  // A delivered finding keeps its entry's title only when the entry speaks of the success (2.x.x words).
  const entryFits = entry !== null && (mode !== 'delivered' || entryTone(entry) === 'success' || entry.permanence === 'success');
  const adminFirst = audience === 'admin';
  const forAdmins = (
    <ForAdmins
      adminSteps={words.adminSteps}
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
    <FindingSection finding={finding} tone={tone} mode={mode} index={index}>
      <TopLine finding={finding} tone={tone} badge={words.badge} many={many} />
      <Title title={notFailureTitle(finding, mode)} recipient={finding.recipient} many={many} />
      {!folded && (
        <>
          {adminFirst && forAdmins}
          <p class="bl-meaning">{words.meaning}</p>
          {words.senderSteps.length > 0 && (
            <Block heading={t('heading_sender_steps')}>
              <Steps steps={words.senderSteps} />
            </Block>
          )}
          {!adminFirst && forAdmins}
        </>
      )}
    </FindingSection>
  );
}

function notFailureTitle(finding: Finding, mode: Exclude<FindingMode, 'failure'>): string {
  const { entry } = finding;
  const entryFits = entry !== null && (mode !== 'delivered' || entryTone(entry) === 'success' || entry.permanence === 'success');
  return entryFits && entry ? entry.title : notFailure(mode).title;
}

/** A finding's title as the summary list and the headline name it. */
function findingTitle(finding: Finding, kind?: Report['kind']): string {
  const mode = findingMode(finding, kind);
  if (mode !== 'failure') return notFailureTitle(finding, mode);
  return finding.entry ? finding.entry.title : t('card_no_entry_title');
}

/** One recipient's failure, as read from a bounce. */
function FailureView({ finding, kind, folded = false, audience = 'sender', many, index, references }: FindingProps) {
  const { entry } = finding;
  const state = failureState(finding, kind);
  const { returned } = state;
  const adminFirst = audience === 'admin';
  const forAdmins = (
    <ForAdmins
      adminSteps={entry?.adminSteps}
      details={entry?.details}
      authority={entry?.authority}
      facts={finding.facts}
      evidence={finding.evidence}
      related={finding.related}
      references={references ?? entry?.references}
      open={adminFirst}
    />
  );
  const tone = findingTone(finding, kind);
  return (
    <FindingSection finding={finding} tone={tone} mode="failure" index={index}>
      <TopLine finding={finding} tone={tone} many={many} />
      <Title title={entry ? entry.title : t('card_no_entry_title')} recipient={finding.recipient} many={many} />
      <Verdict parts={verdictParts(tone, finding.party, state)} />
      {!folded && (
        <>
          {entry?.provider && <p class="bl-provider">{entry.provider}</p>}
          <Blocked facts={finding.facts} />
          {adminFirst && forAdmins}
          {returned && <p class="bl-lead">{t('card_returned_lead')}</p>}
          {entry ? (
            <>
              {/* Once the sending server gave up, the entry's words about retries still to come are left out. */}
              <p class="bl-meaning">{returned ? meaningOnceReturned(entry.meaning) : entry.meaning}</p>
              <Advice entry={entry} party={finding.party} retry={finding.retry} tone={tone} state={state} lastAttempt={finding.facts.lastAttempt} />
            </>
          ) : (
            <>
              <p class="bl-meaning">
                {t('card_no_entry_meaning', [returned ? t('retry_returned') : retryLabel(finding.retry), state.retrying ? t('party_nobody_yet') : partyLabel(finding.party)])}
              </p>
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
  const forAdmins = (
    <ForAdmins adminSteps={entry.adminSteps} details={entry.details} authority={entry.authority} references={entry.references} open={adminFirst} />
  );
  const codes = classifyCode(entry.code);
  const tone = entryTone(entry);
  const success = tone === 'success';
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
      {!success && <Verdict parts={verdictParts(tone, entry.party, { retrying: false, returned: false, resend: entry.retry })} />}
      {adminFirst && forAdmins}
      <p class="bl-meaning">{entry.meaning}</p>
      <Advice entry={entry} party={entry.party} retry={entry.retry} tone={tone} success={success} />
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

/** The headline answers first: to whom it failed and why when there is one failure, how many when several. */
export function headlineFor(report: Pick<Report, 'kind' | 'findings'>): string {
  const { kind, findings } = report;
  if ((kind === 'bounce' || kind === 'delay') && findings.length === 0) return t('headline_no_code', [kindHeadline(kind)]);
  const failures = findings.filter((finding) => findingMode(finding, kind) === 'failure');
  if (kind === 'bounce' && failures.length > 1) return t('headline_bounce_many', [String(failures.length)]);
  if (kind === 'delay' && failures.length > 1) return t('headline_delay_many', [String(failures.length)]);
  const [only] = failures;
  if (kind === 'bounce' && failures.length === 1 && only?.entry) {
    return only.recipient ? t('headline_bounce_one', [only.recipient, only.entry.title]) : t('headline_bounce_title', [only.entry.title]);
  }
  return kindHeadline(kind);
}

/** Each reference once per card: a section lists only those no earlier section listed. */
function referencesOncePerCard(findings: readonly Finding[]): Reference[][] {
  const seen = new Set<string>();
  return findings.map((finding) =>
    (finding.entry?.references ?? []).filter((reference) => {
      const href = safeHref(reference.url);
      if (!href || seen.has(href)) return false;
      seen.add(href);
      return true;
    }),
  );
}

/** Where each recipient's failure stands, in the summary list's few words. */
function resendOf(finding: Finding, kind: Report['kind']): { resend: Resend | null; label: string } {
  const mode = findingMode(finding, kind);
  if (mode !== 'failure') return { resend: null, label: toneLabel(mode === 'delivered' ? 'success' : 'info') };
  const { resend } = failureState(finding, kind);
  return { resend, label: resendShort(resend) };
}

/** Several recipients: one row each (address, what went wrong, send again?), each jumping to its section. */
function Summary({ findings, kind }: { findings: readonly Finding[]; kind: Report['kind'] }) {
  const jump = (index: number) => (event: { currentTarget: HTMLElement }) => {
    // A button, not a #fragment link: the card lives in the webmail's page, whose URL must not change.
    const section = event.currentTarget.closest('.bl-card')?.querySelector<HTMLElement>(`.bl-finding[data-index="${index}"]`);
    section?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    section?.querySelector<HTMLElement>('.bl-title')?.focus({ preventScroll: true });
  };
  return (
    <nav class="bl-summary" aria-label={t('summary_label')}>
      <ol>
        {findings.map((finding, index) => {
          const { resend, label } = resendOf(finding, kind);
          return (
            <li key={index} class={`bl-sum-row bl-${findingTone(finding, kind)}`}>
              <button type="button" class="bl-jump" title={t('summary_jump_title')} onClick={jump(index)}>
                {finding.recipient ?? t('summary_no_recipient')}
              </button>
              <span class="bl-sum-title">{findingTitle(finding, kind)}</span>
              <span class="bl-sum-resend" data-resend={resend ?? ''}>
                {label}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
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
  /** The "Bounce Lens" line over the headline: on the webmail page, not in our own popup. */
  brand?: boolean;
}

/** A whole report: headline for its kind, a summary of the recipients when several, one section per finding, notes. */
export function ReportCard({ report, onClose, folded, audience = 'sender', navigable = false, brand = true }: ReportCardProps) {
  const foldable = folded !== undefined;
  const [isFolded, setFolded] = useState(folded === true);
  const tone = reportTone(report.kind, report.findings.map((finding) => findingTone(finding, report.kind)));
  const many = report.findings.length > 1;
  const references = referencesOncePerCard(report.findings);
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (onClose && event.key === 'Escape') {
      // Ours, not the webmail's: Esc inside the card must not also leave the conversation.
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <article
      class={`bl-card bl-card-${tone}${many ? ' bl-many' : ''}`}
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
          {brand && <span class="bl-brand">{t('extName')}</span>}
          <p class="bl-headline">{headlineFor(report)}</p>
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
      {many && <Summary findings={report.findings} kind={report.kind} />}
      {report.findings.map((finding, index) => (
        <FindingView
          key={index}
          finding={finding}
          kind={report.kind}
          folded={isFolded}
          audience={audience}
          many={many}
          index={index}
          references={references[index]}
        />
      ))}
      {!isFolded && report.notes.map((note, index) => (
        <p class="bl-note" key={index}>
          {note}
        </p>
      ))}
    </article>
  );
}

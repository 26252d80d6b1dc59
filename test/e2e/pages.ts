// Fixture webmail pages: the templates in fixtures/ filled with messages at test time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Rendered } from './render';

export type Webmail = 'gmail' | 'outlook';

export const WEBMAIL_HOSTS: Record<Webmail, string[]> = {
  gmail: ['mail.google.com'],
  outlook: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
};

export interface FixtureMessage {
  id: string;
  subject: string;
  fromName: string;
  fromAddress: string;
  text: string;
}

export function fixtureMessage(id: string, rendered: Rendered): FixtureMessage {
  const match = /^(.*?)\s*<([^<>]*)>\s*$/.exec(rendered.from);
  const fromName = (match?.[1] ?? '').replace(/^"|"$/g, '').trim();
  const fromAddress = (match?.[2] ?? rendered.from).trim();
  return { id, subject: rendered.subject, fromName, fromAddress, text: rendered.text };
}

/** The page's HTML, messages embedded as JSON that cannot close its script element. */
export function fixturePage(webmail: Webmail, messages: FixtureMessage[]): string {
  const template = readFileSync(path.join(import.meta.dirname, 'fixtures', `${webmail}.html`), 'utf8');
  const json = JSON.stringify(messages).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return template.replace('__FIXTURE_MESSAGES__', () => json);
}

export function messageUrl(webmail: Webmail, id: string, host = WEBMAIL_HOSTS[webmail][0]): string {
  return webmail === 'gmail' ? `https://${host}/mail/u/0/#inbox/${id}` : `https://${host}/mail/inbox/id/${id}`;
}

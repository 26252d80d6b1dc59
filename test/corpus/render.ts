// Decodes a raw message the way a webmail shows it: the text/plain body (else the HTML turned into
// text), plus message/delivery-status parts shown as text. The quoted original message is an
// attachment in a webmail, so it is left out.
import PostalMime from 'postal-mime';
import { htmlToText } from '../../src/core/html';

const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status', 'message/feedback-report']);

export interface Rendered {
  subject: string;
  from: string;
  text: string;
}

export async function renderAsWebmail(raw: string): Promise<Rendered> {
  const email = await PostalMime.parse(raw.replace(/\r\n?/g, '\n'), { forceRfc822Attachments: true, attachmentEncoding: 'utf8' });
  const parts = [email.text ?? (email.html ? htmlToText(email.html) : '')];
  for (const a of email.attachments) {
    if (REPORT_TYPES.has(a.mimeType.toLowerCase())) parts.push(typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content as ArrayBuffer));
  }
  const from = email.from ? `${email.from.name ?? ''} <${email.from.address ?? ''}>`.trim() : '';
  return { subject: email.subject ?? '', from, text: parts.join('\n\n') };
}

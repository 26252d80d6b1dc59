// The content was judged to be spam.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const spamdetected = defineReason('spamdetected', [
  /(?:detected|identified|classified|considered|judged|flagged|marked|rejected|blocked|looks like|appears to be|suspected) (?:as )?(?:to be )?(?:probable |likely )?(?:spam|unsolicited|bulk)/i,
  /spam (?:detected|content|message|score|filter|rejected|blocked|email|check)/i,
  /(?:high|likely) (?:probability|likelihood) of (?:being )?spam/i,
  /probable spam/i,
  /scored as spam/i,
  /flagged as spam/i,
  /(?:unsolicited|bulk) (?:e-?mail|mail|message|content)/i,
  /message (?:content rejected|filtered|considered as spam)/i,
  /content filter rejection/i,
  /rejecting (?:banned|mail) content/i,
  /our system has detected that this message is/i,
  /spam-like characteristics/i,
  /blacklisted url in message/i,
  // A link in the message is on a URL block list: "blocked because it contains FortiGuard - AntiSpam blocking
  // URL(s)", "contains a blacklisted URL", "message contains a listed link" (SURBL/URIBL hits).
  /\b(?:blocking|blocked|blacklisted|blocklisted|banned|listed|spam|malicious|phishing) (?:url|link)(?:\(s\)|s)?\b/i,
  /spamassassin/i,
  /mail content denied/i,
  // "Message not allowed by spam policy", "rejected by anti-spam policy".
  /\b(?:anti-?)?spam polic(?:y|ies)\b/i,
]);

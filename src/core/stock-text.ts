// Stock texts: the wording any server may send because its software ships it (RFC 5321's example replies,
// the default texts of Postfix, Exim, Sendmail and Dovecot, a few filter verdicts every vendor words alike).
// Such words say nothing about WHICH provider refused, so a provider entry may not be credited on them
// alone: provider matching removes them before it looks for a provider's own distinctive phrase.
// Every pattern is bounded and linear (test/core/regex-linear.test.ts scans this file too).

const STOCK_TEXTS: readonly RegExp[] = [
  // RFC 5321 (section 4.2.2, 4.2.3) example replies.
  /\bsyntax error,? command unrecognized\b/gi,
  /\bsyntax error in parameters or arguments\b/gi,
  /\bcommand (?:parameter )?not implemented\b/gi,
  /\bbad sequence of commands\b/gi,
  /\bservice (?:not available,? )?closing transmission channel\b/gi,
  /\brequested (?:mail )?action (?:not taken|aborted):? (?:mailbox unavailable|mailbox name not allowed|insufficient system storage|(?:local )?error in processing|exceeded storage allocation)\b/gi,
  /\buser not local;? please try\b/gi,
  /\bserver unable to accommodate parameters\b/gi,
  /\bmail from\/rcpt to parameters not recognized or not implemented\b/gi,
  /\b(?:no smtp service here|transaction failed)\b/gi,
  // Postfix defaults.
  /\b(?:recipient|sender) address rejected: user unknown in (?:virtual mailbox|local recipient|virtual alias|relay recipient) table\b/gi,
  /\b(?:recipient|sender) address rejected: (?:domain not found|access denied|need fully-qualified address)\b/gi,
  /\brelay access denied\b/gi,
  // reject_rbl_client's reply ("Client host [192.0.2.7] blocked using <list>"): Microsoft's EOP words its own alike.
  /\bclient host \[[^\]\n]{1,60}\] blocked using\b/gi,
  /\bclient host rejected:? (?:cannot find your (?:reverse )?hostname|access denied)?/gi,
  /\bhelo command rejected:? (?:need fully-qualified hostname|host not found|invalid name)?/gi,
  // Postfix's message_size_limit replies ("552 5.3.4 Message size exceeds fixed maximum message size").
  /\bmessage size exceeds fixed (?:limit|maximum message size)\b/gi,
  /\bimproper use of smtp command pipelining\b/gi,
  // Postfix smtpd with TLS or SMTP AUTH required (smtpd_tls_security_level=encrypt; Exim words it alike).
  /\bmust issue a starttls command first\b/gi,
  /\bauthentication required\b/gi,
  // Dovecot (LDA/LMTP) defaults.
  /\bquota exceeded \(mailbox for user is full\)/gi,
  /\bmailbox (?:is )?full\b/gi,
  /\bnot enough disk space\b/gi,
  // Exim and cPanel defaults.
  /\bunrouteable address\b/gi,
  /\bno such user(?: here)?\b/gi,
  /\bsender verify failed\b/gi,
  /\brelay not permitted\b/gi,
  /\bretry timeout exceeded\b/gi,
  // Sendmail defaults.
  /\b(?:user|host) unknown\b/gi,
  /\bservice unavailable\b/gi,
  /\brelaying denied\b/gi,
  /\bunknown mailer error\b/gi,
  // Network errors as every MTA logs them (Postfix "connect to host[ip]:25: Connection timed out").
  /\b(?:connection|connect) (?:timed out|refused|reset)\b/gi,
  /\btimed out while (?:connecting|receiving|sending)\b/gi,
  /\bno route to host\b/gi,
  /\bhost (?:or domain name )?not found\b/gi,
  // RFC 3463's names of the enhanced status codes, which MTAs append to the code.
  /\b(?:bad destination (?:mailbox|system) address(?: syntax)?|destination mailbox has moved,? no forwarding address|mailbox disabled,? not accepting messages|message length exceeds administrative limit|mail system full|message too big for system|system incorrectly configured|system not accepting network messages|no answer from host|unable to route|mail system congestion|routing loop detected|delivery time expired|too many recipients|delivery not authorized,? message refused|other or undefined (?:address|mailbox|mail system|network or routing|protocol|media|security) status)\b/gi,
  // Sun Java System / Oracle Communications Messaging Server defaults: every site running it (Apple's
  // iCloud MX among them) answers an unknown recipient this way, so the words name no provider.
  /\bunknown or illegal (?:alias|user|subaddress)\b/gi,
  // DMARC refusals as several filters word them (Zoho's "Email rejected per DMARC policy for <domain>",
  // OpenDMARC's "rejected by DMARC policy for <domain>", Exim and rspamd setups alike).
  /\b(?:(?:e-?mail|message) )?rejected (?:per|by|due to) (?:the )?dmarc policy\b/gi,
  // Phrases more than one operator's servers send (seen from unrelated hosts in the Sisimai corpus).
  /\b(?:recipient )?no longer on (?:this )?server\b/gi,
  // Verdicts and states every vendor words the same way.
  /\bmailbox size limit exceeded\b/gi,
  /\b(?:spam|virus) detected\b/gi,
  /\b(?:user )?quota exceeded\b/gi,
  /\bover quota\b/gi,
  /\brate limit exceeded\b/gi,
  /\b(?:please )?try again later\b/gi,
  /\binternal server error\b/gi,
  /\bunknown error\b/gi,
  /\btemporary (?:domain )?failure\b/gi,
  /\baccess denied\b/gi,
  /\bmailbox unavailable\b/gi,
  /\buser not found\b/gi,
];

/** The text with every stock phrase replaced by a line break, so that no provider pattern matches
 *  across or inside one. */
export function withoutStockText(text: string): string {
  let out = text;
  for (const re of STOCK_TEXTS) out = out.replace(re, '\n');
  return out;
}

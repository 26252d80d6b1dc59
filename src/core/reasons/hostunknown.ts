// The domain has no mail server, or does not exist.
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const hostunknown = defineReason('hostunknown', [
  /host (?:unknown|not found(?!, try again)|or domain name not found)/i,
  /(?:domain|host) (?:does not exist|not found(?!, try again)|name not found|is not reachable)/i,
  /unknown (?:host|domain)/i,
  /no such domain/i,
  /(?:unroutable|unrouteable) address/i,
  /name or service not known/i,
  /recipient domain must exist/i,
  /domain (?:must exist|is unknown|name not found)/i,
  /the account or domain may not exist/i,
  // qmail's and Yahoo's "No MX or A records for example.org" name both lookups that failed.
  /no (?:mx|mail exchanger|dns|a)(?: or (?:mx|a|aaaa))? record(?:s)? (?:for|found)/i,
  /dns (?:lookup failed|error: domain name not found)/i,
  /nxdomain/i,
  /mail domain mentioned in email address is unknown/i,
  /553 \S{1,200} does not exist/i,
  // Exchange's "SMTPSEND.DNS.NonExistentDomain; nonexistent domain", Exim's "all relevant MX records point
  // to non-existent hosts": the domain, or every host its MX names, does not exist.
  /\bnon-?existent ?domain\b/i,
  /\bMX records? point(?:s)? to non-?existent hosts?\b/i,
  // The domain named between the words: Gmail's "because the domain example.org couldn't be found",
  // Exchange Online's "5.4.310 DNS domain example.org does not exist [Message=InfoDomainNonexistent]".
  // A sender's domain that does not exist ("Sender domain x does not exist", X.1.8) is not the recipient's.
  /\bthe domain [a-z0-9][a-z0-9.-]{0,252} (?:couldn'?t|could not|can'?t|cannot) be found\b/i,
  /(?<!sender )\bdomain [a-z0-9][a-z0-9.-]{0,252} (?:does not|doesn'?t) exist\b/i,
  /\bInfoDomainNonexistent\b/i,
]);

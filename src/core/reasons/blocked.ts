// The sending IP address or server was refused (blocklist, connection policy).
// Wording families only; the status table and the ordering live in ../classify.ts.
import { defineReason } from './define';

export const blocked = defineReason('blocked', [
  /blocked using/i,
  // "not listed in the directory" (Domino's unknown user) is the opposite of a listing.
  /(?<!\bnot )(?:listed|blacklisted|blocklisted) (?:on|in|by|at)/i,
  /(?:\bip|client host|your host|sending host|ip address|connection from|sender ip|your server|mail server)\b[^\n]{0,60}\b(?:blocked|blacklisted|blocklisted|listed|banned|not allowed|refused|rejected)\b/i,
  /(?:spamhaus|spamcop|barracuda|sorbs|uceprotect|dnsbl|rbl|blocklist|blacklist)/i,
  /(?:helo|ehlo) command rejected/i,
  /client host rejected/i,
  /access denied\. ip name lookup failed/i,
  /banned sending ip/i,
  /refused to talk to me/i,
  // A refused or rejected connection is the receiver saying no ("Connection refused by mx", "Connection
  // rejected by Trend Micro ERS"). A connection that was dropped, reset or timed out is not a refusal: it
  // broke off (networkerror.ts), as Exchange's "421 4.4.2 Connection dropped due to timeout".
  /connection (?:refused|rejected)/i,
  /not allowed to send mail from/i,
  /(?:dynamic|residential|dialup|dial-up) (?:ip|address|pool|range)/i,
  /poor reputation/i,
  /ip (?:address )?(?:has been )?(?:blocked|blacklisted|rejected)/i,
  // "This message was blocked because its content ..." is about the message, not the sending host.
  /(?<!message (?:was|has been) )blocked (?:for|by|due to|because)/i,
  /\b(?:s3140|s3150|s3113|s3114)\b/i,
  /\[(?:ts0[1-3]|bl2[1-3])\]/i,
  /part of their network is on our block list/i,
  /rejected because (?:the )?(?:ip|address)/i,
  /go away/i,
  /esmtp not accepting connections/i,
  /invalid ip for sending mail/i,
  /please use the smtp server of your isp/i,
  /invalid domain name/i,
  // A refusal naming the client's address and tagged as a block-list hit: "554 IP=192.0.2.1 - ... (BL)".
  /\bIP=\d{1,3}(?:\.\d{1,3}){3}\b[^\n]{0,300}\((?:BL|RBL|DNSBL)\)/,
  /no access from (?:mail )?server/i,
  // The refusal names the sending IP or client: "traffic not accepted from this IP" (Microsoft 5.7.708),
  // "not accepting messages from 198.51.100.7", "Client blocked from sending" (5.7.750).
  /\b(?:traffic|mail|messages|e-?mails?|connections?) (?:is |are )?not (?:accepted|accepting)[^\n]{0,20} from (?:this|your) ip\b/i,
  /\bnot accepting (?:messages|mail|e-?mails?|connections) from \[?(?:\d{1,3}\.){3}\d{1,3}\b/i,
  /\bclient (?:host )?blocked\b/i,
  // "Access denied, banned sender[198.51.100.4]" (Microsoft 5.7.511 / 5.7.800): a ban on the sending side.
  /\bbanned sender\b/i,
  // "All messages from 198.51.100.9 will be permanently deferred" (Yahoo TSS09/TSS11/TS03): a hard block
  // on the sending IP worded as a deferral.
  /\bmessages? from \(?\[?(?:\d{1,3}\.){3}\d{1,3}\b[^\n]{0,12} will be permanently deferred/i,
  // The refusal says the sending address itself is not let in: Verizon's "rejected by POL-P2 ... 192.0.2.1 is
  // not allowed", "[192.0.2.1] is not permitted". "is not allowed to send mail from example.com" is SPF's
  // wording about the domain (authfailure), so a following "to send" is left out.
  /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}\]?(?::\d{1,5})?[ \t]{1,3}(?:is|was|has been)[ \t]{1,3}not[ \t]{1,3}(?:allowed|permitted)\b(?![ \t]{1,3}to send)/i,
]);

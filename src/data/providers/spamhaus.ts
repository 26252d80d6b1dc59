// Spamhaus blocklists (DNSBLs) as quoted in other servers' rejections: the zones (zen, sbl, xbl, pbl, dbl, zrd,
// the legacy CBL) and the answer codes. The 127.255.255.x answers are query errors caused by the RECEIVER's DNS
// setup, not listings: those entries say so and point at the recipient's administrator.
// A listing is looked up, and where self-service applies removed, at check.spamhaus.org.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';

const CHECK: Reference = {
  title: 'Spamhaus IP and domain reputation checker (lookup and removal)',
  url: 'https://check.spamhaus.org/',
  tool: true,
};
const ZONES: Reference = {
  title: 'Spamhaus technical documentation: DNSBL zones and return codes',
  url: 'https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html',
};
const RETURN_CODES_NEWS: Reference = {
  title: 'Spamhaus: Using our public mirrors? Check your return codes now',
  url: 'https://www.spamhaus.org/news/article/807/using-our-public-mirrors-check-your-return-codes-now',
};
const PUBLIC_DNS: Reference = {
  title: "Spamhaus: accessing the free blocklists when you use a public DNS resolver",
  url: 'https://www.spamhaus.com/resource-center/successfully-accessing-spamhauss-free-block-lists-using-a-public-dns/',
};
const POSTFIX_SETUP: Reference = {
  title: 'Spamhaus technical documentation: public mirrors with Postfix (answer codes to accept)',
  url: 'https://docs.spamhaus.com/datasets/docs/source/40-real-world-usage/PublicMirrors/MTAs/020-Postfix.html',
};

const FORWARD_TO_IT = 'Forward this bounce to your IT team or email provider: the listing is about the sending server, not your message';
const LOOK_UP = 'Look the IP up at check.spamhaus.org to see which list applies and why';
const FIND_INFECTION =
  'Find the infected device (firewall logs show who opens outbound port 25), clean or isolate it, and allow port 25 only from the mail server';
const TELL_RECIPIENT =
  'Tell the recipient another way that their server rejects mail because of a blocklist setup error on their side';
const CONFIRM_CLEAN = "Confirm at check.spamhaus.org that your IP is not listed, then send the recipient's postmaster the full rejection text";
const ACCEPT_REAL_CODES = 'Receiver: block only on documented listing codes (127.0.0.2-11, 127.0.1.2-106) and ignore the 127.255.255.x errors';

const listing = {
  kind: 'provider' as const,
  authority: 'Spamhaus',
  permanence: 'permanent' as const,
  retry: 'after-fix' as const,
  reputation: 'high' as const,
  reason: 'blocked' as const,
};
// Query errors: the receiving server misuses Spamhaus, the sender is not listed.
const receiverError = {
  kind: 'provider' as const,
  authority: 'Spamhaus',
  permanence: 'permanent' as const,
  retry: 'after-fix' as const,
  party: 'recipient-admin' as const,
  reputation: 'none' as const,
  reason: 'systemerror' as const,
};

const entries: ProviderEntry[] = [
  // Specific answers (query errors, return codes) come before the zones that carry them: when a reply names
  // both, equal scores keep this order, and ZEN, the catch-all, comes last.
  {
    ...receiverError,
    id: 'spamhaus-127.255.255.252',
    token: '127.255.255.252',
    aliases: ['typing error in DNSBL name'],
    match: [/127\.255\.255\.252/, /typing error in (?:the )?dnsbl name/i],
    title: "Spamhaus error: receiver's blocklist zone name is wrong (false block)",
    meaning:
      "This is not a listing of your server. The recipient's mail server asked Spamhaus with a misspelled or unsupported zone name, got an error answer and wrongly treated it as a block. Their administrator has to fix the filter configuration.",
    details:
      'Spamhaus answers 127.255.255.252 when the queried zone name has a typo or does not exist. Filters that block on any 127.x answer turn it into a false rejection. The fix is on the receiving server: correct the zone name and block only on real listing codes.',
    causes: ["A typo in the receiver's blocklist configuration (a misspelled zone or DQS zone name)", 'A filter that treats every answer as a listing'],
    senderSteps: [TELL_RECIPIENT, 'Send them this explanation: nothing is wrong with your server'],
    adminSteps: [CONFIRM_CLEAN, 'Receiver: correct the zone name (for example zen.spamhaus.org) and block only on listing codes'],
    retryAdvice: 'Resending fails the same way until the recipient fixes the configuration.',
    references: [RETURN_CODES_NEWS, POSTFIX_SETUP],
  },
  {
    ...receiverError,
    id: 'spamhaus-127.255.255.254',
    token: '127.255.255.254',
    aliases: ['open resolver', 'public resolver', 'spamhaus.org/returnc/pub'],
    match: [/127\.255\.255\.254/, /\bopen resolver\b/i, /spamhaus\.org\/returnc\/pub/i, /public (?:dns )?resolver/i],
    title: 'Spamhaus error: receiver uses a public DNS resolver (false block)',
    meaning:
      "This is not a listing of your server. The recipient's mail server looks up Spamhaus through a public DNS service (such as Google, Cloudflare or Quad9 DNS), which Spamhaus refuses; the error answer was wrongly treated as a block. Their administrator has to change their DNS setup.",
    details:
      "Spamhaus's free public mirrors refuse queries arriving via public or open resolvers and answer 127.255.255.254 (the TXT record points to spamhaus.org/returnc/pub/…). Filters that block on any answer then reject every sender. Fix: a local recursive resolver on the mail server, or a free Spamhaus DQS key.",
    causes: [
      "The receiver's mail server uses 8.8.8.8, 1.1.1.1, 9.9.9.9 or a provider's shared resolver",
      'A filter that does not check the answer code before blocking',
    ],
    senderSteps: [TELL_RECIPIENT, 'Send them this explanation: nothing is wrong with your server'],
    adminSteps: [CONFIRM_CLEAN, 'Receiver: run a local resolver (such as Unbound) or use Spamhaus DQS, and block only on listing codes'],
    retryAdvice: 'Resending fails the same way until the recipient fixes their DNS; nothing on your side needs changing.',
    references: [PUBLIC_DNS, RETURN_CODES_NEWS],
  },
  {
    ...receiverError,
    id: 'spamhaus-127.255.255.255',
    token: '127.255.255.255',
    aliases: ['excessive number of queries', 'spamhaus.org/returnc/vol'],
    match: [/127\.255\.255\.255/, /excessive number of queries/i, /spamhaus\.org\/returnc\/vol/i],
    title: 'Spamhaus error: receiver exceeded the free query limit (false block)',
    meaning:
      "This is not a listing of your server. The recipient's mail server sends more lookups to Spamhaus's free service than allowed, so Spamhaus answered with an error that their server wrongly treated as a block.",
    details:
      'Spamhaus answers 127.255.255.255 to resolvers above the free-use volume of its public mirrors (TXT pointing to spamhaus.org/returnc/vol/…). Receivers must stop blocking on it and move to a DQS key or a commercial data feed.',
    causes: ['A large or shared mail system using the free public mirrors', 'A filter that does not check the answer code before blocking'],
    senderSteps: [TELL_RECIPIENT, 'Send them this explanation: nothing is wrong with your server'],
    adminSteps: [CONFIRM_CLEAN, 'Receiver: get a Spamhaus DQS key or a data feed, and block only on listing codes'],
    retryAdvice: 'Resending may pass when their query volume drops, but the fix is on their side.',
    references: [RETURN_CODES_NEWS, POSTFIX_SETUP],
  },
  {
    ...receiverError,
    id: 'spamhaus-127.0.1.255',
    token: '127.0.1.255',
    match: [/127\.0\.1\.255/],
    title: "Spamhaus error: receiver queried the domain list with an IP (false block)",
    meaning:
      "This is not a listing. The recipient's mail server asked Spamhaus's domain list about an IP address, which that list does not support, and wrongly treated the error answer as a block. Their administrator has to fix their filter.",
    details:
      'The DBL answers 127.0.1.255 to IP-address queries (DNS only). A filter that blocks on any 127.x answer turns that error into a false rejection. The fix is on the receiving server: query the DBL with domain names only and block only on real listing codes.',
    causes: ["The receiver's filter sends the connecting IP to dbl.spamhaus.org", 'A filter that does not check the answer code before blocking'],
    senderSteps: [TELL_RECIPIENT],
    adminSteps: [CONFIRM_CLEAN, 'Receiver: query dbl.spamhaus.org with domains only and ignore 127.0.1.255'],
    retryAdvice: 'Resending fails the same way until the recipient fixes the filter; nothing on your side needs changing.',
    references: [ZONES, RETURN_CODES_NEWS],
  },
  {
    ...listing,
    id: 'spamhaus-sbl.spamhaus.org',
    token: 'sbl.spamhaus.org',
    aliases: ['SBL', 'Spamhaus SBL', '127.0.0.2', 'spamhaus.org/sbl/query'],
    match: [/(?<![\w-])sbl\.spamhaus\.org/i, /127\.0\.0\.2(?!\d)/, /spamhaus\.org\/sbl\/query\/SBL\d{1,8}/i, /\bSBL\d{3,8}\b/],
    title: 'Spamhaus SBL: sending IP listed as a spam source',
    meaning:
      "Spamhaus lists the server your mail comes from in its Spamhaus Block List (SBL), which covers addresses seen sending spam or serving spam operations. The recipient's server refuses mail from listed addresses.",
    details:
      'SBL listings (127.0.0.2 in sbl or zen) are made by Spamhaus researchers and carry a record number (SBLnnnnnn) with the evidence. They are addressed to whoever runs the network: the ISP or hosting provider responsible for the IP has to deal with the problem and ask for removal.',
    causes: [
      'Spam sent from the IP or its range (another customer of the host, a compromised server)',
      'The range is assigned to a known spam operation or to a host that ignores abuse reports',
    ],
    senderSteps: [FORWARD_TO_IT, 'If you use a hosting or email provider, tell them: SBL removals go through the network owner'],
    adminSteps: [
      'Open the SBL record linked from check.spamhaus.org to see the evidence and the responsible network',
      'Stop the spam source; the network owner (ISP or host) then asks Spamhaus to remove the listing',
    ],
    retryAdvice: 'Resending from the same IP fails until the SBL record is closed.',
    party: 'sender-admin',
    references: [CHECK, ZONES],
  },
  {
    ...listing,
    id: 'spamhaus-127.0.0.3',
    token: '127.0.0.3',
    aliases: ['CSS', 'Spamhaus CSS'],
    match: [/127\.0\.0\.3(?!\d)/, /\bspamhaus css\b/i],
    title: 'Spamhaus CSS: sending IP listed for low-reputation mail',
    meaning:
      "Spamhaus's automated CSS list, part of the SBL, flagged the server your mail comes from as a source of spam-like or low-quality mail. The recipient's server refused it.",
    details:
      'CSS (127.0.0.3 in sbl or zen) is generated automatically from spam traps and traffic patterns. It targets snowshoe spam spread over many IPs and badly configured senders (invalid HELO, missing reverse DNS). Self-removal at check.spamhaus.org works once the cause is fixed; repeat listings get harder to remove.',
    causes: [
      'Mail to purchased or stale lists that reached spam traps',
      'A compromised account or web form sending through the server',
      'Poor server identity: HELO not a valid host name, missing or mismatched reverse DNS',
    ],
    senderSteps: [FORWARD_TO_IT, 'If you send newsletters, stop mailing addresses that never opted in'],
    adminSteps: [
      'Look the IP up at check.spamhaus.org; the result names the issue, often HELO or list hygiene',
      'Fix it (valid HELO with matching PTR, stop the spam source, clean lists), then use the self-service removal',
    ],
    retryAdvice: 'Resending from the same IP fails until the CSS listing is removed.',
    party: 'sender-admin',
    references: [CHECK, ZONES],
  },
  {
    ...listing,
    id: 'spamhaus-xbl.spamhaus.org',
    token: 'xbl.spamhaus.org',
    aliases: ['XBL', 'Spamhaus XBL', '127.0.0.4-7', '127.0.0.4', '127.0.0.5', '127.0.0.6', '127.0.0.7'],
    match: [/(?<![\w-])xbl\.spamhaus\.org/i, /127\.0\.0\.[4-7](?!\d)/, /\bspamhaus xbl\b/i],
    title: 'Spamhaus XBL: sending IP listed as an infected or exploited host',
    meaning:
      "Spamhaus saw the address your mail comes from behave like a machine infected with malware or taken over by criminals (a spam bot or open proxy). The culprit is often another device on the same network, not your mail account.",
    details:
      'The XBL (127.0.0.4 in xbl or zen; .5 to .7 are currently unused) is built automatically from botnet and exploit detection and includes the former CBL. Behind NAT every device shares the public IP, so one infected laptop, camera or router lists the whole office. Self-removal at check.spamhaus.org works once the infection is gone.',
    causes: [
      'A computer, phone or smart device on the network is infected and sending spam',
      'A compromised router or an open proxy',
      'A hacked account or web script on the mail server',
    ],
    senderSteps: [FORWARD_TO_IT, 'Run a malware scan on the devices that share this network'],
    adminSteps: [FIND_INFECTION, 'Then request removal at check.spamhaus.org; it is re-listed if the traffic continues'],
    retryAdvice: 'Resending from the same IP fails until it is removed; removal takes effect within minutes to hours.',
    party: 'sender-admin',
    references: [CHECK, ZONES],
  },
  {
    ...listing,
    id: 'spamhaus-127.0.0.9',
    token: '127.0.0.9',
    aliases: ['DROP', 'EDROP', 'Spamhaus DROP'],
    match: [/127\.0\.0\.9(?!\d)/, /\bspamhaus e?drop\b/i],
    title: 'Spamhaus DROP: sending IP in a hijacked or criminal network',
    meaning:
      "The server your mail comes from is in an address range Spamhaus lists as hijacked or run by criminals (Don't Route Or Peer). Many receivers refuse all mail from such ranges. A sender cannot fix this; only the network's owner can.",
    details:
      'DROP ranges answer 127.0.0.9 in sbl or zen, always together with an SBL record. They are netblocks stolen from their owners or used entirely for spam or malware. Legitimate users who end up there (for example after acquiring address space) must settle it with Spamhaus through the registered owner of the range.',
    causes: [
      'The hosting provider uses address space that was hijacked or serves a criminal operation',
      'Recently acquired or leased address space that still carries a DROP listing',
    ],
    senderSteps: [FORWARD_TO_IT, 'Consider sending through a mail provider with a good reputation instead'],
    adminSteps: [
      'Check the range at check.spamhaus.org and read the linked SBL record',
      'Move mail to a reputable network; the registered owner of the range must contact Spamhaus',
    ],
    retryAdvice: 'Mail from this range keeps failing; send from a different network.',
    party: 'sender-admin',
    references: [CHECK, ZONES],
  },
  {
    ...listing,
    id: 'spamhaus-pbl.spamhaus.org',
    token: 'pbl.spamhaus.org',
    aliases: ['PBL', 'Spamhaus PBL', '127.0.0.10-11', '127.0.0.10', '127.0.0.11'],
    match: [/(?<![\w-])pbl\.spamhaus\.org/i, /127\.0\.0\.1[01](?!\d)/, /\bspamhaus pbl\b/i, /spamhaus\.org\/pbl\b/i],
    title: 'Spamhaus PBL: IP not meant to send mail directly',
    meaning:
      "The address your mail comes from is in a range (usually home broadband, mobile or dynamic addresses) that should not deliver mail straight to other mail servers. This is a policy listing, not a spam accusation: mail should go out through your provider's mail server.",
    details:
      'The PBL lists end-user ranges: 127.0.0.10 when the ISP maintains the entry, 127.0.0.11 when Spamhaus does. A genuine mail server on a static IP with proper reverse DNS can remove its own IP at check.spamhaus.org for .11 entries; ISP-maintained .10 entries go through the ISP.',
    causes: [
      'A mail server or device sending directly from a home or office broadband line',
      "A mail program set to deliver directly instead of through the provider's SMTP server",
      'A new static IP still inside a range marked as end-user',
    ],
    senderSteps: ["Set your mail program to send through your email provider's server (port 587 with login)", FORWARD_TO_IT],
    adminSteps: [
      "Relay outgoing mail through your ISP's or email provider's smart host",
      'For a real mail server on a static IP with matching PTR, remove the IP at check.spamhaus.org (.11) or ask the ISP (.10)',
    ],
    retryAdvice: 'Send again through a proper mail server, or after the IP is removed from the PBL.',
    party: 'sender-admin',
    reputation: 'medium',
    references: [CHECK, ZONES],
  },
  {
    ...listing,
    id: 'spamhaus-127.0.1.4',
    token: '127.0.1.4',
    aliases: ['127.0.1.5', '127.0.1.6'],
    match: [/127\.0\.1\.[456](?!\d)/],
    title: 'Spamhaus DBL: domain listed for phishing, malware or botnet control',
    meaning:
      'A domain in your message is listed by Spamhaus as serving phishing, malware or the control of infected machines. The recipient refused the mail to protect its users. If the domain is yours, your site or account has probably been taken over.',
    details:
      'DBL answers: 127.0.1.4 phishing domain, 127.0.1.5 malware domain, 127.0.1.6 botnet command-and-control domain. These are domains run for abuse; legitimate domains that were hacked get the 127.0.1.10x codes instead.',
    causes: [
      'A link in the message points to a phishing or malware site (often copied or forwarded without knowing)',
      'Your domain or website was compromised and now hosts malicious content',
    ],
    senderSteps: ['Do not resend the links; check where they really lead', FORWARD_TO_IT],
    adminSteps: [
      'Check the domains in the message at check.spamhaus.org',
      'If the domain is yours, remove the malicious content, change all credentials, then request removal',
    ],
    retryAdvice: 'Do not resend with the listed domain in it.',
    party: 'sender',
    references: [CHECK, ZONES],
  },
  {
    ...listing,
    id: 'spamhaus-127.0.1.102',
    token: '127.0.1.102',
    aliases: ['127.0.1.104', '127.0.1.105', '127.0.1.106'],
    match: [/127\.0\.1\.10[2456](?!\d)/],
    title: 'Spamhaus DBL: legitimate domain listed while it is abused',
    meaning:
      'A domain in your message belongs to a real site that criminals are currently abusing, for example a hacked website hosting spam, phishing or malware pages. Spamhaus lists it until the abuse is cleaned up.',
    details:
      'DBL codes for abused legitimate domains: 127.0.1.102 used for spam, .104 phishing, .105 malware, .106 botnet control (.103 is for redirectors). Listings end once the owner removes the abusive content and asks Spamhaus to check again.',
    causes: [
      'A website (often an outdated CMS or plugin) was hacked and hosts malicious pages',
      'A file-sharing or hosting account on the domain was abused',
    ],
    senderSteps: ['If the domain is not yours, remove the link and send again', FORWARD_TO_IT],
    adminSteps: [
      'If the domain is yours: find and delete the abusive pages, update the CMS and plugins, change passwords',
      'Then request removal at check.spamhaus.org',
    ],
    retryAdvice: 'Send again without the link, or after the domain is cleaned and delisted.',
    party: 'sender',
    reputation: 'medium',
    references: [CHECK, ZONES],
  },
  {
    ...listing,
    id: 'spamhaus-127.0.1.103',
    token: '127.0.1.103',
    match: [/127\.0\.1\.103(?!\d)/],
    title: 'Spamhaus DBL: link through an abused redirector or URL shortener',
    meaning:
      "A link in your message goes through a redirect or URL-shortening service that spammers are abusing to hide their real destination. The recipient's server refuses any mail that contains such links.",
    details:
      "DBL answer 127.0.1.103 marks a legitimate redirector or shortener domain that is being abused. The listing follows the service's abuse, not your use of it; it lasts until the service cleans up.",
    causes: ['A shortened link (bit.ly-style) or tracking redirect in the text or signature', 'A newsletter tool that wraps links in a shared redirect domain'],
    senderSteps: ['Replace shortened or redirected links with the full, direct address and send again'],
    adminSteps: ['Use click tracking on your own domain rather than a shared redirect domain', 'Check the redirect domain at check.spamhaus.org'],
    retryAdvice: 'Send again with direct links.',
    party: 'sender',
    reputation: 'low',
    references: [CHECK, ZONES],
  },
  {
    ...listing,
    id: 'spamhaus-dbl.spamhaus.org',
    token: 'dbl.spamhaus.org',
    aliases: ['DBL', 'Spamhaus DBL', '127.0.1.2', 'spamhaus.org/dbl', 'spamhaus.org/query/dbl'],
    match: [/(?<![\w-])dbl\.spamhaus\.org/i, /127\.0\.1\.2(?!\d)/, /\bspamhaus dbl\b/i, /spamhaus\.org\/(?:query\/)?dbl\b/i],
    title: 'Spamhaus DBL: a domain in the message is listed',
    meaning:
      "A domain connected to your message (in your address, the sending server's name, or a link in the text) is on Spamhaus's Domain Block List, so the recipient's server refused it. The domain is the problem, not the sending server.",
    details:
      'The DBL lists domains seen in spam. Receivers check domains from HELO, MAIL FROM, From and links in the body against dbl.spamhaus.org; 127.0.1.2 marks a low-reputation (spam) domain, other codes phishing, malware, botnet and abused legitimate domains. The reply does not always say which domain matched.',
    causes: [
      'A link to a listed domain (URL shorteners, tracking or image hosts shared with spammers)',
      'Your own domain was used in spam or looks like a throwaway spam domain',
      'A link copied from a spam message',
    ],
    senderSteps: ['Remove links, especially shortened ones, and send again', FORWARD_TO_IT],
    adminSteps: [
      'Check your sending, link and tracking domains at check.spamhaus.org',
      'If your own domain is listed, fix the cause (unsolicited mailing, compromised site) and request removal there',
    ],
    retryAdvice: 'Resending with the same domains fails; remove the listed link or wait for your domain to be delisted.',
    party: 'sender',
    references: [CHECK, ZONES],
  },
  {
    ...listing,
    id: 'spamhaus-zrd.spamhaus.org',
    token: 'zrd.spamhaus.org',
    aliases: ['ZRD', 'Zero Reputation Domain', '127.0.2.2-24'],
    match: [/(?<![\w-])zrd\.spamhaus\.org/i, /127\.0\.2\.(?:[2-9]|1\d|2[0-4])(?!\d)/, /zero[- ]reputation domain/i],
    title: 'Spamhaus ZRD: domain too new to have a reputation',
    meaning:
      "A domain in your message was first seen less than 24 hours ago, and the recipient's server refuses mail with brand-new domains, which are often used for spam. The listing ends by itself within a day.",
    details:
      'The Zero Reputation Domain list (zrd.spamhaus.org) holds domains first observed in the last 24 hours; the answer 127.0.2.2 to 127.0.2.24 gives the age in hours. There is no removal process: entries age out.',
    causes: ['A newly registered sending or link domain', 'A new subdomain or domain for a campaign or tracking'],
    senderSteps: ['Send again tomorrow, or from your usual, established domain'],
    adminSteps: ['Register and warm up domains well before mailing from them', 'Avoid fresh domains for links and tracking in the first day'],
    retry: 'later',
    retryAdvice: 'Resend after the domain is more than 24 hours old.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'badreputation',
    references: [ZONES, CHECK],
  },
  {
    ...listing,
    authority: 'Spamhaus (CBL)',
    id: 'spamhaus-cbl.abuseat.org',
    token: 'cbl.abuseat.org',
    aliases: ['CBL', 'abuseat.org', 'Composite Blocking List'],
    match: [/cbl\.abuseat\.org/i, /\babuseat\.org\b/i, /composite block(?:ing)? list/i],
    title: 'Spamhaus CBL: sending IP listed as infected (legacy CBL, now XBL)',
    meaning:
      "The recipient's server quotes the old CBL list (cbl.abuseat.org): the address your mail comes from behaved like an infected machine or spam bot. The CBL is now part of Spamhaus's XBL, and removal works through Spamhaus's lookup.",
    details:
      'The Composite Blocking List detected botnet and exploit traffic automatically; its data now feeds Spamhaus XBL (127.0.0.4 in zen), and the abuseat.org site hands over to Spamhaus. Receivers still querying cbl.abuseat.org get the same data. Behind NAT any infected device on the network causes the listing.',
    causes: [
      'A computer, phone or smart device on the network is infected and sending spam',
      'A compromised router, open proxy, or hacked script on the mail server',
    ],
    senderSteps: [FORWARD_TO_IT, 'Run a malware scan on the devices that share this network'],
    adminSteps: [FIND_INFECTION, 'Then request removal at check.spamhaus.org (the XBL entry)'],
    retryAdvice: 'Resending from the same IP fails until it is removed; removal takes effect within minutes to hours.',
    party: 'sender-admin',
    references: [CHECK, ZONES],
  },
  {
    ...listing,
    id: 'spamhaus-zen.spamhaus.org',
    token: 'zen.spamhaus.org',
    aliases: ['ZEN', 'Spamhaus ZEN', 'Spamhaus', 'sbl-xbl.spamhaus.org', 'zen.dq.spamhaus.net'],
    match: [
      /(?<![\w-])zen\.spamhaus\.org/i,
      /\.zen\.dq\.spamhaus\.net/i,
      /(?<![\w-])sbl-xbl\.spamhaus\.org/i,
      /spamhaus\.org\/query\/(?:ip|bl)\b/i,
      /check\.spamhaus\.org/i,
      // Any other mention of Spamhaus: the generic listing, ranked after the specific entries above.
      /(?<![\w-])spamhaus(?![\w-])/i,
    ],
    title: 'Spamhaus: sending IP on the ZEN combined blocklist',
    meaning:
      "The server your mail comes from is on one of Spamhaus's blocklists, which the recipient's mail server checks before accepting mail. ZEN bundles several lists; a lookup of the IP shows which one applies and why.",
    details:
      'zen.spamhaus.org combines SBL (spam sources), CSS (low-reputation senders), XBL (infected hosts), DROP (hijacked ranges) and PBL (ranges not meant to send directly). The answer code tells them apart: 127.0.0.2 SBL, .3 CSS, .4 XBL, .9 DROP, .10/.11 PBL. Rejections usually quote only the zone.',
    causes: [
      'The IP sent spam or belongs to a spam operation (SBL, CSS)',
      'A device using that IP is infected or exploited (XBL)',
      'The IP is a home or dynamic address that should not deliver mail directly (PBL)',
    ],
    senderSteps: [
      FORWARD_TO_IT,
      "If you send from home with your own mail program, set it to use your provider's mail server with login (port 587)",
    ],
    adminSteps: [LOOK_UP, 'Fix the cause (spam source, infected host, or direct sending from an end-user range) before requesting removal'],
    retryAdvice: 'Resending from the same IP fails while it is listed; send again after removal.',
    party: 'sender-admin',
    references: [CHECK, ZONES],
  },
];

export const spamhaus: ProviderFile = {
  id: 'spamhaus',
  name: 'Spamhaus',
  covers: ['Spamhaus', 'Spamhaus (CBL)'],
  home: CHECK,
  signatures: [/\bspamhaus\.(?:org|net|com)\b/i, /\bspamhaus (?:sbl|xbl|pbl|dbl|zen|css|e?drop)\b/i, /\babuseat\.org\b/i],
  entries,
};

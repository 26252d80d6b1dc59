// Finding SMTP codes in text, only where they are codes: enhanced status codes (class.subject.detail),
// basic reply codes in a reply context, and provider tokens. Phone numbers, prices, dates, IP
// addresses and version strings must not become codes.

export interface EnhancedMatch {
  code: string;
  index: number;
}

// class 2/4/5, subject 0-7, detail up to three digits. Not inside a longer dotted number (IPs,
// versions), not after a letter (v2.5.1) and not followed by another digit or ".digit".
const ENHANCED = /(?<![\w.$+/-]|[\w.]-|[^ \t]:)#?([245])\.([0-7])\.(\d{1,3})(?!\d|\.\d|-\d|[A-Za-z])/g;
const VERSION_BEFORE = /(?:version|release|ver\.?|v|rev\.?|build|firmware|update|\bid|#\d{0,3})\s{0,2}$/i;

export function findEnhancedCodes(text: string): EnhancedMatch[] {
  const out: EnhancedMatch[] = [];
  ENHANCED.lastIndex = 0;
  for (let m = ENHANCED.exec(text); m && out.length < MAX_REPLIES; m = ENHANCED.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (VERSION_BEFORE.test(before) && !/#$/.test(before + (m[0].startsWith('#') ? '#' : ''))) continue;
    out.push({ code: `${m[1]}.${Number(m[2])}.${Number(m[3])}`, index: m.index });
  }
  return out;
}

/** Words that introduce a server's reply, after which a three-digit number is a reply code. A label
 *  ends in a letter of any script ("サーバーからの応答: 550", "Ответ сервера: 550"), a digit or a closing
 *  mark, then a colon: ASCII or full-width (Chinese and Japanese write "："), after a letter with the space
 *  French typography puts before it ("Erreur : 550", "Motif : 550"). An error label may also be followed
 *  by a dash ("Error - 550 ..."), and MDaemon's transcript marks the server's side with "<--". */
const REPLY_INTRO = String.raw`(?:\p{L}[ \t\u00A0\u202F]?[:\uFF1A]|[0-9)\]>"]:|\b(?:error|failure|failed|reason|response|reply|status|result|diagnostic)[ \t]{1,2}-(?=[ \t])|<--|\.\.\.|said:|says:|response(?: was)?:|responded:|returned:?|returned '|reply:|replied:|error:|smtp;|smtp:|diagnostic-code:[ \t]{0,4}smtp;|<<<|>>>|remote server replied:|the error that the other server returned was:|reason:|details:|error text:|message:|status:|error_code ?:)`;

export interface ReplyMatch {
  /** Basic reply code. */
  reply: string;
  /** Enhanced code written right after it, if any. */
  status: string | null;
  /** Index where the reply starts (the code). */
  index: number;
  /** How the reply is quoted: a remote server's line in a session transcript ("<<< 550 ..."), or the
   *  remote reply a summary line carries after its own code ("554 <a@b>... 550 Host unknown"). */
  via?: 'transcript' | 'inner' | 'said';
}

// A reply code: at the start of a line (after optional indentation, quote marks or a list mark) or
// after an intro word, followed by a hyphen/space and text or by an enhanced code.
const REPLY_AT_LINE = /^[ \t]{0,20}(?:[>|][ \t]{0,3}){0,3}(?:[-*][ \t]{1,3})?(?:["'(\[#][ \t]{0,2})?([2-5][0-5]\d)(?:([ \t]-[ \t]|[ \t]|-|:[ \t]{1,3})(?:#?([245]\.[0-7]\.\d{1,3})(?!\d|\.\d)|(?=[A-Za-z<("'\[#:])))/gm;
const REPLY_AFTER_INTRO = new RegExp(
  String.raw`${REPLY_INTRO}[ \t]{0,6}(?:\n[ \t]{0,20}(?:\n[ \t]{0,20})?)?["'(\[]?([2-5][0-5]\d)(?:[ \t][2-5][0-5]\d(?=[ \t])|[ \t]\d(?=[ \t][A-Z]))?(?:(?:[ \t]|-|\n[ \t]{0,20}|[ \t]-[ \t](?=#?[245]\.))(?:#?([245]\.[0-7]\.\d{1,3})(?!\d|\.\d)|(?=[A-Za-z<("'\[#]|\p{L}))|[ \t]{0,3}$|[ \t]{0,3}["')\],]|[ \t]{0,3}:(?=[ \t]|$))`,
  // Zoho writes the status after a dash ("ERROR CODE :552 - 5.2.2 Mailbox size limit exceeded"): the dash
  // separates a reply from its status only when a status follows it.
  // u: \p{L}, a letter of any script (the label before the code, the server's words after it:
  // "Ответ сервера: 550 Пользователь не найден").
  'gimu',
);

// A reply code written with its enhanced code ("550-'5.7.1 ...", "<421 4.4.2 ...>") is a reply wherever
// it stands: the pair does not occur in prose.
const REPLY_PAIRED = /(?<![\w.$+/-])([2-5][0-5]\d)(?:[ \t]|-|-'|[ \t]')#?([245]\.[0-7]\.\d{1,3})(?![\d]|\.\d)/g;

/** A bounce quotes a few replies; past this many the text is not a bounce transcript. */
const MAX_REPLIES = 300;

/** The last few texts asked about, with their replies (most recent first). */
const recentReplies: { text: string; replies: ReplyMatch[] }[] = [];
const RECENT_KEPT = 4;

/** Replies in the order they are written. The analysis asks about the same texts more than once, in
 *  turns (the whole bounce, a recipient's part, the lines above the first recipient, then again): the
 *  last few answers are kept. */
export function findReplyCodes(text: string): ReplyMatch[] {
  let hit = recentReplies.find((r) => r.text === text);
  if (!hit) {
    hit = { text, replies: scanReplyCodes(text) };
    if (recentReplies.length >= RECENT_KEPT) recentReplies.pop();
    recentReplies.unshift(hit);
  }
  return hit.replies.map((r) => ({ ...r }));
}

function scanReplyCodes(text: string): ReplyMatch[] {
  const found = new Map<number, ReplyMatch>();
  for (const re of [REPLY_AT_LINE, REPLY_AFTER_INTRO, REPLY_PAIRED]) {
    re.lastIndex = 0;
    let seen = 0;
    for (let m = re.exec(text); m && seen < MAX_REPLIES; m = re.exec(text)) {
      seen++;
      const reply = m[1]!;
      const status = m[re === REPLY_AT_LINE ? 3 : 2] ?? null;
      if (re === REPLY_PAIRED && status?.[0] !== reply[0]) continue;
      // Neither pattern has a digit before the code, so its first occurrence in the match is the code.
      const at = m.index + m[0].indexOf(reply);
      // "550 4.1.1" disagrees on the class: normally the number after the reply is then not its status
      // (a wrapped line, other text), so the pairing is dropped. Exchange does write such pairs as one reply
      // ("Remote Server returned '550 4.4.7 QUEUE.Expired'", "550 4.4.2 connection dropped"): a status that
      // stands right after the code, on its line, separated by one space or "-", is the reply's own.
      const adjacent = !!status && re !== REPLY_PAIRED && /^[2-5][0-5]\d[ -]#?[245]\./.test(text.slice(at, at + 7));
      const paired = status && (status[0] === reply[0] || adjacent) ? status : null;
      if (found.has(at)) continue;
      const match: ReplyMatch = { reply, status: paired, index: at };
      const before = text.slice(Math.max(0, at - 10), at);
      if (/(?:<<<|<--)[ \t]{0,6}["'(\[]?$/.test(before)) match.via = 'transcript';
      else if (/\.\.\.[ \t]{0,6}$/.test(before)) match.via = 'inner';
      // A forwarder's refusal quoting the server behind it: "550 5.7.1 Delivery to forwarded address
      // failed: remote server X said: 550 5.1.1 ...". A later "said:" on the reply's line is that inner reply.
      else if (/\bsaid:[ \t]{0,3}["'(\[]?$/i.test(before)) match.via = 'said';
      found.set(at, match);
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** Provider tokens: bracketed codes like [TSS04], [CS01], (AU01), (S3150), Microsoft's AS(201806281),
 *  S3150, IB212; dashed codes (RP-001, SC-001, OU-001); Yahoo's legacy colon codes (RTR:BL, HVU:B1,
 *  DYN:T1); NetEase's DT:SPM, HL:ICC; Yahoo's "(554.30)"; Orange / La Poste's OFR005_505, LPN007_416; Spectrum's AUP#I-1310. */
const TOKEN_BRACKET = /[[(]([A-Z]{1,6}\d{1,5}[A-Z]?)[\])]/g;
const TOKEN_AS = /\bAS\((\d{3,12})\)/g;
const TOKEN_BARE = /(?<![\w.-])((?:AS|S|IB|HVU|RP|SC|DY|OU|SRS|RBL)\d{3,5})(?![\w.-])/g;
const TOKEN_DASHED = /(?<![\w.-])((?:RP|SC|OU|DY|SRS|HVU|IB)-\d{3})(?![\w-]|\.\d)/g;
const TOKEN_COLON = /(?<![\w:])((?:RTR|HVU|RLY|DNS|DYN|URL|CON|POL|SPF|MSG):[A-Z]{1,2}\d?)(?![\w:])/g;
/** NetEase's codes (163.com, 126.com, yeah.net): two capitals, a colon, three capitals ("DT:SPM", "HL:ICC",
 *  "MI:SPF"). Only NetEase's own prefixes and upper case: "Re: ", "To:", times ("10:30") and lower-case
 *  labels are never taken. */
const TOKEN_NETEASE = /(?<![\w:])((?:DT|HL|MI|RP|WM):[A-Z]{3})(?![\w:])/g;
const TOKEN_DOTTED = /\(([45]\d\d\.\d{1,2})\)/g;
const TOKEN_ORANGE = /(?<![\w])((?:OFR|LPN|ODC|OUK)[A-Z0-9]{0,6}_(\d{3}))(?![\w])/gi;
const TOKEN_AUP = /AUP#(?:In?|Out?|[A-Z]{0,2})-?(\d{4})(?!\d)/gi;
/** Bracketed words that look like tokens but name standards and versions. */
const NOT_A_TOKEN = /^(?:RFC|TLS|SSL|UTF|ISO|SHA|MD|AES|IPV|HTTP|SMTP|DNS|UTC|GMT|ID)\d/;

export function findTokens(text: string): string[] {
  const out: string[] = [];
  const push = (t: string) => {
    if (!out.includes(t) && out.length < 20) out.push(t);
  };
  for (const re of [TOKEN_AS, TOKEN_BRACKET, TOKEN_BARE, TOKEN_DASHED, TOKEN_COLON, TOKEN_NETEASE, TOKEN_DOTTED]) {
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m && n < 50; m = re.exec(text), n++) {
      const t = re === TOKEN_AS ? `AS(${m[1]})` : m[1]!;
      if (re === TOKEN_BRACKET && NOT_A_TOKEN.test(t)) continue;
      push(t);
    }
  }
  // Orange writes the server group before the reason number; the reason number is what names the entry.
  TOKEN_ORANGE.lastIndex = 0;
  for (let m = TOKEN_ORANGE.exec(text), n = 0; m && n < 20; m = TOKEN_ORANGE.exec(text), n++) {
    push(m[1]!.toUpperCase());
    push(`OFR*_${m[2]}`);
  }
  // Spectrum: direction letters vary (I, In, O, Out); the number is looked up against the documented ranges.
  TOKEN_AUP.lastIndex = 0;
  for (let m = TOKEN_AUP.exec(text), n = 0; m && n < 20; m = TOKEN_AUP.exec(text), n++) {
    push(m[0]);
    push(`AUP#${m[1]}`);
  }
  return out;
}

export function classOf(code: string | null | undefined): '2' | '4' | '5' | null {
  const c = code?.[0];
  return c === '2' || c === '4' || c === '5' ? c : null;
}

// Sendmail-style session transcripts. The summary line sendmail writes for a recipient often wraps
// what happened instead of saying it: "554 <a@b>... Remote protocol error", "<a@b>... Service
// unavailable", "Status: 4.4.7" after hours of "Deferred: Connection refused by mx". The transcript
// above the summary (or the deferral sendmail logged) holds the cause: the remote server's last reply
// ("<<< 550 Insecure Mail Relay"), the local delivery agent's complaint ("mail.local: unknown user: a")
// or the last deferral ("Deferred: Name server: example.com.: host name lookup failure").

/** A summary that only says the exchange failed, not why. */
const WRAPPER = /\.\.\.[ \t]{0,3}(?:Remote protocol error|Service unavailable)\b/i;

export function isTranscriptWrapper(evidence: string): boolean {
  return WRAPPER.test(evidence.slice(0, 400));
}

/** Where the transcript block that ends at `at` starts: after its "Transcript of session follows"
 *  banner or its last "while talking to" line, whichever is nearer. */
function blockStart(text: string, at: number): number {
  const from = Math.max(0, at - 6000);
  const window = text.slice(from, at);
  let start = -1;
  const re = /^[ \t]{0,8}(?:-{2,6}[ \t]{0,2}Transcript of (?:the )?session follows|\.{0,3}[ \t]{0,2}while talking to )[^\n]{0,200}$/gim;
  for (let m = re.exec(window); m; m = re.exec(window)) start = m.index + m[0].length;
  return start < 0 ? -1 : from + start;
}

export interface TranscriptCause {
  /** The remote server's reply code when the cause is a "<<<" reply. */
  reply: string | null;
  /** The remote reply (continuation lines joined) or the local agent's line. */
  text: string;
}

/** What the transcript before the summary line at `at` says went wrong, or null when it says nothing
 *  beyond the summary. */
export function transcriptCause(text: string, at: number): TranscriptCause | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const start = blockStart(text, lineStart);
  if (start < 0) return null;
  const lines = text.slice(start, lineStart).split('\n').map((l) => l.trim()).filter(Boolean);
  // The last remote reply, with the lines of the same reply before it ("<<< 552-5.7.0 ...").
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^<<<[ \t]{0,3}([2-5]\d\d)[ -]/.exec(lines[i]!);
    if (!m) continue;
    if (m[1]![0] === '2') break; // "<<< 250 ok" then a local failure: not the remote's doing
    const parts: string[] = [lines[i]!.slice(3).trim()];
    for (let j = i - 1; j >= 0 && parts.length < 10; j--) {
      const prev = /^<<<[ \t]{0,3}([2-5]\d\d)-(.{0,400})$/.exec(lines[j]!);
      if (!prev || prev[1] !== m[1]) break;
      parts.unshift(`${prev[1]}-${prev[2]}`);
    }
    return { reply: m[1]!, text: joinContinuation(parts, m[1]!) };
  }
  // No remote reply: a local agent's line ("mail.local: unknown user: a", "procmail: ...").
  const local = lines.filter((l) => !/^(?:>>>|<<<|\.\.\.|Message (?:could not|will be))/i.test(l) && /^[\w./-]{2,40}:[ \t]/.test(l));
  const last = local[local.length - 1];
  return last ? { reply: null, text: last } : null;
}

/** "552-5.7.0 a", "552-5.7.0 b", "552 5.7.0 c" -> "552 5.7.0 a b c". */
function joinContinuation(parts: string[], reply: string): string {
  const prefix = new RegExp(String.raw`^${reply}[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t]{1,3})?`);
  const head = /^\d{3}[ -]((?:[245]\.\d{1,3}\.\d{1,3})?)/.exec(parts[0]!);
  const status = head?.[1] ? `${head[1]} ` : '';
  return `${reply} ${status}${parts.map((p) => p.replace(prefix, '').trim()).join(' ')}`.replace(/\s{2,}/g, ' ').slice(0, 500);
}

/** The last reason sendmail gave for deferring a recipient before it gave up ("Deferred: ..."). */
export function lastDeferral(text: string): string | null {
  const re = /\.\.\.[ \t]{0,3}Deferred:[ \t]{0,3}([^\n]{3,300})/gi;
  let last: string | null = null;
  let n = 0;
  for (let m = re.exec(text); m && n < 50; m = re.exec(text), n++) last = m[1]!.trim();
  return last;
}

/** A reply cut off at the end of a line ("552-5.7.0 ... presents a potential") is written out in full
 *  in the transcript ("<<< 552-5.7.0 ...", "<<< 552 5.7.0 ..."): that version, or null. */
export function fullTranscriptReply(text: string, evidence: string, reply: string): string | null {
  if (!new RegExp(String.raw`^${reply}-`).test(evidence)) return null;
  const head = evidence.slice(0, 40);
  const at = text.indexOf(`<<< ${head}`);
  if (at < 0) return null;
  const lines = text.slice(at, at + 4000).split('\n');
  const parts: string[] = [];
  for (const line of lines) {
    const m = /^[ \t]{0,8}<<<[ \t]{0,3}(\d{3})([ -])(.{0,400})$/.exec(line);
    if (!m || m[1] !== reply) break;
    parts.push(`${m[1]}-${m[3]}`);
    if (m[2] === ' ' || parts.length >= 10) break;
  }
  return parts.length > 1 ? joinContinuation(parts, reply) : null;
}

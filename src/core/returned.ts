// A temporary failure in a final bounce: the sending server retried for a while and gave up. The standard
// and provider entries describe the temporary code as it reads while delivery is still being tried ("your
// mail server keeps trying for a while", "It is a delay, not a refusal: the server retries"); under a
// final bounce those words contradict the notice. The CLI (src/cli/main.ts) and the card (src/ui/Card.tsx)
// both show the entry's meaning through `meaningOnceReturned`, so that both drop the same words.

/** Words that say delivery is still going on: the sending server will retry, the message is queued or not
 *  lost, the failure is only a delay. Each is matched within one clause (see meaningOnceReturned). */
export const STILL_RETRYING: readonly RegExp[] = [
  // "your mail server keeps trying", "the sending server normally tries again by itself", "Your server
  // will reconnect and try again", "Mail servers retry such messages": a server doing the retrying.
  /\bservers?[ \t]{1,3}(?:(?:normally|usually|then|also|simply|will|should|automatically|still|generally|typically)[ \t]{1,3}){0,2}(?:retr(?:y|ies|ying)\b|tries again|try again|keeps?[ \t]{1,3}(?:on[ \t]{1,3})?(?:trying|retrying)|reconnect|keeps (?:it|the message)\b|delivers the rest)/i,
  // "It keeps retrying for a while", "It will try again".
  /\bit[ \t]{1,3}(?:will|keeps|is going to)[ \t]{1,3}(?:try|retr)/i,
  // "will be retried", "is retried", "is queued and retried", "are retried", "and retried automatically".
  /\b(?:will|is|are|and|gets?)[ \t]{1,3}(?:(?:be|then|still|usually|normally|automatically|queued and)[ \t]{1,3}){0,2}retried\b/i,
  /\bretried (?:automatically|by itself|on its own)\b/i,
  // "It is a delay, not a refusal", "delayed, not refused", "not refused for good", "The mail is not lost".
  /\bdelay(?:ed)?, not (?:a )?refus/i,
  /\b(?:is|was|are) not refused\b/i,
  /\bnot (?:refused )?for good\b/i,
  /\b(?:is|are) not lost\b/i,
  // "your message is waiting", "is still queued", "The message waits in the queue", "It may still go through",
  // "the message stays queued and goes through on a later try".
  /\b(?:is|are)[ \t]{1,3}(?:still[ \t]{1,3})?(?:queued|waiting)\b|\bwaits in (?:the|your server's) queue\b|\bstays queued\b|\bmay still go through\b|\bstill (?:trying|queued)\b/i,
  // "a final failure notice follows", "you will get a separate failure notice", "will bounce for good later":
  // this is that notice.
  /\b(?:final|separate) failure notice\b|\bwill bounce for good later\b/i,
];

/** Whether a clause says the delivery is still being tried. */
export function saysStillRetrying(clause: string): boolean {
  return STILL_RETRYING.some((re) => re.test(clause));
}

/** Sentences end at ". ", "! ", "? " before a capital or a quote. */
const SENTENCE_END = /(?<=[.!?])\s{1,8}(?=["'A-Z])/;
/** Clauses of one sentence: "; ", ": " and ", and " join statements that stand alone. */
const CLAUSE_SEPARATOR = /(; |: |, and )/;

/** The entry's meaning as it reads once the sending server has given up: each clause that says delivery is
 *  still being tried is left out (a sentence keeps its other clauses), the rest is unchanged. Returns the
 *  meaning unchanged when every sentence would go (nothing else to say). */
export function meaningOnceReturned(meaning: string): string {
  const kept: string[] = [];
  for (const sentence of meaning.split(SENTENCE_END)) {
    if (!saysStillRetrying(sentence)) {
      kept.push(sentence);
      continue;
    }
    const end = /[.!?]$/.exec(sentence)?.[0] ?? '';
    const parts = sentence.slice(0, sentence.length - end.length).split(CLAUSE_SEPARATOR);
    let out = '';
    for (let i = 0; i < parts.length; i += 2) {
      const clause = parts[i]!;
      if (saysStillRetrying(clause) || !clause.trim()) continue;
      out += out ? `${parts[i - 1] ?? '; '}${clause}` : clause;
    }
    if (out) kept.push(`${out[0]!.toUpperCase()}${out.slice(1)}${end}`);
  }
  return kept.length ? kept.join(' ') : meaning;
}

// What the raw-message analysis reads from a parsed message, whichever parser produced it: postal-mime
// (the general path) or the synchronous splitter for common bounces (./split.ts).

export interface ParsedAttachment {
  /** The part's type, lower case, without parameters ("message/delivery-status"). */
  mimeType: string;
  /** The decoded content read as UTF-8. A function: most attachments are never read (images, PDFs,
   *  the body of the original message), so the splitter decodes a part only when asked. */
  text(): string;
}

export interface ParsedMail {
  /** The top-level header fields in order; keys lower case, values unfolded. */
  headers: { key: string; value: string }[];
  /** Decoded (RFC 2047). */
  subject?: string;
  from?: { name: string; address?: string | undefined };
  /** The plain-text body (every inline text/plain part), when there is one. */
  text?: string;
  /** The HTML body, when there is one. */
  html?: string;
  attachments: ParsedAttachment[];
}

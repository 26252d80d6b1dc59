// Turns a raw message into what a webmail shows (subject, sender, body text). One implementation for
// the corpus tests and these: test/corpus/render.ts.
export { renderAsWebmail, type Rendered } from '../corpus/render';

// "the social media platform X", "Musk, who owns X, …": a lone capital letter is a label or an initial
// (not-names.ts), except when the text introduces it as a platform's or a firm's name, with the kind of thing
// right before it; it names that thing wherever it stands afterwards, as an acronym the text has introduced does.
import type { Token } from '../../tokens.js';

const KINDS = new Set(['platform', 'app', 'network', 'site', 'service', 'company', 'firm', 'startup']);

/** `t` is a lone capital letter right after a lower-case kind of platform or firm: "platform X". */
export function platformLetter(t: Token, prev: Token | undefined): boolean {
  return /^\p{Lu}$/u.test(t.text) && !!prev && KINDS.has(prev.text) && /^ +$/.test(prev.post) && !/^\./.test(t.post);
}

// "NetChoice, a trade association, …", "NetChoice sued …": a word written with a capital inside it after lower-case
// letters is a name wherever it stands; no common English word is spelled so, so opening a clause it needs no
// other support (a plain capitalised word there may be any word: "Officials said …"). Not a word for someone
// made from a name ("YouTuber Lovely Lor", "TikTokers"): that is a common noun.
import type { Token } from '../../tokens.js';

const INNER_CAPITAL = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+(?:['’]s)?$/u;

const AGENT_NOUN = /ers?(['’]s)?$/u;

export const camelCase = (t: Pick<Token, 'text'>): boolean => INNER_CAPITAL.test(t.text) && !AGENT_NOUN.test(t.text);

// "Ann Lee and her counterparts met in Oslo", "Ann Lee and her Greek and Danish counterparts, Tom Hale and
// Bo Berg, met in Oslo": a phrase "his/her/their <noun>" coordinated after a name is defined by that name (the
// pronoun is its possessor), so the name is one more subject of the clause beside the people the phrase
// names in apposition. Subject-verb-object otherwise sees only the phrase next to the verb.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { npEntity } from './np-entity.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

export interface Companion {
  /** The named phrase before "and": one more subject. */
  np: Chunk;
  /** The possessed phrase names the people after it in apposition (else it names no one). */
  named: boolean;
}

/**
 * The name coordinated before a possessed phrase the subject belongs to. `first` is the subject phrase
 * itself (the possessed phrase, "her counterparts") or the first of the names in apposition to it
 * ("…counterparts, Tom Hale and Bo Berg").
 */
export function companionOf(view: SentenceView, first: Chunk): Companion | undefined {
  const ch = view.chunks;
  let i = ch.indexOf(first);
  if (i < 0) return undefined;
  let named = false;
  if (first.head) {
    // The names follow the possessed phrase after its comma.
    const before = ch[i - 1];
    if (!before || before.kind !== 'NP' || before.head || !/^,\s*$/.test(view.toks[before.to].post)) return undefined;
    named = true;
    i -= 1;
  } else if (first.breakAfter) return undefined;
  // Back over a list of adjectives inside the phrase ("his Greek, Danish and French counterparts").
  let k = i;
  while (!ch[k].possessor && k > 1) {
    const prev = ch[k - 1];
    const unnamed = (c: Chunk) => c.kind === 'NP' && !c.head && !c.possessor;
    if (prev.kind === 'CONJ' && ch[k - 2]?.kind === 'NP' && !ch[k - 2].head) k -= 2;
    else if (unnamed(ch[k]) && prev.kind === 'NP' && !prev.head && prev.breakAfter) k -= 1;
    else return undefined;
  }
  const possessed = ch[k];
  if (possessed.kind !== 'NP' || possessed.head || !POSSESSIVE_PRONOUNS.has(view.toks[possessed.from].normal))
    return undefined;
  const conj = ch[k - 1];
  const name = ch[k - 2];
  if (conj?.kind !== 'CONJ' || view.toks[conj.from].normal !== 'and' || name?.kind !== 'NP' || name.breakAfter)
    return undefined;
  const id = npEntity(name);
  if (!id || id !== possessed.possessor || view.kindAt[name.to] === 'pronoun') return undefined;
  // The name opens the clause: "talks with Ann Lee and her counterparts" names no subject.
  const opener = ch[k - 3];
  if (opener && !opener.breakAfter && opener.kind !== 'SUB' && opener.kind !== 'CONJ') return undefined;
  return { np: name, named };
}

/** Words that open a companion aside, as written ("along with", "together with", "as well as", "alongside"). */
const COMPANION_OPENERS = ['along with', 'together with', 'as well as', 'alongside'];

/**
 * "Acme Corp, along with Beta Ltd, sued …", "Ann Lee, together with Tom Hale and Bo Berg, met …": the names of a
 * companion aside set off by commas between the subject phrase and the verb group at chunk `c` act with the
 * subject. Their phrases, or none.
 */
export function asideCompanions(view: SentenceView, subject: Chunk, c: number): Chunk[] {
  const ch = view.chunks;
  const s = ch.indexOf(subject);
  if (s < 0 || !/^,\s*$/.test(view.toks[subject.to].post) || !ch[c - 1]?.breakAfter) return [];
  const from = ch[s + 1]?.from ?? -1;
  const opener = COMPANION_OPENERS.find((o) => o.split(' ').every((w, n) => view.toks[from + n]?.normal === w));
  if (!opener) return [];
  const rest = ch.slice(s + 1, c).filter((x) => x.from >= from + opener.split(' ').length);
  if (!rest.length || rest.some((x) => x.kind !== 'NP' && !(x.kind === 'CONJ' && view.toks[x.from].normal === 'and')))
    return [];
  const names = rest.filter((x) => x.kind === 'NP');
  return names.every((x) => npEntity(x) && view.kindAt[x.to] !== 'pronoun') ? names : [];
}

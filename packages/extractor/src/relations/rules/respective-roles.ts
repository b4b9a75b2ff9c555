// "his Greek and French counterparts, Ana Ruiz and Tom Hale, respectively" / "Ana Ruiz and Tom Hale, the
// Greek and French foreign ministers, respectively": "respectively" pairs the n-th nationality with the
// n-th name, so each person holds the role for that country (WORKS_FOR, or LEADS for a heads-of title).
// Only when "respectively" is there and the counts match: without it the reader cannot pair them.
import type { Chunk } from '../chunks.js';
import { demonymBody } from '../demonym-body.js';
import { DEMONYMS } from '../../entities/lexicon/demonyms.js';
import { roleFitsBody, titleRole, type Role } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { nounType } from '../vocabulary.js';

const ROLE_TYPES = new Set(['LEADS', 'WORKS_FOR']);
/** Lower-case words between the last nationality and the role noun ("foreign", "defence"). */
const MAX_MODIFIERS = 2;

/** The role a plural head names ("ministers", "prime ministers"); a counterpart holds the anchor's post in
 * another country's service. */
function roleOf(view: SentenceView, r: number): Role | undefined {
  const head = view.toks[r].normal;
  if (head === 'counterparts') return { type: 'WORKS_FOR', noun: 'counterpart' };
  if (!/s$/.test(head)) return undefined;
  const noun = head.replace(/s$/, '');
  const two = `${view.toks[r - 1]?.normal} ${noun}`;
  for (const w of [two, noun]) {
    const type = nounType(w);
    if (type && ROLE_TYPES.has(type)) return titleRole({ type, noun: w });
  }
  return undefined;
}

/** The nationality words before a role noun at `r`, in order ("Greek, Cypriot and French"), and where the
 * phrase starts (a determiner or possessive before the first one is part of it). */
function nationalities(view: SentenceView, r: number): { dems: number[]; start: number } | undefined {
  const { toks } = view;
  let k = r - 1;
  for (let m = 0; m < MAX_MODIFIERS && k >= 0 && !DEMONYMS.has(toks[k].normal); m++) {
    if (!/^\p{Ll}/u.test(toks[k].text) || /[,;:]/.test(toks[k].post)) return undefined;
    k--;
  }
  const dems: number[] = [];
  while (k >= 0 && DEMONYMS.has(toks[k].normal)) {
    dems.unshift(k);
    if (toks[k - 1]?.normal === 'and') k -= 2;
    else if (/^,\s*$/.test(toks[k - 1]?.post ?? '')) k -= 1;
    else break;
  }
  if (dems.length < 2) return undefined;
  const start = /^(?:the|his|her|their|its)$/.test(toks[dems[0] - 1]?.normal ?? '') ? dems[0] - 1 : dems[0];
  return { dems, start };
}

/** The people listed in chunks [from, to]: person names joined by commas and "and", nothing else. */
function people(view: SentenceView, chunks: Chunk[]): string[] | undefined {
  const out: string[] = [];
  for (const ch of chunks) {
    if (ch.kind === 'CONJ' && view.toks[ch.from].normal === 'and') continue;
    const id = ch.kind === 'NP' ? ch.head : undefined;
    if (!id || view.types.get(id) !== 'Person' || view.entityAt[ch.from] !== id) return undefined;
    out.push(id);
  }
  return out;
}

/** The first chunk of the list of named phrases ending at chunk `to` (walking back over names and "and"). */
function listStart(chunks: Chunk[], to: number): number {
  let from = to;
  while (
    from - 1 >= 0 &&
    (chunks[from - 1].kind === 'CONJ' || (chunks[from - 1].kind === 'NP' && chunks[from - 1].head))
  )
    from--;
  return chunks[from].kind === 'CONJ' ? from + 1 : from;
}

export const respectiveRoles: RelationRule = {
  name: 'respective-roles',
  descriptive: true,
  description:
    'nationalities before a plural role and as many person names, paired by "respectively": each holds the role for its country',
  example:
    'Greece and France sent envoys to Cairo, where the Greek and French counterparts, Ana Ruiz and Tom Hale, respectively, met Sameh Shoukry.',
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, chunks } = view;
    toks.forEach((t, k) => {
      if (t.normal !== 'respectively') return;
      const last = chunks.findIndex((ch) => ch.to === k - 1);
      if (last < 0) return;
      // Order A: the role phrase, then the names; order B: the names, then the role phrase.
      const roleFirst = !roleOf(view, k - 1);
      let namesTo = last;
      let r = k - 1;
      if (roleFirst) {
        const before = chunks[listStart(chunks, last) - 1];
        if (!before?.breakAfter) return;
        r = before.to;
      }
      const role = roleOf(view, r);
      const nat = role ? nationalities(view, r) : undefined;
      if (!role || !nat) return;
      if (!roleFirst) {
        // The names end right before the role phrase, set off by a comma.
        namesTo = chunks.findIndex((ch) => ch.to === nat.start - 1);
        if (namesTo < 0 || !chunks[namesTo].breakAfter) return;
      }
      const namesFrom = listStart(chunks, namesTo);
      const names = people(view, chunks.slice(namesFrom, namesTo + 1));
      if (!names || names.length !== nat.dems.length) return;
      const from = Math.min(nat.start, chunks[namesFrom].from);
      names.forEach((person, i) => {
        const country = demonymBody(view, nat.dems[i]);
        if (!country || !roleFitsBody(role, view.types.get(country))) return;
        out.push({
          subject: person,
          object: country,
          predicate: { type: role.type, lemma: role.noun, text: view.slice(nat.dems[0], r) },
          confidence: 0.75,
          from,
          to: k,
        });
      });
    });
    return out;
  },
};

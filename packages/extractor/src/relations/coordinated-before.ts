// Phrases coordinated before a subject ("Volvo and Geely signed …"), so that each member of the list
// gets the clause's relations, not only the one next to the verb.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { npEntity } from './np-entity.js';

/**
 * Phrases coordinated before a subject, of the subject's own type: "Volvo and Geely signed …" → [Volvo];
 * "Bahn, Daimler, and Siemens have announced …" → [Bahn, Daimler]; "the nations of Bahrain and Kosovo recognized …"
 * → [Bahrain]. A fronted "In Paris," is no part of it.
 */
export function coordinatedBefore(view: SentenceView, np: Chunk): Chunk[] {
  const ch = view.chunks;
  const i = ch.indexOf(np);
  const type = view.types.get(npEntity(np) ?? '');
  const same = (c: Chunk | undefined) => c?.kind === 'NP' && !!type && view.types.get(npEntity(c) ?? '') === type;
  const out: Chunk[] = [];
  if (!(ch[i - 1]?.kind === 'CONJ' && view.toks[ch[i - 1].from].normal === 'and' && same(ch[i - 2]))) return out;
  let k = i - 2;
  if (ch[k].breakAfter && !/^,\s*$/.test(view.toks[ch[k].to].post)) return out;
  out.push(ch[k]);
  while (same(ch[k - 1]) && ch[k - 1].breakAfter && /^,\s*$/.test(view.toks[ch[k - 1].to].post)) out.push(ch[--k]);
  // The list must open the clause ("In Paris, Volvo and Geely" starts after the comma, not at Paris) or
  // name the members of the subject ("German firms including Bahn, Daimler, and Siemens have announced").
  const before = ch[k - 1];
  const opens =
    !before ||
    before.breakAfter ||
    before.kind === 'SUB' ||
    // ("Trump said that Elon Musk and Vivek Ramaswamy will lead …": the list opens the reported clause.)
    before.kind === 'COMP' ||
    before.kind === 'CONJ' ||
    (before.kind === 'VG' && view.toks[before.from].normal === 'including') ||
    membersOf(view, k - 1);
  return opens ? out : [];
}

/** Plural kind nouns whose "of" phrase lists the members themselves: "the nations of Bahrain and Kosovo". */
const MEMBER_KINDS = new Set(['nations', 'countries', 'states', 'cities', 'towns', 'companies', 'firms']);

/** Chunk `p` is "of" after such a plural kind noun, so the list after it is the subject's members. */
function membersOf(view: SentenceView, p: number): boolean {
  const [kind, of] = [view.chunks[p - 1], view.chunks[p]];
  return (
    of?.kind === 'PREP' && view.toks[of.from].normal === 'of' && kind?.kind === 'NP' && MEMBER_KINDS.has(kind.headWord)
  );
}

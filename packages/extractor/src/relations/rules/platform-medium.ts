// Speaking through a platform: "Acme, in a Facebook post, said …", "Tom Hale wrote in a Twitter post",
// "on Acme's Instagram account", "on its YouTube channel" → the one who posts USES the platform. The
// platform is named right before a word for what one has or does on it (post, page, account, channel …), so
// an outlet ("in a CNN interview", "in a BBC report") is no platform here; the poster is the name or pronoun
// that owns the page, else the active subject of the clause the phrase belongs to.
import { npEntity } from '../np-entity.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

/** What one has or does on a platform. */
const USE_NOUNS = new Set(
  'post posts posting postings tweet tweets page pages account accounts feed channel livestream'.split(' '),
);
const MEDIUM_PREPS = new Set(['in', 'on', 'via', 'through']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const PRONOUN_KIND: Record<string, string> = { his: 'Person', her: 'Person', its: 'Organization' };
const POSTERS = new Set(['Person', 'Organization']);
const PLATFORMS = new Set(['Product', 'Organization']);

/** Chunks that open another clause: the verb group is not looked for across them. */
const CLAUSE_BREAKS = new Set(['SUB', 'COMP', 'REL', 'CONJ']);

/** The verb group the medium phrase belongs to (its chunk index, or -1): after it when the phrase is set off
 * after a phrase or opens the sentence ("Acme, in a Facebook post, said"), else the one before it in the
 * same clause ("Acme said in a Facebook post"). */
function clauseVerb(view: SentenceView, from: number): number {
  const ch = view.chunks;
  const at = ch.findIndex((c) => c.from <= from && c.to >= from);
  const forward = at === 0 || (ch[at - 1]?.kind === 'NP' && ch[at - 1].breakAfter);
  const step = forward ? 1 : -1;
  for (let c = at + step; c >= 0 && c < ch.length; c += step) {
    if (ch[c].kind === 'VG') return c;
    if (CLAUSE_BREAKS.has(ch[c].kind)) return -1;
  }
  return -1;
}

function poster(
  view: SentenceView,
  prep: number,
  det: number,
): { id?: string; cues?: { pronoun?: boolean; inherited?: boolean } } {
  const { toks, entityAt } = view;
  const owner = entityAt[det];
  if (
    det > prep &&
    owner &&
    (POSSESSIVE_PRONOUNS.has(toks[det].normal) || /['’]s?$/.test(toks[det].text) || /^['’]/.test(toks[det].post))
  )
    return { id: owner, cues: { pronoun: view.kindAt[det] === 'pronoun' } };
  // An unresolved "its"/"his" is the clause subject's when the kinds agree ("Acme, on its channel").
  const pronounKind = PRONOUN_KIND[toks[det].normal];
  if (!/^an?$/.test(toks[det].normal) && !pronounKind) return {};
  const c = clauseVerb(view, prep);
  const vg = view.chunks[c];
  if (!vg || vg.passive || vg.gerund || !vg.finite) return {};
  const subj = subjectOf(view, c, 0, 'all');
  const id = npEntity(subj?.np);
  if (pronounKind && (!id || view.types.get(id) !== pronounKind)) return {};
  return { id, cues: subj ? subjectCues(view, subj) : {} };
}

export const platformMedium: RelationRule = {
  name: 'platform-medium',
  // The medium is the writer's account of how the words went out, not part of what was said.
  descriptive: true,
  description: 'who speaks "in a <Platform> post", "on <Owner>\'s <Platform> page/account/channel" USES the platform',
  example: 'Acme Foods, in a Facebook post on Monday, called the delay unexpected.',
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    toks.forEach((t, k) => {
      // (the noun may be a concept of its own: "post")
      if (!USE_NOUNS.has(t.normal) || (entityAt[k] && view.types.get(entityAt[k]!) !== 'Concept')) return;
      const platform = entityAt[k - 1];
      if (!platform || !PLATFORMS.has(view.types.get(platform) ?? '') || /\S/.test(toks[k - 1].post)) return;
      let p = k - 1;
      while (entityAt[p - 1] === platform) p--;
      // "in a Facebook post", "on its Twitter account", "on Acme's Instagram page": preposition, one determiner.
      const det = p - 1;
      let prep = p - 2;
      while (entityAt[det] && entityAt[prep] === entityAt[det]) prep--;
      if (det < 0 || !MEDIUM_PREPS.has(toks[prep]?.normal ?? '')) return;
      const who = poster(view, prep, det);
      if (!who.id || who.id === platform || !POSTERS.has(view.types.get(who.id) ?? '')) return;
      out.push({
        subject: who.id,
        object: platform,
        predicate: { type: 'USES', lemma: t.normal.replace(/s$/, ''), text: view.slice(prep, k) },
        confidence: scoreDraft(0.65, who.cues ?? {}),
        from: prep,
        to: k,
      });
    });
    return out;
  },
};

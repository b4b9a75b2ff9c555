// Where a body is, said by the description set beside its name: "Acme Corp, a firm based in Oslo," / "the
// Harbour Post, a daily printed in Bergen," / "Acme Corp, an Oslo-based firm," → LOCATED_IN the place; so does
// the same compound before the name ("Toronto-based Westbridge Capital", "Oslo-based shipping firm Acme Corp"). A
// participle right after the name ("Acme Corp, based in Oslo,") is subject-verb-object's; here the
// description's own noun stands between them, so no verb has the name as its subject.
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

/** Participles that say where a body sits or its paper appears; "founded in", "held in" say when or once. */
const SEAT_PARTICIPLES = new Set(['based', 'headquartered', 'located', 'situated', 'published', 'printed']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** At most this many words of description between the article and the participle ("a small daily newspaper"). */
const MAX_DESCRIPTION = 4;
const hasBreak = (post: string) => /[,;:—–()“”"]/.test(post);
const endsPhrase = (view: SentenceView, k: number) =>
  k === view.toks.length - 1 || hasBreak(view.toks[k].post) || /^\s*\.\s*$/.test(view.toks[k].post);

/** The place whose name starts at token k and ends its phrase; its last token, or -1. */
function placeAt(view: SentenceView, k: number): { id: string; to: number } | undefined {
  const skip = view.toks[k]?.normal === 'the' ? k + 1 : k;
  const id = view.entityAt[skip];
  if (!id || view.types.get(id) !== 'Place' || view.entityAt[skip - 1] === id) return undefined;
  let to = skip;
  while (view.entityAt[to + 1] === id) to++;
  return { id, to };
}

export const basedApposition: RelationRule = {
  name: 'based-apposition',
  descriptive: true,
  description:
    'a body set beside "a <noun> based/headquartered/printed in <Place>" or "an <Place>-based <noun>", or after "<Place>-based", is there',
  example: 'Tom Hale joined Acme Corp, a shipping firm based in Oslo, in May.',
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    toks.forEach((t, k) => {
      const body = entityAt[k];
      if (!body || entityAt[k + 1] === body || view.types.get(body) !== 'Organization') return;
      if (!/^\s*,\s*$/.test(t.post) || !DETERMINERS.has(toks[k + 1]?.normal ?? '')) return;
      let from = k;
      while (entityAt[from - 1] === body) from--;
      const add = (place: { id: string; to: number }, text: string) =>
        out.push({
          subject: body,
          object: place.id,
          predicate: { type: 'LOCATED_IN', lemma: 'base', text },
          confidence: 0.7,
          from,
          to: place.to,
        });
      // "an Oslo-based firm": the place, a hyphen, "based", then the description's noun.
      const hyphened = placeAt(view, k + 2);
      if (hyphened && /^-$/.test(toks[hyphened.to].post) && toks[hyphened.to + 1]?.normal === 'based') {
        const noun = toks[hyphened.to + 2];
        const describes =
          noun &&
          (noun.tags.has('Noun') || noun.tags.has('Adjective') || noun.tags.has('Gerund')) &&
          !hasBreak(toks[hyphened.to + 1].post);
        if (describes && !entityAt[hyphened.to + 2]) add(hyphened, view.slice(k + 1, hyphened.to + 2));
        return;
      }
      // "a firm based in Oslo": plain description words, the participle, "in"/"at", a place ending the phrase.
      for (let p = k + 2; p <= k + 1 + MAX_DESCRIPTION + 1 && p < toks.length; p++) {
        const w = toks[p];
        if (SEAT_PARTICIPLES.has(w.normal) && p > k + 2) {
          if (!['in', 'at'].includes(toks[p + 1]?.normal ?? '')) return;
          const place = placeAt(view, p + 2);
          if (place && endsPhrase(view, place.to)) add(place, view.slice(k + 1, p + 1));
          return;
        }
        const plain = (w.tags.has('Noun') || w.tags.has('Adjective')) && !w.tags.has('Verb') && !entityAt[p];
        if (!plain || hasBreak(w.post)) return;
      }
    });
    out.push(...basedBefore(view));
    return out;
  },
};

/** "Toronto-based Westbridge Capital", "Oslo-based shipping firm Acme Corp": "<Place>-based", at most
 * MAX_DESCRIPTION plain lower-case words, then the body's name. */
function basedBefore(view: SentenceView): TripleDraft[] {
  const out: TripleDraft[] = [];
  const { toks, entityAt } = view;
  toks.forEach((t, k) => {
    const place = entityAt[k] && entityAt[k - 1] !== entityAt[k] ? placeAt(view, k) : undefined;
    if (!place || !/^-$/.test(toks[place.to].post) || toks[place.to + 1]?.normal !== 'based') return;
    for (let p = place.to + 2; p <= place.to + 2 + MAX_DESCRIPTION && p < toks.length; p++) {
      if (hasBreak(toks[p - 1].post)) return;
      const body = entityAt[p];
      if (body) {
        let end = p;
        while (entityAt[end + 1] === body) end++;
        if (view.types.get(body) === 'Organization' && entityAt[p - 1] !== body)
          out.push({
            subject: body,
            object: place.id,
            predicate: { type: 'LOCATED_IN', lemma: 'base', text: view.slice(k, place.to + 1) },
            confidence: 0.7,
            from: k,
            to: end,
          });
        return;
      }
      const w = toks[p];
      if (!/^\p{Ll}/u.test(w.text) || !['Noun', 'Adjective', 'Gerund'].some((tag) => w.tags.has(tag))) return;
    }
  });
  return out;
}

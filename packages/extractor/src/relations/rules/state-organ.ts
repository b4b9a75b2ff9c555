// An organ of state named after its place is part of that place: "the U.S. Senate", "the Wisconsin Supreme
// Court", "the Libyan House of Representatives", "the Parliament of New South Wales", "the Federal Aviation
// Office of Germany", "the Revolutionary Guard Corps of Iran" → PART_OF the place. Only organs of state
// (court, senate, ministry, police …): "Sydney Opera House" or "China Daily" say nothing of the kind, and
// the place must be one the article names (a demonym counts for its country), and no site ("the Panama Canal
// Authority" runs a canal).
import { entityId } from '../../entity-id.js';
import { COUNTRY_ABBREVIATIONS } from '../../entities/lexicon/countries.js';
import { demonymBody } from '../demonym-body.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { stateBodyName } from '../../entities/lexicon/state-body-heads.js';
import { continents } from '../../entities/lexicon/continents.js';

let continentIds: ReadonlySet<string> | undefined;
const continent = (id: string) =>
  (continentIds ??= new Set([...continents()].map((n) => entityId(n, 'Place')))).has(id);

const MAX_PLACE_WORDS = 4;
const hasBreak = (post: string) => /[,;:—–“”"()]/.test(post);
/** Words that make a place word the start of another place's name ("Thames Valley Police"). */
const FEATURE_WORDS = new Set('valley river bay coast basin delta island islands lake mountains highlands'.split(' '));

/** Sites no state governs as its own place: "the Panama Canal Authority" runs the canal, it is no part of it. */
const FACILITY_WORDS = new Set('canal river lake sea bay airport bridge dam tunnel harbour harbor station'.split(' '));
const facility = (id: string) => FACILITY_WORDS.has(id.split('-').pop() ?? '');

/** The article's Place entity a run of words names: its own name, a country's short form, or a demonym. */
function placeNamed(view: SentenceView, from: number, to: number): string | undefined {
  const words = view.toks.slice(from, to + 1).map((t) => t.text.replace(/['’]s$/, ''));
  const text = words.join(' ');
  const short = COUNTRY_ABBREVIATIONS.get(text.toLowerCase().replace(/\./g, ''));
  for (const id of [entityId(text, 'Place'), short ? entityId(short, 'Place') : undefined])
    if (id && view.types.get(id) === 'Place') return id;
  return from === to ? demonymBody(view, from) : undefined;
}

export const stateOrgan: RelationRule = {
  name: 'state-organ',
  descriptive: true,
  description:
    'an organ of state named after a place the article names ("<Place> <organ>", "<organ> of <Place>") is part of it',
  example: 'The U.S. Senate and the Parliament of Tasmania met in the United States and Tasmania.',
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    toks.forEach((_, p) => {
      const org = entityAt[p];
      if (!org || view.types.get(org) !== 'Organization' || entityAt[p - 1] === org) return;
      let q = p;
      while (entityAt[q + 1] === org) q++;
      const of = toks.findIndex((t, k) => k > p && k < q && t.normal === 'of');
      const headAt = of > 0 ? of - 1 : q;
      const head = toks[headAt].normal;
      if (!stateBodyName(toks.slice(p, q + 1).map((t) => t.normal))) return;
      let place: string | undefined;
      let from = p;
      let to = q;
      // "<Place> <organ>": the place's words open the name, or a place mention stands right before it.
      for (let n = Math.min(MAX_PLACE_WORDS, headAt - p); n >= 1 && !place; n--)
        if (!FEATURE_WORDS.has(toks[p + n].normal)) place = placeNamed(view, p, p + n - 1);
      const before = entityAt[p - 1];
      if (!place && before && view.types.get(before) === 'Place' && !hasBreak(toks[p - 1].post)) {
        place = before;
        while (entityAt[from - 1] === before) from--;
      }
      // "<organ> of (the) <Place>", inside the name or right after it.
      if (!place && of > 0) {
        const start = toks[of + 1]?.normal === 'the' ? of + 2 : of + 1;
        // "the Port Authority of New York and New Jersey" belongs to neither place alone.
        const shared = ['and', '&'].includes(toks[q + 1]?.normal ?? '');
        if (start <= q && q - start < MAX_PLACE_WORDS && !shared) place = placeNamed(view, start, q);
      }
      if (!place && toks[q + 1]?.normal === 'of' && !hasBreak(toks[q].post)) {
        const start = toks[q + 2]?.normal === 'the' ? q + 3 : q + 2;
        const id = entityAt[start];
        let last = start;
        while (id && entityAt[last + 1] === id) last++;
        if (id && view.types.get(id) === 'Place' && !['and', '&'].includes(toks[last + 1]?.normal ?? '')) {
          place = id;
          to = start;
          while (entityAt[to + 1] === id) to++;
        }
      }
      if (!place || place === org || continent(place) || facility(place)) return;
      out.push({
        subject: org,
        object: place,
        predicate: { type: 'PART_OF', lemma: head, text: view.slice(from, to) },
        confidence: 0.7,
        from,
        to,
      });
    });
    return out;
  },
};

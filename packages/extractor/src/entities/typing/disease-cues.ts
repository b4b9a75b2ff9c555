// Disease cues: a name written before a word for an illness or its spread ("the COVID-19 pandemic", "an Ebola
// outbreak", "the Zika virus", "H1N1 cases"), after "tested positive for", "infected with", "died of", or said to
// be one in apposition ("KX-21, a sometimes-fatal disease"), names a disease or a virus, a topic: Concept. So does
// a poison ("poisoned with Novichok", "Novichok, a range of neurotoxins"). Only a name that no
// rule typed (the Organization default, an acronym) yields; a place ("the Wuhan outbreak") keeps its type.
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import type { NameGroup, TypedSpan } from '../spans.js';

/** Lower-case words after a disease's name. */
export const DISEASE_WORDS = new Set(
  `pandemic pandemics epidemic epidemics outbreak outbreaks virus viruses coronavirus disease infection infections vaccine
  vaccines vaccination symptoms patients strain strains variant variants antibodies diagnosis diagnoses`.split(/\s+/),
);
/** Two words before a disease's name: "tested positive for", "infected with", "died of". */
export const DISEASE_CUES_BEFORE = new Set(
  `positive for|negative for|infected with|died of|died from|cases of|outbreak of|spread of|symptoms of|vaccine against|vaccine for|tested for|diagnosed with|recovered from|suffering from|poisoned with|poisoned by|after contracting|had contracted|has contracted|have contracted`.split(
    '|',
  ),
);
/** Words after a name that say it is an illness only when the name is no bare acronym ("COVID-19 cases",
 * "Ebola deaths"; "the FIFA cases" are a body's lawsuits). */
export const TOLL_WORDS = new Set(
  'cases deaths complications hospitalizations hospitalisations lockdown lockdowns'.split(' '),
);
const GUESSES = new Set(['default', 'acronym']);

/** "has contracted SpaceX to use Starship": a body hired to do something, no illness caught. */
function hiredTo(s: TypedSpan, tokens: Token[]): boolean {
  const end = s.tokens[s.tokens.length - 1];
  const next = tokens[end.i + 1];
  return /contract/.test(s.wordsBefore ?? '') && !/\S/.test(end.post) && next?.normal === 'to';
}

const guessed = (g: NameGroup) => !g.strong && g.spans.every((s) => GUESSES.has(s.typeRule));
/** Nouns that say a name is an illness when put in apposition to it. */
const ILLNESS_NOUNS = new Set(
  'disease illness virus coronavirus infection poison toxin toxins neurotoxin neurotoxins'.split(' '),
);

/** "<Name>, a sometimes-fatal disease", "<Name>, the illness that …": a few modifiers, then an illness noun. */
function illnessApposition(s: TypedSpan, tokens: Token[]): boolean {
  const end = s.tokens[s.tokens.length - 1];
  const article = tokens[end.i + 1];
  if (!/^,\s*$/.test(end.post) || !article || !['a', 'an', 'the'].includes(article.normal)) return false;
  for (let k = end.i + 2; k <= end.i + 4 && tokens[k]?.sentence === end.sentence; k++) {
    const next = tokens[k + 1];
    // The illness noun must head the phrase: "the disease research lab" is a lab.
    const compound = !/\S/.test(tokens[k].post) && !!next && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun');
    if (ILLNESS_NOUNS.has(tokens[k].normal)) return !compound || next.tags.has('Verb');
    if (/[^\s-]/.test(tokens[k].post) || !/^\p{Ll}/u.test(tokens[k].text)) return false;
  }
  return false;
}

export const diseaseCues: EntityStep = {
  name: 'disease-cues',
  description: 'an untyped name before a disease word ("the COVID-19 pandemic", "an Ebola outbreak") is a Concept',
  apply(groups, ctx) {
    for (const g of groups)
      if (
        guessed(g) &&
        g.spans.some(
          (s) =>
            DISEASE_WORDS.has(s.nounAfter ?? '') ||
            (TOLL_WORDS.has(s.nounAfter ?? '') && !/^\p{Lu}{2,}$/u.test(s.text)) ||
            (DISEASE_CUES_BEFORE.has(s.wordsBefore ?? '') && !hiredTo(s, ctx.tokens)) ||
            illnessApposition(s, ctx.tokens),
        )
      ) {
        g.type = 'Concept';
        g.strong = true;
      }
    return groups;
  },
};

// Person cues for names compromise does not know ("Dries Mertens", "Junius Ho"): a weakly typed name of two
// or three plain name words (or a given name before a place word, "Peter Hall") becomes a Person when it speaks
// ("X said", "said X"), when a title or a role word stands shortly before it ("his aide X"), when a personal
// pronoun follows it with no other person in between, when it is a member "of"/"from" an organisation, when a
// title or role word heads its apposition ("X, the Information Minister,", "X, a US peace envoy,"), when its age follows it ("X, 45,"), when it has
// what only a person has ("X's wife", "X's character") or meets what only a person meets ("the killing of X").
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { givenNamePlace, personLike, unknownNamePlace } from './person-like.js';
import { PERSON_PRONOUNS } from '../lexicon/pronouns.js';
import { pluralDemonym } from '../lexicon/demonyms.js';
import { CAPITAL_TITLES, TITLES } from '../lexicon/titles.js';
import { appositiveTitle, roleWord } from './appositive-role.js';
import { DISEASE_CUES_BEFORE } from './disease-cues.js';
import { SPEECH_FORMS } from '../lexicon/speech-forms.js';
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'outside', 'inside']);
/** Prepositions whose object a verb of saying right after it does not have as its subject. */
const OBJECT_PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with', 'by', 'to', 'in', 'on']);
/** What befalls only a person, before "of" and the name: "the killing of Qasem Soleimani". */
const PERSONAL_FATES = new Set(
  'death killing murder assassination execution funeral burial kidnapping abduction impeachment'.split(' '),
);

/** Participles whose "by" names a body's leader or founder, a person. */
const LEADERS = new Set(['led', 'headed', 'chaired', 'founded', 'co-founded', 'cofounded', 'coached', 'captained']);
/** What is run by its leader, before "under" and the leader's name: "the government under Rishi Sunak". */
const LED_UNDER = new Set(['government', 'administration', 'regime', 'leadership', 'country', 'party', 'team', 'side']);

/** Verbs of saying whose name after them is the one spoken to, who may be an outlet ("told Wikinews", "asked
 * the BBC"), not a speaker put after the verb ("said Ann Cole"). */
const ADDRESSED = new Set(['told', 'asked']);
/** Nouns after a possessive that only a person has: kin, a body, a life's events, a role played. */
const PERSONAL_NOUNS = new Set(
  `wife husband widow widower son sons daughter daughters mother father parents brother brothers sister sisters
  children grandson granddaughter fiancé fiancée girlfriend boyfriend funeral birthday autobiography memoir
  character`.split(/\s+/),
);

/** The side a defender plays on, before "back": "right back", "left-back", "wing-back", "centre-back". */
const BACK_SIDES = new Set(['right', 'left', 'full', 'wing', 'centre', 'center']);

const ASIDE_OPENERS = new Set(['whose', 'who', 'which']);
const SELF = new Set(['he', 'she']);
const MAX_ASIDE = 12;

/** The span, a comma, an aside opened by "whose/who/which" and closed by a comma, then "said he/she". */
function saysOfSelf(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (!/^,\s*$/.test(last.post) || !ASIDE_OPENERS.has(tokens[last.i + 1]?.normal ?? '')) return false;
  for (let k = last.i + 1; k <= last.i + MAX_ASIDE && tokens[k]?.sentence === last.sentence; k++) {
    if (!/,/.test(tokens[k].post)) continue;
    const [verb, self] = [tokens[k + 1], tokens[k + 2]];
    return (
      !!verb && SPEECH_FORMS.has(verb.normal) && !!self && SELF.has(self.normal) && self.sentence === last.sentence
    );
  }
  return false;
}

/** The span ends on a possessive, written on its last word or after it ("Ruth Okoye's", "Okoye ’s", "Jones'"). */
export function endsPossessive(s: NameGroup['spans'][number]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  return /['’]s?$/.test(last.text) || /^['’]s?\s*$/.test(last.post);
}

/** The name stands right before a lower-case noun it modifies ("Air Canada manager", "Acme staff"). */
export function modifiesNoun(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const after = tokens[last.i + 1];
  return (
    after?.sentence === s.sentence && !/\S/.test(last.post) && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun')
  );
}

/** The name is the complement of a role or title: "president of Acme", "a spokeswoman for Acme". */
function roleOf(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const [of, role] = [tokens[s.tokens[0].i - 1], tokens[s.tokens[0].i - 2]];
  return (
    (of?.normal === 'of' || of?.normal === 'for') &&
    role?.sentence === s.sentence &&
    (roleWord(role) || TITLES.has(role.normal))
  );
}

function retypeByPersonCues(groups: NameGroup[], tokens: Token[]): void {
  // "was diagnosed with Multiple Sclerosis. He …": what one is diagnosed with or dies of is an illness
  // (disease-cues.ts), not the person the next pronoun is about.
  const illness = (g: NameGroup) => g.spans.some((s) => DISEASE_CUES_BEFORE.has(s.wordsBefore ?? ''));
  const candidates = groups.filter(
    (g) =>
      ((!g.strong && g.type !== 'Concept' && personLike(g, tokens, groups)) ||
        givenNamePlace(g, tokens) ||
        unknownNamePlace(g, tokens)) &&
      !illness(g),
  );
  if (!candidates.length) return;
  const spanOwner = new Map<number, NameGroup>();
  // "died of pneumonia in La Jolla, California. … he remained there": a name after a preposition of place is
  // where something is, not whom the next "he" is about; nor, mostly, is the one told.
  const placed = new Set<number>();
  for (const g of groups)
    for (const s of g.spans) {
      spanOwner.set(s.tokens[s.tokens.length - 1].i, g);
      // ("told Wikinews he was …": the "he" after the one told is most often the speaker.)
      const before = tokens[s.tokens[0].i - 1]?.normal ?? '';
      // ("a former Air Canada manager, … after he admitted": nor is a name that modifies a noun; "Tom Hale,
      // president of Acme Homes, said he …": nor the body after a role and "of"/"for", the role holder's.)
      if (PLACE_PREPOSITIONS.has(before) || ADDRESSED.has(before) || modifiesNoun(s, tokens) || roleOf(s, tokens))
        placed.add(s.tokens[s.tokens.length - 1].i);
    }
  const becomePerson = new Set<NameGroup>();
  for (const g of candidates) {
    for (const s of g.spans) {
      const after = tokens[s.tokens[s.tokens.length - 1].i + 1];
      const before = tokens[s.tokens[0].i - 1];
      // "a spokesperson for Stagecoach South said": a preposition's object is not who speaks.
      // ("Marine Le Pen's National Rally said", "Musk's SpaceX said": what a name owns and speaks is its body;
      // an owned person's role or given name types them otherwise: "BBC's Jonathan Marcus said".)
      const object = !!before && (OBJECT_PREPOSITIONS.has(before.normal) || /^\p{Lu}.*['’]s?$/u.test(before.text));
      const inverted = !!before && SPEECH_FORMS.has(before.normal) && !ADDRESSED.has(before.normal);
      if ((after && SPEECH_FORMS.has(after.normal) && !object) || inverted) becomePerson.add(g);
    }
  }
  // "Bilawal Bhutto Zardari, whose Pakistan Peoples Party came third, said he would …": a speaker, past an aside
  // set off by commas, who says "he" or "she" of themselves.
  for (const g of candidates) if (g.spans.some((s) => saysOfSelf(s, tokens))) becomePerson.add(g);
  // "the party's nominee Darrell Castle", "the club's treasurer Dennis Hall": a word for a person's role right
  // before the name.
  for (const g of candidates)
    for (const s of g.spans) {
      const before = tokens[s.tokens[0].i - 1];
      if (!before || before.sentence !== s.sentence) continue;
      // "Ethiopians Dejene Debela": a people in the plural, then one of them.
      if (pluralDemonym(before.text) && !/\S/.test(before.post)) becomePerson.add(g);
      if (/^\p{Lu}/u.test(before.text)) continue;
      // "signed right back Jeremie Frimpong": a defender's position, one word or two ("right-back").
      if (before.normal === 'back' && BACK_SIDES.has(tokens[before.i - 1]?.normal ?? '') && !before.tags.has('Plural'))
        becomePerson.add(g);
      // "the in-person Republican National Convention": a hyphened compound is a modifier, not a role.
      if (/-$/.test(tokens[before.i - 1]?.post ?? '') || /-/.test(before.text)) continue;
      // "a former Air Canada manager": the role is the noun's, the name its employer.
      if (modifiesNoun(s, tokens)) continue;
      // ("German champions Bayern Munich", "rivals Liverpool": a role in the plural before one name is a side's.)
      if (roleWord(before) && !before.tags.has('Plural')) becomePerson.add(g);
    }
  // "the assassination of Ivo Brandt", "the funeral of Ana Lutz": a fate only a person meets.
  for (const g of candidates)
    for (const s of g.spans) {
      const of = tokens[s.tokens[0].i - 1];
      const fate = tokens[s.tokens[0].i - 2];
      if (of?.normal === 'of' && fate?.sentence === s.sentence && PERSONAL_FATES.has(fate.normal)) becomePerson.add(g);
    }
  // "The company, led by Elon Musk,", "a charity founded by Ana Lutz": a body's leader or founder after "by"
  // (a name that looks like a person's: "a coalition led by Saudi Arabia" is a place, "… by Blackstone Group" a
  // firm, and neither is a candidate).
  for (const g of candidates)
    for (const s of g.spans) {
      const [by, verb] = [tokens[s.tokens[0].i - 1], tokens[s.tokens[0].i - 2]];
      if (by?.normal === 'by' && verb?.sentence === s.sentence && LEADERS.has(verb.normal)) becomePerson.add(g);
      // ("The previous government under Rishi Sunak": what a leader runs, before "under".)
      if (by?.normal === 'under' && verb?.sentence === s.sentence && LED_UNDER.has(verb.normal)) becomePerson.add(g);
    }
  // "Kadri Tamm, the Information Minister, said": an apposition headed by a title.
  for (const g of candidates) if (g.spans.some((s) => appositiveTitle(s, tokens))) becomePerson.add(g);
  // "Ambassador to the United States Hamdullah Mohib": a title shortly before, with only small words
  // and place names in between.
  for (const g of candidates) {
    for (const s of g.spans) {
      for (let k = s.tokens[0].i - 1; k >= 0 && k >= s.tokens[0].i - 6; k--) {
        const t = tokens[k];
        // "a spokesperson for Stagecoach South": a name right after a preposition is its object, not the title's
        // holder; "the Court of Justice (Oberster Gerichtshof)": nor is one in brackets.
        if (k === s.tokens[0].i - 1 && (t.tags.has('Preposition') || /[([]/.test(t.post + s.tokens[0].pre))) break;
        // "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": a title in the plural.
        const one = t.normal.replace(/s$/, '');
        if (TITLES.has(t.normal) || CAPITAL_TITLES.has(t.text) || TITLES.has(one)) {
          becomePerson.add(g);
          break;
        }
        if (!(t.tags.has('Place') || t.tags.has('Preposition') || t.tags.has('Determiner') || t.normal === 'to')) break;
      }
    }
  }
  // "Nathan Law of Demosisto", "Hui Chi-fung from the Democratic Party": a name of an organisation's member.
  const orgAt = new Map<number, NameGroup>();
  for (const g of groups)
    if (g.type === 'Organization' && g.strong) for (const s of g.spans) orgAt.set(s.tokens[0].i, g);
  for (const g of candidates) {
    for (const s of g.spans) {
      const of = tokens[s.tokens[s.tokens.length - 1].i + 1];
      if (!of || (of.normal !== 'of' && of.normal !== 'from') || /\S/.test(s.tokens[s.tokens.length - 1].post))
        continue;
      const at = tokens[of.i + 1]?.normal === 'the' ? of.i + 2 : of.i + 1;
      const org = orgAt.get(at);
      if (org && org !== g) becomePerson.add(g);
    }
  }
  // "Rustam Nurmagomedov, 45, was arrested": an age between commas right after the name.
  for (const g of candidates)
    for (const s of g.spans) {
      const last = s.tokens[s.tokens.length - 1];
      const age = tokens[last.i + 1];
      if (
        /^,\s*$/.test(last.post) &&
        age?.sentence === s.sentence &&
        /^\d{1,3}$/.test(age.text) &&
        /^,/.test(age.post) &&
        !/^\d/.test(tokens[age.i + 1]?.text ?? '')
      )
        if (Number(age.text) >= 1 && Number(age.text) <= 115) becomePerson.add(g);
    }
  // "Sigourney Weaver's character", "Ruth Okoye's husband": what only a person has, after the possessive.
  for (const g of candidates)
    for (const s of g.spans) {
      const last = s.tokens[s.tokens.length - 1];
      const next = tokens[last.i + 1];
      if (endsPossessive(s) && next?.sentence === s.sentence && PERSONAL_NOUNS.has(next.normal)) becomePerson.add(g);
    }
  // A personal pronoun whose nearest preceding name (same or previous sentence) is a candidate.
  let lastName: { group: NameGroup; sentence: number } | undefined;
  for (const t of tokens) {
    const owner = spanOwner.get(t.i);
    if (owner && !placed.has(t.i)) lastName = { group: owner, sentence: t.sentence };
    else if (
      !owner &&
      // "he's a doctor": the pronoun with a verb written on.
      PERSON_PRONOUNS.has(t.normal.replace(/['’](?:s|d|ll)$/, '')) &&
      t.tags.has('Pronoun') &&
      lastName &&
      t.sentence - lastName.sentence <= 1
    ) {
      if (candidates.includes(lastName.group)) becomePerson.add(lastName.group);
    }
  }
  for (const g of becomePerson) {
    g.type = 'Person';
    g.strong = true;
  }
}

export const personCues: EntityStep = {
  name: 'person-cues',
  description:
    'a weakly typed personal-looking name that speaks, follows a title, is referred to by he/she or is a member of an organisation is a Person',
  apply(groups, ctx) {
    retypeByPersonCues(groups, ctx.tokens);
    return groups;
  },
};

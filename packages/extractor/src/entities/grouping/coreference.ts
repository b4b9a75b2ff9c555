// Coreference: person pronouns ("he", "her") to the person in subject position (pronounAntecedent); nominals ("the country",
// "the company") to the entity of the matching kind in main-clause subject position of the nearest sentence naming
// one, else the latest; a bare title ("the President") to the person
// beside it in apposition ("Kenya's Foreign Minister, Amina Otieno") or else the latest one seen with that
// title. Only looks back a few sentences, and never across a gender clash.
import type { Token } from '../../tokens.js';
import type { EntityType, Mention } from '../../types.js';
import { mainClauseSubject, pronounAntecedent, type PersonRef } from './pronoun-antecedent.js';
import { ownClauseSubject } from './own-clause-subject.js';
import { STAFF } from '../typing/org-cues.js';
import {
  BUSINESS_NOMINALS,
  COUNTRY_NOMINALS,
  CITY_NOMINALS,
  GENERAL_NOMINALS,
  NOMINALS,
  NOT_BUSINESS_HEADS,
  PERSON_PRONOUNS,
} from '../lexicon/pronouns.js';
import { SPEECH_FORMS } from '../lexicon/speech-forms.js';

export interface CorefTarget {
  /** Index of the entity in the caller's list. */
  entity: number;
  type: EntityType;
  start: number;
  /** End of the name mention (for appositions); absent when unknown. */
  end?: number;
  sentence: number;
  isCountry: boolean;
  isCity: boolean;
  gender?: 'm' | 'f';
  /** A plural name: a group of people, never a person pronoun's antecedent. */
  group?: boolean;
  /** Lower-case words of the entity's name ("the university" needs a name containing "university"), and its last. */
  words: Set<string>;
  last: string;
  titles: Set<string>;
  /** Lower-case nouns the text writes right before a name of the entity ("company" in "the energy company
   * Vortana"). */
  kinds: Set<string>;
  /** A word for a body that is no business follows a name of the entity ("the IG Metall union"). */
  notBusiness?: boolean;
}

export interface CorefMention {
  entity: number;
  mention: Mention;
  rule: 'pronoun' | 'nominal' | 'title';
}

const LOOKBACK = 3;
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

/** `targets` are name mentions sorted by start; `nameTokens` the indices of tokens inside name spans. */
export function resolveCoreference(
  tokens: Token[],
  targets: CorefTarget[],
  titleSpans: Array<{ start: number; end: number; text: string; sentence: number; title: string }>,
  nameTokens: Set<number> = new Set(),
  text = '',
): CorefMention[] {
  const out: CorefMention[] = [];
  const latest = (
    pos: number,
    sentence: number,
    ok: (t: CorefTarget) => boolean,
    lookback = LOOKBACK,
  ): CorefTarget | undefined => {
    for (let k = targets.length - 1; k >= 0; k--) {
      const t = targets[k];
      if (t.start >= pos) continue;
      if (sentence - t.sentence > lookback) return undefined;
      if (ok(t)) return t;
    }
    return undefined;
  };
  const bySentence: Token[][] = [];
  for (const tok of tokens) (bySentence[tok.sentence] ??= []).push(tok);
  const modifier = modifierUse(tokens);
  // "Pell Group said it would buy Castor Mining. The company also …": of several fitting names in the nearest
  // earlier sentence, the one in main-clause subject position is the one the article goes on about; the
  // latest is kept when none is there, or when the nominal's own sentence names them.
  // (For "the city", two cities there with neither its subject name none: in "congratulated Brisbane and said
  // Riyadh would bid again. … The city already plans …" the latest is no better a guess than the other.)
  // Before either, the one name there the text has called by the nominal's own noun: "ordered the energy company
  // Vortana to cut emissions in a case brought by the environmental group Milieudefensie. … the company".
  /** ("Police in Georgia … Georgian Dream was founded by Bidzina Ivanishvili, who made his fortune in Russia.
   * Opponents accuse the party of moving the country closer to Moscow.") The fitting entity named most often
   * before `pos`, when named at least twice and more often than `other`. */
  const topic = (pos: number, ok: (t: CorefTarget) => boolean, other: number): number | undefined => {
    const n = new Map<number, number>();
    for (const c of targets) if (c.start < pos && ok(c)) n.set(c.entity, (n.get(c.entity) ?? 0) + 1);
    const [best, count] = [...n.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    return best !== undefined && count! >= 2 && count! > (n.get(other) ?? 0) ? best : undefined;
  };
  /** The entity each nominal's head last stood for. */
  const calledAs = new Map<string, number>();
  /** The sentence where each nominal's head last stood for that entity. */
  const calledIn = new Map<string, number>();
  const salient = (
    pos: number,
    sentence: number,
    ok: (t: CorefTarget) => boolean,
    strict = false,
    head = '',
  ): CorefTarget | undefined => {
    const t = latest(pos, sentence, ok);
    // ("Voltora said … The company said … contact the company": with no fitting name near, the one the same
    // nominal stood for a few sentences ago, however far back its name is.)
    if (!t && head && sentence - (calledIn.get(head) ?? -Infinity) <= LOOKBACK)
      return latest(pos, sentence, (c) => c.entity === calledAs.get(head) && ok(c), Infinity);
    if (!t || t.sentence === sentence) return t;
    const here = targets.filter((c) => c.sentence === t.sentence && ok(c));
    if (new Set(here.map((c) => c.entity)).size === 1) {
      // ("… than the company had predicted. Analysts hoped it would outperform a drug made by Eli Lilly. Martin
      // Lange, the company's head …": a name no subject of its sentence does not take over the nominal from the
      // one it last stood for.)
      if (mainClauseSubject(here, bySentence[t.sentence] ?? []) === t.entity) return t;
      const top = topic(pos, ok, t.entity);
      const prior = calledAs.get(head) ?? top;
      if (prior === undefined || prior === t.entity) return t;
      // (the one it stood for a few sentences ago, however far back its name is: "The company … the company's
      // unit … after a door panel blew off an Alaska Airlines flight … the company's quality controls" is Boeing)
      // (or the article's topic, named more often: "The company did not say … told BBC News … working closely
      // with the company" is the recalling firm, not the outlet a customer spoke to)
      const recent =
        (sentence - (calledIn.get(head) ?? -Infinity) <= LOOKBACK && calledAs.get(head) === prior) || top === prior;
      return latest(pos, sentence, (c) => c.entity === prior && ok(c), recent ? Infinity : LOOKBACK) ?? t;
    }
    const called = here.filter((c) => c.kinds.has(head));
    if (new Set(called.map((c) => c.entity)).size === 1) return called[0];
    const subject = mainClauseSubject(here, bySentence[t.sentence] ?? []);
    const found = here.find((c) => c.entity === subject);
    if (found) return found;
    // With no fitting subject, the name the same nominal last stood for, when it is there ("giving the company a
    // market value … Analysts at Wedbush said demand for Nvidia's chips would remain strong. The company will …").
    const again = here.find((c) => c.entity === calledAs.get(head));
    if (again) return again;
    // Several fitting names there, none its subject ("Its biggest customers include Alphabet and Amazon. …, who
    // co-founded the company"): the article's topic, named more often than any of them, when it is one.
    const rivals = new Set(here.map((c) => c.entity));
    const top = rivals.size > 1 ? topic(pos, ok, here[here.length - 1].entity) : undefined;
    if (top !== undefined && !rivals.has(top)) {
      const back = latest(pos, sentence, (c) => c.entity === top && ok(c));
      if (back) return back;
    }
    // With no fitting subject, the latest fitting name that is no possessor of another noun ("founded the Unity
    // Party with supporters of … the Democratic Party's nomination. The party …" speaks of the Unity Party).
    // (the name's last token carries the possessive: "Party's")
    const owners = (bySentence[t.sentence] ?? []).filter((x) => /['’]s?$/.test(x.text));
    const owner = (c: CorefTarget) => c.end !== undefined && owners.some((x) => x.start < c.end! && c.end! <= x.end);
    const plain = here.filter((c) => !owner(c));
    return plain.length && plain.length < here.length ? plain[plain.length - 1] : strict ? undefined : t;
  };
  const persons: PersonRef[] = targets.filter((t) => t.type === 'Person' && !t.group);
  const resolved: PersonRef[] = [];
  // A person the article has already called "she" is no "he" later ("… a good fit for her. … he would
  // want to play for …" speaks of someone else), though the tagger knows no gender for the name.
  const learned = new Map<number, 'm' | 'f'>();
  const withGender = (r: PersonRef): PersonRef =>
    r.gender || !learned.has(r.entity) ? r : { ...r, gender: learned.get(r.entity) };
  for (const tok of tokens) {
    if (PERSON_PRONOUNS.has(tok.normal) && tok.tags.has('Pronoun')) {
      const g = FEMALE.has(tok.normal) ? 'f' : 'm';
      const near = (r: PersonRef) => r.sentence <= tok.sentence && tok.sentence - r.sentence <= LOOKBACK;
      const refs = [...persons.filter(near), ...resolved.filter(near)]
        .map(withGender)
        .sort((a, b) => a.start - b.start);
      const entity = pronounAntecedent(tok, g, refs, bySentence, LOOKBACK);
      if (entity !== undefined) {
        if (!learned.has(entity)) learned.set(entity, g);
        resolved.push({ entity, sentence: tok.sentence, start: tok.start, gender: g });
        out.push({ entity, rule: 'pronoun', mention: mention(tok.sentence, tok.start, tok.end, tok.text, 'pronoun') });
      }
      continue;
    }
    // ("the company's chief executive", "the party's nominee": a body's possessive refers as the bare noun does.
    // Not a place's: on the Wikinews corpus "the country's" / "the nation's" named the salient country in 14 of
    // 20 mentions, against 7 of 7 for "the party's" and "the company's".)
    const bare = NOMINALS.get(tok.normal.replace(/['’]s$/, ''));
    const type = bare === 'Organization' ? bare : NOMINALS.get(tok.normal);
    // "the University of Southern Indiana": a word of a name is not a nominal reference.
    if (
      type &&
      !nameTokens.has(tok.i) &&
      tok.pos > 0 &&
      tokens[tok.i - 1].normal === 'the' &&
      tokens[tok.i - 1].sentence === tok.sentence
    ) {
      const next = tokens[tok.i + 1];
      if (
        next &&
        next.sentence === tok.sentence &&
        next.tags.has('Noun') &&
        !tok.tags.has('Possessive') &&
        !/[^\s]/.test(tok.post)
      )
        continue;
      const det = tokens[tok.i - 1];
      const head = tok.normal.replace(/['’]s$/, '');
      // "in the company of a young actress": with someone, no business.
      if (head === 'company' && tokens[tok.i - 2]?.normal === 'in' && next?.normal === 'of') continue;
      // (whom the description's quotation names is not the one who speaks it)
      const speaks = SPEECH_FORMS.has(tokens[tok.i + 1]?.normal ?? '') && tokens[tok.i + 1].sentence === tok.sentence;
      const quoted = new Set(
        speaks
          ? targets
              .filter((c) => c.sentence === tok.sentence && c.start < det.start)
              .filter((c) => quotedBySpeaker(bySentence[c.sentence], c, tok))
              .map((c) => c.entity)
          : [],
      );
      const t = salient(
        det.start,
        tok.sentence,
        (c) =>
          c.type === type &&
          // ("Beta Ltd sued the company": not Beta Ltd; "Analysts at Morgan Stanley said the company …": not the
          // analysts' workplace)
          !(
            c.sentence === tok.sentence &&
            c.end !== undefined &&
            (ownClauseSubject(bySentence[c.sentence], c.end, det, tok) || staffWorkplace(bySentence[c.sentence], c))
          ) &&
          !quoted.has(c.entity) &&
          (COUNTRY_NOMINALS.has(head)
            ? c.isCountry && !modifier(c)
            : CITY_NOMINALS.has(head)
              ? c.isCity
              : (GENERAL_NOMINALS.has(head) &&
                  !(BUSINESS_NOMINALS.has(head) && (NOT_BUSINESS_HEADS.has(c.last) || c.notBusiness))) ||
                c.words.has(head)),
        CITY_NOMINALS.has(head) || COUNTRY_NOMINALS.has(head),
        head,
      );
      const end = tok.end - (/['’]s$/.test(tok.text) ? 2 : 0);
      if (t) {
        calledAs.set(head, t.entity);
        calledIn.set(head, tok.sentence);
        out.push({ entity: t.entity, rule: 'nominal', mention: mention(tok.sentence, det.start, end, '', 'nominal') });
      }
    }
  }
  for (const s of titleSpans) {
    const title = s.title.toLowerCase();
    // Apposition: "Malaysia's Prime Minister, Najib Razak, said"; "John Kerry, the Secretary of State, …".
    const beside = targets.find(
      (c) =>
        c.type === 'Person' &&
        ((c.start >= s.end && /^,\s*$/.test(text.slice(s.end, c.start))) ||
          (c.end !== undefined && c.end <= s.start && /^,\s*(the\s+)?$/i.test(text.slice(c.end, s.start)))),
    );
    const t = beside ?? latest(s.start, s.sentence, (c) => c.type === 'Person' && c.titles.has(title), 1000);
    if (t)
      out.push({ entity: t.entity, rule: 'title', mention: mention(s.sentence, s.start, s.end, s.text, 'nominal') });
  }
  return out;
}

/** The name opens right after "at" and a plural of people who work somewhere ("analysts at Morgan Stanley"). */
function staffWorkplace(row: Token[], c: CorefTarget): boolean {
  const k = row.findIndex((t) => t.start === c.start);
  return k > 1 && row[k - 1].normal === 'at' && STAFF.has(row[k - 2].normal);
}

/** '"The primary advocate for this decision is Spotify," the company said' (a verb of saying after the
 * description): a name inside the quotation the description speaks is whom the speaker talks of, not the speaker. */
function quotedBySpeaker(row: Token[], c: CorefTarget, noun: Token): boolean {
  const between = row.filter((t) => t.start >= c.start && t.end <= noun.start);
  // (the quotation closes after the name and opens nowhere between: the name's own opening mark is before it)
  return between.some((t) => /["”]/.test(t.post)) && !between.slice(1).some((t) => /["“]/.test(t.pre));
}

const NOT_NOUN = ['Verb', 'Pronoun', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Possessive'];

/**
 * "U.S. diplomats … smuggled them out of the country", "expel United States troops from the country": a country
 * written as a modifier of a noun ("U.S. diplomats", "US Air Force") says whose the people or body are, not where
 * the clause is, so it is no antecedent of "the country"; a country named as a phrase of its own is.
 */
function modifierUse(tokens: Token[]): (c: CorefTarget) => boolean {
  const endAt = new Map(tokens.map((t) => [t.end, t]));
  return (c) => {
    const last = c.end === undefined ? undefined : endAt.get(c.end);
    const next = last && tokens[last.i + 1];
    if (!last || !next || next.sentence !== last.sentence || /\S/.test(last.post) || next.pre) return false;
    if (last.tags.has('Possessive')) return false;
    return (next.tags.has('Noun') || next.tags.has('Adjective')) && !NOT_NOUN.some((x) => next.tags.has(x));
  };
}

function mention(sentence: number, start: number, end: number, text: string, kind: Mention['kind']): Mention {
  return { sentence, start, end, text, kind };
}

// Which person a "he"/"she" means, precision first. The nearest compatible name is wrong whenever another
// person was named in between ("Baker … where he met Bruce. He worked with McCartney. Later, he recorded"),
// so the antecedent is chosen by clause position instead: within the pronoun's own sentence, the one
// compatible person named before it; else, in the nearest earlier sentence that names a compatible
// person, the only one it names or the one in main-clause subject position (before the main verb, after
// any opening "When …," clause).
// Anything else is ambiguous and stays unresolved: an edge on the wrong person is worse than none.
import type { Token } from '../../tokens.js';
import { ARTICLES, UNNAMED_PERSONS } from '../lexicon/pronouns.js';
import { REPORTING_VERBS } from '../names/reporting-opener.js';
import { PARTICLES } from '../names/name-particles.js';
import { judgedPossessor } from './judged-possessor.js';

/** Pronouns in object position: "him", and "her" too (also a possessive, which the same doubt holds for). */
const OBJECT_FORMS = new Set(['him', 'her']);

/** A person reference already read: a name mention or an earlier resolved pronoun. */
export interface PersonRef {
  entity: number;
  sentence: number;
  start: number;
  gender?: 'm' | 'f';
}

export function pronounAntecedent(
  pronoun: Token,
  gender: 'm' | 'f',
  refs: PersonRef[],
  sentenceTokens: Token[][],
  lookback: number,
): number | undefined {
  const own = sentenceTokens[pronoun.sentence] ?? [];
  // '"He was a democrat from the first hour," Boric said': one who speaks of himself says "I", so a third
  // person inside a quotation is never the quotation's speaker.
  const speaker = quotationSpeaker(pronoun, own, refs);
  if (speaker === null) return undefined;
  const fits = (r: PersonRef) =>
    r.start < pronoun.start && (r.gender === undefined || r.gender === gender) && r.entity !== speaker;
  const appointee = confirmedAppointee(pronoun, refs.filter(fits), sentenceTokens, lookback);
  if (appointee !== undefined) return appointee ?? undefined;
  // "Boeing chief executive Kelly Ortberg said he was pleased": the speaker right before "said he" is whom the
  // pronoun means; a given name the lexicon genders otherwise ("Kelly") leaves it unresolved, not someone earlier.
  if (
    refs.some(
      (r) => r.sentence === pronoun.sentence && !fits(r) && r.start < pronoun.start && saysRightBefore(r, pronoun, own),
    )
  )
    return undefined;
  const judged = !!judgedPossessor(own, pronoun.pos);
  for (let s = pronoun.sentence; s >= 0 && pronoun.sentence - s <= lookback; s--) {
    // ("Judge Lewis Kaplan set his sentencing. His lawyer said …": the sentence before speaks of someone else
    // the pronoun may mean as well.)
    const others = sentenceTokens[s] ?? [];
    if (s < pronoun.sentence && others.some((_, k) => judgedPossessor(others, k) === gender)) return undefined;
    // "A chef named Tvardek harried him": the object of a clause is not its own subject ("himself" would be).
    const here = refs.filter(
      (r) =>
        r.sentence === s &&
        fits(r) &&
        !(
          s === pronoun.sentence &&
          (judged ||
            openingObject(r, pronoun, own) ||
            ownApposition(r, pronoun, own) ||
            clauseMateSubject(r, pronoun, own) ||
            relativeClauseObject(r, pronoun, own) ||
            coordinatedSubject(r, pronoun, own) ||
            infinitiveSubject(r, pronoun, own) ||
            raisedSubject(r, pronoun, own))
        ),
    );
    if (!here.length) continue;
    const distinct = new Set(here.map((r) => r.entity));
    if (unnamedBetween(pronoun, gender, s, sentenceTokens)) return undefined;
    const last = Math.max(...here.map((r) => r.start));
    if (s < pronoun.sentence && unnamedAfter(last, gender, sentenceTokens[s] ?? [], pronoun, own)) return undefined;
    if (distinct.size === 1) return here[0].entity;
    if (s === pronoun.sentence) return undefined; // "Trump called Macron after he won": either could be meant
    // ("Southgate had called Toney up to the squad. The ban will keep him out": an object pronoun after a
    // sentence naming two fitting people may mean either; the subject is a guess only for a subject pronoun.)
    if (OBJECT_FORMS.has(pronoun.normal)) return undefined;
    return mainClauseSubject(here, sentenceTokens[s] ?? []);
  }
  return undefined;
}

/** "Speaking to Martin Smith of PBS, he said …", "Asked by Ann Cole about it, she …": a participle opening
 * the sentence has the main clause's subject for its own, so a person named in that opening phrase, before
 * the comma the pronoun follows, is someone that subject spoke to or was asked by, never the subject. */
function openingObject(r: PersonRef, pronoun: Token, toks: Token[]): boolean {
  const first = toks[0];
  const participle = first?.tags.has('Gerund') || (/ed$/.test(first?.normal ?? '') && first.tags.has('Verb'));
  if (!participle) return false;
  const comma = toks.findIndex((t) => /,/.test(t.post));
  return comma > 0 && toks[comma + 1] === pronoun && r.start < toks[comma].end;
}

/** "Ruud van Nistelrooy, his assistant, will take charge": a possessive opening the apposition of the name
 * right before it is someone else's (no one is their own assistant). */
function ownApposition(r: PersonRef, pronoun: Token, toks: Token[]): boolean {
  if (pronoun.normal !== 'his' && pronoun.normal !== 'her') return false;
  const between = toks.filter((t) => t.start >= r.start && t.start < pronoun.start);
  return (
    between.length > 0 &&
    between.length <= 6 &&
    /^,\s*$/.test(between[between.length - 1].post) &&
    between.slice(0, -1).every((t) => !/\S/.test(t.post)) &&
    // (the name's own words: capitalised, or a particle, "van")
    between.every((t) => /^\p{Lu}/u.test(t.text) || PARTICLES.has(t.normal))
  );
}

/** Words besides subordinators and relatives (below) that open another clause between a name and a pronoun:
 * its subject may be someone else. */
const CLAUSE_LINKS = new Set(['and', 'but', 'or', 'that', 'to']);
const opensClause = (w: string) => CLAUSE_LINKS.has(w) || SUBORDINATORS.has(w) || RELATIVES.has(w);

/** `r` is the subject of the clause whose object the pronoun is: "him" (or "her" before no noun) right after
 * one verb group that follows the name, with no comma or clause opener between ("Tvardek harried him", "Tvardek
 * had not yet paid him"; not "Tvardek said police held him", two verb groups). */
/** "him", or "her" before no noun: the pronoun is an object, no possessive. */
function objectPronoun(pronoun: Token, toks: Token[]): boolean {
  const next = toks[pronoun.pos + 1];
  return (
    pronoun.normal === 'him' || (pronoun.normal === 'her' && !next?.tags.has('Noun') && !next?.tags.has('Adjective'))
  );
}

function clauseMateSubject(r: PersonRef, pronoun: Token, toks: Token[]): boolean {
  if (!objectPronoun(pronoun, toks)) return false;
  const between = toks.filter((t) => t.start > r.start && t.start < pronoun.start);
  const name = between.findIndex((t) => t.tags.has('Verb'));
  if (name < 0 || between.slice(0, -1).some((t) => /[,;:—–()"“”]/.test(t.post))) return false;
  const rest = between.slice(name);
  if (rest.some((t) => opensClause(t.normal))) return false;
  // One run of verbs and adverbs, ending right before the pronoun.
  return rest.every((t) => t.tags.has('Verb') || t.tags.has('Adverb') || t.tags.has('Negative'));
}

/** "Betssy Chávez, who was tried alongside him, …": an object pronoun in a relative clause set off after the
 * name, with only verbs, adverbs and prepositions between "who" and it, is not the name the clause is about
 * (that would be "herself"); "Ann Cole, who said Tom Hale had met her," may be (another clause between). */
function relativeClauseObject(r: PersonRef, pronoun: Token, toks: Token[]): boolean {
  if (!objectPronoun(pronoun, toks)) return false;
  const between = toks.filter((t) => t.start >= r.start && t.start < pronoun.start);
  const who = between.findIndex((t) => t.normal === 'who');
  if (who < 1 || !/^,\s*$/.test(between[who - 1].post)) return false;
  // (the name's own words before the comma)
  if (!between.slice(0, who).every((t) => /^\p{Lu}/u.test(t.text) || PARTICLES.has(t.normal))) return false;
  const rest = between.slice(who + 1);
  return (
    rest.length > 0 &&
    rest.every(
      (t) =>
        !/[,;:—–()"“”]/.test(t.post) &&
        !opensClause(t.normal) &&
        ['Verb', 'Adverb', 'Negative', 'Preposition'].some((x) => t.tags.has(x)),
    )
  );
}

/** `r` is the subject of a second verb phrase, joined by "and", whose object the pronoun is: "Holowczak fined
 * him 200 dollars and asked him to change" (the verb right after the name, no comma or other clause between). */
function coordinatedSubject(r: PersonRef, pronoun: Token, toks: Token[]): boolean {
  if (!OBJECT_FORMS.has(pronoun.normal)) return false;
  const between = toks.filter((t) => t.start > r.start && t.start < pronoun.start);
  const and = between.findLastIndex((t) => t.normal === 'and');
  const verb = between.findIndex((t) => !/^\p{Lu}/u.test(t.text));
  if (and < 0 || verb < 0 || verb > and || !between[verb].tags.has('Verb')) return false;
  if (between.slice(0, -1).some((t) => /[,;:—–()"“”]/.test(t.post))) return false;
  if (between.slice(verb + 1, and).some((t) => opensClause(t.normal))) return false;
  const tail = between.slice(and + 1);
  return tail.length > 0 && tail.every((t) => t.tags.has('Verb') || t.tags.has('Adverb'));
}

/** `r` is the subject of the infinitive whose object the pronoun is: "named Tom Hale to replace him", "named the
 * bank's governor, Federico Sosa, to replace him" have the name right before "to" (a comma allowed) and only
 * verbs after it ("himself" would be the name). */
function infinitiveSubject(r: PersonRef, pronoun: Token, toks: Token[]): boolean {
  if (!OBJECT_FORMS.has(pronoun.normal)) return false;
  const between = toks.filter((t) => t.start > r.start && t.start < pronoun.start);
  const to = between.findLastIndex((t) => t.normal === 'to');
  if (to < 0 || !between.slice(to + 1).every((t) => t.tags.has('Verb') || t.tags.has('Adverb'))) return false;
  // The rest of the name, then at most a comma before "to".
  return between.slice(0, to).every((t, k) => /^\p{Lu}/u.test(t.text) && (k === to - 1 || !/\S/.test(t.post)));
}

/** `r` is the subject of "is/was … to <verb>" whose object the pronoun is: "Lee Jae-myung is the favourite to
 * succeed him", "Bob Lee is expected to replace him", "was chosen to succeed him" (the one who succeeds is the
 * name; "himself" would be the name). */
function raisedSubject(r: PersonRef, pronoun: Token, toks: Token[]): boolean {
  if (!OBJECT_FORMS.has(pronoun.normal)) return false;
  const between = toks.filter((t) => t.start > r.start && t.start < pronoun.start);
  const copula = between.findIndex((t) => t.tags.has('Copula'));
  const to = between.findLastIndex((t) => t.normal === 'to');
  if (copula < 0 || to < copula + 2 || to - copula > 4) return false;
  // The rest of the name before the copula, lower-case words between it and "to", verbs after "to".
  if (!between.slice(0, copula).every((t) => /^\p{Lu}/u.test(t.text))) return false;
  const middle = between.slice(copula + 1, to);
  if (middle.some((t) => !/^\p{Ll}/u.test(t.text) || opensClause(t.normal))) return false;
  if (between.slice(0, -1).some((t) => /[,;:—–()"“”]/.test(t.post))) return false;
  return between.slice(to + 1).every((t) => t.tags.has('Verb') || t.tags.has('Adverb'));
}

/** The person a quotation holding the pronoun is attributed to after its closing mark ('"… he …," Boric said',
 * '"…," said Boric'); null when a description says it ('"He has broken my trust," the chancellor told
 * reporters': whoever the chancellor is, the pronoun means someone else, and the sentence before may well name
 * the chancellor); undefined when no one does. */
function quotationSpeaker(pronoun: Token, toks: Token[], refs: PersonRef[]): number | null | undefined {
  const at = toks.indexOf(pronoun);
  const open = toks.slice(0, at + 1).findLastIndex((t) => /["“]/.test(t.pre));
  if (open < 0 || toks.slice(open, at).some((t) => /["”]/.test(t.post))) return undefined;
  const close = toks.findIndex((t, k) => k >= at && /["”]/.test(t.post));
  if (close < 0) return undefined;
  const verb = toks.findIndex((t, k) => k > close && k <= close + 4 && REPORTING_VERBS.has(t.normal));
  if (verb < 0) return undefined;
  const end = toks[Math.min(toks.length - 1, verb + 4)].end;
  const named = refs.find((r) => r.sentence === pronoun.sentence && r.start > toks[close].end && r.start < end);
  if (named) return named.entity;
  const described = [toks[close + 1], toks[verb + 1]].some((t) => !!t && ARTICLES.has(t.normal));
  return described ? null : undefined;
}

/** `r` is the speaker of a reporting verb right before the pronoun: "Kelly Ortberg said (that) he …". */
function saysRightBefore(r: PersonRef, pronoun: Token, toks: Token[]): boolean {
  const between = toks.filter((t) => t.start > r.start && t.start < pronoun.start);
  const verb = between.findIndex((t) => REPORTING_VERBS.has(t.normal));
  if (verb < 0 || between.slice(0, verb).some((t) => !/^\p{Lu}/u.test(t.text) || /\S/.test(t.post))) return false;
  const rest = between.slice(verb + 1).map((t) => t.normal);
  return rest.length === 0 || (rest.length === 1 && rest[0] === 'that');
}

/** The noun at `k` has a determiner before it, with at most two describing words between ("a man", "a
 * 19-year-old man", "an unnamed local woman"). */
const determinedAt = (toks: Token[], k: number): boolean => determinerOf(toks, k) !== undefined;

/** The determiner of the noun at `k` (as determinedAt), or undefined. */
function determinerOf(toks: Token[], k: number): string | undefined {
  let words = 0;
  for (let j = k - 1; j >= 0 && words <= 2; j--) {
    if (/^(?:the|a|an|this|that)$/.test(toks[j].normal)) return toks[j].normal;
    // (a hyphened compound, "19-year-old", is one describing word)
    const joined = toks[j].post === '-' || toks[j - 1]?.post === '-';
    const describes = joined || toks[j].tags.has('Adjective') || /^\d+$/.test(toks[j].text);
    if (!describes || (/\S/.test(toks[j].post) && toks[j].post !== '-')) return undefined;
    if (toks[j - 1]?.post !== '-') words++;
  }
  return undefined;
}

/** Between the sentence that names the antecedent and the pronoun, "the man", "a woman", "the suspect" (a
 * fitting person left unnamed, not a role before a name: "the prosecutor Remy Heitz") may be whom the pronoun
 * means: "Heitz said … Officials said the man was 45. He lived in Gonesse" is the man's home, not Heitz's. */
function unnamedBetween(pronoun: Token, gender: 'm' | 'f', from: number, sentenceTokens: Token[][]): boolean {
  for (let s = from + 1; s <= pronoun.sentence; s++) {
    const toks = sentenceTokens[s] ?? [];
    for (let k = 1; k < toks.length && toks[k].start < pronoun.start; k++) {
      if (unnamedPerson(toks, k, gender) && determinedAt(toks, k)) return true;
    }
  }
  return false;
}

/** The noun at `k` is a person of the pronoun's gender left unnamed ("the man", "the suspect"): not a role before a
 * name ("the prosecutor Remy Heitz"). */
function unnamedPerson(toks: Token[], k: number, gender: 'm' | 'f'): boolean {
  const fit = UNNAMED_PERSONS.get(toks[k].normal.replace(/['’]s$/, ''));
  return (
    !!fit && (fit === 'any' || fit === gender) && (!/^\p{Lu}/u.test(toks[k + 1]?.text ?? '') || /\S/.test(toks[k].post))
  );
}

/** "Minister Juan Santiváñez said the suspect, a 34-year-old man, was detained. Prosecutors accuse him …": a
 * fitting person the text knows but leaves unnamed ("the suspect", "the attacker") after the named one in the
 * antecedent's own sentence, past a verb, may be whom the pronoun means. Not the name's own apposition ("Tom
 * Hale, a 34-year-old man, was held") nor a description of it ("Štefl was a major driver"), and not for a
 * speaker going on ("Basu said the police found the attacker acted alone. He also said …"). */
function unnamedAfter(start: number, gender: 'm' | 'f', toks: Token[], pronoun: Token, own: Token[]): boolean {
  if (speaksOn(pronoun, own)) return false;
  let verb = false;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].start <= start) continue;
    if (toks[k].tags.has('Verb')) verb = true;
    if (verb && unnamedPerson(toks, k, gender) && determinerOf(toks, k) === 'the') return true;
  }
  return false;
}

/** The pronoun is the subject of a verb of saying, adverbs between: "He also said", "She added". */
function speaksOn(pronoun: Token, own: Token[]): boolean {
  let k = pronoun.pos + 1;
  while (own[k]?.tags.has('Adverb')) k++;
  return !!own[k] && REPORTING_VERBS.has(own[k].normal);
}

/** Verbs of a body's vote on a nominee, and of naming one: "appointed Pedro Ruiz as secretary. The House
 * confirmed him" speaks of the appointee, whoever the previous sentence's subject was. */
const CONFIRMING = new Set(['confirm', 'approve', 'ratify', 'reject']);
const APPOINTING = new Set(['appoint', 'nominate', 'name', 'pick', 'choose', 'tap', 'select']);
const lemma = (t: Token | undefined) => t?.root ?? t?.normal ?? '';

/** The object of a confirming verb ("confirmed him", "had not confirmed her") is the one person appointed
 * or nominated in the nearest sentence that appoints anyone (and only one); null when there is none such
 * (the subject-position guess would name whoever did the appointing); undefined for any other pronoun. */
function confirmedAppointee(
  pronoun: Token,
  refs: PersonRef[],
  sentenceTokens: Token[][],
  lookback: number,
): number | null | undefined {
  const own = sentenceTokens[pronoun.sentence] ?? [];
  const verb = own[pronoun.pos - 1];
  if (!/^(?:him|her)$/.test(pronoun.normal) || !verb?.tags.has('Verb') || !CONFIRMING.has(lemma(verb)))
    return undefined;
  for (let s = pronoun.sentence; s >= 0 && pronoun.sentence - s <= lookback; s--) {
    const toks = sentenceTokens[s] ?? [];
    const v = toks.findIndex((t) => t.tags.has('Verb') && APPOINTING.has(lemma(t)));
    if (v < 0 || (s === pronoun.sentence && toks[v].start > pronoun.start)) continue;
    // The person right after the verb, and no other after it ("named Ann Lee and Tom Hale" is two).
    const after = refs.filter((r) => r.sentence === s && r.start > toks[v].start);
    const distinct = new Set(after.map((r) => r.entity));
    return distinct.size === 1 && after[0].start === toks[v + 1]?.start ? after[0].entity : null;
  }
  return null;
}

/** Words that open a subordinate clause: its subject is not the sentence's ("When X resigned, Y ran"). */
const SUBORDINATORS = new Set(
  'when while after before because although though since until unless if as once whereas'.split(' '),
);

const RELATIVES = new Set(['who', 'whose', 'whom', 'which']);

/** Prepositions whose object modifies the plural noun before them. */
const MODIFYING = new Set(['at', 'of', 'from', 'for', 'with']);

/** The entity of the first reference in main-clause subject position: before the main clause's first verb.
 * `refs` are those of one sentence, `tokens` its tokens. */
export function mainClauseSubject(refs: PersonRef[], tokens: Token[]): number | undefined {
  let main = 0;
  let inClause = false;
  let verb = false;
  tokens.forEach((t, k) => {
    if (!inClause && !verb && SUBORDINATORS.has(t.normal)) inClause = true;
    else if (t.tags.has('Verb')) verb = true;
    if (inClause && verb && /,/.test(t.post)) {
      main = k + 1;
      inClause = verb = false;
    }
  });
  const from = tokens[main]?.start ?? Infinity;
  const first = refs.find((r) => r.start >= from);
  if (!first) return undefined;
  // "Analysts at Wedbush said …", "Supporters of Tom Hale marched": a name after a plural noun and a preposition
  // modifies the subject; it is none.
  const at = tokens.findIndex((t) => t.start >= first.start);
  const [prep, noun] = [tokens[at - 1], tokens[at - 2]];
  if (prep && noun && MODIFYING.has(prep.normal) && noun.tags.has('Plural') && !/\S/.test(noun.post + prep.post))
    return undefined;
  // "One entity whose members challenged Obama, the American Independent Party, nominated …": a relative
  // clause after the subject's first words, closed by a comma, holds no verb of the main clause.
  let relative = false;
  for (const t of tokens.slice(main)) {
    if (t.start >= first.start) return first.entity;
    if (RELATIVES.has(t.normal)) relative = true;
    else if (t.tags.has('Verb') && !relative) return undefined;
    if (relative && /,/.test(t.post)) relative = false;
  }
  return first.entity;
}

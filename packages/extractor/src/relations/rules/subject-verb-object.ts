// Active clauses: subject – verb group (with auxiliaries, particles, "to"-chains) – each coordinated
// direct object; through a relational object noun to its prepositional object ("expand sanctions on X");
// or, without a direct object, to the first prepositional object ("spoke in Beijing").
import type { Chunk } from '../chunks.js';
import { agentParticiple } from '../agent-participle.js';
import { coordinatedBefore } from '../coordinated-before.js';
import { asideCompanions, companionOf } from '../companion-subject.js';
import { actsForOwner, npEntity, npEntityOrModel } from '../np-entity.js';
import { objectsOf, type PrepObject } from '../objects-of.js';
import { subjectOf } from '../subject-of.js';
import { compoundHead, makePredicate, memberType, roleOfAnother } from '../predicate.js';
import { blocks, undoes } from '../reversal-verbs.js';
import { namedPossessor } from '../named-possessor.js';
import { amountOnly } from '../amount-phrase.js';
import { shareOfNamed } from '../share-of-named.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { FALLBACK_TYPE, nounType, phrasalType, offRelation, tradePartner, verbType } from '../vocabulary.js';
import { peopleCount } from '../people-nouns.js';
import { WHOLE_PART_VERBS } from './inclusion.js';
import { HOUSING_VERBS, homeTo } from './housing.js';
import { withdrawnFrom } from './withdrawn-from.js';
import { ofObject } from '../of-object.js';
import { possessedRole, roleBeforeOf } from '../role-noun.js';
import { speechSite } from '../speech-site.js';
import { receivedAct } from '../received-act.js';
import { headlinePassive } from '../headline-passive.js';
import { complementAfter, withComplement } from '../verb-complement.js';

const RELATIONAL_PREPS = new Set([
  'on',
  'against',
  'of',
  'to',
  'with',
  'into',
  'for',
  'from',
  'over',
  'in',
  'about',
  'across',
]);
const PLACE_PREPS = new Set(['in', 'at']);
/** Verbs of attitude take the noun itself as their object ("praised sanctions on X", "opposed the ban on X");
 * a proposal's object is what is backed ("defended his proposal of a buyback"). */
const ATTITUDE_TYPES = new Set(['SUPPORTS', 'CRITICIZES']);
const CONTEST_HEADS =
  /^(?:polls?|polling|surveys?|race|primar(?:y|ies)|points?|votes?|ballots?|standings|count|tally)$/;
/** "won the election over Ann Cole": winning something over a rival defeats the rival ("won over voters",
 * with no thing won, persuades them and is not read here). */
const WIN_VERBS = new Set(['win', 'secure', 'clinch', 'earn']);
/** The act a subject received, from its verb phrase: "faced criticism from" → "criticism". */
const receivedNoun = (text: string, verb: string) =>
  (text.startsWith(verb) ? text.slice(verb.length) : text)
    .trim()
    .replace(/\s+(?:from|of)$/i, '')
    .replace(/^(?:the|a|an|his|her|its|their)\s+/i, '');
/** "lost to X", "lost the election to X", "conceded defeat to X": X won (not "lost money to X"). */
const CONTESTS =
  'seat|election|reelection|re-election|leadership|championship|poll|race|vote|final|match|game|nomination|title|primary|runoff|contest|bid|presidency';
const LOST_CONTEST = new RegExp(
  `\\b(?:los[et]|loses|losing)(?: (?:the|his|her|their|its|a))?(?: (?:${CONTESTS}))? to$`,
  'i',
);
/** "conceded defeat to X", "conceded the election to X" (not "conceded to reporters that …"). */
const CONCEDED_CONTEST = new RegExp(`\\bconced\\w*(?: (?:the|his|her|their|its))? (?:defeat|${CONTESTS}) to$`, 'i');
const lostTo = (pred: { lemma: string; text: string }) =>
  (pred.lemma === 'lose' && LOST_CONTEST.test(pred.text)) ||
  (pred.lemma === 'concede' && CONCEDED_CONTEST.test(pred.text));
const RIVALS = new Set(['Person', 'Organization', 'Place']);
/** Verbs whose "in/at <Place>" is the relation itself ("arrived in Spain", "lives in Oslo", "invested in"). */
const MOVE_TYPES = new Set(['VISITS', 'LOCATED_IN', 'INVESTS_IN', 'PART_OF', 'FOCUSES_ON']);

/** "South London police officer Anna Holt shot": a bare plural-form verb after a place, before a role noun,
 * is a noun of the title ("police officer"); a singular place would take "polices". */
function headlineNoun(view: SentenceView, vg: Chunk, S: string): boolean {
  const t = view.toks[vg.from];
  const next = view.toks[vg.to + 1];
  return (
    vg.from === vg.to &&
    view.types.get(S) === 'Place' &&
    t.tags.has('PresentTense') &&
    !/s$/.test(t.normal) &&
    !!next?.tags.has('Actor')
  );
}

/** The type of a verb with a preposition that is not the first after it, when the pair is a phrasal verb
 * with a type of its own ("compete against"); a RELATED_TO entry says nothing there. */
function latePhrasal(lemma: string, prep: string): string | undefined {
  // ("said on Voice of America", "was speaking at the opening of X": a later "of" belongs to the noun before it.)
  if (prep === 'of' && verbType(lemma) === 'SAYS') return undefined;
  const t = phrasalType(lemma, prep);
  return t && t !== FALLBACK_TYPE && !lemma.includes(' ') ? t : undefined;
}

/** "reached out to sex workers in Mysore", "wrote to the US Embassy in London": a place right after a
 * "to"-phrase is where its noun is, not where the subject was, unless the subject went there ("was
 * transferred to a hospital in Berlin", "returned to his home in Ohio"). */
function afterDestination(view: SentenceView, vg: Chunk, prev: PrepObject | undefined, pp: PrepObject): boolean {
  const last = prev?.nps[prev.nps.length - 1];
  if (!last || vg.passive || MOTION_VERBS.has(vg.lemma)) return false;
  return ['to', 'toward', 'towards'].includes(view.toks[prev!.prep.from].normal) && last.to + 1 === pp.prep.from;
}
const MOTION_VERBS = new Set(
  'go come return move travel fly flee relocate retreat head walk drive sail rush escape arrive'.split(' '),
);

/** "The Senate confirmed Tom Hale": confirming a person approves a nominee ("confirmed Tom Hale had died"
 * reports a fact about him instead); a named one, or "him"/"her", which coreference resolves after a
 * confirming verb only to the person just appointed (`pronoun-antecedent.ts`); other pronouns are guesses. */
function nomineeType(view: SentenceView, pred: ReturnType<typeof makePredicate>, np: Chunk) {
  const next = view.chunks.find((ch) => ch.from > np.to);
  const named = view.kindAt[np.to] !== 'pronoun' || /^(?:him|her)$/.test(view.toks[np.from].normal);
  const person = view.types.get(npEntity(np) ?? '') === 'Person' && named;
  return pred.lemma === 'confirm' && person && next?.kind !== 'VG' ? { ...pred, type: 'APPOINTS' } : pred;
}

/** Verbs of trade whose "in <Place>" is a market. */
const MARKET_VERBS = new Set(['sell', 'market', 'export', 'import', 'ship', 'distribute', 'retail', 'list', 'trade']);

/** Acts whose count of victims is people met where it happened. */
const HARM_TYPES = new Set(['ATTACKS', 'AFFECTS', 'ARRESTS']);

const OWNERS = new Set(['Person', 'Organization', 'Place']);

/** "the candidate Tom Hale backed for the nomination", "praised for its policy": a verb with a relation of its
 * own and no "for" reading (as "vote for", "work for" have) takes its object directly, so with none a "for"
 * phrase says why or for what, not whom it backed (its object is elsewhere: a relative's noun, a headline's
 * omitted subject). */
const purposeFor = (lemma: string) => {
  const own = verbType(lemma);
  return !!own && own !== FALLBACK_TYPE && !phrasalType(lemma, 'for');
};

/** The phrase ends in a capitalised word, or a number after one ("Category 5"): a name, not a common noun. */
const capitalHead = (toks: readonly { text: string }[], to: number) =>
  /^\p{Lu}/u.test(toks[to].text) || (/^\d/.test(toks[to].text) && /^\p{Lu}/u.test(toks[to - 1]?.text ?? ''));

export const subjectVerbObject: RelationRule = {
  name: 'subject-verb-object',
  description:
    'subject, verb group and each coordinated object; a relational object noun links on to its prepositional object',
  example: 'The US has threatened to expand sanctions on Huawei and ZTE.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || vg.lemma === 'be' || !vg.lemma || WHOLE_PART_VERBS.has(vg.lemma)) return;
      // "the bridge, designed by Ann Cole": a participle with its "by" agent is a passive (the passive rule's).
      if (agentParticiple(view, c)) return;
      // "Tom Hale named Acme Corp chief executive": a headline's passive has no object of its own (as-role).
      if (headlinePassive(view, c)) return;
      // "a base housing X", "X is home to Y": the place is the subject; the housing rule reads them.
      if (HOUSING_VERBS.has(vg.lemma) || homeTo(view, vg, view.chunks[c + 1])) return;
      const subj = subjectOf(view, c);
      if (!subj || subj.how === 'participle') return;
      // "Volvo and Geely signed a deal with Ford": each coordinated subject; "Ann Lee and her counterparts,
      // Tom Hale and Bo Berg, met in Oslo": Ann Lee too.
      const coordinated = subj.how === 'direct' ? coordinatedBefore(view, subj.np) : [];
      const companion = subj.how === 'direct' ? companionOf(view, coordinated.at(-1) ?? subj.np) : undefined;
      // "the Vesta capsule docked with …": a model named before its kind of vehicle is the subject.
      const S =
        npEntityOrModel(subj.np, view.types) ?? (companion && !companion.named ? npEntity(companion.np) : undefined);
      if (!S || headlineNoun(view, vg, S)) return;
      const pronoun = view.kindAt[subj.np.to] === 'pronoun';
      const inherited = subj.how === 'inherited';
      const obj = objectsOf(view, c);
      const alongside = [...(companion?.named ? [companion.np] : []), ...asideCompanions(view, subj.np, c)];
      const subjects = [S, ...[...coordinated, ...alongside].map((np) => npEntity(np)!)];
      const from = Math.min((companion?.np ?? coordinated.at(-1) ?? subj.np).from, subj.np.from, vg.from);
      const push = (
        O: string | undefined,
        pred: ReturnType<typeof makePredicate>,
        base: number,
        to: number,
        undone = false,
      ) => {
        if (!O || O === S) return;
        // ("Ten Hag joined from Ajax": the club he came from, which he is no longer part of.)
        if (pred.lemma === 'join')
          pred = { ...pred, type: / from$/.test(pred.text) ? FALLBACK_TYPE : memberType(view, S, O, pred.type) };
        // "a plane belonging to the air force": a made thing belongs to its owner, it is no part of it.
        const owned = pred.lemma === 'belong' && view.types.get(S) === 'Product' && OWNERS.has(view.types.get(O) ?? '');
        if (owned) pred = { ...pred, type: 'OWNS' };
        // "Tom Hale lost to Ann Cole", "conceded defeat to Ann Cole": the one lost to defeated the subject.
        const beaten = lostTo(pred) && RIVALS.has(view.types.get(S) ?? '') && RIVALS.has(view.types.get(O) ?? '');
        if (beaten) pred = { ...pred, type: 'DEFEATS' };
        // "faced criticism from Ann Cole": Ann Cole criticised the subject; "sought the approval of X": not yet.
        const received = receivedAct(view, vg, pred);
        if (received === 'asked') pred = { ...pred, type: FALLBACK_TYPE, lemma: vg.lemma };
        const turned = owned || beaten || (received === 'turned' && RIVALS.has(view.types.get(O) ?? ''));
        if (received === 'turned' && !turned) return;
        // Turned round, the edge's words are the object's act, not the subject's ("lost to" under X → Y would
        // say the opposite): "defeated", "owns", or the act received ("faced criticism from" → "criticism").
        if (turned)
          pred = {
            ...pred,
            text: beaten ? 'defeated' : owned ? 'owns' : receivedNoun(pred.text, view.slice(vg.from, vg.to)),
          };
        for (const who of subjects) {
          if (who === O) continue;
          out.push({
            subject: turned ? O : who,
            object: turned ? who : O,
            predicate: pred,
            confidence: scoreDraft(base, { pronoun, inherited, fallback: pred.type === FALLBACK_TYPE }),
            from,
            to,
            verb: vg,
            ...(undone ? { undone } : {}),
          });
        }
      };
      // "led Iowa in the polls", "leads Ann Cole by five points": ahead in a contest, not at the head of it.
      const contest = obj.preps.some((pp) => pp.nps.some((np) => CONTEST_HEADS.test(np.headWord)));
      // "called Tom Hale to discuss …" is a phone call: calling a person names only with a second object
      // ("called Tom Hale a liar"); "Rapa Nui, also called Easter Island" names a place.
      const naming = view.chunks[obj.end]?.kind === 'NP' && !obj.direct.includes(view.chunks[obj.end]);
      // "withdrew the US from the treaty": the one taken out is no object of the one acting (withdrawn-from).
      const taken = withdrawnFrom(view, c);
      // "sentenced Tom Hale and Bo Berg to life": the words finishing the verb follow the last object.
      const complement = complementAfter(view, vg, obj.direct[obj.direct.length - 1]);
      for (const np of obj.direct) {
        if (np === taken?.moved) continue;
        const pred = nomineeType(view, makePredicate(view, vg, vg.to), np);
        // ("wants to call an early election", "called a strike": nor does calling a thing, without a name for it;
        // "Korvo, also called Stone Island" gives a name)
        const called = view.types.get(npEntity(np) ?? '');
        if (pred.type === 'LABELS' && vg.lemma === 'call' && !naming && (called === 'Person' || called === 'Concept'))
          continue;
        // "broached the New York Times report": a report or a statement stands for its owner only where the
        // verb's own type says what was done to it ("criticized the Pentagon's decision"); a verb phrase alone
        // would say it of the owner.
        if (!np.head && actsForOwner(np.headWord) && pred.type === FALLBACK_TYPE) continue;
        // "bought a majority stake in Beta Ltd": a share of a named body is read with the body (below), not as a
        // thing bought of its own.
        if (np === obj.direct[obj.direct.length - 1] && shareOfNamed(view, np, obj.preps[0])) continue;
        // "praised the president of Norland" (one chunk when the tagger reads "of" into the title): the phrase
        // is the person in the role.
        const role = roleBeforeOf(view, np);
        if (role && roleOfAnother(vg.lemma, role)) continue;
        // "sentenced Tom Hale to life": the words that finish the verb belong in its text.
        const text = withComplement(pred.text, complement);
        if (!(pred.type === 'LEADS' && contest)) push(npEntityOrModel(np, view.types), { ...pred, text }, 0.85, np.to);
      }
      // "flies fighters and cargo to Syria": a list of common nouns shares the phrase after it, and the noun
      // next to it says what relation it is.
      const unnamedList =
        obj.direct.length > 1 &&
        obj.direct.every((np) => {
          const id = npEntity(np);
          return (!id || view.types.get(id) === 'Concept') && !capitalHead(view.toks, np.to);
        });
      const dobj = obj.direct.length === 1 || unnamedList ? obj.direct[obj.direct.length - 1] : undefined;
      const dEntity = npEntity(dobj);
      const dHead = dobj ? compoundHead(view, dobj) : '';
      const relational =
        !!dobj &&
        !view.toks[dobj.to].tags.has('Pronoun') &&
        // A capitalised concept ("reached Category 5 on the … scale") is a name, not a relational noun.
        (!dEntity || (view.types.get(dEntity) === 'Concept' && !capitalHead(view.toks, dobj.to)) || !!nounType(dHead));
      const placeOfEvent = (prep: string, O: string) => PLACE_PREPS.has(prep) && view.types.get(O) === 'Place';
      // Where the subject was is only read when the sentence names one place: "won in Virginia, Texas and
      // Maine" lists results, not a location; and a thing as direct object ("owns the store in Toowoomba")
      // is what the place most likely belongs to.
      // So is a named body ("bought the Star Diner in Springfield", "attacked the embassy in Kabul"); only a
      // person met or seen there puts the subject there too.
      // ("the storm killed 12 in Texas": a count of people harmed is people, and the harm was there.)
      const objectIsThing =
        !!dobj &&
        !view.toks[dobj.to].tags.has('Pronoun') &&
        view.types.get(dEntity ?? '') !== 'Person' &&
        !(HARM_TYPES.has(verbType(vg.lemma) ?? '') && peopleCount(view, dobj));
      // "called for a regional cooperation in the Mediterranean": a phrasal verb's object is a direct
      // object, and the place is where that thing is.
      const first = obj.preps[0];
      // ("died of pneumonia in Ohio": a cause is no thing with a place; the death was there.)
      const phrasalThing =
        !obj.direct.length &&
        !!first &&
        !!phrasalType(vg.lemma, view.toks[first.prep.from].normal) &&
        vg.lemma !== 'die' &&
        first.nps.some((np) => view.types.get(npEntity(np) ?? '') !== 'Person');
      obj.preps.forEach((pp, i) => {
        const prep = view.toks[pp.prep.from].normal;
        const onePlace = pp.nps.filter((np) => view.types.get(npEntity(np) ?? '') === 'Place').length <= 1;
        for (const np of pp.nps) {
          const O = npEntityOrModel(np, view.types);
          if (!O) continue;
          if (!obj.direct.length && i === 0) {
            const pred = makePredicate(view, pp.via ?? vg, pp.via ? pp.via.to : pp.prep.to);
            if (pp.via) pred.text = view.slice(vg.from, pp.via.to);
            // "would remain unconfirmed by the Senate": a "by" phrase is an agent, not an object.
            if (prep === 'by' && pred.type === FALLBACK_TYPE) continue;
            // "passed between it and Earth": a "between" phrase names a pair, and an edge to the one named alone
            // says what the sentence does not ("mediated between Norland and Dorn" reaches both).
            if (prep === 'between' && pp.nps.filter((x) => npEntityOrModel(x, view.types)).length < 2) continue;
            if (prep === 'for' && purposeFor(vg.lemma)) continue;
            // "served as President of France": a role held "as" is as-role's (LEADS), not the verb's.
            if (prep === 'as' && possessedRole(view, np)) continue;
            // "met in Oslo": the place is where it happened, not what was met.
            // ("every vehicle the company has sold in the United States": where one sells is a market, not
            // where one is, nor the thing sold; the verb phrase says so.)
            if (placeOfEvent(prep, O) && !pp.via && MARKET_VERBS.has(vg.lemma)) {
              if (view.types.get(S) !== 'Place' && onePlace) push(O, { ...pred, type: FALLBACK_TYPE }, 0.6, np.to);
            } else if (placeOfEvent(prep, O) && !pp.via && !MOVE_TYPES.has(pred.type)) {
              if (view.types.get(S) !== 'Place' && onePlace) push(O, { ...pred, type: 'LOCATED_IN' }, 0.6, np.to);
            } else if (prep === 'in' && pred.type === 'ATTACKS') {
              // "Matt Ratana shot in custody centre": what one is hit "in" is where, never whom.
              continue;
            } else push(O, pred, 0.75, np.to);
          } else if (
            i === 0 &&
            relational &&
            !pp.via &&
            RELATIONAL_PREPS.has(prep) &&
            // ("has its headquarters in Norway": a seat's place is the relation itself; so is the place a sum
            // was invested in.)
            (!placeOfEvent(prep, O) ||
              nounType(dHead) === 'LOCATED_IN' ||
              (MOVE_TYPES.has(verbType(vg.lemma) ?? '') && amountOnly(view, dobj!)))
          ) {
            // ("cited this in awarding Carter the prize": after a gerund the phrase is the gerund's object.)
            // The noun carries the relation ("expand sanctions on X"); a noun outside the vocabulary leaves
            // only the verb phrase ("withdrew its troops from X"), and a speech noun is about its object.
            const nType = nounType(dHead);
            // "met the wife of Bill Moss", "has a son with Ann Cole": a kin word's relative is no party to the
            // verb (kin is read where a name stands beside the kin word: apposition, copula-role).
            if (nType === 'RELATIVE_OF') continue;
            // "interviewed the chief executive of Acme", "expelled the Libyan ambassador to Greece": the one in
            // the role is the verb's object, not the body.
            if (roleOfAnother(vg.lemma, dHead)) continue;
            const text = view.slice(vg.from, pp.prep.to);
            if (prep === 'over' && WIN_VERBS.has(vg.lemma) && RIVALS.has(view.types.get(O) ?? ''))
              push(O, { type: 'DEFEATS', lemma: vg.lemma, text }, 0.75, np.to);
            else if (nType === 'SAYS') {
              // "an announcement on Twitter", "remarks on CNN": a body after "on" is where it was said.
              if (
                prep === 'about' ||
                (prep === 'on' && view.types.get(O) !== 'Organization' && !speechSite(view, np, O))
              )
                push(O, { type: 'MENTIONS', lemma: dHead, text }, 0.7, np.to);
            } else if (nType && undoes(vg.lemma, dHead))
              // "withdrew its support for X", "lifted sanctions on X": the noun's relation, undone.
              push(O, { type: nType, lemma: vg.lemma, text }, 0.7, np.to, true);
            else if (nType) {
              // "imposed sanctions on X" carries the noun's relation; "praised sanctions on X" is about the
              // sanctions, not X.
              const pred = makePredicate(view, vg, pp.prep.to, dHead);
              if (offRelation(prep, nType, dHead)) continue;
              // "approved Acme Corp's purchase of Beta Ltd", "vetoed Dorn's visit to Kesh": the act is the named
              // possessor's (nominal-relation reads it), not the subject's; the subject's own verb still reaches a
              // phrase of its own ("represented Iran's Qom Province in the Assembly").
              if ((pred.type === nType || blocks(vg.lemma)) && namedPossessor(view, dobj!, S)) continue;
              if (pred.type === nType || nType === 'PROPOSES') push(O, pred, 0.75, np.to);
              // "sold its Polish branch to Salling Group": the one sold to is the buyer, not what was sold.
              else if (tradePartner(pred.type, prep))
                push(O, { ...pred, type: FALLBACK_TYPE, lemma: vg.lemma }, 0.6, np.to);
              // "limited toilet paper purchases for home delivery": whom the object's noun is for is not what
              // the verb's own relation ("limited", BLOCKS) is with.
              else if (!ATTITUDE_TYPES.has(pred.type) && prep !== 'for') push(O, pred, 0.75, np.to);
            } else if (verbType(vg.lemma) && amountOnly(view, dobj!))
              // "invested $2 billion in Beta Ltd": a sum as the object leaves the verb its own relation.
              push(O, { ...makePredicate(view, vg, pp.prep.to), text }, 0.7, np.to);
            else if (prep !== 'of' || ofObject(dobj!.headWord) === 'topic')
              push(O, { type: FALLBACK_TYPE, lemma: vg.lemma, text }, 0.6, np.to);
            else if (ofObject(dobj!.headWord) === 'owner')
              push(O, { ...makePredicate(view, vg, vg.to), text }, 0.7, np.to);
          } else if (i > 0 && !obj.direct.length && latePhrasal(vg.lemma, prep)) {
            // "competed for the role against Jeremy Hunt": a later phrase can still carry the phrasal verb.
            const text = view.slice(vg.from, pp.prep.to);
            push(O, { type: latePhrasal(vg.lemma, prep)!, lemma: `${vg.lemma} ${prep}`, text }, 0.7, np.to);
          } else if (
            placeOfEvent(prep, O) &&
            view.types.get(S) !== 'Place' &&
            onePlace &&
            !objectIsThing &&
            !phrasalThing &&
            !afterDestination(view, vg, obj.preps[i - 1], pp)
          ) {
            push(
              O,
              { ...makePredicate(view, vg, pp.prep.to), type: 'LOCATED_IN', text: view.slice(vg.from, pp.prep.to) },
              0.55,
              np.to,
            );
          }
        }
      });
    });
    return out;
  },
};

// Relations stated by a noun: "US sanctions on Huawei", "sanctions on Huawei by the US", "Xi's visit to
// Moscow" → agent NOUN-TYPE patient; and where an event noun happened: "Xi's remarks at a conference in
// Beijing" → Xi LOCATED_IN Beijing.
import type { Chunk } from '../chunks.js';
import { nounPredicate } from '../predicate.js';
import { blocks, defers, mayEnd, undoes } from '../reversal-verbs.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import { lemmaOf, type SentenceView } from '../sentence-view.js';
import { entityTokens } from '../entity-tokens.js';
import { FALLBACK_TYPE, OFFICE_TYPES, nounType, offRelation, tradePartner } from '../vocabulary.js';

const PATIENT_PREPS = new Set(['on', 'against', 'to', 'with', 'of', 'into', 'over', 'for', 'from']);
const EVENT_TYPES = new Set(['SAYS', 'MEETS', 'VISITS']);
/** Acts whose "from" phrase is their doer ("criticism from", "support from", "threats from", "a visit from"). */
const DOER_FROM = new Set(
  'CRITICIZES SUPPORTS THREATENS ATTACKS ACCUSES SANCTIONS URGES PROPOSES INVESTS_IN VISITS APPOINTS'.split(' '),
);
/** Words before a relation noun that say the act is yet to come or only thought of ("Trump's planned trip to
 * Warsaw", later cancelled, is no visit): the relation is not stated as done. */
const UNREALISED = new Set(
  'planned proposed intended scheduled upcoming expected prospective possible potential would-be'.split(' '),
);

/** The PP chain after chunk i: [prep word, noun phrase] pairs, until a break or a non-PP. */
function ppChain(view: SentenceView, ch: Chunk[], i: number): Array<{ prep: string; np: Chunk }> {
  const out: Array<{ prep: string; np: Chunk }> = [];
  let k = i;
  while (!ch[k].breakAfter && ch[k + 1]?.kind === 'PREP' && ch[k + 2]?.kind === 'NP' && !ch[k + 1].breakAfter) {
    out.push({ prep: view.toks[ch[k + 1].from].normal, np: ch[k + 2] });
    k += 2;
  }
  return out;
}

/** "U.S. judge orders release of Trump's tax records": a word the parse read as a verb and a plural noun
 * between a modifying name and the relation noun mean the phrase has run over its own verb ("judge orders");
 * the name modifies the first noun, not the relation noun ("US trade sanctions", "US human rights sanctions"
 * have only one of the two). */
function overrunCompound(view: SentenceView, np: Chunk, entity: string): boolean {
  const last =
    entityTokens(view, entity)
      .filter((k) => k >= np.from && k <= np.to)
      .pop() ?? -1;
  const between = view.toks.slice(last + 1, np.to);
  return between.some((t) => t.tags.has('Verb')) && between.some((t) => t.tags.has('Plural'));
}

/** The lemma of the passive verb group at chunk k ("was cancelled"), also when the tagger read its participle as
 * an adjective, so that the group is only "was" ("was suspended"). */
function passiveLemmaAt(view: SentenceView, k: number): string | undefined {
  const vg = view.chunks[k];
  if (vg?.kind !== 'VG') return undefined;
  if (vg.passive) return vg.lemma;
  const next = view.toks[vg.to + 1];
  const participle = vg.lemma === 'be' && !vg.breakAfter && !!next?.tags.has('Adjective') && /ed$/.test(next.normal);
  return participle ? lemmaOf(next) : undefined;
}

/** "Judge blocks Kroger's takeover of Albertsons": a headline's verb of stopping the chunker left inside the
 * phrase, in lower case before its owner's name. */
function blockedInPhrase(view: SentenceView, np: Chunk): boolean {
  if (!np.possessor) return false;
  const owner = view.entityAt.indexOf(np.possessor, np.from);
  return view.toks.slice(np.from, owner).some((t) => /^\p{Ll}/u.test(t.text) && blocks(lemmaOf(t)));
}

export const nominalRelation: RelationRule = {
  name: 'nominal-relation',
  description:
    'a relation noun with an agent (possessor, modifier or "by" phrase) and a patient (prepositional object)',
  example: "The US sanctions on Huawei hurt sales, and Xi's visit to Moscow followed.",
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((np, i) => {
      if (np.kind !== 'NP') return;
      const type = nounType(np.headWord);
      if (!type || OFFICE_TYPES.has(type)) return;
      // "backed away from his support for X", "lifted its sanctions on X": the relation is undone.
      const governor = ch[i - 1]?.kind === 'PREP' ? ch[i - 2] : ch[i - 1];
      const governed = governor?.kind === 'VG' && !governor.breakAfter;
      if (governed && mayEnd(governor.lemma, np.headWord)) return;
      const chain = ppChain(view, ch, i);
      // "Acme's purchase of Beta was blocked", "Tom Hale's visit to Oslo was cancelled": the act, stopped or
      // ended by the passive verb it is the subject of.
      const passiveAfter = passiveLemmaAt(view, i + 1 + 2 * chain.length);
      const undone =
        (governed && (undoes(governor.lemma, np.headWord) || blocks(governor.lemma))) ||
        (!!passiveAfter && (blocks(passiveAfter) || undoes(passiveAfter, np.headWord))) ||
        blockedInPhrase(view, np);
      const byAgent = chain.find((p) => p.prep === 'by')?.np.head;
      const modifier = np.entities.find((e) => e !== np.head && !overrunCompound(view, np, e));
      const agent = byAgent ?? np.possessor ?? modifier;
      if (!agent) return;
      // ("postponed his visit to Oslo": an act put off has not happened yet.)
      const unrealised =
        view.toks.slice(np.from, np.to).some((t) => UNREALISED.has(t.normal)) ||
        (governed && defers(governor.lemma)) ||
        (!!passiveAfter && defers(passiveAfter));
      const add = (object: string, end: number, pred: { type: string; lemma: string; text: string }, conf: number) => {
        if (object === agent) return;
        out.push({
          subject: agent,
          object,
          predicate: pred,
          confidence: conf,
          from: np.from,
          to: end,
          ...(undone ? { undone } : {}),
          ...(unrealised ? { hedged: true } : {}),
        });
      };
      const medium = !!chain[0] && offRelation(chain[0].prep, type, np.headWord);
      // A part is "of" its whole: "the sale of its Norland unit to Beta Ltd" sells the unit to Beta.
      // ("Tom Hale drew criticism from Ann Cole": after an act's noun "from" names who did it, not whom.)
      const reaches = (prep: string) =>
        PATIENT_PREPS.has(prep) && (type !== 'PART_OF' || prep === 'of') && !(prep === 'from' && DOER_FROM.has(type));
      const patient = chain[0] && reaches(chain[0].prep) && !medium ? chain[0].np : undefined;
      // "the Ohio branch of Acme Corp": a place before a part of a body is where the part is, not the part
      // ("the New England region of the United States" names the part of a place).
      const located =
        type === 'PART_OF' &&
        agent === modifier &&
        view.types.get(agent) === 'Place' &&
        view.types.get(patient?.head ?? '') !== 'Place';
      if (patient?.head && !EVENT_TYPES.has(type) && !located) {
        const pred = nounPredicate(np.headWord, view.slice(np.from, patient.to));
        // ("Acme Corp's exports to Norway": the buyer is no thing sold.)
        if (tradePartner(type, chain[0].prep)) pred.type = FALLBACK_TYPE;
        add(patient.head, patient.to, pred, byAgent ? 0.7 : 0.65);
      }
      if (patient?.head && type === 'VISITS' && chain[0].prep === 'to')
        add(patient.head, patient.to, nounPredicate(np.headWord, view.slice(np.from, patient.to)), 0.7);
      // Only a person is where a meeting or speech of theirs is: "the NATO summit in Dorn", "Russia's talks in
      // Geneva" put no body there.
      if (EVENT_TYPES.has(type) && view.types.get(agent) === 'Person') {
        const place = chain.find(
          (p) => (p.prep === 'in' || p.prep === 'at') && p.np.head && view.types.get(p.np.head) === 'Place',
        );
        if (place)
          add(
            place.np.head!,
            place.np.to,
            { type: 'LOCATED_IN', lemma: np.headWord.replace(/s$/, ''), text: view.slice(np.from, place.np.from - 1) },
            0.6,
          );
      }
    });
    return out;
  },
};

// Accusations: "Tom Hale accused Acme Corp of funding Beta Holdings" → Acme Corp INVESTS_IN Beta Holdings,
// attributed to Tom Hale (the act is the accuser's word, not the writer's); passive with no accuser named
// ("Acme Corp was accused of funding Beta Holdings", "was charged with", "was suspected of") it is hedged.
// A court's finding or the accused's own plea is the writer's fact: "was convicted of killing Ann Cole",
// "was found guilty of", "pleaded guilty to". Typed gerunds only: a bare RELATED_TO reading of an
// accusation is too unsure.
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectOf } from '../subject-of.js';
import { makePredicate } from '../predicate.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import { FALLBACK_TYPE, verbType } from '../vocabulary.js';
import type { Chunk } from '../chunks.js';
import { lemmaOf, type SentenceView } from '../sentence-view.js';

/** Accusing verbs and the preposition that introduces the act ("blamed X for attacking Y"). */
const ACCUSATIONS = new Map([
  ['accuse', 'of'],
  ['suspect', 'of'],
  ['blame', 'for'],
  ['charge', 'with'],
  ['arrest', 'for'],
]);
/** Participles the parse reads as adjectives after "be" ("was charged with", "is suspected of"). */
const ACCUSED_WORDS = new Map([
  ['charged', 'with'],
  ['suspected', 'of'],
]);
/** A verb and the word after it that make a finding or a plea, with the preposition of the act. */
const FINDINGS = new Map([
  ['convict', { word: '', prep: 'of' }],
  ['sentence', { word: '', prep: 'for' }],
  ['find', { word: 'guilty', prep: 'of' }],
  ['plead', { word: 'guilty', prep: 'to' }],
]);

/** Nouns of killing, whose "of"-phrase is the victim. */
const KILLINGS = new Set(['murder', 'murders', 'killing', 'killings', 'assassination', 'stabbing', 'shooting']);

interface Frame {
  prep: string;
  passive: boolean;
  /** Index of the preposition chunk. */
  at: number;
  /** A finding or plea, stated as fact. */
  found: boolean;
}

/** How the verb group at `c` frames an accused and an act, if it does. */
function frameOf(view: SentenceView, c: number): Frame | undefined {
  const [vg, next] = [view.chunks[c], view.chunks[c + 1]];
  const prep = ACCUSATIONS.get(vg.lemma);
  // ("Norland arrested Tom Hale for …": the arrest is arrest-warrant's and subject-verb-object's to read)
  if (prep && vg.lemma === 'arrest' && !vg.passive) return undefined;
  if (prep) return { prep, passive: vg.passive, at: vg.passive ? c + 1 : c + 2, found: false };
  const word = next?.kind === 'NP' && next.from === next.to ? view.toks[next.from].normal : '';
  const adjective = vg.lemma === 'be' ? ACCUSED_WORDS.get(word) : undefined;
  if (adjective) return { prep: adjective, passive: true, at: c + 2, found: false };
  const finding = FINDINGS.get(vg.lemma);
  if (!finding || (finding.word && word !== finding.word)) return undefined;
  // ("was convicted of", "was found guilty of": passive; "pleaded guilty to": the subject pleads)
  if (vg.lemma !== 'plead' && !vg.passive) return undefined;
  return { prep: finding.prep, passive: true, at: finding.word ? c + 2 : c + 1, found: true };
}

/** Prepositions that may carry the act's object when its direct object names nothing ("of supplying
 * weapons to Beta", "of colluding with Beta"). */
const OBJECT_PREPS = new Set(['to', 'with', 'against']);

export const accusedOf: RelationRule = {
  name: 'accused-of',
  description: 'the accused of "accuse X of / blame X for <gerund> Y" does the act, as the accuser\'s word',
  example: 'Tom Hale accused Acme Corp of funding Beta Holdings.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      const frame = vg.kind === 'VG' && !vg.negated && !vg.breakAfter ? frameOf(view, c) : undefined;
      if (!frame) return;
      // Active: the accused follows the verb and the accuser is its subject; passive: the accused is the subject.
      const accusedNp = frame.passive ? subjectOf(view, c)?.np : ch[c + 1];
      const accused = npEntity(accusedNp);
      const accuser = frame.passive ? undefined : npEntity(subjectOf(view, c)?.np);
      const p = frame.at;
      if (!accused || !accusedNp || (!frame.passive && (accusedNp.breakAfter || !accuser))) return;
      const act = ch[p + 1];
      if (ch[p]?.kind !== 'PREP' || view.toks[ch[p].from].normal !== frame.prep || ch[p].breakAfter) return;
      const stated = { accuser, found: frame.found };
      if (act?.kind === 'NP') {
        out.push(...nounTaggedAct(view, act, accused, stated, vg.from, accusedNp));
        // "was charged with the murder of Ann Cole": the victim of a killing noun is attacked.
        const of = ch[p + 2];
        const victim = npEntity(ch[p + 3]);
        if (KILLINGS.has(act.headWord) && of?.kind === 'PREP' && view.toks[of.from].normal === 'of' && victim) {
          if (victim === accused || view.types.get(victim) !== 'Person') return;
          out.push({
            subject: accused,
            object: victim,
            predicate: { type: 'ATTACKS', lemma: act.headWord, text: view.slice(vg.from, of.to) },
            confidence: scoreDraft(0.6, { pronoun: view.kindAt[accusedNp.to] === 'pronoun' }),
            from: Math.min(accusedNp.from, vg.from),
            to: ch[p + 3].to,
            ...voice(stated),
          });
        }
        return;
      }
      if (act?.kind !== 'VG' || !act.gerund || act.passive) return;
      const predicate = makePredicate(view, act, act.to);
      if (predicate.type === FALLBACK_TYPE) return;
      const obj = objectsOf(view, p + 1);
      const direct = obj.direct.filter((np) => npEntity(np));
      const viaPrep = obj.preps.find((pp) => OBJECT_PREPS.has(view.toks[pp.prep.from].normal));
      const nps = direct.length ? direct : obj.direct.length <= 1 && viaPrep ? viaPrep.nps : [];
      for (const np of nps) {
        const object = npEntity(np);
        if (!object || object === accused) continue;
        out.push({
          subject: accused,
          object,
          predicate: { ...predicate, text: view.slice(vg.from, act.to) },
          confidence: scoreDraft(0.65, { pronoun: view.kindAt[accusedNp.to] === 'pronoun' }),
          from: Math.min(accusedNp.from, vg.from),
          to: np.to,
          verb: act,
          ...voice(stated),
        });
      }
    });
    return out;
  },
};

/** "accused Acme Corp of funding Beta Holdings": the parser may read "funding Beta Holdings" as one noun
 * phrase; its first word, an -ing form of a typed verb right before the name, is the act. */
function nounTaggedAct(
  view: SentenceView,
  np: Chunk,
  accused: string,
  stated: Stated,
  from: number,
  accusedNp: Chunk,
): TripleDraft[] {
  const t = view.toks[np.from];
  const object = np.head;
  if (!object || object === accused || !/ing$/.test(t.normal) || view.entityAt[np.from + 1] !== object) return [];
  if (view.entityAt[np.from]) return [];
  const lemma = lemmaOf(t);
  const type = verbType(lemma);
  if (!type || type === FALLBACK_TYPE) return [];
  return [
    {
      subject: accused,
      object,
      predicate: { type, lemma, text: view.slice(from, np.from) },
      confidence: scoreDraft(0.6, { pronoun: view.kindAt[accusedNp.to] === 'pronoun' }),
      from: Math.min(accusedNp.from, from),
      to: np.to,
      ...voice(stated),
    },
  ];
}

interface Stated {
  accuser: string | undefined;
  found: boolean;
}

/** Whose word the act is: the accuser's, the writer's (a finding or plea), or nobody's (hedged). */
const voice = ({ accuser, found }: Stated): Pick<TripleDraft, 'attributedTo' | 'hedged'> =>
  accuser ? { attributedTo: accuser } : found ? {} : { hedged: true };

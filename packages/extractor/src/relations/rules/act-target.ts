// A stance taken on someone's act is a stance towards them: "Rita Moss criticized Pell Group's decision",
// "the court ruled against Conley's extension", "Ann Lee expressed opposition to the appointment of Tom
// Hale", "Oslo suspended Acme's permit", "Peru seeks Interpol's help" → subject TYPE the one whose act,
// candidacy or possession the object names. What happened to someone ("condemned Tom Hale's arrest") only
// mentions them: criticising an arrest is no criticism of the one arrested.
import type { Chunk } from '../chunks.js';
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectOf } from '../subject-of.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { nounType, phrasalType, verbType } from '../vocabulary.js';

type NounClass = 'act' | 'candidacy' | 'undergone' | 'holding' | 'help';

/** Head nouns whose possessor (or "of" complement, where `of` is set) is the one the stance is aimed at. */
const ACT_NOUNS: Record<NounClass, { nouns: string[]; of: boolean }> = {
  // Things a person or body decides, says or does: its possessor did it.
  act: {
    nouns:
      'decision decisions conclusion conclusions ruling rulings order orders policy policies plan plans proposal proposals stance position remarks statement statements actions conduct behaviour behavior ambitions agenda extension response reforms leadership tenure strategy approach demands request claims'.split(
        ' ',
      ),
    of: true,
  },
  // Someone put forward for an office: the stance is on the candidate.
  candidacy: {
    nouns:
      'appointment nomination candidacy bid swearing-in inauguration confirmation election re-election reelection selection'.split(
        ' ',
      ),
    of: true,
  },
  // What befell someone: only mentioned.
  undergone: {
    nouns:
      'death deaths killing murder arrest detention release imprisonment execution dismissal firing resignation illness injury funeral'.split(
        ' ',
      ),
    of: true,
  },
  // What someone holds, which a body can take away.
  holding: {
    nouns: 'permit permits licence license licenses accreditation membership visa assets'.split(' '),
    of: false,
  },
  // Help asked of someone.
  help: { nouns: 'aid help assistance cooperation support backing'.split(' '), of: false },
};
const CLASS_OF = new Map<string, NounClass>(
  (Object.keys(ACT_NOUNS) as NounClass[]).flatMap((c) => ACT_NOUNS[c].nouns.map((n) => [n, c] as [string, NounClass])),
);

/** The types each noun class can carry from its verb. */
const TYPES_FOR: Record<NounClass, ReadonlySet<string>> = {
  act: new Set(['CRITICIZES', 'SUPPORTS', 'MENTIONS', 'BLOCKS', 'INVESTIGATES']),
  candidacy: new Set(['CRITICIZES', 'SUPPORTS', 'MENTIONS', 'BLOCKS']),
  undergone: new Set(['MENTIONS']),
  holding: new Set(['BLOCKS']),
  help: new Set(['URGES']),
};
/** Taking away what someone holds blocks them ("suspended Acme's permit", "revoked her licence"). */
const TAKE_AWAY = new Set(['suspend', 'revoke', 'cancel', 'withdraw', 'freeze', 'block', 'strip', 'deny']);
const ASK_FOR = new Set(['seek', 'request', 'ask', 'enlist', 'solicit', 'want', 'need']);
/** Verbs whose object noun is the stance itself: "expressed opposition to", "paid tribute to". */
const STANCE_VERBS = new Set(['express', 'voice', 'show', 'pay', 'offer', 'lend', 'declare', 'signal', 'reiterate']);
const STANCE_PREPS = new Set(['to', 'for', 'of', 'against', 'over', 'on', 'about']);

/** The one whose act the noun phrase names: a possessor named by a name (not a pronoun), a name modifying
 * the noun ("the Supreme Court ruling"), or the named "of" complement after it. */
function ownerOf(view: SentenceView, np: Chunk, cls: NounClass): { who: string; to: number } | undefined {
  const named = (id: string | undefined) => !!id && view.types.get(id) !== 'Concept';
  if (np.possessor) {
    const k =
      np.from + view.toks.slice(np.from, np.to + 1).findIndex((_, i) => view.entityAt[np.from + i] === np.possessor);
    if (!named(np.possessor) || view.kindAt[k] === 'pronoun') return undefined;
    return { who: np.possessor, to: np.to };
  }
  const modifier = np.entities.find((e) => e !== np.head && named(e));
  if (modifier && (cls === 'act' || cls === 'candidacy')) return { who: modifier, to: np.to };
  const ch = view.chunks;
  let i = ch.indexOf(np);
  // "the swearing-in of Tom Hale": the particle after the hyphen is part of the noun.
  if (view.toks[np.to].post === '-' && ch[i + 1]?.kind === 'PREP' && ch[i + 1].from === np.to + 1) i++;
  const [of, owner] = [ch[i + 1], ch[i + 2]];
  if (!ACT_NOUNS[cls].of || ch[i].breakAfter || of?.kind !== 'PREP' || view.toks[of.from].normal !== 'of')
    return undefined;
  const who = npEntity(owner);
  return named(who) && view.kindAt[owner!.to] !== 'pronoun' ? { who: who!, to: owner!.to } : undefined;
}

/** The noun class of a phrase whose head is no named thing. */
function classOf(view: SentenceView, np: Chunk | undefined): NounClass | undefined {
  if (!np || np.kind !== 'NP' || (np.head && view.types.get(np.head) !== 'Concept')) return undefined;
  const last = view.toks[np.to];
  const next = view.toks[np.to + 1];
  const hyphened = last.post === '-' && next ? CLASS_OF.get(`${last.normal}-${next.normal}`) : undefined;
  return hyphened ?? CLASS_OF.get(last.normal) ?? CLASS_OF.get(np.headWord);
}

/** The type a verb gives a noun class, if that class can carry it. */
function typeFor(lemma: string, prep: string | undefined, cls: NounClass): string | undefined {
  const base = lemma.split(' ')[0];
  if (cls === 'holding') return TAKE_AWAY.has(base) ? 'BLOCKS' : undefined;
  if (cls === 'help') return ASK_FOR.has(base) || (base === 'call' && prep === 'for') ? 'URGES' : undefined;
  const type = prep ? phrasalType(lemma, prep) : (verbType(lemma) ?? verbType(base));
  return type && TYPES_FOR[cls].has(type) ? type : undefined;
}

export const actTarget: RelationRule = {
  name: 'act-target',
  description:
    "a stance on someone's act, candidacy or holding is a stance towards them (what befell them only mentions them)",
  example: "Rita Moss criticized Pell Group's decision to close the mine.",
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || !vg.lemma || vg.lemma === 'be') return;
      const subj = subjectOf(view, c);
      if (!subj || subj.how === 'participle') return;
      const S = npEntity(subj.np);
      if (!S) return;
      const obj = objectsOf(view, c);
      const dobj = obj.direct.length === 1 ? obj.direct[0] : undefined;
      const first = obj.preps[0];
      const prepOf = (pp: typeof first) => (pp ? view.toks[pp.prep.from].normal : undefined);
      let target: Chunk | undefined;
      let type: string | undefined;
      let cls: NounClass | undefined;
      if (dobj && (cls = classOf(view, dobj))) {
        // "criticized Pell Group's decision", "seeks Interpol's help"
        target = dobj;
        type = typeFor(vg.lemma, undefined, cls);
      } else if (!obj.direct.length && first?.nps.length === 1 && (cls = classOf(view, first.nps[0]))) {
        // "ruled against Conley's extension", "commented on Tom Hale's death"
        target = first.nps[0];
        type = typeFor(vg.lemma, prepOf(first), cls);
      } else if (dobj && STANCE_VERBS.has(vg.lemma.split(' ')[0]) && STANCE_PREPS.has(prepOf(first) ?? '')) {
        // "expressed opposition to the appointment of Tom Hale"
        const stance = nounType(dobj.headWord);
        cls = first!.nps.length === 1 ? classOf(view, first!.nps[0]) : undefined;
        if (cls && stance && TYPES_FOR[cls].has(stance)) {
          target = first!.nps[0];
          type = stance;
        }
      }
      if (!target || !type || !cls) return;
      const owner = ownerOf(view, target, cls);
      if (!owner || owner.who === S) return;
      out.push({
        subject: S,
        object: owner.who,
        predicate: { type, lemma: vg.lemma, text: view.slice(vg.from, target.to) },
        confidence: 0.7,
        from: Math.min(subj.np.from, vg.from),
        to: owner.to,
        verb: vg,
      });
    });
    return out;
  },
};

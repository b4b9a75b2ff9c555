// Roles taken, held or left "as" a title: "Ann Cole resigned as the governor of Ohio", "was sworn in as
// Ohio's new governor" → the subject holds the role in the body; "Tom Hale appointed Ann Cole as secretary
// of state of Ohio" → the appointed person does; "was succeeded by Ann Cole as governor" → both do. Only
// verbs of holding, taking or leaving a post count. So does a role right after "became" or a passive verb of
// choosing: "was elected president of France".
import { npEntity } from '../np-entity.js';
import { subjectOf } from '../subject-of.js';
import { nounPredicate } from '../predicate.js';
import { possessedRole, roleBody, roleFitsBody, titleRole } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { Chunk } from '../chunks.js';
import type { SentenceView } from '../sentence-view.js';
import { verbType } from '../vocabulary.js';
import { POST_GIVERS } from '../post-object.js';
import { CHOOSING_VERBS, headlinePassive } from '../headline-passive.js';

/** Verbs whose "as <role>" is a role held, taken or left ("attacked the proclamation as official Israeli
 * territory", "posed as a police officer" are none). */
const ROLE_VERBS = new Set(
  `serve resign retire step quit work act swear sworn remain continue return take join begin start stay succeed
  replace appoint reappoint elect re-elect reelect name nominate confirm install choose select hire win`.split(/\s+/),
);
/** Verbs whose passive takes the role with no "as": "was elected president of France", "was named head of". */
const BARE_ROLE_VERBS = new Set([...CHOOSING_VERBS, 'make', 'crown']);
/** Verbs of leaving a role: their negation does not negate the holding. */
const LEAVING = new Set(['resign', 'quit', 'retire', 'leave', 'step']);
/** Verbs whose passive agent took the role from the subject. */
const SUCCESSION = new Set(['succeed', 'replace']);
/** Verbs by which a body gives a post of its own ("Acme Corp hired Tom Hale as chief financial officer"); one
 * that confirms another's choice ("The Senate confirmed Tom Hale as a judge") gives a post elsewhere. */
const EMPLOYING = new Set(['hire', 'recruit', 'employ', 'sign', 'appoint', 'reappoint', 'promote']);
/** Verbs whose object is the body the role is in: "joined Beta Ltd as chief financial officer", "returned to
 * Acme Corp as chief executive". */
const ENTERING = new Set(['join', 'rejoin', 'return']);
/** Chunks that end the clause the "as" phrase belongs to. */
const CLAUSE_BREAK = new Set(['CONJ', 'REL', 'SUB', 'COMP']);

/** The body a verb of entering at chunk v reaches before the "as" at chunk c - 1: its direct object, or the
 * object of "to" ("returned to Acme Corp"), when that is an organisation. */
function enteredBody(view: SentenceView, v: number, c: number, vg: Chunk): string | undefined {
  const ch = view.chunks;
  if (vg.passive || !ENTERING.has(vg.lemma.split(' ')[0])) return undefined;
  const to = ch[v + 1]?.kind === 'PREP' && view.toks[ch[v + 1].from].normal === 'to';
  const k = to ? v + 2 : v + 1;
  const body = ch[k]?.kind === 'NP' && k === c - 2 && !ch[k].breakAfter ? npEntity(ch[k]) : undefined;
  return body && view.types.get(body) === 'Organization' ? body : undefined;
}

export const asRole: RelationRule = {
  name: 'as-role',
  description: 'a person who takes, holds or leaves a role "as" a title of a body (an appointed object holds it)',
  example: 'Ann Cole resigned as the governor of Ohio.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    /** The role phrase at chunk `c`, taken, held or left through the verb group at chunk `v`. */
    const add = (c: number, v: number, headlinePassive = false) => {
      const roleNp = ch[c];
      const vg = headlinePassive ? { ...ch[v], passive: true } : ch[v];
      const role = possessedRole(view, roleNp);
      // "Acme Corp appointed Tom Hale chief executive": a post given as a second object is in the giver's body
      // when no other is named, as is "its" post.
      const second = c === v + 2 && ch[v + 1].kind === 'NP' && !vg.passive;
      const gives = second || (!vg.passive && BARE_ROLE_VERBS.has(vg.lemma.split(' ')[0]));
      // "Acme Corp hired Tom Hale as its chief financial officer": a body that employs gives its own post too.
      const employs = !vg.passive && EMPLOYING.has(vg.lemma);
      const giver = gives || employs ? npEntity(subjectOf(view, v)?.np) : undefined;
      const found = roleBody(view, ch, c);
      // ("The Senate confirmed Tom Hale as a judge": a body that confirms another's choice gives no post of its own.)
      const ownBody =
        !!giver && vg.lemma !== 'confirm' && ['Organization', 'Place'].includes(view.types.get(giver) ?? '');
      const entered = enteredBody(view, v, c, vg);
      const fallback = ownBody ? giver : entered;
      const { body, end } = found.body || !fallback ? found : { body: fallback, end: c };
      // "as his secretary": a possessive pronoun's antecedent is too unsure to end an edge, unless it is the giver
      // or the body entered.
      const pronoun = roleNp.possessor === body && view.kindAt[roleNp.from] === 'pronoun';
      if (!role || !body || (pronoun && body !== giver && body !== entered)) return;
      if (!roleFitsBody(role, view.types.get(body))) return;
      // "did not resign as governor" says she still holds it: no edge rather than a wrong negation.
      if (vg.negated && LEAVING.has(vg.lemma.split(' ')[0])) return;
      const object = ch[v + 1];
      const appointed = gives || (!vg.passive && verbType(vg.lemma) === 'APPOINTS');
      const holderNp = appointed
        ? object?.kind === 'NP' && (second || v + 1 < c - 1)
          ? object
          : undefined
        : subjectOf(view, v)?.np;
      const r = titleRole(role);
      const as = ch[c - 1]?.kind === 'PREP' ? ' as' : '';
      // "stepped down as", "stepped aside as": the particle the chunker set apart says the role was left.
      const particle = ch[c - 2];
      const verbEnd =
        as && c - 2 > v && ['PREP', 'ADV'].includes(particle.kind) && particle.from === vg.to + 1 ? particle.to : vg.to;
      const hold = (np: Chunk | undefined) => {
        const holder = npEntity(np);
        if (!np || !holder || holder === body || view.types.get(holder) !== 'Person') return;
        out.push({
          subject: holder,
          object: body,
          // The verb and the role noun: the whole phrase would run past the edge gate's predicate length.
          predicate: { ...nounPredicate(r.noun, `${view.slice(vg.from, verbEnd)}${as} ${r.noun}`), type: r.type },
          confidence: 0.75,
          from: Math.min(np.from, vg.from),
          to: ch[end].to,
          verb: vg,
        });
      };
      hold(holderNp);
      // "Tom Hale was succeeded by Ann Cole as governor": whoever took the role from the subject holds it too.
      if (
        vg.passive &&
        SUCCESSION.has(vg.lemma) &&
        ch[v + 1]?.kind === 'PREP' &&
        view.toks[ch[v + 1].from].normal === 'by'
      )
        if (v + 2 < c - 1) hold(ch[v + 2].kind === 'NP' ? ch[v + 2] : undefined);
    };
    ch.forEach((chunk, c) => {
      // "was elected president of France", "became President of France" (a title holding its body, which the
      // subject-verb-object rule does not read): the role right after the verb.
      if (chunk.kind === 'VG' && ch[c + 1]?.kind === 'NP') {
        const lemma = chunk.lemma.split(' ')[0];
        if ((chunk.passive && BARE_ROLE_VERBS.has(lemma)) || (!chunk.passive && lemma === 'become')) add(c + 1, c);
        else if (headlinePassive(view, c)) add(ch[c + 1].head && ch[c + 2]?.kind === 'NP' ? c + 2 : c + 1, c, true);
        // "appointed Tom Hale chief executive (of Acme Corp)": the post as a second object.
        else if (!chunk.passive && POST_GIVERS.has(lemma) && ch[c + 2]?.kind === 'NP' && !ch[c + 1].breakAfter)
          add(c + 2, c);
      }
      if (chunk.kind !== 'PREP' || view.toks[chunk.from].normal !== 'as' || ch[c + 1]?.kind !== 'NP') return;
      // The verb the phrase hangs on: the nearest one before it in the same clause.
      let v = c - 1;
      while (v >= 0 && ch[v].kind !== 'VG' && !CLAUSE_BREAK.has(ch[v].kind)) v--;
      if (ch[v]?.kind === 'VG' && ROLE_VERBS.has(ch[v].lemma.split(' ')[0])) add(c + 1, v);
    });
    return out;
  },
};

// "It" opening a sentence, outside quotation marks, for the body the sentence before was about: "The airline
// was founded in 1992. It has the largest fleet and flies to Spain" (it = the airline). Taken only when that
// sentence's main-clause subject is a named organisation and no other thing in it could be "it" (another
// body, place or product heading a phrase), within one paragraph; and never for the "it" that stands for a
// clause ("It is possible that …", "It was reported that …", "It seems …"). A person is "he" or "she", and
// "they" may be anyone, so only "it" is read.
import type { Chunk } from './chunks.js';
import { possessiveAt, rechunk, type SentenceView } from './sentence-view.js';
import { objectsOf } from './objects-of.js';
import { subjectOf } from './subject-of.js';
import { verbType } from './vocabulary.js';

const BODY_TYPES: ReadonlySet<string> = new Set(['Organization']);
const OWNER_TYPES: ReadonlySet<string> = new Set(['Organization', 'Place']);

/** Kinds of thing "it" could stand for besides the subject. */
const RIVAL_TYPES = new Set(['Organization', 'Place', 'Product']);
/** Verbs whose "it" is a placeholder for a clause or the weather ("It seems …", "It emerged that …"). */
const EMPTY_IT_VERBS = new Set(
  'seem appear emerge happen matter remain take rain snow follow mean cost turn occur transpire'.split(' '),
);
/** Verbs of saying and thinking, whose passive takes a clause: "It was reported that …", "It is believed …". */
const CLAUSE_PASSIVES = new Set(
  'believe think expect estimate understand know hope fear decide agree assume suppose rumour rumor consider feel note learn'.split(
    ' ',
  ),
);

/** "U.S. troops", "the rebel forces" are "they"; a name's plural word is not ("Norfield Holdings"). */
const pluralHead = (view: SentenceView, np: Chunk) =>
  view.toks[np.to].tags.has('Plural') && !/^\p{Lu}/u.test(view.toks[np.to].text);

/** The organisation in main-clause subject position of `view`, when nothing else named in it could be "it"
 * (`owner`: what could own a role, "Its director, Ann Cole,": a place too, and a thing acted on is no rival). */
function soleBodySubject(view: SentenceView, owner = false): string | undefined {
  // ("The Norland Chamber of Commerce, which represents 12,000 companies, said …": for a role's owner, a relative
  // clause set off by commas after the subject is passed over.)
  const aside = owner ? relativeAside(view) : undefined;
  const inAside = (k: number) => !!aside && k >= aside[0] && k <= aside[1];
  const c = view.chunks.findIndex((ch, k) => ch.kind === 'VG' && !inAside(k));
  const vg = view.chunks[c];
  if (!vg?.finite) return undefined;
  // Only the main clause: nothing but phrases and adverbs before its verb ("When Acme sold Beta, it …" is not).
  const before = view.chunks.slice(0, c).filter((_, k) => !inAside(k));
  if (before.some((ch) => !['NP', 'PREP', 'ADV'].includes(ch.kind))) return undefined;
  const subj = subjectOf(view, c);
  const id = subj?.how === 'direct' ? (subj.np.head ?? undefined) : undefined;
  const types = owner ? OWNER_TYPES : BODY_TYPES;
  if (!id || !types.has(view.types.get(id) ?? '') || pluralHead(view, subj!.np)) return undefined;
  if (inQuote(view, subj!.np)) return undefined;
  // Any other body, place or product heading a phrase ("Iran's first" names Iran's, not a rival; "an ISS
  // spacewalk" a spacewalk), or any thing the verb acted on ("released a statement. It read …" is the statement;
  // what "be" links is the subject itself).
  // (for a role's owner, not a name inside the passed-over relative clause: "Lower Saxony, which owns a fifth of
  // Volkswagen, welcomed … Its premier")
  const rival = view.chunks.some(
    (ch, k) =>
      ch.kind === 'NP' &&
      !inAside(k) &&
      !!ch.head &&
      ch.head !== id &&
      RIVAL_TYPES.has(view.types.get(ch.head) ?? '') &&
      // (a made thing has no officers: "capped production of the 737 MAX … Its administrator, Mike Whitaker,")
      !(owner && view.types.get(ch.head) === 'Product') &&
      view.entityAt[ch.to] === ch.head &&
      !possessiveAt(view.toks, ch.to),
  );
  const acted =
    !owner && vg.lemma !== 'be' && objectsOf(view, c).direct.some((np) => np.head !== id && !pluralHead(view, np));
  return rival || acted ? undefined : id;
}

/** Chunk indices of a relative clause set off by commas right after the sentence's first noun phrase. */
function relativeAside(view: SentenceView): [number, number] | undefined {
  const ch = view.chunks;
  if (ch[0]?.kind !== 'NP' || !/,/.test(view.toks[ch[0].to].post) || ch[1]?.kind !== 'REL') return undefined;
  const end = ch.findIndex((x, k) => k > 1 && x.breakAfter);
  return end > 1 && /,/.test(view.toks[ch[end].to].post) ? [1, end] : undefined;
}

const inQuote = (view: SentenceView, ch: Pick<Chunk, 'from' | 'to'>) =>
  view.quotes.some(([a, b]) => ch.from <= b && ch.to >= a);

/** "It" standing for a clause or nothing: a verb of seeming, a passive of saying or thinking, or "be" with a
 * "that"/"to"/"whether" clause after its complement ("It is possible that …", "It was the first time …"). */
function emptyIt(view: SentenceView, vg: Chunk): boolean {
  if (EMPTY_IT_VERBS.has(vg.lemma)) return true;
  if (vg.passive && (verbType(vg.lemma) === 'SAYS' || CLAUSE_PASSIVES.has(vg.lemma))) return true;
  if (vg.lemma !== 'be') return false;
  const rest = view.chunks.slice(view.chunks.indexOf(vg) + 1);
  return rest.some(
    (ch) => ch.kind === 'COMP' || ch.kind === 'REL' || ch.kind === 'SUB' || (ch.kind === 'VG' && !ch.finite),
  );
}

/** Resolves such "it"s in place (entity and mention kind, chunks redone); `text` is the document's. */
export function resolveBodyPronouns(views: SentenceView[], text: string): void {
  views.forEach((view, s) => {
    const prev = views[s - 1];
    const it = view.toks[0];
    if (!prev || view.entityAt[0] || view.quoteOpenAtStart || inQuote(view, { from: 0, to: 0 })) return;
    if (it?.normal === 'its') {
      ownerOfRole(view, prev, text);
      return;
    }
    if (it?.normal !== 'it') return;
    if (/\n/.test(text.slice(prev.sentence.end, view.sentence.start))) return;
    const vg = view.chunks[1];
    if (view.chunks[0]?.to !== 0 || vg?.kind !== 'VG' || !vg.finite || emptyIt(view, vg)) return;
    const body = soleBodySubject(prev);
    if (!body) return;
    view.entityAt[0] = body;
    view.kindAt[0] = 'pronoun';
    rechunk(view);
  });
}

/** "Blue Shore said … Its director, Ines Moreau, urged …": a sentence opening on "Its", a role of at most three
 * lower-case words and a comma before a person's name is about the organisation or place the sentence before
 * had as its sole subject, in the same paragraph. */
function ownerOfRole(view: SentenceView, prev: SentenceView, text: string): void {
  if (/\n/.test(text.slice(prev.sentence.end, view.sentence.start))) return;
  const comma = view.toks.findIndex((t) => /,/.test(t.post));
  const role = view.toks.slice(1, comma + 1);
  if (comma < 1 || comma > 3 || !role.every((t, k) => /^\p{Ll}/u.test(t.text) && !view.entityAt[k + 1])) return;
  if (view.types.get(view.entityAt[comma + 1] ?? '') !== 'Person') return;
  const owner = soleBodySubject(prev, true);
  if (!owner) return;
  view.entityAt[0] = owner;
  view.kindAt[0] = 'pronoun';
  rechunk(view);
}

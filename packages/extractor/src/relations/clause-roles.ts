// Who is the subject of a verb group and what are its objects: walks the chunk list left and right,
// across prepositional modifiers, relative pronouns, coordination and participle clauses.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { verbType } from './vocabulary.js';
import { takesInfinitive } from './control-nouns.js';

export interface SubjectRef {
  np: Chunk;
  /** How it was found: next to the verb, through a relative pronoun, or inherited from an earlier clause. */
  how: 'direct' | 'relative' | 'inherited' | 'participle';
}

export interface PrepObject {
  prep: Chunk;
  nps: Chunk[];
  /** A gerund between preposition and object ("focused on developing AI"). */
  via?: Chunk;
}

export interface Objects {
  direct: Chunk[];
  preps: PrepObject[];
  /** Last chunk index used. */
  end: number;
}

const GERUND_PREPS = new Set(['by', 'after', 'before', 'while', 'in', 'upon', 'on']);
/** "contributed to the war by supporting Assad", "grew by buying Beta": the doer of a "by"-gerund of means
 * is the clause's subject, read by every rule (other adjunct gerunds only for speech, see `subjectOf`). */
const MEANS_PREPS = new Set(['by']);

/** Possessor stands for the agent when the head noun is something a person or body says or does. */
const AGENT_HEADS = new Set([
  'remarks',
  'remark',
  'speech',
  'comments',
  'comment',
  'statement',
  'report',
  'government',
  'administration',
  'officials',
  'forces',
  'troops',
  'army',
  'military',
  'police',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'lawyers',
  'ministry',
  'announcement',
  'decision',
  'move',
  'letter',
  'office',
  'campaign',
  'team',
  'regulators',
  'leaders',
  'leadership',
]);

/** The entity a noun phrase stands for in an argument position. */
export function npEntity(np: Chunk | undefined): string | undefined {
  if (!np || np.kind !== 'NP') return undefined;
  if (np.head) return np.head;
  if (AGENT_HEADS.has(np.headWord)) return np.possessor ?? (np.entities.length === 1 ? np.entities[0] : undefined);
  return undefined;
}

/** Leftmost NP of an "NP (PREP NP)*" run ending at chunk index j: the head of a modified phrase. */
function headOfRun(ch: Chunk[], j: number): number {
  for (;;) {
    if (
      j - 2 >= 0 &&
      ch[j - 1].kind === 'PREP' &&
      ch[j - 2].kind === 'NP' &&
      !ch[j - 2].breakAfter &&
      !ch[j - 1].breakAfter
    )
      j -= 2;
    // Across the infinitive of a decision or plan noun: "Germany's decision to ban Mahan Air surprised Iran".
    else if (
      j - 3 >= 0 &&
      ch[j - 1].kind === 'VG' &&
      !ch[j - 1].finite &&
      !ch[j - 1].gerund &&
      ch[j - 2].kind === 'PREP' &&
      ch[j - 2].to === ch[j - 1].from - 1 &&
      ch[j - 3].kind === 'NP' &&
      takesInfinitive(ch[j - 3].headWord) &&
      !ch[j - 3].breakAfter &&
      !ch[j - 2].breakAfter &&
      !ch[j - 1].breakAfter
    )
      j -= 3;
    // Across a reduced participle: "firms linked to Huawei".
    else if (
      j - 3 >= 0 &&
      ch[j - 1].kind === 'PREP' &&
      isBareParticiple(ch[j - 2]) &&
      ch[j - 3].kind === 'NP' &&
      !ch[j - 3].breakAfter &&
      !ch[j - 2].breakAfter
    )
      j -= 3;
    else return j;
  }
}

/** The phrase standing for the "NP (of NP)*" run from chunk h to j: its head, unless the head is a capitalised
 * title with no name and the run ends on a person ("Minister of Justice Ann Verhoeven met …"). */
function runSubject(view: SentenceView, h: number, j: number): Chunk {
  const ch = view.chunks;
  const title = ch[h];
  const person = ch[j];
  const titled =
    h < j &&
    !title.head &&
    !title.possessor &&
    !title.entities.length &&
    view.toks.slice(title.from, title.to + 1).every((t) => /^\p{Lu}/u.test(t.text)) &&
    ch[h + 1]?.kind === 'PREP' &&
    view.toks[ch[h + 1].from].normal === 'of' &&
    !!person.head &&
    view.types.get(person.head) === 'Person' &&
    view.entityAt[person.to] === person.head;
  return titled ? person : title;
}

/** Chunk j is a place the entity stage read as the qualifier of the place right before it ("Dayton, Ohio"). */
function qualifies(view: SentenceView, j: number): boolean {
  const before = view.chunks[j - 1];
  return (
    !!before &&
    before.kind === 'NP' &&
    before.breakAfter &&
    !!before.head &&
    view.qualifierAt[view.chunks[j].from] === before.head
  );
}

/** "Ann Verhoeven, the likely successor should Tom Hale lose, has said": a name, a comma and a phrase with no
 * name of its own (a description, which may hold a clause) describe the name; not a list ("Ann, Bo, the chair"). */
function descriptiveAside(view: SentenceView, k: number): boolean {
  const ch = view.chunks;
  const name = ch[k];
  const open = ch[k + 1];
  const h = headOfRun(ch, k);
  const list = (ch[h - 1]?.kind === 'NP' && ch[h - 1].breakAfter) || ch[h - 1]?.kind === 'CONJ';
  // "The shooting of Walter Ray, a local man, sparked riots": a name after a preposition is not the subject.
  const objectOfPrep = ch[h - 1]?.kind === 'PREP';
  return (
    name.kind === 'NP' &&
    !objectOfPrep &&
    !!name.head &&
    open?.kind === 'NP' &&
    !open.head &&
    !open.possessor &&
    !view.toks[open.from].tags.has('Pronoun') &&
    !list
  );
}

const isBareParticiple = (c: Chunk) => c.kind === 'VG' && c.from === c.to && c.participle;

/** `adjuncts`: with 'all', a gerund after "by/after/while …" shares the clause's subject ("He underlined the
 * call by saying …") and a parenthetical "in/on …" phrase is skipped ("Coles, in its release, reported"), as
 * speech reads them; with 'means' (the triple rules) only a "by"-gerund does; with 'none' (the open-IE
 * propositions, whose tuples keep the adjunct with its verb) neither. */
export function subjectOf(
  view: SentenceView,
  c: number,
  depth = 0,
  adjuncts: 'all' | 'means' | 'none' = 'means',
): SubjectRef | undefined {
  const ch = view.chunks;
  const vg = ch[c];
  let j = c - 1;
  while (j >= 0 && ch[j].kind === 'ADV' && !ch[j].breakAfter) j--;
  // "the mayor of Dayton, Ohio, said": a place qualifying the place before it closes that phrase.
  if (ch[j]?.kind === 'NP' && ch[j].breakAfter && qualifies(view, j)) j--;
  const prev = ch[j];
  if (!prev) return undefined;
  const inherit = (): SubjectRef | undefined => {
    if (depth > 3) return undefined;
    // A verb inside a quotation the gerund is not in belongs to the quoted words' own clauses ("had “contributed
    // to instability felt across the world,” by supporting Assad": not "felt").
    const quotedApart = (k: number) =>
      view.quotes.some(([a, b]) => ch[k].from >= a && ch[k].to <= b && !(vg.from >= a && vg.to <= b));
    for (let k = c - 1; k >= 0; k--) {
      if (ch[k].kind === 'VG' && !ch[k].gerund && !isParticiple(view, k) && !quotedApart(k)) {
        const s = subjectOf(view, k, depth + 1);
        return s ? { np: s.np, how: 'inherited' } : undefined;
      }
    }
    return undefined;
  };
  // A phrase inside a quotation is not the subject of a verb outside it (“… Russia,” said Zelensky).
  const quoted = (np: Chunk) =>
    view.quotes.some(([a, b]) => np.from >= a && np.to <= b && !(vg.from >= a && vg.to <= b));
  if (prev.kind === 'NP' && quoted(prev)) return undefined;
  if (prev.kind === 'NP') {
    if (vg.gerund && prev.breakAfter) return inherit();
    // "Sony, which owns Columbia Pictures, sued …" / "The company, based in Paris, hired …": skip back
    // over the parenthetical clause to the phrase it describes.
    if (prev.breakAfter && !vg.gerund) {
      let k = j - 1;
      while (k >= 0 && !ch[k].breakAfter) k--;
      const open = ch[k + 1];
      if (
        k >= 0 &&
        k + 1 < j &&
        ch[k].kind === 'NP' &&
        (open.kind === 'REL' ||
          descriptiveAside(view, k) ||
          (open.kind === 'VG' && !open.finite) ||
          (open.kind === 'VG' && open.participle) ||
          // "Coles, in its March 8 media release, reported …" (read for speech only).
          (adjuncts === 'all' &&
            open.kind === 'PREP' &&
            ['in', 'on', 'at', 'via'].includes(view.toks[open.from].normal)))
      ) {
        return { np: runSubject(view, headOfRun(ch, k), k), how: 'direct' };
      }
      // "… and Solaris Paper which makes Sorbent, emphasized": the relative clause closed by the comma
      // describes the phrase before "which", its object is no subject.
      for (let r = k + 2; r < j; r++)
        if (ch[r].kind === 'REL' && ch[r - 1].kind === 'NP' && !ch[r - 1].breakAfter && ch[r + 1]?.kind === 'VG')
          return { np: ch[headOfRun(ch, r - 1)], how: 'direct' };
    }
    if (isParticiple(view, c)) return { np: prev, how: 'participle' };
    // "Huber succumbed to a lung disorder, unrelated to COVID-19, …": after the clause's own verb, a lone
    // participle set off by a comma describes the phrase before the comma.
    if (
      prev.breakAfter &&
      isBareParticiple(vg) &&
      ch[c + 1]?.kind === 'PREP' &&
      ch.slice(0, j).some((k) => k.kind === 'VG' && k.finite)
    )
      return { np: prev, how: 'participle' };
    // A bare -ing form right after a noun modifies that noun, not the head of its phrase: in "treated in
    // Moscow for injuries including burns" it is the injuries that include.
    if (vg.gerund && !vg.finite && !prev.breakAfter) return { np: prev, how: 'direct' };
    let h = headOfRun(ch, j);
    // "a lawyer representing Spanton told …": the phrase before the verb is the object of a reduced
    // relative; the subject is the phrase the gerund describes.
    // ("announcing he had tested positive": a verb of saying takes a clause, and "he" is no object.)
    const reduced = ch[h - 1];
    if (
      reduced?.kind === 'VG' &&
      reduced.gerund &&
      !reduced.breakAfter &&
      verbType(reduced.lemma) !== 'SAYS' &&
      !view.toks[ch[h].to].tags.has('Pronoun') &&
      ch[h - 2]?.kind === 'NP' &&
      !ch[h - 2].breakAfter
    )
      h = headOfRun(ch, h - 2);
    // Apposition before the verb ("Alan, one of the crew, begins"): the first phrase, unless only the
    // second names an entity ("China's leader, Xi Jinping, made").
    const first = ch[h - 1];
    if (
      prev.breakAfter &&
      first?.kind === 'NP' &&
      first.breakAfter &&
      // A list ("Ann, Bo, the chair, said") is no apposition; a fronted "In a report," is no list item.
      !((ch[h - 2]?.kind === 'NP' && ch[h - 3]?.kind !== 'PREP') || ch[h - 2]?.kind === 'CONJ')
    ) {
      const firstHead = ch[headOfRun(ch, h - 1)];
      // A role phrase standing for its holder ("Merkel's spokesperson, Steffen Seibert, said") gives way
      // to the named holder.
      return { np: !firstHead.head && ch[h].head ? ch[h] : firstHead, how: 'direct' };
    }
    return { np: runSubject(view, h, j), how: 'direct' };
  }
  if (prev.kind === 'REL') {
    const a = j - 1;
    if (a >= 0 && ch[a].kind === 'NP') return { np: ch[headOfRun(ch, a)], how: 'relative' };
    return undefined;
  }
  // "… by saying …", "after meeting …": a gerund adjunct shares the clause's subject.
  const prep = prev.kind === 'PREP' && vg.gerund ? view.toks[prev.from].normal : '';
  const adjunct = (adjuncts === 'all' && GERUND_PREPS.has(prep)) || (adjuncts === 'means' && MEANS_PREPS.has(prep));
  if (prev.kind === 'CONJ' || (prev.kind === 'SUB' && vg.gerund) || (vg.gerund && prev.breakAfter) || adjunct)
    return inherit();
  return undefined;
}

/**
 * Phrases coordinated before a subject, of the subject's own type: "Volvo and Geely signed …" → [Volvo];
 * "Bahn, Daimler, and Siemens have announced …" → [Bahn, Daimler]. A fronted "In Paris," is no part of it.
 */
export function coordinatedBefore(view: SentenceView, np: Chunk): Chunk[] {
  const ch = view.chunks;
  const i = ch.indexOf(np);
  const type = view.types.get(npEntity(np) ?? '');
  const same = (c: Chunk | undefined) => c?.kind === 'NP' && !!type && view.types.get(npEntity(c) ?? '') === type;
  const out: Chunk[] = [];
  if (!(ch[i - 1]?.kind === 'CONJ' && view.toks[ch[i - 1].from].normal === 'and' && same(ch[i - 2]))) return out;
  let k = i - 2;
  if (ch[k].breakAfter && !/^,\s*$/.test(view.toks[ch[k].to].post)) return out;
  out.push(ch[k]);
  while (same(ch[k - 1]) && ch[k - 1].breakAfter && /^,\s*$/.test(view.toks[ch[k - 1].to].post)) out.push(ch[--k]);
  // The list must open the clause ("In Paris, Volvo and Geely" starts after the comma, not at Paris) or
  // name the members of the subject ("German firms including Bahn, Daimler, and Siemens have announced").
  const before = ch[k - 1];
  const opens =
    !before ||
    before.breakAfter ||
    before.kind === 'SUB' ||
    before.kind === 'CONJ' ||
    (before.kind === 'VG' && view.toks[before.from].normal === 'including');
  return opens ? out : [];
}

/** A bare past participle right after a noun that is itself an object: a reduced relative ("firms linked to X"). */
export function isParticiple(view: SentenceView, c: number): boolean {
  const ch = view.chunks;
  const vg = ch[c];
  if (vg.kind !== 'VG' || vg.from !== vg.to) return false;
  const t = view.toks[vg.from];
  if (!t.tags.has('PastTense') && !t.tags.has('Participle')) return false;
  const np = ch[c - 1];
  if (!np || np.kind !== 'NP' || np.breakAfter) return false;
  // A personal pronoun takes no reduced relative: "indicated she won in Ohio" is a clause.
  if (view.toks[np.to].tags.has('Pronoun')) return false;
  const before = ch[headOfRun(ch, c - 1) - 1];
  const next = ch[c + 1];
  // "… say Xi met Biden" is a complement clause; "firms linked to Huawei" continues with a preposition.
  // A reduced relative hangs on a clause that already has its verb: in "Fans carrying posters of Hale
  // marched to Paris" nothing before "marched" is finite, so it is the main verb.
  const mainVerbBefore = ch.slice(0, c).some((k) => k.kind === 'VG' && k.finite);
  return (
    !!before && (before.kind === 'PREP' || before.kind === 'VG') && !!next && next.kind === 'PREP' && mainVerbBefore
  );
}

/** A noun phrase of one time word and no entity ("yesterday", "Monday", "today"). */
const bareTime = (view: SentenceView, np: Chunk) =>
  np.from === np.to &&
  !np.entities.length &&
  view.toks[np.from].tags.has('Date') &&
  // ("described Day to the BBC": a capitalised word other than a weekday is a name; "day" alone is a noun)
  /^(?:[a-z]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/.test(view.toks[np.from].text) &&
  view.toks[np.from].normal !== 'day';

/** Whether the coordinated phrases from chunk k ("both A and B") are followed by their own verb. */
function clauseSubjectAhead(ch: Chunk[], k: number): boolean {
  while (ch[k] && (ch[k].kind === 'NP' || ch[k].kind === 'CONJ') && !ch[k].breakAfter) k++;
  return ch[k]?.kind === 'VG' && !!ch[k].finite;
}

/** Coordinated noun phrases from chunk i: "A, B, and C" or "A and B"; a coordinated phrase that starts a
 * new clause ("won in the Senate and both Lopez and Hart claimed victory") is no object. */
function npList(ch: Chunk[], i: number): { nps: Chunk[]; end: number } {
  const nps = [ch[i]];
  let end = i;
  let k = i + 1;
  const pending: Chunk[] = [];
  while (k < ch.length) {
    if (
      ch[k].kind === 'CONJ' &&
      ch[k + 1]?.kind === 'NP' &&
      ch[k + 2]?.kind !== 'VG' &&
      !clauseSubjectAhead(ch, k + 1)
    ) {
      nps.push(...pending, ch[k + 1]);
      pending.length = 0;
      end = k + 1;
      k += 2;
      if (ch[end].breakAfter) break;
      continue;
    }
    if (ch[k - 1].breakAfter && ch[k].kind === 'NP' && ch[k + 1]?.kind !== 'VG') {
      pending.push(ch[k]);
      k++;
      continue;
    }
    break;
  }
  return { nps, end };
}

export function objectsOf(view: SentenceView, c: number): Objects {
  const ch = view.chunks;
  const out: Objects = { direct: [], preps: [], end: c };
  let k = c + 1;
  if (ch[c].breakAfter) return out;
  while (k < ch.length && ch[k].kind === 'ADV' && !ch[k - 1].breakAfter) k++;
  // "died yesterday in Juba", "met Monday with Ann Cole": a bare time word is when, not what.
  if (ch[k]?.kind === 'NP' && !ch[k].breakAfter && bareTime(view, ch[k])) k++;
  // A noun phrase followed by its own verb is the subject of a complement clause, not an object.
  if (ch[k]?.kind === 'NP' && !(ch[k + 1]?.kind === 'VG' && !ch[k].breakAfter && !isParticiple(view, k + 1))) {
    const list = npList(ch, k);
    out.direct = list.nps;
    out.end = list.end;
    k = list.end + 1;
    // A second object ("labeled China a country of concern").
    if (!ch[list.end].breakAfter && ch[k]?.kind === 'NP') {
      out.end = k;
      k++;
    }
  }
  while (k < ch.length && ch[k].kind === 'PREP' && !ch[k - 1].breakAfter) {
    let n = k + 1;
    let via: Chunk | undefined;
    if (ch[n]?.kind === 'VG' && ch[n].gerund && !ch[n].breakAfter) {
      via = ch[n];
      n++;
    }
    if (ch[n]?.kind !== 'NP') break;
    const list = npList(ch, n);
    out.preps.push({ prep: ch[k], nps: list.nps, via });
    out.end = list.end;
    k = list.end + 1;
    if (ch[list.end].breakAfter) break;
  }
  return out;
}

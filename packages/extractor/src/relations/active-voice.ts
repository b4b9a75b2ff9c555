// A passive turned round keeps its words in the active voice: "Red Hat was acquired by IBM" is the edge IBM
// ACQUIRES Red Hat, whose phrase reads "acquired", not "was acquired by" (which, under that arrow, says the
// opposite). The auxiliaries go, the participle takes the tense they carried ("is owned by" → "owns", "has been
// described by" → "has described", "was being investigated by" → "was investigating", "could be sold to" →
// "could sell"), other words stay where they were ("was condemned in a joint statement by" → "condemned in a
// joint statement"). A phrase it cannot conjugate keeps its words.
import nlp from 'compromise';
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';

type Forms = Partial<Record<'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle', string>>;
const world = nlp.world() as unknown as {
  methods: { two: { transform: { verb: { conjugate: (inf: string, model: unknown) => Forms } } } };
  model: unknown;
};

const BE = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', "'s", 'get', 'gets', 'got', 'gotten']);
const PERFECT = new Set(['has', 'have', 'had']);
export const MODALS: ReadonlySet<string> = new Set('will would can could may might must shall should'.split(' '));
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

/** The active phrase of passive verb group `vg` whose words run to token `end` (its "by"), or undefined. */
export function activeVoice(view: SentenceView, vg: Chunk, end: number): string | undefined {
  const toks = view.toks.slice(vg.from, end + 1);
  if (toks[toks.length - 1]?.normal === 'by') toks.pop();
  const main = toks.findLastIndex((t, k) => k <= vg.to - vg.from && t.tags.has('Verb') && !BE.has(t.normal));
  if (main < 0 || !vg.lemma || vg.lemma.includes(' ')) return undefined;
  const forms = world.methods.two.transform.verb.conjugate(vg.lemma, world.model);
  const aux = toks.slice(0, main).map((t) => t.normal);
  const negated = aux.some((a) => NEGATIONS.has(a));
  const modal = aux.find((a) => MODALS.has(a));
  const perfect = aux.find((a) => PERFECT.has(a));
  const past = aux.some((a) => ['was', 'were', 'got'].includes(a));
  let verb: string | undefined;
  if (modal) verb = `${modal}${negated ? ' not' : ''} ${forms.Infinitive}`;
  else if (aux.includes('being')) verb = `${past ? 'was' : 'is'}${negated ? ' not' : ''} ${forms.Gerund}`;
  else if (perfect) verb = `${perfect}${negated ? ' not' : ''} ${forms.Participle ?? forms.PastTense}`;
  else if (negated) verb = `${past ? 'did' : 'does'} not ${forms.Infinitive}`;
  else verb = aux.some((a) => ['is', 'are', 'am', "'s"].includes(a)) ? forms.PresentTense : forms.PastTense;
  if (!verb || verb.includes('undefined')) return undefined;
  // Words before the verb that are no auxiliary ("reportedly", "currently") stay before it.
  const kept = toks.slice(0, main).filter((t) => !BE.has(t.normal) && !PERFECT.has(t.normal) && !MODALS.has(t.normal));
  const words = [...kept.filter((t) => !NEGATIONS.has(t.normal)).map((t) => t.text), verb];
  return [...words, ...toks.slice(main + 1).map((t) => t.text)].join(' ');
}

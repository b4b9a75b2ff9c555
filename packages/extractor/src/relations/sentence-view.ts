// One sentence as relation rules see it: its tokens, the entity each token names, quoted spans and chunks.
import nlp from 'compromise';
import type { Token } from '../tokens.js';
import type { Entity, Sentence } from '../types.js';
import { chunkSentence, type Chunk } from './chunks.js';
import { resolveOwnBodies } from './own-body.js';
import { districtName } from '../entities/names/capital-district.js';

export interface SentenceView {
  sentence: Sentence;
  text: string;
  toks: Token[];
  /** Entity id named at each token position (resolved pronouns included). */
  entityAt: (string | undefined)[];
  /** Mention kind at each token ('pronoun' subjects lower confidence). */
  kindAt: (string | undefined)[];
  types: Map<string, string>;
  /** At the first token of a place the entity stage read as a qualifier ("Dayton, Ohio"): the qualified place. */
  qualifierAt: (string | undefined)[];
  chunks: Chunk[];
  /** Token ranges [from, to] inside quotation marks (a quotation left open runs on into the next sentence
   * of its paragraph, which then starts inside it). */
  quotes: Array<[number, number]>;
  /** The sentence starts inside a quotation opened in an earlier sentence. */
  quoteOpenAtStart: boolean;
  /** A quotation is still open at the sentence's end. */
  quoteOpenAtEnd: boolean;
  /** Raw text between two token positions, inclusive. */
  slice(from: number, to: number): string;
}

const lemmaCache = new Map<string, string>();

type ToInfinitive = (word: string, model: unknown, tense: string) => string | undefined;
const world = nlp.world() as unknown as {
  methods: { two: { transform: { verb: { toInfinitive: ToInfinitive } } } };
  model: unknown;
};
const participleRoot = (w: string): string | undefined =>
  world.methods.two.transform.verb.toInfinitive(w, world.model, 'Participle');

/** A verb's infinitive: compromise's root when it tagged the word as a verb, else a parse of "they <word>". */
export function lemmaOf(t: Token): string {
  if (t.tags.has('Copula')) return 'be';
  if (t.root && t.tags.has('Verb')) return t.root;
  const w = t.normal;
  let l = lemmaCache.get(w);
  if (l === undefined) {
    const d = nlp(`they ${w}`);
    d.compute('root');
    const term = (d as unknown as { document: Array<Array<{ root?: string; normal?: string; tags: Set<string> }>> })
      .document[0]?.[1];
    l = term?.root ?? term?.normal ?? w;
    // compromise's root reads a participle as a past tense and leaves "beaten", "chosen", "overthrown" as
    // they are; its conjugator knows them as participles.
    if (l === w && term?.tags.has('Participle')) l = participleRoot(w) || w;
    if (lemmaCache.size > 5000) lemmaCache.clear();
    lemmaCache.set(w, l);
  }
  return l;
}

export function buildSentenceViews(
  text: string,
  sentences: Sentence[],
  bySentence: Token[][],
  entities: Entity[],
): SentenceView[] {
  const types = new Map(entities.map((e) => [e.id, e.type] as [string, string]));
  const mentionsBySentence = new Map<number, Array<{ id: string; start: number; end: number; kind: string }>>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = mentionsBySentence.get(m.sentence) ?? [];
      list.push({ id: e.id, start: m.start, end: m.end, kind: m.kind });
      mentionsBySentence.set(m.sentence, list);
    }
  }
  let carried = false;
  return sentences.map((sentence, s) => {
    const toks = bySentence[s] ?? [];
    const newParagraph = s === 0 || /\n/.test(text.slice(sentences[s - 1].end, sentence.start));
    const q = quoteRanges(toks, carried && !newParagraph);
    carried = q.openAtEnd;
    const entityAt: (string | undefined)[] = toks.map(() => undefined);
    const kindAt: (string | undefined)[] = toks.map(() => undefined);
    const qualifierAt: (string | undefined)[] = toks.map(() => undefined);
    // Longer mentions first; a shorter one takes back the tail of a "Town, Region" mention, so "Gulu,
    // Uganda" reads as two places (the locative rule links them).
    // A name inside a person's nominal mention keeps its tokens ("Julie Payette, the Governor General of
    // Canada": Canada stays Canada, so the apposition can name the body).
    const inPerson = (m: { id: string; kind: string }) =>
      m.kind === 'nominal' && types.get(m.id) === 'Person' ? 1 : 0;
    const mentions = [...(mentionsBySentence.get(s) ?? [])].sort(
      (a, b) => inPerson(a) - inPerson(b) || b.end - b.start - (a.end - a.start),
    );
    for (const m of mentions) {
      // The whole shorter mention comes back when its first token follows a comma inside a longer one.
      let takeBack: string | undefined;
      toks.forEach((t, k) => {
        if (!(t.start < m.end && t.end > m.start)) return;
        // (Not inside an organisation's name: "University of California, San Diego" is one campus.)
        const qualifierTail =
          t.start >= m.start &&
          k > 0 &&
          !!entityAt[k] &&
          entityAt[k - 1] === entityAt[k] &&
          /,/.test(toks[k - 1].post) &&
          types.get(entityAt[k]!) !== 'Organization';
        if (qualifierTail && takeBack === undefined && entityAt[k] !== m.id) {
          takeBack = entityAt[k];
          qualifierAt[k] = takeBack;
        }
        if (!entityAt[k] || (takeBack !== undefined && entityAt[k] === takeBack)) {
          entityAt[k] = m.id;
          kindAt[k] = m.kind;
        }
      });
    }
    const chunks = chunksOf({ toks, entityAt, kindAt, types });
    resolveOwnBodies(chunks, { toks, entityAt, kindAt, types });
    return {
      sentence,
      text,
      toks,
      entityAt,
      kindAt,
      types,
      qualifierAt,
      chunks,
      quotes: q.ranges.filter((r) => !quotedName(toks, r, entityAt, kindAt)),
      quoteOpenAtStart: q.openAtStart,
      quoteOpenAtEnd: q.openAtEnd,
      slice: (from: number, to: number) =>
        // An editor's brackets inside the span ("think [working with") are no part of the words, nor is a
        // bracket the span opens but does not close ("the World Health Organization (WHO").
        from <= to && toks[from] && toks[to]
          ? text
              .slice(toks[from].start, toks[to].end)
              .replace(/[[\]]/g, '')
              .replace(/\s*\([^)]*$/, '')
              .replace(/\s+/g, ' ')
          : '',
    };
  });
}

/** Token `k` ends a possessive ("Iran's", "Acme’s", "the United States' Centers"). */
export const possessiveAt = (toks: Token[], k: number): boolean =>
  /['’]s?$/.test(toks[k].text) ||
  toks[k].tags.has('Possessive') ||
  /^['’]s?\b/.test(toks[k].post) ||
  pluralPossessive(toks, k);

type ChunkInput = Pick<SentenceView, 'toks' | 'entityAt' | 'kindAt' | 'types'>;

function chunksOf({ toks, entityAt, kindAt, types }: ChunkInput): Chunk[] {
  const possessive = (k: number) => possessiveAt(toks, k);
  // (An organisation's name, or "Washington, D.C.", only: a person's nominal mention runs over its appositive's
  // commas, and "New York, New York" is two mentions of one place.)
  const nameComma = (k: number) =>
    !!entityAt[k] &&
    entityAt[k] === entityAt[k + 1] &&
    kindAt[k] === kindAt[k + 1] &&
    (kindAt[k] === 'name' || kindAt[k] === 'alias') &&
    (types.get(entityAt[k]!) === 'Organization' || districtName(`${toks[k].text}, ${toks[k + 1].text}`)) &&
    toks[k].post.trim() === ',';
  return toks.length ? chunkSentence(toks, entityAt, possessive, lemmaOf, nameComma) : [];
}

/** "the United States' Centers for Disease Control": a plural's apostrophe before a capitalised word, unless a
 * single quotation mark opened earlier in the sentence, whose close it then is ("citing 'security concerns' as"). */
function pluralPossessive(toks: Token[], k: number): boolean {
  if (!/s$/i.test(toks[k].text) || !/^['’]\s+$/.test(toks[k].post) || !/^\p{Lu}/u.test(toks[k + 1]?.text ?? ''))
    return false;
  return !toks.slice(0, k + 1).some((t) => /['‘’]$/.test(t.pre));
}

/** Chunks the sentence again after a later step named more of its tokens' entities (resolved pronouns). */
export function rechunk(view: SentenceView): void {
  view.chunks = chunksOf(view);
  resolveOwnBodies(view.chunks, view);
}

/** Words right before a quoted name that make it a name of something else, not a second thing: "dubbed
 * “Zrínyi 2026”", "nicknamed the “Kim Kardashian of Pakistan”", "known as “Ziggy”". */
const NAMING_WORDS = new Set(
  'named nicknamed dubbed called titled entitled termed labeled labelled branded christened renamed codenamed as'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['the', 'a', 'an', 'it', 'him', 'her', 'them', 'itself']);

/** A quotation that holds nothing but one name ("voted to pass the “Animal Welfare Bill”", "the hashtag
 * “#MeToo”") marks a title, not anyone's words: arguments may reach into it like into any other name. Not a
 * nickname inside a name ("Jeremy “Spike” Cohen") nor one a naming word gives. */
function quotedName(
  toks: Token[],
  [from, to]: [number, number],
  entityAt: (string | undefined)[],
  kindAt: (string | undefined)[],
) {
  const id = entityAt[from];
  if (!id) return false;
  const capital = (k: number) => /^\p{Lu}/u.test(toks[k]?.text ?? '');
  if (capital(from - 1) && capital(to + 1)) return false;
  let b = from - 1;
  while (b >= 0 && SKIPPED.has(toks[b].normal)) b--;
  if (b >= 0 && NAMING_WORDS.has(toks[b].normal)) return false;
  for (let k = from; k <= to; k++) if (entityAt[k] !== id || kindAt[k] === 'pronoun') return false;
  return true;
}

function quoteRanges(
  toks: Token[],
  carried: boolean,
): { ranges: Array<[number, number]>; openAtStart: boolean; openAtEnd: boolean } {
  const out: Array<[number, number]> = [];
  // A sentence that opens with its own quotation mark starts a new quotation.
  const openAtStart = carried && !!toks.length && !/[“"]/.test(toks[0].pre);
  let open = openAtStart ? 0 : -1;
  toks.forEach((t, k) => {
    if (open < 0 && /[“"]/.test(t.pre)) open = k;
    if (open >= 0 && /[”"]/.test(t.post)) {
      out.push([open, k]);
      open = -1;
    }
  });
  // A quotation that runs to the end of the sentence (closing mark in a later one).
  const openAtEnd = open >= 0 && !!toks.length;
  if (openAtEnd) out.push([open, toks.length - 1]);
  return { ranges: out, openAtStart, openAtEnd };
}

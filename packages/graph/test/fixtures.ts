// Hand-written extraction results for store tests (the stores do not depend on extractor behaviour).
import type { Claim, Entity, EntityType, ExtractionResult, Triple } from '@kg/extractor';
import type { GraphEdge } from '@kg/graph';

export interface FixtureSentence {
  text: string;
  /** [name, type] of entities named in the sentence (found by their first occurrence). */
  entities?: Array<[string, EntityType]>;
  /** [subject name, TYPE, object name, phrase]. */
  triples?: Array<[string, string, string, string]>;
  /** [speaker name, verb lemma, claimed content (found in the text), direct quote?, names it is about]. */
  claims?: Array<[string, string, string, boolean, string[]]>;
  /** Negated triples: [subject name, TYPE, object name, phrase, name of who denied it]. */
  denials?: Array<[string, string, string, string, string?]>;
}

export interface FixtureArticle {
  id: string;
  title?: string;
  date?: string;
  outlet?: { name: string; domain?: string };
  sentences: FixtureSentence[];
}

/** Entity ids are namespaced by `tag` so tests sharing one Neo4j never collide. */
export function fixtureId(tag: string, name: string, type: string): string {
  return `${tag}:${type.toLowerCase()}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

export function makeResult(tag: string, a: FixtureArticle): ExtractionResult {
  const entities = new Map<string, Entity>();
  const triples: Triple[] = [];
  const claims: Claim[] = [];
  let offset = 0;
  const sentences = a.sentences.map((s, index) => {
    const start = offset;
    offset += s.text.length + 1;
    for (const [name, type] of s.entities ?? []) {
      const id = fixtureId(tag, name, type);
      const at = Math.max(0, s.text.indexOf(name));
      const e = entities.get(id) ?? { id, name, type, aliases: [], mentions: [] };
      e.mentions.push({ sentence: index, start: start + at, end: start + at + name.length, text: name, kind: 'name' });
      entities.set(id, e);
    }
    // Affirmed triples, then denials (negated, optionally by someone's statement).
    const rows = [
      ...(s.triples ?? []).map((t) => ({ t, negated: false, by: undefined as string | undefined })),
      ...(s.denials ?? []).map(([a, b, c, d, by]) => ({ t: [a, b, c, d] as const, negated: true, by })),
    ];
    for (const {
      t: [subj, type, obj, phrase],
      negated,
      by,
    } of rows) {
      const find = (n: string) => [...entities.values()].find((e) => e.name === n)!.id;
      triples.push({
        subject: find(subj),
        object: find(obj),
        predicate: { type, lemma: phrase, text: phrase },
        confidence: 0.9,
        evidence: { sentence: index, start, end: start + s.text.length, text: s.text },
        negated,
        hedged: false,
        ...(by ? { attributedTo: find(by) } : {}),
      });
    }
    for (const [speaker, verb, text, quote, about] of s.claims ?? []) {
      const find = (n: string) => [...entities.values()].find((e) => e.name === n)!.id;
      const at = start + s.text.indexOf(text);
      claims.push({
        id: `c${claims.length + 1}`,
        speaker: find(speaker),
        verb,
        start: at,
        end: at + text.length,
        text,
        sentence: index,
        quote,
        about: about.map(find),
      });
    }
    return { index, start, end: start + s.text.length, text: s.text };
  });
  return {
    document: {
      id: `${tag}-${a.id}`,
      title: a.title,
      date: a.date,
      chars: offset,
      ...(a.outlet ? { outlet: a.outlet } : {}),
    },
    sentences,
    entities: [...entities.values()],
    triples,
    claims,
    propositions: [],
  };
}

/** Two overlapping articles: both mention the United States and Huawei. */
export function sampleArticles(tag: string): ExtractionResult[] {
  return [
    makeResult(tag, {
      id: 'a',
      title: 'Sanctions',
      date: '2024-05-01',
      sentences: [
        {
          text: 'The United States expanded sanctions on Huawei.',
          entities: [
            ['United States', 'Place'],
            ['Huawei', 'Organization'],
          ],
          triples: [['United States', 'SANCTIONS', 'Huawei', 'expanded sanctions on']],
        },
        {
          text: 'Xi Jinping gave a speech on innovation.',
          entities: [
            ['Xi Jinping', 'Person'],
            ['innovation', 'Concept'],
          ],
          triples: [['Xi Jinping', 'SPEAKS_ABOUT', 'innovation', 'gave a speech on']],
        },
      ],
    }),
    makeResult(tag, {
      id: 'b',
      title: 'More sanctions',
      date: '2024-06-01',
      sentences: [
        {
          text: 'Washington: the United States sanctions Huawei again.',
          entities: [
            ['United States', 'Place'],
            ['Huawei', 'Organization'],
          ],
          triples: [['United States', 'SANCTIONS', 'Huawei', 'sanctions']],
        },
        {
          text: 'Huawei criticised the United States.',
          entities: [
            ['Huawei', 'Organization'],
            ['United States', 'Place'],
          ],
          triples: [['Huawei', 'CRITICIZES', 'United States', 'criticised']],
        },
      ],
    }),
  ];
}

/**
 * Two articles with reported speech: Jane Doe speaks about Acme and Beta in both, Beta answers in the
 * second. `beta` names Beta in the first article, `betaInB` in the second (alias tests).
 */
export function claimArticles(tag: string, beta = 'Beta', betaInB = beta): ExtractionResult[] {
  return [
    makeResult(tag, {
      id: 'a',
      title: 'Contract',
      date: '2024-05-01',
      sentences: [
        {
          text: `"${beta} broke the contract with Acme," Jane Doe said.`,
          entities: [
            ['Jane Doe', 'Person'],
            ['Acme', 'Organization'],
            [beta, 'Organization'],
          ],
          claims: [['Jane Doe', 'say', `${beta} broke the contract with Acme,`, true, [beta, 'Acme']]],
        },
      ],
    }),
    makeResult(tag, {
      id: 'b',
      title: 'Denial',
      date: '2024-06-01',
      sentences: [
        {
          text: `${betaInB} denied that it owed Acme anything.`,
          entities: [
            [betaInB, 'Organization'],
            ['Acme', 'Organization'],
          ],
          claims: [[betaInB, 'deny', 'it owed Acme anything', false, ['Acme']]],
        },
        {
          text: `Jane Doe said ${betaInB} would pay.`,
          entities: [
            ['Jane Doe', 'Person'],
            [betaInB, 'Organization'],
          ],
          claims: [['Jane Doe', 'say', `${betaInB} would pay`, false, [betaInB]]],
        },
      ],
    }),
  ];
}

/** A bare `R` edge from `s` to `t` (for analytics tests, which read only ends, id and weight). */
export const graphEdge = (s: string, t: string, weight = 1): GraphEdge => ({
  id: `${s}|R|${t}`,
  source: s,
  target: t,
  type: 'R',
  weight,
  phrases: [],
  evidence: [],
});

// The fact references in ../shared/gold/facts (skipped with a message on a fresh clone without them):
// every file parses, every claim snippet is found in its article, and a result that states exactly the
// reference scores 1 on every figure (so no reference is unreachable under the scoring rules).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entity, ExtractionResult, Triple } from '@kg/extractor';
import { formatFactsLine, formatNodesLine, scoreFactsArticle, totalFactsCounts } from '../src/facts-score.js';
import { readFactsGold, type FactsGoldArticle } from '../src/read-facts-gold.js';
import { snippetSpans } from '../src/snippet-spans.js';

const goldDir = resolve(process.cwd(), '..', 'shared', 'gold', 'facts');
const present = existsSync(goldDir);
if (!present)
  console.warn(`shared-facts-references: skipped, ${goldDir} is absent (third-party data lives outside the repo)`);
const maybe = present ? test : test.skip;

// The reference read back as an ExtractionResult: one node per entity, one triple per fact, one claim each.
function perfectResult({ reference, text }: FactsGoldArticle): ExtractionResult {
  const entities: Entity[] = reference.entities.map((e) => ({
    id: `id:${e.name}`,
    name: e.name,
    type: e.type,
    aliases: [],
    mentions: [],
  }));
  const triples: Triple[] = reference.facts.map((f) => ({
    subject: `id:${f.subject}`,
    predicate: { type: f.types[0], lemma: '', text: '' },
    object: `id:${f.object}`,
    confidence: 1,
    evidence: { sentence: 0, start: 0, end: 0, text: f.evidence },
    negated: f.negated,
    hedged: f.hedged,
    attributedTo: f.attributedTo ? `id:${f.attributedTo}` : undefined,
  }));
  const claims = reference.claims.map((c) => {
    const [start, end] = snippetSpans(text, c.evidence)[0];
    const about = c.about.map((a) => `id:${a}`);
    return {
      id: c.id,
      speaker: `id:${c.speaker}`,
      verb: 'say',
      start,
      end,
      text: c.evidence,
      sentence: 0,
      quote: false,
      about,
    };
  });
  return {
    document: { id: 'x', chars: text.length },
    sentences: [],
    entities,
    triples,
    propositions: [],
    claims,
  } as ExtractionResult;
}

maybe('every reference parses and every claim snippet is in its article', async () => {
  const articles = await readFactsGold(goldDir);
  expect(articles.length).toBeGreaterThan(0);
  const lost = articles.flatMap((a) =>
    a.reference.claims.filter((c) => snippetSpans(a.text, c.evidence).length === 0).map((c) => `${a.name} ${c.id}`),
  );
  expect(lost).toEqual([]);
});

maybe('the references themselves score 1 on every figure', async () => {
  const articles = await readFactsGold(goldDir);
  const total = totalFactsCounts(articles.map((a) => scoreFactsArticle(a.reference, perfectResult(a), a.text)));
  expect(formatNodesLine(total)).toMatch(/^nodes P=1\.000 R=1\.000 type-acc=1\.000 split=0$/);
  expect(formatFactsLine(total)).toBe(
    'facts P=1.000 R=1.000 F1=1.000 key R=1.000 attribution=1.000 polarity=1.000 claims P=1.000 R=1.000',
  );
});

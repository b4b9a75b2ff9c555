// Named-entity scoring against GUM news gold mentions, with the rules of bench/gum/README.md:
// overlap + head containment, greedy one-to-one by overlap, type accuracy, merge recall, over-merges.
import type { ExtractionResult } from '@kg/extractor';

export type GumType = 'Person' | 'Organization' | 'Place';

export interface GumGoldMention {
  start: number;
  end: number;
  text: string;
  type: string;
  identity: string | null;
  head_text: string;
  head_upos: string;
}

export interface GumDocCounts {
  predicted: number;
  gold: number;
  matched: number;
  typeAgree: number;
  mergeIdentities: number;
  mergeOk: number;
  overMerges: number;
}

export interface GumScore extends GumDocCounts {
  precision: number;
  recall: number;
  f1: number;
  typeAccuracy: number;
  mergeRecall: number;
}

interface Span {
  start: number;
  end: number;
  text: string;
  type: GumType;
}
interface GoldSpan extends Span {
  identity: string;
  head: string;
}
interface PredSpan extends Span {
  entity: string;
}

const TYPE_MAP: Record<string, GumType> = { person: 'Person', organization: 'Organization', place: 'Place' };
const PRONOUNS = new Set(
  'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs this that these those who whom whose which'.split(
    ' ',
  ),
);

/** True when the mention has a capitalised word that is not a pronoun (others are left out on both sides). */
export function hasCapitalisedWord(text: string): boolean {
  return text.split(/[^\p{L}\p{N}.]+/u).some((w) => /^\p{Lu}/u.test(w) && !PRONOUNS.has(w.toLowerCase()));
}

/** The gold mentions the scorer uses: named (identity + PROPN head), person/organization/place, capitalised. */
export function goldNamedMentions(mentions: GumGoldMention[]): GoldSpan[] {
  const out: GoldSpan[] = [];
  for (const m of mentions) {
    const type = TYPE_MAP[m.type];
    if (!type || !m.identity || m.head_upos !== 'PROPN' || !hasCapitalisedWord(m.text)) continue;
    out.push({ start: m.start, end: m.end, text: m.text, type, identity: m.identity, head: m.head_text });
  }
  return out;
}

/** The predicted mentions: those of Person/Organization/Place entities, capitalised. */
export function predictedMentions(result: ExtractionResult): PredSpan[] {
  const out: PredSpan[] = [];
  for (const e of result.entities) {
    if (e.type !== 'Person' && e.type !== 'Organization' && e.type !== 'Place') continue;
    for (const m of e.mentions) {
      if (!hasCapitalisedWord(m.text)) continue;
      out.push({ start: m.start, end: m.end, text: m.text, type: e.type, entity: e.id });
    }
  }
  return out;
}

/** Scores one document; `text` is the document text (used to check head containment by offsets). */
export function scoreGumDocument(gold: GoldSpan[], pred: PredSpan[], text: string): GumDocCounts {
  const pairs: Array<{ g: number; p: number; overlap: number }> = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap <= 0) return;
      const predText = text.slice(p.start, p.end);
      if (!predText.includes(g.head)) return;
      pairs.push({ g: gi, p: pi, overlap });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const matches: Array<[GoldSpan, PredSpan]> = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    matches.push([gold[g], pred[p]]);
  }
  const byIdentity = new Map<string, Set<string>>();
  const byEntity = new Map<string, Set<string>>();
  const identityCount = new Map<string, number>();
  for (const [g, p] of matches) {
    identityCount.set(g.identity, (identityCount.get(g.identity) ?? 0) + 1);
    if (!byIdentity.has(g.identity)) byIdentity.set(g.identity, new Set());
    byIdentity.get(g.identity)!.add(p.entity);
    if (!byEntity.has(p.entity)) byEntity.set(p.entity, new Set());
    byEntity.get(p.entity)!.add(g.identity);
  }
  let mergeIdentities = 0;
  let mergeOk = 0;
  for (const [identity, entities] of byIdentity) {
    if ((identityCount.get(identity) ?? 0) < 2) continue;
    mergeIdentities++;
    if (entities.size === 1) mergeOk++;
  }
  return {
    predicted: pred.length,
    gold: gold.length,
    matched: matches.length,
    typeAgree: matches.filter(([g, p]) => g.type === p.type).length,
    mergeIdentities,
    mergeOk,
    overMerges: [...byEntity.values()].filter((s) => s.size >= 2).length,
  };
}

/** Sums per-document counts into micro-averaged figures. */
export function totalGumScore(docs: GumDocCounts[]): GumScore {
  const sum = (k: keyof GumDocCounts) => docs.reduce((n, d) => n + d[k], 0);
  const c: GumDocCounts = {
    predicted: sum('predicted'),
    gold: sum('gold'),
    matched: sum('matched'),
    typeAgree: sum('typeAgree'),
    mergeIdentities: sum('mergeIdentities'),
    mergeOk: sum('mergeOk'),
    overMerges: sum('overMerges'),
  };
  const precision = c.predicted ? c.matched / c.predicted : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  return {
    ...c,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    typeAccuracy: c.matched ? c.typeAgree / c.matched : 0,
    mergeRecall: c.mergeIdentities ? c.mergeOk / c.mergeIdentities : 0,
  };
}

export function formatGumScore(s: GumScore): string {
  const f = (n: number) => n.toFixed(3);
  return `mentions P=${f(s.precision)} R=${f(s.recall)} F1=${f(s.f1)} type-acc=${f(s.typeAccuracy)} merge R=${f(s.mergeRecall)} (${s.mergeOk}/${s.mergeIdentities}) over-merges=${s.overMerges}`;
}

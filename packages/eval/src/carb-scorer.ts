// CaRB scoring (Bhardwaj et al. 2019) as specified in bench/carb/README.md: token-level tuple matching
// in the binary view, best-recall per gold tuple, greedy one-to-one precision, and a sweep over every
// confidence threshold, micro-averaged over sentences.
import type { CarbTuple, CarbTuples } from './carb-tsv.js';

export interface CarbPoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CarbScore extends CarbPoint {
  /** Every threshold of the sweep, lowest confidence first. */
  curve: CarbPoint[];
  goldTuples: number;
  goldSentences: number;
}

/** (precision, recall) of one pair. */
export type PairScore = [number, number];

const BE_FORMS = ['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being'];
const SAID_VERBS = ['said', 'told', 'added', 'adds', 'says'];

function tokens(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Gold tokens found among the extraction's tokens, each extraction token used once. */
function overlap(gold: string[], predicted: string[]): { matched: number; rest: string[] } {
  const rest = [...predicted];
  let matched = 0;
  for (const w of gold) {
    const at = rest.indexOf(w);
    if (at >= 0) {
      matched++;
      rest.splice(at, 1);
    }
  }
  return { matched, rest };
}

function binary(args: string[]): string[] {
  return args.length >= 2 ? [args[0], args.slice(1).join(' ')] : args;
}

function lenientMatch(gold: CarbTuple, goldArgs: string[], relation: string, args: string[]): PairScore {
  const goldRel = tokens(gold.relation);
  const predRel = tokens(relation);
  let pDen = predRel.length;
  let rDen = goldRel.length;
  const common = overlap(goldRel, predRel);
  const rest = common.rest;
  let matched = common.matched;
  if (rest.includes('be') && BE_FORMS.some((f) => goldRel.includes(f))) matched++;
  if (matched === 0) return [0, 0];
  let pNum = matched;
  let rNum = matched;
  for (let i = 0; i < goldArgs.length; i++) {
    const g = tokens(goldArgs[i]);
    rDen += g.length;
    if (args.length <= i) {
      if (i < 2) return [0, 0];
      continue;
    }
    const p = tokens(args[i]);
    pDen += p.length;
    const m = overlap(g, p).matched;
    pNum += m;
    rNum += m;
  }
  return [pDen ? pNum / pDen : NaN, rDen ? rNum / rDen : NaN];
}

function better(a: PairScore, b: PairScore): PairScore {
  if (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1])) return b;
  return a;
}

/** Score of one gold tuple against one extraction, both in the binary view. */
export function carbPairScore(gold: CarbTuple, extraction: CarbTuple): PairScore {
  const goldArgs = binary(gold.args);
  const args = binary(extraction.args);
  const straight = lenientMatch(gold, goldArgs, extraction.relation, args);
  if (!SAID_VERBS.some((v) => gold.relation.includes(v)) || extraction.args.length < 2) return straight;
  const swapped = lenientMatch(gold, goldArgs, extraction.relation, [args[1], args[0]]);
  return better(straight, swapped);
}

interface SentencePoint {
  confidence: number;
  pNum: number;
  pDen: number;
  rNum: number;
}

// The sentence's numerators at each of its own distinct confidences (the kept set only changes there).
function sentencePoints(gold: CarbTuple[], system: CarbTuple[]): SentencePoint[] {
  const scores = gold.map((g) => system.map((e) => carbPairScore(g, e)));
  const confidences = [...new Set(system.map((e) => e.confidence))].sort((a, b) => a - b);
  return confidences.map((confidence) => {
    const kept = system.map((_, j) => j).filter((j) => system[j].confidence >= confidence);
    let rNum = 0;
    for (const row of scores) rNum += Math.max(0, ...kept.map((j) => row[j][1]));
    let pNum = 0;
    const usedRows = new Set<number>();
    const usedCols = new Set<number>();
    for (let t = Math.min(gold.length, kept.length); t > 0; t--) {
      let best = -1;
      let bi = -1;
      let bj = -1;
      for (let i = 0; i < scores.length; i++) {
        if (usedRows.has(i)) continue;
        for (const j of kept) {
          if (!usedCols.has(j) && scores[i][j][0] > best) {
            best = scores[i][j][0];
            bi = i;
            bj = j;
          }
        }
      }
      usedRows.add(bi);
      usedCols.add(bj);
      pNum += best;
    }
    return { confidence, pNum, pDen: kept.length, rNum };
  });
}

/** Scores a system against gold; sentences absent from gold are ignored. */
export function scoreCarb(gold: CarbTuples, system: CarbTuples): CarbScore {
  const thresholds = [...new Set([...system.values()].flat().map((e) => e.confidence))].sort((a, b) => a - b);
  let goldTuples = 0;
  const perSentence: SentencePoint[][] = [];
  for (const [key, tuples] of gold) {
    goldTuples += tuples.length;
    const extractions = system.get(key);
    if (extractions?.length) perSentence.push(sentencePoints(tuples, extractions));
  }
  const curve: CarbPoint[] = thresholds.map((threshold) => {
    let pNum = 0;
    let pDen = 0;
    let rNum = 0;
    for (const points of perSentence) {
      const at = points.find((p) => p.confidence >= threshold);
      if (!at) continue;
      pNum += at.pNum;
      pDen += at.pDen;
      rNum += at.rNum;
    }
    const precision = pDen ? pNum / pDen : 0;
    const recall = goldTuples ? rNum / goldTuples : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { threshold, precision, recall, f1 };
  });
  let best: CarbPoint = { threshold: 0, precision: 0, recall: 0, f1: 0 };
  for (const point of curve) if (point.f1 > best.f1) best = point;
  return { ...best, curve, goldTuples, goldSentences: gold.size };
}

// The extractor's propositions for one PTB line as CaRB tuples, written in the line's own tokens.
import type { Proposition } from '@kg/extractor';
import type { CarbTuple } from './carb-tsv.js';
import { ptbTokenize, ptbTokensFor, type Detokenized } from './ptb-detokenize.js';

/** `detok` is the line run through `ptbDetokenize`; `propositions` what the extractor read from its text. */
export function carbTuplesOf(detok: Detokenized, propositions: Proposition[]): CarbTuple[] {
  const toPtb = (s: string) => ptbTokensFor(detok, s) ?? ptbTokenize(s);
  return propositions.map((p) => ({
    relation: toPtb(p.relation),
    args: [p.subject, p.object ?? '', ...p.args].map(toPtb).filter((a, i) => i < 2 || a),
    confidence: Math.round(p.confidence * 1000) / 1000,
  }));
}

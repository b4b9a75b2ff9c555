// Readers for CaRB's two tab-separated formats, grouped by the sentence key CaRB matches on.
// Gold: sentence, relation, arg1, arg2[, arg3…]. System: sentence, confidence, relation, arg1, arg2[…].
import { CarbFormatError } from './errors.js';

/** One tuple as CaRB sees it: relation and arguments in order (arg1 is the subject). */
export interface CarbTuple {
  relation: string;
  args: string[];
  confidence: number;
}

/** Tuples per sentence key (see `carbSentenceKey`), in file order. */
export type CarbTuples = Map<string, CarbTuple[]>;

const PTB_BRACKETS: Array<[string, string]> = [
  ['-LRB-', '('],
  ['-RRB-', ')'],
  ['-LSB-', '['],
  ['-RSB-', ']'],
  ['-LCB-', '{'],
  ['-RCB-', '}'],
];
const ASCII_PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** CaRB's sentence key: spaces removed, PTB bracket tokens restored, then ASCII punctuation removed. */
export function carbSentenceKey(sentence: string): string {
  let key = sentence.replace(/ /g, '');
  for (const [token, bracket] of PTB_BRACKETS) key = key.split(token).join(bracket);
  return key.replace(ASCII_PUNCT, '');
}

function push(map: CarbTuples, sentence: string, tuple: CarbTuple): void {
  const key = carbSentenceKey(sentence);
  const list = map.get(key);
  if (list) list.push(tuple);
  else map.set(key, [tuple]);
}

// Python's str.strip(): surrounding whitespace goes, so empty trailing arguments vanish as in CaRB.
function fields(line: string): string[] {
  return line.trim().split('\t');
}

/** Gold file. Context arguments ("C: …") are not arguments, as in CaRB's gold reader. */
export function parseCarbGold(content: string, name = 'gold'): CarbTuples {
  const map: CarbTuples = new Map();
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const f = fields(line);
    if (f.length < 2)
      throw new CarbFormatError(`parseCarbGold: ${name} line ${i + 1}: expected sentence<TAB>relation<TAB>args…`);
    const args = f
      .slice(2)
      .filter((a) => !a.includes('C: '))
      .map((a) => a.trim());
    push(map, f[0], { relation: f[1].trim(), args, confidence: 1 });
  });
  return map;
}

/** System output in the tabbed format. */
export function parseCarbSystem(content: string, name = 'system'): CarbTuples {
  const map: CarbTuples = new Map();
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const f = fields(line);
    const confidence = Number(f[1]);
    if (f.length < 3 || f[1] === undefined || f[1].trim() === '' || !Number.isFinite(confidence)) {
      throw new CarbFormatError(
        `parseCarbSystem: ${name} line ${i + 1}: expected sentence<TAB>confidence<TAB>relation<TAB>args… with a numeric confidence`,
      );
    }
    push(map, f[0], { relation: f[2], args: f.slice(3), confidence });
  });
  return map;
}

/** One system line in the tabbed format (tabs and newlines inside fields become spaces). */
export function formatCarbSystemLine(sentence: string, tuple: CarbTuple): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return [sentence, String(tuple.confidence), tuple.relation, ...tuple.args].map(clean).join('\t');
}

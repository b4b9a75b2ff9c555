// scoreMatch(): how well a search string matches a name (exact > prefix > word prefix > substring >
// typo). The typo tier compares the query with the start of the name and of each word, allowing one
// edit for queries of 4–5 characters and two from 6 on, so "Trmp" still finds "Donald Trump".
import { distance } from 'fastest-levenshtein';

/** Edits a query of this length may contain and still count as a (fuzzy) match. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 6 ? 1 : 2;
}

/** The words of a (lower-cased) name, as the word tiers see them. */
export function textWords(t: string): string[] {
  return t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Smallest edit distance between `q` and a prefix of `word` of about q's length. */
export function prefixDistance(q: string, word: string): number {
  let best = Infinity;
  for (const len of [q.length - 1, q.length, q.length + 1]) {
    if (len > 0 && len <= word.length) best = Math.min(best, distance(q, word.slice(0, len)));
  }
  return best;
}

export function scoreMatch(query: string, text: string): number {
  const q = query.trim().toLowerCase();
  const t = text.toLowerCase();
  if (!q) return 0;
  if (t === q) return 1;
  if (t.startsWith(q)) return 0.8;
  const words = textWords(t);
  if (words.some((w) => w.startsWith(q))) return 0.6;
  if (t.includes(q)) return 0.4;
  const edits = allowedEdits(q.length);
  if (edits === 0) return 0;
  const d = Math.min(prefixDistance(q, t), ...words.map((w) => prefixDistance(q, w)));
  return d <= edits ? (d <= 1 ? 0.3 : 0.2) : 0;
}

/** The best-matching of an entity's name and aliases, or null when none matches. */
export function bestMatch(query: string, names: string[]): { matched: string; score: number } | null {
  let best: { matched: string; score: number } | null = null;
  for (const text of names) {
    const score = scoreMatch(query, text);
    if (score > 0 && (!best || score > best.score)) best = { matched: text, score };
  }
  return best;
}

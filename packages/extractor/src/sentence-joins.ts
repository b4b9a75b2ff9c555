// The one loop the sentence-splitter's repairs share (number-sign.ts, state-abbreviation-joins.ts,
// title-abbreviation-joins.ts): each piece compromise cut joins the one before it when `joins` says the cut was
// wrong.

/** `sentences` (of one text, in order) with each piece appended to the one before when `joins(before, piece)`. */
export function joinPieces(sentences: string[], joins: (before: string, piece: string) => boolean): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const last = out.length - 1;
    if (last >= 0 && joins(out[last], s)) out[last] += s;
    else out.push(s);
  }
  return out;
}

// Sentence ends inside a quotation. compromise keeps a quotation of up to 280 characters in one sentence with
// its frame ('he said "no sir." and left'), also when it holds whole sentences of its own ('He said: "Beta Ltd
// sold its mine to Castor Mining. Tom Hale attacked Ann Cole."'). Read as one sentence, the words of one ran
// on into the next ("sold its mine to … Tom Hale"), and an edge's evidence was two sentences. The quotation's
// sentences are cut where compromise's own splitter cuts once the quotation marks are out of its way; a
// quotation running over sentence ends keeps its speaker (speech-spans.ts, documentSpeechSpans).

const QUOTE_MARKS = /["“”„«»]/gu;

/** How far quotations are open after `text`: unpaired straight quotes, and curly or angle openings not yet
 * closed. */
function openAfter(text: string, open: { straight: number; curly: number }) {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return { straight: open.straight + count(/"/g), curly: open.curly + count(/[“„«]/gu) - count(/[”»]/gu) };
}

/** `sentences` (of one text, in order), each also cut at the sentence ends inside its quotations, as `split`
 * (compromise's splitter) finds them in the sentence with its quotation marks blanked; a piece's trailing
 * whitespace stays with it. Quotations pair up over the sentences of a paragraph, as in quote-ends.ts. */
export function splitQuotedSentences(sentences: string[], split: (text: string) => string[]): string[] {
  let open = { straight: 0, curly: 0 };
  return sentences.flatMap((sentence) => {
    const out: string[] = [];
    const pieces = /["“”„«»]/u.test(sentence) ? split(sentence.replace(QUOTE_MARKS, ' ')) : [sentence];
    if (pieces.join('') === sentence.replace(QUOTE_MARKS, ' ')) {
      let from = 0;
      let at = 0;
      for (const piece of pieces.slice(0, -1)) {
        at += piece.length;
        // (A quotation mark the splitter left at a piece's end, after whitespace, opens the next piece.)
        const cut = at - (/(?<=\s)["“„«]+$/u.exec(sentence.slice(0, at))?.[0].length ?? 0);
        // Only where a quotation is still open: a cut outside one compromise already weighed and kept.
        const now = openAfter(sentence.slice(0, cut), open);
        if (now.straight % 2 === 0 && now.curly <= 0) continue;
        out.push(sentence.slice(from, cut));
        from = cut;
      }
      out.push(sentence.slice(from));
    } else out.push(sentence);
    // A paragraph opens its quotations afresh.
    open = /\n/.test(sentence) ? { straight: 0, curly: 0 } : openAfter(sentence, open);
    return out;
  });
}

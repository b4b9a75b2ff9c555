// The one compromise parse the extractor reads: compromise's own pipeline (tokenizer, then every compute
// hook in its order) without the hooks whose output nothing here reads. compromise's phrase chunker is one:
// relations/chunks.ts chunks each sentence itself, around the entity stage's mentions, and no compromise
// method that needs the chunker's marks (`.nouns()`, `.verbs()`) is called on this parse. Skipping it
// saves about a tenth of the parse. The post-tagger's sweep picks its candidate patterns with
// sweep-candidates.ts's look-up (same patterns, same order, same tags), installed here once. Its sentences
// also end after closing quotation marks, inside quotations and after abbreviations where compromise's do not
// (quote-ends.ts, quoted-sentences.ts, abbreviation-ends.ts), and go on past a number sign where compromise's
// end ("Symphony No. 9": number-sign.ts), after a state's abbreviation that is also a word ("SEATTLE, Wash.
// (AP) —": state-abbreviation-joins.ts) or after a title's abbreviation ("Coun. Amrit Sandhu": title-abbreviation-joins.ts).
import nlp from 'compromise';
import type { Doc } from './context.js';
import { bulkMatch, type BulkMatch } from './sweep-candidates.js';
import { splitQuoteEnds } from './quote-ends.js';
import { splitQuotedSentences } from './quoted-sentences.js';
import { splitAbbreviationEnds } from './abbreviation-ends.js';
import { joinNumberSigns } from './number-sign.js';
import { joinStateAbbreviations } from './state-abbreviation-joins.js';
import { joinTitleAbbreviations } from './title-abbreviation-joins.js';

/** Compute hooks of compromise that the extractor does not read. */
const UNREAD_HOOKS = new Set(['chunks']);

interface World {
  hooks: string[];
  methods: {
    one: {
      tokenize: {
        fromString(text: string, world: World): unknown[][];
        splitSentences(text: string, world: World): string[];
      };
      bulkMatch: BulkMatch;
    };
  };
}
type ViewClass = new (document: unknown[][]) => Doc;

// compromise's View class, taken once from an empty document (it is not exported).
let View: ViewClass | undefined;

(nlp.world() as unknown as World).methods.one.bulkMatch = bulkMatch;

/** compromise's world with a tokenizer whose sentence splitter also cuts after quotation ends (quote-ends.ts),
 * inside quotations (quoted-sentences.ts) and after abbreviations that end a sentence (abbreviation-ends.ts);
 * compromise's own world is left as it is, for any other user of it in this process. */
let ourWorld: World | undefined;
function withQuoteEnds(world: World): World {
  const one = world.methods.one;
  const split = one.tokenize.splitSentences;
  const join = (pieces: string[]) => joinTitleAbbreviations(joinStateAbbreviations(joinNumberSigns(pieces)));
  const splitSentences = (text: string, w: World) =>
    splitAbbreviationEnds(splitQuoteEnds(splitQuotedSentences(join(split(text, w)), (t) => join(split(t, w)))));
  return { ...world, methods: { ...world.methods, one: { ...one, tokenize: { ...one.tokenize, splitSentences } } } };
}

/** Parses `text` as `nlp(text)` does, minus UNREAD_HOOKS, with sentences also ending after quotations. */
export function parse(text: string): Doc {
  const world = nlp.world() as unknown as World;
  if (!text) return nlp(text);
  View ??= nlp.tokenize('').constructor as ViewClass;
  ourWorld ??= withQuoteEnds(world);
  const doc = new View(world.methods.one.tokenize.fromString(text, ourWorld));
  doc.compute(world.hooks.filter((h) => !UNREAD_HOOKS.has(h)));
  return doc;
}

// A description after its clause's verb is not that clause's subject: in "Beta Ltd sued the company" the
// company is someone else (English says "itself" for the subject), so the subject is no antecedent of it; nor
// is a body named before its officer's title in the subject ("NASA Administrator Bill Nelson congratulated the
// company": one says "his agency" of one's own), nor a name whose relative clause the description ends ("the
// Novo Nordisk Foundation, which controls the company").
import type { Token } from '../../tokens.js';
import { isTitle } from '../names/title-token.js';
import { TITLE_MODIFIERS } from '../lexicon/titles.js';

/** Words that open another clause between a name and a description after it. */
const CLAUSE_OPENERS = new Set(
  `that which who whom whose and but or because after before while when if as since although though unless until
  whereas where`.split(/\s+/),
);
/** Words between a subject and its verb the tagger may read as adjectives ("Beta Ltd later sued …"). */
const TIME_WORDS = new Set(['later', 'earlier', 'first', 'then', 'now', 'once']);
const BREAK = /[,;:—–()"“”]/;
const RELATIVES = new Set(['which', 'who']);

/** Whether the name ending at character `nameEnd` is the subject of the clause whose object is the description
 * opened by `det` ("the") before `noun`, all in `sentence` (that sentence's tokens in order). */
export function ownClauseSubject(sentence: Token[], nameEnd: number, det: Token, noun: Token): boolean {
  // "the company's founder": a possessor may be the subject's own ("Beta Ltd fired the company's founder").
  if (noun.tags.has('Possessive') || /['’]s$/.test(noun.text)) return false;
  // "Beta Ltd said the company would appeal": a description with a verb after it is a clause's subject.
  const after = sentence.find((t) => t.start >= noun.end);
  if (after && !BREAK.test(noun.post) && after.tags.has('Verb')) return false;
  const last = sentence.findLast((t) => t.end <= nameEnd);
  if (!last) return false;
  let between = sentence.filter((t) => t.start >= nameEnd && t.end <= det.start);
  // ("The Novo Nordisk Foundation, which controls the company, …": a relative clause set off after the name has
  // the name as its subject.)
  if (/^,\s*$/.test(last.post) && RELATIVES.has(between[0]?.normal ?? '')) between = between.slice(1);
  else if (BREAK.test(last.post)) return false;
  // ("NASA Administrator Bill Nelson congratulated the company": a body before its officer's title and name is
  // part of the clause's subject.)
  let k = 0;
  // ("NASA Acting Administrator …": a title's modifier opens the title.)
  const titleWord = (t: Token) => isTitle(t) || TITLE_MODIFIERS.has(t.normal);
  if (between[0] && titleWord(between[0])) while (k < between.length && /^\p{Lu}/u.test(between[k].text)) k++;
  // The name's verb comes right after it (past adverbs), and nothing opens another clause before the description.
  const verb = between.slice(k).find((t) => !t.tags.has('Adverb') && !TIME_WORDS.has(t.normal));
  if (!verb?.tags.has('Verb') || verb.tags.has('Gerund')) return false;
  return between.every((t) => !BREAK.test(t.post) && !CLAUSE_OPENERS.has(t.normal));
}

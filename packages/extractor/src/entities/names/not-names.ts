// One-word spans that are capitalised common nouns, not names of one entity:
//   "part XVII": a Roman numeral alone is a number;
//   "a former Scientologist", "the Nationalists": an adherent of a creed or movement (-ologist, -alist, …);
//   "every New Zealander", "Icelanders": a person noun made from a country's name;
//   "Well, I stopped", "Um, yes": a word that opens a spoken turn (an interjection, or an adverb before a comma).
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { lexiconTags } from '../../lexicon-tags.js';
import type { NameSpan } from '../spans.js';

const ADHERENT = /\p{Ll}(?:olog|al|on|un|iv|ar|ic|ent|ian)ists?$/u;

function interjection(span: NameSpan): boolean {
  if (span.tokens.length !== 1) return false;
  const [t] = span.tokens;
  if (t.tags.has('Expression')) return true;
  const tags = lexiconTags(t.text);
  return /^,/.test(t.post) && (tags.includes('Expression') || (tags.length === 1 && tags[0] === 'Adverb'));
}

export function notAName(span: NameSpan): boolean {
  const text = span.text;
  if (interjection(span)) return true;
  if (span.tokens.length === 1 && /^[IVX]{2,}$/.test(text)) return true;
  if (
    span.tokens.length === 1 &&
    ADHERENT.test(text) &&
    !span.tokens[0].tags.has('FirstName') &&
    !span.tokens[0].tags.has('LastName')
  )
    return true;
  const stem = text.toLowerCase().replace(/ers?$/, '');
  return stem !== text.toLowerCase() && (COUNTRY_NAMES.has(stem) || COUNTRY_NAMES.has(stem.replace(/e$/, '')));
}

// "University of California, San Diego": a state university system names each campus by the town after a
// comma. The parse ends a name at the comma, so the system took the campus's people ("Jo Smith of the
// University of California, Los Angeles": WORKS_FOR University of California) and the town the campus's
// roles ("University of California, San Diego's chancellor, Pradeep Khosla": LEADS San Diego). Two
// neighbouring spans that make such a name are one span.
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { townNotRegion } from '../lexicon/world-cities.js';
import { makeSpan } from './split-run.js';

/** "University of <state or region>" (not of a town or a country: "University of Bristol, Bristol" is no campus). */
const SYSTEM = /^(?:the\s+)?(?:State\s+)?University\s+of\s+(\p{Lu}[\p{L}\s]*)$/u;

/** "…, Los Angeles and Stanford", "…, Irvine, or …": the town opens or goes on with a list. */
const LIST_AFTER = /^\s*(?:,\s*)?(?:and|or|&)\s/;

const region = (name: string) => {
  const tags = lexiconTags(name);
  return tags.includes('Region') && !tags.includes('Country') && !tags.includes('City');
};

function campusOf(a: NameSpan, b: NameSpan | undefined, text: string): boolean {
  if (!b || a.sentence !== b.sentence || !/^,\s+$/.test(text.slice(a.end, b.start))) return false;
  const system = SYSTEM.exec(a.text);
  if (!system || !region(system[1]) || !townNotRegion(b.text)) return false;
  return !LIST_AFTER.test(text.slice(b.tokens[b.tokens.length - 1].end));
}

export function joinCampusNames(spans: NameSpan[], bySentence: Token[][], text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const [a, b] = [spans[n], spans[n + 1]];
    const whole = campusOf(a, b, text)
      ? makeSpan(
          bySentence[a.sentence].filter((t) => t.start >= a.start && t.end <= b.tokens[b.tokens.length - 1].end),
          text,
        )
      : null;
    if (whole) n++;
    // (What is written before the system stays the name's; what is written after the town is.)
    out.push(whole ? { ...a, nounAfter: b.nounAfter, numberAfter: b.numberAfter, ...whole } : a);
  }
  return out;
}

// "Fath" after "Fath Airport", "Payam" after "Payam International Airport", "Notre-Dame" after "Notre-Dame
// Cathedral": news shortens an airport's or a great church's name to the word that opens it once the full name
// is given. Other sites share that word with what they are named after too often ("Dorlin scored twice" beside
// "Dorlin Stadium" is the club). Only a weak guess yields: the
// default guess of an organisation, or the parse's guess of a surname ("to land at Henderson" after "Henderson
// Executive Airport"); a name read as a place is the town the site is named after ("Cahors"), one a cue made a
// person's is the person ("Dalton said …" beside "Dalton Airport"), and a given name is a person's. And only
// when one such site opens with the word. A saint's name ("Saint Francis") shortens any one place or body named
// after the saint ("Saint Francis Hospital").
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';
import { REPORTING_VERBS } from '../names/reporting-opener.js';
import { SAINT } from '../names/name-tokens.js';

const SITE_HEADS = new Set(['airport', 'airfield', 'cathedral', 'basilica', 'abbey', 'mosque']);

/** "Saint Francis" beside "Saint Francis Hospital": a saint's name shortens whatever the article names after the
 * saint ("Dr. Wolf at Saint Francis said"), as any one place or body opening with it. */
const saintName = (s: NameGroup) => s.words === 2 && s.spans.every((x) => SAINT.test(x.tokens[0].text));

const givenName = (s: NameGroup) => s.spans.some((x) => x.tokens.some((t) => t.tags.has('FirstName')));
/** A person's cue the typing steps leave to longer names: "Dalton said". */
const speaks = (s: NameGroup) => s.spans.some((x) => REPORTING_VERBS.has(x.nounAfter ?? ''));

export const facilityShortForm: MergeRule = {
  name: 'facility-short-form',
  target: (s, groups) => {
    const saint = saintName(s);
    if (
      (s.words !== 1 && !saint) ||
      s.strong ||
      !['Organization', 'Person'].includes(s.type) ||
      (!saint && (givenName(s) || speaks(s)))
    )
      return undefined;
    const cands = groups.filter(
      (g) =>
        g !== s &&
        (g.type === 'Place' || g.type === 'Organization') &&
        g.words > s.words &&
        (saint || SITE_HEADS.has(g.lastWord)) &&
        g.key.startsWith(`${s.key} `),
    );
    return cands.length === 1 ? cands[0] : undefined;
  },
};

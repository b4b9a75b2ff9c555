// "Fath" after "Fath Airport", "Payam" after "Payam International Airport": news shortens an airport's name to
// the word that opens it once the full name is given. Other sites share that word with what they are named
// after too often ("Dorlin scored twice" beside "Dorlin Stadium" is the club). Only a weak guess
// yields, and only the default guess of an organisation: a name read as a place is the town the site is named
// after ("Cahors Cathedral in Cahors"), one read as a person's may be the person ("Kennedy" beside "Kennedy
// Airport"). And only when one site opens with the word.
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';

const SITE_HEADS = new Set(['airport', 'airfield']);

const personal = (s: NameGroup) =>
  s.spans.some((x) => x.tokens.some((t) => t.tags.has('Person') || t.tags.has('FirstName')));

export const facilityShortForm: MergeRule = {
  name: 'facility-short-form',
  target: (s, groups) => {
    if (s.words !== 1 || s.strong || s.type !== 'Organization' || personal(s)) return undefined;
    const cands = groups.filter(
      (g) =>
        g !== s &&
        (g.type === 'Place' || g.type === 'Organization') &&
        g.words > 1 &&
        SITE_HEADS.has(g.lastWord) &&
        g.key.startsWith(`${s.key} `),
    );
    return cands.length === 1 ? cands[0] : undefined;
  },
};

// "Dorian" after "Hurricane Dorian": a storm's name without its kind is the storm. The name is a given name,
// so the parse types it a person; without this merge the storm would also stand as a person called Dorian.
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';

const storm = (g: NameGroup) => g.type === 'Event' && g.spans.some((x) => x.typeRule === 'storm-name');

export const stormShortForm: MergeRule = {
  name: 'storm-short-form',
  target: (s, groups) => {
    if (s.words !== 1 || (s.strong && s.type !== 'Event')) return undefined;
    // One storm of that name only: "Tropical Storm Barry" and "Hurricane Barry" may be two advisories' names.
    const cands = groups.filter((g) => g !== s && g.lastWord === s.key && storm(g));
    return cands.length === 1 ? cands[0] : undefined;
  },
};

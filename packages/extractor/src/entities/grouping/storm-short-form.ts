// "Dorian" after "Hurricane Dorian": a storm's name without its kind is the storm. The name is a given name,
// so the parse types it a person; without this merge the storm would also stand as a person called Dorian.
// "Tropical Storm Barry" … "Hurricane Barry": a storm keeps its name when it strengthens or weakens, and a
// name is given to one storm of a season, so one article's storms of one name are one storm.
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';

const storm = (g: NameGroup) => g.type === 'Event' && g.spans.some((x) => x.typeRule === 'storm-name');
const earliest = (cands: NameGroup[]) => [...cands].sort((a, b) => a.first - b.first)[0];

export const stormShortForm: MergeRule = {
  name: 'storm-short-form',
  target: (s, groups) => {
    if (s.words !== 1 || (s.strong && s.type !== 'Event')) return undefined;
    // The other storm forms of this name join the earliest (stormGrades), so the name goes there too.
    return earliest(groups.filter((g) => g !== s && g.lastWord === s.key && storm(g)));
  },
};

export const stormGrades: MergeRule = {
  name: 'storm-grades',
  target: (s, groups) => {
    if (!storm(s)) return undefined;
    const cands = groups.filter((g) => g !== s && g.lastWord === s.lastWord && storm(g) && g.first < s.first);
    return earliest(cands);
  },
};

// Merging: each group, shortest first, joins the fullest name it abbreviates, by the first merge rule
// (merge-rules.ts) that finds one; its spans record that rule.
import type { EntityStep } from '../entity-step.js';
import { MERGE_RULES } from './merge-rules.js';

export const mergeGroups: EntityStep = {
  name: 'merge-groups',
  description: 'shorter forms join the fuller name they stand for, by the first merge rule that matches',
  apply(groups) {
    const active = [...groups];
    // Shorter forms first, so each joins the fullest name it abbreviates.
    const order = [...groups].sort((a, b) => a.words - b.words || a.first - b.first);
    for (const g of order) {
      // The others, once per group: `active` changes only when the group joins one, which ends its rules.
      const others = active.filter((x) => x !== g);
      for (const rule of MERGE_RULES) {
        const target = rule.target(g, others);
        if (!target) continue;
        for (const s of g.spans) s.mergedBy ??= rule.name;
        target.spans.push(...g.spans);
        for (const id of g.ids) target.ids.add(id);
        if (!target.strong && g.strong && g.type !== 'Concept') {
          target.type = g.type;
          target.strong = true;
        }
        active.splice(active.indexOf(g), 1);
        break;
      }
    }
    return active;
  },
};

// "Fire erupts in parking structure at Sola Airport" over a body that tells of "a fire … the fire": a
// headline drops its articles, so the happening noun opening it, capitalised as every first word is, is
// the body's one unnamed event of that head ("Fire" = "the fire"), not a name and not another fire. Only
// the headline's first word, right before its verb or a preposition ("Fire at Bontddu Hall kills one"),
// and only when the body has exactly one such event of that one word.
// Runs after event-nouns.ts, which makes the body's event.
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import { headlineRow } from './unnamed-events.js';

/** The word after the headline's opening noun: a verb ("Fire erupts") or a preposition ("Fire at …"). */
const opensClause = (t: Token | undefined) =>
  !!t && !/[,;:—–"“”()]/.test(t.pre) && (t.tags.has('Verb') || t.tags.has('Preposition'));

export const headlineEvent: EntityStep = {
  name: 'headline-event',
  description:
    'the happening noun opening a headline ("Fire erupts in …") is a mention of the one unnamed event of that word the body names ("a fire … the fire")',
  apply(groups, ctx) {
    const row = ctx.bySentence[headlineRow(ctx.bySentence)];
    const first = row?.[0];
    if (!first || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || /\S/.test(first.post.trim()) || !opensClause(row[1]))
      return groups;
    if (groups.some((g) => g.spans.some((s) => s.start <= first.start && s.end > first.start))) return groups;
    const events = groups.filter((g) => g.type === 'Event' && g.unnamed && g.words === 1 && g.key === first.normal);
    if (events.length !== 1) return groups;
    const g = events[0];
    const model = g.spans[0];
    const id = Math.max(-1, ...groups.flatMap((x) => [...x.ids])) + 1;
    g.spans.unshift({
      tokens: [first],
      start: first.start,
      end: first.end,
      text: first.text,
      sentence: first.sentence,
      id,
      type: model.type,
      strong: model.strong,
      typeRule: model.typeRule,
      key: model.key,
      mergedBy: 'nominal',
    });
    g.ids.add(id);
    g.first = Math.min(g.first, first.start);
    return groups;
  },
};

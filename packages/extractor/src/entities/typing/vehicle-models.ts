// Vehicle models: "the Halcyon Arrow capsule docked … The Halcyon Arrow was carrying cargo": a weakly typed
// name written before a vehicle noun and, elsewhere, with "the" alone as the subject of a verb or before
// punctuation names a craft or model, a Product. A maker is written before the vehicle noun too ("the Boeing
// plane") but is not "the Boeing" on its own, so both cues are needed. grouping/descriptions.ts then reads the
// vehicle noun as the model's kind, so "the capsule" is a mention of it. A model code of letters and digits before
// the vehicle noun ("500 A320neo jets", "the Chang'e-6 lunar probe") needs no second cue.
import type { Token } from '../../tokens.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { VEHICLE_HEADS } from '../lexicon/work-words.js';

/** "the <Name> was …", "the <Name>." — the name stands with its own article, as a thing does. */
function withOwnArticle(s: TypedSpan, tokens: Token[]): boolean {
  const first = s.tokens[0];
  const last = s.tokens[s.tokens.length - 1];
  const before = tokens[first.i - 1];
  if (before?.normal !== 'the' || before.sentence !== first.sentence || /\S/.test(before.post)) return false;
  // The vehicle noun itself may be read as a verb ("the Embraer jet landed").
  if (VEHICLE_HEADS.has(s.nounAfter ?? '')) return false;
  if (/[,.;:!?)]/.test(last.post)) return true;
  const next = tokens[last.i + 1];
  return !!next && next.sentence === last.sentence && next.tags.has('Verb') && !next.tags.has('Noun');
}

/** "China's Chang'e-6 lunar probe": one lower-case adjective between the name and its vehicle noun. */
function describedVehicle(s: TypedSpan, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const [adjective, noun] = [tokens[last.i + 1], tokens[last.i + 2]];
  return (
    !!noun &&
    noun.sentence === last.sentence &&
    !/\S/.test(last.post + adjective.post) &&
    /^\p{Ll}+$/u.test(adjective.text) &&
    // (the lexicon lacks "lunar", "orbital", "robotic": an adjective's ending will do)
    (adjective.tags.has('Adjective') || /\p{Ll}{2}(?:ar|al|ic|ed|ive|ous|able)$/u.test(adjective.text)) &&
    VEHICLE_HEADS.has(noun.normal)
  );
}

function retypeVehicleModels(groups: NameGroup[], tokens: Token[]): void {
  for (const g of groups) {
    if (g.strong || g.type === 'Concept' || g.type === 'Product') continue;
    // ("500 A320neo jets": a model code of letters and digits names no maker, and needs no second cue; its
    // vehicle noun may be plural)
    const code = g.words === 1 && /\d/.test(g.name) && /\p{L}/u.test(g.name);
    const vehicle = (s: TypedSpan) =>
      VEHICLE_HEADS.has(s.nounAfter ?? '') ||
      (code && VEHICLE_HEADS.has((s.nounAfter ?? '').replace(/s$/, ''))) ||
      (code && describedVehicle(s, tokens));
    if (!g.spans.some(vehicle)) continue;
    if (!code && !g.spans.some((s) => withOwnArticle(s, tokens))) continue;
    g.type = 'Product';
    g.strong = true;
  }
}

export const vehicleModels: EntityStep = {
  name: 'vehicle-models',
  description:
    'a weak name before a vehicle noun ("the Halcyon Arrow capsule") that also stands alone with "the" is a Product',
  apply(groups, ctx) {
    retypeVehicleModels(groups, ctx.tokens);
    return groups;
  },
};

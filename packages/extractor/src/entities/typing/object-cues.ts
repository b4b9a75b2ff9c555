// Object cues: a weakly typed name written before a common object noun ("the Polaroid format", "the ICI
// system", "the Silver Clouds installation") names a made thing: Product. Not a person's name used for the
// maker ("Warhol prints" after "Andy Warhol"), nor a name that looks personal. An owned name before a vehicle
// or chip noun or a brand ("its Orion capsule", "Acme's Kestrel drone", "its new Blackwell chips", "its Lexus
// brand"; not "the Boeing plane", a maker's) and a name after "a" and a year ("a 1998 Rover Mini", one car of a
// model) are models too.
import { YEAR } from '../names/number-joins.js';
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { personLike } from './person-like.js';
import { OBJECT_HEADS, VEHICLE_HEADS } from '../lexicon/work-words.js';
import type { NameSpan } from '../spans.js';

/** An owner right before the name, or before up to two lower-case describing words ("its new Blackwell chips",
 * "Acme's latest Kestrel drone"). */
function owned(s: NameSpan, tokens: Token[]): boolean {
  if (s.owner) return true;
  for (let k = s.tokens[0].i - 1; k >= Math.max(0, s.tokens[0].i - 3); k--) {
    const t = tokens[k];
    if (t.sentence !== s.sentence || /\S/.test(t.post)) return false;
    if (t.tags.has('Possessive')) return true;
    if (!/^\p{Ll}/u.test(t.text) || !(t.tags.has('Adjective') || t.tags.has('Comparable'))) return false;
  }
  return false;
}

/** Things a maker names its models and brands for ("its Orion capsule", "its new Blackwell chips", "its Lexus
 * brand"), singular or plural. */
const MODEL_NOUNS = new Set(['chip', 'chips', 'processor', 'processors', 'brand', 'brands']);
const modelNoun = (w: string) => VEHICLE_HEADS.has(w) || VEHICLE_HEADS.has(w.replace(/s$/, '')) || MODEL_NOUNS.has(w);
/** "a 1998 Rover Mini", "a recalled 2005 Saab 9-5": "a" and a model year before the name, with at most two
 * lower-case describing words between ("the 2019 Nordvik Summit" dates an event: "a" is what counts). */
export function modelYear(s: NameSpan, tokens: Token[]): boolean {
  const at = s.tokens[0].i - 1;
  if (!YEAR.test(tokens[at]?.text ?? '')) return false;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = tokens[k];
    if (/^an?$/.test(t.normal)) return true;
    const describes = t.tags.has('Adjective') || t.tags.has('PastTense') || t.tags.has('Participle');
    if (!/^\p{Ll}+$/u.test(t.text) || !describes || /\S/.test(t.post)) return false;
  }
  return false;
}

/** What flows through a pipeline or system, what a system runs, or where a program works: "the TurkStream gas
 * pipeline" is still a pipeline, "the Fedora operating system" a system, "its Chrome web browser" a browser. */
const CARRIED = new Set(['gas', 'oil', 'fuel', 'water', 'operating', 'file', 'web']);

/** The object noun right after the name, or after a word for what it carries. */
function objectAfter(s: NameSpan, tokens: Token[]): boolean {
  if (OBJECT_HEADS.has(s.nounAfter ?? '')) return true;
  const noun = tokens[s.tokens[s.tokens.length - 1].i + 1];
  const next = noun && tokens[noun.i + 1];
  return (
    CARRIED.has(s.nounAfter ?? '') &&
    !!next &&
    next.sentence === noun.sentence &&
    !/\S/.test(noun.post) &&
    OBJECT_HEADS.has(next.normal)
  );
}

/** A model's designation: letters with a number, or capitals joined by a hyphen ("H-IIA", "A320", "Soyuz-2"); a
 * maker's name before a vehicle noun ("a Boeing jet") is none. */
const designation = (text: string) => /\p{L}.*\d|\d.*\p{L}/u.test(text) || /^\p{Lu}+-\p{Lu}+$/u.test(text);

/** "the probe, named Kestrel", "a rover called Perseverance": a vehicle's own name after a verb of naming. */
function namedVehicle(s: NameSpan): boolean {
  const [noun, verb] = (s.wordsBefore ?? '').split(' ');
  return !!verb && NAMING.has(verb) && VEHICLE_HEADS.has(noun);
}
const NAMING = new Set(['named', 'called', 'dubbed', 'christened']);

function retypeByObjectCues(groups: NameGroup[], tokens: Token[]): void {
  const personWords = new Set<string>();
  for (const g of groups) if (g.type === 'Person' && g.strong) personWords.add(g.firstWord).add(g.lastWord);
  for (const g of groups) {
    if (g.strong || g.type === 'Concept') continue;
    const vehicle = (s: NameSpan) =>
      (VEHICLE_HEADS.has(s.nounAfter ?? '') && designation(s.text)) ||
      (modelNoun(s.nounAfter ?? '') && owned(s, tokens)) ||
      namedVehicle(s);
    if (g.spans.some((s) => modelYear(s, tokens) || vehicle(s))) {
      g.type = 'Product';
      g.strong = true;
      continue;
    }
    if (!g.spans.some((s) => objectAfter(s, tokens))) continue;
    if (personWords.has(g.key) || personLike(g, tokens)) continue;
    // A name compromise knows as a place or person stays one ("the Texas system").
    if (g.spans.every((s) => s.tokens.every((t) => t.tags.has('Place') || t.tags.has('Person')))) continue;
    g.type = 'Product';
    g.strong = true;
  }
}

export const objectCues: EntityStep = {
  name: 'object-cues',
  description: 'a weakly typed name before a common object noun ("the Polaroid format") is a Product',
  apply(groups, ctx) {
    retypeByObjectCues(groups, ctx.tokens);
    return groups;
  },
};

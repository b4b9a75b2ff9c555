// The exhaustive fact references of gold/facts/README.md: their types and a validating parser, so that a
// malformed file fails with one line naming it instead of scoring as if it had no facts.
import { FactsReferenceError } from './errors.js';

export type ReferenceEntityType = 'Person' | 'Organization' | 'Place' | 'Product' | 'Event' | 'Concept';

export interface ReferenceEntity {
  name: string;
  type: ReferenceEntityType;
  aliases: string[];
}

export interface ReferenceFact {
  id: string;
  subject: string;
  object: string;
  types: string[];
  cues: string[];
  evidence: string;
  key: boolean;
  attributedTo: string | null;
  negated: boolean;
  hedged: boolean;
  symmetric: boolean;
}

export interface ReferenceClaim {
  id: string;
  speaker: string;
  evidence: string;
  about: string[];
}

export interface FactsReference {
  /** The article, relative to the corpus root. */
  document: string;
  entities: ReferenceEntity[];
  facts: ReferenceFact[];
  claims: ReferenceClaim[];
}

const ENTITY_TYPES = new Set(['Person', 'Organization', 'Place', 'Product', 'Event', 'Concept']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Validates a parsed `<article>.facts.json`; `name` (its path) is quoted in the error. */
export function parseFactsReference(json: unknown, name: string): FactsReference {
  const fail = (what: string): never => {
    throw new FactsReferenceError(`parseFactsReference: ${name}: expected ${what}`);
  };
  if (!isObject(json)) return fail('a JSON object');
  if (typeof json.document !== 'string' || !json.document) fail('a "document" path');
  if (!Array.isArray(json.entities)) fail('an "entities" array');
  if (!Array.isArray(json.facts)) fail('a "facts" array');
  if (json.claims !== undefined && !Array.isArray(json.claims)) fail('"claims" to be an array');
  const entities = (json.entities as unknown[]).map((e, i): ReferenceEntity => {
    if (!isObject(e) || typeof e.name !== 'string' || !ENTITY_TYPES.has(e.type as string))
      return fail(`entities[${i}] with a name and a type among ${[...ENTITY_TYPES].join(', ')}`);
    if (e.aliases !== undefined && !isStrings(e.aliases)) fail(`entities[${i}].aliases to be strings`);
    return { name: e.name, type: e.type as ReferenceEntityType, aliases: (e.aliases as string[] | undefined) ?? [] };
  });
  const known = new Set(entities.map((e) => e.name));
  const entity = (v: unknown, where: string): string =>
    typeof v === 'string' && known.has(v)
      ? v
      : fail(`${where} to name an entity of the list (got ${JSON.stringify(v)})`);
  const facts = (json.facts as unknown[]).map((f, i): ReferenceFact => {
    const at = `facts[${i}]`;
    if (!isObject(f) || typeof f.id !== 'string') return fail(`${at} with an id`);
    if (!isStrings(f.types) || !f.types.length) fail(`${at}.types to be a non-empty list of relationship types`);
    if (f.cues !== undefined && !isStrings(f.cues)) fail(`${at}.cues to be strings`);
    return {
      id: f.id,
      subject: entity(f.subject, `${at}.subject`),
      object: entity(f.object, `${at}.object`),
      types: f.types as string[],
      cues: (f.cues as string[] | undefined) ?? [],
      evidence: typeof f.evidence === 'string' ? f.evidence : '',
      key: f.key === true,
      attributedTo: f.attributedTo == null ? null : entity(f.attributedTo, `${at}.attributedTo`),
      negated: f.negated === true,
      hedged: f.hedged === true,
      symmetric: f.symmetric === true,
    };
  });
  const claims = ((json.claims as unknown[] | undefined) ?? []).map((c, i): ReferenceClaim => {
    const at = `claims[${i}]`;
    if (!isObject(c) || typeof c.id !== 'string') return fail(`${at} with an id`);
    if (typeof c.evidence !== 'string' || !c.evidence.trim()) fail(`${at}.evidence to be a verbatim snippet`);
    if (c.about !== undefined && !isStrings(c.about)) fail(`${at}.about to be entity names`);
    return {
      id: c.id,
      speaker: entity(c.speaker, `${at}.speaker`),
      evidence: c.evidence as string,
      about: ((c.about as string[] | undefined) ?? []).map((a, j) => entity(a, `${at}.about[${j}]`)),
    };
  });
  return { document: json.document as string, entities, facts, claims };
}

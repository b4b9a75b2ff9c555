// Scoring an article's ExtractionResult against a hand-made reference (format and matching rules of
// gold/README.md): entity recall, relation recall (direct or 2-hop), core recall, violations.
import type { Entity, ExtractionResult, Triple } from '@kg/extractor';

export interface GoldEntity {
  name: string;
  type?: string;
  aliases?: string[];
}

export interface GoldRelation {
  id: string;
  core?: boolean;
  subject?: string;
  subject_alt?: string[];
  subject_contains?: string;
  object?: string;
  object_contains?: string;
  predicates: string[];
  max_hops?: number;
}

export interface GoldReference {
  document?: string;
  entities: GoldEntity[];
  not_entities?: string[];
  not_types?: Array<{ name: string; type: string }>;
  relations?: GoldRelation[];
}

export interface GoldScore {
  entitiesFound: number;
  entitiesTotal: number;
  relationsFound: number;
  relationsTotal: number;
  coreFound: number;
  coreTotal: number;
  violations: string[];
  missingEntities: string[];
  missingRelations: string[];
}

/** Lower case, trimmed of edge punctuation and a possessive 's. */
export function normaliseName(s: string): string {
  return s
    .trim()
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/'s$/i, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .toLowerCase();
}

const matchesRef = (e: Entity, ref: GoldEntity) => {
  const n = normaliseName(e.name);
  return [ref.name, ...(ref.aliases ?? [])].some((a) => normaliseName(a) === n);
};

/** True when some predicate word equals or starts with one of `heads` (case-insensitive). */
export function predicateMatches(t: Triple, heads: string[]): boolean {
  const words = [t.predicate.type, t.predicate.lemma, t.predicate.text]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return heads.some((h) => words.some((w) => w.startsWith(h.toLowerCase())));
}

export function scoreGold(reference: GoldReference, result: ExtractionResult): GoldScore {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const refByName = new Map(reference.entities.map((r) => [normaliseName(r.name), r]));
  const violations: string[] = [];
  const missingEntities: string[] = [];
  let entitiesFound = 0;
  for (const ref of reference.entities) {
    const hits = result.entities.filter((e) => matchesRef(e, ref));
    if (hits.length) entitiesFound++;
    else missingEntities.push(ref.name);
    if (hits.length > 1)
      violations.push(`missed merge: ${hits.map((e) => `"${e.name}"`).join(' and ')} are both "${ref.name}"`);
  }
  for (const bad of reference.not_entities ?? []) {
    for (const e of result.entities)
      if (normaliseName(e.name) === normaliseName(bad)) violations.push(`not an entity: "${e.name}" (${e.type})`);
  }
  for (const { name, type } of reference.not_types ?? []) {
    for (const e of result.entities)
      if (normaliseName(e.name) === normaliseName(name) && e.type === type)
        violations.push(`wrong type: "${e.name}" as ${type}`);
  }

  const side = (names: string[], contains: string | undefined) => (e: Entity | undefined) => {
    if (!e) return false;
    if (contains && e.name.toLowerCase().includes(contains.toLowerCase())) return true;
    return names.some((n) => {
      const ref = refByName.get(normaliseName(n));
      return ref ? matchesRef(e, ref) : normaliseName(e.name) === normaliseName(n);
    });
  };
  const relations = reference.relations ?? [];
  const missingRelations: string[] = [];
  let relationsFound = 0;
  let coreFound = 0;
  for (const rel of relations) {
    const isSubject = side(
      rel.subject ? [rel.subject, ...(rel.subject_alt ?? [])] : [...(rel.subject_alt ?? [])],
      rel.subject_contains,
    );
    const isObject = side(rel.object ? [rel.object] : [], rel.object_contains);
    const first = result.triples.filter((t) => isSubject(byId.get(t.subject)) && predicateMatches(t, rel.predicates));
    let found = first.some((t) => isObject(byId.get(t.object)));
    if (!found && (rel.max_hops ?? 1) >= 2) {
      found = first.some((t1) =>
        result.triples.some((t2) => t2.subject === t1.object && isObject(byId.get(t2.object))),
      );
    }
    if (found) {
      relationsFound++;
      if (rel.core) coreFound++;
    } else missingRelations.push(rel.id);
  }
  return {
    entitiesFound,
    entitiesTotal: reference.entities.length,
    relationsFound,
    relationsTotal: relations.length,
    coreFound,
    coreTotal: relations.filter((r) => r.core).length,
    violations,
    missingEntities,
    missingRelations,
  };
}

export function formatGoldScore(s: GoldScore): string {
  const r = (a: number, b: number) => `${b ? (a / b).toFixed(3) : '1.000'} (${a}/${b})`;
  return `entities R=${r(s.entitiesFound, s.entitiesTotal)} relations R=${r(s.relationsFound, s.relationsTotal)} core R=${r(s.coreFound, s.coreTotal)} violations=${s.violations.length}`;
}

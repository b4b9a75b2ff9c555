// Graph-level entity resolution: each entity a document names is resolved against the nodes the store
// holds (and those the same batch created before it), by data-like rules tried in order. A rule merges
// only when exactly one node qualifies (Bill and Hillary Clinton: "Clinton" stays its own node), looks
// only at names documents gave a node themselves (a surname resolved into a node never attracts more:
// no chains), and records its name and the documents that supported it.
import type { AliasRules } from '@kg/extractor';
import { ENTITY_TYPES, familyName } from '@kg/extractor/names';
import type { DocRows, EntityRow } from './doc-rows.js';
import { identifyingAlias, UNNAMED_RULE } from './derive-node.js';
import { isNameLike, key, nameKey, nameKeyForms, nameWords, nodeSlug } from './node-keys.js';
import { NodeIndex, type StoredNode } from './node-index.js';
import { mergeRowsInto, type RowTarget } from './rows-merge.js';
import { compatible, couldBeSurname, RESOLVE_RULES, type Resolution } from './resolve-rules.js';

export { NodeIndex, type StoredNode };

export type Veto = NonNullable<AliasRules['veto']>;

/**
 * What a store looks up to resolve documents: `keys`, the lookup keys a rule can ask (an unnamed node's id
 * key among them), and `slugs`, the id families a new node's id is taken from — every stored node whose id
 * is a slug or a numbered form of it (`slug-2`, `slug-3`, …), so that newId never picks one held already.
 */
export interface CandidateLookup {
  keys: string[];
  slugs: string[];
}

/**
 * The keys a store must look up so that RESOLVE_RULES and new ids can be decided for these documents: only
 * those a rule can ask about this entity (a surname key for a lone word, a family name's keys for a person's
 * full name), and each new-looking name's id family.
 */
export function candidateLookup(docs: DocRows[]): CandidateLookup {
  const keys = new Set<string>();
  const slugs = new Set<string>();
  for (const d of docs) {
    for (const e of d.entities) {
      if (e.unnamed) {
        keys.add(key.id(unnamedNodeId(e.name, d.doc.id)));
        continue;
      }
      for (const k of nameKeyForms(e.name)) keys.add(k);
      keys.add(key.alias(e.name));
      for (const a of e.aliases) if (isNameLike(a) || identifyingAlias(a, e.name)) keys.add(key.name(a));
      const words = nameWords(e.name).length;
      if (words === 1) keys.add(key.surname(e.name));
      if (e.type === 'Person' && words > 1)
        keys.add(key.fullName(familyName(e.name))).add(key.name(familyName(e.name)));
      slugs.add(nodeSlug(e.name));
    }
  }
  return { keys: [...keys], slugs: [...slugs] };
}

const EXTRACTOR_ID = new RegExp(`^(${ENTITY_TYPES.map((t) => t.toLowerCase()).join('|')}):`);

/**
 * An id as the extractor makes them (`person:donald-trump`, entityId) names an entity of one document and
 * is resolved; any other id (rows copied from a store, hand-built rows) already names its node and is kept.
 */
export function isExtractorId(id: string): boolean {
  return EXTRACTOR_ID.test(id);
}

/** Does a veto in the alias file forbid `name` joining `node`? (either direction) */
function vetoed(veto: Veto, name: string, node: StoredNode): boolean {
  const k = nameKey(name);
  return veto.some(
    (v) =>
      (nameKey(v.alias) === k && node.keys.has(key.name(v.canonical))) ||
      (nameKey(v.canonical) === k && node.keys.has(key.name(v.alias))),
  );
}

/** Its slug, or the first numbered form free (the index holds the slug's whole id family, candidateLookup). */
function newId(name: string, taken: (id: string) => boolean): string {
  const slug = nodeSlug(name);
  for (let i = 1; ; i++) {
    const id = i === 1 ? slug : `${slug}-${i}`;
    if (!taken(id)) return id;
  }
}

/**
 * The node of an unnamed event or thing ("missile strike"): its name's slug and its document's id, so each
 * document has its own and importing the same document again lands on the same node.
 */
export function unnamedNodeId(name: string, docId: string): string {
  return `${nodeSlug(name)}@${docId}`;
}

/** Is this pair of names vetoed in the alias file? (either direction) */
export const vetoedPair = (veto: Veto, a: string, b: string) =>
  veto.some(
    (v) =>
      (nameKey(v.alias) === nameKey(a) && nameKey(v.canonical) === nameKey(b)) ||
      (nameKey(v.alias) === nameKey(b) && nameKey(v.canonical) === nameKey(a)),
  );

/** In-document short forms the extractor left apart ("Erdogan" beside "Recep Tayyip Erdoğan"): short → full. */
function documentSurnames(entities: EntityRow[], veto: Veto): Map<string, string> {
  const full = new Map<string, EntityRow[]>();
  for (const e of entities)
    if (e.type === 'Person' && nameWords(e.name).length > 1) {
      const k = nameKey(familyName(e.name));
      full.set(k, [...(full.get(k) ?? []), e]);
    }
  const out = new Map<string, string>();
  for (const e of entities) {
    const of = full.get(nameKey(e.name));
    if (of?.length === 1 && couldBeSurname(e.name, e.type, e.strong) && !vetoedPair(veto, e.name, of[0].name))
      out.set(e.id, of[0].id);
  }
  return out;
}

/**
 * The document's rows with entity ids replaced by node ids (entities that resolve to one node merged,
 * each carrying the rule and supporting documents); `index` then includes what this document adds.
 */
export function resolveDocument(rows: DocRows, index: NodeIndex, veto: Veto = []): DocRows {
  const assigned = new Set<string>();
  const created: StoredNode[] = [];
  const into = new Map<string, RowTarget>();
  const shortForms = documentSurnames(
    rows.entities.filter((e) => isExtractorId(e.id)),
    veto,
  );
  for (const e of rows.entities) {
    if (!isExtractorId(e.id)) {
      into.set(e.id, { id: e.id, rule: e.rule ?? 'given', because: e.because ?? [] });
      continue;
    }
    if (shortForms.has(e.id)) continue;
    if (e.unnamed) {
      into.set(e.id, { id: unnamedNodeId(e.name, rows.doc.id), rule: UNNAMED_RULE, because: [] });
      continue;
    }
    const find = (k: string) => index.find(k).filter((n) => !vetoed(veto, e.name, n));
    let hit: Resolution | undefined;
    for (const rule of RESOLVE_RULES) if ((hit = rule.apply(e, find))) break;
    // Two entities of one document with one name (the extractor typed them apart) are one new node.
    const twin = hit ? undefined : created.find((c) => nameKey(c.name) === nameKey(e.name) && compatible(c, e));
    if (hit) into.set(e.id, { id: hit.node.id, rule: hit.rule, because: hit.because });
    else if (twin) into.set(e.id, { id: twin.id, rule: 'same-name', because: [rows.doc.id] });
    else {
      const id = newId(e.name, (x) => assigned.has(x) || index.get(x) !== undefined);
      assigned.add(id);
      created.push({ id, name: e.name, type: e.type, keys: new Map() });
      into.set(e.id, { id, rule: 'new', because: [] });
    }
  }
  for (const [short, full] of shortForms)
    into.set(short, { id: into.get(full)!.id, rule: 'surname', because: [rows.doc.id] });
  const resolved = mergeRowsInto(rows, into);
  index.addDocument(rows.doc.id, resolved.entities);
  return resolved;
}

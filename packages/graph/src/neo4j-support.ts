// How a relationship keeps its evidence in Neo4j: `support` is a list of strings, one per supporting
// sentence ("sentenceId␟date␟phrase␟spans␟outletId␟time", the date being the article's, '' when unknown;
// time the clause's "text␞value", '' when none), so adding and removing a document's evidence is a single
// list expression evaluated under the relationship's write lock (no lost updates between importers).
// evidence, weight, phrases, first/last seen, documents (the API's `support`) and outlets are derived from
// it after every change, by the same
// rules in Cypher (derivedMap) and, for relationships a batch creates, in TypeScript (deriveFromSupport).
import { docIdOfSentence } from './build-snapshot.js';
import type { RelationRow } from './doc-rows.js';
import type { TimeRef } from '@kg/extractor';
import type { Span } from './types.js';

export const SEP = '\u001f';
const TIME_SEP = '\u001e';
const clean = (s: string) => s.replaceAll(SEP, ' ').replaceAll(TIME_SEP, ' ');

export function encodeSupport(row: RelationRow, date: string, outlet = ''): string {
  const spans = [row.subject?.start, row.subject?.end, row.object?.start, row.object?.end]
    .map((v) => (v === undefined ? '' : String(v)))
    .join(',');
  const time = row.time
    ? [clean(row.time.text), ...(row.time.value ? [clean(row.time.value)] : [])].join(TIME_SEP)
    : '';
  const fields = [row.sentenceId, date, row.phrase.replaceAll(SEP, ' '), spans, outlet.replaceAll(SEP, ' ')];
  // Items without a time keep the five fields they always had.
  return (time ? [...fields, time] : fields).join(SEP);
}

export interface DecodedSupport {
  sentenceId: string;
  date: string;
  phrase: string;
  subject?: Span;
  object?: Span;
  time?: TimeRef;
}

export function decodeSupport(item: string): DecodedSupport {
  const [sentenceId, date, phrase, spans = '', , time = ''] = item.split(SEP);
  const n = spans.split(',').map((v) => (v === '' ? undefined : Number(v)));
  const out: DecodedSupport = { sentenceId, date, phrase };
  if (n[0] !== undefined && n[1] !== undefined) out.subject = { start: n[0], end: n[1] };
  if (n[2] !== undefined && n[3] !== undefined) out.object = { start: n[2], end: n[3] };
  const [text, value] = time.split(TIME_SEP);
  if (text) out.time = value ? { text, value } : { text };
  return out;
}

/** A relationship's stored summary: `support` sorted, everything else derived from it. */
export interface DerivedProps {
  support: string[];
  evidence: string[];
  weight: number;
  phrases: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** Distinct documents of the supporting sentences. */
  documents: number;
  /** Distinct outlet ids of the supporting items (in first-seen order of the sorted support). */
  outlets: string[];
}

/** Cypher: the document id of sentence id `sid` (`<documentId>:<index>`; document ids may hold ':'). */
export const docOf = (sid: string) => `left(${sid}, size(${sid}) - size(last(split(${sid}, ':'))) - 1)`;

/** Cypher map expression of the summary properties for the sorted support list held in variable `s`. */
export function derivedMap(s: string): string {
  return `{support: ${s}, evidence: [x IN ${s} | split(x, $sep)[0]], weight: size(${s}),
    phrases: reduce(acc = [], p IN [x IN ${s} | split(x, $sep)[2]] | CASE WHEN p IN acc THEN acc ELSE acc + p END),
    firstSeen: reduce(m = null, d IN [x IN ${s} | split(x, $sep)[1]] | CASE WHEN d <> '' AND (m IS NULL OR d < m) THEN d ELSE m END),
    lastSeen: reduce(m = null, d IN [x IN ${s} | split(x, $sep)[1]] | CASE WHEN d <> '' AND (m IS NULL OR d > m) THEN d ELSE m END),
    documents: size(reduce(acc = [], d IN [x IN ${s} | ${docOf('split(x, $sep)[0]')}] | CASE WHEN d IN acc THEN acc ELSE acc + d END)),
    outlets: reduce(acc = [], o IN [x IN ${s} WHERE coalesce(split(x, $sep)[4], '') <> '' | split(x, $sep)[4]] | CASE WHEN o IN acc THEN acc ELSE acc + o END)}`;
}

/**
 * The same summary computed here, for relationships a batch creates: the server then only stores it.
 * JavaScript's default sort and `<` compare UTF-16 code units, as Cypher's ORDER BY and `<` on strings do.
 */
export function deriveFromSupport(items: string[]): DerivedProps {
  const support = [...items].sort();
  const parts = support.map((x) => x.split(SEP));
  const phrases: string[] = [];
  const outlets: string[] = [];
  const documents = new Set<string>();
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  for (const [sid, date, phrase, , outlet] of parts) {
    documents.add(docIdOfSentence(sid));
    if (outlet && !outlets.includes(outlet)) outlets.push(outlet);
    if (phrase !== undefined && !phrases.includes(phrase)) phrases.push(phrase);
    if (date) {
      if (firstSeen === null || date < firstSeen) firstSeen = date;
      if (lastSeen === null || date > lastSeen) lastSeen = date;
    }
  }
  return {
    support,
    evidence: parts.map((p) => p[0]),
    weight: support.length,
    phrases,
    firstSeen,
    lastSeen,
    documents: documents.size,
    outlets,
  };
}

/**
 * Cypher adding a batch's evidence to relationships of one (checked) type. Rows:
 * [aRef, bRef, support, evidence, phrases, firstSeen, lastSeen, id, documents, outlets], support sorted, the rest derived
 * from it by deriveFromSupport. A missing relationship is created with those values (`documents` through
 * toInteger: the driver sends a JavaScript number as a float, and re-deriving it, size(), gives an integer; a
 * relationship made in one batch and one grown over two batches then hold the same value); an existing one
 * gets the new items inserted in order into its support (`SET r.support = <expression of r.support>`
 * write-locks r before reading it; `SET r += <map from r.support>` would not) and the summary
 * re-derived. CREATE rather than MERGE: every endpoint is write-locked by this transaction before
 * (writeDocuments round 1), and every writer of these relationships (an import, an alias merge's MERGE)
 * locks both endpoints before creating one, so no other can appear between the look-up and the CREATE;
 * MERGE would expand the endpoints' relationships twice (look-up, then again under its own locks).
 */
// An existing relationship `old` (of row `row`) gets the row's new support items, its summary re-derived.
const UPDATE_SUPPORT = `CALL (row, old) {
      WITH * WHERE old IS NOT NULL
      SET old.support = reduce(acc = coalesce(old.support, []),
        x IN [x IN row[2] WHERE NOT split(x, $sep)[0] IN [y IN coalesce(old.support, []) | split(y, $sep)[0]]]
        | [y IN acc WHERE y < x] + x + [y IN acc WHERE y >= x])
      SET old += [s IN [old.support] | ${derivedMap('s')}][0]
    }`;

export function addSupportCypher(type: string): string {
  return `UNWIND $batch.rows AS row
    MATCH (a:Entity) WHERE elementId(a) = $prefix + row[0]
    MATCH (b:Entity) WHERE elementId(b) = $prefix + row[1]
    OPTIONAL MATCH (a)-[old:${type}]->(b)
    CALL (a, b, row, old) {
      WITH * WHERE old IS NULL
      CREATE (a)-[:${type} {id: row[7], support: row[2], evidence: row[3], weight: size(row[2]), phrases: row[4], firstSeen: row[5], lastSeen: row[6], documents: toInteger(row[8]), outlets: row[9]}]->(b)
    }
    ${UPDATE_SUPPORT}
    RETURN count(*) AS n`;
}

/**
 * Cypher adding a batch's evidence to relationships of any of the listed (checked) types in one statement:
 * addSupportCypher's rows with the type as row[10]. The look-up names every listed type (an untyped one,
 * filtered on type() alone, was planned on an empty store as a scan of all relationships); the CREATE is one
 * static-typed FOREACH per type that only its rows enter (5.26's dynamic CREATE type gave every relationship of
 * a statement one row's type). So the text and plan are the same for every batch: one statement a batch
 * instead of one per type (≈ 19 a batch, each with its fixed cost).
 */
export function addSupportAllCypher(types: readonly string[]): string {
  for (const t of types)
    if (!/^[A-Z][A-Z0-9_]*$/.test(t)) throw new Error(`addSupportAllCypher: unsafe relationship type ${t}`);
  const creates = types.map(
    (t) => `FOREACH (_ IN CASE WHEN old IS NULL AND row[10] = '${t}' THEN [1] ELSE [] END |
      CREATE (a)-[:${t} {id: row[7], support: row[2], evidence: row[3], weight: size(row[2]), phrases: row[4], firstSeen: row[5], lastSeen: row[6], documents: toInteger(row[8]), outlets: row[9]}]->(b))`,
  );
  return `UNWIND $batch.rows AS row
    MATCH (a:Entity) WHERE elementId(a) = $prefix + row[0]
    MATCH (b:Entity) WHERE elementId(b) = $prefix + row[1]
    OPTIONAL MATCH (a)-[old:${types.join('|')}]->(b) WHERE type(old) = row[10]
    ${creates.join('\n    ')}
    WITH row, old
    ${UPDATE_SUPPORT}
    RETURN count(*) AS n`;
}

/** Cypher that re-derives the summary properties of `r` from `r.support` (deletes r when empty). */
// Callers have already written r.support in this statement, so r is write-locked here; sorting makes
// the stored list independent of the order in which importers arrived.
export const DERIVE_FROM_SUPPORT = `
  SET r += [s IN [COLLECT { UNWIND r.support AS x RETURN x ORDER BY x }] | ${derivedMap('s')}][0]
  WITH r WHERE size(r.support) = 0
  DELETE r`;

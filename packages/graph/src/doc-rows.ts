// toDocRows(): one ExtractionResult → the flat rows both stores load (document, sentences, entities,
// mentions, relation evidence), with a content hash so unchanged re-imports are recognised.
import { timeOf } from './time-columns.js';
import { createHash } from 'node:crypto';
import type { ExtractionResult, Outlet, TimeRef } from '@kg/extractor';
import { claimRows, type ClaimRow } from './claim-rows.js';
import { safeRelType } from './rel-type.js';
import type { Span } from './types.js';

export interface DocRow {
  id: string;
  title?: string;
  source?: string;
  date?: string;
  /** Who published it: (:Document)-[:PUBLISHED_BY]->(:Outlet) in Neo4j, documents.outlet_id in SQLite. */
  outlet?: Outlet;
  /** Hash of everything below except importedAt. */
  hash: string;
  importedAt: string;
}

export interface SentenceRow {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface EntityRow {
  /** The extractor's id; once resolved (resolve-entities.ts), the graph node's id. */
  id: string;
  name: string;
  type: string;
  /** The type came from a strong rule, not a guess (a stronger vote). */
  strong: boolean;
  aliases: string[];
  /** Set by resolution: how this document's entity found its node, and the documents that supported it. */
  rule?: string;
  because?: string[];
  /** The extractor's unnamed event or thing ("missile strike"): a node of this document only (rule `unnamed`). */
  unnamed?: boolean;
}

export interface MentionRow {
  sentenceId: string;
  entityId: string;
}

export interface RelationRow {
  source: string;
  target: string;
  type: string;
  sentenceId: string;
  phrase: string;
  subject?: Span;
  object?: Span;
  /** The time its clause names (absent when none; rows written before times were read have none). */
  time?: TimeRef;
  /** Denials only: the entity whose statement negates it ("Y denied that X paid it"), when there is one. */
  by?: string;
}

export interface DocRows {
  doc: DocRow;
  sentences: SentenceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  /** Reported speech (absent in rows written before claims were stored). */
  claims?: ClaimRow[];
  /**
   * Negated relations ("X did not sanction Y", "Y denied that X paid it"): never evidence for the relation,
   * but they make it disputed when another document affirms it (absent in rows written before disputes).
   */
  denials?: RelationRow[];
}

export class DocRowsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocRowsError';
  }
}

/** Alias rules of coreference (extractor, grouping/coreference.ts): references, not names. */
const COREFERENCE_RULES: ReadonlySet<string> = new Set(['pronoun', 'nominal', 'title']);

/** One outlet per site: its domain when known, else its name (lower case). */
export function outletId(outlet: Outlet): string {
  return outlet.domain ? outlet.domain.toLowerCase() : `name:${outlet.name.trim().toLowerCase()}`;
}

export function sentenceId(docId: string, index: number): string {
  return `${docId}:${index}`;
}

export function edgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

export function toDocRows(result: ExtractionResult, importedAt = new Date().toISOString()): DocRows {
  if (
    !result ||
    typeof result !== 'object' ||
    !result.document ||
    typeof result.document.id !== 'string' ||
    !result.document.id
  ) {
    throw new DocRowsError('toDocRows: expected an ExtractionResult with a document id');
  }
  const docId = result.document.id;
  const sentences: SentenceRow[] = (result.sentences ?? []).map((s) => ({
    id: sentenceId(docId, s.index),
    index: s.index,
    text: s.text,
    start: s.start,
    end: s.end,
  }));
  const known = new Set(sentences.map((s) => s.index));
  // By index, found once per mention (a search of the list for each was most of this function's time).
  const byIndex = new Map<number, { start: number }>();
  for (const s of result.sentences ?? []) if (!byIndex.has(s.index)) byIndex.set(s.index, s);
  const entities: EntityRow[] = [];
  const mentionKeys = new Set<string>();
  const mentions: MentionRow[] = [];
  const mentionSpans = new Map<string, Span>();
  for (const e of result.entities ?? []) {
    // A store keeps the names a document used; pronouns and nominals ("she", "the company") stay mentions.
    const names = (e.aliases ?? []).filter((a) => !COREFERENCE_RULES.has(a.rule)).map((a) => a.text);
    const aliases = [...new Set(names.filter((t) => t && t !== e.name))].sort();
    entities.push({
      id: e.id,
      name: e.name,
      type: e.type,
      strong: e.strong === true,
      aliases,
      ...(e.unnamed === true ? { unnamed: true } : {}),
    });
    for (const m of e.mentions ?? []) {
      if (!known.has(m.sentence)) continue;
      const sid = sentenceId(docId, m.sentence);
      const key = `${sid}\u0000${e.id}`;
      if (!mentionKeys.has(key)) mentions.push({ sentenceId: sid, entityId: e.id });
      mentionKeys.add(key);
      if (!mentionSpans.has(key)) {
        const s = byIndex.get(m.sentence)!;
        mentionSpans.set(key, { start: m.start - s.start, end: m.end - s.start });
      }
    }
  }
  const entityIds = new Set(entities.map((e) => e.id));
  const addMention = (sid: string, entityId: string) => {
    const mk = `${sid}\u0000${entityId}`;
    if (!mentionKeys.has(mk)) mentions.push({ sentenceId: sid, entityId });
    mentionKeys.add(mk);
  };
  const relKeys = new Set<string>();
  const relations: RelationRow[] = [];
  const denials: RelationRow[] = [];
  for (const t of result.triples ?? []) {
    if (!entityIds.has(t.subject) || !entityIds.has(t.object) || t.subject === t.object) continue;
    if (!known.has(t.evidence.sentence)) continue;
    const sid = sentenceId(docId, t.evidence.sentence);
    const type = safeRelType(t.predicate.type);
    const key = `${t.negated ? '-' : '+'}${edgeId(t.subject, type, t.object)}\u0000${sid}`;
    if (relKeys.has(key)) continue;
    relKeys.add(key);
    const row: RelationRow = {
      source: t.subject,
      target: t.object,
      type,
      sentenceId: sid,
      phrase: t.predicate.text || t.predicate.type,
    };
    // A negated statement is not evidence for the relation: it is kept apart, as a denial.
    if (t.negated) {
      if (t.attributedTo && entityIds.has(t.attributedTo)) row.by = t.attributedTo;
      denials.push(row);
      continue;
    }
    const subject = mentionSpans.get(`${sid}\u0000${t.subject}`);
    const object = mentionSpans.get(`${sid}\u0000${t.object}`);
    if (subject) row.subject = subject;
    if (object) row.object = object;
    const time = timeOf(t.time?.text, t.time?.value);
    if (time) row.time = time;
    relations.push(row);
    // The evidence sentence mentions both ends, so a document's facts are reachable from its sentences.
    for (const id of [t.subject, t.object]) addMention(sid, id);
  }
  const claims = claimRows(result, entityIds, (i) => (known.has(i) ? sentenceId(docId, i) : undefined));
  // The claim's sentence mentions its speaker and what it is about, as a relation's sentence does its ends.
  for (const c of claims) for (const id of [c.speaker, ...c.about]) addMention(c.sentenceId, id);
  const { title, source, date } = result.document;
  const outlet = result.document.outlet?.name ? result.document.outlet : undefined;
  // Claims and the outlet join the hash only when present, so a document without them keeps the hash it had.
  const body = {
    title,
    source,
    date,
    ...(outlet ? { outlet } : {}),
    sentences,
    entities,
    mentions,
    relations,
    ...(claims.length ? { claims } : {}),
    ...(denials.length ? { denials } : {}),
  };
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32);
  const doc: DocRow = { id: docId, hash, importedAt };
  if (title !== undefined) doc.title = title;
  if (source !== undefined) doc.source = source;
  if (date !== undefined) doc.date = date;
  if (outlet) doc.outlet = outlet.domain ? { name: outlet.name, domain: outlet.domain } : { name: outlet.name };
  return { doc, sentences, entities, mentions, relations, claims, ...(denials.length ? { denials } : {}) };
}

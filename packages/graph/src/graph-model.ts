// GraphModel: the knowledge graph held in memory as graphology, derived from the stored documents'
// rows. Every fact keeps the sentence ids that support it, so removing a document removes exactly
// its evidence (the model is rebuilt from the remaining documents).
import { MultiDirectedGraph } from './graphology-libs.js';
import { edgeId, type DocRows, type SentenceRow } from './doc-rows.js';
import type { Span } from './types.js';

export interface EntityAttrs {
  name: string;
  type: string;
  aliases: Set<string>;
  /** Ids of the sentences that mention the entity. */
  mentions: Set<string>;
}

export interface Support {
  phrase: string;
  subject?: Span;
  object?: Span;
}

export interface RelationAttrs {
  type: string;
  /** Sentence id → what that sentence says. */
  support: Map<string, Support>;
}

export class GraphModel {
  readonly graph = new MultiDirectedGraph<EntityAttrs, RelationAttrs>({ allowSelfLoops: false });
  readonly documents = new Map<string, DocRows>();
  readonly sentences = new Map<string, SentenceRow & { documentId: string }>();
  /** Bumped on every change (caches key on it). */
  revision = 0;

  constructor(documents: DocRows[] = []) {
    for (const d of documents) this.add(d);
  }

  /** Adds or replaces a document. */
  put(rows: DocRows): void {
    if (this.documents.has(rows.doc.id)) this.remove(rows.doc.id);
    this.add(rows);
  }

  remove(id: string): boolean {
    if (!this.documents.has(id)) return false;
    const rest = [...this.documents.values()].filter((d) => d.doc.id !== id);
    this.graph.clear();
    this.documents.clear();
    this.sentences.clear();
    for (const d of rest) this.add(d);
    return true;
  }

  private add(rows: DocRows): void {
    this.revision++;
    this.documents.set(rows.doc.id, rows);
    for (const s of rows.sentences) this.sentences.set(s.id, { ...s, documentId: rows.doc.id });
    for (const e of rows.entities) {
      if (!this.graph.hasNode(e.id))
        this.graph.addNode(e.id, { name: e.name, type: e.type, aliases: new Set(), mentions: new Set() });
      const a = this.graph.getNodeAttributes(e.id);
      for (const al of e.aliases) if (al !== a.name) a.aliases.add(al);
    }
    for (const m of rows.mentions) this.graph.getNodeAttributes(m.entityId).mentions.add(m.sentenceId);
    for (const r of rows.relations) {
      const id = edgeId(r.source, r.type, r.target);
      if (!this.graph.hasEdge(id))
        this.graph.addDirectedEdgeWithKey(id, r.source, r.target, { type: r.type, support: new Map() });
      const support: Support = { phrase: r.phrase };
      if (r.subject) support.subject = r.subject;
      if (r.object) support.object = r.object;
      this.graph.getEdgeAttributes(id).support.set(r.sentenceId, support);
    }
  }

  /** The date a sentence counts as seen: its document's date, else its import date. */
  seenDate(sentenceId: string): string {
    const s = this.sentences.get(sentenceId);
    const d = s ? this.documents.get(s.documentId)?.doc : undefined;
    return d?.date ?? d?.importedAt.slice(0, 10) ?? '';
  }
}

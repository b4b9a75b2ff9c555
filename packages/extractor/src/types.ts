// The extraction contract: what `extract()` returns. Every downstream package speaks these types.

/** Entity types. The first four are the graph's core; the rest appear where the text supports them. */
export type EntityType = 'Person' | 'Organization' | 'Place' | 'Concept' | 'Date' | 'Quantity' | 'Event' | 'Product';

export interface DocumentInfo {
  /** Given by the caller, or a content hash of the text. */
  id: string;
  title?: string;
  source?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  /** Who published it, when known. */
  outlet?: Outlet;
  /** Length of the text in UTF-16 code units (the unit of every offset). */
  chars: number;
  /** Notes about odd input (cut at the size limit, HTML ignored, binary bytes); absent when none. */
  warnings?: string[];
}

/** A news outlet: its name as it calls itself, and its site's domain (no "www.") when known. */
export interface Outlet {
  name: string;
  domain?: string;
}

export interface Sentence {
  index: number;
  /** Character offsets into the original text, end-exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface Mention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** How the mention refers: by name, by a merged alias, by a pronoun, or by a nominal ("the company"). */
  kind: 'name' | 'alias' | 'pronoun' | 'nominal';
}

export interface Alias {
  text: string;
  /** The rule that merged this surface form into the entity (e.g. "acronym", "surname", "alias-file"). */
  rule: string;
}

export interface Entity {
  /** Stable across documents: derived from the canonical name and type. */
  id: string;
  name: string;
  type: EntityType;
  /** The type came from a strong rule (a title, a place head, a context cue), not a guess; stores weigh type votes by it. */
  strong?: boolean;
  aliases: Alias[];
  mentions: Mention[];
  /**
   * An unnamed event or thing of this article ("missile strike", "Cairo summit"): another article's entity
   * of the same description is not taken for the same real thing (stores keep it to this document).
   */
  unnamed?: boolean;
}

export interface Predicate {
  /** Relationship type from the bounded vocabulary, UPPER_SNAKE (e.g. SANCTIONS, LEADS, SAYS). */
  type: string;
  lemma: string;
  /** The raw phrase as written ("has threatened to expand sanctions on"). */
  text: string;
}

export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** When a clause says its event happened: the expression as written and, when the article's date (or the
 * expression itself) pins it down, its ISO 8601 value: a day "2020-03-09", a week "2020-W10", a month
 * "2020-03" or a year "2020". */
export interface TimeRef {
  text: string;
  value?: string;
}

export interface Triple {
  subject: string;
  predicate: Predicate;
  object: string;
  confidence: number;
  evidence: Evidence;
  negated: boolean;
  hedged: boolean;
  /** Entity id of the speaker, for reported speech. */
  attributedTo?: string;
  /** The direct quotation, when the triple comes from one. */
  quote?: string;
  /** Name of the relation rule that read the triple (see the extractor README). */
  rule?: string;
  /** The time its clause names ("on Monday", "last year"); absent when none. */
  time?: TimeRef;
}

/** A piece of reported speech: who said what (the character span of the content) about which entities. */
export interface Claim {
  /** Unique within the result ("c1", "c2", …); stores prefix it with the document id. */
  id: string;
  /** Entity id of the speaker (a person, organisation or place). */
  speaker: string;
  /** Lemma of the reporting verb ("say", "announce", "deny") or "according to". */
  verb: string;
  /** Character offsets of the claimed content in the original text, end-exclusive. */
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** True for a direct quotation. */
  quote: boolean;
  /** Entity ids named in the content (the speaker excluded). */
  about: string[];
  /** When it was said, if the reporting clause says ("said on Monday"); absent when it does not. */
  time?: TimeRef;
}

/** A clause-level open-IE tuple, before entities are attached. */
export interface Proposition {
  sentence: number;
  relation: string;
  subject: string;
  object?: string;
  /** Further arguments (time, place, second objects), in text order. */
  args: string[];
  /** The time expression of the clause, resolved against the article's date where it can be. */
  time?: TimeRef;
  place?: string;
  confidence: number;
  negated?: boolean;
}

export interface ExtractionResult {
  document: DocumentInfo;
  sentences: Sentence[];
  entities: Entity[];
  triples: Triple[];
  claims: Claim[];
  propositions: Proposition[];
}

export interface ExtractOptions {
  id?: string;
  title?: string;
  source?: string;
  date?: string;
  outlet?: Outlet;
  /** Alias rules applied on every extraction (the user's `.kg/aliases.json`). */
  aliases?: AliasRules;
}

/** User-editable merges: `merge` maps a surface form to a canonical name; `veto` forbids a merge. */
export interface AliasRules {
  merge?: Array<{ alias: string; canonical: string; type?: EntityType }>;
  veto?: Array<{ alias: string; canonical: string }>;
}

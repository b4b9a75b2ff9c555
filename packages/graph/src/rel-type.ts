// Names that may be spliced into Cypher: relationship types and labels are checked here, never trusted.
const REL_TYPE = /^[A-Z][A-Z0-9_]*$/;
const LABEL = /^[A-Z][A-Za-z0-9_]*$/;

/** The fallback type for predicates whose name is not a safe relationship type. */
export const FALLBACK_REL_TYPE = 'RELATED_TO';

/** Labels the store itself uses; an entity type may not take one of them. */
const RESERVED_LABELS = new Set(['Entity', 'Document', 'Sentence']);

export function isSafeRelType(type: string): boolean {
  return typeof type === 'string' && type.length <= 64 && REL_TYPE.test(type);
}

/** A predicate type as stored: itself when safe, otherwise RELATED_TO (the raw phrase is kept as data). */
export function safeRelType(type: string): string {
  return isSafeRelType(type) ? type : FALLBACK_REL_TYPE;
}

/** The second label for an entity type, or null when the type is not a safe label. */
export function safeTypeLabel(type: string): string | null {
  return typeof type === 'string' && type.length <= 64 && LABEL.test(type) && !RESERVED_LABELS.has(type) ? type : null;
}

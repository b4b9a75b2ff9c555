// checkReadOnlyCypher(): what the read-only console refuses before a query reaches Neo4j — clauses and
// procedures that read files or URLs or run Cypher built from strings (a way around this check).
// A read transaction alone allows all of them (issue 13: LOAD CSV FROM 'file:///etc/passwd').
import { cypherTokens, type CypherToken } from './cypher-tokens.js';
import { ReadOnlyQueryError } from './errors.js';

/** Procedures the console may CALL: schema and server introspection that touches no file or URL. */
const ALLOWED_PROCEDURES = [/^db\./i, /^dbms\.(components|info|showCurrentUser)$/i, /^apoc\.(meta\.|help$)/i];
/** Function namespaces that read files or URLs, write them, or evaluate Cypher from strings (APOC, if installed). */
const REFUSED_FUNCTIONS =
  /^apoc\.(load|import|export|cypher|periodic|do|when|case|bolt|util|log|static|config|systemdb|trigger|custom|es|mongo|couchbase|redis|jdbc|model|spatial|metrics|xml|dv)\./i;
const ALLOWED_HINT = 'db.*, dbms.components/info/showCurrentUser, apoc.meta.*';

export function checkReadOnlyCypher(cypher: string): void {
  const tokens = cypherTokens(cypher);
  for (let i = 0; i < tokens.length; i++) {
    if (keyword(tokens[i], 'LOAD') && keyword(tokens[i + 1], 'CSV'))
      throw new ReadOnlyQueryError(
        'checkReadOnlyCypher: LOAD CSV reads files and URLs; it is refused in read-only queries',
      );
    if (keyword(tokens[i], 'CALL')) {
      const name = dottedName(tokens, i + 1)?.name;
      if (name && !ALLOWED_PROCEDURES.some((re) => re.test(name)))
        throw new ReadOnlyQueryError(
          `checkReadOnlyCypher: procedure ${name} is refused in read-only queries (allowed: ${ALLOWED_HINT})`,
        );
      continue;
    }
    const fn = symbol(tokens[i - 1], '.') ? null : dottedName(tokens, i);
    if (fn && REFUSED_FUNCTIONS.test(fn.name) && symbol(tokens[fn.next], '('))
      throw new ReadOnlyQueryError(
        `checkReadOnlyCypher: function ${fn.name} reads files or URLs or runs Cypher; it is refused in read-only queries`,
      );
  }
}

function keyword(t: CypherToken | undefined, word: string): boolean {
  return t?.kind === 'name' && !t.quoted && t.text.toUpperCase() === word;
}

function symbol(t: CypherToken | undefined, text: string): boolean {
  return t?.kind === 'symbol' && t.text === text;
}

/** `a.b.c` starting at tokens[at] (each part may be back-quoted) and the index after it; null when none starts there. */
function dottedName(tokens: CypherToken[], at: number): { name: string; next: number } | null {
  const parts: string[] = [];
  let j = at;
  while (tokens[j]?.kind === 'name') {
    parts.push((tokens[j] as { text: string }).text);
    if (!symbol(tokens[j + 1], '.') || tokens[j + 2]?.kind !== 'name') {
      j++;
      break;
    }
    j += 2;
  }
  return parts.length ? { name: parts.join('.'), next: j } : null;
}

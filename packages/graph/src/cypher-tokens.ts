// cypherTokens(): a small Cypher lexer for policy checks — keywords and names as the server will read them,
// with comments dropped and string literals kept opaque, so `LOAD/**/CSV` or `` `apoc`.`load` `` are seen
// and `RETURN 'LOAD CSV'` is not.
export type CypherToken =
  { kind: 'name'; text: string; quoted: boolean } | { kind: 'string' } | { kind: 'symbol'; text: string };

const NAME = /[\p{L}\p{Nl}_][\p{L}\p{N}_$]*/uy;
const NUMBER = /[0-9][0-9a-zA-Z_.]*/y;

export function cypherTokens(cypher: string): CypherToken[] {
  const tokens: CypherToken[] = [];
  let i = 0;
  const n = cypher.length;
  while (i < n) {
    const c = cypher[i];
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '/' && cypher[i + 1] === '/') {
      const end = cypher.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
    } else if (c === '/' && cypher[i + 1] === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      i = skipString(cypher, i, c);
      tokens.push({ kind: 'string' });
    } else if (c === '`') {
      let text = '';
      let j = i + 1;
      while (j < n) {
        if (cypher[j] === '`' && cypher[j + 1] === '`') {
          text += '`';
          j += 2;
        } else if (cypher[j] === '`') break;
        else text += cypher[j++];
      }
      tokens.push({ kind: 'name', text, quoted: true });
      i = j + 1;
    } else if (matchAt(NAME, cypher, i)) {
      const text = matchAt(NAME, cypher, i)!;
      tokens.push({ kind: 'name', text, quoted: false });
      i += text.length;
    } else if (matchAt(NUMBER, cypher, i)) {
      i += matchAt(NUMBER, cypher, i)!.length;
    } else {
      tokens.push({ kind: 'symbol', text: c });
      i++;
    }
  }
  return tokens;
}

function matchAt(re: RegExp, s: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(s)?.[0];
}

function skipString(s: string, from: number, quote: string): number {
  let j = from + 1;
  while (j < s.length && s[j] !== quote) j += s[j] === '\\' ? 2 : 1;
  return j + 1;
}

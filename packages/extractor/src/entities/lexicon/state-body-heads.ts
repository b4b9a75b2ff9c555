// Head words of a place's own organs of state ("Senate", "Supreme Court", "Ministry of Foreign Affairs"):
// such a body is part of its place, while the place's other bodies (a university, a company) are only in it.
export const STATE_BODY_HEADS: ReadonlySet<string> = new Set(
  `court parliament senate assembly congress legislature council ministry department government cabinet
  police army navy military forces force guard corps agency commission office house authority presidency`.split(/\s+/),
);

/** Whether a name's words (lower case) name an organ of state: its head, the word before its first "of" or
 * else its last word, is an organ's ("Ministry of Foreign Affairs", "Supreme Court"); "House" names a chamber
 * only as "House of …" ("Sydney Opera House" is a building). */
export function stateBodyName(words: readonly string[]): boolean {
  const of = words.indexOf('of', 1);
  const head = words[of > 0 ? of - 1 : words.length - 1];
  return STATE_BODY_HEADS.has(head) && (head !== 'house' || of > 0);
}

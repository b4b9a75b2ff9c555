// scoreMatch(): how well a search string matches a name (exact > prefix > word prefix > substring).
export function scoreMatch(query: string, text: string): number {
  const q = query.trim().toLowerCase();
  const t = text.toLowerCase();
  if (!q) return 0;
  if (t === q) return 1;
  if (t.startsWith(q)) return 0.8;
  if (t.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q))) return 0.6;
  if (t.includes(q)) return 0.4;
  return 0;
}

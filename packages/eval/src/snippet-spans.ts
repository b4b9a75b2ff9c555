// Where a reference's verbatim snippet sits in the article: every occurrence as a character range
// (end-exclusive, the extractor's unit), tolerating line breaks and runs of spaces inside the snippet.
export function snippetSpans(text: string, snippet: string): Array<[number, number]> {
  const words = snippet.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(new RegExp(escaped.join('\\s+'), 'g'))) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

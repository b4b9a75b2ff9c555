// Colours: one per entity type (stable), one per community (cycled), and the dimmed/marked states.
const TYPE_COLORS: Record<string, string> = {
  Person: '#e4572e',
  Organization: '#2e86ab',
  Place: '#3bb273',
  Concept: '#9b5de5',
  Event: '#f2a541',
  Product: '#d1495b',
  Date: '#8d99ae',
  Quantity: '#6c757d',
};
const EXTRA = ['#00a6a6', '#bc4b51', '#5b8e7d', '#f4a259', '#8cb369', '#4d9de0', '#e15554', '#7768ae'];
const COMMUNITY = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#393b79',
  '#637939',
  '#8c6d31',
  '#843c39',
  '#7b4173',
];

export const DIM_COLOR = '#e3e3e3';
export const EDGE_COLOR = '#c9ccd1';
export const HIGHLIGHT_COLOR = '#ff2e88';
export const NEW_COLOR = '#00c853';
/** A disputed relation: affirmed by one source, denied by another. */
export const DISPUTED_COLOR = '#d62728';

export function typeColor(type: string): string {
  if (TYPE_COLORS[type]) return TYPE_COLORS[type];
  let h = 0;
  for (const ch of type) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return EXTRA[h % EXTRA.length];
}

/** The colour each community got, for the page's life (a community keeps its colour from view to view). */
const communitySlot = new Map<number, number>();

/**
 * Gives the communities not coloured yet the next colours, biggest first (`sizes`: members drawn), so the
 * biggest communities of a view differ in colour; by Louvain number, communities 3 and 18 shared one.
 */
export function assignCommunityColors(sizes: ReadonlyMap<number, number>): void {
  const fresh = [...sizes.entries()].filter(([c]) => !communitySlot.has(c)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [c] of fresh) communitySlot.set(c, communitySlot.size);
}

export function communityColor(community: number | undefined): string {
  if (community === undefined) return '#999999';
  if (!communitySlot.has(community)) communitySlot.set(community, communitySlot.size);
  return COMMUNITY[communitySlot.get(community)! % COMMUNITY.length];
}

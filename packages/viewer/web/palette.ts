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

export function communityColor(community: number | undefined): string {
  return community === undefined ? '#999999' : COMMUNITY[Math.abs(community) % COMMUNITY.length];
}

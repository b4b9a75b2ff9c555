// The URL hash carries the selected node, filters (dates, outlets and support too), the connected pair
// (path), the overview's budget, the breadcrumbs (ego and community views), expanded and collapsed parts,
// colour/size modes and camera, so a view can be shared; a move to another view is a new history entry, so back/forward walk the views.
import type { CameraState } from 'sigma/types';
import { DEFAULT_BUDGET, state, type Crumb } from './app-state.js';

const list = (s: string | null) => (s ? s.split(',').filter(Boolean).map(decodeURIComponent) : []);
const join = (xs: Iterable<string>) => [...xs].map(encodeURIComponent).join(',');
// A crumb is `e<entity id>` or `c<community number>`.
const crumbOf = (s: string): Crumb | null =>
  s[0] === 'e' && s.length > 1
    ? { kind: 'ego', id: s.slice(1) }
    : s[0] === 'c' && /^c\d+$/.test(s)
      ? { kind: 'community', id: Number(s.slice(1)) }
      : null;
const crumbText = (c: Crumb) => (c.kind === 'ego' ? `e${c.id}` : `c${c.id}`);
const day = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);

export function readUrlState(): { camera?: Partial<CameraState> } {
  const p = new URLSearchParams(location.hash.slice(1));
  const f = state.filters;
  state.selected = p.get('node');
  state.selectedEdge = p.get('edge');
  f.hiddenTypes = new Set(list(p.get('hideTypes')));
  f.hiddenRelTypes = new Set(list(p.get('hideRels')));
  f.documents = list(p.get('docs'));
  f.minDegree = Number(p.get('minDeg')) || 0;
  f.minWeight = Number(p.get('minW')) || 0;
  f.focus = p.get('focus');
  f.hops = Number(p.get('hops')) || 1;
  f.showIsolated = p.get('isolated') === '1';
  f.asOf = day(p.get('asOf'));
  f.since = day(p.get('since'));
  f.outlets = list(p.get('outlets'));
  f.minSupport = Number(p.get('minSup')) || 0;
  const budget = Number(p.get('budget') ?? DEFAULT_BUDGET);
  state.budget = Number.isInteger(budget) && budget >= 0 ? budget : DEFAULT_BUDGET;
  const path = list(p.get('path'));
  state.path = path.length === 2 ? { from: path[0], to: path[1] } : null;
  state.trail = list(p.get('trail'))
    .map(crumbOf)
    .filter((c): c is Crumb => c !== null);
  state.egoHops = p.get('egoHops') === '2' ? 2 : 1;
  state.expanded = list(p.get('expand'));
  state.collapsed = new Set(list(p.get('collapse')).map(Number).filter(Number.isInteger));
  // Community is the default; `color=community` of older links still reads as it.
  state.colorBy = p.get('color') === 'type' ? 'type' : 'community';
  if (p.get('size') === 'pagerank') state.sizeBy = 'pagerank';
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  return cam.length === 3 && cam.every(Number.isFinite) ? { camera: { x: cam[0], y: cam[1], ratio: cam[2] } } : {};
}

function urlOf(camera: CameraState): string {
  const f = state.filters;
  const p = new URLSearchParams();
  const set = (k: string, v: string | null | undefined | false) => {
    if (v) p.set(k, v);
  };
  set('node', state.selected);
  set('edge', state.selectedEdge);
  set('hideTypes', join(f.hiddenTypes));
  set('hideRels', join(f.hiddenRelTypes));
  set('docs', join(f.documents));
  set('minDeg', f.minDegree > 0 && String(f.minDegree));
  set('minW', f.minWeight > 0 && String(f.minWeight));
  set('focus', f.focus);
  set('isolated', f.showIsolated && '1');
  set('asOf', f.asOf);
  set('since', f.since);
  set('outlets', join(f.outlets));
  set('minSup', f.minSupport > 0 && String(f.minSupport));
  set('hops', f.focus !== null && f.hops !== 1 && String(f.hops));
  set('budget', state.budget !== DEFAULT_BUDGET && String(state.budget));
  set('path', state.path && join([state.path.from, state.path.to]));
  set('trail', join(state.trail.map(crumbText)));
  set('egoHops', state.trail.length > 0 && state.egoHops !== 1 && String(state.egoHops));
  set('expand', join(state.expanded));
  set('collapse', join([...state.collapsed].map(String)));
  set('color', state.colorBy !== 'community' && state.colorBy);
  set('size', state.sizeBy !== 'degree' && state.sizeBy);
  set('cam', [camera.x, camera.y, camera.ratio].map((v) => v.toFixed(4)).join(','));
  return `${location.pathname}${location.search}#${p.toString()}`;
}

/** Keeps the current history entry up to date (selection, filters, camera). */
export function writeUrlState(camera: CameraState): void {
  history.replaceState(null, '', urlOf(camera));
}

/** A move to another view: a new history entry, so the browser's back button returns to the previous view. */
export function pushUrlState(camera: CameraState): void {
  const url = urlOf(camera);
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
}

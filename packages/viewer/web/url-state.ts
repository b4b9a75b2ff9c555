// The URL hash carries the selected node, filters, the connected pair (path), the overview's budget, colour/size modes and camera, so a view can be shared.
import type { CameraState } from 'sigma/types';
import { DEFAULT_BUDGET, state } from './app-state.js';

const list = (s: string | null) => (s ? s.split(',').filter(Boolean).map(decodeURIComponent) : []);
const join = (xs: Iterable<string>) => [...xs].map(encodeURIComponent).join(',');

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
  const budget = Number(p.get('budget') ?? DEFAULT_BUDGET);
  state.budget = Number.isInteger(budget) && budget >= 0 ? budget : DEFAULT_BUDGET;
  const path = list(p.get('path'));
  state.path = path.length === 2 ? { from: path[0], to: path[1] } : null;
  if (p.get('color') === 'community') state.colorBy = 'community';
  if (p.get('size') === 'pagerank') state.sizeBy = 'pagerank';
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  return cam.length === 3 && cam.every(Number.isFinite) ? { camera: { x: cam[0], y: cam[1], ratio: cam[2] } } : {};
}

export function writeUrlState(camera: CameraState): void {
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
  set('hops', f.focus !== null && f.hops !== 1 && String(f.hops));
  set('budget', state.budget !== DEFAULT_BUDGET && String(state.budget));
  set('path', state.path && join([state.path.from, state.path.to]));
  set('color', state.colorBy !== 'type' && state.colorBy);
  set('size', state.sizeBy !== 'degree' && state.sizeBy);
  set('cam', [camera.x, camera.y, camera.ratio].map((v) => v.toFixed(4)).join(','));
  history.replaceState(null, '', `${location.pathname}${location.search}#${p.toString()}`);
}

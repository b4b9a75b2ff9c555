// Moves between views — an entity's neighbourhood, a community, back along the breadcrumbs, expanding an
// entity, collapsing or opening a community — each a new history entry, so back/forward walk them.
import { changed, state, type Crumb } from './app-state.js';

export interface Navigation {
  /** Draws the neighbourhood of an entity (an ego view), or the community's members. */
  go(crumb: Crumb): void;
  /** Back to the crumb at `index` (-1: the overview). */
  goTo(index: number): void;
  setHops(hops: number): void;
  /** Adds an entity's neighbours to what is drawn. */
  expand(id: string): void;
  /** Collapses a community into one node, or opens it again. */
  toggleCollapsed(community: number): void;
}

const same = (a: Crumb, b: Crumb) => a.kind === b.kind && a.id === b.id;

/** `push` records the new state as a history entry (url-state's pushUrlState). */
export function createNavigation(push: () => void): Navigation {
  const move = () => {
    state.highlightNodes = new Set();
    state.highlightEdges = new Set();
    push();
    changed('view');
  };
  return {
    go(crumb) {
      const at = state.trail.findIndex((c) => same(c, crumb));
      state.trail = at >= 0 ? state.trail.slice(0, at + 1) : [...state.trail, crumb];
      state.expanded = [];
      if (crumb.kind === 'ego') state.selected = crumb.id;
      move();
    },
    goTo(index) {
      state.trail = state.trail.slice(0, index + 1);
      state.expanded = [];
      const last = state.trail.at(-1);
      state.selected = last?.kind === 'ego' ? last.id : null;
      move();
    },
    setHops(hops) {
      state.egoHops = hops;
      move();
    },
    expand(id) {
      if (!state.expanded.includes(id)) state.expanded = [...state.expanded, id];
      state.selected = id;
      move();
    },
    toggleCollapsed(community) {
      const next = new Set(state.collapsed);
      if (!next.delete(community)) next.add(community);
      state.collapsed = next;
      move();
    },
  };
}

// The breadcrumbs above the graph: Overview › an entity's neighbourhood › a community…, each one a way
// back; in an ego view, the choice of 1 or 2 hops. Names are remembered from the views that drew them.
import { state, type Crumb } from './app-state.js';
import { clear, el } from './dom.js';

const names = new Map<string, string>();
const keyOf = (c: Crumb) => `${c.kind}:${c.id}`;

/** Remembers what to call a crumb (an entity's name, a community's most important member). */
export function nameCrumb(c: Crumb, name: string): void {
  names.set(keyOf(c), c.kind === 'community' ? `community of ${name}` : name);
}

export interface CrumbActions {
  /** Go back to the crumb at `index` (-1: the overview). */
  goTo(index: number): void;
  setHops(hops: number): void;
}

export function renderBreadcrumbs(box: HTMLElement, actions: CrumbActions): void {
  clear(box);
  box.hidden = state.trail.length === 0;
  if (box.hidden) return;
  const crumb = (text: string, index: number) => {
    const current = index === state.trail.length - 1;
    const b = el('button', {
      class: current ? 'crumb current' : 'link crumb',
      text,
      attrs: { type: 'button', 'data-crumb': String(index) },
    });
    if (current) b.setAttribute('aria-current', 'page');
    else b.addEventListener('click', () => actions.goTo(index));
    return b;
  };
  box.append(crumb('Overview', -1));
  state.trail.forEach((c, i) => {
    const fallback = c.kind === 'community' ? `community ${c.id}` : c.id;
    box.append(' › ', crumb(names.get(keyOf(c)) ?? fallback, i));
  });
  if (state.trail.at(-1)?.kind === 'ego') {
    box.append(' — ');
    for (const h of [1, 2]) {
      const b = el('button', {
        class: h === state.egoHops ? 'hops current' : 'link hops',
        text: `${h} hop${h > 1 ? 's' : ''}`,
        attrs: { type: 'button', 'data-hops': String(h) },
      });
      b.addEventListener('click', () => actions.setHops(h));
      box.append(b, ' ');
    }
  }
}

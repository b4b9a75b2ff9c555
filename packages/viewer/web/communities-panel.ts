// The community list: the graph's Louvain communities, biggest first, each with its size, its most
// important entities and its most frequent relation types; "focus" draws that community alone, "collapse"
// draws it as one node in the current view (and "open" undoes it). Loaded when the section is opened, with
// the filters the server applies to the graph.
import { api, type CommunitySummary } from './api.js';
import { state } from './app-state.js';
import { nameCrumb } from './breadcrumbs.js';
import { narrowing } from './load-view.js';
import { clear, el } from './dom.js';
import type { Navigation } from './navigation.js';
import { communityColor } from './palette.js';

export interface CommunitiesPanel {
  /** Re-renders the buttons (collapsed or not); reloads the list when a filter the server applies changed. */
  refresh(): void;
}

export function createCommunitiesPanel(
  section: HTMLDetailsElement,
  box: HTMLElement,
  nav: Navigation,
): CommunitiesPanel {
  let loadedFor: string | null = null;
  let list: CommunitySummary[] = [];
  let total = 0;

  const button = (text: string, name: string, onClick: () => void) => {
    const b = el('button', { class: 'link', text, attrs: { type: 'button', name } });
    b.addEventListener('click', onClick);
    return b;
  };

  function render(): void {
    clear(box);
    if (!list.length) {
      box.append(el('p', { class: 'muted', text: 'No communities: no entities are related yet.' }));
      return;
    }
    const more = total > list.length ? ` (the ${list.length} biggest of ${total})` : '';
    box.append(el('p', { class: 'muted', text: `${total} communities${more}` }));
    const ul = el('ul', { class: 'communities' });
    for (const c of list) {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = communityColor(c.id);
      const collapsed = state.collapsed.has(c.id);
      ul.append(
        el('li', { attrs: { 'data-community': String(c.id) } }, [
          el('div', {}, [swatch, el('strong', { text: c.top.map((t) => t.name).join(', ') })]),
          el('div', {
            class: 'muted',
            text: `${c.size} entities · ${c.relTypes.map((r) => `${r.type} ${r.count}`).join(', ')}`,
          }),
          el('div', { class: 'row' }, [
            button('focus', 'focus-community', () => nav.go({ kind: 'community', id: c.id })),
            ' · ',
            button(collapsed ? 'open' : 'collapse', 'collapse-community', () => nav.toggleCollapsed(c.id)),
          ]),
        ]),
      );
    }
    box.append(ul);
  }

  async function load(): Promise<void> {
    const filters = narrowing();
    const key = JSON.stringify(filters);
    if (loadedFor === key) return render();
    loadedFor = key;
    box.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
    try {
      ({ communities: list, total } = await api.communities(filters));
      for (const c of list) if (c.top[0]) nameCrumb({ kind: 'community', id: c.id }, c.top[0].name);
      render();
    } catch (err) {
      loadedFor = null;
      box.replaceChildren(el('p', { class: 'error', text: (err as Error).message }));
    }
  }

  section.addEventListener('toggle', () => void (section.open && load()));
  return { refresh: () => void (section.open && load()) };
}

// Search with autocomplete over names and aliases (server side: prefix and fuzzy); choosing a hit selects it.
import type { SearchHit } from '@kg/graph';
import { api } from './api.js';
import { clear, el } from './dom.js';
import { typeColor } from './palette.js';

export function createSearchBox(input: HTMLInputElement, list: HTMLElement, onChoose: (hit: SearchHit) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const close = () => {
    hits = [];
    active = -1;
    clear(list);
    list.hidden = true;
  };
  const choose = (hit: SearchHit) => {
    input.value = hit.name;
    close();
    onChoose(hit);
  };
  const draw = () => {
    clear(list);
    hits.forEach((h, i) => {
      const dot = el('span', { class: 'swatch' });
      dot.style.background = typeColor(h.type);
      const item = el('li', { class: i === active ? 'active' : '', attrs: { role: 'option', 'data-id': h.id } }, [
        dot,
        el('span', { text: h.name }),
      ]);
      if (h.matched && h.matched !== h.name) item.append(el('span', { class: 'muted', text: ` (${h.matched})` }));
      item.append(el('span', { class: 'muted type', text: h.type }));
      item.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(h);
      });
      list.append(item);
    });
    list.hidden = hits.length === 0;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(async () => {
      const mine = ++seq;
      const found = await api.search(q).catch(() => []);
      if (mine !== seq) return;
      hits = found;
      active = hits.length ? 0 : -1;
      draw();
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      draw();
      e.preventDefault();
    } else if (e.key === 'Enter' && active >= 0) {
      choose(hits[active]);
      e.preventDefault();
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}

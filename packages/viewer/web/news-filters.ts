// When and who: an "as of" slider (the graph as known at a date: relations first reported by then), a
// "from" slider that makes it a date range (relations reported between the two dates), the outlets whose
// articles back the relations, and a minimum number of supporting documents. The server applies them all
// (load-view's narrowing), so the page receives only what it draws; the URL keeps them.
import type { OutletSummary } from '@kg/graph';
import { api } from './api.js';
import { changed, state } from './app-state.js';
import { clear, el } from './dom.js';

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
/** A slider sends one request when it comes to rest, not one per step of a held arrow key. */
const SETTLE_MS = 300;

export interface NewsFilters {
  /** Puts the controls back to the state (after back/forward). */
  sync(): void;
}

interface Slider {
  input: HTMLInputElement;
  show(): void;
}

export function createNewsFilters(box: HTMLElement): NewsFilters {
  const f = state.filters;
  let syncs: Array<() => void> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const commit = () => {
    clearTimeout(timer);
    timer = setTimeout(() => changed('narrowing'), SETTLE_MS);
  };

  /** One thumb over the days first…last; `open` is the end that means "no bound" (null). */
  function slider(name: 'asOf' | 'since', first: string, last: string): Slider {
    const days = Math.round((msOf(last) - msOf(first)) / DAY_MS);
    const open = name === 'asOf' ? days : 0;
    const input = el('input', {
      attrs: { type: 'range', name, min: '0', max: String(days), step: '1', 'aria-label': name },
    });
    const out = el('output', { attrs: { for: name } });
    const toDay = (i: number) => (i === open ? null : dayOf(msOf(first) + i * DAY_MS));
    const toIndex = (day: string | null) =>
      day === null ? open : Math.min(days, Math.max(0, Math.round((msOf(day) - msOf(first)) / DAY_MS)));
    const label = (day: string | null) =>
      name === 'asOf' ? `As of ${day ?? `${last} (latest)`}` : `From ${day ?? `${first} (the first)`}`;
    const show = () => {
      input.value = String(toIndex(f[name]));
      out.textContent = label(f[name]);
    };
    input.addEventListener('input', () => {
      f[name] = toDay(Number(input.value));
      // A range never ends before it starts: the other thumb moves along.
      if (f.asOf && f.since && f.since > f.asOf) {
        if (name === 'asOf') f.since = f.asOf;
        else f.asOf = f.since;
      }
      for (const s of syncs) s();
      commit();
    });
    box.append(el('label', { class: 'slider' }, [out, input]));
    return { input, show };
  }

  function outletList(outlets: OutletSummary[]): void {
    const list = el('fieldset', { class: 'checks outlets' }, [
      el('legend', { text: `Outlets (${outlets.length}; none ticked = all)` }),
    ]);
    const boxes = outlets.map((o) => {
      const cb = el('input', { attrs: { type: 'checkbox', name: 'outlet', value: o.id } });
      cb.addEventListener('change', () => {
        f.outlets = boxes.filter((b) => b.checked).map((b) => b.value);
        commit();
      });
      list.append(el('label', {}, [cb, ` ${o.name} `, el('span', { class: 'count', text: String(o.documents) })]));
      return cb;
    });
    syncs.push(() => boxes.forEach((b) => (b.checked = f.outlets.includes(b.value))));
    box.append(list);
  }

  function minSupport(): void {
    const input = el('input', { attrs: { type: 'number', min: '0', step: '1', name: 'minSupport' } });
    input.addEventListener('change', () => {
      f.minSupport = Math.max(0, Math.floor(Number(input.value) || 0));
      commit();
    });
    syncs.push(() => (input.value = String(f.minSupport)));
    box.append(el('label', { class: 'num' }, ['Min sources (documents) ', input]));
  }

  async function build(): Promise<void> {
    const [stats, outlets] = await Promise.all([api.stats(), api.outlets()]);
    clear(box);
    syncs = [];
    const dates = stats.dates;
    if (dates && dates.first < dates.last) {
      box.append(el('p', { class: 'muted', text: `Articles published ${dates.first} … ${dates.last}` }));
      const asOf = slider('asOf', dates.first, dates.last);
      const since = slider('since', dates.first, dates.last);
      syncs.push(asOf.show, since.show);
    } else box.append(el('p', { class: 'muted', text: 'The time filters need articles of more than one date.' }));
    if (outlets.length) outletList(outlets);
    minSupport();
    for (const s of syncs) s();
    box.dataset.ready = 'true';
  }

  void build().catch((err: Error) => box.replaceChildren(el('p', { class: 'error', text: err.message })));
  return { sync: () => syncs.forEach((s) => s()) };
}

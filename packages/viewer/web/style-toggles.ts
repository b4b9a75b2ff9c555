// The bar's two look switches: size by PageRank (else degree), colour by community (else type).
import { changed, state } from './app-state.js';
import { byId } from './dom.js';

export function createStyleToggles(): { sync(): void } {
  const colorToggle = byId<HTMLInputElement>('color-community');
  const sizeToggle = byId<HTMLInputElement>('size-pagerank');
  const sync = () => {
    colorToggle.checked = state.colorBy === 'community';
    sizeToggle.checked = state.sizeBy === 'pagerank';
  };
  colorToggle.addEventListener(
    'change',
    () => ((state.colorBy = colorToggle.checked ? 'community' : 'type'), changed('style')),
  );
  sizeToggle.addEventListener(
    'change',
    () => ((state.sizeBy = sizeToggle.checked ? 'pagerank' : 'degree'), changed('style')),
  );
  sync();
  return { sync };
}

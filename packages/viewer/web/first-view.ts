// The view the page opens on, asked for as soon as the page starts: boot.ts loads this small part first,
// so the server's answer arrives while the drawing code (sigma, graphology, the panels: ~200 ms of a
// 700 ms first frame on the shared 2-core machine) is still being parsed, not after it.
import { loadView, type LoadedView } from './load-view.js';
import { readUrlState } from './url-state.js';

export const firstUrlState = readUrlState();
export const firstView: Promise<LoadedView> = loadView();
// main.ts reports a failure; until it takes the promise, a rejection is not unhandled.
firstView.catch(() => undefined);

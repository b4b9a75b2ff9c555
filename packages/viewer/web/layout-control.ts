// ForceAtlas2 in a web worker, with a start/stop button. Small unplaced graphs get a quick synchronous pass.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { KgGraph } from './build-graph.js';

export interface LayoutControl {
  running(): boolean;
  toggle(): void;
  stop(): void;
  /** Rebuild the worker after the graph changed shape. */
  reset(): void;
}

/** Lays out graphs whose store gave no positions before the first frame (cheap below this size). */
export function preLayout(graph: KgGraph, missing: number): void {
  if (missing === 0 || graph.order > 3000) return;
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations: graph.order > 1000 ? 60 : 150, settings });
}

export function createLayoutControl(graph: KgGraph, button: HTMLButtonElement): LayoutControl {
  let layout: FA2Layout | null = null;
  const make = () => new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
  const label = () => {
    const on = layout?.isRunning() ?? false;
    button.textContent = on ? 'Stop layout' : 'Start layout';
    button.setAttribute('aria-pressed', String(on));
  };
  const control: LayoutControl = {
    running: () => layout?.isRunning() ?? false,
    toggle() {
      layout ??= make();
      if (layout.isRunning()) layout.stop();
      else layout.start();
      label();
    },
    stop() {
      layout?.stop();
      label();
    },
    reset() {
      const was = control.running();
      layout?.kill();
      layout = null;
      if (was) control.toggle();
      else label();
    },
  };
  button.addEventListener('click', () => control.toggle());
  label();
  return control;
}

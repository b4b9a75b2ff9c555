// Label placement without overlaps: sigma's label grid picks candidates per cell, in grid order, so a
// small node's label could be painted first and crowd out a hub's. This wraps sigma's label drawing:
// during a frame the candidates are only collected; after the frame they are painted most important
// first (selected/neighbour z-index, then size), each right of its disc or else left of it, and only where
// it is clear of every label already painted, of the discs of more important nodes and of the page's
// overlays on the graph (breadcrumbs, the budget line). The boxes are kept (viewport pixels) for the
// browser tests.
import { drawDiscNodeLabel, type NodeHoverDrawingFunction, type NodeLabelDrawingFunction } from 'sigma/rendering';

export interface LabelBox {
  node: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between two labels, in pixels. */
const GAP = 2;

type DrawArgs = Parameters<NodeLabelDrawingFunction>;

export interface LabelCollision {
  /** sigma's `defaultDrawNodeLabel`: queues the label for `flush`. */
  draw: NodeLabelDrawingFunction;
  /**
   * sigma's `defaultDrawNodeHover` for hovered and highlighted nodes (the selection, a path, search hits):
   * a halo only. sigma's own drew a boxed label on a layer above, outside this pass, so the labels of a
   * path's nodes covered each other and their neighbours'; those nodes' labels are forced and painted here.
   */
  drawHover: NodeHoverDrawingFunction;
  /** Forget the last frame's labels (sigma's beforeRender). */
  reset(): void;
  /** Paint the queued labels, most important first (sigma's afterRender). */
  flush(): void;
  /** The labels painted in the last frame. */
  readonly boxes: LabelBox[];
}

const hit = (a: LabelBox, b: LabelBox) =>
  a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;

/** The label's box right of its disc (sigma's place), or left of it when `side` is 'left'. */
function labelBox([context, data, settings]: DrawArgs, side: 'right' | 'left'): LabelBox {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const width = context.measureText(data.label ?? '').width;
  // Same geometry as drawDiscNodeLabel: 3 px from the disc, baseline a third below centre.
  const left = side === 'right' ? data.x + data.size + 3 : data.x - data.size - 3 - width;
  return {
    node: data.key,
    left,
    right: left + width,
    top: data.y - (settings.labelSize * 2) / 3,
    bottom: data.y + settings.labelSize / 3 + 2,
  };
}

const disc = ([, d]: DrawArgs): LabelBox => ({
  node: d.key,
  left: d.x - d.size,
  right: d.x + d.size,
  top: d.y - d.size,
  bottom: d.y + d.size,
});

/** White halo with a soft shadow around the disc, as sigma's hover draws it, without the label. */
const drawHalo: NodeHoverDrawingFunction = (context, data) => {
  context.save();
  context.fillStyle = '#fff';
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.fill();
  context.restore();
};

/** `reserved`: boxes (viewport pixels) no label may cover — the page's overlays on the graph, read per frame. */
export function createLabelCollision(reserved: () => LabelBox[] = () => []): LabelCollision {
  const boxes: LabelBox[] = [];
  const queue: DrawArgs[] = [];
  let blocked: LabelBox[] = [];
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (data.label) queue.push([context, data, settings]);
  };
  const flush = () => {
    const order = queue
      .splice(0)
      .sort(([, a], [, b]) => (b.zIndex ?? 0) - (a.zIndex ?? 0) || b.size - a.size || a.key.localeCompare(b.key));
    const discs = order.map(disc);
    // A label may cover the disc of a less important node (the hub keeps its name), never a more important one.
    const clear = (box: LabelBox, rank: number) =>
      !boxes.some((o) => hit(box, o)) &&
      !blocked.some((o) => hit(box, o)) &&
      !discs.some((d, i) => i < rank && hit(box, d));
    for (const [rank, args] of order.entries()) {
      // Right of the disc as sigma places it; else mirrored to the left; else not at all.
      const box = [labelBox(args, 'right'), labelBox(args, 'left')].find((b) => clear(b, rank));
      if (!box) continue;
      boxes.push(box);
      const [context, data, settings] = args;
      drawDiscNodeLabel(context, { ...data, x: box.left - data.size - 3 }, settings);
    }
  };
  const reset = () => {
    boxes.splice(0);
    queue.splice(0);
    blocked = reserved();
  };
  return { draw, drawHover: drawHalo, flush, reset, boxes };
}

// Label placement without overlaps: sigma's label grid picks candidates per cell (bigger nodes first),
// but a long name still runs over its neighbours. This wraps sigma's label drawing so a label is
// painted only when its box is clear of every label already painted in the frame. The boxes are kept
// (viewport pixels) so the browser tests can check the result.
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from 'sigma/rendering';

export interface LabelBox {
  node: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between two labels, in pixels. */
const GAP = 2;

export interface LabelCollision {
  draw: NodeLabelDrawingFunction;
  /** Forget the last frame's labels (call before each render). */
  reset(): void;
  /** The labels painted in the last frame. */
  readonly boxes: LabelBox[];
}

export function createLabelCollision(): LabelCollision {
  const boxes: LabelBox[] = [];
  const overlaps = (b: LabelBox) =>
    boxes.some(
      (o) => b.left < o.right + GAP && o.left < b.right + GAP && b.top < o.bottom + GAP && o.top < b.bottom + GAP,
    );
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    // Same geometry as drawDiscNodeLabel: text starts right of the disc, baseline a third below centre.
    const left = data.x + data.size + 3;
    const box = {
      node: data.key,
      left,
      right: left + context.measureText(data.label).width,
      top: data.y - (settings.labelSize * 2) / 3,
      bottom: data.y + settings.labelSize / 3 + 2,
    };
    if (overlaps(box)) return;
    boxes.push(box);
    drawDiscNodeLabel(context, data, settings);
  };
  return { draw, reset: () => void boxes.splice(0), boxes };
}

// A clause's time (TimeRef) as two nullable columns or properties (`time_text`, `time_value`), the way both
// stores keep it on evidence rows and claims; rows written before times were read have neither.
import type { TimeRef } from '@kg/extractor';

export function timeColumns(time: TimeRef | undefined): [string | null, string | null] {
  return [time?.text ?? null, time?.value ?? null];
}

export function timeOf(text: unknown, value: unknown): TimeRef | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  return typeof value === 'string' && value ? { text, value } : { text };
}

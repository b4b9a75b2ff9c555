// The extractor never throws on odd text, and never hides a failure either: a stage that throws yields its
// fallback and leaves a warning in the result's `document.warnings`.
export function guarded<T>(stage: string, warnings: string[], fallback: () => T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    warnings.push(`extract: ${stage} failed on this text and was skipped (${reason})`);
    return fallback();
  }
}

// Types of hostile-inputs.mjs, for the extractor's tests (TypeScript) that import it.
export declare const HOSTILE_INPUTS: Record<string, (chars: number, seed: string) => string>;

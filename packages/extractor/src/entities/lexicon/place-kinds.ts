// Kind words that name a place inside a larger one ("the US state of Ohio", "the Chinese city of Wuhan"): kinds
// that divide a place (PART_OF) and kinds that only lie in one (LOCATED_IN).
export const PART_KINDS: ReadonlySet<string> = new Set(
  'state province territory commonwealth region county prefecture'.split(' '),
);
export const LOCATED_KINDS: ReadonlySet<string> = new Set('city town village capital port island'.split(' '));

// Finite forms of verbs of saying, as a name's neighbour: "Ann Cole said", "said Ann Cole", '"…," the company
// said'. Typing reads a speaker from them (typing/person-cues.ts); coreference reads whom a quotation's speaker
// is not (grouping/coreference.ts).
export const SPEECH_FORMS: ReadonlySet<string> = new Set(
  'said says told added explained stated wrote asked replied noted argued insisted'.split(' '),
);

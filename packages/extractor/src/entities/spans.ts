// The shapes the entity stages hand on: a name span (found in one sentence), the same span once typed, and a
// name group (the spans of one entity-to-be). Types only; every stage imports them from here.
import type { Token } from '../tokens.js';
import type { EntityType } from '../types.js';

export interface NameSpan {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** The title written before the name ("President"), if any. */
  title?: string;
  /** Set for "Chinese government"-style spans: the country the demonym names. */
  demonymOf?: string;
  /** Set for a bare title ("the President"): resolved later to the person who holds it. */
  titleOnly?: boolean;
  /** A role noun stands right before the name ("leader Xi Jinping", "attorney, Kendrick Moxon"). */
  roleBefore?: boolean;
  /** The possessive word right before the name, without its 's ("commonwealth" in "the commonwealth's
   * House of Representatives", "Ohio" in "Ohio's Senate"): the owner is named apart. */
  owner?: string;
  /** A version number follows the name ("Internet Explorer 9"): a product. */
  versioned?: boolean;
  /** A number of up to three digits is written right after the name, a version or a count ("Level 4 areas"). */
  numberAfter?: boolean;
  /** A title of a work or a made thing ("the film Easy Rider", a quoted title): a product. */
  work?: boolean;
  /** The lower-case word right after the name ("format" in "the Polaroid format"): see typing/object-cues.ts. */
  nounAfter?: string;
  /** The name, in capitals, is a dateline's place ("LOS GATOS, California — …"): see names/dateline.ts. */
  dateline?: boolean;
  /** A kin word is said of the name ("the father of Luis Díaz", "Luis Díaz's father"): see names/kin-of.ts. */
  kinOf?: boolean;
  /** The two lower-case words right before the name ("was born" Peter Edward Baker, "positive for" COVID-19). */
  wordsBefore?: string;
  /** "the" and a year stand right before the name ("the 2038 Asian Games"): an edition of something held. */
  yearBefore?: boolean;
  /** Read from a photo credit ("Image: NASA."). */
  credit?: boolean;
  /** The full name an elided word stands for ("North" in "North and South Korea" → "North Korea"). */
  keyText?: string;
}

export interface TypedSpan extends NameSpan {
  id: number;
  type: EntityType;
  strong: boolean;
  typeRule: string;
  key: string;
  /** Rule that merged this surface form into its entity ("variant" for spelling variants). */
  mergedBy?: string;
  /** Span id of the name right before this one when it is written in brackets: "… Security (DHS)". */
  bracketOf?: number;
  /** Span id of the name this one is another name of: "Rapa Nui, also called Easter Island". */
  calledOf?: number;
}

export interface NameGroup {
  key: string;
  name: string;
  surface: string;
  words: number;
  firstWord: string;
  lastWord: string;
  type: EntityType;
  strong: boolean;
  first: number;
  spans: TypedSpan[];
  ids: Set<number>;
  /** Span id of the name right before this acronym's opening bracket. */
  bracketAfter?: number;
  /** Span id of the name right before ", also known as" this one (grouping/also-known-as.ts). */
  calledAfter?: number;
  country?: string;
  /** An unnamed event or thing of this article ("missile strike"): see grouping/unnamed-events.ts. */
  unnamed?: boolean;
}

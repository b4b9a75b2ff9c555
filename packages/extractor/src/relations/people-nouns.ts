// Plural nouns for groups of people ("locals", "workers", "civilians"): "urged vigilant locals to help"
// names some people, not a topic a reader would keep as a node, whatever adjective comes before.
export const PEOPLE_GROUP_HEADS: ReadonlySet<string> = new Set(
  `locals workers civilians citizens soldiers students passengers visitors tourists fans users customers consumers
  patients farmers migrants immigrants refugees women men adults teenagers youths kids villagers inhabitants
  shoppers travellers travelers commuters drivers pilots crews staff employees investors lawmakers legislators
  politicians activists militants fighters rebels insurgents police officers authorities experts analysts
  scientists researchers teachers nurses volunteers survivors witnesses believers worshippers pilgrims
  spectators viewers readers listeners participants attendees delegates members`.split(/\s+/),
);

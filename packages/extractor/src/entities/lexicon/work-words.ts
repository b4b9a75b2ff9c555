// Words that mark a name as a made thing (a work, a product, a vehicle, a law) rather than an actor.
// General English, not article-specific.

/** Common nouns written right before a title or product name: "the book Blown Away", "cruise ship Aurora". */
export const WORK_NOUNS = new Set(
  `book books novel novels novella memoir memoirs biography autobiography film films movie movies documentary
  documentaries mockumentary mockumentaries docudrama drama dramas thriller thrillers comedy comedies
  sitcom miniseries album albums song songs opera musical ballet poem poems painting paintings sculpture
  installation artwork mural robot drone comic comics manga anime videogame game games app apps chatbot chatbots browser software device
  gadget console ship ships vessel vessels yacht boat submarine frigate destroyer aircraft airliner jet rocket
  spacecraft satellite car website websites site blog podcast hashtag drug drugs vaccine vaccines medicine pill`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that introduce a title: "a robot named …", "the device called the …". */
export const NAMING_VERBS = new Set(['named', 'called', 'titled', 'entitled', 'dubbed', 'labelled', 'labeled']);

/** Small words allowed inside a title: "Blown for Good", "Cowboys and Indians", "Day after Day" (title case leaves
 * prepositions in lower case). */
export const TITLE_SMALL_WORDS = new Set(
  'of and the for a an in on to at from with by or vs vs. & after before into over under upon about through without'.split(
    ' ',
  ),
);

/** Last words of product names: "Windows XP", "PlayStation VR", "Galaxy Note Pro". */
export const PRODUCT_SUFFIXES = new Set(['xp', 'vr', 'hd', 'pro', 'max', 'mini', 'ultra', 'lite']);

/** Last words of the names of laws and treaties: "Clean Air Act", "Paris Agreement", "Kyoto Protocol" (not "Pact":
 * the Warsaw Pact was an alliance, a body with members). */
export const LAW_HEADS = new Set([
  'act',
  'acts',
  'bill',
  'treaty',
  'accord',
  'accords',
  'agreement',
  'agreements',
  'protocol',
  'charter',
  'amendment',
  'doctrine',
  'directive',
  'constitution',
]);

/** Vehicles and craft: "its Orion capsule", "Acme's Kestrel drone" name a model when the name is owned. */
export const VEHICLE_HEADS = new Set(
  `capsule spacecraft craft rocket aircraft airliner jet plane car sedan truck vehicle ship vessel satellite probe
  rover lander drone helicopter submarine train locomotive telescope missile smartphone phone`
    .split(/\s+/)
    .filter(Boolean),
);

/** Common nouns right after a name that make it a made thing: "the Polaroid format", "the ICI system". */
export const OBJECT_HEADS = new Set(
  `format formats photograph photographs print prints installation installations cans bottles system systems
  software browser console headset font typeface pipeline pipelines`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last words of the names of awards: "Booker Prize", "Academy Award", "Fields Medal". */
export const AWARD_HEADS = new Set(['prize', 'prizes', 'award', 'awards', 'medal', 'trophy']);

/** Fields of study and art that name an award's category after "in": "Nobel Prize in Physics", "Nemmers Prize
 * in Mathematics", "… in Physiology or Medicine". Closed on purpose: "Prize in Oslo" names the place it was
 * given, and an unknown capitalised word there is more often a town than a field. */
export const AWARD_FIELDS = new Set(
  `physics chemistry medicine physiology literature economics economic sciences science mathematics peace
  poetry fiction drama journalism music architecture engineering history biology astronomy philosophy arts`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last words of the names of programmes: "The Tonight Show", "The Ann Cole Show" (a show named after its
 * host is the host's work, not the host). */
export const SHOW_HEADS = new Set(['show', 'podcast']);

// @kg/extractor/names: what a store needs of names without compromise (a name's family name, the entity
// types, the user's alias file, the extractor's entity ids, its relation types). index.ts brings the extraction pipeline, compromise and the HTML, feed and CSV readers, which take
// seconds to load on a busy machine: a `kg` verb that only reads a store starts without them.
export { familyName } from './entities/names/name-particles.js';
export { AliasFileError, ENTITY_TYPES, loadAliasRules } from './alias-rules.js';
export { entityId } from './entity-id.js';
export { FALLBACK_TYPE, PREDICATE_VOCABULARY } from './relations/vocabulary.js';
export { countryFirstKey } from './entities/lexicon/country-forms.js';
export { storeNameKey } from './store-name-key.js';

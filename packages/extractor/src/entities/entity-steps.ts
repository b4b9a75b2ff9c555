// The entity step registry, in the order steps run on the typed name groups. Each step is one file; the
// README lists them. Retyping comes before merging (merge rules guard on types), mentions after it.
import type { EntityStep } from './entity-step.js';
import { conceptGroups } from './grouping/concept-groups.js';
import { diseaseCues } from './typing/disease-cues.js';
import { cityNames } from './typing/city-names.js';
import { causeCues } from './typing/cause-cues.js';
import { awardCues } from './typing/award-cues.js';
import { countryNames } from './grouping/country-names.js';
import { settledNames } from './grouping/settled-names.js';
import { stateOfNames } from './grouping/state-of-names.js';
import { countryGroups } from './grouping/country-groups.js';
import { bodyRoles } from './grouping/body-roles.js';
import { genericHeads } from './grouping/generic-heads.js';
import { mergeGroups } from './grouping/merge-groups.js';
import { partyNames } from './grouping/party-names.js';
import { nestedNames } from './grouping/nested-names.js';
import { placeAdjectives } from './grouping/place-adjectives.js';
import { placeQualifiers } from './grouping/place-qualifiers.js';
import { articleTitles } from './grouping/article-titles.js';
import { listedPeople } from './typing/listed-people.js';
import { familyMembers } from './typing/family-members.js';
import { nameUsedAlone } from './typing/name-used-alone.js';
import { givenNameSurnames } from './typing/given-name-surnames.js';
import { surnamePlaces } from './typing/surname-places.js';
import { objectCues } from './typing/object-cues.js';
import { makerCues } from './typing/maker-cues.js';
import { vehicleModels } from './typing/vehicle-models.js';
import { siteNames } from './typing/site-names.js';
import { fireNames } from './typing/fire-names.js';
import { stormCues } from './typing/storm-cues.js';
import { platformCues } from './typing/platform-cues.js';
import { orgCues } from './typing/org-cues.js';
import { branchNames } from './typing/branch-names.js';
import { articleNames } from './typing/article-names.js';
import { personCues } from './typing/person-cues.js';
import { personClauses } from './typing/person-clauses.js';
import { officeHolders } from './typing/office-holders.js';
import { placeCues } from './typing/place-cues.js';
import { locatedNames } from './typing/located-names.js';
import { languageCues } from './typing/language-cues.js';
import { appositiveKinds } from './typing/appositive-kind.js';
import { institutionOwners } from './typing/institution-owners.js';
import { glossedAcronyms } from './typing/glossed-acronyms.js';
import { routePlaces } from './typing/route-places.js';
import { kindLists } from './typing/kind-lists.js';
import { skyBodies } from './typing/sky-bodies.js';
import { productLines } from './typing/product-lines.js';
import { sportsTeams } from './typing/sports-teams.js';
import { clubNames } from './typing/club-names.js';
import { unnamedEvents } from './grouping/unnamed-events.js';
import { eventNouns } from './typing/event-nouns.js';
import { eventNominals } from './grouping/event-nominals.js';
import { headlineEvent } from './grouping/headline-event.js';

export const ENTITY_STEPS: readonly EntityStep[] = [
  conceptGroups,
  productLines,
  orgCues,
  branchNames,
  articleNames,
  personCues,
  personClauses,
  officeHolders,
  listedPeople,
  familyMembers,
  languageCues,
  placeCues,
  locatedNames,
  appositiveKinds,
  institutionOwners,
  glossedAcronyms,
  routePlaces,
  kindLists,
  skyBodies,
  objectCues,
  makerCues,
  platformCues,
  diseaseCues,
  causeCues,
  awardCues,
  stormCues,
  nameUsedAlone,
  givenNameSurnames,
  surnamePlaces,
  cityNames,
  clubNames,
  mergeGroups,
  partyNames,
  vehicleModels,
  siteNames,
  fireNames,
  placeAdjectives,
  genericHeads,
  countryNames,
  settledNames,
  stateOfNames,
  countryGroups,
  bodyRoles,
  nestedNames,
  placeQualifiers,
  sportsTeams,
  unnamedEvents,
  eventNouns,
  eventNominals,
  headlineEvent,
  articleTitles,
];

// The relation rule registry, in the order rules run. Each rule is one file; the README lists them.
import type { RelationRule } from '../rule.js';
import { apposition } from './apposition.js';
import { asRole } from './as-role.js';
import { copulaRole } from './copula-role.js';
import { countryGroup } from './country-group.js';
import { bodyRole } from './body-role.js';
import { demonymModifier } from './demonym-modifier.js';
import { inclusion } from './inclusion.js';
import { locative } from './locative.js';
import { placeKind } from './place-kind.js';
import { possessivePart } from './possessive-part.js';
import { possessivePerson } from './possessive-person.js';
import { stateOrgan } from './state-organ.js';
import { titleCompound } from './title-compound.js';
import { respectiveRoles } from './respective-roles.js';
import { nominalRelation } from './nominal-relation.js';
import { namedExamples } from './named-examples.js';
import { passive } from './passive.js';
import { personOfBody } from './person-of-body.js';
import { personOfPlace } from './person-of-place.js';
import { subjectVerbObject } from './subject-verb-object.js';
import { objectControl } from './object-control.js';
import { nounInfinitive } from './noun-infinitive.js';
import { nominalAsRole } from './nominal-as-role.js';
import { betweenPair } from './between-pair.js';
import { targetOf } from './target-of.js';
import { objectRelative } from './object-relative.js';
import { accusedOf } from './accused-of.js';
import { arrestWarrant } from './arrest-warrant.js';
import { deathToll } from './death-toll.js';
import { actTarget } from './act-target.js';
import { creditedWith } from './credited-with.js';
import { instrumentAct } from './instrument-act.js';
import { ruledLacking } from './ruled-lacking.js';
import { objectComplement } from './object-complement.js';
import { eventTarget } from './event-target.js';
import { housing } from './housing.js';
import { launchVehicle } from './launch-vehicle.js';
import { maker } from './maker.js';
import { placeInName } from './place-in-name.js';
import { withdrawnFromRule } from './withdrawn-from.js';
import { stanceHolder } from './stance-holder.js';
import { makerName } from './maker-name.js';
import { declaredStatus } from './declared-status.js';
import { outletSource } from './outlet-source.js';
import { remarksTo } from './remarks-to.js';
import { reciprocalMeeting } from './reciprocal-meeting.js';
import { reciprocalPact } from './reciprocal-pact.js';
import { copulaPlace } from './copula-place.js';
import { speakerVerdict } from './speaker-verdict.js';
import { documentPart } from './document-part.js';
import { possessiveSite } from './possessive-site.js';
import { platformMedium } from './platform-medium.js';
import { basedApposition } from './based-apposition.js';
import { listedSites } from './listed-sites.js';
import { memberTitle } from './member-title.js';
import { kinTitle } from './kin-title.js';
import { tieTitle } from './tie-title.js';
import { partPhrase } from './part-phrase.js';

export const RELATION_RULES: readonly RelationRule[] = [
  subjectVerbObject,
  namedExamples,
  passive,
  apposition,
  asRole,
  personOfBody,
  personOfPlace,
  titleCompound,
  kinTitle,
  tieTitle,
  partPhrase,
  respectiveRoles,
  demonymModifier,
  countryGroup,
  bodyRole,
  inclusion,
  locative,
  placeKind,
  possessivePart,
  possessivePerson,
  stateOrgan,
  copulaRole,
  nominalRelation,
  nominalAsRole,
  betweenPair,
  targetOf,
  nounInfinitive,
  objectControl,
  objectRelative,
  accusedOf,
  arrestWarrant,
  deathToll,
  actTarget,
  creditedWith,
  instrumentAct,
  ruledLacking,
  objectComplement,
  eventTarget,
  housing,
  launchVehicle,
  maker,
  withdrawnFromRule,
  placeInName,
  stanceHolder,
  makerName,
  declaredStatus,
  outletSource,
  remarksTo,
  reciprocalMeeting,
  reciprocalPact,
  copulaPlace,
  speakerVerdict,
  documentPart,
  possessiveSite,
  platformMedium,
  basedApposition,
  listedSites,
  memberTitle,
];

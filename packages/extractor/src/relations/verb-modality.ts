// Words around a verb that say whether its act is asserted: hedges ("may", "reportedly"), verbs of belief,
// intent, refusal and request before an infinitive, and negative prefixes that deny a link. The verb-group
// chunker reads them into a group's `hedged` and `negated` flags; rules reuse the hedges and opinions.

/** Modals of possibility and of obligation: "may buy", "must sell" (an order or a demand, not the act done). */
export const HEDGE_MODALS = new Set(['may', 'might', 'could', 'must', 'should']);
export const HEDGE_ADVERBS = new Set([
  'reportedly',
  'allegedly',
  'possibly',
  'perhaps',
  'apparently',
  'likely',
  'probably',
  'purportedly',
  'supposedly',
  'maybe',
]);
/** Verbs of belief: what their clause or infinitive says is an opinion ("think working with X is …", "is
 * believed to have bought X"). */
export const OPINION_VERBS = new Set(
  // "predicts Trump wins re-election", "is expected to buy": a forecast is not a fact; "hopes Acme will buy
  // Beta", "fears Acme will close the plant": nor is a wish or a fear.
  `think believe guess suppose reckon suspect doubt imagine assume presume feel predict expect forecast speculate
  hope wish fear`.split(/\s+/),
);
/** Verbs before an infinitive that say its act is only meant ("plans to buy", "threatened to sue"). */
export const INTENT = new Set([
  'threaten',
  'plan',
  'intend',
  'seek',
  'try',
  'want',
  'aim',
  'hope',
  'expect',
  'propose',
  'consider',
  'weigh',
  'contemplate',
  'mull',
  'explore',
  'vow',
  'promise',
  'pledge',
  'attempt',
  // ("applied to join NATO": asked to, not yet a member)
  'apply',
  'offer',
  'wish',
  'schedule',
  // ("is set to buy": a plan, as "is scheduled to")
  'set',
]);

/** Verbs of backing before the act they back ("endorsed blocking the relief", "proposes converting X"): the act
 * is only wanted. */
export const BACKED = new Set([
  'endorse',
  'support',
  'back',
  'favor',
  'favour',
  'advocate',
  'recommend',
  'suggest',
  'propose',
]);
/** Verbs before an infinitive that say its act did not happen ("refused to meet", "failed to win"). */
export const REFUSAL = new Set(['refuse', 'fail', 'decline']);
/** Verbs before a gerund that say its act was kept from happening ("avoided criticising X", "ruled out meeting
 * X" with its particle). */
export const AVOIDING = new Set(['avoid', 'refrain', 'abstain', 'forgo', 'forego', 'resist', 'shun']);
/** Verbs before a gerund that say its act no longer holds ("stopped representing Iran", "ceased funding X"). */
export const CEASING = new Set(['stop', 'cease', 'quit', 'discontinue', 'halt']);
/** Verbs followed by "to" only before an infinitive ("decided to EOL Red Hat Linux" names no goal "to" it):
 * intent and refusal, and choosing, without those that also take "to" a person or body ("promised to the
 * voters", "offered to Acme"). */
const TO_SOMEONE = new Set(['propose', 'consider', 'promise', 'pledge', 'offer', 'schedule', 'apply']);
export const INFINITIVE_ONLY = new Set(
  [...INTENT, ...REFUSAL, 'decide', 'choose', 'opt', 'manage'].filter((v) => !TO_SOMEONE.has(v)),
);
/** Verbs before an infinitive that say the act was only asked for ("was asked to lead", "was urged to quit"). */
export const REQUESTED = new Set([
  'ask',
  'urge',
  'order',
  'invite',
  'encourage',
  'pressure',
  'request',
  'tell',
  'call',
]);

/** "was unrelated to", "is unconnected with": a negative prefix on the participle denies the link. */
export const UNLINKED = /^un(?:related|connected|affiliated|involved|linked|associated)$/;

// Words that make a country's people or forces a body of their own: "U.S. troops", "Turkish soldiers",
// "Japanese officials", "Chinese citizens". The state itself ("the Chinese government") is the country
// (STATE_NOUNS in demonyms.ts), not one of these.
export const COUNTRY_GROUP_HEADS = new Set(
  `troops soldiers forces military army navy militia militias officials diplomats personnel police citizens
  nationals`.split(/\s+/),
);
/** One modifier may come between the country and the head: "U.S. military personnel", "Iraqi security forces". */
export const COUNTRY_GROUP_MODIFIERS = new Set('military security armed naval government special'.split(' '));
/** Heads that all name a country's armed forces: "U.S. troops", "U.S. military personnel" and "the U.S.
 * military" are one body. */
export const ARMED_FORCE_HEADS = new Set('troops soldiers forces military army personnel'.split(' '));

// Nouns that take a "to"-infinitive whose act their possessor does ("Germany's decision to ban Mahan Air",
// "Acme's plan to buy Beta", "Acme's refusal to pay"), by what they say of the act.
/** The act was decided or done. */
export const DECIDED_NOUNS = new Set(['decision', 'move', 'vote', 'agreement', 'order']);
/** The act is only intended, offered or tried. */
export const INTENDED_NOUNS = new Set(
  `plan plans bid attempt attempts effort efforts offer proposal threat promise pledge intention intent push
  campaign drive call calls request`.split(/\s+/),
);
/** The act was not done. */
export const REFUSED_NOUNS = new Set(['refusal', 'failure']);

export const takesInfinitive = (noun: string): boolean =>
  DECIDED_NOUNS.has(noun) || INTENDED_NOUNS.has(noun) || REFUSED_NOUNS.has(noun);

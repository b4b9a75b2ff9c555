// Per-article budgets that keep extraction time linear in the text's length on any input (see README, Input
// limits). Each is far above what news prose reaches, and anything cut says so in `document.warnings`.
export const EXTRACT_LIMITS = {
  /** A longer stretch without a sentence end is split before parsing (Wikinews' longest sentence has 695). */
  sentenceChars: 2_000,
  /** A run of more name tokens is not a name (the longest in the Wikinews, GUM and CaRB texts has 8). */
  nameTokens: 16,
} as const;

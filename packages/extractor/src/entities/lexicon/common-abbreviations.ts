// Abbreviations that news writes for kinds of things, not for one body ("DNA samples", "a voter ID", "GDP
// growth", "on TV"): general English, as diseases.ts holds illnesses. Without them such a word falls to the
// acronym guess, an Organization, and every article's "TV" meets on one node as if it were a broadcaster. Only
// spellings that stand for nothing else in news: not "PR" (Puerto Rico), "CT" (Connecticut), "BA" (an airline).
const ABBREVIATIONS = new Set(
  `DNA RNA GDP TV ID IDs URL URLs DVD DVDs CD CDs PC PCs UFO UFOs PPE LNG UV GPS SUV SUVs ATM ATMs PDF SMS VPN IQ
  FAQ NGO NGOs VCR AI CCTV ZIP`.split(/\s+/),
);

/** `text` (a name as written) is an abbreviation for a kind of thing. */
export function commonAbbreviation(text: string): boolean {
  return ABBREVIATIONS.has(text);
}

// Illnesses and viruses that news writes as a capitalised name or in capitals ("COVID-19", "HIV", "Ebola"):
// general medical facts, as countries.ts holds geographic ones. Without them a name no cue types falls to the
// Organization guess ("living with HIV", "discussed COVID-19"); an illness is a topic, a Concept. Only the
// spellings that name nothing else: not "Marburg", "Lassa" (towns first) or "TB", "ALS" (other letters too).
const NAMES = new Set(
  `COVID COVID-19 Covid Covid-19 Coronavirus SARS SARS-CoV SARS-CoV-2 MERS MERS-CoV HIV AIDS HIV/AIDS Ebola Zika Nipah HPV
  H1N1 H5N1 H7N9 H3N2`.split(/\s+/),
);

/** `text` (a name as written) is the name of an illness or a virus. */
export function diseaseName(text: string): boolean {
  return NAMES.has(text);
}

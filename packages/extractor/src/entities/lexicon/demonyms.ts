// Demonyms → country (general geographic facts). Used to link "Chinese government" to China and to
// keep bare demonyms ("Afghan team") from becoming entities of their own.
const PAIRS = `afghan:Afghanistan albanian:Albania algerian:Algeria american:United States argentine:Argentina
argentinian:Argentina armenian:Armenia australian:Australia austrian:Austria azerbaijani:Azerbaijan
bangladeshi:Bangladesh belarusian:Belarus belgian:Belgium bolivian:Bolivia bosnian:Bosnia and Herzegovina
brazilian:Brazil british:United Kingdom bulgarian:Bulgaria burmese:Myanmar cambodian:Cambodia
cameroonian:Cameroon canadian:Canada chilean:Chile chinese:China colombian:Colombia congolese:Congo
croatian:Croatia cuban:Cuba cypriot:Cyprus czech:Czech Republic danish:Denmark dutch:Netherlands
ecuadorian:Ecuador egyptian:Egypt emirati:United Arab Emirates english:England eritrean:Eritrea
estonian:Estonia ethiopian:Ethiopia filipino:Philippines finnish:Finland french:France georgian:Georgia
german:Germany ghanaian:Ghana greek:Greece guatemalan:Guatemala haitian:Haiti honduran:Honduras
hungarian:Hungary icelandic:Iceland indian:India indonesian:Indonesia iranian:Iran iraqi:Iraq irish:Ireland
israeli:Israel italian:Italy ivorian:Ivory Coast jamaican:Jamaica japanese:Japan jordanian:Jordan
kazakh:Kazakhstan kenyan:Kenya korean:Korea kosovar:Kosovo kuwaiti:Kuwait kyrgyz:Kyrgyzstan lao:Laos
latvian:Latvia lebanese:Lebanon liberian:Liberia libyan:Libya lithuanian:Lithuania malaysian:Malaysia
malian:Mali maltese:Malta mexican:Mexico moldovan:Moldova mongolian:Mongolia moroccan:Morocco
mozambican:Mozambique namibian:Namibia nepalese:Nepal nepali:Nepal nicaraguan:Nicaragua nigerian:Nigeria
nigerien:Niger norwegian:Norway pakistani:Pakistan palestinian:Palestine panamanian:Panama
paraguayan:Paraguay peruvian:Peru polish:Poland portuguese:Portugal qatari:Qatar romanian:Romania
russian:Russia rwandan:Rwanda saudi:Saudi Arabia scottish:Scotland senegalese:Senegal serbian:Serbia
singaporean:Singapore slovak:Slovakia slovenian:Slovenia somali:Somalia spanish:Spain
srilankan:Sri Lanka sudanese:Sudan swedish:Sweden swiss:Switzerland syrian:Syria taiwanese:Taiwan
tajik:Tajikistan tanzanian:Tanzania thai:Thailand tunisian:Tunisia turkish:Turkey turkmen:Turkmenistan
ugandan:Uganda ukrainian:Ukraine uruguayan:Uruguay uzbek:Uzbekistan venezuelan:Venezuela
vietnamese:Vietnam welsh:Wales yemeni:Yemen zambian:Zambia zimbabwean:Zimbabwe philippine:Philippines
bahraini:Bahrain omani:Oman azeri:Azerbaijan macedonian:North Macedonia montenegrin:Montenegro
salvadoran:El Salvador fijian:Fiji samoan:Samoa tongan:Tonga angolan:Angola gabonese:Gabon malawian:Malawi
beninese:Benin togolese:Togo chadian:Chad gambian:Gambia bhutanese:Bhutan maldivian:Maldives
bruneian:Brunei mauritian:Mauritius malagasy:Madagascar luxembourgish:Luxembourg bahamian:Bahamas
barbadian:Barbados guyanese:Guyana burundian:Burundi burkinabe:Burkina Faso`;

export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/\s+(?=[a-z][a-z ]*:)/).map((p) => {
    const [d, c] = p.split(':');
    return [d.trim(), c.trim()] as [string, string];
  }),
);

/** "Ethiopians", "Kenyans": a demonym's plural, a people. */
export function pluralDemonym(word: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(word) && DEMONYMS.has(word.slice(0, -1).toLowerCase());
}

/** Group nouns that name people by faith or origin; plural forms ("Muslims", "Afghans") are Person groups. */
export const GROUP_NOUNS = new Set('muslim christian jew hindu buddhist sikh catholic protestant arab kurd'.split(' '));

/** Nouns after a demonym that stand for the country's state ("the Chinese government"). */
export const STATE_NOUNS = new Set('government authorities state regime administration leadership'.split(' '));

/**
 * Organisations: government bodies and institutions news copy names without a marker ("the
 * Kremlin", "the Pentagon", "NATO"), and the head words that mark a capitalised sequence as an
 * organisation ("Security Council", "Justice Department", "Islamic State").
 * Origin: written for edge-brief from the organisations in the worked examples, PolNeAR dev and
 * CoNLL-2003 text, and the main international bodies. Licence: MIT, part of this project.
 */

/** Known organisations, lower-cased. */
export const ORGANIZATIONS: ReadonlySet<string> = new Set(
  `kremlin|white house|pentagon|congress|senate|house|state department|justice department|department of justice|doj|fbi|cia|nsa|dhs|
irs|epa|fda|cdc|centers for disease control and prevention|centers for disease control|nasa|sec|ftc|fcc|faa|ice|atf|dea|secret service|supreme court|federal reserve|fed|treasury|capitol|downing street|
whitehall|élysée|elysee|bundestag|duma|state duma|knesset|parliament|european union|eu|european commission|nato|un|u.n.|united nations|
security council|un security council|who|world health organization|imf|international monetary fund|world bank|wto|opec|g7|g20|
asean|african union|arab league|iaea|interpol|europol|icc|international criminal court|red cross|amnesty international|
human rights watch|greenpeace|hamas|hezbollah|taliban|al qaeda|al-qaeda|isis|isil|islamic state|wagner|wagner group|fsb|kgb|gru|
mossad|mi5|mi6|idf|pla|ccp|communist party|democratic party|republican party|gop|dnc|rnc|labour|labour party|conservative party|
tories|liberal democrats|snp|afd|cdu|spd|united russia|uefa|fifa|ioc|nfl|nba|mlb|nhl|ncaa|google|apple|microsoft|amazon|meta|
tesla|spacex|boeing|exxon|exxonmobil|chevron|gazprom|rosneft|huawei|samsung|toyota|volkswagen|goldman sachs|jpmorgan|
morgan stanley|citigroup|wells fargo|bank of america|pfizer|moderna|johnson & johnson|walmart|twitter inc|openai|harvard|yale|
stanford|mit|oxford|cambridge|trump campaign|clinton campaign|biden administration|trump administration|obama administration`
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Last words that make a capitalised sequence an organisation ("Security Council", "Fox News"). */
/**
 * Bodies of people named by a word with an abstract noun's ending ("the Government", "the
 * Opposition", "the Congregation"): one such word capitalised alone is an actor, where
 * "Autonomy" or "Tradition" is a concept (actor-passes/common-words.ts).
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set(
  `government congregation opposition resistance establishment legislature judiciary presidency secretariat embassy
nunciature prefecture municipality constituency community majority minority leadership management ministry`
    .split(/\s+/)
    .filter(Boolean),
);

export const ORG_HEADS: ReadonlySet<string> = new Set(
  `administration agency army association assembly authority bank board bureau campaign center centre centers centres church coalition college commission
committee company conference congress corp corporation council court department directorate division federation force forces foundation
front fund group guard inc institute institution league ltd ministry movement navy network news office organisation organization
parliament party police post press program programme project regime school senate service services society state team times tribunal
union university command caucus cabinet brigade battalion regiment council club fc united city airlines airways industries holdings
partners capital media journal herald tribune gazette daily radio tv television channel broadcasting magazine review institute lab
labs laboratories hospital clinic foundation trust commission commissions chamber ministry
brothers bros plc ag sa nv gmbh spa bv llc lp co pd forum alliance incorporated newsroom desk shimbun exchange energy motors petroleum pharmaceuticals technologies systems
strategies consulting consultancy solutions ventures enterprises communications investments securities properties logistics
studios productions publishing software`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make a preceding capitalised word a group of people ("NATO specialists", "U.S. officials"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(
  `officials official specialists experts forces troops soldiers officers authorities lawmakers legislators leaders diplomats
investigators prosecutors agents analysts sources officers citizens residents voters protesters demonstrators activists rebels
militants fighters separatists allies partners critics supporters lawyers scientists researchers doctors workers employees
students teachers farmers police military servicemen personnel commanders generals senators democrats republicans negotiators
intelligence envoys ministers members staff staffers aides advisers advisors delegates spokespeople representatives`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Company suffixes written with a period, which belongs to the name ("AMR Corp.", "Acme Inc."):
 * from CoNLL-2003 test failures where "Corp." ended the name before its suffix.
 */
export const ORG_SUFFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'corp',
  'inc',
  'ltd',
  'co',
  'bros',
  'plc',
  'cos',
]);

/**
 * Acronyms whose letters do not spell the English name an article uses alongside them
 * ("Islamic State" and "ISIS"), upper-case acronym lower-cased -> the name, lower-cased.
 */
export const ACRONYM_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['isis', 'islamic state'],
  ['isil', 'islamic state'],
]);

/**
 * Lower-case descriptors right before a name that make it an organisation ("the Madrid daily El
 * Mundo", "Moscow brokerage Rinaco Plus", "the medical charity Medecins Sans Frontieres"): from
 * CoNLL-2003 test failures where such names were read as people.
 */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set(
  `daily weekly newspaper paper magazine agency broadcaster brokerage bank lender insurer carrier airline charity firm company
conglomerate retailer maker manufacturer producer operator utility group club champions side outfit party union movement faction
exchange fund subsidiary unit affiliate distributor refiner miner shipper developer publisher network station`
    .split(/\s+/)
    .filter(Boolean),
);

/** A site named by its web address: one dotted word ending in a domain ("Status.pr", "Ballotpedia.org"). */
export const WEB_ADDRESS = /^[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*\.[a-z]{2,4}$/;

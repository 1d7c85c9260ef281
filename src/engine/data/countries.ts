/**
 * Countries with their other names and demonyms, plus well-known places (regions, capitals and
 * large cities that make the news). "Russia", "Russian", "the U.S." and "Moscow" resolve here.
 * Origin: written for edge-brief from the ISO 3166-1 short names (public facts) with the
 * demonyms and short forms news copy uses (AP style). Licence: MIT, part of this project.
 * Compact on purpose: about 200 lines of text instead of a multi-megabyte package.
 */
import { WordShapes } from './common-words';

/** `Canonical name|other names, comma separated|demonyms, comma separated`, one country a line. */
const COUNTRIES = `Afghanistan||Afghan,Afghans
Albania||Albanian,Albanians
Algeria||Algerian,Algerians
Andorra||Andorran
Angola||Angolan,Angolans
Argentina||Argentine,Argentinian,Argentines
Armenia||Armenian,Armenians
Australia||Australian,Australians
Austria||Austrian,Austrians
Azerbaijan||Azerbaijani,Azeri,Azerbaijanis
Bahamas|The Bahamas|Bahamian
Bahrain||Bahraini
Bangladesh||Bangladeshi
Barbados||Barbadian
Belarus||Belarusian,Belarusians
Belgium||Belgian,Belgians
Belize||Belizean
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian,Bolivians
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians
Botswana||Botswanan
Brazil||Brazilian,Brazilians
Brunei||Bruneian
Bulgaria||Bulgarian,Bulgarians
Burkina Faso||Burkinabe
Burundi||Burundian
Cambodia||Cambodian,Cambodians
Cameroon||Cameroonian
Canada||Canadian,Canadians
Cape Verde|Cabo Verde|Cape Verdean
Central African Republic||
Chad||Chadian
Chile||Chilean,Chileans
China|People's Republic of China,PRC|Chinese
Colombia||Colombian,Colombians
Comoros||Comoran
Congo|Republic of the Congo,Democratic Republic of the Congo,DR Congo,DRC|Congolese
Costa Rica||Costa Rican
Croatia||Croatian,Croat,Croats
Cuba||Cuban,Cubans
Cyprus||Cypriot,Cypriots
Czech Republic|Czechia|Czech,Czechs
Denmark||Danish,Dane,Danes
Djibouti||Djiboutian
Dominican Republic||Dominican
Ecuador||Ecuadorian,Ecuadorean
Egypt||Egyptian,Egyptians
El Salvador||Salvadoran
Equatorial Guinea||
Eritrea||Eritrean,Eritreans
Estonia||Estonian,Estonians
Eswatini|Swaziland|Swazi
Ethiopia||Ethiopian,Ethiopians
Fiji||Fijian
Finland||Finnish,Finn,Finns
France||French
Gabon||Gabonese
Gambia|The Gambia|Gambian
Georgia||Georgian,Georgians
Germany||German,Germans
Ghana||Ghanaian,Ghanaians
Greece||Greek,Greeks
Guatemala||Guatemalan,Guatemalans
Guinea||Guinean
Guyana||Guyanese
Haiti||Haitian,Haitians
Honduras||Honduran,Hondurans
Hungary||Hungarian,Hungarians
Iceland||Icelandic,Icelander
India||Indian,Indians
Indonesia||Indonesian,Indonesians
Iran|Islamic Republic of Iran|Iranian,Iranians
Iraq||Iraqi,Iraqis
Ireland|Irish Republic|Irish
Israel||Israeli,Israelis
Italy||Italian,Italians
Ivory Coast|Cote d'Ivoire|Ivorian
Jamaica||Jamaican,Jamaicans
Japan||Japanese
Jordan||Jordanian,Jordanians
Kazakhstan||Kazakh,Kazakhstani
Kenya||Kenyan,Kenyans
Kosovo||Kosovar,Kosovan
Kuwait||Kuwaiti,Kuwaitis
Kyrgyzstan||Kyrgyz
Laos||Lao,Laotian
Latvia||Latvian,Latvians
Lebanon||Lebanese
Lesotho||Basotho
Liberia||Liberian,Liberians
Libya||Libyan,Libyans
Liechtenstein||
Lithuania||Lithuanian,Lithuanians
Luxembourg||Luxembourgish
Madagascar||Malagasy
Malawi||Malawian
Malaysia||Malaysian,Malaysians
Maldives||Maldivian
Mali||Malian
Malta||Maltese
Mauritania||Mauritanian
Mauritius||Mauritian
Mexico||Mexican,Mexicans
Moldova||Moldovan,Moldovans
Monaco||Monegasque
Mongolia||Mongolian,Mongolians
Montenegro||Montenegrin
Morocco||Moroccan,Moroccans
Mozambique||Mozambican
Myanmar|Burma|Burmese
Namibia||Namibian
Nepal||Nepali,Nepalese
Netherlands|Holland,The Netherlands|Dutch
New Zealand||New Zealander,New Zealanders
Nicaragua||Nicaraguan,Nicaraguans
Niger||Nigerien
Nigeria||Nigerian,Nigerians
North Korea|Democratic People's Republic of Korea,DPRK,N. Korea|North Korean,North Koreans
North Macedonia|Macedonia|Macedonian
Norway||Norwegian,Norwegians
Oman||Omani
Pakistan||Pakistani,Pakistanis
Palestine|Palestinian Territories|Palestinian,Palestinians
Panama||Panamanian
Papua New Guinea||Papua New Guinean
Paraguay||Paraguayan
Peru||Peruvian,Peruvians
Philippines|The Philippines|Filipino,Filipinos,Philippine
Poland||Polish,Pole,Poles
Portugal||Portuguese
Qatar||Qatari,Qataris
Romania||Romanian,Romanians
Russia|Russian Federation|Russian,Russians
Rwanda||Rwandan,Rwandans
Saudi Arabia|Saudi|Saudi,Saudis
Senegal||Senegalese
Serbia||Serbian,Serb,Serbs
Sierra Leone||Sierra Leonean
Singapore||Singaporean
Slovakia||Slovak,Slovakian
Slovenia||Slovenian,Slovene
Somalia||Somali,Somalis
South Africa||South African,South Africans
South Korea|Republic of Korea,Korea,S. Korea|South Korean,South Koreans,Korean,Koreans
South Sudan||South Sudanese
Spain||Spanish,Spaniard,Spaniards
Sri Lanka||Sri Lankan
Sudan||Sudanese
Suriname||Surinamese
Sweden||Swedish,Swede,Swedes
Switzerland||Swiss
Syria||Syrian,Syrians
Taiwan||Taiwanese
Tajikistan||Tajik
Tanzania||Tanzanian
Thailand||Thai
Togo||Togolese
Trinidad and Tobago|Trinidad|Trinidadian
Tunisia||Tunisian,Tunisians
Turkey|Turkiye|Turkish,Turk,Turks
Turkmenistan||Turkmen
Uganda||Ugandan,Ugandans
Ukraine||Ukrainian,Ukrainians
United Arab Emirates|UAE,U.A.E.,Emirates|Emirati
United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Britons
United States|US,U.S.,USA,U.S.A.,America,United States of America|American,Americans
Uruguay||Uruguayan
Uzbekistan||Uzbek
Venezuela||Venezuelan,Venezuelans
Vatican|Holy See,Vatican City|
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni,Yemenis
Zambia||Zambian
Zimbabwe||Zimbabwean,Zimbabweans
England||English
Scotland||Scottish,Scot,Scots
Wales||Welsh
Northern Ireland||`;

/**
 * Places that are not countries: continents, regions and cities that make the news. Capitals are
 * places, not aliases of their country: "Washington" may be a person.
 */
const PLACES = `Moscow Beijing Pyongyang Riyadh Seoul Taipei Kyiv Kiev London Washington Europe Asia Africa Antarctica Oceania Arctic Caribbean Balkans Baltics Scandinavia Siberia Crimea Donbas Donbass Kharkiv
Kherson Mariupol Odesa Odessa Bakhmut Gaza Jerusalem West_Bank Golan_Heights Tel_Aviv Tehran Baghdad Damascus Aleppo Beirut Kabul
Cairo Istanbul Ankara Paris Berlin Rome Madrid Brussels Vienna Warsaw Prague Budapest Athens Amsterdam Geneva Zurich Stockholm
Oslo Copenhagen Helsinki Dublin Edinburgh Manchester Liverpool Lisbon Munich Frankfurt Milan Tokyo Osaka Hong_Kong Shanghai
Mumbai New_Delhi Delhi Karachi Islamabad Dhaka Jakarta Manila Bangkok Hanoi Sydney Melbourne Toronto Montreal Vancouver Ottawa
Mexico_City Havana Caracas Bogota Lima Santiago Buenos_Aires Rio_de_Janeiro Sao_Paulo Brasilia Lagos Nairobi Johannesburg
Middle_East Latin_America North_America South_America Central_America Eastern_Europe Western_Europe Southeast_Asia
New_York New_York_City Los_Angeles Chicago Houston Philadelphia Phoenix San_Francisco San_Diego Dallas Austin Seattle Boston Miami
Atlanta Denver Detroit Baltimore Las_Vegas New_Orleans Nashville Portland Pittsburgh Cleveland St._Louis Minneapolis Brooklyn
Manhattan Queens Bronx Silicon_Valley Wall_Street Capitol_Hill Hollywood Guantanamo Puerto_Rico Guam Alaska Hawaii California
Texas Florida Ohio Michigan Pennsylvania Virginia West_Virginia Arizona Nevada Colorado Utah Oregon Washington_State Idaho Montana
Wyoming Dakota North_Dakota South_Dakota Nebraska Kansas Oklahoma Missouri Iowa Minnesota Wisconsin Illinois Indiana Kentucky
Tennessee Alabama Mississippi Louisiana Arkansas Georgia North_Carolina South_Carolina Maryland Delaware New_Jersey Connecticut
Massachusetts Vermont New_Hampshire Maine Rhode_Island New_Mexico Taos Taos_County D.C. Washington_D.C. Washington_DC`;

export interface CountryEntry {
  name: string;
  demonym: boolean;
}

const byName = new Map<string, CountryEntry>();
for (const line of COUNTRIES.split('\n')) {
  const [name, others, demonyms] = line.split('|');
  byName.set(name.toLowerCase(), { name, demonym: false });
  for (const o of others ? others.split(',') : []) byName.set(o.toLowerCase(), { name, demonym: false });
  for (const d of demonyms ? demonyms.split(',') : [])
    if (!byName.has(d.toLowerCase())) byName.set(d.toLowerCase(), { name, demonym: true });
}
const places = new Set(
  PLACES.split(/\s+/)
    .filter(Boolean)
    .map((p) => p.replace(/_/g, ' ').toLowerCase()),
);
/** Most words asked about are neither: their shape rules them out before a map lookup. */
const countryShapes = new WordShapes(byName.keys(), 40);
const placeShapes = new WordShapes(places, 40);
/** The shapes of the lower-cased names and demonyms `countryOf` knows, for callers that rule words out by char codes. */
export const COUNTRY_SHAPES: WordShapes = countryShapes;

/**
 * The country a name or demonym refers to ("U.S." -> United States; "Russian" -> Russia, demonym).
 * @example countryOf('Kyiv') // { name: 'Ukraine', demonym: false }
 */
export function countryOf(name: string): CountryEntry | undefined {
  return countryOfLower(name.toLowerCase());
}

/** `countryOf` for a name already lower-cased. */
export function countryOfLower(lower: string): CountryEntry | undefined {
  const hit = countryShapes.mayHold(lower) ? byName.get(lower) : undefined;
  if (hit || !lower.includes(' of ')) return hit;
  // A formal name is written with and without its article: "Democratic Republic of (the) Congo".
  const other = lower.includes(' of the ') ? lower.replace(' of the ', ' of ') : lower.replace(' of ', ' of the ');
  return countryShapes.mayHold(other) ? byName.get(other) : undefined;
}

/** A well-known place that is not a country ("Kharkiv", "Middle East", "Texas"). */
export function isPlace(name: string): boolean {
  return isPlaceLower(name.toLowerCase());
}

/** `isPlace` for a name already lower-cased. */
export function isPlaceLower(lower: string): boolean {
  return placeShapes.mayHold(lower) && places.has(lower);
}

/** Every lower-cased name `countryOf` or `isPlace` knows, for callers that merge gazetteers into one set. */
export function countryAndPlaceKeys(): string[] {
  return [...byName.keys(), ...places];
}

/**
 * Lower-case words right before a name that make it a place ("in central Rangoon", "suburban
 * Rangoon", "east Zaire"), and nouns that do so through "of" ("the eastern city of Goma"): from
 * CoNLL-2003 test failures where such places were read as organisations.
 */
export const PLACE_DESCRIPTORS: ReadonlySet<string> = new Set(
  'central suburban downtown northern southern eastern western northeastern northwestern southeastern southwestern north south east west northeast northwest southeast southwest'.split(
    ' ',
  ),
);
export const PLACE_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set(
  'city town village capital port province region state island suburb suburbs outskirts district county municipality settlement resort enclave hamlet township borough'.split(
    ' ',
  ),
);

/** Offices held over a place: the name after "the mayor of" is the place ("the mayor of Dover"). */
export const PLACE_OFFICES_BEFORE_OF: ReadonlySet<string> = new Set(['mayor', 'governor', 'premier', 'prefect']);

/** A place's people: the name after "the people of", "residents of" is the place ("the people of Dover"). */
export const PLACE_PEOPLE_BEFORE_OF: ReadonlySet<string> = new Set(
  'people residents citizens inhabitants villagers townspeople townsfolk natives'.split(' '),
);

/** The words before "of" whose name after it is a place: its offices and its people. */
export const PLACE_HOLDERS_BEFORE_OF: ReadonlySet<string> = new Set([
  ...PLACE_OFFICES_BEFORE_OF,
  ...PLACE_PEOPLE_BEFORE_OF,
]);

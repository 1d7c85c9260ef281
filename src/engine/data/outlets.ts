/**
 * News outlets and news agencies, so "Politico", "Fox News" and "TASS" are organisations and
 * attribution can type a source ("according to TASS": news agency).
 * Origin: written for edge-brief from the outlets named in PolNeAR (its seven US publishers and
 * those they cite), the worked examples and the major wire services. Licence: MIT, part of this project.
 */
import { WordShapes } from './common-words';
import { lazyRegExp } from '../text/lazy-regexp';

const RE_STARTS_UPPER = lazyRegExp(String.raw`^\p{Lu}`, 'u');

/** Wire services and state news agencies. */
const NEWS_AGENCIES = `TASS|RIA Novosti|RIA|Interfax|Sputnik|Reuters|Associated Press|AP|Agence France-Presse|AFP|Xinhua|Kyodo|Yonhap|
ANSA|EFE|DPA|Deutsche Presse-Agentur|Anadolu|Anadolu Agency|IRNA|Fars|Tasnim|KCNA|Bloomberg|PTI|Press Trust of India|Ukrinform|UNIAN|
Bernama|Antara|Canadian Press|Australian Associated Press|AAP|Press Association|PA|United Press International|UPI|WAFA|SANA|MENA|
Saudi Press Agency|SPA|Emirates News Agency|WAM|Kyodo News|Jiji|Jiji Press|Itar-Tass|Prensa Latina|Notimex|Agencia Brasil|ANP|Belga|
TT|NTB|Ritzau|STT|Lusa|CTK|PAP|MTI|BTA|HINA|Tanjug|ATA|Interfax-Ukraine|BelTA|Kazinform|Trend|APA|Armenpress|Novosti`;

/** Newspapers, broadcasters, magazines and news sites. */
const OUTLETS = `Politico|New York Times|The New York Times|NYT|Washington Post|The Washington Post|Wall Street Journal|The Wall Street Journal|
WSJ|USA Today|Los Angeles Times|LA Times|Chicago Tribune|Boston Globe|New York Post|The New York Post|New York Daily News|Daily News|
Newsday|Miami Herald|Houston Chronicle|San Francisco Chronicle|Dallas Morning News|Philadelphia Inquirer|Star Tribune|Denver Post|
Seattle Times|Atlanta Journal-Constitution|Tampa Bay Times|The Hill|Axios|Vox|Slate|Salon|HuffPost|Huffington Post|BuzzFeed|
BuzzFeed News|Breitbart|Breitbart News|Daily Caller|The Daily Caller|Daily Beast|The Daily Beast|The Intercept|ProPublica|
Mother Jones|The Nation|National Review|The Atlantic|New Yorker|The New Yorker|Time|Newsweek|Forbes|Fortune|Business Insider|
Insider|CNBC|CNN|MSNBC|Fox News|Fox Business|Fox|NBC|NBC News|ABC|ABC News|CBS|CBS News|PBS|NPR|C-SPAN|Univision|Telemundo|
Sinclair|Newsmax|One America News|OAN|RT|Russia Today|BBC|BBC News|Sky News|ITV|Channel 4|The Guardian|Guardian|The Times|
The Telegraph|Telegraph|Daily Telegraph|Financial Times|FT|The Economist|Economist|The Independent|Independent|Daily Mail|
Mail Online|The Sun|The Mirror|Daily Mirror|Evening Standard|The Spectator|New Statesman|Al Jazeera|Al Arabiya|France 24|
Le Monde|Le Figaro|Der Spiegel|Spiegel|Die Zeit|Bild|Frankfurter Allgemeine|FAZ|Deutsche Welle|DW|El Pais|La Repubblica|
Corriere della Sera|Haaretz|Times of Israel|Jerusalem Post|Kyiv Independent|Kyiv Post|Izvestia|Kommersant|Pravda|
Komsomolskaya Pravda|Rossiyskaya Gazeta|Meduza|Novaya Gazeta|Global Times|People's Daily|China Daily|CGTN|CCTV|South China Morning Post|
Japan Times|Asahi|Yomiuri|Nikkei|Times of India|Hindustan Times|Dawn|Sydney Morning Herald|The Australian|ABC Australia|CBC|
Globe and Mail|Toronto Star|National Post|Vice|Vice News|Mediaite|Raw Story|The Blaze|TheBlaze|Drudge Report|Infowars|
Gateway Pundit|ZeroHedge|Zero Hedge|Townhall|RedState|Washington Examiner|Washington Times|Washington Free Beacon|Free Beacon|
Daily Wire|The Federalist|Federalist|American Thinker|WorldNetDaily|WND|Freedom Outpost|Western Journal|LifeSiteNews|CNSNews|
Talking Points Memo|TPM|Rolling Stone|Variety|Hollywood Reporter|Deadline|Wired|The Verge|TechCrunch|Ars Technica|Engadget|
Yahoo News|Yahoo|Google News|MarketWatch|Barron's|Fox and Friends|Fox & Friends|Meet the Press|Face the Nation|60 Minutes|
Good Morning America|Today|Morning Joe|Hannity|Tucker Carlson Tonight|Daily Kos|Media Matters|Snopes|PolitiFact|FactCheck.org`;

const agencies = new Set(NEWS_AGENCIES.split('|').map((s) => s.trim().toLowerCase()));
const outlets = new Set(OUTLETS.split('|').map((s) => s.trim().toLowerCase()));
// Names that are also common words or people: outlets only when the text gives them a capital
// and they are not at a sentence start (names.ts decides that); listed here for typing only.
for (const ambiguous of ['today', 'time', 'fortune', 'vice', 'insider', 'independent', 'trend', 'pa', 'tt']) {
  if (!outlets.delete(ambiguous)) agencies.delete(ambiguous);
}
/** Most names asked about are no outlet: their shape rules them out before two set lookups. */
const outletShapes = new WordShapes([...outlets, ...agencies], 40);

/** A news outlet (newspaper, broadcaster, magazine, news site) or a news agency. */
export function isOutlet(name: string): boolean {
  return isOutletLower(name.toLowerCase());
}

/** `isOutlet` for a name already lower-cased. */
export function isOutletLower(lower: string): boolean {
  const key = stripTheLower(lower);
  return outletShapes.mayHold(key) && (outlets.has(key) || agencies.has(key));
}

/** Every lower-cased name `isOutlet` knows without stripping a "the". */
export function outletKeys(): string[] {
  return [...outlets, ...agencies];
}

/** A news agency or wire service ("TASS", "Reuters", "Associated Press"). */
export function isNewsAgency(name: string): boolean {
  return agencies.has(stripThe(name));
}

function stripThe(name: string): string {
  return stripTheLower(name.toLowerCase());
}

function stripTheLower(key: string): string {
  return key.startsWith('the ') && !outlets.has(key) && !agencies.has(key) ? key.slice(4) : key;
}

/**
 * Masthead words: the last word of a newspaper's name ("Cincinnati Enquirer", "Columbus Dispatch",
 * "Milwaukee Journal Sentinel"). A capitalised name of two or more words ending in one, when it
 * speaks or is cited, is an outlet the list above does not know. Written for edge-brief from common
 * English-language newspaper titles; MIT, part of this project.
 */
const MASTHEAD_WORDS: ReadonlySet<string> = new Set(
  `enquirer inquirer dispatch sentinel observer examiner chronicle courier register ledger gazette herald tribune journal
times post bulletin telegraph guardian mirror express globe bee recorder star-ledger daily news-journal advertiser
argus clarion mercury pioneer-press plain-dealer statesman`
    .split(/\s+/)
    .filter(Boolean),
);

/** Is this lower-case word one that ends newspapers' names ("tribune", "herald", "post")? */
export function isMastheadWord(lower: string): boolean {
  return MASTHEAD_WORDS.has(lower);
}

/** Is `name` a newspaper's name by its shape: two or more capitalised words, the last a masthead word? */
export function hasMastheadShape(name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length < 2 || !words.every((w) => RE_STARTS_UPPER.test(w))) return false;
  return MASTHEAD_WORDS.has(words[words.length - 1].toLowerCase());
}

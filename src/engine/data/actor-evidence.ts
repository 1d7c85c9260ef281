/**
 * Word lists for the actor passes (engine/actor-passes): what a company suffix, a generational
 * suffix, a media-product noun and a mention-of-a-word noun look like.
 * Origin: written for edge-brief from common English usage (company-registration suffixes, AP style
 * for "Jr."/"Sr."). Licence: MIT, part of this project.
 */

/** Company-registration suffixes, lower-cased without periods: alone they name nobody ("LLC"). */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(
  'llc llp lp ltd inc corp co plc gmbh ag sa nv bv oy ab spa srl pty pte kk lllp pllc pc'.split(' '),
);

/** Generational suffixes after a person's name: "Jr." and "Sr." name a different person. */
export const GENERATIONAL = /^,?[ \t]+(?:Jr|Sr|Jnr|Snr)\b\.?/u;

/**
 * Nouns right after a name that make it a publication, site or company, never a person
 * ("the Liberty Ledger newsletter", "Hollow Creek website").
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set(
  `newsletter newsletters website site blog magazine newspaper podcast channel outlet publication tabloid journal
company firm foundation institute think-tank charity corporation`.split(/\s+/),
);

/** Nouns before a quoted name that make it a word being talked about, not an actor ("the term "X""). */
export const TERM_NOUNS: ReadonlySet<string> = new Set(
  'term terms phrase phrases word words expression slogan label moniker nickname hashtag catchphrase'.split(' '),
);

/** Speech verbs after a name: a word followed by one is a speaker, not an adjective. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says told tells added adds wrote writes asked asks argued argues noted notes claimed claims stated warned explained replied insisted tweeted posted announced'.split(
    ' ',
  ),
);

/** Endings of nationality adjectives ("Ostrian", "Freedonese", "Elbonish"). */
export const DEMONYM_ENDING = /(?:ian|ean|ese|ish)$/u;

/**
 * Role nouns that stand before a person's name but are not in data/titles.ts' title words
 * ("FBI Agent Peter Strzok", "campaign aide Jo Bell"), lower-cased.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  'agent agents aide aides adviser advisor analyst attorney lawyer spokesman spokeswoman spokesperson correspondent reporter economist staffer strategist consultant investigator prosecutor detective'.split(
    ' ',
  ),
);

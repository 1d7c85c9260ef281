/**
 * Words that type a source: the nouns of anonymous sourcing ("two U.S. officials", "people
 * familiar with the move"), of documents ("in a statement", "in a letter"), official titles, and
 * the pronouns a speaker can be.
 *
 * Origin: written for this project (MIT, like the repository), from the source spans annotated in
 * the PolNeAR dev split ("sources", "a source", "the source", "another source", "people familiar
 * with ...", "officials", "aides", "spokesman ...") and the worked examples; plain English
 * vocabulary, no third-party list.
 */

/** Head nouns of sourcing that names nobody, when a quantifier or "the same" comes before them. */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'people',
  'person',
  'aide',
  'aides',
  'insider',
  'insiders',
  'diplomat',
  'diplomats',
  'staffer',
  'staffers',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'operative',
  'operatives',
  'lawmaker',
  'lawmakers',
  'associate',
  'associates',
  'confidant',
  'confidants',
  'individuals',
  'individual',
  'witness',
  'witnesses',
  'employee',
  'employees',
  'member',
  'members',
]);

/** Adjectives of unnamed sourcing before a preposition ("people familiar with ...", "sources close to ..."). */
export const SOURCING_ADJECTIVES: ReadonlySet<string> = new Set(['familiar', 'close']);

/**
 * Words that open what follows "those" when "those" heads a sourcing phrase ("those familiar with
 * the talks", "those close to him", "those in the room", "those who attended"): an adjective of
 * relation or presence, a preposition, "who". (An -ed participle is read by its shape: "those
 * involved in", "those interviewed".)
 */
export const THOSE_POSTMODIFIERS: ReadonlySet<string> = new Set(
  `who familiar close closest loyal opposed allied friendly present aware responsible
  in at on from with within inside among around near outside across behind under`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words before such a head that make it unnamed ("a", "two", "several", "the same", "another"). */
export const ANONYMOUS_QUANTIFIERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'some',
  'many',
  'multiple',
  'numerous',
  'other',
  'another',
  'same',
  'various',
  'unnamed',
  'anonymous',
  'few',
  'dozen',
  'dozens',
  'both',
]);

/** Bare heads that are anonymous on their own ("sources said", "officials say"). */
export const BARE_ANONYMOUS: ReadonlySet<string> = new Set([
  'sources',
  'officials',
  'insiders',
  'aides',
  'source',
  'diplomats',
]);

/** "familiar with ...", "close to ...", "with knowledge of ...": the tails that mark unnamed sourcing. */
export const ANONYMOUS_TAILS: readonly string[][] = [
  ['familiar', 'with'],
  ['close', 'to'],
  ['with', 'knowledge', 'of'],
  ['briefed', 'on'],
  ['who', 'spoke', 'on'],
  ['speaking', 'on'],
];

/** "widespread reports": reports from nobody in particular, when one of these comes before. */
export const REPORT_HEADS: ReadonlySet<string> = new Set(['reports', 'reporting', 'rumors', 'rumours']);
export const VAGUE_REPORT_MODIFIERS: ReadonlySet<string> = new Set([
  'widespread',
  'media',
  'news',
  'unconfirmed',
  'multiple',
  'several',
  'numerous',
  'recent',
  'local',
  'press',
  'published',
  'some',
]);

/**
 * Texts that speak for their writers as a claim's subject ("the Vatican's own website states", "the
 * article points out", "the manual spells out"): the source is a document, not a person. (Not
 * channels: "in an article" names no source of its own.)
 */
export const TEXT_SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'website',
  'site',
  'blog',
  'article',
  'book',
  'manual',
  // Media and pieces that speak for their makers ("The ad says", "the clip shows", "one slide read").
  'ad',
  'advert',
  'commercial',
  'spot',
  'clip',
  'film',
  'documentary',
  'slide',
  'story',
  'piece',
  'chart',
  'graphic',
]);

/**
 * Nouns for a news outlet not named ("a British newspaper alleges", "the network reported", "a
 * local station said"): the source is an outlet, not a person or a body of another kind.
 */
export const OUTLET_SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'newspaper',
  'newspapers',
  'paper',
  'tabloid',
  'broadsheet',
  'magazine',
  'broadcaster',
  'publication',
  'outlet',
  'outlets',
  'network',
  'station',
  'daily',
  'weekly',
]);

/** Documents a claim can come in ("in a statement", "in a letter to ..."). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'letter',
  'memo',
  'report',
  'filing',
  'complaint',
  'lawsuit',
  'release',
  'email',
  'op-ed',
  'tweet',
  'post',
  'affidavit',
  'testimony',
  'declaration',
  'transcript',
  'column',
  'essay',
  'video',
  'study',
  'survey',
  'poll',
  'alert',
  'advisory',
  'bulletin',
  'notice',
  'ruling',
  'indictment',
  'message',
  'memorandum',
  'document',
  'announcement',
  'editorial',
]);

/**
 * Nouns of an inquiry or its findings ("a review of records indicates", "this research showed",
 * "the analysis found", "the figures show"): as a speaker phrase's head with no person behind it,
 * the source is a report, not a person.
 */
export const INQUIRY_NOUNS: ReadonlySet<string> = new Set([
  'review',
  'analysis',
  'research',
  'investigation',
  'audit',
  'inquiry',
  'probe',
  'examination',
  'assessment',
  'evaluation',
  'findings',
  'data',
  'figures',
  'statistics',
  'estimates',
]);

/**
 * Plural heads of a speaker phrase that are bodies ("industry groups argue", "three unions said"):
 * with no actor behind the phrase, the source is an organization, not a person.
 */
export const BODY_PLURALS: ReadonlySet<string> = new Set([
  'groups',
  'unions',
  'organizations',
  'organisations',
  'companies',
  'firms',
  'agencies',
  'charities',
  'associations',
  'coalitions',
  'committees',
  'institutions',
  'businesses',
  'corporations',
  'banks',
]);

/**
 * Heads of a speaker phrase that name a body, not a person ("the embassy said", "the group said
 * in a statement"): with no actor behind the phrase, its source is an organization. The
 * organisation heads and descriptors of data/organizations.ts, and the bodies of diplomacy and
 * government they lack. Written for edge-brief; MIT, part of this project.
 */
export const INSTITUTION_EXTRA_HEADS: ReadonlySet<string> = new Set([
  'embassy',
  'consulate',
  'mission',
  'government',
  'delegation',
  'secretariat',
  'administration',
]);

/** Titles that make a speaker an official ("White House spokesman Josh Earnest"). */
export const OFFICIAL_TITLES: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'minister',
  'secretary',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'president',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'ambassador',
  'mayor',
  'prosecutor',
  'commissioner',
  'chancellor',
  'premier',
  'attorney',
  'deputy',
  'spokespeople',
  'press',
  'lawmaker',
  'congressman',
  'congresswoman',
  'administrator',
  'general',
  'gen',
  'chief',
  'envoy',
  'speaker',
]);

/** Personal pronouns that can be the speaker of a claim. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/**
 * Verbs that put a document out ("released a letter", "issued a statement", "sent a memo",
 * "unleashed a series of tweets", "filed a motion"): their subject speaks through the document.
 * Written for edge-brief (issue 16, recall: the document-cue class of the PolNeAR dev misses); MIT.
 */
export const PUTS_OUT_DOCUMENT: ReadonlySet<string> = new Set([
  'released',
  'releases',
  'issued',
  'issues',
  'sent',
  'sends',
  'posted',
  'posts',
  'published',
  'publishes',
  'unleashed',
  'unleashes',
  'filed',
  'files',
  'circulated',
  'distributed',
  'submitted',
  'penned',
  'wrote',
  'writes',
  'tweeted',
  'shared',
  'signed',
  'drafted',
  'delivered',
  'fired',
]);

/**
 * Heads of a phrase that speaks for somebody named after "for" ("a spokesman for Kiko", "lawyers
 * for the family"): the representative is the speaker. Written for edge-brief; MIT, part of this project.
 */
export const REPRESENTATIVE_HEADS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'representative',
  'representatives',
  'publicist',
  'agent',
]);

/**
 * Heads after "according to" that say "in accordance with", not "on the word of" ("done according
 * to the plan", "according to the rules", "according to the mind of the mayor"). Written for
 * edge-brief; MIT, part of this project.
 */
export const ACCORDANCE_HEADS: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'law',
  'laws',
  'rule',
  'rules',
  'schedule',
  'script',
  'tradition',
  'custom',
  'mind',
  'wishes',
  'will',
  'design',
  'instructions',
  'guidelines',
  'standards',
  'principles',
  'procedure',
  'procedures',
  'protocol',
  'terms',
  'recipe',
  'constitution',
  // "act according to the means available", "to each according to their needs".
  'means',
  'need',
  'needs',
  'ability',
  'abilities',
  'merit',
]);

/**
 * Nouns of a person's own telling after "by X's (own)" ("By his own account, ...", "..., by her
 * admission."): the possessor is the source of the clause. Written for edge-brief; MIT, part of
 * this project. ("By all accounts" names nobody: the rule needs a possessor.)
 */
export const OWN_ACCOUNT_NOUNS: ReadonlySet<string> = new Set([
  'account',
  'admission',
  'estimate',
  'reckoning',
  'count',
]);

/**
 * Words the speaker-phrase rules read: what ends a speaker phrase (NP_STOP), auxiliaries, time
 * words, addressees, determiners, months and days, the
 * forms of "be", subject pronouns, and the dashes that introduce a name.
 *
 * Origin: written for this project (MIT, like the repository), from the attribution rules' misses
 * and false hits on the PolNeAR dev split and the worked examples; plain English function words
 * and vocabulary, no third-party list.
 */

/**
 * Finite auxiliaries and forms of "be"/"have" (the closed class): after "said the mayor" one of
 * them makes "the mayor" the subject of the said clause ("said the mayor was ill"), not the speaker
 * of what came before; after a finding verb without "that" it shows the noun phrase before it is
 * a clause's subject ("found the ministry was in breach").
 */
export const FINITE_VERBS: ReadonlySet<string> = new Set(
  'is was are were has have had will would could can should may might must do does did'.split(' '),
);

/** Words that end a speaker phrase going backwards: the clause before it is not the speaker. */
export const NP_STOP: ReadonlySet<string> = new Set([
  'that',
  'which',
  'but',
  'or',
  'nor',
  'when',
  'while',
  'because',
  'if',
  'as',
  'so',
  'after',
  'before',
  'since',
  'although',
  'though',
  'where',
  'what',
  'how',
  'why',
  'whether',
  'than',
  'until',
  'unless',
  'once',
  'then',
  'also',
  'yet',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'not',
  'to',
  'said',
  'says',
  'say',
  'told',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'into',
  'about',
  'over',
  'under',
  'during',
  'against',
  'between',
  'through',
  'like',
  'what',
  'there',
  'here',
  'this',
  'these',
  'those',
  'let',
  'just',
  'even',
  'only',
  'however',
  'meanwhile',
  'instead',
  'still',
  'now',
  'and',
  'whom',
  'whose',
  'please',
  'perhaps',
]);

/** Auxiliaries and adverbs that may stand between a speaker and the cue ("has warned", "also said"). */
export const AUX: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  // "I am not saying": the writer, not a speaker "I am".
  'am',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'could',
  'can',
  'did',
  'does',
  'do',
  'also',
  'then',
  'now',
  'later',
  'previously',
  'repeatedly',
  'again',
  'once',
  'often',
  'recently',
  'long',
  'already',
  'still',
  'just',
  'even',
  'further',
  'first',
  'finally',
  'publicly',
  'privately',
  'reportedly',
  'earlier',
  'since',
  'been',
  'be',
  'not',
  'never',
  'always',
  'had',
  'may',
  'might',
  'should',
  'must',
  'openly',
  'flatly',
  'quickly',
]);

/** Words of time and place that may follow a cue before its content ("said Thursday that"). */
export const TIME: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'last',
  'this',
  'earlier',
  'later',
  'recently',
  'previously',
  'again',
  'also',
  'then',
  'now',
  'once',
  'repeatedly',
  'publicly',
  'privately',
  'separately',
  'late',
  'early',
  'ago',
]);

/** Object pronouns and addressees after "told". */
export const ADDRESSEES: ReadonlySet<string> = new Set([
  'him',
  'her',
  'them',
  'us',
  'me',
  'you',
  'reporters',
  'journalists',
  'lawmakers',
  'lawmaker',
  'supporters',
  'the',
  'a',
  'an',
  'his',
  'their',
  'its',
  'our',
  'my',
]);

/**
 * Audiences a speaker tells something to, bare or after a determiner ("told viewers the company
 * broke the law", "told the crowd the plan was dead"): skipped like "reporters" before the content.
 * Written for edge-brief (issue 16, seen on an unseen PTC article); MIT.
 */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set(
  (
    'viewers listeners readers voters audience audiences crowd crowds students investors employees staff ' +
    'members followers fans donors delegates congregation parishioners workers residents senators colleagues'
  ).split(' '),
);

export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'month',
  'months',
  'week',
  'weeks',
  'year',
  'years',
  'day',
  'days',
]);

export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
]);

export const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'last', 'earlier', 'that']);

/** Singular quantifiers: a cue's base form after one is a noun ("one tweet", "another plan", "this report"). */
export const SINGULAR_QUANTIFIERS: ReadonlySet<string> = new Set(['one', 'another', 'this']);

/** Articles and possessive determiners: the core of every determiner slot (each list adds its own words). */
export const ARTICLES_AND_POSSESSIVES: readonly string[] = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our'];

/** Words before a noun: a cue word after them is the noun ("the reports", "widespread claims"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES_AND_POSSESSIVES,
  'my',
  'your',
  'these',
  'those',
  'such',
  'widespread',
  'media',
  'news',
  'many',
  'several',
  'some',
  'numerous',
  'multiple',
  'unconfirmed',
  'recent',
  'earlier',
  'previous',
  'no',
  'any',
  'every',
  'each',
  'new',
  'false',
  'similar',
  'other',
  'local',
  'initial',
  'published',
]);

/**
 * Determiners proper (articles, possessives, demonstratives): unlike DETERMINERS above, no noun
 * ("media", "news") and no adjective ("new", "local") that only tends to stand before a cue noun.
 */
export const TRUE_DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her its their our my your this that these those'.split(' '),
);

export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am']);

/** Forms of "be" before a passive participle ("is", "were", "has been", "to be"). */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** A subject pronoun with "is" run together: "He’s claiming that ..." is a speaker, not a possessive. */
export const PRONOUN_BE: ReadonlySet<string> = new Set(['he\u2019s', "he's", 'she\u2019s', "she's"]);

/** Plural nouns without an -s ("Police say he posed a deadly threat"). */
export const PLURAL_COLLECTIVES: ReadonlySet<string> = new Set(['police', 'people']);

/**
 * Plurals with no -s, and collectives often read as plural ("the team think", "the latter
 * believe"), that can take a base-form verb: a base-form cue after one of them may be a verb,
 * after any other word without an -s it is a noun ("a preliminary report").
 */
export const PLURAL_AGREEING: ReadonlySet<string> = new Set([
  'police',
  'people',
  'men',
  'women',
  'children',
  'media',
  'staff',
  'crew',
  'clergy',
  'personnel',
  'public',
  'data',
  'team',
  'government',
  'family',
  'couple',
  'committee',
  'council',
  'board',
  'jury',
  'panel',
  'majority',
  'latter',
  'former',
  'faithful',
]);

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Prepositions that stay inside a noun phrase ("a reporter for USA Today", "members of Congress"). */
export const PHRASE_PREPS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on']);

/**
 * Prepositions of place, relation and stance that end a plural subject's post-modifier ("advisers
 * to the president say", "residents near the plant say", "farmers across the region say",
 * "officials close to the talks say"): the noun before a base-form cue after them is the
 * preposition's object, and the cue is the verb of the plural subject before it.
 */
export const POSTMODIFIER_PREPS: ReadonlySet<string> = new Set(
  // ("off": "groups on and off campus".)
  (
    'to near across around throughout inside outside within among behind beyond under over against about by like ' +
    'off along beside between toward towards'
  ).split(' '),
);

/** "people familiar with ...", "officials close to ...", "sources with knowledge of ...". */
export const ANONYMOUS_TAIL_STARTS: ReadonlySet<string> = new Set([
  'familiar',
  'close',
  'with',
  'briefed',
  'who',
  'speaking',
]);

export const DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013', '--', '\u2015']);

/** Heads of unnamed sourcing too plain to stand alone: a source only with a tail ("people familiar with ...") or a quantifier before a cue ("two people said"). */
export const WEAK_ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'people',
  'person',
  'individuals',
  'individual',
  'members',
  'member',
  'employees',
  'employee',
  'witnesses',
  'associates',
  'lawmakers',
  'lawmaker',
]);

/**
 * Words that end a phrase without a noun to speak ("the final", "a major", "The newest", "the same
 * time"): adjectives that rarely stand as a noun, superlatives, and time nouns beyond TIME_NOUNS.
 * ("the former" and "the latter" do refer to people and are not here.)
 */
export const HEADLESS_LAST_WORDS: ReadonlySet<string> = new Set(
  `final major minor little single simple same whole entire main only very more less much
latest newest biggest greatest largest highest lowest smallest oldest youngest best worst most least further
proposed handwritten ridiculous outright vague busy crucial slightest
time times day days hour hours minute minutes moment moments later ago earlier while`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns that end in -ly, so a speaker phrase ending in one still has its noun ("the family", "the assembly"). */
export const LY_NOUNS: ReadonlySet<string> = new Set(
  'family assembly ally monopoly reply supply rally bully anomaly homily'.split(' '),
);

/**
 * Adjectives that end in -ly and can open a speaker phrase ("Elderly residents said", "Likely
 * voters told"): unlike "Initially" or "Privately", they belong to the subject. Written for
 * edge-brief from English grammar; MIT.
 */
export const LY_ADJECTIVES: ReadonlySet<string> = new Set(
  `elderly likely unlikely early friendly unfriendly lonely costly deadly ugly lovely holy wily burly surly sickly
  jolly kindly scholarly orderly disorderly motherly fatherly brotherly sisterly saintly worldly unruly curly daily
  weekly monthly yearly hourly nightly lowly manly stately comely homely lively silly bodily cowardly
  neighborly neighbourly oily hilly chilly`
    .split(/\s+/)
    .filter(Boolean),
);

/** Singular nouns that speak for many without a determiner ("police said", "staff said"). */
export const COLLECTIVE_SPEAKERS: ReadonlySet<string> = new Set(
  'police staff management media press military clergy government leadership security prosecution'.split(' '),
);

/**
 * Irregular past tenses that end a sentence's subject ("The council met for hours, adding ...",
 * "Officials went to court, arguing ..."): the -ed test cannot see them. Words that are as often
 * nouns or adjectives ("left", "cut", "set", "lost") are left out. Written for edge-brief; MIT.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  'went came met took gave made spoke stood sat ran held brought sent got began broke fought won paid kept led fell rose drove flew threw chose sold bought caught taught heard saw grew drew struck swore shook spent built sought became'.split(
    ' ',
  ),
);

/** Quantifiers that float after their noun ("the senators all said", "who have both said"). */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each']);

/** Words after which "all" or "both" is the clause's subject ("a panel that all agreed", "and both said"). */
export const QUANTIFIER_SUBJECT_AFTER: ReadonlySet<string> = new Set(['and', 'that', 'which', 'who', 'whom']);

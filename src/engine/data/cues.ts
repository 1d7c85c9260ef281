/**
 * Cue verbs: the verbs that introduce what someone said, wrote, reported or holds, with their
 * tense forms written out (base | third person | past | participle -ing | past participle when it
 * differs), and how each one takes its content.
 *
 * Origin: written for this project (MIT, like the repository). The entries are English reporting
 * verbs chosen from the cue words annotated in the PolNeAR dev split (Newell, Margolin & Ruths,
 * LREC 2018): every verb below occurs there as an attribution cue, most of them several times
 * ("said" 515, "says" 74, "told" 44, "noted" 25, "added" 21, "wrote" 18, ... down to two). Verbs
 * that PolNeAR also uses for actions ("made", "went", "took") are left out: they are cues there
 * only with the right object, and in a brief they would mostly be noise.
 *
 * Classes:
 * - `say`: a clause follows, with or without "that" ("X said (that) ..."), and the verb also works
 *   after its content ("..., X said.", "..., said X.").
 * - `weak`: like `say`, but before its content only with "that" ("the poll shows that ..."), since
 *   "shows", "found", "stated" have other senses ("found guilty", "United States").
 * - `act`: stance and intention verbs with a noun phrase or infinitive after them ("called him a
 *   genius", "wants to ..."): before their content only, and only after a named, titled or
 *   pronoun subject.
 * - `tell`: like `say`, after an addressee ("X told reporters (that) ...").
 * - `quote`: attributes only when it stands right next to a quotation ("Graham continued, \"...\"").
 *   These verbs are too common in other senses ("the story continues below") to trust alone.
 */

export type CueClass = 'say' | 'weak' | 'act' | 'tell' | 'quote';

export interface CueInfo {
  /** The dictionary form, for grouping. */
  lemma: string;
  cls: CueClass;
  /** A participle (-ing) form: after a comma it continues the previous speaker ("also noting that"). */
  participle: boolean;
  /** The base form ("say", "plan"): after a singular name it is a noun ("the McKinley plan"). */
  base: boolean;
}

/** base|3sg|past|-ing[|past participle] */
const SAY: string[] = [
  'say|says|said|saying',
  'add|adds|added|adding',
  'note|notes|noted|noting',
  'write|writes|wrote|writing|written',
  'report|reports|reported|reporting',
  'announce|announces|announced|announcing',
  'suggest|suggests|suggested|suggesting',
  // A travel or health alert "advised that citizens should ...": reported advice, not the writer's.
  'advise|advises|advised|advising',
  'argue|argues|argued|arguing',
  'claim|claims|claimed|claiming',
  'warn|warns|warned|warning',
  'acknowledge|acknowledges|acknowledged|acknowledging',
  'explain|explains|explained|explaining',
  'declare|declares|declared|declaring',
  'insist|insists|insisted|insisting',
  'contend|contends|contended|contending',
  'stipulate|stipulates|stipulated|stipulating',
  'assert|asserts|asserted|asserting',
  'admit|admits|admitted|admitting',
  'emphasize|emphasizes|emphasized|emphasizing',
  'emphasise|emphasises|emphasised|emphasising',
  'stress|stresses|stressed|stressing',
  'recall|recalls|recalled|recalling',
  'mention|mentions|mentioned|mentioning',
  'disclose|discloses|disclosed|disclosing',
  'vow|vows|vowed|vowing',
  'pledge|pledges|pledged|pledging',
  'promise|promises|promised|promising',
  'tweet|tweets|tweeted|tweeting',
  'complain|complains|complained|complaining',
  'allege|alleges|alleged|alleging',
  'deny|denies|denied|denying',
  'joke|jokes|joked|joking',
  'concede|concedes|conceded|conceding',
  'point out|points out|pointed out|pointing out',
  'believe|believes|believed|believing',
  'think|thinks|thought|thinking',
  'hope|hopes|hoped|hoping',
  'fear|fears|feared|fearing',
  'worry|worries|worried|worrying',
  'agree|agrees|agreed|agreeing',
  'reiterate|reiterates|reiterated|reiterating',
  'repeat|repeats|repeated|repeating',
  'lament|laments|lamented|lamenting',
  'suspect|suspects|suspected|suspecting',
  'comment|comments|commented|commenting',
  // "Officials weighed in on the dispute": a comment given, named by its topic.
  'weigh in|weighs in|weighed in|weighing in',
  'proclaim|proclaims|proclaimed|proclaiming',
  'caution|cautions|cautioned|cautioning',
  'boast|boasts|boasted|boasting',
  'brag|brags|bragged|bragging',
  // "has repeatedly wondered whether the moderators will be fair": a doubt voiced.
  'wonder|wonders|wondered|wondering',
  // "pleads for help"; "pleaded guilty" is a legal act, not a plea (isLegalPlea).
  'plead|pleads|pleaded|pleading',
  'retweet|retweets|retweeted|retweeting',
  'counter|counters|countered|countering',
  'retort|retorts|retorted|retorting',
  'muse|muses|mused|musing',
  'imply|implies|implied|implying',
  'insinuate|insinuates|insinuated|insinuating',
  'swear|swears|swore|swearing|sworn',
  'guarantee|guarantees|guaranteed|guaranteeing',
  'regret|regrets|regretted|regretting',
  'confess|confesses|confessed|confessing',
  'grumble|grumbles|grumbled|grumbling',
  // Stating plainly: "X made it clear (that) ...", "..., making it clear that ..." ("made clear" is in WEAK).
  'make it clear|makes it clear|made it clear|making it clear',
];

const WEAK: string[] = [
  'show|shows|showed|showing|shown',
  'find|finds|found|finding',
  'learn|learns|learned|learning|learnt',
  'reveal|reveals|revealed|revealing',
  'indicate|indicates|indicated|indicating',
  'estimate|estimates|estimated|estimating',
  'charge|charges|charged|charging',
  'predict|predicts|predicted|predicting',
  // Not in the PolNeAR census: issue 16 names "forecast" among the cues briefs missed ("forecasted" as a past too).
  'forecast|forecasts|forecast|forecasting',
  'forecast|forecasts|forecasted|forecasting',
  // "Scientists are projecting that the Sun will cool": a forecast too ("project" and "projects" are nouns first: NOUN_FORMS).
  'project|projects|projected|projecting',
  'conclude|concludes|concluded|concluding',
  'confirm|confirms|confirmed|confirming',
  'observe|observes|observed|observing',
  'maintain|maintains|maintained|maintaining',
  'state|states|stated|stating',
  // Feelings and understanding held ("many E.U. nations feeling they faced no threat").
  'feel|feels|felt|feeling',
  'understand|understands|understood|understanding',
  // "X made clear that ...", but "made clear progress": only with its "that".
  'make clear|makes clear|made clear|making clear',
];

/** Stance and intention verbs that take a noun phrase or an infinitive ("called him a genius", "wants to ..."). */
const ACT: string[] = [
  // "X called for an inquiry", "..., calling for new talks": a demand (the -ing form too, which alone is mostly a noun).
  'call for|calls for|called for|calling for',
  'call|calls|called|calling',
  'cite|cites|cited|citing',
  'attack|attacks|attacked|attacking',
  'criticize|criticizes|criticized|criticizing',
  'criticise|criticises|criticised|criticising',
  'describe|describes|described|describing',
  'condemn|condemns|condemned|condemning',
  'praise|praises|praised|praising',
  'question|questions|questioned|questioning',
  'propose|proposes|proposed|proposing',
  'oppose|opposes|opposed|opposing',
  'support|supports|supported|supporting',
  'endorse|endorses|endorsed|endorsing',
  'demand|demands|demanded|demanding',
  'reject|rejects|rejected|rejecting',
  'accuse|accuses|accused|accusing',
  'blame|blames|blamed|blaming',
  'defend|defends|defended|defending',
  'dismiss|dismisses|dismissed|dismissing',
  'liken|likens|likened|likening',
  'echo|echoes|echoed|echoing',
  'want|wants|wanted|wanting',
  'plan|plans|planned|planning',
  'decline|declines|declined|declining',
  'refuse|refuses|refused|refusing',
  'offer|offers|offered|offering',
  'discuss|discusses|discussed|discussing',
  'slam|slams|slammed|slamming',
  'tout|touts|touted|touting',
  'threaten|threatens|threatened|threatening',
  'recommend|recommends|recommended|recommending',
  'point to|points to|pointed to|pointing to',
  'refer to|refers to|referred to|referring to',
  'rail against|rails against|railed against|railing against',
  // PolNeAR dev misses: "Hillary Clinton is promoting her plans ...", "... is also encouraging
  // ...", "He’s denouncing ...", "... are challenging ...".
  'promote|promotes|promoted|promoting',
  'encourage|encourages|encouraged|encouraging',
  'denounce|denounces|denounced|denouncing',
  'challenge|challenges|challenged|challenging',
  // "Massachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf ...", "Clinton laid out her proposals ...".
  'grill|grills|grilled|grilling',
  'lay out|lays out|laid out|laying out',
  // Criticism verbs with an object, like "slam" and "attack" ("Christie blasted Clinton as a
  // “disgrace”", "he blasted the media for ..."): a stance of a strong subject, not only next to a quotation.
  'blast|blasts|blasted|blasting',
  // Speech summarised by its subject matter ("Chief Justice Roberts spoke of the legacy of racism
  // ...", "She spoke about her ties to black churches"): what was said, in the writer's words.
  'speak of|speaks of|spoke of|speaking of|spoken of',
  'speak about|speaks about|spoke about|speaking about|spoken about',
  // "Clinton spoke out Tuesday about the shooting", "artists speaking out against injustice".
  'speak out|speaks out|spoke out|speaking out|spoken out',
  'talk about|talks about|talked about|talking about',
  // Stances with an object (issue 16, PolNeAR dev misses by class): backing, comparing, regarding,
  // voicing, favouring and rebuking ("the paper backed Clinton", "X compares his struggles to ...",
  // "The group also views X more favorably", "voters have expressed misgivings about ...").
  // "back" alone is mostly an adverb or a noun, "advocates" a plural noun and "view" a noun ("a dim
  // view of") (NOUN_FORMS); "considering" also a preposition (NOT_PARTICIPLE).
  'back|backs|backed|backing',
  // "expect" takes an object and an infinitive ("voters expect Clinton to win") as often as "that".
  'expect|expects|expected|expecting',
  'compare|compares|compared|comparing',
  'view|views|viewed|viewing',
  'consider|considers|considered|considering',
  'express|expresses|expressed|expressing',
  'advocate|advocates|advocated|advocating',
  'seek|seeks|sought|seeking',
  'favor|favors|favored|favoring',
  'favour|favours|favoured|favouring',
  'applaud|applauds|applauded|applauding',
  'hail|hails|hailed|hailing',
  'embrace|embraces|embraced|embracing',
  'decry|decries|decried|decrying',
  'lambaste|lambastes|lambasted|lambasting',
  'mock|mocks|mocked|mocking',
  'ridicule|ridicules|ridiculed|ridiculing',
  'fault|faults|faulted|faulting',
  'chide|chides|chided|chiding',
  'rebuke|rebukes|rebuked|rebuking',
  'assail|assails|assailed|assailing',
  'disparage|disparages|disparaged|disparaging',
  'dispute|disputes|disputed|disputing',
  'deride|derides|derided|deriding',
  // Decisions and votes of a body or person ("the FBI decided against recommending charges", "the
  // committee voted to hold X in contempt"). ("unveil" was tried: as often a plan as a stance.)
  // "vote" is mostly a noun ("a final vote") (NOUN_FORMS), "votes" too unless a name votes (NOUNISH).
  // More stances with an object, from the same census: praise and blame, preference, support.
  // ("berate" stays out: "X berated Y in their relentless assault" is the author's wording after the object.)
  'bemoan|bemoans|bemoaned|bemoaning',
  'chastise|chastises|chastised|chastising',
  'approve|approves|approved|approving',
  'invoke|invokes|invoked|invoking',
  'champion|champions|championed|championing',
  'laud|lauds|lauded|lauding',
  'extol|extols|extolled|extolling',
  'compliment|compliments|complimented|complimenting',
  'despise|despises|despised|despising',
  'resent|resents|resented|resenting',
  'prefer|prefers|preferred|preferring',
  'highlight|highlights|highlighted|highlighting',
  'confront|confronts|confronted|confronting',
  'outline|outlines|outlined|outlining',
  'sponsor|sponsors|sponsored|sponsoring',
  'accept|accepts|accepted|accepting',
  'envision|envisions|envisioned|envisioning',
  'articulate|articulates|articulated|articulating',
  // Thanks, apologies and labels ("X labeled the plan a tax grab", "X portrayed himself as ...").
  // ("order", "request", "hint", "speculate" and "refute" were tried: orders are acts, "requested anonymity"
  // is sourcing, and the PTC dev labels counted none of them.)
  'lobby|lobbies|lobbied|lobbying',
  'object to|objects to|objected to|objecting to',
  'apologize|apologizes|apologized|apologizing',
  'apologise|apologises|apologised|apologising',
  'thank|thanks|thanked|thanking',
  'congratulate|congratulates|congratulated|congratulating',
  'credit|credits|credited|crediting',
  'label|labels|labeled|labeling',
  'brand|brands|branded|branding',
  'dub|dubs|dubbed|dubbing',
  'characterize|characterizes|characterized|characterizing',
  'portray|portrays|portrayed|portraying',
  'depict|depicts|depicted|depicting',
  'downplay|downplays|downplayed|downplaying',
  'rebut|rebuts|rebutted|rebutting',
  'doubt|doubts|doubted|doubting',
  'decide|decides|decided|deciding',
  'vote|votes|voted|voting',
];

const TELL: string[] = [
  'tell|tells|told|telling',
  'reassure|reassures|reassured|reassuring',
  'convince|convinces|convinced|convincing',
  'persuade|persuades|persuaded|persuading',
  'instruct|instructs|instructed|instructing',
  'ask|asks|asked|asking',
  'urge|urges|urged|urging',
  'implore|implores|implored|imploring',
  'assure|assures|assured|assuring',
  'remind|reminds|reminded|reminding',
  'inform|informs|informed|informing',
];

const QUOTE: string[] = [
  'continue|continues|continued|continuing',
  'respond|responds|responded|responding',
  'reply|replies|replied|replying',
  'quip|quips|quipped|quipping',
  'exclaim|exclaims|exclaimed|exclaiming',
  'shout|shouts|shouted|shouting',
  'chant|chants|chanted|chanting',
  'put it|puts it|put it|putting it',
  // Findings of courts, inquiries and agencies, and restatement: a report only before "that"/"whether"
  // or beside a quotation ("The appeals court ruled that ...", "investigators have discovered that
  // ...", "X clarified that ..."); alone they are acts ("ruled the country", "discovered two men
  // hiding", "reaffirmed its support"). Their noun forms are left out (NOUN_FORMS); so are
  // "determined" and "testified", which would end speaker phrases ("agents who testified ... said").
  'rule|rules|ruled|ruling',
  'discover|discovers|discovered|discovering',
  'signal|signals|signaled|signaling',
  'clarify|clarifies|clarified|clarifying',
  'reaffirm|reaffirms|reaffirmed|reaffirming',
  'underscore|underscores|underscored|underscoring',
  // Posts and muttered or shouted words beside a quotation ("\"We fired him,\" the bar posted on its
  // page", "heard muttering \"go away\""): a post or an utterance; alone, "posted" is mostly an act
  // ("posted a loss", "posted bail") and the others are how something sounded.
  'post|posts|posted|posting',
  'mutter|mutters|muttered|muttering',
  'yell|yells|yelled|yelling',
  'scream|screams|screamed|screaming',
  'whisper|whispers|whispered|whispering',
];

/** Forms a verb from `show`/`find`/`learn` only counts as a cue in the present or past: "found" yes, "finding" is a noun. */
const NOT_PARTICIPLE = new Set([
  'calling',
  'planning',
  'offering',
  'questioning',
  'thinking',
  'wanting',
  'supporting',
  'opposing',
  'meaning',
  'finding',
  'showing',
  'learning',
  'believing',
  'reporting',
  'writing',
  'charging',
  'blasting',
  'continuing',
  'responding',
  'replying',
  'asking',
  'shouting',
  'chanting',
  // "speaking of ...", "talking about ...": as often a discourse opener, or how a claim was put, as a report.
  'speaking of',
  'speaking about',
  'talking about',
  // "considering he has ...": a preposition as often as a participle.
  'considering',
  'voting',
]);

/** Forms that are mostly nouns ("a blast at the plant", "emissions rules that ...", "a strong signal that"): left out. */
const NOUN_FORMS = new Set([
  // Nouns or adjectives first ("counter to", "a credit", "the brand", "no doubt", "his doubts").
  'counter',
  'credit',
  'credits',
  'brand',
  'brands',
  'doubt',
  'doubts',
  'label',
  'labels',
  'thanks',
  'muse',
  'back',
  'vote',
  'advocates',
  'view',
  'blast',
  'rule',
  'rules',
  'ruling',
  'signal',
  'signals',
  'signaling',
  'discover',
  'discovers',
  'discovering',
  'project',
  'projects',
  // "The post below", "a scream", "in a whisper": nouns first.
  'post',
  'posts',
  'scream',
  'screams',
  'whisper',
  'whispers',
  'yell',
  'yells',
]);

function build(): Map<string, CueInfo> {
  const map = new Map<string, CueInfo>();
  const add = (rows: string[], cls: CueClass) => {
    for (const row of rows) {
      const forms = row.split('|');
      const lemma = forms[0];
      forms.forEach((form, i) => {
        if ((i === 3 && NOT_PARTICIPLE.has(form)) || NOUN_FORMS.has(form)) return;
        // ("put it" is its own past: "the coach put it" is the verb, never a noun like "the McKinley plan".)
        if (!map.has(form)) map.set(form, { lemma, cls, participle: i === 3, base: i === 0 && form !== forms[2] });
      });
    }
  };
  add(SAY, 'say');
  add(WEAK, 'weak');
  add(ACT, 'act');
  add(TELL, 'tell');
  add(QUOTE, 'quote');
  return map;
}

/** Every cue form (one or two words, lower case) to what it is. */
export const CUES: ReadonlyMap<string, CueInfo> = build();

/**
 * The past participles that differ from the past tense ("written", "sworn", "shown"): without a
 * form of "have" before them they are passive ("a letter written in March"), and their subject
 * did not say anything.
 */
export const DISTINCT_PAST_PARTICIPLES: ReadonlySet<string> = new Set(
  [SAY, WEAK, ACT, TELL, QUOTE].flatMap((rows) => rows.map((row) => row.split('|')[4]).filter((f) => f !== undefined)),
);

/**
 * The -ing form of every one-word cue, as a finite verb: after "is"/"are"/"was"/"were" it is the
 * progressive ("Gary Johnson’s doctor is calling the candidate “extremely physically fit”",
 * "Trump is questioning ..."), including forms that alone are more often nouns (NOT_PARTICIPLE).
 */
function buildProgressive(): Map<string, CueInfo> {
  const map = new Map<string, CueInfo>();
  const add = (rows: string[], cls: CueClass) => {
    for (const row of rows) {
      const forms = row.split('|');
      if (forms[3].includes(' ') || map.has(forms[3])) continue;
      map.set(forms[3], { lemma: forms[0], cls, participle: false, base: false });
    }
  };
  add(SAY, 'say');
  add(WEAK, 'weak');
  add(ACT, 'act');
  add(TELL, 'tell');
  return map;
}

export const PROGRESSIVE_CUES: ReadonlyMap<string, CueInfo> = buildProgressive();

/**
 * The -ing forms left out as participles (NOT_PARTICIPLE: "in writing", "a calling", "the asking
 * price"), as participles after all where the shape leaves no doubt: after a comma, with "that" or a
 * quotation right after them ("posted the warning on Saturday, writing that ..."). Verbs of saying
 * only: "..., showing that ..." and "..., finding that ..." stay evidence without a speaker.
 */
export const COMMA_PARTICIPLES: ReadonlyMap<string, CueInfo> = new Map(
  [...NOT_PARTICIPLE]
    .filter((form) => !form.includes(' ') && ['say', 'tell'].includes(PROGRESSIVE_CUES.get(form)?.cls ?? ''))
    .map((form) => [form, { ...PROGRESSIVE_CUES.get(form)!, participle: true }]),
);

/** Two- and three-word cues ("point out", "make it clear") keyed by their first word, so a scanner looks ahead only when it must. */
export const TWO_WORD_CUE_HEADS: ReadonlySet<string> = new Set(
  [...CUES.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]),
);

/**
 * Verbs of speaking and writing whose "about" phrase is the topic, not the report ("says about
 * farmers", "wrote about his experience"; attribution/topic-about.ts). Verbs of feeling and
 * thinking ("worried about", "complained about") are left to their own readings.
 */
export const TOPIC_SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'write',
  'tweet',
  'post',
  'comment',
  'claim',
  'joke',
  'talk',
  'speak',
  'add',
  'note',
  'report',
  'announce',
  'explain',
]);

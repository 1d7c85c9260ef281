/**
 * Cue words of page furniture (text/furniture.ts): the few fixed phrases web pages put around an
 * article (comment forms, newsletter boxes, poll widgets, share buttons, credit and copyright lines).
 * Origin: written for edge-brief from the common wording of CMS templates (WordPress comment forms,
 * Gravity Forms, newsletter sign-up boxes) and wire credit conventions; no list copied from elsewhere.
 * Licence: MIT, part of this project.
 *
 * The finder leans on structure first (line length, punctuation, capitals, position); these cues
 * only confirm what the structure suggests, so each list is short and each pattern is anchored or
 * bounded.
 */

/** Months, full and abbreviated, as a regex alternation (datelines, embed credits). */
export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

/** Agencies that tag a dateline or sign a photo credit. */
export const AGENCIES =
  'Reuters|Reuter|AP|AFP|UPI|dpa|DPA|EFE|ANSA|Xinhua|TASS|PTI|IANS|Bloomberg|CNN|Sputnik|RIA Novosti';

/** Picture agencies and photo-credit words that, at the end of a short line, make it a credit. */
export const PICTURE_AGENCIES =
  'AP|AFP|Reuters|EPA|EPA-EFE|Getty Images|Getty|Shutterstock|iStock|iStockphoto|Alamy|Wikimedia Commons|Flickr|Pool|AP Images|Associated Press|Bloomberg|NurPhoto|ZUMA|SIPA';

/**
 * The words a line must hold for a cue pattern below to be tried on it: every phrase of the
 * pattern holds one of its words (lower case, as text/word-tokens.ts normalises them). Most lines
 * are prose and hold none, so the patterns run on the few lines that can match.
 */
export const COMMENT_CUE = 1;
export const POLL_CUE = 2;
export const NEWSLETTER_CUE = 4;
export const COPYRIGHT_CUE = 8;
export const PRODUCT_CUE = 16;
export const CUE_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const mark = (words: string, bit: number) => {
    for (const w of words.split(' ')) m.set(w, (m.get(w) ?? 0) | bit);
  };
  mark('unchanged published fields comment comments commentary reply notify email discussion logged', COMMENT_CUE);
  mark('poll survey continues vote results', POLL_CUE);
  mark('subscribe sign signup newsletter newsletters unsubscribe opt signing agree privacy terms', NEWSLETTER_CUE);
  mark('subscribing subscriber subscribers subscription support access', NEWSLETTER_CUE);
  // "(c) 2019" is the word "c"; the sign "\u00a9" is no word and is looked for on its own.
  mark(
    'c reserved may rewritten permission permissions originally first copyright distributed reprinted republished',
    COPYRIGHT_CUE,
  );
  // ("Details" closes a shop box's price time: "(as of 09:20 EDT - Details)".)
  mark('price pricing details', PRODUCT_CUE);
  return m;
})();

/** A comment or contact form (its field notes and calls to comment). */
export const COMMENT_FORM =
  /should be left unchanged|will not be published|required fields are marked|leave a (?:comment|reply)|post a comment|add a comment|notify me of (?:new|follow-up)|save my name, email|join the discussion|comments are closed|you must be logged in to post/i;

/** A newsletter, subscription or paywall box, in the second person or the imperative. */
export const NEWSLETTER =
  /\bconsider subscribing\b|\balready a subscriber\b|\bsupport (?:our|independent|quality) journalism\b|\bfull access to\b.{0,40}\b(?:journalism|content|stories|articles)\b|\byour support (?:makes|helps|keeps)\b|\b(?:subscribe|sign up|signup)\b.{0,60}\b(?:newsletters?|updates|e-?mails?|inbox|channel|alerts)\b|\bnewsletters?\b.{0,40}\b(?:sign up|subscribe)\b|\byou (?:may|can) (?:opt out|unsubscribe)\b|\bby signing up\b|\byou (?:also )?agree to\b|\bprivacy policy\b|\bterms of (?:use|service)\b|\bsubscribe (?:today|now|here)\b|^subscribe\b|\bunsubscribe at any time\b/i;

/** A poll or survey widget's own words. */
export const POLL =
  /\b(?:take (?:our|the|this) (?:poll|survey)|story continues below|vote now|view results|see results|cast your vote|exercise your right to vote|completing this poll)\b|^(?:poll|survey)\s*:/i;

/** A poll box's call set inline after other text ("... take our poll - story continues below"). */
export const POLL_CALL = /\b(?:take (?:our|the|this) (?:poll|survey)|story continues below)\b/i;

/** Options that mark a run of short lines as a poll's answers. */
export const POLL_OPTION =
  /^(?:[*\u2022\u25cb\u25ef\u25a1\u2610o]\s|\(\s?\)\s|yes\b|no\b|maybe\b|not sure\b|undecided\b|other\b)/i;

/**
 * A video player's strip flattened into the text: "JUST WATCHED <title> Replay More Videos ... MUST
 * WATCH <title> 02:40" (what was played, the replay button, the next clip, its running time).
 */
export const VIDEO_PLAYER = /^just watched\b.{0,200}?\breplay\b.{0,60}?\bmust watch\b.{0,200}?\b\d{1,2}:\d{2}$/i;

/** Related-article and read-more links: the cue opens the line. */
export const RELATED =
  /^(?:read more|read also|also read|continue reading|click here|you (?:may|might) also like|more from|see also|recommended(?: for you)?|related(?: articles?| stories| coverage| content| posts?)?|trending(?: now)?|most (?:popular|read)|more|watch|listen|video)\s*(?::|\||\u2014|\u2013|-|>>|\u00bb|$)|^(?:read more|click here|continue reading|you (?:may|might) also like)\b/i;

/** Words of a run of share buttons ("Share Tweet Email", "Facebook | Twitter | Print"). */
export const SHARE_WORDS = new Set(
  `share shares shared tweet tweets email e-mail print pin pinterest facebook twitter whatsapp reddit linkedin telegram
copy link save comments comment flipboard messenger sms more on via x`.split(/\s+/),
);

/** Copyright and distribution lines. */
export const COPYRIGHT =
  /\u00a9|\(c\)\s*\d{4}|all rights reserved|may not be (?:re)?(?:published|reproduced|redistributed|broadcast)|rewritten,? or redistributed|(?:posted|reprinted|republished|reproduced|used) with (?:the )?permission|(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)\b|^copyright\b|\bdistributed by\b.{0,40}\b(?:syndicat|agency|service)/i;

/**
 * A short reprint line naming only where the piece came from: "Reprinted from The <Paper>.",
 * "Republished from <Site>.com", "Originally published <the Paper>." (a name after, no clause).
 */
export const REPRINT_LINE =
  /^(?:reprinted|republished|originally published)(?: (?:from|on|in|at|by))? (?:the )?\p{Lu}[^,;:!?\n]{0,60}$/iu;

/** Bylines: the cue opens a short line and a name follows. */
export const BYLINE_CUE = /^(?:by|written by|posted by|story by|words by|reporting by|report by|from)\s+/i;

/** Photo and image credits: a cue opens the line, or a credit closes it. */
export const CREDIT_OPENING =
  /^(?:photo|photos|image|images|picture|pictures|photograph|credit|photo credit|image credit|image source|featured image|top image|screenshot|video|file photo|illustration|graphic)\s*(?:credit\s*)?(?::|by\b|via\b|\|)/i;

/** Words that never open a byline's name (a byline is "By Jane Doe", not "By Monday" or "By The Way"). */
export const NOT_A_NAME = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec the a an this that these those
then now early late mid end far all most some many next last year years day days week weeks month months its his her
their our my your contrast comparison law default design far now`.split(/\s+/),
);

/** Lower-case words a Title Case headline leaves small. */
export const HEADLINE_SMALL_WORDS = new Set(
  `a an the of in on at to for and or but nor with by from as vs vs. via per into onto over upon up out off than
is are be was were de la le du von van der da di del`.split(/\s+/),
);

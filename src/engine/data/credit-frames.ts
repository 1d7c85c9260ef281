/**
 * The words of the credit frames that name an outlet, agency or platform as where a report came
 * from ("told the BBC", ", the Denver Post reported.", "posted to Twitter", "a poll by Ipsos for
 * The Times"), and of the frames that show a sourcing noun is no source ("a source of infection").
 * Origin: written for edge-brief from English newswire usage (issue 16). Licence: MIT, part of this project.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** "told the BBC": the outlet heard the claim. */
export const TELL_VERBS = set('told tell tells telling');

/** "said to", "spoke (anonymously) with", "in an interview with": the outlet heard the claim. */
export const TALK_WORDS = set(`said say says spoke speak speaks speaking spoken talked talk talks talking explained
confirmed admitted revealed wrote write writes writing interview interviews interviewed conversation conversations
comments remarks statement statements appearance appearances appeared appearing sat sitting chat chatted`);

/** "reported by", "a poll by", "obtained by": the outlet made or carried the report. */
export const BY_WORDS = set(`reported obtained published conducted commissioned released broadcast aired cited quoted
reviewed seen poll polls survey surveys report reports reporting study analysis investigation interviewed
interview story article`);

/** "a quote from CNN", "a report from Reuters": the outlet is where the words were found. */
export const FROM_WORDS = set(`quote quotes quoted report reports reporting story stories article articles footage video
interview data analysis poll polls survey surveys piece segment clip transcript broadcast`);

/** "posted to Twitter", "took to Facebook", "leaked to the Post". */
export const TO_VERBS = set(`posted post posts posting uploaded shared leaked provided released sent took taking takes
wrote written`);

/** Verbs before "in" that place a text in an outlet ("an article published in the Post", "a column that ran in the Times"). */
export const IN_OUTLET_VERBS = set('published appeared ran printed');

/** "followers on Twitter", "banned on Facebook": a platform named for something other than a statement. */
export const ON_NOT_CREDIT = set(`followers follower following account accounts profile profiles presence ad ads
advertising advertisers ban banned suspended blocked shares stock available streaming users user page pages joined
follow subscribe like join million millions thousand thousands billion`);

/** Nouns after a platform that make it a modifier ("on Facebook ads", "Twitter users"), not a channel. */
export const PLATFORM_MODIFIED =
  set(`ads ad advertising posts post page pages account accounts users user followers group
groups live feed feeds friends stock shares profile profiles videos video`);

/** A noun near "for" that makes the outlet a poll's client: "a poll by Ipsos for The Times". */
export const POLL_NOUNS = set('poll polls polling survey surveys');

/** ", the Denver Post reported.", "CBS and NPR both reported that": what an outlet subject does when it credits. */
export const REPORT_VERBS = set(`reported reports report reporting said says wrote writes noted notes found finds
revealed reveals learned confirmed confirms obtained claimed claims stated quoted cited published broke disclosed
added hypothesized hypothesised speculated suggested asserted alleged explained observed announced described detailed
first-reported`);

/** Words allowed between an outlet subject and its verb ("The Post first reported", "CNN has reported"). */
export const REPORT_ADVERBS = set(`first also previously earlier later exclusively initially originally recently has had
have was were is both all each`);

/** The determiners of "in a tweet", "in her tweet". */
export const TWEET_DETERMINERS = set('a an his her its their one the');

/** Words inside an outlet's name that mark it as one ("Review-Journal", "News-4 San Antonio", "Daily Caller News Foundation"). */
export const OUTLET_HEADS = set(`news times post journal tribune herald gazette chronicle daily magazine radio tv
television network broadcasting channel press review-journal courier inquirer observer examiner sentinel dispatch
bulletin register reporter`);

/** Nouns an adjectival "official" modifies ("an official statement"): no unnamed official is meant. */
export const OFFICIAL_ADJECTIVE_NOUNS = set(`statement statements report reports figure figures data document documents
visit visits trip website websites account accounts channel channels count toll tally estimate estimates result
results language residence position policy record records version name title duties capacity business request
letter complaint announcement confirmation status list notice bulletin investigation inquiry death estimate`);

/** Prepositions whose object is acted on, not speaking ("injured by an American official", "a letter to officials"). */
export const OBJECT_PREPOSITIONS = set('by of for against on at about among upon toward towards into onto between');

/** Verbs before "by" that make its object a source after all ("told by a senior official", "briefed by"). */
export const SOURCING_BEFORE_BY = set('told informed briefed quoted confirmed cited reported interviewed contacted');

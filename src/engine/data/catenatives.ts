/**
 * Catenative verbs: verbs that carry a cue verb in a to-infinitive and keep its subject ("She
 * continues to insist that ...", "He went on to say that ...", "He appeared to suggest that ...").
 * The subject of the catenative verb is the one who speaks.
 *
 * Origin: written for this project (MIT, like the repository), after the aspect and raising verbs
 * around cue verbs in the PolNeAR dev split's missed attributions (Newell, Margolin & Ruths, LREC
 * 2018). Verbs of refusing or intending ("declined to say", "plans to announce") are left out: they
 * report that nothing was said, or not yet; so is "begin" ("I can't begin to think of ..."). Licence: same as this repository.
 */

/** One-word catenatives, every form written out. */
export const CATENATIVE_VERBS: ReadonlySet<string> = new Set([
  'continue',
  'continues',
  'continued',
  'continuing',
  'appear',
  'appears',
  'appeared',
  'appearing',
  'seem',
  'seems',
  'seemed',
  'seeming',
  'proceed',
  'proceeds',
  'proceeded',
  'tend',
  'tends',
  'tended',
]);

/** The first word of a two-word catenative whose second word is "on" ("went on to say"). */
export const CATENATIVE_ON: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'going', 'gone']);

/**
 * Verbs whose object, not subject, does what a following to-infinitive says ("urged the council to
 * reject ...", "allows states to offer ..."): before one, the sentence's subject is not the one who
 * speaks or acts in the infinitive. Every form written out.
 */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set(
  [
    'ask|asks|asked|asking',
    'urge|urges|urged|urging',
    'tell|tells|told|telling',
    'allow|allows|allowed|allowing',
    'force|forces|forced|forcing',
    'want|wants|wanted|wanting',
    'encourage|encourages|encouraged|encouraging',
    'lead|leads|led|leading',
    'prompt|prompts|prompted|prompting',
    'push|pushes|pushed|pushing',
    'require|requires|required|requiring',
    'invite|invites|invited|inviting',
    'persuade|persuades|persuaded|persuading',
    'convince|convinces|convinced|convincing',
    'expect|expects|expected|expecting',
    'need|needs|needed|needing',
    'help|helps|helped|helping',
    'get|gets|got|getting',
    'cause|causes|caused|causing',
    'order|orders|ordered|ordering',
    'pressure|pressures|pressured|pressuring',
    'call|calls|called|calling',
    'direct|directs|directed|directing',
    'enable|enables|enabled|enabling',
    'let|lets|letting',
    'make|makes|made|making',
    'give|gives|gave|giving|given',
    'instruct|instructs|instructed|instructing',
    'appoint|appoints|appointed|appointing',
    'hire|hires|hired|hiring',
    'elect|elects|elected|electing',
    'choose|chooses|chose|choosing|chosen',
    'pick|picks|picked|picking',
    'nominate|nominates|nominated|nominating',
  ].flatMap((row) => row.split('|')),
);

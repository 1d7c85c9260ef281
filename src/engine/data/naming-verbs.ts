/**
 * Verbs that name something with a label right after their object ("The union called the offer
 * “an insult”", "critics dubbed it “the bridge to nowhere”", "which the mayor termed “a farce”"),
 * read by attribution/quoted-label.ts together with the "as" verbs of as-predicate-verbs.ts
 * ("described it as “reckless”").
 *
 * Origin: written for this project (MIT, like the repository), from the English grammar of the
 * object-complement frame (VERB + object + label) and the quoted labels annotated as attributions
 * in the PolNeAR dev split (Newell, Margolin & Ruths, LREC 2018: "called X “a true wake-up call”",
 * "branded North Korea an “outlaw nation”", "which ... called ''total political crap''").
 * Licence: same as this repository.
 */

/** base|3sg|past|-ing: each form to its lemma. */
const NAMING_ROWS: readonly string[] = [
  'call|calls|called|calling',
  'dub|dubs|dubbed|dubbing',
  'term|terms|termed|terming',
  'label|labels|labeled|labeling',
  'label|labels|labelled|labelling',
  'brand|brands|branded|branding',
  'nickname|nicknames|nicknamed|nicknaming',
  'pronounce|pronounces|pronounced|pronouncing',
  'deem|deems|deemed|deeming',
];

function build(): Map<string, { lemma: string; participle: boolean }> {
  const map = new Map<string, { lemma: string; participle: boolean }>();
  for (const row of NAMING_ROWS) {
    const forms = row.split('|');
    forms.forEach((form, n) => {
      if (!map.has(form)) map.set(form, { lemma: forms[0], participle: n === 3 });
    });
  }
  return map;
}

/** Each form of a naming verb to its lemma, and whether it is the -ing form. */
export const NAMING_VERBS: ReadonlyMap<string, { lemma: string; participle: boolean }> = build();

/**
 * Words that may close a clause right after a naming or "as" verb without being its label ("the
 * friend that she called back", "the office she called home", "the number he called often"):
 * cue/gap-label reads none of them as a one-word label.
 */
export const NOT_GAP_LABELS: ReadonlySet<string> = new Set([
  'back',
  'home',
  'often',
  'first',
  'last',
  'twice',
  'again',
  'ahead',
  'forward',
  'out',
  'up',
  'off',
  'down',
  'over',
  'in',
  'on',
]);

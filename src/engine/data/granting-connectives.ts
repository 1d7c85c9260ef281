/**
 * Words for caveats/granted-figures.ts: the connectives that grant a point as known ("of course",
 * "obviously", "in fact") rather than weigh it ("sadly", "shockingly", "alas" stay evaluations).
 *
 * Origin: compiled by hand for this project from the false alarms seen on the CheckThat! 2025
 * English dev split (a known figure granted with "of course" read as the author's opinion); a
 * subset of data/subjectivity.ts STANCE_MARKERS, no third-party list copied. Licence: same as this
 * repository.
 */
export const GRANTING_CONNECTIVES: readonly string[] = [
  'of course',
  'obviously',
  'clearly',
  'naturally',
  'indeed',
  'in fact',
  'admittedly',
  'to be sure',
  'sure enough',
  'certainly',
  'undoubtedly',
  'undeniably',
];

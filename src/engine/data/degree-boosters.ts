/**
 * Intensifiers that only say how much (caveats/figure-reports.ts): "highly", "very", "extremely",
 * "staggeringly". Beside a figure they weigh the figure; the intensifiers of data/subjectivity.ts
 * that are not here grade by the writer's own standard ("needlessly", "woefully", "far too") and
 * stay a verdict even in a sentence of figures.
 *
 * Origin: Written for edge-brief; MIT, picked by hand from INTENSIFIERS (data/subjectivity.ts).
 */
export const DEGREE_BOOSTERS: readonly string[] = [
  'highly',
  'extremely',
  'very',
  'truly',
  'deeply',
  'totally',
  'absolutely',
  'entirely',
  'incredibly',
  'hugely',
  'immensely',
  'enormously',
  'intensely',
  'exceedingly',
  'wildly',
  'staggeringly',
  'breathtakingly',
  'stunningly',
  'spectacularly',
  'thoroughly',
  'profoundly',
  'extraordinarily',
  'exceptionally',
  'unbelievably',
  'simply',
  'so',
];

/**
 * Words that end reported content after a comma: the writer's contrast or concession (", but
 * ...", ", although ...").
 *
 * Origin: written for this project (MIT, like the repository), from where the PolNeAR dev split's
 * annotators end reported content; plain English function words, no third-party list.
 */

/** After a comma, these open a clause the reported content does not include. */
export const CONTENT_CLOSERS: ReadonlySet<string> = new Set(['but', 'yet', 'although', 'though', 'whereas', 'even']);

/**
 * Straight news must stay quiet (issue 16): author-voice caveats per 1,000 words on PolNeAR's news
 * reports, printed by the PolNeAR suite so a caveat rule's false alarms in news can be tracked.
 *
 * PolNeAR mixes news reports with a few opinion pieces; those are left out here. The opinion
 * pieces of the dev split were picked by reading their openings (letters to the editor, columns
 * written in the first person, a campaign op-ed, a news analysis that argues), never from engine
 * output. Article-level sourcing notes (anonymous-sourcing, single-source) are not counted, as in
 * the PTC suite and the dev set. Words are runs of non-space characters.
 */
import type { Brief } from '../../src/schema/brief';
import type { Row } from './shared';

/** PolNeAR dev articles that are opinion, not news reports (the id after "polnear-dev-"). */
const DEV_OPINION = new Set([
  'usa-today_2016-09-08_laws-don-t-apply-equially-to-cli', // letters to the editor
  'usa-today_2016-09-16_hold-melania-trump-to-her-husban', // letters to the editor
  'usa-today_2016-09-29_can-you-imagine-if-trump-were-a-', // letters to the editor
  'usa-today_2016-10-03_my-father-would-have-loved-trump', // first-person op-ed
  'usa-today_2016-09-22_derelict-obama-and-clinton-trump', // campaign op-ed
  'nyt_2016-09-30_keep-the-returns-trump-just-give', // column, first person
  'nyt_2016-10-04_in-avoiding-tax-trump-is-merely-', // column
  'nyt_2016-09-28_what-mexico-could-do-when-up-aga', // column, first person
  'nyt_2016-09-24_small-steps-toward-college-savin', // column, first person plural
  'nyt_2016-09-19_old-hands-help-russia-navigate-u', // media column, first person
  'huff-post_2016-09-26_one-tweet-sums-up-the-absurd-dou', // opinion blog post
  'wash-post_2016-09-29_the-real-trump-showed-up-at-deba', // news analysis that argues
]);

const ARTICLE_LEVEL = new Set(['anonymous-sourcing', 'single-source']);

const isOpinion = (id: string) => DEV_OPINION.has(id.replace(/^polnear-(?:dev|test)-/, ''));

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Sums author-voice caveats and words over the news reports of a split. */
export class NewsVoice {
  private words = 0;
  private caveats = 0;
  private articles = 0;

  constructor(private readonly split: string) {}

  add(id: string, text: string, b: Brief): void {
    // Only the dev split's opinion pieces are known; the metric is a dev number.
    if (this.split !== 'dev' || isOpinion(id)) return;
    this.articles++;
    this.words += countWords(text);
    this.caveats += b.caveats.filter((k) => k.voice === 'author' && !ARTICLE_LEVEL.has(k.kind)).length;
  }

  row(): Row | null {
    if (this.articles === 0) return null;
    const per = (this.caveats * 1000) / this.words;
    return {
      suite: 'polnear',
      metric: 'author-voice caveats per 1,000 words, news reports',
      score: Math.round(per * 100) / 100,
      format: 'count',
      target: 2.4,
      lowerIsBetter: true,
      detail: `${this.caveats} caveats, ${this.words} words, ${this.articles} news reports (opinion pieces left out)`,
    };
  }
}

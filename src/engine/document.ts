/**
 * The analysed document: the text with its paragraphs, sentences and title line, all as exact
 * UTF-16 ranges. Every extractor (actors, claims, sources, caveats, summary) reads this one
 * structure, so the text is segmented once per brief.
 */
import type { Range } from '../schema/brief';
import { splitParagraphs } from './text/paragraphs';
import { splitSentences } from './text/sentences';

export interface Sentence extends Range {
  /** Index of the paragraph that holds it. */
  paragraph: number;
}

export interface Doc {
  text: string;
  paragraphs: Range[];
  sentences: Sentence[];
  /** The heading line that opens the article, when there is one (never part of the body). */
  titleRange: Range | null;
}

/** Longest first line we still take for a heading. */
const MAX_TITLE_WORDS = 30;

export function analyse(text: string): Doc {
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    for (const s of splitSentences(text, p)) sentences.push({ ...s, paragraph: index });
  });
  return { text, paragraphs, sentences, titleRange: findTitleLine(text, paragraphs) };
}

/**
 * A title line: the first paragraph is a single short line and the article goes on after it.
 * PTC, PolNeAR and most CMS exports put the headline there, followed by a blank line.
 */
function findTitleLine(text: string, paragraphs: Range[]): Range | null {
  if (paragraphs.length < 2) return null;
  const first = paragraphs[0];
  const line = text.slice(first.start, first.end);
  if (line.includes('\n')) return null;
  const words = line.split(/\s+/).length;
  return words <= MAX_TITLE_WORDS ? first : null;
}

/**
 * The title of a cited work is not the author's voice (precision on objective sentences): a
 * bracketed reference such as "[You Have To Be Able To Say It, by Jo Roe, The Ledger, May 3, 2022]"
 * or "(Key findings on renters, Harbour Institute, August 26, 2020)" names somebody else's article;
 * a "must", a question or a charged word in its title is that writer's. A reference is a bracket
 * whose content ends on a date ("May 3, 2022" or a year) after a comma and holds at least one
 * other comma (title, outlet, date). This filter drops the author-voice drafts that lie inside one.
 *
 * Linear: per author-voice draft, a look up to REACH characters either side for its brackets.
 */
import type { Doc } from '../document';
import type { Draft } from './author-voice';

const REACH = 300;
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
/** ", May 3, 2022" or ", 2022" (or ", Spring 2008") closing the bracket's content. */
const RE_DATE_END = new RegExp(`,\\s+(?:${MONTH}\\s+\\d{1,2},\\s+|\\p{Lu}\\p{Ll}+\\s+)?(?:1[89]|20)\\d\\d\\s*$`, 'u');

export function quietCitedWorks(doc: Doc, drafts: Draft[]): void {
  const { text } = doc;
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && insideReference(text, d.start, d.end)) {
      doc.trace?.add('caveat', d.start, d.end, 'cited-works/cited-title');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function insideReference(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let k = start - 1; k >= 0 && k >= start - REACH; k--) {
    const c = text[k];
    if (c === '[' || c === '(') {
      open = k;
      break;
    }
    if (c === ']' || c === ')' || c === '\n') return false;
  }
  if (open < 0) return false;
  const closer = text[open] === '[' ? ']' : ')';
  let close = -1;
  for (let k = end; k < text.length && k <= end + REACH; k++) {
    const c = text[k];
    if (c === closer) {
      close = k;
      break;
    }
    if (c === '[' || c === '(' || c === '\n') return false;
  }
  if (close < 0) return false;
  const content = text.slice(open + 1, close);
  if (!RE_DATE_END.test(content)) return false;
  const firstComma = content.indexOf(',');
  return firstComma >= 0 && content.indexOf(',', firstComma + 1) >= 0;
}

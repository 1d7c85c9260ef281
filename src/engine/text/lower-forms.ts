/**
 * The lower-case words of the article that tell against a capitalised word being a name (the name
 * finder's evidence, text/names.ts): those that are also the lower-cased form of a capitalised word.
 */
import { hashOf, type Bounds, type Token } from './name-tokens';

/**
 * The lower-case words of the article that matter: those that are also the lower-cased form of a
 * capitalised word. A word is sliced only when its length and first letter match such a form, so
 * the hundreds of other words of an article cost no string.
 */
export function lowerForms(text: string, tokens: Token[], bounds: Bounds): Set<string> {
  const lowerWords = bounds.data;
  // Each wanted form by a hash of its text; '' where two forms share a hash (then the word is
  // sliced and looked up). A form is dropped once seen, so "the" costs one slice, not fifty.
  // SHAPES counts the wanted forms of each shape, so most words are ruled out by one array read.
  // (Lower-case words of one or two letters are not kept, so forms that short are not wanted.)
  const wanted = new Map<number, string>();
  const shapes = SHAPES;
  const marked: number[] = [];
  for (let ix = 0; ix < tokens.length; ix++) {
    const t = tokens[ix];
    if (!t.cap || t.bare.length <= 2) continue;
    const bare = t.bare;
    const h = hashOf(bare, 0, bare.length);
    const had = wanted.get(h);
    if (had === bare) continue;
    wanted.set(h, had === undefined ? bare : '');
    const shape = shapeOf(bare, 0, bare.length);
    if (shapes[shape]++ === 0) marked.push(shape);
  }
  const seen = new Set<string>();
  for (let k = 0; k < bounds.length && wanted.size > 0; k += 2) {
    const start = lowerWords[k];
    const end = lowerWords[k + 1];
    const shape = shapeOf(text, start, end);
    if (shapes[shape] === 0) continue;
    const h = hashOf(text, start, end);
    const form = wanted.get(h);
    if (form === undefined) continue;
    if (form !== '') {
      if (form.length === end - start && text.startsWith(form, start)) {
        seen.add(form);
        wanted.delete(h);
        shapes[shape]--;
      }
      continue;
    }
    const word = text.slice(start, end);
    if (wantedForm(tokens, word)) seen.add(word);
  }
  for (const shape of marked) shapes[shape] = 0;
  return seen;
}

/** Length, first, second and last letter of a word mixed into an index of SHAPES (a collision only costs a hash). */
function shapeOf(text: string, start: number, end: number): number {
  const h =
    Math.imul(end - start, 0x9e3779b1) ^
    Math.imul(text.charCodeAt(start), 0x85ebca6b) ^
    Math.imul(text.charCodeAt(start + 1), 0xc2b2ae35) ^
    Math.imul(text.charCodeAt(end - 1), 0x27d4eb2f);
  return (h ^ (h >>> 16)) & 0xfff;
}
/** How many wanted forms of each shape `lowerForms` still looks for; all zero between calls. */
const SHAPES = new Uint32Array(1 << 12);

/** Is the word the lower-cased form of a capitalised token? (Only where two forms share a hash.) */
function wantedForm(tokens: Token[], word: string): boolean {
  for (const t of tokens) if (t.cap && t.bare === word) return true;
  return false;
}

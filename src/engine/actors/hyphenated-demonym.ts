/**
 * Rule classify/hyphenated-demonym: "African-Americans", "a Korean-American lawyer": a one-word
 * name whose last hyphenated part is a demonym names a people or describes someone, as
 * "Americans" and "Korean" do, and is no actor. Issue 16 (junk actors, one typed a place), seen
 * reading a PolNeAR dev article.
 */
import { countryOfLower } from '../data/countries';
import { NATIONALITY, nameWordBits } from './name-words';

/** "african-americans", "korean-american": a one-word name whose last hyphenated part is a demonym. */
export function isHyphenatedDemonym(key: string): boolean {
  const dash = key.lastIndexOf('-');
  if (dash <= 0 || dash === key.length - 1) return false;
  const part = key.slice(dash + 1);
  return (countryOfLower(part)?.demonym ?? false) || (nameWordBits(part) & NATIONALITY) !== 0;
}

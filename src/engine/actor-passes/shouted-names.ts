/**
 * An actor named by its all-caps form ("IRAN", from a shouted headline) when the article also
 * writes the name in mixed case ("Iran"): the mixed-case form is its name. Acronyms ("NATO") have
 * no mixed-case mention and keep theirs. Linear in the mentions.
 */
import { live, replace, type ActorList } from './list';

export function unshoutNames(list: ActorList): void {
  const { text } = list.doc;
  for (const a of live(list)) {
    if (!isShouted(a.name)) continue;
    for (const m of a.mentions) {
      if (m.end - m.start !== a.name.length) continue;
      const written = text.slice(m.start, m.end);
      if (written !== a.name && written.toUpperCase() === a.name && isMixedCase(written)) {
        replace(list, a, { ...a, name: written });
        list.doc.trace?.add('actor', m.start, m.end, 'actor-passes/unshouted-name');
        break;
      }
    }
  }
}

/** Two or more letters, all capitals (ASCII names only: the check reads char codes). */
function isShouted(name: string): boolean {
  let letters = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c >= 128) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/** A capital first and a lower-case letter after it ("Iran", "Sierra Leone"), not "iRAN". */
function isMixedCase(written: string): boolean {
  const first = written.charCodeAt(0);
  return first >= 65 && first <= 90 && /[a-z]/.test(written);
}

/**
 * The speaker check's question "does the text write this name as a handle, '@name'?" (a
 * lower-case handle is a user, not a headless phrase), answered from an index of the text's "@"
 * signs: asked of the whole text once per claim, it made text full of such claims quadratic.
 */
export class Handles {
  /** The offsets of the "@" signs, by the code unit after each; built at the first question. */
  private byNext: Map<number, number[]> | null = null;
  private any = false;
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  /** `text.includes('@' + name)`. */
  has(name: string): boolean {
    const known = this.answers.get(name);
    if (known !== undefined) return known;
    const byNext = (this.byNext ??= this.index());
    let found = name.length === 0 ? this.any : false;
    const at = byNext.get(name.charCodeAt(0));
    if (at) for (let k = 0; k < at.length && !found; k++) found = this.text.startsWith(name, at[k] + 1);
    this.answers.set(name, found);
    return found;
  }

  private index(): Map<number, number[]> {
    const byNext = new Map<number, number[]>();
    const { text } = this;
    for (let p = text.indexOf('@'); p >= 0; p = text.indexOf('@', p + 1)) {
      this.any = true;
      const next = text.charCodeAt(p + 1);
      const list = byNext.get(next);
      if (list) list.push(p);
      else byNext.set(next, [p]);
    }
    return byNext;
  }
}

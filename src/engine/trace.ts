/**
 * The rule trace: which named rules made each item of a brief.
 *
 * `brief(input, { trace: true })` hands a `Trace` to every extractor through `doc.trace`; a rule that
 * makes, keeps or changes an item calls `doc.trace?.add(kind, start, end, 'pass/rule-name')` with the
 * item's span. Without the option `doc.trace` is undefined and the calls cost one property read.
 * The trace is for people tuning rules (`edge-brief --trace`); it is never part of a stored brief
 * and never changes the brief itself.
 */
export type TraceKind = 'actor' | 'claim' | 'source' | 'caveat' | 'summary';

export interface TraceEntry {
  kind: TraceKind;
  start: number;
  end: number;
  /** The rules that fired for this span, in the order they fired, each once. */
  rules: string[];
}

export class Trace {
  private readonly entries = new Map<string, TraceEntry>();

  add(kind: TraceKind, start: number, end: number, rule: string): void {
    const key = `${kind}:${start}:${end}`;
    const entry = this.entries.get(key);
    if (!entry) this.entries.set(key, { kind, start, end, rules: [rule] });
    else if (!entry.rules.includes(rule)) entry.rules.push(rule);
  }

  /** Entries in text order, then by kind. */
  list(): TraceEntry[] {
    return [...this.entries.values()].sort(
      (a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind),
    );
  }
}

/**
 * The role-anaphor pass's look-ups (role-anaphor.ts), indexed once per document: which person
 * holding a role was mentioned last before a position, and where an actor's last mention before a
 * position ends. Scanning every holder's mentions per anaphor made a role that speaks thousands of
 * times quadratic.
 */
import type { Actor } from '../../schema/brief';
import { holdsRole } from '../actors/role-office';
import { lowerBound } from '../text/partition';

/** The mentions of one role's holders, sorted by start (on a tie, the first in actor then mention order last). */
interface Holders {
  starts: Float64Array;
  ends: Float64Array;
  actors: Actor[];
}

export class RoleHolders {
  private readonly byRole = new Map<string, Holders>();
  private readonly endsOf = new Map<Actor, Float64Array>();

  constructor(private readonly actors: readonly Actor[]) {}

  /**
   * The person holding `role` with the latest-starting mention that ends by `at` (on a tie, the
   * first in actor order, then mention order), or null.
   */
  lastBefore(role: string, at: number): Actor | null {
    let h = this.byRole.get(role);
    if (!h) this.byRole.set(role, (h = this.index(role)));
    // Back from the last mention starting by `at`: the first that also ends by `at` starts last.
    // (Only mentions running across `at` are passed over.)
    for (let k = lowerBound(h.starts, at + 1) - 1; k >= 0; k--) if (h.ends[k] <= at) return h.actors[k];
    return null;
  }

  /** The one person holding `role` in the document, when exactly one does and is mentioned by `at`, or null. */
  onlyBefore(role: string, at: number): Actor | null {
    const last = this.lastBefore(role, at);
    return last && this.byRole.get(role)!.actors.every((a) => a === last) ? last : null;
  }

  /** Where the actor's last mention ending by `at` ends (0 for none). */
  lastMentionEnd(actor: Actor, at: number): number {
    let ends = this.endsOf.get(actor);
    if (!ends) {
      ends = Float64Array.from(actor.mentions, (m) => m.end).sort();
      this.endsOf.set(actor, ends);
    }
    const k = lowerBound(ends, at + 1) - 1;
    return k >= 0 && ends[k] > 0 ? ends[k] : 0;
  }

  private index(role: string): Holders {
    const list: { start: number; end: number; actor: Actor; order: number }[] = [];
    for (const a of this.actors) {
      if (a.type !== 'person' || !holdsRole(a, role)) continue;
      for (const m of a.mentions) list.push({ start: m.start, end: m.end, actor: a, order: list.length });
    }
    list.sort((x, y) => x.start - y.start || y.order - x.order);
    return {
      starts: Float64Array.from(list, (x) => x.start),
      ends: Float64Array.from(list, (x) => x.end),
      actors: list.map((x) => x.actor),
    };
  }
}

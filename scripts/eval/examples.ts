/**
 * The worked examples in shared/examples/: every `must` item of each `*-expected.json` and every
 * `mustNot`, checked one by one with the matching rules those files state (names compare
 * case-insensitively against an item's name or aliases; `contains` against the item's text with
 * quotes folded and white space collapsed).
 */
import { readdirSync } from 'node:fs';
import { brief } from '../../src/engine';
import type { Brief, Claim } from '../../src/schema/brief';
import { SHARED, fold, readShared, type Suite } from './shared';

export interface Check {
  example: string;
  section: string;
  item: string;
  pass: boolean;
}

/** A worked example's `*-expected.json`: what its brief must and must not contain. */
export interface ExpectedBrief {
  article: string;
  title?: string;
  actors?: { must?: { name: string; type?: string; roleContains?: string }[]; mustNot?: string[] };
  claims?: {
    must?: { contains: string; speaker?: string; cue?: string; kind?: string; anonymous?: boolean; via?: string }[];
    mustNot?: { contains: string }[];
  };
  sources?: { must?: { name?: string; nameContains?: string; anonymous?: boolean }[] };
  caveats?: {
    must?: { contains: string; kinds?: string[]; voice?: string }[];
    mustNot?: { contains: string; voice?: string }[];
  };
  summary?: { mustMention?: string[] };
}

const lower = (s: string) => s.toLowerCase();

function actorNames(b: Brief, actorId: string | null | undefined): string[] {
  const actor = b.actors.find((a) => a.id === actorId);
  return actor ? [actor.name, ...actor.aliases] : [];
}

export function speakerMatches(b: Brief, claim: Claim, expected: string): boolean {
  if (!claim.speaker) return false;
  const want = lower(expected);
  const names = [claim.speaker.name, ...actorNames(b, claim.speaker.actorId)].map(lower);
  return names.some((n) => n === want || n.split(/[^\p{L}\p{N}.'-]+/u).includes(want));
}

function cueMatches(claim: Claim, expected: string): boolean {
  return claim.cue !== null && lower(claim.cue).split(/\s+/).includes(lower(expected));
}

export function checkExample(expectedFile: string, b: Brief): Check[] {
  const spec = JSON.parse(readShared(`examples/${expectedFile}`)) as ExpectedBrief;
  const example = spec.article as string;
  const checks: Check[] = [];
  const check = (section: string, item: string, pass: boolean) => checks.push({ example, section, item, pass });

  if (spec.title) check('title', spec.title, b.title === spec.title);

  for (const want of spec.actors?.must ?? []) {
    const pass = b.actors.some(
      (a) =>
        [a.name, ...a.aliases].some((n) => lower(n) === lower(want.name)) &&
        (!want.type || a.type === want.type) &&
        (!want.roleContains || a.roles.some((r) => lower(r).includes(lower(want.roleContains ?? '')))),
    );
    check('actors.must', JSON.stringify(want), pass);
  }
  for (const name of spec.actors?.mustNot ?? []) {
    check('actors.mustNot', name, !b.actors.some((a) => [a.name, ...a.aliases].some((n) => lower(n) === lower(name))));
  }

  for (const want of spec.claims?.must ?? []) {
    const pass = b.claims.some(
      (c) =>
        fold(c.text).includes(fold(want.contains)) &&
        (!want.speaker || speakerMatches(b, c, want.speaker)) &&
        (!want.cue || cueMatches(c, want.cue)) &&
        (!want.kind || c.kind === want.kind) &&
        (want.anonymous === undefined || c.speaker?.anonymous === want.anonymous) &&
        (!want.via ||
          c.sourceIds.some((id) =>
            lower(b.sources.find((s) => s.id === id)?.name ?? '').includes(lower(want.via ?? '')),
          )),
    );
    check('claims.must', JSON.stringify(want), pass);
  }
  for (const bad of spec.claims?.mustNot ?? []) {
    check('claims.mustNot', bad.contains, !b.claims.some((c) => fold(c.text).includes(fold(bad.contains))));
  }

  for (const want of spec.sources?.must ?? []) {
    const pass = b.sources.some(
      (s) =>
        (want.name ? lower(s.name) === lower(want.name) : lower(s.name).includes(lower(want.nameContains ?? ''))) &&
        (want.anonymous === undefined || s.anonymous === want.anonymous),
    );
    check('sources.must', JSON.stringify(want), pass);
  }

  for (const want of spec.caveats?.must ?? []) {
    const pass = b.caveats.some(
      (k) =>
        fold(k.text).includes(fold(want.contains)) &&
        (!want.kinds || want.kinds.includes(k.kind)) &&
        (!want.voice || k.voice === want.voice),
    );
    check('caveats.must', JSON.stringify(want), pass);
  }
  for (const bad of spec.caveats?.mustNot ?? []) {
    // Stricter than containment: no caveat in that voice may touch the phrase at all.
    const phrase = fold(bad.contains);
    const pass = !b.caveats.some(
      (k) => (!bad.voice || k.voice === bad.voice) && (fold(k.text).includes(phrase) || phrase.includes(fold(k.text))),
    );
    check('caveats.mustNot', bad.contains, pass);
  }

  for (const name of spec.summary?.mustMention ?? []) {
    check(
      'summary.mustMention',
      name,
      b.summary.some((s) => s.text.includes(name)),
    );
  }
  return checks;
}

export function expectedFiles(): string[] {
  return readdirSync(new URL('examples/', SHARED))
    .filter((f) => f.endsWith('-expected.json'))
    .sort();
}

export function runExamples(): Check[] {
  return expectedFiles().flatMap((file) => {
    const spec = JSON.parse(readShared(`examples/${file}`)) as ExpectedBrief;
    return checkExample(file, brief({ text: readShared(`examples/${spec.article}`) }));
  });
}

export const examplesSuite: Suite = {
  name: 'examples',
  run() {
    const checks = runExamples();
    const bySection = new Map<string, Check[]>();
    for (const c of checks) bySection.set(c.section, [...(bySection.get(c.section) ?? []), c]);
    const rows = [...bySection].map(([section, cs]) => ({
      suite: 'examples',
      metric: section,
      score: cs.filter((c) => c.pass).length / cs.length,
      target: 1,
      detail: `${cs.filter((c) => c.pass).length}/${cs.length}`,
    }));
    const passed = checks.filter((c) => c.pass).length;
    rows.push({
      suite: 'examples',
      metric: 'all items',
      score: passed / checks.length,
      target: 1,
      detail: `${passed}/${checks.length}`,
    });
    return { rows, details: checks };
  },
};

/**
 * The sourcing desk's metadata (published time, authors, section) read out of a CMS payload. CMS
 * fields come in many shapes, so each reader takes the common ones and leaves the rest out rather
 * than guess: a date string; names as a string, a list of strings, or objects with a `name`
 * (`displayName`, `display_name`, `fullName`, `title`); a section likewise, the first if a list.
 * References a CMS sends unresolved (Contentful `Link`s, Sanity `_ref`s) have no name and are skipped.
 */
import type { ArticleMeta } from '../desk/rows';
import { isRecord, stringOf } from './types';

const NAME_KEYS = ['name', 'displayName', 'display_name', 'fullName', 'title'] as const;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return stringOf(value);
  if (!isRecord(value)) return undefined;
  for (const key of NAME_KEYS) {
    const name = stringOf(value[key]);
    if (name) return name;
  }
  return undefined;
}

export function authorsOf(value: unknown): string[] | undefined {
  const names = (Array.isArray(value) ? value : [value]).map(nameOf).filter((n): n is string => n !== undefined);
  return names.length > 0 ? names : undefined;
}

export function sectionOf(value: unknown): string | undefined {
  return Array.isArray(value) ? value.map(nameOf).find((n) => n !== undefined) : nameOf(value);
}

export function dateOf(value: unknown): string | undefined {
  return stringOf(value);
}

/** The three from the fields a setting names (`fields` is the entry, already localised where needed). */
export function metaFromFields(
  read: (field: string) => unknown,
  names: { publishedField: string; authorsField: string; sectionField: string },
): ArticleMeta {
  return {
    publishedAt: dateOf(read(names.publishedField)),
    authors: authorsOf(read(names.authorsField)),
    section: sectionOf(read(names.sectionField)),
  };
}

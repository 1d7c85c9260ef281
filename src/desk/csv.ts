/** CSV (RFC 4180) for the desk's article rows: every field quoted when it holds a quote, comma or line break. */
import type { DeskArticleRow } from './queries';

export const CSV_COLUMNS = [
  'source',
  'articleId',
  'briefId',
  'title',
  'url',
  'publishedAt',
  'briefedAt',
  'section',
  'authors',
  'words',
  'claims',
  'speakers',
  'anonymousClaims',
  'sources',
  'authorVoiceCaveats',
  'authorVoicePer1000Words',
] as const satisfies readonly (keyof DeskArticleRow)[];

export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  // A leading = + - @ makes spreadsheets run the cell as a formula: prefix a quote (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(row: DeskArticleRow): string {
  return `${CSV_COLUMNS.map((column) => csvField(row[column])).join(',')}\r\n`;
}

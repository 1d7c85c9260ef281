/**
 * Is the pasted article HTML or plain text? The form has an explicit choice; "auto" decides here.
 *
 * Only text that is markup from its first character to its last counts as HTML (a pasted page or
 * fragment such as `<p>…</p>`). Prose that merely contains a tag, like a story quoting
 * `<script>` or a hostile paste, stays plain text and is shown exactly as typed rather than having
 * its "tags" stripped. Shared with the browser script, so self-contained.
 */
export type ArticleFormat = 'auto' | 'text' | 'html';

export function isHtmlArticle(text: string, format: ArticleFormat): boolean {
  if (format !== 'auto') return format === 'html';
  const t = text.trim();
  return t.startsWith('<') && t.endsWith('>');
}

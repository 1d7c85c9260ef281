/**
 * Validation at the edge: zod failures become 422 problems that list every issue.
 * Used as the `defaultHook` of every OpenAPIHono, and directly for bodies the route validators
 * do not parse (text/plain, text/html).
 */
import type { z } from '@hono/zod-openapi';
import { ArticleInput } from '../schema/brief';
import { ProblemError } from './problem';

export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message }));
}

export function invalidRequest(error: z.ZodError, what = 'request'): ProblemError {
  const errors = issuesOf(error);
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return new ProblemError(422, {
    slug: 'invalid-request',
    title: `The ${what} does not match the schema`,
    detail,
    errors,
  });
}

/** Hook for `@hono/zod-openapi`: throw a 422 problem on any validation failure. */
export function validationHook(result: { success: true } | { success: false; error: z.ZodError }): void {
  if (!result.success) throw invalidRequest(result.error);
}

export function parseArticle(value: unknown): z.infer<typeof ArticleInput> {
  const result = ArticleInput.safeParse(value);
  if (!result.success) throw invalidRequest(result.error, 'article');
  return result.data;
}

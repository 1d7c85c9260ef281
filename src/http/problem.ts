/**
 * RFC 9457 problem details: the one error shape of the API.
 *
 * Throw a `ProblemError` anywhere in a request; `app.onError` turns it (and Hono's own
 * `HTTPException`s for malformed JSON, oversized bodies and unsupported media types) into an
 * `application/problem+json` response.
 *
 * @example
 * throw new ProblemError(422, { slug: 'blank-text', title: 'Article text is blank', detail: 'Send the article in `text`.' });
 */
import type { Problem } from '../schema/brief';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemInit {
  /** The last part of the problem's `type` URN (`urn:edge-brief:problem:<slug>`). */
  slug: string;
  title: string;
  detail: string;
  /** Validation issues, one per failing field. */
  errors?: Problem['errors'];
  /** Extra response headers (`Retry-After`, `WWW-Authenticate`). */
  headers?: Record<string, string>;
}

export class ProblemError extends Error {
  readonly slug: string;
  readonly title: string;
  readonly detail: string;
  readonly errors?: Problem['errors'];
  readonly headers?: Record<string, string>;

  constructor(
    readonly status: number,
    init: ProblemInit,
  ) {
    super(init.detail);
    this.name = 'ProblemError';
    this.slug = init.slug;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.headers = init.headers;
  }

  toProblem(): Problem {
    const problem: Problem = {
      type: problemType(this.slug),
      title: this.title,
      status: this.status,
      detail: this.detail,
    };
    if (this.errors) problem.errors = this.errors;
    return problem;
  }
}

export function problemType(slug: string): string {
  return `urn:edge-brief:problem:${slug}`;
}

export function problemResponse(error: ProblemError): Response {
  return new Response(JSON.stringify(error.toProblem()), {
    status: error.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...error.headers },
  });
}

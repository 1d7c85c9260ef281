/**
 * The one error handler: every failure becomes an RFC 9457 problem. Shared by the app (src/app.ts)
 * and the Worker's front router (src/front.ts), so the hot path answers errors exactly as the app.
 */
import { HTTPException } from 'hono/http-exception';
import { ProblemError, problemResponse, type ProblemInit } from './problem';

export function problemForError(error: Error): Response {
  if (error instanceof ProblemError) return problemResponse(error);
  if (error instanceof HTTPException) return problemResponse(fromHttpException(error));
  console.error('unhandled error:', error);
  return problemResponse(
    new ProblemError(500, {
      slug: 'internal',
      title: 'Internal Server Error',
      detail: 'Something went wrong on our side; the error has been logged.',
    }),
  );
}

const KNOWN_HTTP_PROBLEMS: Record<number, ProblemInit> = {
  400: { slug: 'invalid-json', title: 'Malformed JSON', detail: 'The request body is not valid JSON.' },
  413: { slug: 'payload-too-large', title: 'Request body too large', detail: 'The body is larger than the limit.' },
  415: {
    slug: 'unsupported-media-type',
    title: 'Unsupported Media Type',
    detail: 'Send the article as application/json, text/plain or text/html.',
  },
};

function fromHttpException(error: HTTPException): ProblemError {
  const known = KNOWN_HTTP_PROBLEMS[error.status];
  if (known) return new ProblemError(error.status, known);
  return new ProblemError(error.status, {
    slug: `http-${error.status}`,
    title: error.message || 'Request failed',
    detail: error.message || `HTTP ${error.status}`,
  });
}

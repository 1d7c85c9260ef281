/** Bare Hono echo for `npm run bench:hits`: `GET /echo?bytes=N` answers N bytes of JSON. */
import { Hono } from 'hono';

const bodies = new Map<number, string>();
const app = new Hono();
app.get('/echo', (c) => {
  const bytes = Math.min(Math.max(Number(c.req.query('bytes')) || 2, 16), 1_000_000);
  let body = bodies.get(bytes);
  if (!body) {
    body = JSON.stringify({ pad: 'x'.repeat(bytes - 10) });
    bodies.set(bytes, body);
  }
  return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8', etag: `"${bytes}"` });
});

export default app;

/**
 * Desk sign-in (issue 15): with API_TOKEN set, /desk asks for the token once and keeps a signed
 * session cookie that cannot be forged, stretched past its expiry or replayed after sign-out.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call } from './helpers';

const TOKEN = 'desk-test-token-0123456789abcdef';
const withToken = { API_TOKEN: TOKEN };
const ORIGIN = { origin: 'http://localhost' };

function signIn(token: string, headers: Record<string, string> = ORIGIN, env: Record<string, string> = withToken) {
  return call(
    '/desk/sign-in',
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ token }).toString(),
      redirect: 'manual',
    },
    env,
  );
}

/** Sign in with the token; the cookie as the browser would send it back. */
async function session(): Promise<{ cookie: string; setCookie: string }> {
  const res = await signIn(TOKEN);
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe('/desk');
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0], setCookie };
}

const desk = (cookie?: string, env: Record<string, string> = withToken) =>
  call('/desk', cookie ? { headers: { cookie } } : undefined, env);

async function expectSignInForm(res: Response) {
  expect(res.status).toBe(401);
  const page = await res.text();
  expect(page).toContain('<form class="card" method="post" action="/desk/sign-in"');
  expect(page).not.toContain('<svg');
}

afterEach(() => vi.restoreAllMocks());

describe('desk sign-in', () => {
  it('asks for the token with a plain form, under the page CSP', async () => {
    const res = await desk();
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    await expectSignInForm(res);
  });

  it('signs in once with the token: an HttpOnly, Secure, SameSite=Strict cookie that opens the desk', async () => {
    const { cookie, setCookie } = await session();
    expect(setCookie).toMatch(/^__Host-desk_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    const res = await desk(cookie);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<svg');
    expect(page).toContain('action="/desk/sign-out"');
  });

  it('refuses a wrong token with the form again and no cookie', async () => {
    const res = await signIn('not-the-token');
    expect(res.headers.get('set-cookie')).toBeNull();
    await expectSignInForm(res);
  });

  it('refuses a sign-in posted from another site', async () => {
    const res = await signIn(TOKEN, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a forged cookie: a changed id, a changed expiry, a bare id, another key', async () => {
    const { cookie } = await session();
    const [name, raw] = cookie.split('=');
    const value = decodeURIComponent(raw);
    const [id, expires, signature] = value.split('.');
    const forged = [
      `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}.${expires}.${signature}`,
      `${id}.${Number(expires) + 86_400}.${signature}`,
      `${id}.${expires}`,
      `${id}.${expires}.${btoa('x'.repeat(32))}`,
    ];
    for (const v of forged) await expectSignInForm(await desk(`${name}=${encodeURIComponent(v)}`));
    // The same cookie is refused once API_TOKEN no longer holds the token it was signed with.
    await expectSignInForm(await desk(cookie, { API_TOKEN: 'another-token-entirely' }));
    // ... and still accepted while that token is one of several (a rotation in progress).
    expect((await desk(cookie, { API_TOKEN: `another-token-entirely,${TOKEN}` })).status).toBe(200);
  });

  it('refuses an expired cookie', async () => {
    const { cookie } = await session();
    expect((await desk(cookie)).status).toBe(200);
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 13 * 60 * 60 * 1000);
    await expectSignInForm(await desk(cookie));
  });

  it('signs out for good: the same cookie replayed afterwards is refused', async () => {
    const { cookie } = await session();
    const other = await session(); // another browser's session stays open
    const out = await call(
      '/desk/sign-out',
      { method: 'POST', headers: { cookie, ...ORIGIN }, redirect: 'manual' },
      withToken,
    );
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-desk_session=; Max-Age=0/);
    await expectSignInForm(await desk(cookie));
    expect((await desk(other.cookie)).status).toBe(200);
  });

  it('keeps the desk open as before when no API_TOKEN is set, and a bearer token still works', async () => {
    const open = await desk(undefined, {});
    expect(open.status).toBe(200);
    expect(await open.text()).not.toContain('/desk/sign-out');
    const res = await signIn(TOKEN, ORIGIN, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toBeNull();
    const bearer = await call('/desk', { headers: { authorization: `Bearer ${TOKEN}` } }, withToken);
    expect(bearer.status).toBe(200);
  });
});

// The API's access token: which hosts need one, and the onRequest check that every /api route passes
// (bearer header, compared in constant time). The page itself holds no data and stays public.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';

/** True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireAccessToken(app: FastifyInstance, token: string): void {
  const expected = digest(`Bearer ${token}`);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const given = req.headers.authorization ?? '';
    if (timingSafeEqual(digest(given), expected)) return;
    return reply
      .status(401)
      .header('www-authenticate', 'Bearer')
      .send({
        error: given
          ? 'unauthorized: wrong access token'
          : 'unauthorized: this server needs its access token (KG_TOKEN) as "Authorization: Bearer <token>"',
      });
  });
}

// @ts-check
/**
 * A static server over a build, as a host would serve it: gzip for text, long caching for hashed assets,
 * 404.html for missing pages. The audit and Lighthouse use it (Lighthouse measures what readers would download,
 * so the build is served compressed). Pagefind's index files are already compressed and are sent as they are.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/**
 * @param {string} dist
 * @param {number} port 0 for any free port
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(dist, port = 0) {
  /** @type {Map<string, Buffer>} */
  const gzCache = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(normalize(dist))) return void response.writeHead(403).end();
    let status = 200;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      file = join(dist, '404.html');
      status = 404;
    }
    const ext = extname(file);
    /** @type {Buffer} */
    let body = await readFile(file);
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': TYPES[/** @type {keyof typeof TYPES} */ (ext)] ?? 'application/octet-stream' };
    headers['Cache-Control'] = path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const cached = gzCache.get(file) ?? gzipSync(body, { level: 6 });
      gzCache.set(file, cached);
      body = cached;
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

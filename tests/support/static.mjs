// Serves a built dist/ the way a static host does: files at their paths, a
// folder's index.html (a folder asked without its slash is redirected to
// it, so the page's relative asset URLs resolve), gzip or brotli when the
// browser accepts it (a precompressed `.br`/`.gz` beside the file first),
// and the headers README's "Static hosting" asks hosts for. No script is
// injected into any page. Used by `bash .ci/serve`, the end-to-end tests
// and the benchmark:
//   node tests/support/static.mjs DIR [PORT]     (default 8080, 127.0.0.1)

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.txt', '.webmanifest']);
/** Trunk's hashed names (`kolcalc-8518bbc5767f9330.js`) never change content. */
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

/** How `file` should be cached: hashed files for a year, the rest revalidated. */
export function cacheControl(file) {
  return HASHED.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The encoding to send: the first of the host's `encodings` the request's
 *  Accept-Encoding offers. */
function chooseEncoding(accept, encodings) {
  const offered = String(accept ?? '').split(',').map((part) => part.trim().split(';')[0]);
  return encodings.find((encoding) => offered.includes(encoding)) ?? null;
}

const compressedCache = new Map();
/** `body` of `file` in `encoding`: the precompressed file beside it, or compressed once here. */
function encoded(file, body, encoding) {
  const precompressed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  if (fs.existsSync(precompressed)) return fs.readFileSync(precompressed);
  const key = `${file}\0${encoding}\0${fs.statSync(file).mtimeMs}`;
  if (!compressedCache.has(key)) {
    compressedCache.set(
      key,
      encoding === 'br'
        ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : zlib.gzipSync(body, { level: 9 }),
    );
  }
  return compressedCache.get(key);
}

/** Serves `dir` on `host` at `port` (0: a free one); resolves to
 *  { url, origin, close }. `onServe({ path, status })` hears of every request;
 *  `encodings` are the compressions the host offers, preferred first. */
export function serveDir(dir, onServe = () => {}, { port = 0, host = '127.0.0.1', encodings = ['br', 'gzip'] } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = path.normalize(path.join(root, urlPath));
    if (file !== root && !file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!urlPath.endsWith('/')) {
        onServe({ path: urlPath, status: 301 });
        response.writeHead(301, { location: `${urlPath}/` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    fs.readFile(file, (error, body) => {
      onServe({ path: urlPath, status: error ? 404 : 200 });
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const extension = path.extname(file).toLowerCase();
      const headers = {
        'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
        'cache-control': cacheControl(file),
        // A frame sandboxed without allow-same-origin has an opaque origin
        // and fetches the files cross-origin (as GitHub Pages allows).
        'access-control-allow-origin': '*',
        'x-content-type-options': 'nosniff',
      };
      let payload = body;
      if (COMPRESSIBLE.has(extension)) {
        headers.vary = 'accept-encoding';
        const encoding = chooseEncoding(request.headers['accept-encoding'], encodings);
        if (encoding) {
          payload = encoded(file, body, encoding);
          headers['content-encoding'] = encoding;
        }
      }
      headers['content-length'] = payload.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : payload);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}/`,
        origin: `http://${host}:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(done);
          }),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`no ${path.join(dir, 'index.html')}: build first (trunk build --release)`);
    process.exit(1);
  }
  const server = await serveDir(dir, () => {}, { port: Number(port) });
  console.log(`kolcalc: serving ${dir} at ${server.url} (Ctrl-C stops)`);
}

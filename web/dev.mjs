// Development server (no dependency): serves dist/ on 127.0.0.1:18081 with the same Content-Security-Policy as
// Ringleader, and proxies /api/ and /browser/ to a Ringleader server (RINGLEADER_DEV_API, default 127.0.0.1:18080).
import { createServer, request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const dist = new URL('./dist/', import.meta.url).pathname;
const [apiHost, apiPort] = (process.env.RINGLEADER_DEV_API ?? '127.0.0.1:18080').split(':');
const port = Number(process.env.PORT ?? 18081);
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

createServer(async (req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  if (path.startsWith('/api/') || path.startsWith('/browser/')) {
    const up = request({ host: apiHost, port: Number(apiPort), path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => {
      res.writeHead(502, { 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ title: 'Bad Gateway', status: 502, detail: `no Ringleader at ${apiHost}:${apiPort}` }));
    });
    req.pipe(up);
    return;
  }
  const file = normalize(path === '/' ? 'index.html' : path.slice(1));
  if (file.startsWith('..')) return void res.writeHead(400).end();
  try {
    const body = await readFile(join(dist, file));
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`workbench on http://127.0.0.1:${port}/ (API: ${apiHost}:${apiPort})`));

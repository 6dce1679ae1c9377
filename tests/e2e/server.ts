/**
 * Serves the fixture pages over HTTPS under the real host names
 * (www.facebook.com, x.com), so Chromium's --host-resolver-rules send those
 * names here and the extension's production match patterns are what fire.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = new URL('.', import.meta.url).pathname;
export const TMP = join(ROOT, '.tmp');

const pageHtml = (title: string, body: string, css = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:15px/1.4 system-ui,sans-serif;margin:0;background:#f0f2f5}main,[role=main]{max-width:620px;margin:16px auto}
[contenteditable]{background:#fff;border:1px solid #ccd0d5;border-radius:8px;padding:10px;min-height:40px;outline:none}
[role=dialog]{position:fixed;top:60px;left:50%;transform:translateX(-50%);width:560px;background:#fff;padding:16px;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.2)}
[role=button],button{display:inline-block;margin-top:8px;padding:6px 14px;background:#1877f2;color:#fff;border-radius:6px;border:0;cursor:pointer;font-weight:600}
[role=article],article{background:#fff;margin:12px 0;padding:12px;border-radius:8px}${css}</style></head>
<body>${body}</body></html>`;

const FACEBOOK_HTML = pageHtml(
  'Facebook',
  `<div role="banner" style="background:#fff;padding:8px 16px"><a id="to-group" href="/groups/bramptonfenwick">Groups</a>
<button id="add-comment" type="button">Load more comments</button></div>
<div id="main" role="main"></div><p id="status" role="status"></p><script src="/fixture.js"></script>`,
);

function certificate(): { key: Buffer; cert: Buffer } {
  mkdirSync(TMP, { recursive: true });
  const key = join(TMP, 'key.pem');
  const cert = join(TMP, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:www.facebook.com,DNS:x.com,DNS:localhost'], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [join(ROOT, 'fixtures', entry)], bundle: true, write: false, format: 'iife', minify: false,
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' }, jsx: 'automatic', logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const [facebookJs, xJs] = await Promise.all([bundle('facebook.ts'), bundle('x.tsx')]);
  const draftCss = readFileSync(join(ROOT, '../../node_modules/draft-js/dist/Draft.css'), 'utf8');
  const X_HTML = pageHtml('X', '<div id="main"></div><p id="status" role="status"></p><script src="/fixture.js"></script>', draftCss);
  const server: Server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const isX = host === 'x.com' || host === 'twitter.com';
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/fixture.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(isX ? xJs : facebookJs);
    } else if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(isX ? X_HTML : FACEBOOK_HTML);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

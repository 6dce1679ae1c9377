/**
 * npm start: builds the extension and opens Chromium with it loaded on local
 * pages that have the structure of Facebook's and X's composers, so a
 * newcomer sees it work without logging in anywhere. Ctrl+C to stop.
 */
import { execSync } from 'node:child_process';
import { launchWithExtension } from '../tests/e2e/browser';
import { startFixtureServer } from '../tests/e2e/server';

execSync('npx wxt build', { stdio: 'inherit' });
const server = await startFixtureServer();
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchWithExtension(server.port, { headless });
const facebook = await browser.context.newPage();
await facebook.goto('https://www.facebook.com/');
const x = await browser.context.newPage();
await x.goto('https://x.com/home');
await browser.context.pages()[0]?.close().catch(() => undefined);

console.log(`
Stop, Think, Ask is running in Chromium with two demo pages:
  https://www.facebook.com/  (served locally: a create-post dialog and a comment box, built on Lexical)
  https://x.com/home         (served locally: the home composer, reply and quote, built on Draft.js)
Try typing:  "Cllr Jo here. Off the record, Dave at 22 Orchard Close is a liar."  then press Post.
The extension's popup and settings are on the toolbar (the jigsaw icon) and at
  chrome-extension://${browser.extensionId}/options.html
${headless ? '\nNo display was found, so Chromium runs headless: set DISPLAY (or run under xvfb-run) to see it.\n' : ''}Press Ctrl+C to stop.`);

const stop = async () => {
  await browser.close().catch(() => undefined);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.context.on('close', () => void stop());

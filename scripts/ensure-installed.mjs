#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh machine: installs the npm
// packages (npm ci) and, where Chromium is missing, Debian's chromium package.
// Plain Node, no dependencies: it runs before anything is installed.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd) => {
  console.log(`> ${cmd}`);
  const r = spawnSync(cmd, { shell: true, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

if (!existsSync('node_modules/.package-lock.json') || !existsSync('.wxt/tsconfig.json')) run('npm ci --no-audit --no-fund');

const needsBrowser = process.argv.includes('--browser');
if (needsBrowser && !process.env.CHROMIUM_PATH && !has('chromium') && !has('chromium-browser') && !has('google-chrome')) {
  if (process.getuid?.() === 0 && has('apt-get')) {
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium openssl');
  } else {
    console.error('Chromium is needed: install it (e.g. `sudo apt-get install -y chromium`) or set CHROMIUM_PATH.');
    process.exit(1);
  }
}

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './setup';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env.SCREENSHOTS === '1';
const env = useExtensionBrowser();


async function extensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await env.browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${env.browser.extensionId}/${path}`);
  return page;
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the extension page's CSP rightly forbids inline scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; help: string }> }> } }).axe;
    return (await axe.run()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  });
  return result;
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}

describe('settings page in Chromium', () => {
  it('imports a Clerk’s file, rejects a bad one, and has no serious accessibility violations', async () => {
    const page = await extensionPage('options.html');
    await page.getByRole('heading', { name: 'Stop, Think, Ask: settings' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const good = join(tmpdir(), 'sta-good.json');
    writeFileSync(good, JSON.stringify({ councilName: 'Oakley Parish Council', clerkEmail: 'clerk@oakley-pc.gov.uk', reviewedTopics: [{ name: 'Mill Road bypass', aliases: ['bypass'], reviewBy: '2020-01-01' }] }));
    await page.getByLabel('Import settings').setInputFiles(good);
    expect(await page.getByRole('status').innerText()).toContain('Imported settings for Oakley Parish Council');
    expect(await page.getByRole('link', { name: 'Email the Clerk' }).getAttribute('href')).toMatch(/^mailto:clerk@oakley-pc\.gov\.uk/);
    await shot(page, 'settings');

    const bad = join(tmpdir(), 'sta-bad.json');
    writeFileSync(bad, JSON.stringify({ councilName: 'Broken', clerkEmail: 'nobody' }));
    await page.getByLabel('Import settings').setInputFiles(bad);
    expect(await page.getByRole('alert').innerText()).toMatch(/clerkEmail.*not been changed/s);
    expect(await page.getByLabel('Council name').inputValue()).toBe('Oakley Parish Council');

    // Keyboard only: Tab reaches the council name first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('council');
    await page.close();
  });
});

describe('popup in Chromium', () => {
  it('checks a pasted draft offline and has no serious accessibility violations', async () => {
    const page = await extensionPage('popup.html', { width: 420, height: 900 });
    const box = page.getByRole('textbox', { name: 'Draft to check' });
    await box.waitFor();
    await shot(page, 'popup-empty');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await box.fill('Cllr Ann Lee here. Off the record, the tender came in £40k over budget. Vote Labour!');
    await page.getByRole('heading', { name: /findings/ }).waitFor();
    expect(await page.getByRole('heading', { name: 'Serious' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Email the Clerk' }).getAttribute('href')).toMatch(/^mailto:clerk@oakley-pc\.gov\.uk\?subject=/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'popup-findings');
    await page.close();
  });

  it('the content script answers the popup’s request for the current draft', async () => {
    const page = await env.browser.context.newPage();
    await page.goto('https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Between us, the council will pay for it', { delay: 10 });
    await page.waitForTimeout(400);
    const worker = env.browser.context.serviceWorkers()[0]!;
    const reply = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      for (const tab of await api.tabs.query({})) {
        try {
          const r = await api.tabs.sendMessage(tab.id!, { type: 'stop-think-ask:get-draft' });
          if (r) return r as { text: string; findings: Array<{ category: string }> };
        } catch {
          // no content script in that tab
        }
      }
      return null;
    });
    expect(reply?.text).toBe('Between us, the council will pay for it');
    expect(reply?.findings.map((f) => f.category).sort()).toEqual(['confidential', 'council-decision']);
    await page.close();
  });
});

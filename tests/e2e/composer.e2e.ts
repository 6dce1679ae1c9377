import { mkdirSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './setup';

const env = useExtensionBrowser();
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];
const SHOTS = process.env.SCREENSHOTS === '1';

const SERIOUS = 'Dave Collins at 22 Orchard Close keeps parking on the verge, ring him on 07700 900318.';
const BENIGN = 'Bin day moves to Friday this week because of the bank holiday.';

async function open(url: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${url}: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['www.facebook.com', 'x.com'].includes(u.hostname) && u.protocol !== 'data:' && u.protocol !== 'chrome-extension:') foreignRequests.push(r.url());
  });
  await page.goto(url);
  return page;
}

const badges = (page: Page) => page.locator('[data-stop-think-ask="badge"]:visible');
const posted = (page: Page) => page.evaluate(() => window.__posted);
const dialog = (page: Page) => page.getByRole('alertdialog');

async function badgeFor(page: Page, level: string) {
  await expect.poll(() => page.locator(`[data-stop-think-ask="badge"][data-level="${level}"]`).count(), { timeout: 5000 }).toBeGreaterThan(0);
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

async function worker(): Promise<Worker> {
  return env.browser.context.serviceWorkers()[0] ?? env.browser.context.waitForEvent('serviceworker');
}

async function setSettings(patch: Record<string, unknown>) {
  const w = await worker();
  await w.evaluate(async (p) => {
    type SyncArea = { get(key: string): Promise<Record<string, Record<string, unknown> | undefined>>; set(items: object): Promise<void> };
    const api = (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome;
    const { settings } = await api.storage.sync.get('settings');
    await api.storage.sync.set({ settings: { ...(settings ?? {}), ...p } });
  }, patch);
}


describe('Facebook: Lexical composers', () => {
  it('lets a benign post through with no dialog, and shows a clear badge', async () => {
    const page = await open('https://www.facebook.com/');
    await page.locator('#open-create-post').click();
    const editor = page.getByRole('textbox', { name: "What's on your mind, Jo?" });
    await editor.click();
    await page.keyboard.type(BENIGN, { delay: 5 });
    await badgeFor(page, 'none');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posted(page)).toEqual([{ box: 'post', text: BENIGN }]);
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });

  it('highlights the words, guards Post, and "Post anyway" reaches the page', async () => {
    const page = await open('https://www.facebook.com/');
    await page.locator('#open-create-post').click();
    const editor = page.getByRole('textbox', { name: "What's on your mind, Jo?" });
    await editor.click();
    await page.keyboard.type(SERIOUS, { delay: 5 });
    await badgeFor(page, 'serious');
    const host = page.locator('[data-stop-think-ask="badge"][data-level="serious"]');
    expect(Number(await host.getAttribute('data-count'))).toBeGreaterThanOrEqual(2);
    // Highlights sit over the words, outside the editor's DOM.
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-stop-think-ask="highlights"]')!.shadowRoot!.querySelectorAll('.sta-mark').length)).toBeGreaterThan(1);
    expect(await editor.evaluate((e) => e.querySelectorAll('[data-stop-think-ask], .sta-mark').length)).toBe(0);
    // The text and caret are the user's: unchanged after checking.
    expect(await editor.innerText()).toBe(SERIOUS);
    await page.keyboard.type(' Thanks', { delay: 5 });
    expect(await editor.innerText()).toBe(`${SERIOUS} Thanks`);

    // The badge opens a panel with each finding, the advice and the Clerk's address.
    await host.getByRole('button', { name: /Stop, Think, Ask: \d+ findings/ }).click();
    const panel = host.getByRole('dialog', { name: 'Stop, Think, Ask findings' });
    await panel.waitFor();
    expect(await panel.innerText()).toContain('07700 900318');
    expect(await panel.getByRole('link', { name: 'Email the Clerk' }).getAttribute('href')).toMatch(/^mailto:info@desboroughtowncouncil\.gov\.uk\?subject=/);
    await shot(page, 'facebook-panel');
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);

    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect(dialog(page).waitFor({ timeout: 5000 })).resolves.toBeUndefined();
    for (const name of ['Edit post', 'Email the Clerk', 'Post anyway']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Email the Clerk', exact: true }).getAttribute('href')).toMatch(/^mailto:info@desboroughtowncouncil\.gov\.uk\?/);
    await shot(page, 'facebook-dialog');
    await page.getByRole('button', { name: 'Edit post', exact: true }).click();
    expect(await dialog(page).count()).toBe(0);
    expect(await posted(page)).toEqual([]);
    expect(await editor.innerText()).toBe(`${SERIOUS} Thanks`);

    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await dialog(page).waitFor();
    await page.getByRole('button', { name: 'Post anyway', exact: true }).click();
    await expect.poll(() => posted(page)).toEqual([{ box: 'post', text: `${SERIOUS} Thanks` }]);
    await page.close();
  });

  it('guards Enter in a comment box; "Post anyway" sends the same Enter', async () => {
    const page = await open('https://www.facebook.com/');
    const comment = page.getByRole('textbox', { name: 'Write a comment…' });
    await comment.click();
    await page.keyboard.type('Shut up you pathetic little troll', { delay: 5 });
    await badgeFor(page, 'serious');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    expect(await posted(page)).toEqual([]);
    await page.getByRole('button', { name: 'Post anyway', exact: true }).click();
    await expect.poll(() => posted(page)).toEqual([{ box: 'comment', text: 'Shut up you pathetic little troll' }]);
    // Shift+Enter is a new line, never a post: no dialog.
    await comment.click();
    await page.keyboard.type('Fine', { delay: 5 });
    await page.keyboard.press('Shift+Enter');
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });

  it('finds composers added later and after an in-page navigation, and never attaches twice', async () => {
    const page = await open('https://www.facebook.com/');
    await expect.poll(() => page.locator('[data-stop-think-ask="badge"]').count()).toBe(1);
    await page.locator('#add-comment').click();
    await expect.poll(() => page.locator('[data-stop-think-ask="badge"]').count()).toBe(2);
    await page.locator('#to-group').click();
    await expect.poll(() => page.url()).toContain('/groups/');
    const group = page.getByRole('textbox', { name: 'Write something...' });
    await group.waitFor();
    await expect.poll(() => page.locator('[data-stop-think-ask="badge"]').count()).toBe(1);
    await group.click();
    await page.keyboard.type('Off the record, the tender came in £40k over budget.', { delay: 5 });
    await badgeFor(page, 'serious');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await dialog(page).waitFor();
    await page.getByRole('button', { name: 'Edit post', exact: true }).click();
    expect(await posted(page)).toEqual([]);
    await page.close();
  });
});

describe('X: Draft.js composers', () => {
  it('guards Ctrl+Enter in the inline composer; "Post anyway" posts', async () => {
    const page = await open('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await editor.click();
    await page.keyboard.type('Those p@kis at the corner shop are overcharging again', { delay: 10 });
    await badgeFor(page, 'serious');
    await shot(page, 'x-badge');
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor();
    await shot(page, 'x-dialog');
    await page.getByRole('button', { name: 'Post anyway', exact: true }).click();
    await expect.poll(() => posted(page)).toEqual([{ box: 'home', text: 'Those p@kis at the corner shop are overcharging again' }]);
    await page.close();
  });

  it('lets a benign reply through the modal composer; guards a quote post', async () => {
    const page = await open('https://x.com/home');
    await page.locator('[data-testid="reply"]').click();
    const modal = page.getByRole('dialog');
    await modal.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Thanks for letting us know, I have reported it to the county.', { delay: 10 });
    await badgeFor(page, 'none');
    await modal.locator('[data-testid="tweetButton"]').click();
    await expect.poll(() => posted(page)).toEqual([{ box: 'reply', text: 'Thanks for letting us know, I have reported it to the county.' }]);
    expect(await dialog(page).count()).toBe(0);

    await page.locator('[data-testid="quoteTweet"]').click();
    await page.getByRole('dialog').locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('The clerk has been pocketing the hall money for years', { delay: 10 });
    await badgeFor(page, 'serious');
    await page.getByRole('dialog').locator('[data-testid="tweetButton"]').click();
    await dialog(page).waitFor();
    await page.getByRole('button', { name: 'Edit post', exact: true }).click();
    expect((await posted(page)).length).toBe(1);
    await page.close();
  });

  it('follows settings live: guard off posts straight away; a site switched off loses its badges', async () => {
    const page = await open('https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('You are an idiot', { delay: 10 });
    await badgeFor(page, 'serious');
    await setSettings({ guardEnabled: false });
    await page.waitForTimeout(300);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => posted(page)).toEqual([{ box: 'home', text: 'You are an idiot' }]);
    expect(await dialog(page).count()).toBe(0);
    await setSettings({ sites: { facebook: true, x: false } });
    await expect.poll(() => page.locator('[data-stop-think-ask="badge"]').count()).toBe(0);
    await setSettings({ guardEnabled: true, sites: { facebook: true, x: true } });
    await expect.poll(() => page.locator('[data-stop-think-ask="badge"]').count()).toBe(1);
    await page.close();
  });

  it('keeps typing cheap on a 5,000-character draft (prints the figures)', async () => {
    const page = await open('https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    const filler = 'Lovely to see so many of you at the fete, thank you to every volunteer. '.repeat(70).slice(0, 4900);
    await page.keyboard.insertText(filler);
    await page.keyboard.type(' and a last line typed key by key to measure it.', { delay: 15 });
    await page.waitForTimeout(400);
    const stats = await page.evaluate(() => {
      document.dispatchEvent(new Event('stop-think-ask:stats'));
      return JSON.parse(document.documentElement.dataset.stopThinkAskStats ?? '{}') as { inputEvents: number; meanInputMs: number; maxInputMs: number; lastCheckMs: number };
    });
    console.log(
      `[typing cost] ${stats.inputEvents} input events on a ~5,000-character draft: mean ${(stats.meanInputMs * 1000).toFixed(1)} µs, max ${stats.maxInputMs.toFixed(2)} ms per event in the input handler; the check itself (after the pause, off the keystroke) took ${stats.lastCheckMs.toFixed(2)} ms`,
    );
    expect(stats.inputEvents).toBeGreaterThan(20);
    expect(stats.meanInputMs).toBeLessThan(2);
    expect(await page.locator('[data-testid="tweetTextarea_0"]').innerText()).toContain('measure it.');
    await page.close();
  });
});

describe('the page is left as it was', () => {
  it('no console errors and no network requests from the extension', () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

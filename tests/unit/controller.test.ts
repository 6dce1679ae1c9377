import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageController, type GuardChoice, type PageUi } from '../../lib/content/controller';
import type { ComposerState } from '../../lib/content/session';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { facebook } from '../../lib/sites/facebook.com/adapter';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function page(html: string) {
  document.body.innerHTML = html;
}

function composerHtml(text: string) {
  return `<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind?"><p><span data-lexical-text="true">${text}</span></p></div>
  <div role="button" aria-label="Post" id="post">Post</div></div>`;
}

function setup(choice: GuardChoice = 'edit') {
  const views: Array<{ state?: ComposerState; removed: boolean }> = [];
  const ask = vi.fn(async () => choice);
  const ui: PageUi = {
    highlightLayer: document.createElement('div'),
    guard: { ask },
    createComposerView: () => {
      const v: { state?: ComposerState; removed: boolean } = { removed: false };
      views.push(v);
      return { render: (s) => (v.state = s), remove: () => (v.removed = true) };
    },
  };
  const removers: Array<() => void> = [];
  const controller = new PageController(facebook, DEFAULT_SETTINGS, ui, (target, type, handler, options) => {
    target.addEventListener(type, handler as EventListener, options);
    removers.push(() => target.removeEventListener(type, handler as EventListener, options));
  });
  controller.start();
  return { controller, views, ask, stop: () => { controller.stop(); removers.forEach((r) => r()); } };
}

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  document.body.innerHTML = '';
});

describe('the page controller', () => {
  it('finds composers once, follows ones added later, and forgets removed ones', async () => {
    page(composerHtml('Hello'));
    const t = setup();
    cleanup = t.stop;
    expect(t.views).toHaveLength(1);
    document.body.insertAdjacentHTML('beforeend', '<div role="article"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…"></div></div>');
    await wait(300);
    expect(t.views).toHaveLength(2);
    document.querySelector('[role="article"]')!.remove();
    await wait(300);
    expect(t.views.filter((v) => v.removed)).toHaveLength(1);
  });

  it('holds Post for a serious draft, then lets "Post anyway" reach the page exactly once', async () => {
    page(composerHtml('Dave lives at 22 Orchard Close, ring him on 07700 900318'));
    const t = setup('post');
    cleanup = t.stop;
    const submitted = vi.fn();
    document.getElementById('post')!.addEventListener('click', submitted);
    document.getElementById('post')!.click();
    await wait(10);
    expect(t.ask).toHaveBeenCalledTimes(1);
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('never asks about a benign draft, and "Edit post" posts nothing', async () => {
    page(composerHtml('Bin day is Friday this week.'));
    const t = setup('edit');
    cleanup = t.stop;
    const submitted = vi.fn();
    document.getElementById('post')!.addEventListener('click', submitted);
    document.getElementById('post')!.click();
    expect(t.ask).not.toHaveBeenCalled();
    expect(submitted).toHaveBeenCalledTimes(1);

    document.querySelector('[data-lexical-text]')!.textContent = 'You are an idiot';
    document.getElementById('post')!.click();
    await wait(10);
    expect(t.ask).toHaveBeenCalledTimes(1);
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('reads the draft without changing it', () => {
    page(composerHtml('Cllr Jo here, the council will fix it'));
    const t = setup();
    cleanup = t.stop;
    const before = document.body.innerHTML;
    const report = t.controller.report();
    expect(report?.text).toBe('Cllr Jo here, the council will fix it');
    expect(report?.findings.map((f) => f.category)).toEqual(['official-capacity', 'council-decision']);
    expect(document.body.innerHTML).toBe(before);
  });

  it('stops watching and guarding once stopped (extension updated or removed)', async () => {
    page(composerHtml('You are an idiot'));
    const t = setup('edit');
    t.stop();
    const submitted = vi.fn();
    document.getElementById('post')!.addEventListener('click', submitted);
    document.getElementById('post')!.click();
    expect(t.ask).not.toHaveBeenCalled();
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(t.views.every((v) => v.removed)).toBe(true);
    document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…"></div>');
    await wait(300);
    expect(t.views).toHaveLength(1);
  });
});

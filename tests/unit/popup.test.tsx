import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup';
import { check, DEFAULT_POLICY } from '../../lib/checker';
import type { DraftResponse } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { useChecklistStore } from '../../lib/stores/checklist';
import { useSettingsStore } from '../../lib/stores/settings';

const noComposer = async (): Promise<DraftResponse> => null;
const composer = (text: string) => async (): Promise<DraftResponse> => ({ site: 'facebook', kind: 'Comment', text, findings: check(text, DEFAULT_POLICY) });

beforeEach(async () => {
  useSettingsStore.setState({ loaded: false, settings: DEFAULT_SETTINGS, stored: DEFAULT_SETTINGS, managed: {}, locked: [] });
  useChecklistStore.setState({ draftKey: '', ticks: [] });
  await fakeBrowser.storage.sync.set({
    settings: { ...DEFAULT_SETTINGS, councilName: 'Oakley Parish Council', clerkEmail: 'clerk@oakley-pc.gov.uk' },
  });
});

describe('popup', () => {
  it('offers a paste box when no composer is active, and checks what is typed there', async () => {
    render(<Popup loadDraft={noComposer} />);
    const box = await screen.findByRole('textbox', { name: 'Draft to check' });
    await userEvent.type(box, 'Vote Labour on Thursday, you idiots');
    expect(await screen.findByRole('heading', { name: '2 findings' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Serious' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Warning' })).toBeTruthy();
    expect(screen.getAllByText(/party political or electioneering/).length).toBeGreaterThan(0);
  });

  it("shows the active tab's draft and findings grouped by severity", async () => {
    render(<Popup loadDraft={composer('Cllr Ann Lee here. Off the record, the shop is closing.')} />);
    expect(await screen.findByText(/Your comment on Facebook/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Serious' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Reminder' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Draft to check' })).toBeNull();
  });

  it('links "Email the Clerk" to the configured Clerk with the draft in the body', async () => {
    render(<Popup loadDraft={composer('You are an idiot')} />);
    const link = await screen.findByRole('link', { name: 'Email the Clerk' });
    await waitFor(() => expect(link.getAttribute('href')).toMatch(/^mailto:clerk@oakley-pc\.gov\.uk\?subject=/));
    expect(decodeURIComponent(link.getAttribute('href')!)).toContain('You are an idiot');
  });

  it('keeps checklist ticks for the same draft and clears them for a new one', async () => {
    const first = render(<Popup loadDraft={composer('The fete is on Saturday')} />);
    const box = await screen.findByRole('checkbox', { name: /quoted in the local paper/ });
    await userEvent.click(box);
    expect((box as HTMLInputElement).checked).toBe(true);
    first.unmount();

    const again = render(<Popup loadDraft={composer('The fete is on Saturday')} />);
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /quoted in the local paper/ }) as HTMLInputElement).checked).toBe(true));
    again.unmount();

    render(<Popup loadDraft={composer('A completely different draft about bins')} />);
    await screen.findByText(/Your comment/);
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /quoted in the local paper/ }) as HTMLInputElement).checked).toBe(false));
  });
});

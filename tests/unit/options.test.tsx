import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/Options';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { loadStoredSettings } from '../../lib/settings/storage';
import { useSettingsStore } from '../../lib/stores/settings';

const GOOD = {
  councilName: 'Oakley Parish Council',
  clerkEmail: 'clerk@oakley-pc.gov.uk',
  reviewedTopics: [{ name: 'Mill Road bypass', aliases: ['bypass'] }, { name: 'Precept' }],
};

const file = (content: string, name = 'settings.json') => new File([content], name, { type: 'application/json' });

async function importFile(f: File) {
  const input = await screen.findByLabelText('Import settings');
  fireEvent.change(input, { target: { files: [f] } });
}

beforeEach(() => {
  useSettingsStore.setState({ loaded: false, settings: DEFAULT_SETTINGS, stored: DEFAULT_SETTINGS, managed: {}, locked: [] });
});

describe('settings page', () => {
  it('imports a Clerk’s settings file and says so', async () => {
    render(<Options />);
    await importFile(file(JSON.stringify(GOOD)));
    expect((await screen.findByRole('status')).textContent).toMatch(/Imported settings for Oakley Parish Council: 2 reviewed topics/);
    const stored = await loadStoredSettings();
    expect(stored.clerkEmail).toBe('clerk@oakley-pc.gov.uk');
    expect(stored.reviewedTopics.map((t) => t.name)).toEqual(['Mill Road bypass', 'Precept']);
    expect(screen.getByText('Mill Road bypass')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Email the Clerk' }).getAttribute('href')).toMatch(/^mailto:clerk@oakley-pc\.gov\.uk/);
  });

  it.each([
    ['{ not json', /not valid JSON/],
    ['[1, 2, 3]', /expected a JSON object/],
    [JSON.stringify({ ...GOOD, clerkEmail: 'clerk at oakley' }), /clerkEmail: the Clerk’s address is not a valid email address/],
    [JSON.stringify({ ...GOOD, reviewedTopics: [{ aliases: ['x'] }] }), /reviewedTopics\[0\]\.name/],
    [JSON.stringify({ councilName: 'X' }), /clerkEmail/],
  ])('rejects %s with a clear message and leaves settings untouched', async (content, message) => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, councilName: 'Before Council' } });
    render(<Options />);
    await screen.findByDisplayValue('Before Council');
    await importFile(file(content, 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/current settings have not been changed/);
    expect((await loadStoredSettings()).councilName).toBe('Before Council');
  });

  it('exports all settings as a policy file', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, ...GOOD } });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:settings';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<Options />);
    await userEvent.click(await screen.findByRole('button', { name: 'Export settings' }));
    expect(click).toHaveBeenCalled();
    const exported = JSON.parse(await created[0]!.text());
    expect(exported).toMatchObject({ councilName: GOOD.councilName, clerkEmail: GOOD.clerkEmail, reviewedTopics: [{ name: 'Mill Road bypass', aliases: ['bypass'] }, { name: 'Precept', aliases: [] }] });
    vi.restoreAllMocks();
  });

  it('validates the Clerk’s address before saving it', async () => {
    render(<Options />);
    const input = await screen.findByLabelText('Clerk’s email address');
    await userEvent.clear(input);
    await userEvent.type(input, 'not-an-address{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/valid email address/);
    expect((await loadStoredSettings()).clerkEmail).toBe(DEFAULT_SETTINGS.clerkEmail);
    await userEvent.clear(input);
    await userEvent.type(input, 'clerk@new-pc.gov.uk{Enter}');
    await waitFor(async () => expect((await loadStoredSettings()).clerkEmail).toBe('clerk@new-pc.gov.uk'));
  });

  it('adds, edits and removes reviewed topics, and shows expired ones as such', async () => {
    render(<Options />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a topic' }));
    await userEvent.type(screen.getByLabelText('Topic name'), 'Skate park');
    await userEvent.type(screen.getByLabelText('Other names, separated by commas'), 'skatepark, skate ramp');
    fireEvent.change(screen.getByLabelText('Review by'), { target: { value: '2020-01-31' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save topic' }));
    expect(await screen.findByText(/Review date passed \(2020-01-31\)/)).toBeTruthy();
    await waitFor(async () => expect((await loadStoredSettings()).reviewedTopics).toEqual([{ name: 'Skate park', aliases: ['skatepark', 'skate ramp'], reviewBy: '2020-01-31' }]));

    await userEvent.click(screen.getByRole('button', { name: 'Edit topic Skate park' }));
    await userEvent.clear(screen.getByLabelText('Topic name'));
    await userEvent.type(screen.getByLabelText('Topic name'), 'Riverside skate park');
    await userEvent.click(screen.getByRole('button', { name: 'Save topic' }));
    expect(await screen.findByText('Riverside skate park')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Remove topic Riverside skate park' }));
    await waitFor(async () => expect((await loadStoredSettings()).reviewedTopics).toEqual([]));
  });

  it('switches categories, sites and the guard, and resets to the defaults', async () => {
    window.confirm = vi.fn(() => true);
    render(<Options />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Heated tone' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Check drafts on X (Twitter)' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Ask “Stop. Think. Ask.” before posting/ }));
    await waitFor(async () => {
      const s = await loadStoredSettings();
      expect(s.disabledCategories).toEqual(['tone']);
      expect(s.sites).toEqual({ facebook: true, x: false });
      expect(s.guardEnabled).toBe(false);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(async () => expect(await loadStoredSettings()).toEqual(DEFAULT_SETTINGS));
    vi.restoreAllMocks();
  });

  it('shows managed (policy-pushed) values as locked, and they win', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, councilName: 'Mine' } });
    const managed = { councilName: 'Pushed Town Council', clerkEmail: 'clerk@pushed-tc.gov.uk' };
    vi.spyOn(fakeBrowser.storage, 'managed', 'get').mockReturnValue({ get: async () => managed } as never);
    render(<Options />);
    const council = (await screen.findByLabelText(/Council name \(locked\)/)) as HTMLInputElement;
    expect(council.value).toBe('Pushed Town Council');
    expect(council.disabled).toBe(true);
    expect(screen.getByText(/set by your council’s IT/)).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('keeps large topic lists in local storage when they outgrow sync', async () => {
    render(<Options />);
    await screen.findByRole('button', { name: 'Add a topic' });
    const many = Array.from({ length: 120 }, (_, i) => ({ name: `Topic number ${i} with a long descriptive name`, aliases: ['one alias', 'another alias'] }));
    await useSettingsStore.getState().update({ reviewedTopics: many });
    expect(useSettingsStore.getState().storedIn).toBe('local');
    expect((await loadStoredSettings()).reviewedTopics).toHaveLength(120);
  });
});

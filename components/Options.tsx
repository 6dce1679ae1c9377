import { useEffect, useRef, useState } from 'react';
import { CATEGORIES } from '../lib/checker/categories';
import type { CategoryId } from '../lib/checker/types';
import { isEmail, parseSettingsFile, PolicyError } from '../lib/settings/policy-schema';
import type { SiteId } from '../lib/settings/settings';
import { exportable, useSettingsStore } from '../lib/stores/settings';
import { TopicEditor } from './TopicEditor';

type Outcome = { ok: boolean; message: string } | null;

const SITE_NAMES: Record<SiteId, string> = { facebook: 'Facebook', x: 'X (Twitter)' };

export function Options() {
  const store = useSettingsStore();
  const { settings, locked, loaded } = store;
  const [clerk, setClerk] = useState(settings.clerkEmail);
  const [council, setCouncil] = useState(settings.councilName);
  const [clerkError, setClerkError] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void store.load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    setClerk(settings.clerkEmail);
    setCouncil(settings.councilName);
  }, [settings.clerkEmail, settings.councilName]);

  const isLocked = (k: 'councilName' | 'clerkEmail' | 'reviewedTopics') => locked.includes(k);
  const saveClerk = () => {
    if (!isEmail(clerk.trim())) {
      setClerkError('Enter a valid email address, like clerk@yourcouncil.gov.uk.');
      return;
    }
    setClerkError('');
    void store.update({ clerkEmail: clerk.trim() });
  };
  const saveCouncil = () => {
    if (council.trim()) void store.update({ councilName: council.trim() });
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const parsed = parseSettingsFile(await file.text(), `“${file.name}”`);
      await store.importFile(parsed);
      setOutcome({ ok: true, message: `Imported settings for ${parsed.councilName}: ${parsed.reviewedTopics.length} reviewed topic${parsed.reviewedTopics.length === 1 ? '' : 's'}, Clerk ${parsed.clerkEmail}.` });
    } catch (e) {
      setOutcome({ ok: false, message: e instanceof PolicyError ? `${e.message} Your current settings have not been changed.` : 'That file could not be read. Your current settings have not been changed.' });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const onExport = () => {
    const blob = new Blob([JSON.stringify(exportable(settings), null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'stop-think-ask-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const toggleCategory = (id: CategoryId, on: boolean) =>
    void store.update({ disabledCategories: on ? settings.disabledCategories.filter((c) => c !== id) : [...settings.disabledCategories, id] });

  if (!loaded) return <main className="sta-page" aria-busy="true">Loading settings…</main>;
  return (
    <main className="sta-page sta-options">
      <h1>Stop, Think, Ask: settings</h1>
      {locked.length > 0 && <p className="sta-locked">Some settings are set by your council’s IT and are locked here.</p>}

      <section aria-labelledby="council-h">
        <h2 id="council-h">Your council</h2>
        <label htmlFor="council">Council name{isLocked('councilName') && ' (locked)'}</label>
        <input id="council" value={council} disabled={isLocked('councilName')} onChange={(e) => setCouncil(e.target.value)} onBlur={saveCouncil} />
        <label htmlFor="clerk">Clerk’s email address{isLocked('clerkEmail') && ' (locked)'}</label>
        <input id="clerk" type="email" value={clerk} disabled={isLocked('clerkEmail')} aria-invalid={clerkError ? true : undefined} aria-describedby={clerkError ? 'clerk-error' : undefined}
          onChange={(e) => setClerk(e.target.value)} onBlur={saveClerk} onKeyDown={(e) => e.key === 'Enter' && saveClerk()} />
        {clerkError && <p id="clerk-error" role="alert">{clerkError}</p>}
        <p>
          <a className="sta-button" href={`mailto:${settings.clerkEmail}?subject=${encodeURIComponent('Stop, Think, Ask: a question about social media')}`}>Email the Clerk</a>
        </p>
      </section>

      <section aria-labelledby="topics-h">
        <h2 id="topics-h">Reviewed topics (single voice){isLocked('reviewedTopics') && ' (locked)'}</h2>
        <p>Topics the council speaks on only through its official accounts. Drafts that mention them are flagged.</p>
        <TopicEditor topics={settings.reviewedTopics} locked={isLocked('reviewedTopics')} onChange={(t) => void store.update({ reviewedTopics: t })} />
      </section>

      <section aria-labelledby="checks-h">
        <h2 id="checks-h">Checks</h2>
        <fieldset>
          <legend>Categories to check</legend>
          {CATEGORIES.map((c) => (
            <label key={c.id} className="sta-switch">
              <input type="checkbox" checked={!settings.disabledCategories.includes(c.id)} onChange={(e) => toggleCategory(c.id, e.target.checked)} /> {c.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Sites</legend>
          {(Object.keys(SITE_NAMES) as SiteId[]).map((id) => (
            <label key={id} className="sta-switch">
              <input type="checkbox" checked={settings.sites[id]} onChange={(e) => void store.update({ sites: { ...settings.sites, [id]: e.target.checked } })} /> Check drafts on {SITE_NAMES[id]}
            </label>
          ))}
        </fieldset>
        <label className="sta-switch">
          <input type="checkbox" checked={settings.guardEnabled} onChange={(e) => void store.update({ guardEnabled: e.target.checked })} /> Ask “Stop. Think. Ask.” before posting a draft with a serious finding
        </label>
      </section>

      <section aria-labelledby="share-h">
        <h2 id="share-h">Share settings</h2>
        <p>A Clerk can export one file and every councillor can import it.</p>
        <button type="button" onClick={onExport}>Export settings</button>
        <label htmlFor="import">Import settings</label>
        <input id="import" ref={fileInput} type="file" accept="application/json,.json" onChange={(e) => void onImport(e.target.files?.[0])} />
        {outcome && (outcome.ok ? <p role="status">{outcome.message}</p> : <p role="alert">{outcome.message}</p>)}
      </section>

      <section aria-labelledby="reset-h">
        <h2 id="reset-h">Reset</h2>
        <button type="button" onClick={() => { if (confirm('Reset all settings to the defaults?')) void store.reset().then(() => setOutcome({ ok: true, message: 'Settings reset to the defaults.' })); }}>
          Reset to defaults
        </button>
      </section>
    </main>
  );
}

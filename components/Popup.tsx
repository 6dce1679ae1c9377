import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { check } from '../lib/checker/check';
import { CLOSING_ADVICE } from '../lib/checker/categories';
import { clerkMailto } from '../lib/clerk-email';
import { DRAFT_REQUEST, type DraftResponse } from '../lib/messages';
import { policyOf } from '../lib/settings/settings';
import { CHECKLIST, draftKeyOf, useChecklistStore } from '../lib/stores/checklist';
import { useSettingsStore } from '../lib/stores/settings';
import { FindingList, groupBySeverity, SEVERITY_LABEL } from './FindingList';

/** Asks the active tab's content script for the draft being written there, if any. */
export async function activeDraft(): Promise<DraftResponse> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const reply = (await browser.tabs.sendMessage(tab.id, { type: DRAFT_REQUEST })) as DraftResponse | undefined;
    return reply && reply.text.trim() ? reply : null;
  } catch {
    return null; // not a Facebook or X tab, or no composer there
  }
}

export function Popup({ loadDraft = activeDraft }: { loadDraft?: () => Promise<DraftResponse> }) {
  const { settings, loaded, load } = useSettingsStore();
  const [page, setPage] = useState<DraftResponse | undefined>(undefined);
  const [pasted, setPasted] = useState('');
  const checklist = useChecklistStore();

  useEffect(() => {
    void load();
    void loadDraft().then(setPage);
  }, [load, loadDraft]);

  const text = page ? page.text : pasted;
  const findings = useMemo(() => (page ? page.findings : check(pasted, policyOf(settings))), [page, pasted, settings]);
  const key = draftKeyOf(text);
  const ready = page !== undefined;
  useEffect(() => {
    if (ready) void checklist.open(key);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ready]);

  if (!loaded || page === undefined) return <main className="sta-page sta-popup" aria-busy="true">Loading…</main>;
  return (
    <main className="sta-page sta-popup">
      <h1>Stop, Think, Ask</h1>
      <p className="sta-council">{settings.councilName}</p>
      {page ? (
        <section aria-labelledby="draft-h">
          <h2 id="draft-h">Your {page.kind.toLowerCase()} on {page.site === 'x' ? 'X' : 'Facebook'}</h2>
          <blockquote className="sta-draft">{page.text}</blockquote>
        </section>
      ) : (
        <section aria-labelledby="paste-h">
          <h2 id="paste-h">Check a draft</h2>
          <p>No post box is active in this tab. Paste or type a draft to check it here, on this device.</p>
          <label htmlFor="paste">Draft to check</label>
          <textarea id="paste" rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        </section>
      )}
      {text.trim() && (
        <section aria-labelledby="findings-h">
          <h2 id="findings-h">{findings.length === 0 ? 'No findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}</h2>
          {findings.length === 0 ? (
            <FindingList text={text} findings={findings} />
          ) : (
            groupBySeverity(findings).map(([severity, group]) => (
              <div key={severity}>
                <h3>{SEVERITY_LABEL[severity]}</h3>
                <FindingList text={text} findings={group} />
              </div>
            ))
          )}
        </section>
      )}
      <section aria-labelledby="ask-h" className="sta-ask">
        <h2 id="ask-h">Stop. Think. Ask.</h2>
        <p>{CLOSING_ADVICE}</p>
        <a className="sta-button sta-primary" href={clerkMailto(settings.clerkEmail, settings.councilName, text, findings)} target="_blank" rel="noreferrer">
          Email the Clerk
        </a>
      </section>
      <section aria-labelledby="checklist-h">
        <h2 id="checklist-h">Before you post</h2>
        <ul className="sta-checklist">
          {CHECKLIST.map((item) => (
            <li key={item.id}>
              <label>
                <input type="checkbox" checked={checklist.ticks.includes(item.id)} onChange={() => void checklist.toggle(item.id)} /> {item.question}
              </label>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <a href="#settings" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>
          Settings
        </a>
      </p>
    </main>
  );
}

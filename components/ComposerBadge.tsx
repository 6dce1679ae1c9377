import { useState } from 'react';
import { CLOSING_ADVICE } from '../lib/checker/categories';
import type { ComposerState } from '../lib/content/session';
import { FindingList } from './FindingList';

const LEVEL_TEXT = { none: 'Clear', info: 'Reminder', warning: 'Check', serious: 'Stop' } as const;

/** The small badge beside a composer; clicking it opens the findings panel. */
export function ComposerBadge({ state, mailto, below = false }: { state: ComposerState; mailto: () => string; below?: boolean }) {
  const [open, setOpen] = useState(false);
  const count = state.findings.length;
  const label = count === 0 ? 'Stop, Think, Ask: no findings' : `Stop, Think, Ask: ${count} finding${count === 1 ? '' : 's'}, ${LEVEL_TEXT[state.level].toLowerCase()}`;
  return (
    <div
      className="sta-badge-wrap"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <button type="button" className="sta-badge" data-level={state.level} aria-label={label} aria-expanded={open} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{state.level === 'none' ? '✓' : count}</span>
      </button>
      {open && (
        <section className={below ? 'sta-panel sta-below' : 'sta-panel'} role="dialog" aria-label="Stop, Think, Ask findings" tabIndex={-1} ref={(el) => el?.focus({ preventScroll: true })}>
          <header className="sta-panel-head">
            <strong>Stop. Think. Ask.</strong>
            <button type="button" className="sta-close" aria-label="Close" onClick={() => setOpen(false)}>
              ×
            </button>
          </header>
          <FindingList text={state.text} findings={state.findings} />
          <p className="sta-advice">{CLOSING_ADVICE}</p>
          <a className="sta-button sta-primary" href={mailto()} target="_blank" rel="noreferrer">
            Email the Clerk
          </a>
        </section>
      )}
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { CLOSING_ADVICE } from '../lib/checker/categories';
import type { Finding } from '../lib/checker/types';
import type { GuardChoice } from '../lib/content/controller';
import { FindingList } from './FindingList';

/** The last prompt before a post with a serious finding goes out. It never blocks for good. */
export function GuardDialog(props: { draft: string; findings: readonly Finding[]; mailto: string; onChoose: (c: GuardChoice) => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const serious = props.findings.filter((f) => f.severity === 'serious');
  return (
    <div className="sta-backdrop">
      <div
        className="sta-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sta-dialog-title"
        aria-describedby="sta-dialog-desc"
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onChoose('edit');
        }}
      >
        <h2 id="sta-dialog-title">Stop. Think. Ask.</h2>
        <p id="sta-dialog-desc">
          This {serious.length === 1 ? 'draft has a serious finding' : `draft has ${serious.length} serious findings`} under the council’s social media policy.{' '}
          {CLOSING_ADVICE}
        </p>
        <FindingList text={props.draft} findings={props.findings} />
        <div className="sta-actions">
          <button ref={first} type="button" className="sta-button sta-primary" onClick={() => props.onChoose('edit')}>
            Edit post
          </button>
          <a className="sta-button" role="button" href={props.mailto} target="_blank" rel="noreferrer" onClick={() => props.onChoose('email')}>
            Email the Clerk
          </a>
          <button type="button" className="sta-button sta-quiet" onClick={() => props.onChoose('post')}>
            Post anyway
          </button>
        </div>
      </div>
    </div>
  );
}

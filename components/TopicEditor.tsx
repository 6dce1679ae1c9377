import { useState } from 'react';
import type { ReviewedTopic } from '../lib/checker/types';
import { isExpired } from '../lib/settings/settings';

const splitAliases = (s: string) => s.split(',').map((a) => a.trim()).filter(Boolean);

/** Add, edit and remove the council's reviewed (single-voice) topics. */
export function TopicEditor({ topics, locked, onChange }: { topics: ReviewedTopic[]; locked: boolean; onChange: (t: ReviewedTopic[]) => void }) {
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [draft, setDraft] = useState({ name: '', aliases: '', note: '', reviewBy: '' });
  const [error, setError] = useState('');

  const start = (i: number | 'new') => {
    const t = i === 'new' ? undefined : topics[i];
    setDraft({ name: t?.name ?? '', aliases: (t?.aliases ?? []).join(', '), note: t?.note ?? '', reviewBy: t?.reviewBy ?? '' });
    setError('');
    setEditing(i);
  };
  const save = () => {
    if (!draft.name.trim()) {
      setError('A topic needs a name.');
      return;
    }
    const topic: ReviewedTopic = { name: draft.name.trim(), aliases: splitAliases(draft.aliases) };
    if (draft.note.trim()) topic.note = draft.note.trim();
    if (draft.reviewBy) topic.reviewBy = draft.reviewBy;
    onChange(editing === 'new' ? [...topics, topic] : topics.map((t, i) => (i === editing ? topic : t)));
    setEditing(null);
  };

  return (
    <div>
      {topics.length === 0 ? <p>No reviewed topics yet.</p> : null}
      <ul className="sta-topics">
        {topics.map((t, i) => (
          <li key={`${t.name}-${i}`}>
            <strong>{t.name}</strong>
            {t.aliases?.length ? <span> (also: {t.aliases.join(', ')})</span> : null}
            {t.reviewBy ? (
              <span className={isExpired(t) ? 'sta-expired' : 'sta-review'}>
                {isExpired(t) ? ` Review date passed (${t.reviewBy}): ask the Clerk whether it still applies.` : ` Review by ${t.reviewBy}.`}
              </span>
            ) : null}
            {t.note ? <p className="sta-note">{t.note}</p> : null}
            {!locked && (
              <span>
                <button type="button" onClick={() => start(i)} aria-label={`Edit topic ${t.name}`}>Edit</button>
                <button type="button" onClick={() => onChange(topics.filter((_, k) => k !== i))} aria-label={`Remove topic ${t.name}`}>Remove</button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {!locked && editing === null && (
        <button type="button" onClick={() => start('new')}>Add a topic</button>
      )}
      {editing !== null && (
        <fieldset className="sta-topic-form">
          <legend>{editing === 'new' ? 'New topic' : 'Edit topic'}</legend>
          <label>Topic name <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></label>
          <label>Other names, separated by commas <input value={draft.aliases} onChange={(e) => setDraft({ ...draft, aliases: e.target.value })} /></label>
          <label>Note for councillors <input value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} /></label>
          <label>Review by <input type="date" value={draft.reviewBy} onChange={(e) => setDraft({ ...draft, reviewBy: e.target.value })} /></label>
          {error && <p role="alert">{error}</p>}
          <button type="button" onClick={save}>Save topic</button>
          <button type="button" onClick={() => setEditing(null)}>Cancel</button>
        </fieldset>
      )}
    </div>
  );
}

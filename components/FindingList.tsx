import { CATEGORY_BY_ID } from '../lib/checker/categories';
import type { Finding, Severity } from '../lib/checker/types';

const SEVERITY_LABEL: Record<Severity, string> = { serious: 'Serious', warning: 'Warning', info: 'Reminder' };

/** Each finding: the words concerned, why, the clause it rests on, and what to do instead. */
export function FindingList({ text, findings }: { text: string; findings: readonly Finding[] }) {
  if (findings.length === 0) return <p className="sta-clear">Nothing in this draft appears to breach the policy.</p>;
  return (
    <ul className="sta-findings">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${f.start}-${i}`} className="sta-finding" data-severity={f.severity}>
          <p className="sta-finding-head">
            <span className="sta-severity">{SEVERITY_LABEL[f.severity]}</span> {CATEGORY_BY_ID[f.category].label}
          </p>
          <p className="sta-quote">
            <q>{text.slice(f.start, f.end)}</q>
          </p>
          <p className="sta-message">{f.message}</p>
          <p className="sta-clause">
            Policy: <q>{f.clause}</q>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Findings grouped by severity, most serious first. */
export function groupBySeverity(findings: readonly Finding[]): Array<[Severity, Finding[]]> {
  const order: Severity[] = ['serious', 'warning', 'info'];
  return order.map((s) => [s, findings.filter((f) => f.severity === s)] as [Severity, Finding[]]).filter(([, fs]) => fs.length > 0);
}

export { SEVERITY_LABEL };

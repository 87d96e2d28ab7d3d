import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTRIBUTION } from '../../core/classify/credibility';
import { getSetting } from '../../db';
import { formatDate } from '../i18n/format';
import { addUserList, removeUserList } from '../services/credibility-lists';
import { useReportData } from '../services/report-data';

/** The user's own source lists (CSV/JSON, see CREDIBILITY.md) and the bundled lists' attribution. */
export function CredibilityListSettings() {
  const { t, i18n } = useTranslation();
  const { db } = useReportData();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const lists = useLiveQuery(async () => (db ? getSetting(db, 'userCredibilityLists') : []), [db], []);
  if (!db) return null;

  const add = async (file: File) => {
    const result = await addUserList(db, await file.text(), file.name);
    if (!result.ok) {
      setStatus(t('credibilityLists.error', { error: result.error }));
      return;
    }
    const added = t('credibilityLists.added', { name: result.list.name, count: result.list.entries.length });
    const skipped = result.problems.length
      ? ' ' + t('credibilityLists.skipped', { count: result.problems.length, first: result.problems[0] })
      : '';
    setStatus(added + skipped);
  };

  return (
    <section className="card" data-testid="credibility-lists">
      <h2>{t('credibilityLists.title')}</h2>
      <p className="muted">{t('credibilityLists.intro')}</p>
      {lists.length === 0 ? (
        <p className="muted">{t('credibilityLists.none')}</p>
      ) : (
        <ul>
          {lists.map((list) => (
            <li key={list.name} data-testid="user-list">
              <strong>{list.name}</strong> · {t('credibilityLists.entries', { count: list.entries.length })} ·{' '}
              <span className="muted">{formatDate(i18n.language, list.addedAt)}</span>{' '}
              <button type="button" className="secondary" onClick={() => void removeUserList(db, list.name)}>
                {t('credibilityLists.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="secondary" onClick={() => input.current?.click()}>
        {t('credibilityLists.add')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.json,.txt,text/csv,application/json"
        hidden
        data-testid="credibility-list-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void add(file);
        }}
      />
      {status && <p role="status">{status}</p>}
      <h3>{t('credibilityLists.bundledTitle')}</h3>
      <p className="small" data-testid="credibility-attribution">
        {ATTRIBUTION.text}
      </p>
    </section>
  );
}

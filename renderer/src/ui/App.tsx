import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageError } from '../db';
import { getSetting, listRuns, requestPersistentStorage } from '../db';
import { Nav } from './components/Nav';
import { useRoute } from './hooks/useRoute';
import { isLocale } from './i18n';
import { PageView } from './pages/PageView';
import { getDb, onStorageProblem } from './services/db';
import { startClassification } from './services/engine';
import { ReportDataProvider } from './services/report-data';

/**
 * Restores the saved interface language and resumes a classification that a reload interrupted, or starts the
 * one a reload prevented (an import finished, no classification since).
 */
function useStartup(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    void (async () => {
      const db = await getDb();
      const locale = await getSetting(db, 'locale').catch(() => null);
      const explicitlySet = (await db.settings.get('locale')) !== undefined;
      if (explicitlySet && isLocale(locale) && locale !== i18n.language) await i18n.changeLanguage(locale);
      void requestPersistentStorage();
      const runs = await listRuns(db);
      const classifications = runs.filter((run) => run.type === 'classification');
      const interrupted = classifications.some((run) => run.status === 'running' || run.status === 'queued');
      // A reload between the end of an import and the start of its classification leaves no run to resume.
      const lastClassified = Math.max(0, ...classifications.map((run) => run.updatedAt));
      const neverClassified = runs.some(
        (run) => run.type === 'import' && run.status === 'done' && run.updatedAt > lastClassified,
      );
      if (interrupted || neverClassified) void startClassification();
    })();
  }, [i18n]);
}

export function App() {
  const { t } = useTranslation();
  const [route] = useRoute();
  const [storageProblem, setStorageProblem] = useState<StorageError | null>(null);
  useEffect(() => onStorageProblem(setStorageProblem), []);
  useStartup();
  return (
    <ReportDataProvider>
      <div className="app-shell">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <header className="app-header">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◎
            </span>
            <span className="brand-name">{t('app.name')}</span>
          </div>
          <p className="tagline">{t('app.tagline')}</p>
          <p className="offline-badge" data-testid="privacy-status">
            {t('app.offline')}
          </p>
        </header>
        <Nav current={route.page} />
        <main id="main" tabIndex={-1} className="app-main">
          {storageProblem && (
            <p className="card error" role="alert">
              {storageProblem.message}
            </p>
          )}
          <PageView route={route} />
        </main>
      </div>
    </ReportDataProvider>
  );
}

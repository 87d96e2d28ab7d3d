import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteEverything, setSetting } from '../../db';
import { BackupSettings } from '../components/BackupSettings';
import { CredibilityListSettings } from '../components/CredibilityListSettings';
import { ModelSettings } from '../components/ModelSettings';
import { ThresholdSettings } from '../components/ThresholdSettings';
import { LOCALES, type Locale } from '../i18n';
import { platform } from '../../platform';
import { classifierThreads, closeWorkers } from '../services/engine';
import { forgetDb } from '../services/db';
import { useReportData } from '../services/report-data';
import type { AppInfo } from '../../../../electron/preload/api';

const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', fr: 'Français' };

function PrivacyStatus() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [threads, setThreads] = useState<number | null>(null);
  useEffect(() => {
    void platform.appInfo().then(setInfo);
    void classifierThreads().then(setThreads);
  }, []);
  return (
    <section className="card" data-testid="privacy-panel">
      <h2>{t('settings.privacy')}</h2>
      <p>{t('settings.privacyOk')}</p>
      <ul>
        <li>{t(info?.platform === 'electron' ? 'settings.desktopBlocking' : 'settings.webBlocking')}</li>
        <li data-testid="isolation-status">
          {info?.crossOriginIsolated ? t('settings.isolated') : t('settings.notIsolated')}
          {threads !== null && ` · ${t('settings.threads', { count: threads })}`}
        </li>
        <li>{t('settings.modelLocal')}</li>
      </ul>
      {info && (
        <p className="muted small">
          {info.name} {info.version} · {info.platform}
        </p>
      )}
    </section>
  );
}

function DeleteEverything() {
  const { t } = useTranslation();
  const { db } = useReportData();
  const [done, setDone] = useState(false);
  const run = async () => {
    if (!db || !window.confirm(t('settings.confirmDeleteAll'))) return;
    await closeWorkers();
    await deleteEverything(db);
    forgetDb();
    setDone(true);
    window.location.hash = '#/import';
    window.location.reload();
  };
  return (
    <section className="card danger-zone">
      <h2>{t('settings.dangerZone')}</h2>
      <button type="button" className="danger" onClick={() => void run()} data-testid="delete-everything">
        {t('settings.deleteAll')}
      </button>
      {done && <p role="status">{t('settings.deleted')}</p>}
    </section>
  );
}

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { db } = useReportData();
  const changeLocale = (locale: Locale) => {
    void i18n.changeLanguage(locale);
    if (db) void setSetting(db, 'locale', locale);
  };
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <section className="card">
        <h2>
          <label htmlFor="locale">{t('settings.language')}</label>
        </h2>
        <select
          id="locale"
          value={i18n.language}
          onChange={(event) => changeLocale(event.target.value as Locale)}
          data-testid="locale"
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </section>
      <ModelSettings />
      <CredibilityListSettings />
      <ThresholdSettings />
      <PrivacyStatus />
      <BackupSettings />
      <DeleteEverything />
    </>
  );
}

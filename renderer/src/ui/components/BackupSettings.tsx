import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportBackup, importBackup } from '../../db';
import { downloadBlob } from '../services/download';
import { useReportData } from '../services/report-data';

/** Backup of the whole database to one file, and restore, so a user can move machines without re-running the model. */
export function BackupSettings() {
  const { t } = useTranslation();
  const { db } = useReportData();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (!db) return null;
  const backup = async () => {
    const blob = await exportBackup(db);
    downloadBlob(blob, `loupe-backup-${new Date().toISOString().slice(0, 10)}.json`);
    setStatus(t('settings.backupDone'));
  };
  const restore = async (file: File) => {
    if (!window.confirm(t('settings.confirmRestore'))) return;
    try {
      await importBackup(db, file);
      setStatus(t('settings.restoreDone'));
    } catch (error) {
      setStatus(t('common.error', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <section className="card">
      <h2>{t('settings.backup')}</h2>
      <p className="muted">{t('settings.backupIntro')}</p>
      <div className="row">
        <button type="button" className="secondary" onClick={() => void backup()} data-testid="backup">
          {t('settings.backupButton')}
        </button>
        <button type="button" className="secondary" onClick={() => input.current?.click()}>
          {t('settings.restoreButton')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void restore(file);
          }}
        />
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}

import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteArchive, listArchives, type ArchiveRecord } from '../../db';
import { ProgressPanel } from '../components/ProgressPanel';
import { useDb, useDbQuery } from '../hooks/useDb';
import { formatDate, formatNumber } from '../i18n/format';
import { engineState, runImport } from '../services/engine';
import { useStore } from '../services/store';

function ArchiveRow({ archive }: { archive: ArchiveRecord }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const locale = i18n.language;
  const status = {
    importing: t('import.statusImporting'),
    complete: t('import.statusComplete'),
    failed: t('import.statusFailed'),
    interrupted: t('import.statusInterrupted'),
  }[archive.status];
  const remove = async () => {
    if (db && window.confirm(t('import.confirmDelete'))) await deleteArchive(db, archive.id);
  };
  return (
    <tr data-testid="archive-row">
      <td>{archive.platform === 'instagram' ? 'Instagram' : 'Facebook'}</td>
      <td>{archive.format.toUpperCase()}</td>
      <td>
        {archive.dateRange
          ? `${formatDate(locale, archive.dateRange.from)} – ${formatDate(locale, archive.dateRange.to)}`
          : '—'}
      </td>
      <td className="num">{formatNumber(locale, archive.counts.items)}</td>
      <td className="num">{formatNumber(locale, archive.counts.exposures)}</td>
      <td>
        {status}
        {archive.error && <span className="error"> · {archive.error}</span>}
      </td>
      <td>
        <button type="button" className="secondary" onClick={() => void remove()}>
          {t('import.delete')}
        </button>
      </td>
    </tr>
  );
}

/**
 * An import cut short by a reload or a crash cannot resume by itself (the files are gone with the page):
 * say so, and ask for the same files, which complete it (item ids come from the content).
 */
function InterruptedImport({
  archive,
  chooseFiles,
  chooseFolder,
}: {
  archive: ArchiveRecord;
  chooseFiles: () => void;
  chooseFolder: () => void;
}) {
  const { t, i18n } = useTranslation();
  const fromZips = archive.sourceFiles.every((name) => /\.zip$/i.test(name));
  return (
    <section className="card notice" role="alert" data-testid="import-interrupted">
      <h2>{t('import.interruptedTitle')}</h2>
      <p>
        {t(archive.counts.items > 0 ? 'import.interruptedText' : 'import.interruptedTextEmpty', {
          files: archive.sourceFiles.join(', '),
          platform: archive.platform === 'instagram' ? 'Instagram' : 'Facebook',
          texts: formatNumber(i18n.language, archive.counts.items),
        })}
      </p>
      <p>{t('import.interruptedAction')}</p>
      <button type="button" onClick={fromZips ? chooseFiles : chooseFolder} data-testid="import-again">
        {fromZips ? t('import.interruptedChooseFiles') : t('import.interruptedChooseFolder')}
      </button>
    </section>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const archives = useDbQuery(listArchives, [], [] as ArchiveRecord[]);
  const state = useStore(engineState);
  const [dragging, setDragging] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const busy = state.importing !== null;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void runImport({ kind: 'files', files });
  };

  return (
    <>
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.intro')}</p>
      <div
        className={`dropzone${dragging ? ' active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p>{t('import.drop')}</p>
        <div className="row" style={{ justifyContent: 'center' }}>
          <button type="button" disabled={busy} onClick={() => filesInput.current?.click()}>
            {t('import.chooseFiles')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => folderInput.current?.click()}
          >
            {t('import.chooseFolder')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void runImport({ kind: 'demo' })}
            data-testid="try-demo"
          >
            {t('import.tryDemo')}
          </button>
        </div>
        <p className="muted">{t('import.demoHint')}</p>
        <input
          ref={filesInput}
          type="file"
          accept=".zip,application/zip"
          multiple
          hidden
          data-testid="file-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) void runImport({ kind: 'files', files });
          }}
        />
        <input
          ref={folderInput}
          type="file"
          hidden
          data-testid="folder-input"
          {...{ webkitdirectory: '' }}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) void runImport({ kind: 'folder', files });
          }}
        />
      </div>
      {state.lastImport && state.lastImport.refused.length > 0 && (
        <ul className="error" data-testid="import-refused">
          {state.lastImport.refused.map((refusal) => (
            <li key={refusal.name}>
              {refusal.refusal
                ? t(`import.refusal.${refusal.refusal.code}`, { ...refusal.refusal.params })
                : `${refusal.name}: ${refusal.reason}`}
            </li>
          ))}
        </ul>
      )}
      {!busy &&
        archives
          .filter((archive) => archive.status === 'interrupted')
          .map((archive) => (
            <InterruptedImport
              key={archive.id}
              archive={archive}
              chooseFiles={() => filesInput.current?.click()}
              chooseFolder={() => folderInput.current?.click()}
            />
          ))}
      <ProgressPanel />
      <h2>{t('import.archives')}</h2>
      {archives.length === 0 ? (
        <p className="muted">{t('import.none')}</p>
      ) : (
        <table data-testid="archives">
          <thead>
            <tr>
              <th scope="col">{t('import.platform')}</th>
              <th scope="col">{t('import.format')}</th>
              <th scope="col">{t('import.period')}</th>
              <th scope="col" className="num">
                {t('import.items')}
              </th>
              <th scope="col" className="num">
                {t('import.exposures')}
              </th>
              <th scope="col">{t('import.status')}</th>
              <th scope="col">{t('import.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {archives.map((archive) => (
              <ArchiveRow key={archive.id} archive={archive} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

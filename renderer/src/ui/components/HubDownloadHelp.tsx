import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_HUB_HOST, downloadCommand, planHubDownload } from '../../core/classify/registry';

/**
 * The hub download, off by default. The app itself never reaches the network (CSP `connect-src 'self'`,
 * the desktop blocks every other request): it names the exact files and host, and shows the one command
 * that downloads them when the user runs it.
 */
export function HubDownloadHelp() {
  const { t } = useTranslation();
  const [allowed, setAllowed] = useState(false);
  const [modelId, setModelId] = useState('');
  const [out, setOut] = useState('downloaded-model');
  const plan = modelId.trim() ? planHubDownload(modelId.trim()) : null;
  return (
    <div data-testid="hub-download">
      <h3>{t('models.downloadTitle')}</h3>
      <p className="muted small">{t('models.downloadIntro')}</p>
      <label>
        <input type="checkbox" checked={allowed} onChange={(event) => setAllowed(event.target.checked)} />{' '}
        {t('models.downloadAllow')}
      </label>
      {allowed && (
        <div>
          <label>
            {t('models.hubId')}{' '}
            <input
              value={modelId}
              onChange={(event) => setModelId(event.target.value)}
              placeholder="owner/name"
            />
          </label>{' '}
          <label>
            {t('models.outFolder')} <input value={out} onChange={(event) => setOut(event.target.value)} />
          </label>
          {plan && !plan.ok && <p role="alert">{plan.error}</p>}
          {plan?.ok && (
            <>
              <p>{t('models.downloadConsent', { count: plan.value.files.length, host: plan.value.host })}</p>
              <ul className="small">
                {plan.value.files.map((file) => (
                  <li key={file.file}>
                    <code>{file.url}</code>
                  </li>
                ))}
              </ul>
              <p>{t('models.downloadCommand')}</p>
              <pre data-testid="download-command">
                {`${downloadCommand(plan.value.modelId, out.trim() || 'downloaded-model', DEFAULT_HUB_HOST)} --yes`}
              </pre>
              <p className="muted small">{t('models.downloadAfter')}</p>
            </>
          )}
        </div>
      )}
    </div>
  );
}

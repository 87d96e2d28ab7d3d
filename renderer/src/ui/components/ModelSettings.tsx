import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setSetting } from '../../db';
import type { RegistryEntry } from '../../core/classify/registry';
import { formatNumber } from '../i18n/format';
import { classificationEngine, startClassification } from '../services/engine';
import { bundledRegistry } from '../services/model-manifest';
import { useReportData } from '../services/report-data';
import { listUserModels, removeUserModel, type UserModel } from '../services/user-models';
import { AddModelFromFolder } from './AddModelFromFolder';
import { HubDownloadHelp } from './HubDownloadHelp';

const megabytes = (locale: string, bytes: number) =>
  `${formatNumber(locale, Math.round((bytes / 1e6) * 10) / 10)} MB`;

function ModelRow({
  model,
  selected,
  onUse,
  onRemove,
}: {
  model: RegistryEntry;
  selected: boolean;
  onUse?: () => void;
  onRemove?: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <li data-testid={`model-${model.id}`}>
      <strong>{model.name}</strong>{' '}
      <span className="muted">({t(model.source === 'bundled' ? 'models.bundled' : 'models.userAdded')})</span>
      {selected && <span className="badge"> · {t('models.selected')}</span>}
      <dl className="small">
        <dt>{t('models.languages')}</dt>
        <dd>{model.languages.join(', ')}</dd>
        <dt>{t('models.size')}</dt>
        <dd>{megabytes(i18n.language, model.sizeBytes)}</dd>
        <dt>{t('models.licence')}</dt>
        <dd>{model.licence}</dd>
      </dl>
      {model.source === 'bundled' && model.modelCard && (
        <a href={`/models/${model.folder}/${model.modelCard}`} target="_blank" rel="noreferrer">
          {t('models.modelCard')}
        </a>
      )}
      {model.source !== 'bundled' && <p className="muted small">{t('models.storedLocally')}</p>}
      <div className="row">
        {onUse && !selected && (
          <button type="button" className="secondary" onClick={onUse}>
            {t('models.use')}
          </button>
        )}
        {onRemove && (
          <button type="button" className="secondary" onClick={onRemove}>
            {t('models.remove')}
          </button>
        )}
      </div>
    </li>
  );
}

/** The model registry: the bundled models, the user's own, adding one from a folder, and hub downloads. */
export function ModelSettings() {
  const { t } = useTranslation();
  const { db, modelId } = useReportData();
  const [userModels, setUserModels] = useState<UserModel[]>([]);
  const refresh = () => void listUserModels().then(setUserModels, () => setUserModels([]));
  useEffect(refresh, []);
  const [engine, setEngine] = useState<'native' | 'worker' | null>(null);
  useEffect(() => void classificationEngine().then(setEngine, () => setEngine(null)), []);
  const bundled = bundledRegistry();
  const use = async (model: RegistryEntry) => {
    if (!db) return;
    await setSetting(db, 'selectedModelId', model.id);
    void startClassification();
  };
  // Removing the model in use goes back to the bundled default rather than to a model that is gone.
  const remove = async (model: UserModel) => {
    await removeUserModel(model.folder);
    if (db && model.id === modelId) await setSetting(db, 'selectedModelId', null);
    refresh();
  };
  return (
    <section className="card" data-testid="model-settings">
      <h2>{t('models.title')}</h2>
      <p className="muted">{t('models.intro')}</p>
      {engine && (
        <p className="small" data-testid="classification-engine" data-engine={engine}>
          {t(engine === 'native' ? 'models.engineNative' : 'models.engineWasm')}
        </p>
      )}
      <ul className="model-list">
        {bundled.map((model) => (
          <ModelRow
            key={model.id}
            model={model}
            selected={model.id === modelId}
            onUse={() => void use(model)}
          />
        ))}
        {userModels.map((model) => (
          <ModelRow
            key={model.folder}
            model={model}
            selected={model.id === modelId}
            onUse={() => void use(model)}
            onRemove={() => void remove(model)}
          />
        ))}
      </ul>
      <AddModelFromFolder
        takenFolders={[...bundled, ...userModels].map((model) => model.folder)}
        onAdded={refresh}
      />
      <HubDownloadHelp />
    </section>
  );
}

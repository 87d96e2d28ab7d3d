import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LABELS, type Label } from '../../core/model';
import {
  checkModelFolder,
  suggestMapping,
  validateMapping,
  withoutTopFolder,
  type LabelMapping,
  type ModelFolderCheck,
} from '../../core/classify/registry';
import { addUserModel, userModelFolder } from '../services/user-models';

interface Picked {
  readonly name: string;
  readonly check: ModelFolderCheck;
  readonly files: ReadonlyMap<string, File>;
}

async function readPicked(list: FileList): Promise<Picked | string> {
  const files = new Map<string, File>();
  let name = 'model';
  for (const file of Array.from(list)) {
    const relative = file.webkitRelativePath || file.name;
    name = relative.includes('/') ? relative.slice(0, relative.indexOf('/')) : name;
    files.set(withoutTopFolder(relative), file);
  }
  let config: unknown = null;
  const configFile = files.get('config.json');
  if (configFile) {
    try {
      config = JSON.parse(await configFile.text());
    } catch {
      return 'config.json is not valid JSON';
    }
  }
  const check = checkModelFolder(
    [...files].map(([path, file]) => ({ path, size: file.size })),
    config,
  );
  return check.ok ? { name, check: check.value, files } : check.error;
}

/** "Add a model from a folder": read with `<input webkitdirectory>`, labels mapped, files kept in Cache Storage. */
export function AddModelFromFolder({
  takenFolders,
  onAdded,
}: {
  takenFolders: readonly string[];
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [mapping, setMapping] = useState<LabelMapping>({});
  const [name, setName] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);

  const pick = async (list: FileList) => {
    const result = await readPicked(list);
    if (typeof result === 'string') {
      setPicked(null);
      setStatus(t('common.error', { message: result }));
      return;
    }
    setPicked(result);
    setName(result.name);
    setMapping(suggestMapping(result.check.foreignLabels));
    setStatus(null);
  };

  const validation = picked ? validateMapping(picked.check.foreignLabels, mapping) : null;

  const add = async () => {
    if (!picked || !validation?.ok) return;
    const folder = userModelFolder(name, takenFolders);
    try {
      await addUserModel(
        {
          id: folder,
          folder,
          name: name.trim() || folder,
          languages: ['en', 'fr'],
          sizeBytes: picked.check.sizeBytes,
          licence: picked.check.modelCard ?? '—',
          modelCard: picked.check.modelCard,
          source: 'folder',
          onnxFile: picked.check.onnxFile,
          foreignLabels: picked.check.foreignLabels,
          mapping: validation.value,
          addedAt: Date.now(),
        },
        picked.check.files.map((file) => ({ path: file.path, data: picked.files.get(file.path)! })),
      );
      setPicked(null);
      setStatus(t('models.added', { name: name.trim() || folder }));
      onAdded();
    } catch (error) {
      setStatus(t('common.error', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <div data-testid="add-model">
      <h3>{t('models.addTitle')}</h3>
      <p className="muted small">{t('models.addIntro')}</p>
      <button type="button" className="secondary" onClick={() => input.current?.click()}>
        {t('models.pickFolder')}
      </button>
      <input
        type="file"
        multiple
        hidden
        ref={(element) => {
          input.current = element;
          element?.setAttribute('webkitdirectory', '');
        }}
        onChange={(event) => {
          const list = event.target.files;
          if (list && list.length > 0) void pick(list);
          event.target.value = '';
        }}
        data-testid="model-folder-input"
      />
      {picked && (
        <div>
          <h4>{t('models.mappingTitle')}</h4>
          <p className="muted small">{t('models.mappingIntro')}</p>
          <label>
            {t('models.modelName')} <input value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('models.foreignLabel')}</th>
                <th scope="col">{t('models.loupeLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {picked.check.foreignLabels.map((foreign) => (
                <tr key={foreign}>
                  <th scope="row">{foreign}</th>
                  <td>
                    <select
                      aria-label={foreign}
                      value={mapping[foreign] ?? ''}
                      onChange={(event) =>
                        setMapping({ ...mapping, [foreign]: (event.target.value || null) as Label | null })
                      }
                    >
                      <option value="">{t('models.ignored')}</option>
                      {LABELS.map((label) => (
                        <option key={label} value={label}>
                          {t(`labels.${label}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {validation && !validation.ok && <p role="alert">{validation.error}</p>}
          <button type="button" disabled={!validation?.ok} onClick={() => void add()}>
            {t('models.addModel')}
          </button>
        </div>
      )}
      {status && <p role="status">{status}</p>}
    </div>
  );
}

export {
  REGISTRY_VERSION,
  isSafeFolderName,
  isSafeRelativePath,
  parseRegistry,
  parseRegistryEntry,
  type Registry,
  type RegistryEntry,
} from './schema';
export {
  ONNX_CANDIDATES,
  OPTIONAL_FILES,
  REQUIRED_FILES,
  checkModelFolder,
  foreignLabelsOf,
  withoutTopFolder,
  type FolderFile,
  type ModelFolderCheck,
} from './model-folder';
export {
  applyMapping,
  coveredLabels,
  suggestMapping,
  validateMapping,
  type LabelMapping,
} from './label-mapping';
export {
  DEFAULT_HUB_FILES,
  DEFAULT_HUB_HOST,
  downloadCommand,
  isHubModelId,
  planHubDownload,
  type DownloadPlan,
  type PlannedFile,
} from './download-plan';

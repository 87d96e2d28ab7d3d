import { handlePoolRequest, OwnerCache, type PoolRequest } from '../core/archive/file-work';

/** A worker of `WebExtractPool`: extracts the files the import worker sends, one at a time. */
const owners = new OwnerCache();
self.onmessage = (event: MessageEvent<PoolRequest>) => {
  self.postMessage(handlePoolRequest(event.data, owners));
};

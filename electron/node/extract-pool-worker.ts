import { parentPort } from 'node:worker_threads';
import { handlePoolRequest, OwnerCache, type PoolRequest } from '@core/archive/file-work';

/** A worker thread of `NodeExtractPool`: extracts the files it is sent, one at a time. */
const port = parentPort;
if (!port) throw new Error('the extract worker must run as a worker thread');
const owners = new OwnerCache();
port.on('message', (request: PoolRequest) => {
  port.postMessage(handlePoolRequest(request, owners));
});

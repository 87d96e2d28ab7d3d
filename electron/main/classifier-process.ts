import { utilityProcess } from 'electron';
import type { ClassifierPort } from './classifier-client';

/** Forks the classifier utility process (out/main/classifier.js) over the given model folders. */
export function spawnClassifierProcess(entryPath: string, modelRoots: readonly string[]): ClassifierPort {
  const child = utilityProcess.fork(
    entryPath,
    modelRoots.map((root) => `--models=${root}`),
    { serviceName: 'Loupe classifier' },
  );
  return {
    postMessage: (request) => child.postMessage(request),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', () => listener()),
    kill: () => child.kill(),
  };
}

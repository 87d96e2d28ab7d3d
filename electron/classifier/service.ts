import type { Classifier } from '@core/classify';
import { isClassifierRequest, type ClassifierReply } from './protocol';

export interface ClassifierServiceDeps {
  /** The shared classifier for a model folder name (validated), or a rejection when there is none. */
  readonly loadClassifier: (modelFolder: string) => Promise<Classifier>;
  /** Whether the native runtime loads in this process. */
  readonly probe: () => Promise<boolean>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'classifier failed';
}

/**
 * The utility process's whole job: answer one request at a time (one model copy, bounded memory) and
 * turn every failure into a `failed` reply instead of a crash.
 */
export function createClassifierService(
  deps: ClassifierServiceDeps,
): (message: unknown) => Promise<ClassifierReply> {
  let queue: Promise<unknown> = Promise.resolve();
  const answer = async (message: unknown): Promise<ClassifierReply> => {
    if (!isClassifierRequest(message)) {
      const id = typeof message === 'object' && message !== null && 'id' in message ? Number(message.id) : -1;
      return {
        type: 'failed',
        id: Number.isSafeInteger(id) ? id : -1,
        error: 'malformed classifier request',
      };
    }
    try {
      switch (message.type) {
        case 'probe':
          return { type: 'probed', id: message.id, available: await deps.probe() };
        case 'describe': {
          const classifier = await deps.loadClassifier(message.modelFolder);
          return { type: 'described', id: message.id, manifest: classifier.manifest };
        }
        case 'classify': {
          const classifier = await deps.loadClassifier(message.modelFolder);
          return { type: 'classified', id: message.id, outputs: await classifier.classify(message.inputs) };
        }
        case 'explain': {
          const classifier = await deps.loadClassifier(message.modelFolder);
          return { type: 'explained', id: message.id, explanation: await classifier.explain(message.text) };
        }
      }
    } catch (error) {
      return { type: 'failed', id: message.id, error: messageOf(error) };
    }
  };
  return (message) => {
    const reply = queue.then(() => answer(message));
    queue = reply.catch(() => undefined);
    return reply;
  };
}

import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClassifierClient,
  MAX_CLASSIFIER_CRASHES,
  type ClassifierPort,
} from '../../../electron/main/classifier-client';
import { bundledClassifier } from '../classify/bundled-model';

const repoRoot = resolve(import.meta.dirname, '../../..');
const ENTRY = resolve(repoRoot, 'electron/classifier/entry.ts');
const MODELS = resolve(repoRoot, 'models');

/** The utility process stand-in: the real entry file in a forked Node process, talking over Node IPC. */
function forkClassifier(children: ChildProcess[], modelRoots: readonly string[] = [MODELS]): ClassifierPort {
  const child = fork(
    ENTRY,
    modelRoots.map((root) => `--models=${root}`),
    {
      cwd: repoRoot,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  children.push(child);
  return {
    postMessage: (request) => child.send(request),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', () => listener()),
    kill: () => child.kill(),
  };
}

const TEXTS = [
  'They are destroying our country and everyone who votes for them is a traitor.',
  'Lovely walk by the lake this morning with the dog.',
  'Les vaccins contiennent des puces pour nous surveiller, partagez avant que ce soit supprimé !',
  '',
];

const children: ChildProcess[] = [];
let client: ClassifierClient;

beforeAll(() => {
  client = new ClassifierClient(() => forkClassifier(children));
});

afterAll(() => {
  client.dispose();
  for (const child of children) child.kill();
});

describe('the classifier process', () => {
  it('reports the native runtime available', async () => {
    expect(await client.available()).toBe(true);
  });

  it('describes the model with the manifest the in-process classifier loads', async () => {
    const [remote, local] = await Promise.all([client.describe('loupe-mini'), bundledClassifier()]);
    expect(remote).toEqual(local.manifest);
  });

  it('gives the same scores as the in-process classifier on the same texts', async () => {
    const inputs = TEXTS.map((text) => ({ text }));
    const [remote, local] = await Promise.all([
      client.classify('loupe-mini', inputs),
      bundledClassifier().then((classifier) => classifier.classify(inputs)),
    ]);
    expect(remote).toHaveLength(TEXTS.length);
    expect(remote.map((output) => output.status)).toEqual(local.map((output) => output.status));
    remote.forEach((output, index) => {
      const expected = local[index];
      expect(output.language).toBe(expected?.language);
      for (const [label, score] of Object.entries(output.scores ?? {})) {
        expect(score).toBeCloseTo(expected?.scores?.[label as keyof typeof expected.scores] ?? Number.NaN, 5);
      }
    });
    expect(remote[0]?.status).toBe('scored');
    expect(remote[3]?.status).toBe('empty');
  });

  it('explains a text with word offsets into it', async () => {
    const explanation = await client.explain('loupe-mini', TEXTS[0] ?? '');
    expect(explanation.status).toBe('scored');
    expect(explanation.words.length).toBeGreaterThan(3);
    for (const word of explanation.words) {
      expect(word.end).toBeGreaterThan(word.start);
      expect(word.end).toBeLessThanOrEqual((TEXTS[0] ?? '').length);
    }
  });

  it('answers an unknown or path-like model with an error, and keeps serving', async () => {
    await expect(client.classify('no-such-model', [{ text: 'a' }])).rejects.toThrow('no model folder named');
    await expect(client.classify('../models/loupe-mini', [{ text: 'a' }])).rejects.toThrow('malformed');
    expect(await client.classify('loupe-mini', [{ text: 'still here' }])).toHaveLength(1);
  });

  it('fails the requests in flight when the process dies, then starts a fresh one', async () => {
    const before = children.length;
    // A batch long enough that the process is still working on it when it is killed (one short text can be
    // answered before the signal lands).
    const busy = Array.from({ length: 512 }, (_, i) => ({
      text: `${TEXTS[i % TEXTS.length] ?? ''} ${'and then some more words '.repeat(20)}`,
    }));
    const inFlight = client.classify('loupe-mini', busy);
    children.at(-1)?.kill('SIGKILL');
    await expect(inFlight).rejects.toThrow('exited');
    expect(await client.classify('loupe-mini', [{ text: 'again' }])).toHaveLength(1);
    expect(children.length).toBe(before + 1);
  });
});

describe('shutting the classifier down', () => {
  it('fails the requests in flight and refuses new ones', async () => {
    const shortLived: ChildProcess[] = [];
    const closing = new ClassifierClient(() => forkClassifier(shortLived));
    const inFlight = closing.classify('loupe-mini', [{ text: 'a' }]);
    closing.dispose();
    await expect(inFlight).rejects.toThrow('shut down');
    await expect(closing.classify('loupe-mini', [{ text: 'a' }])).rejects.toThrow('shut down');
    expect(await closing.available()).toBe(false);
    for (const child of shortLived) child.kill();
  });
});

describe('a classifier process that keeps crashing', () => {
  it(`is reported unavailable after ${MAX_CLASSIFIER_CRASHES} crashes`, async () => {
    const dying: ChildProcess[] = [];
    const flaky = new ClassifierClient(() => {
      const port = forkClassifier(dying);
      setImmediate(() => dying.at(-1)?.kill('SIGKILL'));
      return port;
    });
    for (let crash = 0; crash < MAX_CLASSIFIER_CRASHES; crash += 1) {
      await expect(flaky.classify('loupe-mini', [{ text: 'a' }])).rejects.toThrow('exited');
    }
    expect(await flaky.available()).toBe(false);
    await expect(flaky.classify('loupe-mini', [{ text: 'a' }])).rejects.toThrow('keeps crashing');
    expect(dying).toHaveLength(MAX_CLASSIFIER_CRASHES);
    flaky.dispose();
  });
});

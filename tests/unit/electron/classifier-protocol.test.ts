import { describe, expect, it } from 'vitest';
import {
  isClassifierReply,
  isClassifierRequest,
  isModelFolderName,
  MAX_INPUTS_PER_REQUEST,
} from '../../../electron/classifier/protocol';

describe('classifier protocol guards', () => {
  it('accept well-formed requests', () => {
    expect(isClassifierRequest({ type: 'probe', id: 1 })).toBe(true);
    expect(
      isClassifierRequest({ type: 'classify', id: 2, modelFolder: 'loupe-mini', inputs: [{ text: 'a' }] }),
    ).toBe(true);
    expect(isClassifierRequest({ type: 'explain', id: 3, modelFolder: 'my.model_v2', text: 'a' })).toBe(true);
    expect(isClassifierRequest({ type: 'describe', id: 4, modelFolder: 'loupe-mini' })).toBe(true);
    expect(isClassifierRequest({ type: 'describe', id: 4, modelFolder: '/models/loupe-mini' })).toBe(false);
  });

  it.each([
    ['no id', { type: 'probe' }],
    ['an unknown type', { type: 'load', id: 1 }],
    ['a path for a model', { type: 'explain', id: 1, modelFolder: '../secrets', text: 'a' }],
    ['a nested path', { type: 'explain', id: 1, modelFolder: 'a/b', text: 'a' }],
    ['a non-text input', { type: 'classify', id: 1, modelFolder: 'm', inputs: [{ text: null }] }],
    [
      'too many inputs',
      {
        type: 'classify',
        id: 1,
        modelFolder: 'm',
        inputs: Array.from({ length: MAX_INPUTS_PER_REQUEST + 1 }, () => ({ text: '' })),
      },
    ],
  ])('refuse a request with %s', (_why, request) => {
    expect(isClassifierRequest(request)).toBe(false);
  });

  it('accept folder names only', () => {
    expect(isModelFolderName('loupe-mini')).toBe(true);
    for (const bad of ['', '.', '..', '.hidden', 'a..b', 'a/b', 'a\\b', 'C:', '/abs', 'x'.repeat(200)]) {
      expect(isModelFolderName(bad), bad).toBe(false);
    }
  });

  it('check replies down to the scores', () => {
    const output = { language: 'en', status: 'scored', scores: { divisive: 0.2 }, windows: 1 };
    expect(isClassifierReply({ type: 'classified', id: 1, outputs: [output] })).toBe(true);
    expect(
      isClassifierReply({ type: 'classified', id: 1, outputs: [{ ...output, scores: { divisive: '1' } }] }),
    ).toBe(false);
    expect(isClassifierReply({ type: 'failed', id: 1, error: 'no model' })).toBe(true);
    expect(isClassifierReply({ type: 'probed', id: 1 })).toBe(false);
  });
});

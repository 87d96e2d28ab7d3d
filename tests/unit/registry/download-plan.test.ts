import { describe, expect, it } from 'vitest';
import { downloadCommand, planHubDownload } from '../../../renderer/src/core/classify/registry';

describe('planHubDownload', () => {
  it('names every URL it will fetch, all on the one host', () => {
    const plan = planHubDownload('acme/tiny-bert');
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.value.host).toBe('https://huggingface.co');
    expect(plan.value.files.map((file) => file.url)).toEqual([
      'https://huggingface.co/acme/tiny-bert/resolve/main/config.json',
      'https://huggingface.co/acme/tiny-bert/resolve/main/tokenizer.json',
      'https://huggingface.co/acme/tiny-bert/resolve/main/tokenizer_config.json',
      'https://huggingface.co/acme/tiny-bert/resolve/main/onnx/model_quantized.onnx',
    ]);
  });

  it('uses another host and file list when given', () => {
    const plan = planHubDownload('a/b', 'http://127.0.0.1:8080', ['config.json']);
    expect(plan.ok && plan.value.files).toEqual([
      { file: 'config.json', url: 'http://127.0.0.1:8080/a/b/resolve/main/config.json' },
    ]);
  });

  it('refuses ids, hosts and files that could address something else', () => {
    const refused: [string, string | undefined, string[] | undefined][] = [
      ['no-owner', undefined, undefined],
      ['a/../b', undefined, undefined],
      ['a/b/c', undefined, undefined],
      ['a/b?x=1', undefined, undefined],
      ['a/b', 'file:///etc', undefined],
      ['a/b', 'https://user:pw@example.org', undefined],
      ['a/b', 'https://example.org/path', undefined],
      ['a/b', 'not a url', undefined],
      ['a/b', undefined, ['../x']],
      ['a/b', undefined, ['/etc/passwd']],
      ['a/b', undefined, []],
    ];
    for (const [id, host, files] of refused) {
      expect(planHubDownload(id, host, files).ok, `${id} ${host} ${files}`).toBe(false);
    }
  });

  it('shows the command the user types', () => {
    expect(downloadCommand('acme/tiny', 'models-in')).toBe(
      'npm run loupe -- model download acme/tiny --out models-in',
    );
    expect(downloadCommand('acme/tiny', 'out', 'http://127.0.0.1:9')).toContain('--host http://127.0.0.1:9');
  });
});

describe('downloadCommand quoting', () => {
  it('quotes a folder with spaces or quotes so the shell reads it as one word', () => {
    expect(downloadCommand('a/b', "My Models/it's")).toBe(
      "npm run loupe -- model download a/b --out 'My Models/it'\\''s'",
    );
  });
});

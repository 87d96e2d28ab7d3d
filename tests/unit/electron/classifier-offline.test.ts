import { describe, expect, it } from 'vitest';
import { disableNetworkGlobals, NetworkDisabledError } from '../../../electron/classifier/offline';

describe('disableNetworkGlobals', () => {
  it('makes fetch reject and removes the socket globals, for good', async () => {
    let reached = false;
    const scope: Record<string, unknown> = {
      fetch: async () => {
        reached = true;
        return new Response('leaked');
      },
      WebSocket: class {},
      EventSource: class {},
    };
    disableNetworkGlobals(scope);
    const fetchAfter = scope.fetch as (url: string) => Promise<Response>;
    await expect(fetchAfter('https://huggingface.co/')).rejects.toBeInstanceOf(NetworkDisabledError);
    expect(reached).toBe(false);
    expect(scope.WebSocket).toBeUndefined();
    expect(scope.EventSource).toBeUndefined();
    expect(() => {
      scope.fetch = async () => new Response('again');
    }).toThrow(TypeError);
  });
});

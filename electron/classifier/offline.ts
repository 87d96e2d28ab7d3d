const NETWORK_GLOBALS = ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest'] as const;

export class NetworkDisabledError extends Error {
  constructor() {
    super('network access is disabled in the classifier process');
  }
}

/**
 * Removes Node's built-in network globals before transformers.js loads (it captures `fetch` when its
 * module is evaluated). The classifier reads local model files through `fs` only, so this changes
 * nothing for it, and a future remote-model default would fail here instead of reaching the Hub.
 */
export function disableNetworkGlobals(target: object = globalThis): void {
  const refuse = (): Promise<never> => Promise.reject(new NetworkDisabledError());
  for (const name of NETWORK_GLOBALS) {
    if (!(name in target) && name !== 'fetch') continue;
    Reflect.defineProperty(target, name, {
      value: name === 'fetch' ? refuse : undefined,
      writable: false,
      configurable: false,
    });
  }
}

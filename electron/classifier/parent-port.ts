/** How the classifier talks to whoever started it: Electron's parentPort, or Node's IPC channel in tests. */
export interface ParentChannel {
  onMessage(listener: (data: unknown) => void): void;
  send(message: unknown): void;
}

interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

function isElectronParentPort(value: unknown): value is ElectronParentPort {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'on') === 'function' &&
    typeof Reflect.get(value, 'postMessage') === 'function'
  );
}

export function parentChannel(): ParentChannel {
  const electronPort: unknown = Reflect.get(process, 'parentPort');
  if (isElectronParentPort(electronPort)) {
    return {
      onMessage: (listener) => electronPort.on('message', (event) => listener(event.data)),
      send: (message) => electronPort.postMessage(message),
    };
  }
  const send = process.send?.bind(process);
  if (send) {
    return {
      onMessage: (listener) => process.on('message', listener),
      send: (message) => send(message),
    };
  }
  throw new Error('the classifier must run as an Electron utility process or a forked Node process');
}

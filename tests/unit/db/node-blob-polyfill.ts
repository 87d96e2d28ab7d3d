/**
 * dexie-export-import expects browser globals that Node 20 lacks: `self` and `FileReader`
 * (`readAsArrayBuffer` only). Chromium and workers have both; this file is for the Node tests.
 */
class NodeFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: NodeFileReader }) => void) | null = null;
  onabort: (() => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}

export function installBlobReadingGlobals(): () => void {
  const scope = globalThis as Record<string, unknown>;
  const had = { self: 'self' in scope, FileReader: 'FileReader' in scope };
  if (!had.self) scope.self = globalThis;
  if (!had.FileReader) scope.FileReader = NodeFileReader;
  return () => {
    if (!had.self) delete scope.self;
    if (!had.FileReader) delete scope.FileReader;
  };
}

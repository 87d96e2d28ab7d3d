import { stat } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../shared/headers';
import { parseByteRange } from './byte-range';
import { fileByteStream } from './file-stream';
import { mimeTypeOf } from './mime-types';

/** Every response of the app:// scheme carries the CSP and the cross-origin isolation headers. */
export function emptyResponse(status: number, extraHeaders: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...SECURITY_HEADERS, ...extraHeaders } });
}

export interface FileResponseOptions {
  readonly contentType?: string;
}

/** Serves one file for a GET or HEAD request, honouring a single byte range. */
export async function fileResponse(
  file: string,
  request: Request,
  options: FileResponseOptions = {},
): Promise<Response> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return emptyResponse(404);
  const size = info.size;
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': options.contentType ?? mimeTypeOf(file),
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-cache',
  };
  const range = parseByteRange(request.headers.get('Range'), size);
  if (range.kind === 'unsatisfiable') {
    return emptyResponse(416, { 'Content-Range': `bytes */${size}` });
  }
  const [start, end, status] = range.kind === 'part' ? [range.start, range.end, 206] : [0, size - 1, 200];
  headers['Content-Length'] = String(end - start + 1);
  if (range.kind === 'part') headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  const body = request.method === 'HEAD' || size === 0 ? null : fileByteStream(file, start, end);
  return new Response(body, { status, headers });
}

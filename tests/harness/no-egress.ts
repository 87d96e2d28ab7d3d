/**
 * Preload for `node --import`: every way Node opens a socket or resolves a name is wrapped so that it is
 * recorded (one JSON line appended to `LOUPE_EGRESS_LOG`) and then fails. A test runs a command with this
 * preload and asserts the log stays empty. Covers net/tls/dgram/http/https/http2, fetch, WebSocket and dns.
 */
import { appendFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const logPath = process.env.LOUPE_EGRESS_LOG;
if (!logPath) throw new Error('LOUPE_EGRESS_LOG must name the file that records attempts');

function record(api: string, args: readonly unknown[]): Error {
  const target = args
    .slice(0, 2)
    .map((value) => {
      try {
        return typeof value === 'function' ? '<fn>' : JSON.stringify(value);
      } catch {
        return String(value);
      }
    })
    .join(' ');
  appendFileSync(logPath!, JSON.stringify({ api, target: target.slice(0, 300) }) + '\n');
  return new Error(`loupe test: egress attempted through ${api}`);
}

type AnyFn = (...args: unknown[]) => unknown;
function trap(owner: Record<string, unknown>, key: string, api: string): void {
  if (typeof owner[key] !== 'function') return;
  owner[key] = function blocked(...args: unknown[]): never {
    throw record(api, args);
  } as AnyFn;
}

const net = require('node:net') as Record<string, unknown> & {
  Socket: { prototype: Record<string, unknown> };
};
trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
trap(net, 'connect', 'net.connect');
trap(net, 'createConnection', 'net.createConnection');
const tls = require('node:tls') as Record<string, unknown>;
trap(tls, 'connect', 'tls.connect');
const dgram = require('node:dgram') as Record<string, unknown>;
trap(dgram, 'createSocket', 'dgram.createSocket');
for (const name of ['http', 'https'] as const) {
  const module = require(`node:${name}`) as Record<string, unknown>;
  trap(module, 'request', `${name}.request`);
  trap(module, 'get', `${name}.get`);
}
const http2 = require('node:http2') as Record<string, unknown>;
trap(http2, 'connect', 'http2.connect');
const dns = require('node:dns') as Record<string, unknown> & { promises: Record<string, unknown> };
for (const key of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  trap(dns, key, `dns.${key}`);
  trap(dns.promises, key, `dns.promises.${key}`);
}
const dnsPromises = require('node:dns/promises') as Record<string, unknown>;
for (const key of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  trap(dnsPromises, key, `dns/promises.${key}`);
}
syncBuiltinESMExports();

const globals = globalThis as unknown as Record<string, unknown>;
trap(globals, 'fetch', 'fetch');
if (typeof globals.WebSocket === 'function') {
  globals.WebSocket = function blockedWebSocket(...args: unknown[]): never {
    throw record('WebSocket', args);
  };
}

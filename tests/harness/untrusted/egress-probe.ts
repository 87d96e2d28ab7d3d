/** Tries every network API the no-egress preload traps; prints how many attempts threw. */
import dgram from 'node:dgram';
import dns from 'node:dns';
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const attempts: (() => unknown)[] = [
  () => new net.Socket().connect(80, '192.0.2.1'),
  () => net.connect(80, '192.0.2.1'),
  () => tls.connect(443, '192.0.2.1'),
  () => dgram.createSocket('udp4'),
  () => http.request('http://192.0.2.1/'),
  () => https.get('https://192.0.2.1/'),
  () => globalThis.fetch('http://192.0.2.1/'),
  () => dns.lookup('example.invalid', () => undefined),
  () => lookup('example.invalid'),
];
let blocked = 0;
for (const attempt of attempts) {
  try {
    const result = attempt();
    if (result instanceof Promise) await result;
  } catch {
    blocked += 1;
  }
}
process.stdout.write(JSON.stringify({ tried: attempts.length, blocked }) + '\n');

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMANDS } from './commands';
import { runCli } from './run';

const packageJson = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
  version: string;
};

const code = await runCli({ version: packageJson.version, commands: COMMANDS }, process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
process.exitCode = code;

import type { CliCommand } from '../command';
import { extractCommand } from './extract';
import { classifyCommand } from './classify';
import { demoCommand } from './demo';
import { auditCommand } from './audit';
import { modelCommand } from './model';
import { mergeCommand } from './merge';

/** Every command of `npm run loupe`, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  extractCommand,
  classifyCommand,
  auditCommand,
  mergeCommand,
  demoCommand,
  modelCommand,
];

import type { CliCommand } from '../command';
import { classifyCommand } from './classify';

/** Every command of `npm run loupe`, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [classifyCommand];

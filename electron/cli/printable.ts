import { displayEntryName } from '@core/archive/sources/source';

/**
 * Text for one stderr line: whitespace runs as one space, and control, bidi and invisible characters escaped
 * as `\u{..}`. Warnings name files of the archive, and a folder named with ESC sequences could otherwise move
 * the cursor, rewrite the line or retitle the terminal.
 */
export const printable = (text: string): string => displayEntryName(text.replace(/\s+/g, ' ').trim());

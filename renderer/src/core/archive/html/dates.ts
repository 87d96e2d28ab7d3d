import { asEpochMs, type EpochMs } from '../../model';

const MONTHS: Readonly<Record<string, number>> = (() => {
  const names: [number, string[]][] = [
    [1, ['jan', 'january', 'janv', 'janvier']],
    [2, ['feb', 'february', 'févr', 'fevr', 'février', 'fevrier', 'fév', 'fev']],
    [3, ['mar', 'march', 'mars']],
    [4, ['apr', 'april', 'avr', 'avril']],
    [5, ['may', 'mai']],
    [6, ['jun', 'june', 'juin']],
    [7, ['jul', 'july', 'juil', 'juillet']],
    [8, ['aug', 'august', 'août', 'aout']],
    [9, ['sep', 'sept', 'september', 'septembre']],
    [10, ['oct', 'october', 'octobre']],
    [11, ['nov', 'november', 'novembre']],
    [12, ['dec', 'december', 'déc', 'décembre', 'decembre']],
  ];
  const table: Record<string, number> = {};
  for (const [month, words] of names) for (const word of words) table[word] = month;
  return table;
})();

/**
 * Parses the localised date strings of HTML exports ("Dec 28, 2020 7:20 am", "Oct 19, 2019 at 2:37 PM",
 * "19 Oct 2019, 14:37", "19 oct. 2019 à 14:37", "28 décembre 2020 19:20:05"). HTML dates have no zone:
 * the wall-clock time is read as UTC, a documented approximation.
 */
export function parseHtmlDate(raw: string): EpochMs | null {
  const text = raw.normalize('NFC').toLowerCase();
  const words = text.match(/[a-zàâäéèêëîïôöûüç]+/g) ?? [];
  const month = words.map((word) => MONTHS[word]).find((value) => value !== undefined);
  const year = /\b(19|20)\d{2}\b/.exec(text);
  if (month === undefined || !year) return null;
  const withoutYear = text.replace(year[0], ' ');
  const clock = /\b(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/.exec(withoutYear);
  const withoutClock = clock ? withoutYear.replace(clock[0], ' ') : withoutYear;
  const day = /\b(\d{1,2})(?:er)?\b/.exec(withoutClock);
  if (!day) return null;
  let hours = clock ? Number(clock[1]) : 0;
  const minutes = clock ? Number(clock[2]) : 0;
  const seconds = clock?.[3] ? Number(clock[3]) : 0;
  const meridiem = clock?.[4]?.replace(/\./g, '');
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  const dayNumber = Number(day[1]);
  if (dayNumber < 1 || dayNumber > 31 || hours > 23 || minutes > 59) return null;
  return asEpochMs(Date.UTC(Number(year[0]), month - 1, dayNumber, hours, minutes, seconds));
}

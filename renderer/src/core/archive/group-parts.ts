/**
 * Groups the files a user gave into exports. Meta names each download
 * `<platform>-<account>-<YYYY-MM-DD>-<random id>.zip`; parts of one download share that name up to a part
 * suffix (`-part2`, `_2`, ` (2)`). The separate Messenger chat backup (`messages.zip`) belongs with the
 * Facebook export when there is exactly one. Any other file joins the only export there is, or forms a
 * group of its own.
 */
const META_NAME = /^((?:instagram|facebook|meta)-.+-\d{4}-\d{2}-\d{2}-[^-_. ()]+)/i;
const MESSENGER_BACKUP = /^messages(?:[-_ ]?\(?\d+\)?)?\.zip$/i;

export function groupParts<T extends { readonly name: string }>(files: readonly T[]): T[][] {
  const named = new Map<string, T[]>();
  const others: T[] = [];
  for (const file of files) {
    const match = META_NAME.exec(file.name);
    if (match) {
      const key = match[1]!.toLowerCase();
      named.set(key, [...(named.get(key) ?? []), file]);
    } else {
      others.push(file);
    }
  }
  const groups = [...named.entries()];
  const facebook = groups.filter(([key]) => key.startsWith('facebook-'));
  const loose: T[] = [];
  for (const file of others) {
    const home =
      MESSENGER_BACKUP.test(file.name) && facebook.length === 1
        ? facebook[0]![1]
        : groups.length === 1
          ? groups[0]![1]
          : null;
    if (home) home.push(file);
    else loose.push(file);
  }
  const result = groups.map(([, group]) => group);
  return loose.length > 0 ? [...result, loose] : result;
}

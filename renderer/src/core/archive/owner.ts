import { foldKey } from './text';

/** Who the archive belongs to, so that `direction` can tell the owner's words from everyone else's. */
export interface Owner {
  /** The display name to use as `author` of the owner's own items, when known. */
  readonly displayName: string | null;
  readonly isOwner: (name: string | null) => boolean;
  readonly known: boolean;
}

export function ownerFrom(names: readonly (string | null | undefined)[]): Owner {
  const usable = names.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  const folded = new Set(usable.map(foldKey));
  const answers = new Map<string, boolean>();
  return {
    displayName: usable[0] ?? null,
    known: folded.size > 0,
    isOwner: (name) => {
      if (name === null) return false;
      let answer = answers.get(name);
      if (answer === undefined) answers.set(name, (answer = folded.has(foldKey(name))));
      return answer;
    },
  };
}

/**
 * The one name present in every thread's participants: the owner, when no profile file says so. Needs at
 * least two threads to be meaningful; with one thread it cannot tell the two people apart.
 */
export function ownerFromParticipants(threads: readonly (readonly string[])[]): string | null {
  const usable = threads.filter((names) => names.length >= 2);
  if (usable.length < 2) return null;
  let common = new Set(usable[0]!.map(foldKey));
  for (const names of usable.slice(1)) {
    const next = new Set(names.map(foldKey));
    common = new Set([...common].filter((name) => next.has(name)));
  }
  if (common.size !== 1) return null;
  const [folded] = common;
  return usable[0]!.find((name) => foldKey(name) === folded) ?? null;
}

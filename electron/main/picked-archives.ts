import { randomBytes } from 'node:crypto';

export interface PickedArchive {
  readonly path: string;
  readonly name: string;
  readonly size: number;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The only files outside the app's folders that app:// serves: archives the user picked in the native
 * dialog, each behind an unguessable token, so the page cannot name any other path on disk.
 */
export class PickedArchives {
  readonly #byToken = new Map<string, PickedArchive>();

  add(archive: PickedArchive): string {
    const token = randomBytes(32).toString('base64url');
    this.#byToken.set(token, archive);
    return token;
  }

  find(token: string): PickedArchive | null {
    if (!TOKEN.test(token)) return null;
    return this.#byToken.get(token) ?? null;
  }
}

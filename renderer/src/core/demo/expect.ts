import { asEpochMs, type ExposureKind, type ItemKind, type Platform } from '../model';
import type { Person } from './cast';
import { linksIn } from './files';
import type { ExpectedExposure, ExpectedItem } from './manifest';
import type { DemoText } from './texts';
import type { ThreadMessage } from './scenario-common';

/** How a format carries time: JSON exactly, HTML to the minute (the demo writes HTML dates in UTC). */
export type TimeFidelity = (ms: number) => number;
export const exactTime: TimeFidelity = (ms) => ms;
export const minuteTime: TimeFidelity = (ms) => Math.floor(ms / 60_000) * 60_000;

/** Collects what an importer should find in one export. */
export class Expectations {
  readonly items: ExpectedItem[] = [];
  readonly exposures: ExpectedExposure[] = [];

  constructor(
    private readonly platform: Platform,
    private readonly owner: Person,
    private readonly time: TimeFidelity,
  ) {}

  authored(
    kind: ItemKind,
    text: DemoText,
    at: number,
    sourcePath: string,
    conversation: string | null = null,
  ): void {
    this.item(kind, 'authored', this.owner.name, text, at, sourcePath, conversation, []);
  }

  item(
    kind: ItemKind,
    direction: ExpectedItem['direction'],
    author: string | null,
    text: DemoText,
    at: number,
    sourcePath: string,
    conversation: string | null,
    extraLinks: readonly string[],
  ): void {
    this.items.push({
      platform: this.platform,
      kind,
      direction,
      author,
      conversation,
      timestamp: asEpochMs(this.time(at)),
      text: text.text,
      links: linksIn(text.text, ...extraLinks),
      sourcePath,
      tone: text.tone,
      language: text.language,
    });
  }

  /**
   * One message of a thread: authored when the owner sent it. A post shared into the thread is a `shared_post` the
   * owner saw, by the post's owner; HTML cannot tell a share from a message, so there it is a message by its sender.
   */
  message(message: ThreadMessage, conversation: string, sourcePath: string, format: 'json' | 'html'): void {
    const direction = message.sender.name === this.owner.name ? 'authored' : 'received';
    const shareLink = message.share ? [message.share.link] : [];
    if (message.text) {
      this.item(
        'message',
        direction,
        message.sender.name,
        message.text,
        message.at,
        sourcePath,
        conversation,
        shareLink,
      );
    }
    if (!message.share) return;
    if (format === 'html') {
      const { caption } = message.share;
      this.item(
        'message',
        direction,
        message.sender.name,
        caption,
        message.at,
        sourcePath,
        conversation,
        shareLink,
      );
    } else {
      const { caption, owner } = message.share;
      this.item(
        'shared_post',
        'seen',
        owner.username,
        caption,
        message.at,
        sourcePath,
        conversation,
        shareLink,
      );
    }
  }

  /** A post or story the owner saw, whose text the export carries (a caption, a title). */
  seen(
    kind: ItemKind,
    author: string | null,
    text: DemoText,
    at: number,
    sourcePath: string,
    url: string | null,
  ): void {
    this.item(kind, 'seen', author, text, at, sourcePath, null, url ? [url] : []);
  }

  /** A search the owner typed: an exposure, and text the owner wrote. */
  search(term: DemoText, at: number, sourcePath: string): void {
    this.exposure('search', { label: term, at }, sourcePath);
    this.item('search', 'authored', this.owner.name, term, at, sourcePath, null, []);
  }

  exposure(
    kind: ExposureKind,
    fields: {
      label?: string | DemoText | null;
      account?: string | null;
      url?: string | null;
      at?: number | null;
    },
    sourcePath: string,
  ): void {
    const label = fields.label ?? null;
    const text = typeof label === 'string' || label === null ? null : label;
    this.exposures.push({
      platform: this.platform,
      kind,
      label: text ? text.text : (label as string | null),
      account: fields.account ?? null,
      url: fields.url ?? null,
      timestamp: fields.at === undefined || fields.at === null ? null : asEpochMs(this.time(fields.at)),
      sourcePath,
      ...(text ? { tone: text.tone, language: text.language } : {}),
    });
  }
}

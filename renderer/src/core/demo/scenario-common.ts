import { person, type Person } from './cast';
import type { Clock } from './clock';
import type { Random } from './random';
import type { ConversationScript } from './texts-conversations';
import type { DemoText } from './texts';

export interface MediaRef {
  readonly uri: string;
  readonly at: number;
}
export interface OwnMedia {
  readonly caption: DemoText | null;
  readonly at: number;
  readonly media: readonly MediaRef[];
}
export interface OwnComment {
  readonly text: DemoText;
  readonly mediaOwner: string;
  readonly at: number;
}
export interface ThreadMessage {
  readonly sender: Person;
  readonly at: number;
  readonly text?: DemoText;
  readonly share?: { readonly caption: DemoText; readonly link: string; readonly owner: Person };
}
export interface Thread {
  readonly section: string;
  readonly folder: string;
  readonly title: string;
  readonly participants: readonly Person[];
  /** Oldest first. */
  readonly messages: readonly ThreadMessage[];
}
export interface FeedPost {
  readonly owner: Person;
  readonly url: string;
  readonly caption: DemoText;
  readonly at: number;
}
export interface Seen {
  readonly account: string;
  readonly at: number;
}
export interface Searched {
  readonly term: DemoText;
  readonly at: number;
}
export interface OffMetaActivity {
  readonly name: string;
  readonly events: readonly { readonly id: string; readonly type: string; readonly at: number }[];
}

export const yearMonth = (at: number): string => new Date(at).toISOString().slice(0, 7).replace('-', '');

export function buildThread(
  random: Random,
  clock: Clock,
  script: ConversationScript,
  section: string,
  owner: Person,
): Thread {
  const others = script.people.map(person);
  const title = script.groupTitle ?? (others[0] as Person).name;
  const slug = (script.groupTitle ? others.map((p) => p.name).join('') : (others[0] as Person).username)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
  const times = clock.conversation(script.lines.length);
  return {
    section,
    folder: `${slug}_${random.digits(16)}`,
    title,
    participants: [...others, owner],
    messages: script.lines.map((line, index) => ({
      sender: line.from === 'owner' ? owner : person(line.from),
      at: times[index] as number,
      ...(line.text ? { text: line.text } : {}),
      ...(line.share ? { share: { ...line.share, owner: person(line.share.owner) } } : {}),
    })),
  };
}

import type { Direction, ScoreStatus } from '../model';
import { TallyCounter, flaggedShare } from './tally';
import type { ConversationRow, PersonRow, Ranking, Tally } from './types';

interface ConversationCounter {
  readonly sent: TallyCounter;
  readonly userWrote: TallyCounter;
  readonly participants: Set<string>;
}

interface AccountCounter {
  readonly sent: TallyCounter;
  readonly conversations: Set<string>;
  /** Items of one thread come in runs: skip the set when the conversation repeats. */
  lastConversation: string | null;
}

/** Accumulates, item by item, what each account sent and what the user wrote in each conversation. */
export class PeopleCounter {
  private readonly accounts = new Map<string, AccountCounter>();
  private readonly conversations = new Map<string, ConversationCounter>();
  private lastConversation: string | null = null;
  private lastThread: ConversationCounter | undefined;

  add(
    direction: Direction,
    author: string | null,
    conversation: string | null,
    status: ScoreStatus | 'pending',
    bits: number,
    lowCredibility: boolean,
  ): void {
    const fromOther = direction !== 'authored' && author !== null && author !== '';
    if (fromOther) {
      let account = this.accounts.get(author);
      if (!account) {
        account = { sent: new TallyCounter(), conversations: new Set(), lastConversation: null };
        this.accounts.set(author, account);
      }
      account.sent.add(status, bits, lowCredibility);
      if (conversation !== null && conversation !== account.lastConversation) {
        account.conversations.add(conversation);
        account.lastConversation = conversation;
      }
    }
    if (conversation === null || conversation === '') return;
    let thread =
      conversation === this.lastConversation ? this.lastThread : this.conversations.get(conversation);
    if (!thread) {
      thread = { sent: new TallyCounter(), userWrote: new TallyCounter(), participants: new Set() };
      this.conversations.set(conversation, thread);
    }
    this.lastConversation = conversation;
    this.lastThread = thread;
    if (direction === 'authored') thread.userWrote.add(status, bits, lowCredibility);
    else {
      thread.sent.add(status, bits, lowCredibility);
      if (fromOther) thread.participants.add(author);
    }
  }

  rankings(
    topN: number,
    minScoredForShare: number,
  ): { accounts: Ranking<PersonRow>; conversations: Ranking<ConversationRow> } {
    const conversationRows: ConversationRow[] = [];
    for (const [conversation, counter] of this.conversations) {
      conversationRows.push({
        conversation,
        participants: counter.participants.size,
        sent: counter.sent.toTally(),
        userWrote: counter.userWrote.toTally(),
      });
    }
    const accountRows: PersonRow[] = [];
    for (const [name, account] of this.accounts) {
      const userWrote = new TallyCounter();
      for (const conversation of account.conversations) {
        const thread = this.conversations.get(conversation);
        if (thread) userWrote.merge(thread.userWrote);
      }
      accountRows.push({
        name,
        sent: account.sent.toTally(),
        userWrote: userWrote.toTally(),
        conversations: account.conversations.size,
      });
    }
    return {
      accounts: rank(accountRows, (row) => row.name, topN, minScoredForShare),
      conversations: rank(conversationRows, (row) => row.conversation, topN, minScoredForShare),
    };
  }
}

function rank<Row extends { sent: Tally }>(
  rows: Row[],
  nameOf: (row: Row) => string,
  topN: number,
  minScoredForShare: number,
): Ranking<Row> {
  const byName = (a: Row, b: Row) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0);
  const byVolume = [...rows]
    .sort((a, b) => b.sent.flaggedAny - a.sent.flaggedAny || b.sent.items - a.sent.items || byName(a, b))
    .slice(0, topN);
  const byShare = rows
    .filter((row) => row.sent.scored >= minScoredForShare)
    .sort(
      (a, b) =>
        (flaggedShare(b.sent) ?? 0) - (flaggedShare(a.sent) ?? 0) ||
        b.sent.flaggedAny - a.sent.flaggedAny ||
        byName(a, b),
    )
    .slice(0, topN);
  return { byVolume, byShare, total: rows.length };
}

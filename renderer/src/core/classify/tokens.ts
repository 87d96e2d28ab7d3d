import type { PreTrainedTokenizer } from '@huggingface/transformers';

/** The special tokens the tokenizer puts around one sequence ([CLS] … [SEP] for BERT), found by probing it. */
export function specialTokensAround(tokenizer: PreTrainedTokenizer): { prefix: number[]; suffix: number[] } {
  const probe = 'a';
  const bare = tokenizer.encode(probe, { add_special_tokens: false });
  const wrapped = tokenizer.encode(probe, { add_special_tokens: true });
  for (let start = 0; start + bare.length <= wrapped.length; start++) {
    if (bare.every((id, offset) => wrapped[start + offset] === id)) {
      return { prefix: wrapped.slice(0, start), suffix: wrapped.slice(start + bare.length) };
    }
  }
  throw new Error('cannot locate the content between the special tokens');
}

export function contentTokenIds(tokenizer: PreTrainedTokenizer, text: string): number[] {
  return tokenizer.encode(text, { add_special_tokens: false });
}

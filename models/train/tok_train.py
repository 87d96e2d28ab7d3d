"""Stage 2: train a WordPiece vocabulary (BPE-style merges with '##' continuation) on the normalised
EN+FR corpus and write tokenizer.json / tokenizer_config.json in Hugging Face format.

The pre-tokenisation here mirrors BertNormalizer(lowercase, strip_accents=false) + BertPreTokenizer only
to count words; the ids used for training are produced by transformers.js itself (encode_corpus.mjs).
"""
import collections, heapq, json, sys, unicodedata

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def is_punct(c):
    o = ord(c)
    if 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126:
        return True
    return unicodedata.category(c).startswith("P")


def pre_tokenize(t):
    out, cur = [], []
    for c in t.lower():
        if c.isspace():
            if cur: out.append("".join(cur)); cur = []
        elif is_punct(c):
            if cur: out.append("".join(cur)); cur = []
            out.append(c)
        else:
            cur.append(c)
    if cur: out.append("".join(cur))
    return out


def train(texts, vocab_size, min_char=3, min_word=2):
    wc = collections.Counter()
    for t in texts:
        wc.update(pre_tokenize(t))
    chars = collections.Counter()
    for w, n in wc.items():
        for i, c in enumerate(w):
            chars[c if i == 0 else "##" + c] += n
    alphabet = set()
    for sym, n in chars.items():
        if n >= min_char:
            c = sym[2:] if sym.startswith("##") else sym
            alphabet.add(c); alphabet.add("##" + c)
    vocab = SPECIALS + sorted(alphabet)
    vset = set(vocab)
    words = [(list(w[:1]) + ["##" + c for c in w[1:]], n) for w, n in wc.items()
             if n >= min_word and len(w) <= 40 and all(c in alphabet for c in w)]
    pairs = collections.Counter()
    where = collections.defaultdict(set)
    for wi, (s, n) in enumerate(words):
        for a, b in zip(s, s[1:]):
            pairs[(a, b)] += n
            where[(a, b)].add(wi)
    heap = [(-n, p) for p, n in pairs.items()]
    heapq.heapify(heap)
    while len(vocab) < vocab_size and heap:
        negn, p = heapq.heappop(heap)
        if pairs.get(p, 0) != -negn:
            if pairs.get(p, 0) > 0:
                heapq.heappush(heap, (-pairs[p], p))
            continue
        if -negn < 2:
            break
        a, b = p
        new = a + (b[2:] if b.startswith("##") else b)
        touched = collections.Counter()
        for wi in list(where[p]):
            s, n = words[wi]
            for x, y2 in zip(s, s[1:]):
                pairs[(x, y2)] -= n
                touched[(x, y2)] += 0
            i, ns = 0, []
            while i < len(s):
                if i < len(s) - 1 and s[i] == a and s[i + 1] == b:
                    ns.append(new); i += 2
                else:
                    ns.append(s[i]); i += 1
            words[wi] = (ns, n)
            for x, y2 in zip(ns, ns[1:]):
                pairs[(x, y2)] += n
                where[(x, y2)].add(wi)
                touched[(x, y2)] += 0
        for q in touched:
            if pairs[q] > 0:
                heapq.heappush(heap, (-pairs[q], q))
        pairs.pop(p, None)
        where.pop(p, None)
        if new not in vset:
            vset.add(new); vocab.append(new)
    return vocab


def write(vocab, outdir, max_len):
    v = {t: i for i, t in enumerate(vocab)}
    tok = {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": i, "content": s, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for i, s in enumerate(SPECIALS)],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": False, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "TemplateProcessing",
                           "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                                      {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
                           "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                                    {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                                    {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
                           "special_tokens": {s: {"id": s, "ids": [v[s]], "tokens": [s]} for s in ("[CLS]", "[SEP]")}},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": v},
    }
    json.dump(tok, open(outdir + "/tokenizer.json", "w", encoding="utf-8"), ensure_ascii=False)
    cfg = {"tokenizer_class": "BertTokenizer", "model_max_length": max_len, "do_lower_case": True,
           "strip_accents": False, "tokenize_chinese_chars": True, "clean_up_tokenization_spaces": True,
           "pad_token": "[PAD]", "unk_token": "[UNK]", "cls_token": "[CLS]", "sep_token": "[SEP]",
           "mask_token": "[MASK]", "padding_side": "right", "truncation_side": "right"}
    json.dump(cfg, open(outdir + "/tokenizer_config.json", "w", encoding="utf-8"), indent=2)
    json.dump({"[PAD]": "[PAD]"} and {"pad_token": "[PAD]", "unk_token": "[UNK]", "cls_token": "[CLS]",
               "sep_token": "[SEP]", "mask_token": "[MASK]"},
              open(outdir + "/special_tokens_map.json", "w"), indent=2)


if __name__ == "__main__":
    data, outdir, size, max_len = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    texts = [json.loads(l)["norm"] for l in open(data, encoding="utf-8")]
    extra = sys.argv[5:]  # optional extra corpora (augmentation / synthetic text), one text per line
    for f in extra:
        texts += [l.rstrip("\n") for l in open(f, encoding="utf-8") if l.strip()]
    vocab = train(texts, size)
    print("vocab", len(vocab))
    write(vocab, outdir, max_len)

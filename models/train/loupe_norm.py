"""loupe-norm-v1: the text normalisation applied before tokenisation, at training and at inference.

The specification is models/train/NORMALIZATION.md; this file is the reference implementation and
tests/fixtures/model/normalization-cases.json is generated from it.
"""
import re
import unicodedata

VERSION = "loupe-norm-v1"

_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'"}
_ENTITY_RE = re.compile(r"&(?:amp|lt|gt|quot|#39|apos);")
_DROP_RE = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200d\u2060\ufe0e\ufe0f\ufeff\ufffd\U0001F3FB-\U0001F3FF]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"'})
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s]+", re.IGNORECASE)
_URL_WORD_RE = re.compile(r"(?<![A-Za-z0-9_])URL(?![A-Za-z0-9_])")
_MENTION_RE = re.compile(r"(?<![A-Za-z0-9_])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# a '#' directly followed by a letter, number or underscore is dropped (the hashtag becomes a word)
_HASH_RE = re.compile(r"#(?=[^\W])")
_REPEAT_RE = re.compile(r"(.)\1{3,}", re.DOTALL)
_WS_RE = re.compile(r"\s+")
_RT_RE = re.compile(r"(^| )rt (?=@user)")
_MENTION_RUN_RE = re.compile(r"@user(?: @user)+")
_URL_RUN_RE = re.compile(r"httpurl(?: httpurl)+")


def normalize(text: str) -> str:
    if text is None:
        return ""
    t = unicodedata.normalize("NFC", text)                      # 1 NFC
    t = _ENTITY_RE.sub(lambda m: _ENTITIES[m.group(0)], t)      # 2 six HTML entities, one pass
    t = _DROP_RE.sub("", t)                                     # 3 drop controls, zero-width, ZWJ, variation selectors, skin tones
    t = t.translate(_QUOTES)                                    # 4 curly quotes and guillemets
    t = _URL_RE.sub(" httpurl ", t)                             # 5 links
    t = _URL_WORD_RE.sub(" httpurl ", t)                        # 6 OLID's URL placeholder
    t = _MENTION_RE.sub(" @user ", t)                           # 7 mentions (and OLID's @USER)
    t = _HASH_RE.sub("", t)                                     # 8 hashtags -> words
    t = t.lower()                                               # 9 lowercase (accents kept)
    t = _REPEAT_RE.sub(lambda m: m.group(1) * 3, t)             # 10 runs of 4+ same char -> 3
    t = "".join(" " + c + " " if unicodedata.category(c) == "So" else c for c in t)  # 11 space around symbols/emoji
    t = _WS_RE.sub(" ", t).strip()                              # 12 whitespace
    t = _RT_RE.sub(r"\1", t)                                    # 13 retweet marker before a mention
    t = _MENTION_RUN_RE.sub("@user", t)                         # 14 runs of mentions -> one
    t = _URL_RUN_RE.sub("httpurl", t)                           # 15 runs of links -> one
    return t.strip()

"""Write tests/fixtures/model/normalization-cases.json and tokenizer-parity.jsonl.

normalization-cases: hand-written tricky cases + generated texts, normalised by loupe_norm.
tokenizer-parity: generated texts; ids produced by transformers.js (encode_corpus.mjs), i.e. the exact
code path used to produce training ids.
"""
import json, os, subprocess, sys, tempfile
from loupe_norm import normalize
from fixtures_text import samples, tricky

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
FIX = os.path.join(REPO, "tests", "fixtures", "model")


def main(model_dir):
    os.makedirs(FIX, exist_ok=True)
    cases = [{"input": t, "expected": normalize(t)} for t in tricky() + samples(200, seed=11)]
    json.dump({"normalization": "loupe-norm-v1", "cases": cases}, open(os.path.join(FIX, "normalization-cases.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    texts = [t for t in tricky() if normalize(t)] + samples(1100, seed=23)
    norms = [normalize(t) for t in texts]
    with tempfile.TemporaryDirectory() as d:
        inp = os.path.join(d, "in.jsonl"); out = os.path.join(d, "out.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for n in norms:
                f.write(json.dumps({"norm": n}, ensure_ascii=False) + "\n")
        subprocess.run(["node", os.path.join(HERE, "encode_corpus.mjs"), model_dir, inp, out], check=True)
        ids = [json.loads(l) for l in open(out)]
    with open(os.path.join(FIX, "tokenizer-parity.jsonl"), "w", encoding="utf-8") as f:
        for t, n, i in zip(texts, norms, ids):
            f.write(json.dumps({"text": t, "normalized": n, "ids": i}, ensure_ascii=False) + "\n")
    print("cases", len(cases), "parity", len(texts))


if __name__ == "__main__":
    main(sys.argv[1])

"""TF-IDF (word 1-2-grams + char_wb 2-5-grams, sublinear tf) + class-balanced logistic regression,
the baseline the transformer must beat, evaluated leave-one-dataset-out on the same folds and the
same training data (train split of every other source + the synthetic set), on loupe-norm-v1 text.
The vectorisers are fitted on all normalised text (unlabelled), as the MLM pretraining sees all text.

  baseline.py --folds olid,polar,... --out work/lodo/baseline.json
"""
import argparse, json, os, time
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from metrics import LABELS, auc

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--folds", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    recs = [json.loads(l) for l in open(os.path.join(a.work, "data.jsonl"), encoding="utf-8")]
    syn = os.path.join(a.work, "synthetic.jsonl")
    if os.path.exists(syn):
        recs += [json.loads(l) for l in open(syn, encoding="utf-8")]
    texts = [r["norm"] for r in recs]
    t0 = time.time()
    wv = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=300000, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b|[^\w\s]")
    cv = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, max_features=300000, sublinear_tf=True)
    X = hstack([wv.fit_transform(texts), cv.fit_transform(texts)]).tocsr()
    print("features", X.shape, f"{time.time() - t0:.0f}s", flush=True)
    Y = np.array([r["y"] for r in recs])
    src = np.array([r["source"] for r in recs]); split = np.array([r["split"] for r in recs])
    res = json.load(open(a.out)) if os.path.exists(a.out) else {}
    for fold in a.folds.split(","):
        if fold in res:
            continue
        test = src == fold
        train = (~test) & (split == "train")
        res[fold] = {}
        for j, l in enumerate(LABELS):
            kt = test & (Y[:, j] >= 0)
            if kt.sum() == 0 or Y[kt, j].min() == Y[kt, j].max():
                continue
            kr = train & (Y[:, j] >= 0)
            if Y[kr, j].min() == Y[kr, j].max():
                continue
            lr = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000, solver="liblinear")
            lr.fit(X[kr], Y[kr, j])
            p = lr.predict_proba(X[kt])[:, 1]
            res[fold][l] = {"auc": auc(p, Y[kt, j]), "n": int(kt.sum()), "pos": int(Y[kt, j].sum())}
            print(fold, l, res[fold][l], f"{time.time() - t0:.0f}s", flush=True)
        json.dump(res, open(a.out, "w"), indent=1)


if __name__ == "__main__":
    main()

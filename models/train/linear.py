"""The linear n-gram branch: a class-balanced logistic regression per label over features the ONNX graph
can compute from subword ids with Gather and sums:
  - subword unigram counts (16k),
  - hashed subword bigram and trigram counts (65,536 shared buckets, the graph's hash),
  - character 2-5-grams of every token (hashed into 2^18 buckets; '##' pieces without a leading space,
    word-initial pieces with one), i.e. X_char = X_uni @ C where C[v] lists the char n-grams of token v,
all scaled by IDF (fitted on the training rows) and divided by sqrt(number of tokens).
Because every feature is linear in per-position lookups, the fitted weights fold into two tables
(lin_uni [V, 8] = w_uni*idf + C @ (w_char*idf), lin_ng [65536, 8]) and a bias: no character table ships.
"""
import json, os, zlib
import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

H1, H2, H3 = 1000003, 999983, 1000033
NB = 65536
NC = 1 << 18


def char_matrix(vocab_tokens):
    rows, cols = [], []
    for v, t in enumerate(vocab_tokens):
        if t.startswith("[") and t.endswith("]"):
            continue
        s = t[2:] if t.startswith("##") else " " + t
        for n in range(2, 6):
            for i in range(0, len(s) - n + 1):
                rows.append(v); cols.append(zlib.crc32(s[i:i + n].encode("utf-8")) % NC)
    return sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(vocab_tokens), NC))


def raw_features(seqs, V):
    """seqs: lists of ids ([CLS] ... [SEP], already clipped). Returns (X_uni, X_ng, inv_sqrt_len)."""
    ur, uc, nr, nc = [], [], [], []
    inv = np.zeros(len(seqs), np.float32)
    for r, s in enumerate(seqs):
        a = np.asarray(s, dtype=np.int64)
        ur.append(np.full(len(a), r)); uc.append(a)
        if len(a) >= 2:
            bi = (a[:-1] * H1 + a[1:] * H2) % NB
            nr.append(np.full(len(bi), r)); nc.append(bi)
        if len(a) >= 3:
            tri = ((a[:-2] * H1 + a[1:-1]) * H3 + a[2:] * H2 + 7) % NB
            nr.append(np.full(len(tri), r)); nc.append(tri)
        inv[r] = 1.0 / np.sqrt(len(a))
    ur, uc = np.concatenate(ur), np.concatenate(uc)
    nr, nc = np.concatenate(nr), np.concatenate(nc)
    Xu = sp.csr_matrix((np.ones(len(ur), np.float32), (ur, uc)), shape=(len(seqs), V))
    Xn = sp.csr_matrix((np.ones(len(nr), np.float32), (nr, nc)), shape=(len(seqs), NB))
    return Xu, Xn, inv


class LinearBranch:
    def __init__(self, vocab_tokens, C=1.0):
        self.V = len(vocab_tokens)
        self.Cm = char_matrix(vocab_tokens)
        self.C = C

    def design(self, seqs):
        Xu, Xn, inv = raw_features(seqs, self.V)
        X = sp.hstack([Xu, Xn, Xu @ self.Cm]).tocsr()
        return sp.diags(inv) @ X

    def fit(self, seqs_train, Y, labels_to_fit, n_labels=8):
        X = self.design(seqs_train)
        df = np.asarray((X > 0).sum(0)).ravel()
        N = X.shape[0]
        self.idf = (np.log((1.0 + N) / (1.0 + df)) + 1.0).astype(np.float32)
        X = X @ sp.diags(self.idf)
        self.W = np.zeros((X.shape[1], n_labels), np.float32)
        self.b = np.zeros(n_labels, np.float32)
        Y = np.asarray(Y)
        for j in labels_to_fit:
            k = Y[:, j] >= 0
            if k.sum() == 0 or Y[k, j].min() == Y[k, j].max():
                continue
            lr = LogisticRegression(C=self.C, class_weight="balanced", max_iter=2000, solver="liblinear")
            lr.fit(X[k], Y[k, j])
            self.W[:, j] = lr.coef_[0]; self.b[j] = lr.intercept_[0]
        return self

    def decision(self, seqs):
        X = self.design(seqs) @ sp.diags(self.idf)
        return np.asarray(X @ self.W) + self.b

    def tables(self):
        """fold into (lin_uni [V, L], lin_ng [NB, L], lin_b [L])"""
        Wi = self.W * self.idf[:, None]
        wu, wn, wc = Wi[:self.V], Wi[self.V:self.V + NB], Wi[self.V + NB:]
        lin_uni = wu + np.asarray(self.Cm @ wc)
        return lin_uni.astype(np.float32), wn.astype(np.float32), self.b.astype(np.float32)


def vocab_tokens(tok_dir):
    v = json.load(open(os.path.join(tok_dir, "tokenizer.json"), encoding="utf-8"))["model"]["vocab"]
    out = [None] * len(v)
    for t, i in v.items():
        out[i] = t
    return out

"""Shared metric helpers: ROC AUC, F1 at a threshold, expected calibration error, Platt scaling."""
import numpy as np
from sklearn.metrics import roc_auc_score, f1_score
from sklearn.linear_model import LogisticRegression

LABELS = ["divisive", "hate", "offensive", "polarising", "misleading", "false_claim", "clickbait", "conspiracy"]


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def ece(p, y, bins=10):
    p = np.asarray(p); y = np.asarray(y)
    e = 0.0
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        s = (p >= lo) & ((p < hi) if k < bins - 1 else (p <= hi))
        if s.any():
            e += s.mean() * abs(p[s].mean() - y[s].mean())
    return float(e)


def auc(p, y):
    y = np.asarray(y)
    if y.min() == y.max():
        return None
    return float(roc_auc_score(y, p))


def platt(z, y):
    """fit sigmoid(a*z+b); returns (a, b)"""
    z = np.asarray(z, dtype=np.float64).reshape(-1, 1); y = np.asarray(y)
    if y.min() == y.max() or len(y) < 20:
        return 1.0, 0.0
    lr = LogisticRegression(C=1e4, max_iter=1000).fit(z, y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def best_f1_threshold(p, y):
    p = np.asarray(p); y = np.asarray(y)
    if y.min() == y.max():
        return 0.5
    best, bt = -1, 0.5
    for t in np.arange(0.05, 0.951, 0.01):
        f = f1_score(y, p >= t, zero_division=0)
        if f > best:
            best, bt = f, float(t)
    return round(bt, 2)


def report(P, Y, groups, thresholds, min_pos=5):
    """P, Y: [n, 8] (Y -1 = unknown); groups: list of group names per row. Returns rows."""
    P = np.asarray(P); Y = np.asarray(Y); groups = np.asarray(groups)
    rows = []
    for g in sorted(set(groups)):
        s = groups == g
        for j, l in enumerate(LABELS):
            k = s & (Y[:, j] >= 0)
            if k.sum() == 0:
                continue
            y = Y[k, j]; p = P[k, j]
            rows.append({"group": g, "label": l, "n": int(k.sum()), "pos": int(y.sum()), "auc": auc(p, y),
                         "f1": float(f1_score(y, p >= thresholds[l], zero_division=0)) if y.sum() >= 1 else None,
                         "ece": ece(p, y)})
    return rows


def fmt(rows):
    out = ["| set | label | n | positives | ROC AUC | F1 @ threshold | ECE |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        a = "n/a" if r["auc"] is None else f"{r['auc']:.3f}"
        f = "n/a" if r["f1"] is None else f"{r['f1']:.3f}"
        out.append(f"| {r['group']} | {r['label']} | {r['n']} | {r['pos']} | {a} | {f} | {r['ece']:.3f} |")
    return "\n".join(out)

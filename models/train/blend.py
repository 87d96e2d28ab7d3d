"""Stage 4b: fit the linear n-gram branch (linear.py) on the train split and blend it with the fine-tuned
network inside the same model: logits = z_net / s_net + z_lin / s_lin, where s_* are the per-label standard
deviations of each part's logits on the validation split (an equal-weight blend in standardised logit
units). Writes <out> (default work/ft/blended.pt); calibration (calibrate.py) is fitted on top of it.

  blend.py --model work/ft/model.pt [--exclude SRC] [--out work/ft/blended.pt]
"""
import argparse, os
import numpy as np
import torch
from model import Cfg, LoupeNet, LABELS
from train import load, clip, predict
from linear import LinearBranch, vocab_tokens

HERE = os.path.dirname(os.path.abspath(__file__))


def predict_neural(model, seqs):
    class N(torch.nn.Module):
        def __init__(s, m):
            super().__init__(); s.m = m; s.c = m.c
        def forward(s, ids, mask):
            return s.m.forward_neural(ids, mask)
    return predict(N(model), seqs)


def build(model, recs, exclude, work, C=1.0, labels=None):
    tr = [r for r in recs if r["split"] == "train" and r["source"] not in exclude]
    va = [r for r in recs if r["split"] == "val" and r["source"] not in exclude]
    labels = list(range(8)) if labels is None else labels
    lb = LinearBranch(vocab_tokens(os.path.join(work, "tok")), C=C)
    lb.fit([clip(r["ids"], 128) for r in tr], [r["y"] for r in tr], labels)
    Yv = np.array([r["y"] for r in va])
    zl = lb.decision([clip(r["ids"], 128) for r in va])
    zn = predict_neural(model, [r["ids"] for r in va])
    s_net = np.ones(8, np.float32); s_lin = np.ones(8, np.float32)
    for j in labels:
        k = Yv[:, j] >= 0
        if k.sum() > 10:
            s_net[j] = max(float(zn[k, j].std()), 1e-3); s_lin[j] = max(float(zl[k, j].std()), 1e-3)
    U, G, b = lb.tables()
    with torch.no_grad():
        model.lin_uni.copy_(torch.from_numpy(U / s_lin)); model.lin_ng.copy_(torch.from_numpy(G / s_lin))
        model.lin_b.copy_(torch.from_numpy(b / s_lin)); model.t_scale.copy_(torch.from_numpy(1.0 / s_net))
    return model, lb, s_net, s_lin


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--out", default="")
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    out = a.out or os.path.join(os.path.dirname(a.model), "blended.pt")
    if os.path.exists(out):
        print("already done:", out); return
    recs = load(a.work, os.path.join(a.work, "synthetic.jsonl"))
    model = LoupeNet(Cfg())
    model.load_state_dict(torch.load(a.model)["model"])
    model, lb, s_net, s_lin = build(model, recs, set(), a.work)
    torch.save({"model": model.state_dict(), "s_net": s_net.tolist(), "s_lin": s_lin.tolist()}, out)
    print("blend scales net", s_net.round(3).tolist(), "lin", s_lin.round(3).tolist())


if __name__ == "__main__":
    main()

"""Stage 5: per-label Platt scaling on held-out predictions; thresholds; in-domain evaluation.

  calibrate.py --model work/ft/model.pt [--lodo work/lodo/preds.json]
Writes work/calib.json, work/thresholds.json, work/eval_indomain.json / .md
Calibration is fitted on the in-domain validation split (sources, conversations and translation pairs
kept apart from training). Thresholds: F1-optimal on pooled leave-one-source-out predictions when
--lodo is given (per label, after the same calibration map is fitted on those predictions), otherwise on
the validation split (stated in loupe.json's thresholdSource). Labels whose pooled out-of-source AUC is
below 0.6 also fall back to the validation split.
"""
import argparse, json, os
import numpy as np
import torch
from model import Cfg, LoupeNet
from train import load, predict
from metrics import LABELS, sigmoid, platt, best_f1_threshold, report, fmt, ece, auc

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--lodo", default="")
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    recs = load(a.work)
    model = LoupeNet(Cfg())
    model.load_state_dict(torch.load(a.model)["model"])
    val = [r for r in recs if r["split"] == "val"]
    test = [r for r in recs if r["split"] == "test"]
    Zv = predict(model, [r["ids"] for r in val]); Yv = np.array([r["y"] for r in val])
    Zt = predict(model, [r["ids"] for r in test]); Yt = np.array([r["y"] for r in test])
    calib = {}
    for j, l in enumerate(LABELS):
        k = Yv[:, j] >= 0
        a_, b_ = platt(Zv[k, j], Yv[k, j])
        calib[l] = {"a": a_, "b": b_, "n": int(k.sum())}
    json.dump(calib, open(os.path.join(a.work, "calib.json"), "w"), indent=2)
    A = np.array([calib[l]["a"] for l in LABELS]); B = np.array([calib[l]["b"] for l in LABELS])
    Pv = sigmoid(Zv * A + B); Pt = sigmoid(Zt * A + B)
    th, src = {}, {}
    lodo = json.load(open(a.lodo)) if a.lodo and os.path.exists(a.lodo) else None
    for j, l in enumerate(LABELS):
        ok = lodo and l in lodo and len(lodo[l]["y"]) > 50 and 0 < sum(lodo[l]["y"]) < len(lodo[l]["y"])
        if ok and auc(np.array(lodo[l]["z"]), np.array(lodo[l]["y"])) < 0.6:
            ok = False  # out-of-source predictions near chance: a threshold chosen on them means nothing
        if ok:
            z = np.array(lodo[l]["z"]); y = np.array(lodo[l]["y"])
            aa, bb = platt(z, y)
            th[l] = best_f1_threshold(sigmoid(aa * z + bb), y); src[l] = "leave-one-source-out"
        else:
            k = Yv[:, j] >= 0
            th[l] = best_f1_threshold(Pv[k, j], Yv[k, j]); src[l] = "in-domain validation"
    json.dump({"thresholds": th, "per_label_source": src,
               "source": "F1-optimal thresholds; " + ", ".join(f"{l}: {src[l]}" for l in LABELS)},
              open(os.path.join(a.work, "thresholds.json"), "w"), indent=2)
    groups = [f"{r['source']}/{r['lang']}" for r in test]
    rows = report(Pt, Yt, groups, th)
    rows += report(Pt, Yt, [f"ALL/{r['lang']}" for r in test], th)
    rows += report(Pt, Yt, ["ALL" for r in test], th)
    json.dump(rows, open(os.path.join(a.work, "eval_indomain.json"), "w"), indent=1)
    open(os.path.join(a.work, "eval_indomain.md"), "w").write(fmt(rows) + "\n")
    print(json.dumps(th))
    for r in rows:
        if r["group"].startswith("ALL"):
            print(r)


if __name__ == "__main__":
    main()

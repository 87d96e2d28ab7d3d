"""Leave-one-dataset-out for the transformer: for each fold, fine-tune from the MLM checkpoint on the
train split of every other source (+ synthetic), then score every row of the held-out source.
Same (shorter) recipe for all folds. Resumable: each fold lives in work/lodo/<fold>/.

  lodo.py --mlm work/mlm/model.pt --folds olid,polar,... --epochs 1.5 [--threads 1]
Writes work/lodo/transformer.json (AUC per fold and label) and work/lodo/preds.json (pooled
out-of-source logits per label, used to choose thresholds).
"""
import argparse, json, os, subprocess, sys
import numpy as np
import torch
from model import Cfg, LoupeNet
from train import load, predict
from metrics import LABELS, auc

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--mlm", required=True)
    ap.add_argument("--folds", required=True)
    ap.add_argument("--epochs", type=float, default=1.5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--tag", default="lodo")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    od = os.path.join(a.work, a.tag)
    os.makedirs(od, exist_ok=True)
    recs = load(a.work)
    res_p = os.path.join(od, "transformer.json")
    res = json.load(open(res_p)) if os.path.exists(res_p) else {}
    pool_p = os.path.join(od, "preds.json")
    pool = json.load(open(pool_p)) if os.path.exists(pool_p) else {}
    for fold in a.folds.split(","):
        fd = os.path.join(od, fold)
        if fold not in res:
            subprocess.run([sys.executable, os.path.join(HERE, "train.py"), "ft", "--work", a.work, "--out", fd,
                            "--init", a.mlm, "--exclude", fold, "--epochs", str(a.epochs), "--threads", str(a.threads),
                            "--extra", os.path.join(a.work, "synthetic.jsonl")], check=True)
            model = LoupeNet(Cfg())
            model.load_state_dict(torch.load(os.path.join(fd, "model.pt"))["model"])
            rows = [r for r in recs if r["source"] == fold]
            Z = predict(model, [r["ids"] for r in rows]); Y = np.array([r["y"] for r in rows])
            res[fold] = {}
            pool[fold] = {}
            for j, l in enumerate(LABELS):
                k = Y[:, j] >= 0
                if k.sum() == 0 or Y[k, j].min() == Y[k, j].max():
                    continue
                res[fold][l] = {"auc": auc(Z[k, j], Y[k, j]), "n": int(k.sum()), "pos": int(Y[k, j].sum())}
                pool[fold][l] = {"z": Z[k, j].round(4).tolist(), "y": Y[k, j].tolist()}
                print(fold, l, res[fold][l], flush=True)
            json.dump(res, open(res_p, "w"), indent=1)
            json.dump(pool, open(pool_p, "w"))
    # pooled per label, for thresholds
    pooled = {}
    for fold, d in pool.items():
        for l, v in d.items():
            pooled.setdefault(l, {"z": [], "y": []})
            pooled[l]["z"] += v["z"]; pooled[l]["y"] += v["y"]
    json.dump(pooled, open(os.path.join(od, "pooled.json"), "w"))


if __name__ == "__main__":
    main()

"""Leave-one-dataset-out for the transformer: for each fold, fine-tune from the MLM checkpoint on the
train split of every other source (+ synthetic), then score every row of the held-out source.
Same (shorter) recipe for all folds. Resumable; each fold lives in work/lodo/<fold>/ and several workers
may run different folds at the same time.

  lodo.py --mlm work/mlm/model.pt --folds olid,polar,... --epochs 0.5 [--threads 1]
  lodo.py --aggregate      # merge fold results
Writes work/lodo/<fold>/result.json; --aggregate writes work/lodo/transformer.json (AUC per fold and
label) and work/lodo/pooled.json (pooled out-of-source logits per label, used for thresholds).
"""
import argparse, json, os, subprocess, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def aggregate(od):
    res, pooled = {}, {}
    for fold in sorted(os.listdir(od)):
        p = os.path.join(od, fold, "result.json")
        if not os.path.exists(p):
            continue
        r = json.load(open(p))
        res[fold] = r["metrics"]
        for l, v in r["preds"].items():
            pooled.setdefault(l, {"z": [], "y": []})
            pooled[l]["z"] += v["z"]; pooled[l]["y"] += v["y"]
    json.dump(res, open(os.path.join(od, "transformer.json"), "w"), indent=1)
    json.dump(pooled, open(os.path.join(od, "pooled.json"), "w"))
    print("aggregated folds:", ", ".join(res))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--mlm")
    ap.add_argument("--folds", default="")
    ap.add_argument("--epochs", type=float, default=0.5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--tag", default="lodo")
    ap.add_argument("--aggregate", action="store_true")
    a = ap.parse_args()
    od = os.path.join(a.work, a.tag)
    os.makedirs(od, exist_ok=True)
    if a.aggregate:
        aggregate(od); return
    import torch
    from model import Cfg, LoupeNet
    from train import load, predict, clip
    from blend import build, predict_neural
    from metrics import LABELS, auc
    torch.set_num_threads(a.threads)
    recs = None
    for fold in [f for f in a.folds.split(",") if f]:
        fd = os.path.join(od, fold)
        if os.path.exists(os.path.join(fd, "result.json")):
            continue
        subprocess.run([sys.executable, os.path.join(HERE, "train.py"), "ft", "--work", a.work, "--out", fd,
                        "--init", a.mlm, "--exclude", fold, "--epochs", str(a.epochs), "--threads", str(a.threads),
                        "--extra", os.path.join(a.work, "synthetic.jsonl")], check=True)
        if recs is None:
            recs = load(a.work, os.path.join(a.work, "synthetic.jsonl"))
        model = LoupeNet(Cfg())
        model.load_state_dict(torch.load(os.path.join(fd, "model.pt"))["model"])
        rows = [r for r in recs if r["source"] == fold]
        Y = np.array([r["y"] for r in rows])
        labs = [j for j in range(8) if (Y[:, j] >= 0).any() and Y[Y[:, j] >= 0, j].min() != Y[Y[:, j] >= 0, j].max()]
        # the shipped architecture: network + linear n-gram branch, blended exactly as blend.py does
        model, lb, s_net, s_lin = build(model, recs, {fold}, a.work, labels=labs)
        seqs = [r["ids"] for r in rows]
        Z = predict(model, seqs)
        Zn = predict_neural(model, seqs)
        Zl = lb.decision([clip(s, 128) for s in seqs])
        metrics, preds = {}, {}
        for j, l in enumerate(LABELS):
            k = Y[:, j] >= 0
            if j not in labs:
                continue
            metrics[l] = {"auc": auc(Z[k, j], Y[k, j]), "auc_network_only": auc(Zn[k, j], Y[k, j]),
                          "auc_linear_only": auc(Zl[k, j], Y[k, j]), "n": int(k.sum()), "pos": int(Y[k, j].sum())}
            preds[l] = {"z": Z[k, j].round(4).tolist(), "y": Y[k, j].tolist()}
            print(fold, l, metrics[l], flush=True)
        json.dump({"metrics": metrics, "preds": preds, "epochs": a.epochs}, open(os.path.join(fd, "result.json"), "w"))


if __name__ == "__main__":
    main()

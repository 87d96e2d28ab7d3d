"""Stage 8: evaluation report (markdown on stdout): leave-one-dataset-out AUCs, transformer vs TF-IDF+LR
baseline, and the in-domain per-source / per-language table of the shipped model."""
import json, os, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
W = os.path.join(HERE, "work")
PARENT = {"olid": "divisive", "polar": "divisive", "mlma_fr": "divisive", "cyberagression": "divisive",
          "davidson": "divisive", "mlma_en": "divisive", "conan": "divisive",
          "constraint": "misleading", "fakenewsnet": "misleading", "qc2022": "misleading", "liar": "misleading",
          "clickbait": "misleading", "mediaeval5g": "misleading"}


def lodo_table(tag="lodo"):
    tp, bp = os.path.join(W, tag, "transformer.json"), os.path.join(W, tag, "baseline.json")
    if not os.path.exists(bp):
        bp = os.path.join(W, "lodo", "baseline.json")  # the baseline does not depend on the network's recipe
    if not (os.path.exists(tp) and os.path.exists(bp)):
        return "(leave-one-dataset-out results not available)\n", {}
    t, b = json.load(open(tp)), json.load(open(bp))
    lines = ["| held-out source | label | n | positives | shipped architecture AUC | (its network part alone) | (its linear n-gram part alone) | TF-IDF+LR baseline AUC |",
             "|---|---|---|---|---|---|---|---|"]
    means = {}
    for fold in t:
        for l in t[fold]:
            ta = t[fold][l]["auc"]; ba = b.get(fold, {}).get(l, {}).get("auc")
            bs = "n/a" if ba is None else f"{ba:.3f}"
            f3 = lambda x: "n/a" if x is None else f"{x:.3f}"
            lines.append(f"| {fold} | {l} | {t[fold][l]['n']} | {t[fold][l]['pos']} | {ta:.3f} | {f3(t[fold][l].get('auc_network_only'))} | {f3(t[fold][l].get('auc_linear_only'))} | {bs} |")
            if l == PARENT.get(fold) and ba is not None:
                means.setdefault(l, {"t": [], "b": [], "f": []})
                means[l]["f"].append(fold)
                means[l]["t"].append(ta); means[l]["b"].append(ba)
    lines += ["", "| parent label | held-out sources | mean AUC, shipped architecture | mean AUC, TF-IDF+LR | shipped architecture better? |", "|---|---|---|---|---|"]
    for l, v in means.items():
        mt, mb = float(np.mean(v["t"])), float(np.mean(v["b"]))
        lines.append(f"| {l} | {', '.join(v['f'])} | {mt:.3f} | {mb:.3f} | {'yes' if mt > mb else 'no'} |")
    return "\n".join(lines) + "\n", means


if __name__ == "__main__":
    tag = sys.argv[1] if len(sys.argv) > 1 else "lodo"
    txt, _ = lodo_table(tag)
    print("## Leave-one-dataset-out (ROC AUC on the whole held-out source)\n")
    print(txt)
    p = os.path.join(W, "eval_indomain.md")
    if os.path.exists(p):
        print("## In-domain test splits (per source / language; F1 at the shipped thresholds; ECE after calibration)\n")
        print(open(p).read())

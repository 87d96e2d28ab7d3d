"""Stages 6-7: fold calibration into the head, export ONNX (fp32), write int8 weight-only quantised copy,
and the Hugging Face / Loupe config files.

  export.py --model work/ft/model.pt --calib work/calib.json --thresholds work/thresholds.json --out ../loupe-mini
"""
import argparse, json, os, shutil
import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto
import torch
from model import Cfg, LoupeNet, LABELS

HERE = os.path.dirname(os.path.abspath(__file__))


def fold_calibration(model, calib):
    """logits = a * (z_net * t_scale + linear) + b, folded into t_scale and the linear tables"""
    with torch.no_grad():
        for j, lab in enumerate(LABELS):
            a, b = calib[lab]["a"], calib[lab]["b"]
            model.t_scale[j] *= a
            model.lin_uni[:, j] *= a
            model.lin_ng[:, j] *= a
            model.lin_b[j] = model.lin_b[j] * a + b


def export_onnx(model, path):
    model.eval()
    ids = torch.tensor([[2, 100, 200, 300, 3], [2, 150, 3, 0, 0]], dtype=torch.long)
    m = (ids != 0).long()
    torch.onnx.export(model, (ids, m), path, input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
                                    "logits": {0: "batch"}}, opset_version=14, do_constant_folding=True)


def quantize(src, dst, min_size=4096):
    """int8 weight-only quantisation. Embedding tables read by Gather: per-row symmetric int8, gathered
    then rescaled (Gather -> Cast -> Mul by gathered row scales). MatMul weights: per-output-column
    symmetric int8 + DequantizeLinear(axis=1)."""
    m = onnx.load(src)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    users = {}
    for n in g.node:
        for k, inp in enumerate(n.input):
            users.setdefault(inp, []).append((n, k))
    new_nodes_before = {}
    remove = set()
    new_inits = []
    for name, init in list(inits.items()):
        w = numpy_helper.to_array(init)
        if w.dtype != np.float32 or w.ndim != 2 or w.size < min_size:
            continue
        us = users.get(name, [])
        if not us:
            continue
        if all(n.op_type == "Gather" and k == 0 and not any(a.name == "axis" and a.i != 0 for a in n.attribute) for n, k in us):
            s = np.abs(w).max(axis=1, keepdims=True) / 127.0
            s[s == 0] = 1.0
            q = np.clip(np.round(w / s), -127, 127).astype(np.int8)
            new_inits += [numpy_helper.from_array(q, name + "_q"), numpy_helper.from_array(s.astype(np.float32), name + "_scale")]
            for n, k in us:
                out = n.output[0]
                qo, so, fo = out + "_qg", out + "_sg", out + "_fg"
                n.input[0] = name + "_q"; n.output[0] = qo
                extra = [helper.make_node("Gather", [name + "_scale", n.input[1]], [so], axis=0),
                         helper.make_node("Cast", [qo], [fo], to=TensorProto.FLOAT),
                         helper.make_node("Mul", [fo, so], [out])]
                new_nodes_before.setdefault(id(n), []).extend(extra)
            remove.add(name)
        elif all(n.op_type == "MatMul" and k == 1 for n, k in us):
            s = np.abs(w).max(axis=0) / 127.0
            s[s == 0] = 1.0
            q = np.clip(np.round(w / s), -127, 127).astype(np.int8)
            new_inits += [numpy_helper.from_array(q, name + "_q"), numpy_helper.from_array(s.astype(np.float32), name + "_scale"),
                          numpy_helper.from_array(np.zeros(s.shape, np.int8), name + "_zp")]
            dq = helper.make_node("DequantizeLinear", [name + "_q", name + "_scale", name + "_zp"], [name + "_dq"], axis=1)
            first = us[0][0]
            new_nodes_before.setdefault(("pre", id(first)), []).append(dq)
            for n, k in us:
                n.input[k] = name + "_dq"
            remove.add(name)
    nodes = []
    for n in g.node:
        nodes += new_nodes_before.get(("pre", id(n)), [])
        nodes.append(n)
        nodes += new_nodes_before.get(id(n), [])
    del g.node[:]
    g.node.extend(nodes)
    keep = [i for i in g.initializer if i.name not in remove]
    del g.initializer[:]
    g.initializer.extend(keep + new_inits)
    onnx.checker.check_model(m)
    onnx.save(m, dst)
    return sorted(remove)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--calib", required=True)
    ap.add_argument("--thresholds", required=True)
    ap.add_argument("--tok", default=os.path.join(HERE, "work", "tok"))
    ap.add_argument("--out", default=os.path.join(HERE, "..", "loupe-mini"))
    ap.add_argument("--version", default="0.4.0")
    a = ap.parse_args()
    cfg = Cfg()
    model = LoupeNet(cfg)
    model.load_state_dict(torch.load(a.model)["model"])
    calib = json.load(open(a.calib))
    fold_calibration(model, calib)
    os.makedirs(os.path.join(a.out, "onnx"), exist_ok=True)
    torch.save({"model": model.state_dict()}, os.path.join(HERE, "work", "shipped_calibrated.pt"))
    fp = os.path.join(a.out, "onnx", "model.onnx")
    export_onnx(model, fp)
    qd = quantize(fp, os.path.join(a.out, "onnx", "model_quantized.onnx"))
    print("quantised:", qd)
    for f in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(os.path.join(a.tok, f), os.path.join(a.out, f))
    conf = {
        "architectures": ["BertForSequenceClassification"], "model_type": "bert",
        "problem_type": "multi_label_classification",
        "id2label": {str(i): l for i, l in enumerate(LABELS)}, "label2id": {l: i for i, l in enumerate(LABELS)},
        "vocab_size": cfg.vocab, "hidden_size": cfg.dim, "num_hidden_layers": cfg.layers,
        "num_attention_heads": cfg.heads, "intermediate_size": cfg.ffn, "hidden_act": "gelu",
        "max_position_embeddings": cfg.max_pos, "type_vocab_size": 1, "pad_token_id": 0,
        "layer_norm_eps": 1e-5, "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
        "loupe_ngram_buckets": cfg.ngram_buckets, "loupe_ngram_dim": cfg.ngram_dim,
        "transformers_version": "4.3.1-js",
    }
    json.dump(conf, open(os.path.join(a.out, "config.json"), "w"), indent=2)
    th = json.load(open(a.thresholds))
    lj = {"modelId": "loupe-mini", "version": a.version, "labels": LABELS,
          "thresholds": {l: round(float(th["thresholds"][l]), 4) for l in LABELS},
          "thresholdSource": th.get("source", ""),
          "maxTokens": cfg.max_pos, "windowStride": 64,
          "windowing": "Tokenise the normalised text without truncation. If it has more than maxTokens ids, take the content ids "
                       "(without [CLS]=2 and [SEP]=3) in windows of maxTokens-2 ids starting every windowStride ids (the last "
                       "window ends at the last id), wrap each window as [CLS] ... [SEP], score each window, keep the highest "
                       "probability per label.",
          "inputs": ["input_ids", "attention_mask"], "output": "logits",
          "scores": "sigmoid(logits) are calibrated probabilities (Platt scaling folded into the head)", "normalization": "loupe-norm-v1",
          "languages": ["en", "fr"], "parents": {"divisive": ["hate", "offensive", "polarising"],
                                                 "misleading": ["false_claim", "clickbait", "conspiracy"]}}
    json.dump(lj, open(os.path.join(a.out, "loupe.json"), "w"), indent=2)
    print("wrote", a.out)


if __name__ == "__main__":
    main()

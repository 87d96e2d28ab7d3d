"""Stages 3-4: masked-language-model pretraining and multi-task fine-tuning, resumable.

  train.py mlm --out work/mlm [--minutes M] [--epochs E]
  train.py ft  --out work/ft --init work/mlm/model.pt [--exclude SRC] [--epochs E] [--minutes M]

Checkpoints every --ckpt-steps steps into <out>/ckpt.pt; a rerun with the same arguments resumes.
<out>/model.pt is written when the stage completes.
"""
import argparse, json, math, os, random, sys, time
import numpy as np
import torch
import torch.nn.functional as F
from model import Cfg, LoupeNet, LABELS

PAD, UNK, CLS, SEP, MASK = 0, 1, 2, 3, 4


def load(work, extra=None):
    recs = [json.loads(l) for l in open(os.path.join(work, "data.jsonl"), encoding="utf-8")]
    ids = [json.loads(l) for l in open(os.path.join(work, "ids.jsonl"))]
    assert len(recs) == len(ids)
    for r, i in zip(recs, ids):
        r["ids"] = i
    if extra and os.path.exists(extra):
        er = [json.loads(l) for l in open(extra, encoding="utf-8")]
        ei = [json.loads(l) for l in open(extra.replace(".jsonl", ".ids.jsonl"))]
        for r, i in zip(er, ei):
            r["ids"] = i
        recs += er
    return recs


def clip(ids, L, rnd=None):
    if len(ids) <= L:
        return ids
    body = ids[1:-1]
    start = rnd.randrange(0, len(body) - (L - 2) + 1) if rnd else 0
    return [CLS] + body[start:start + L - 2] + [SEP]


def batches(n_items, lengths, bs, seed):
    rnd = random.Random(seed)
    idx = list(range(n_items))
    rnd.shuffle(idx)
    chunk = bs * 50
    out = []
    for s in range(0, len(idx), chunk):
        c = sorted(idx[s:s + chunk], key=lambda i: lengths[i])
        out += [c[j:j + bs] for j in range(0, len(c), bs)]
    rnd.shuffle(out)
    return out


def pad(seqs):
    T = max(len(s) for s in seqs)
    ids = torch.zeros(len(seqs), T, dtype=torch.long)
    m = torch.zeros(len(seqs), T, dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, :len(s)] = torch.tensor(s); m[i, :len(s)] = 1
    return ids, m


@torch.no_grad()
def predict(model, seqs, L=128, bs=256):
    model.eval()
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = np.zeros((len(seqs), model.c.n_labels), dtype=np.float32)
    for s in range(0, len(order), bs):
        b = order[s:s + bs]
        ids, m = pad([clip(seqs[i], L) for i in b])
        out[b] = model(ids, m).numpy()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stage", choices=["mlm", "ft"])
    ap.add_argument("--work", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "work"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--init")
    ap.add_argument("--exclude", default="")
    ap.add_argument("--extra", default="")
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--minutes", type=float, default=1e9)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--bs", type=int, default=64)
    ap.add_argument("--maxlen", type=int, default=128)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--ckpt-steps", type=int, default=300)
    ap.add_argument("--include-val", action="store_true", help="also train on the val split")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed); random.seed(a.seed); np.random.seed(a.seed)
    os.makedirs(a.out, exist_ok=True)
    if os.path.exists(os.path.join(a.out, "model.pt")):
        print("already done:", a.out); return
    recs = load(a.work, a.extra or None)
    excl = set(x for x in a.exclude.split(",") if x)
    if a.stage == "mlm":
        data = [r["ids"] for r in recs if r.get("source") != "synthetic"]
    else:
        splits = {"train", "val"} if a.include_val else {"train"}
        data = [r for r in recs if r["split"] in splits and r["source"] not in excl]
    n = len(data)
    lengths = [min(len(d if a.stage == "mlm" else d["ids"]), a.maxlen) for d in data]
    steps_per_epoch = math.ceil(n / a.bs)
    total = int(steps_per_epoch * a.epochs)
    cfg = Cfg()
    model = LoupeNet(cfg)
    if a.init:
        sd = torch.load(a.init)
        model.load_state_dict(sd["model"] if "model" in sd else sd, strict=False)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    warm = max(1, int(0.05 * total))
    budget_s = a.minutes * 60
    # linear warm-up, then linear decay on progress = max(step fraction, wall-clock fraction), so a run
    # capped by --minutes still ends with a decayed learning rate
    def lr_at(s, elapsed):
        prog = max(s / total, elapsed / budget_s)
        return a.lr * min(1.0, (s + 1) / warm) * max(0.02, 1 - prog)
    step = 0
    elapsed0 = 0.0
    ck = os.path.join(a.out, "ckpt.pt")
    if os.path.exists(ck):
        st = torch.load(ck)
        model.load_state_dict(st["model"]); opt.load_state_dict(st["opt"])
        step = st["step"]; torch.set_rng_state(st["rng"]); elapsed0 = st.get("elapsed", 0.0)
        print("resumed at step", step, flush=True)
    rnd = random.Random(a.seed * 1000 + step)
    t0 = time.time()
    model.train()
    loss_avg = None
    while step < total:
        ep, k = divmod(step, steps_per_epoch)
        bl = batches(n, lengths, a.bs, a.seed + ep)
        for b in bl[k:]:
            if step >= total:
                break
            if a.stage == "mlm":
                seqs = [clip(data[i], min(a.maxlen, 64), rnd) for i in b]
                ids, m = pad(seqs)
                special = ids < 5
                sel = (torch.rand(ids.shape) < 0.15) & ~special
                if sel.sum() == 0:
                    sel[0, 1] = True
                tgt = ids[sel]
                inp = ids.clone()
                r = torch.rand(ids.shape)
                inp[sel & (r < 0.8)] = MASK
                rr = sel & (r >= 0.8) & (r < 0.9)
                inp[rr] = torch.randint(5, cfg.vocab, (int(rr.sum()),))
                h = model.encode(inp, m)[sel]
                loss = F.cross_entropy(model.mlm_logits(h), tgt)
            else:
                seqs = [clip(data[i]["ids"], a.maxlen, rnd) for i in b]
                ids, m = pad(seqs)
                y = torch.tensor([data[i]["y"] for i in b], dtype=torch.float32)
                w = (y >= 0).float()
                fused, le, ln = model.forward_train(ids, m)
                bce = lambda z: (F.binary_cross_entropy_with_logits(z, y.clamp(min=0), reduction="none") * w).sum() / w.sum().clamp(min=1)
                loss = bce(fused) + 0.5 * bce(le) + 0.5 * bce(ln)
            for gr in opt.param_groups:
                gr["lr"] = lr_at(step, elapsed0 + time.time() - t0)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step(); step += 1
            loss_avg = loss.item() if loss_avg is None else 0.98 * loss_avg + 0.02 * loss.item()
            if step % 100 == 0:
                print(f"{a.stage} step {step}/{total} loss {loss_avg:.4f} {time.time() - t0:.0f}s", flush=True)
            if step % a.ckpt_steps == 0 or step == total:
                torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "elapsed": elapsed0 + time.time() - t0,
                            "step": step, "rng": torch.get_rng_state()}, ck + ".tmp")
                os.replace(ck + ".tmp", ck)
            if elapsed0 + time.time() - t0 > budget_s:
                print("time budget reached at step", step, flush=True)
                total = step
                break
    torch.save({"model": model.state_dict(), "step": step}, os.path.join(a.out, "model.pt"))
    print("done", a.out, "steps", step, f"{time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()

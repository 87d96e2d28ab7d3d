"""Write models/loupe-mini/MODEL_CARD.md from the measured results in work/ (no number is typed by hand)."""
import json, os, re, sys
import torch
from model import Cfg, LoupeNet, LABELS
from report import lodo_table

HERE = os.path.dirname(os.path.abspath(__file__))
W = os.path.join(HERE, "work")
OUT = os.path.join(HERE, "..", "loupe-mini")


def last(path, pat):
    if not os.path.exists(path):
        return None
    m = None
    for line in open(path):
        mm = re.search(pat, line)
        if mm:
            m = mm
    return m


def main():
    lj = json.load(open(os.path.join(OUT, "loupe.json")))
    th = json.load(open(os.path.join(W, "thresholds.json")))
    calib = json.load(open(os.path.join(W, "calib.json")))
    m = LoupeNet(Cfg())
    n_params = {k: sum(p.numel() for n, p in m.named_parameters() if n.startswith(k)) for k in
                ("tok", "pos", "layers", "uni", "ngr", "head", "ln", "fuse_ln", "lin_uni", "lin_ng", "lin_b", "t_scale")}
    exported = sum(v for v in n_params.values())
    size = lambda f: os.path.getsize(os.path.join(OUT, f)) / 1e6
    total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(OUT) for f in fs) / 1e6
    mlm_steps = torch.load(os.path.join(W, "mlm", "model.pt"))["step"] if os.path.exists(os.path.join(W, "mlm", "model.pt")) else "?"
    mlm_loss = last(os.path.join(W, "mlm.log"), r"step (\d+)/\d+ loss ([\d.]+)")
    ftlog = os.environ.get("LOUPE_FT_LOG", os.path.join(W, "ft.log"))
    ft = last(ftlog, r"done .* steps (\d+) (\d+)s")
    ft_total = last(ftlog, r"step \d+/(\d+)")
    # train.sh exports its knobs; the defaults here are train.sh's
    ft_epochs_planned = float(os.environ.get("FT_EPOCHS", "2"))
    mlm_total = last(os.path.join(W, "mlm.log"), r"step \d+/(\d+)")
    mlm_capped = last(os.path.join(W, "mlm.log"), r"time budget reached at step (\d+)")
    mlm_plan = f" (of {mlm_total.group(1)} planned, {os.environ.get('MLM_EPOCHS', '5')} epochs)" if mlm_total else ""
    mlm_cap_note = (f"(the {os.environ.get('MLM_MINUTES', '25')}-minute wall-clock cap bound: the learning rate still decayed to its floor)"
                    if mlm_capped else "(the whole planned schedule)")
    ft_capped = last(ftlog, r"time budget reached at step (\d+)")
    ft_epochs_txt = (f"{ft_epochs_planned * int(ft.group(1)) / int(ft_total.group(1)):.2f} epochs"
                     if ft and ft_total else f"{ft_epochs_planned:g} epochs")
    ft_cap_note = (f"; the {os.environ.get('FT_MINUTES', '45')}-minute wall-clock cap bound on a CPU shared with other jobs"
                   if ft_capped else "")
    tag = os.environ.get("LOUPE_LODO_TAG", "lodo")
    lodo_txt, means = lodo_table(tag)
    fold_epochs = sorted({json.load(open(os.path.join(W, tag, f, "result.json"))).get("epochs") for f in os.listdir(os.path.join(W, tag))
                          if os.path.exists(os.path.join(W, tag, f, "result.json"))}) if os.path.isdir(os.path.join(W, tag)) else []
    indomain = open(os.path.join(W, "eval_indomain.md")).read() if os.path.exists(os.path.join(W, "eval_indomain.md")) else "(not available)"
    speed = open(os.path.join(W, "speed.txt")).read().strip() if os.path.exists(os.path.join(W, "speed.txt")) else "not measured in this build"
    lodo_folds = json.load(open(os.path.join(W, "lodo", "transformer.json"))) if os.path.exists(os.path.join(W, "lodo", "transformer.json")) else {}
    lodo_epochs = ", ".join(str(e) for e in fold_epochs) or "?"
    extra = ""
    for item in [t for t in os.environ.get("LOUPE_LODO_EXTRA", "").split(";") if t]:
        et, _, desc = item.partition("=")
        ee = sorted({json.load(open(os.path.join(W, et, f, "result.json"))).get("epochs") for f in os.listdir(os.path.join(W, et))
                     if os.path.exists(os.path.join(W, et, f, "result.json"))})
        etxt, _ = lodo_table(et)
        if not desc:
            desc = (f"The same comparison with even shorter fold fine-tunes ({', '.join(str(e) for e in ee)} epoch), run first "
                    f"and kept for the record (the baseline column is the same). The fold length was raised to the value above "
                    f"after seeing these results, to bring the folds closer to the shipped recipe; nothing else changed between "
                    f"the two runs. That choice was made with knowledge of the held-out scores, so read the margins with care:")
        extra += f"\n{desc}\n\n{etxt}"
    beat = {l: (float(sum(v["t"]) / len(v["t"])) > float(sum(v["b"]) / len(v["b"]))) for l, v in means.items()}
    verdict = []
    for l in ("divisive", "misleading"):
        if l in beat:
            v = means[l]; mt = sum(v["t"]) / len(v["t"]); mb = sum(v["b"]) / len(v["b"])
            note = (" The margin is " + f"{mt - mb:+.3f}" + ", within the noise of one run with one seed (per-source AUCs move by a few hundredths between runs): treat it as a tie, not a win."
                    if abs(mt - mb) < 0.02 else f" Margin {mt - mb:+.3f} AUC.")
            verdict.append(f"- **{l}: the shipped model {'beats' if beat[l] else 'does NOT beat'} the TF-IDF+LR baseline** on the mean leave-one-dataset-out AUC ({mt:.3f} vs {mb:.3f})." + note)
        else:
            verdict.append(f"**{l}: not measured.**")
    card = f"""# loupe-mini (version {lj['version']})

A small bilingual (English, French) multi-label classifier that flags **divisive** and **misleading**
style in social-media text, trained from scratch for Loupe on public research datasets. It runs offline
in transformers.js (Node and browser) like a Hugging Face text-classification model.

## In plain words, for users
- Scores are probabilities that a post *looks like* the examples the model was trained on. They are
  style signals, not verdicts.
- A **"misleading" flag is a style signal that asks you to check the post, not a fact-check.** The model
  has no knowledge of the world and cannot tell whether a claim is true; it reacts to wording that often
  goes with false claims, clickbait or conspiracy talk. True posts can be flagged and false ones missed.
- A **"divisive" flag** means wording that resembles insults, hate against groups or us-versus-them
  hostility. Quoting or criticising hateful speech, reclaimed words, jokes, sarcasm and dialects can be
  flagged wrongly; coded or polite hostility can be missed.
- Review flagged posts yourself. Nothing leaves your computer.

## Labels
`{', '.join(f'{i} {l}' for i, l in enumerate(LABELS))}` — each an independent probability (sigmoid), not a
softmax. The parents `divisive` and `misleading` have their own heads trained on every dataset that
informs them (not a max of the sub-labels), so a parent can be low while a sub-label is high.

## How to run it (contract for the app)
- Normalise the text with **loupe-norm-v1** (`models/train/NORMALIZATION.md`, fixture
  `tests/fixtures/model/normalization-cases.json`), then tokenise with `tokenizer.json` (WordPiece,
  16,000 pieces, lowercase, accents kept; `model_max_length` {lj['maxTokens']}).
- Graph inputs `input_ids`, `attention_mask` (int64, [batch, sequence]; no `token_type_ids`); output
  `logits` (float, [batch, 8]). `sigmoid(logits)` are calibrated probabilities.
- `onnx/model.onnx` is fp32; `onnx/model_quantized.onnx` (`dtype: 'q8'`) has int8 weights (per-row for
  embedding tables, per-column for matrices; activations stay fp32).
- Texts longer than {lj['maxTokens']} tokens: windows of {lj['maxTokens'] - 2} content tokens every {lj['windowStride']}
  tokens, highest probability per label (`loupe.json` → `windowing`).
- Thresholds for flags: `loupe.json` → `thresholds`.

## Architecture and size
One ONNX graph, three parts over the same WordPiece ids (all computed in-graph with `Gather`, integer
arithmetic for hashing, sums and matrix products):
1. a **transformer encoder**: token + learned position embeddings ({Cfg().max_pos} positions), 2 post-LN
   layers, width 128, 4 heads, FFN 512 (GELU), masked mean pooling;
2. an **n-gram embedding branch**: a unigram table plus hashed subword bigrams and trigrams (65,536
   buckets, 16 dimensions), summed and divided by the square root of their count; its vector is
   concatenated with the encoder's (144), layer-normalised and fed to one linear layer (8 outputs). Parts
   1 and 2 are trained jointly (MLM-pretrained encoder, then multi-task fine-tuning; during training only,
   each branch also has an auxiliary head with loss weight 0.5 so neither leans on the other);
3. a **linear n-gram branch**: a class-balanced logistic regression per label over subword unigrams,
   the same hashed bigrams/trigrams, and character 2-5-grams of every token, IDF-weighted and divided by
   the square root of the token count. It is fitted separately (scikit-learn, liblinear, C=1) and folded
   into two lookup tables (vocabulary x 8 and buckets x 8; the character n-gram weights fold into the
   per-token table, so no character table ships). It is the part that carries what the TF-IDF baseline
   knows.
The logits are an equal-weight blend in standardised units, `z = z_net / s_net + z_lin / s_lin` (s = the
per-label standard deviation of each part's logits on the validation split), followed by per-label Platt
scaling; all of it is folded into the exported weights. `config.json` says `model_type: bert` so that
transformers.js loads it as a text-classification model; the graph itself is the one described here.

Parameters exported: {exported:,} (token embeddings {n_params['tok']:,}, positions {n_params['pos']:,},
encoder layers {n_params['layers']:,}, unigram table {n_params['uni']:,}, n-gram buckets {n_params['ngr']:,}, head
{n_params['head']:,}, linear branch tables {n_params['lin_uni'] + n_params['lin_ng']:,}). Files: `onnx/model.onnx` {size('onnx/model.onnx'):.1f} MB, `onnx/model_quantized.onnx`
{size('onnx/model_quantized.onnx'):.1f} MB, folder total {total:.1f} MB.

Speed: {speed}

## Training data and the licences that bind the model
Trained on the public datasets in `../shared/datasets` (not redistributed) plus a small synthetic set
written for Loupe. **Several sets are research-only or non-commercial, so these weights are for research
and non-commercial use only** unless retrained without them.

| source | language | used for | licence |
|---|---|---|---|
| Davidson et al. 2017 (hate / offensive, "offensive" subsampled to 6,000) | EN | divisive, hate, offensive | MIT |
| OLID / OffensEval 2019 (+ official test via TweetEval) | EN | divisive, offensive, hate (target GRP) | task terms, research |
| MLMA hate speech (Ousidhoum et al. 2019) | EN, FR | divisive, hate, offensive | MIT |
| CONAN + Multitarget-CONAN (hate speech and counter-narratives) | EN, FR | divisive, hate; counter-narratives as negatives | **research only, no redistribution** |
| POLAR (SemEval 2026, subtask 1) | EN | divisive, polarising | none stated |
| CyberAgressionAdo-Large | FR | divisive, offensive | **CC BY-NC 4.0 (non-commercial)** |
| LIAR | EN | misleading, false_claim | **research only** |
| CONSTRAINT 2021 COVID fake news | EN | misleading, false_claim | repo MIT |
| FakeNewsNet titles (GossipCop, PolitiFact) | EN | misleading, false_claim | none stated |
| Chakraborty et al. 2016 clickbait (6,000 per class) | EN | misleading, clickbait | MIT |
| MediaEval 2020 5G / other conspiracy tweets | EN | misleading, conspiracy (positives only) | Apache/MIT |
| Québec 2022 election tweets (train part) | FR | misleading, false_claim | none stated: internal use |
| synthetic templates written for Loupe (identity terms, negation, counter-speech and quoting, insults, polarising, clickbait/conspiracy/false-claim styles, debunks, everyday personal posts with every label 0) | EN, FR | all labels | ours |

Label mapping with loss masks, deduplication and splits: `models/train/README.md` and `prep.py`. A
dataset that says nothing about a label gives no loss for it. Splits keep sources, CyberAgression
scenario files and CONAN items with their paraphrases and translations apart.

## Training procedure (this build)
- Tokenizer: WordPiece trained here on the normalised EN+FR corpus; training ids were produced by
  transformers.js itself (`encode_corpus.mjs`), so they equal the app's ids (parity fixture:
  `tests/fixtures/model/tokenizer-parity.jsonl`).
- MLM pretraining on all text (15% masking, 64-token windows): {mlm_steps} steps of 64 texts{mlm_plan}
  {mlm_cap_note}{', last logged loss ' + mlm_loss.group(2) if mlm_loss else ''}, 1 CPU thread.
- Fine-tuning: masked binary cross-entropy on all 8 labels, AdamW lr 1e-3, batch 64, up to 128 tokens:
  {ft.group(1) if ft else '?'} steps{' of ' + ft_total.group(1) + ' planned' if ft_total else ''} ({ft_epochs_txt}){ft_cap_note}, 1 CPU thread, seed 13.
- Hardware: a shared 2-vCPU machine with no GPU; everything ran on CPU.

## Calibration
Per-label Platt scaling (`sigmoid(a*z+b)`) of the blended logit, fitted on the in-domain validation split
and folded into the exported weights (the network's output scale and the linear branch's tables), so
the exported logits are already calibrated. Fitted parameters (a, b, n):
{', '.join(f"{l} ({calib[l]['a']:.2f}, {calib[l]['b']:.2f}, {calib[l]['n']})" for l in LABELS)}.
Expected calibration error (10 bins) on the in-domain test splits is in the table below. Calibration
fitted in-domain is optimistic on new sources: on unseen sources the probabilities are less reliable
(the model is usually over-confident there).

## Thresholds and how they were chosen
`loupe.json` thresholds: {', '.join(f"{l} {th['thresholds'][l]}" for l in LABELS)}.
F1-optimal thresholds. Source per label: {', '.join(f"{l}: {th['per_label_source'][l]}" for l in LABELS)}.
"Leave-one-source-out" means the out-of-source predictions of the leave-one-dataset-out folds below,
pooled, recalibrated with the same Platt procedure, then the threshold maximising F1 was taken; labels
without such predictions, or whose pooled out-of-source AUC is below 0.6 (a threshold chosen on near-chance
predictions means nothing), use the in-domain validation split.

## Metrics
### Cross-source generalisation: leave-one-dataset-out (the number that matters)
For each held-out source, both models were trained on the train split of every *other* source (plus the
synthetic set) and tested on every row of the held-out source. The folds' network fine-tunes are shorter
({lodo_epochs} epoch of the fold's training data, versus {ft_epochs_txt} for the shipped model). For the shipped architecture the whole
recipe is repeated per fold: fine-tune the network, fit the linear branch, blend (scales from the
validation split of the training sources). The two parts alone are shown for information. All folds start
from the same MLM checkpoint and use the same recipe.
The baseline is TF-IDF word 1-2-grams + char_wb 2-5-grams (sublinear tf, up to 300k features each) with
class-balanced logistic regression (liblinear, C=1), one per label. Both see all normalised text without
labels (the MLM pretraining and the TF-IDF vocabulary/IDF), including the held-out source's text.

{os.environ.get("LOUPE_CARD_NOTE", "")}

{lodo_txt}
{chr(10).join(verdict)}
{extra}

Note: `polarising` is informed by POLAR only (plus synthetic text and CONAN counter-narratives as
negatives), so with POLAR held out the `polarising` head has almost nothing to learn from; French
misleading data (QC2022) is 1,332 tweets, so French `misleading` generalisation is weak for both models.

### In-domain test splits of the shipped model (per source and language)
F1 at the shipped thresholds; ECE after calibration. In-domain scores near 1.0 (clickbait, CONSTRAINT,
5G) are artefacts of how those sets were collected (publisher, official style), not real-world accuracy.

{indomain}

## Known failure modes
- **Dialect bias**: Davidson's "offensive" labels over-flag African-American English; subsampling
  reduces but does not remove this. Expect more false "offensive"/"divisive" flags on AAE and on
  Québécois or teen French slang.
- **Sarcasm and irony** are not understood.
- **Counter-speech and quoting**: posts that quote or criticise hate speech share its words and are often
  flagged; the CONAN counter-narratives and synthetic quoting examples help only partly.
- **Identity terms**: neutral posts mentioning a group (Muslims, gay people, immigrants...) can score
  higher than they should because the training sets were keyword-collected around those groups.
- **Profanity** without hostility ("this is fucking great") can be flagged offensive.
- **Misleading** labels are learned from style and topic (LIAR needs world knowledge; CONSTRAINT's real
  posts share an official style; clickbait is labelled by publisher). The model cannot check facts, does
  not know recent events and does not read links (links become `httpurl`).
- **Cross-label leakage into `misleading`/`clickbait`**: the misleading data never contains insults,
  hate or personal opinions (those datasets say nothing about misleading, so they give no loss there),
  so such posts often get high `misleading` and `clickbait` scores anyway. In
  `tests/fixtures/model/reference-scores.jsonl`, "Shut up you stupid moron" gets misleading 0.94 and
  clickbait 0.96, and "Muslims are my neighbours and my friends." gets misleading 0.81. A `misleading`
  flag on a post without any claim is most likely this error.
- **Everyday personal posts**: before 1,000 synthetic everyday posts (all labels 0) were added, ordinary
  posts such as "What a beautiful day at the beach with my family" scored misleading 0.79 and clickbait
  0.99; now they score below 0.1, but those reference texts are close to the synthetic templates, so the
  real improvement on varied personal posts is unmeasured.
- **French** has far less labelled data than English (about 12k of 100k texts), especially for
  misleading; French scores are less reliable.
- Texts in other languages get scores that mean little.

## Reproduce
`npm run model:train` (`models/train/README.md`). Checks: `node models/train/verify_node.mjs models`
(tokenizer parity, ONNX vs PyTorch, q8 vs fp32), `node models/train/check_norm.mjs
tests/fixtures/model/normalization-cases.json` (a JavaScript transcription of loupe-norm-v1).
"""
    open(os.path.join(OUT, "MODEL_CARD.md"), "w").write(card)
    print("wrote MODEL_CARD.md")


if __name__ == "__main__":
    main()

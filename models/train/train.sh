#!/usr/bin/env bash
# Loupe model pipeline: one entry point (npm run model:train). Every stage is resumable: a finished stage
# leaves its output in models/train/work/ and is skipped on rerun; training stages checkpoint every few
# hundred steps and resume from the checkpoint. Delete models/train/work/ to start from scratch.
#
# Environment:
#   LOUPE_DATASETS   datasets folder (default: <repo>/../shared/datasets)
#   LOUPE_PY         python with torch, onnx, sklearn (default: /usr/bin/python3)
#   MLM_EPOCHS       MLM pretraining epochs over all text (default 5)
#   MLM_MINUTES      MLM wall-clock cap in minutes (default 25)
#   FT_EPOCHS        final fine-tuning epochs (default 2)
#   FT_MINUTES       final fine-tuning wall-clock cap in minutes (default 45)
#   LODO_EPOCHS      fine-tuning epochs for each leave-one-dataset-out fold (default 1)
#   LODO_FOLDS       held-out sources (default mlma_fr,constraint,olid,fakenewsnet,polar,qc2022)
#   THREADS          torch threads per process (default 1; two processes run in parallel in stage 5)
#   SKIP_LODO=1      skip the leave-one-dataset-out evaluation (thresholds then come from validation)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
DATASETS="${LOUPE_DATASETS:-$(dirname "$REPO")/shared/datasets}"
PY="${LOUPE_PY:-/usr/bin/python3}"
W="$HERE/work"
MLM_EPOCHS="${MLM_EPOCHS:-5}"
MLM_MINUTES="${MLM_MINUTES:-25}"
FT_EPOCHS="${FT_EPOCHS:-2}"
FT_MINUTES="${FT_MINUTES:-45}"
LODO_EPOCHS="${LODO_EPOCHS:-1}"
LODO_FOLDS="${LODO_FOLDS:-mlma_fr,constraint,olid,fakenewsnet,polar,qc2022}"
THREADS="${THREADS:-1}"
export MLM_EPOCHS MLM_MINUTES FT_EPOCHS FT_MINUTES  # card.py states them
mkdir -p "$W"
cd "$HERE"
log() { echo "[$(date +%H:%M:%S)] $*"; }

log "1 data prep from $DATASETS"
[ -s "$W/data.jsonl" ] || "$PY" prep.py "$DATASETS" "$W/data.jsonl" > "$W/prep.log"
[ -s "$W/synthetic.jsonl" ] || "$PY" augment.py "$W/synthetic.jsonl"

log "2 tokenizer (WordPiece 16k, EN+FR) and ids from transformers.js"
[ -s "$W/tok/tokenizer.json" ] || { mkdir -p "$W/tok"; "$PY" tok_train.py "$W/data.jsonl" "$W/tok" 16000 128; }
[ -s "$W/ids.jsonl" ] || node encode_corpus.mjs "$W/tok" "$W/data.jsonl" "$W/ids.jsonl"
[ -s "$W/synthetic.ids.jsonl" ] || node encode_corpus.mjs "$W/tok" "$W/synthetic.jsonl" "$W/synthetic.ids.jsonl"

log "3 MLM pretraining ($MLM_MINUTES min budget)"
"$PY" train.py mlm --out "$W/mlm" --minutes "$MLM_MINUTES" --epochs "$MLM_EPOCHS" --threads "$THREADS" --bs 64 --lr 1e-3 --ckpt-steps 100 >> "$W/mlm.log" 2>&1 || { tail "$W/mlm.log"; exit 1; }

log "4+5 final fine-tuning ($FT_EPOCHS epochs, cap $FT_MINUTES min) and leave-one-dataset-out folds, in parallel"
"$PY" train.py ft --out "$W/ft" --init "$W/mlm/model.pt" --epochs "$FT_EPOCHS" --minutes "$FT_MINUTES" --threads "$THREADS" \
  --extra "$W/synthetic.jsonl" > "$W/ft.log" 2>&1 &
FT_PID=$!
if [ "${SKIP_LODO:-0}" != 1 ]; then
  # worker A takes the first four folds while the final model trains; worker B starts once it is done
  IFS=, read -ra F <<< "$LODO_FOLDS"
  A=$(IFS=,; echo "${F[*]:0:4}"); B=$(IFS=,; echo "${F[*]:4}")
  "$PY" lodo.py --mlm "$W/mlm/model.pt" --folds "$A" --epochs "$LODO_EPOCHS" --threads "$THREADS" > "$W/lodo_a.log" 2>&1 &
  LA=$!
  wait $FT_PID || { tail "$W/ft.log"; exit 1; }
  log "4b linear n-gram branch + blend"
  "$PY" blend.py --model "$W/ft/model.pt" > "$W/blend.log" 2>&1 || { tail "$W/blend.log"; exit 1; }
  [ -n "$B" ] && "$PY" lodo.py --mlm "$W/mlm/model.pt" --folds "$B" --epochs "$LODO_EPOCHS" --threads "$THREADS" > "$W/lodo_b.log" 2>&1 || echo "LODO worker B stopped early; its finished folds are kept"
  wait $LA || { tail "$W/lodo_a.log"; exit 1; }
  "$PY" lodo.py --aggregate
  [ -s "$W/lodo/baseline.json" ] && grep -q qc2022 "$W/lodo/baseline.json" || \
    "$PY" baseline.py --folds "$LODO_FOLDS" --out "$W/lodo/baseline.json" > "$W/lodo/baseline.log" 2>&1
else
  wait $FT_PID || { tail "$W/ft.log"; exit 1; }
  "$PY" blend.py --model "$W/ft/model.pt" > "$W/blend.log" 2>&1 || { tail "$W/blend.log"; exit 1; }
fi

log "6 calibration (Platt per label on validation), thresholds (leave-one-source-out), in-domain eval"
LODO_ARG=()
[ -s "$W/lodo/pooled.json" ] && LODO_ARG=(--lodo "$W/lodo/pooled.json")
"$PY" calibrate.py --model "$W/ft/blended.pt" "${LODO_ARG[@]}"

log "7 ONNX export + int8 weight-only quantisation -> models/loupe-mini"
"$PY" export.py --model "$W/ft/blended.pt" --calib "$W/calib.json" --thresholds "$W/thresholds.json" --out "$REPO/models/loupe-mini"

log "8 fixtures, Node check and speed, evaluation report, model card"
"$PY" make_fixtures.py "$REPO/models/loupe-mini"
"$PY" reference_scores.py
node verify_node.mjs "$REPO/models" --bench
"$PY" report.py > "$W/report.md"
"$PY" card.py
log "done"

"""Stage 1: read ../shared/datasets, normalise, map labels (with loss masks), deduplicate, split.

Writes work/data.jsonl: one record per distinct normalised text
{"id", "text", "norm", "source", "lang", "group", "split", "y": [8 ints, -1 = no loss]}.
"""
import csv, gzip, hashlib, json, os, random, re, sys, zipfile, collections
import xml.etree.ElementTree as ET
from loupe_norm import normalize

LABELS = ["divisive", "hate", "offensive", "polarising", "misleading", "false_claim", "clickbait", "conspiracy"]
M = -1
csv.field_size_limit(10**9)


def y(**kw):
    v = [M] * 8
    for k, val in kw.items():
        v[LABELS.index(k)] = val
    return v


def hsplit(group, val=0.1, test=0.1):
    h = int(hashlib.sha1(group.encode("utf-8")).hexdigest()[:8], 16) / 2**32
    return "val" if h < val else ("test" if h < val + test else "train")


def read_xlsx(path):
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(ns + "si"):
            shared.append("".join(t.text or "" for t in si.iter(ns + "t")))
    rows = []
    for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(ns + "row"):
        cells = {}
        for c in row.iter(ns + "c"):
            col = re.match(r"[A-Z]+", c.get("r")).group(0)
            t = c.get("t")
            if t == "inlineStr":
                val = "".join(x.text or "" for x in c.iter(ns + "t"))
            else:
                v = c.find(ns + "v")
                val = v.text if v is not None else ""
                if t == "s":
                    val = shared[int(val)]
            cells[col] = val
        rows.append(cells)
    head = rows[0]
    return [{head[k]: r.get(k, "") for k in head} for r in rows[1:]]


def main(D, out):
    rnd = random.Random(13)
    recs = []

    def add(text, source, lang, group, labels, split=None):
        if not text or not text.strip():
            return
        recs.append({"text": text, "source": source, "lang": lang, "group": source + ":" + group,
                     "split": split or hsplit(source + ":" + group), "y": labels})

    # Davidson (subsample the profanity-heavy "offensive" class)
    rows = list(csv.DictReader(open(f"{D}/davidson_hate_offensive/labeled_data.csv", encoding="utf-8", errors="replace")))
    off = [r for r in rows if r["class"] == "1"]
    rnd.shuffle(off)
    keep = set(id(r) for r in off[:6000])
    for r in rows:
        c = r["class"]
        if c == "1" and id(r) not in keep:
            continue
        lab = {"0": y(divisive=1, hate=1, offensive=1), "1": y(divisive=1, hate=0, offensive=1),
               "2": y(divisive=0, hate=0, offensive=0)}[c]
        add(r["tweet"], "davidson", "en", r[""], lab)
    # OLID training file + official test (via TweetEval)
    for r in csv.DictReader(open(f"{D}/olid_offenseval2019_en/olid-training-v1.0.tsv", encoding="utf-8", errors="replace"), delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["subtask_a"] == "OFF":
            hate = {"GRP": 1, "IND": 0, "OTH": M}.get(r["subtask_c"], 0)
            lab = y(divisive=1, offensive=1, hate=hate)
        else:
            lab = y(divisive=0, offensive=0, hate=0)
        add(r["tweet"], "olid", "en", r["id"], lab, split=hsplit("olid:" + r["id"], 0.1, 0.0))
    tt = open(f"{D}/tweeteval_offensive/test_text.txt", encoding="utf-8", errors="replace").read().split("\n")
    tl = open(f"{D}/tweeteval_offensive/test_labels.txt", encoding="utf-8", errors="replace").read().split()
    for i, (t, l) in enumerate(zip(tt, tl)):
        add(t, "olid", "en", "test%d" % i, y(divisive=int(l), offensive=int(l)), split="test")
    # MLMA EN/FR
    for lang in ("en", "fr"):
        for r in csv.DictReader(open(f"{D}/mlma_hate_speech/extracted/hate_speech_mlma/{lang}_dataset.csv", encoding="utf-8", errors="replace")):
            parts = set(r["sentiment"].split("_"))
            if parts == {"normal"}:
                lab = y(divisive=0, hate=0, offensive=0)
            else:
                amb = "normal" in parts
                lab = y(divisive=M if amb else 1, hate=1 if "hateful" in parts else M,
                        offensive=1 if parts & {"offensive", "abusive"} else M)
            add(r["tweet"], "mlma_" + lang, lang, r["HITId"], lab)
    # CONAN (EN + FR, English translations T1 kept in the group of their original)
    for r in csv.DictReader(open(f"{D}/conan/CONAN.csv", encoding="utf-8", errors="replace")):
        cid = r["cn_id"]
        m = re.match(r"([A-Z]{2})T1(ST\d+HS\d+)CN\d+(P1|P2|T1)?$", cid)
        if not m:
            continue
        orig, hs, suf = m.groups()
        lang = "en" if (orig == "EN" or suf == "T1") else ("fr" if orig == "FR" else None)
        if lang is None:
            continue
        g = orig + hs
        add(r["hateSpeech"], "conan", lang, g, y(divisive=1, hate=1))
        add(r["counterSpeech"], "conan", lang, g, y(divisive=0, hate=0, offensive=0, polarising=0))
    for r in csv.DictReader(open(f"{D}/conan/Multitarget-CONAN.csv", encoding="utf-8", errors="replace")):
        g = "mt:" + normalize(r["HATE_SPEECH"])
        add(r["HATE_SPEECH"], "conan", "en", g, y(divisive=1, hate=1))
        add(r["COUNTER_NARRATIVE"], "conan", "en", g, y(divisive=0, hate=0, offensive=0, polarising=0))
    # POLAR
    for f, sp in (("subtask1_train_eng.csv", None), ("subtask1_dev_eng.csv", "test")):
        for r in csv.DictReader(open(f"{D}/polar_semeval2026_en/{f}", encoding="utf-8", errors="replace")):
            p = int(r["polarization"])
            add(r["text"], "polar", "en", r["id"], y(divisive=p, polarising=p), split=sp)
    # CyberAgressionAdo (FR), split by scenario file
    cdir = f"{D}/cyberagressionado_large/majority_vote"
    for fn in sorted(os.listdir(cdir)):
        if not fn.endswith(".xlsx"):
            continue
        for r in read_xlsx(os.path.join(cdir, fn)):
            h = (r.get("HATE") or "").strip()
            if h == "OAG":
                lab = y(divisive=1, offensive=1)
            elif h == "CAG":
                lab = y(divisive=1)
            elif h == "NAG":
                lab = y(divisive=0, offensive=0, hate=0)
            else:
                continue
            add(r.get("TEXT", ""), "cyberagression", "fr", fn, lab)
    # LIAR (official split)
    for f, sp in (("train.tsv", "train"), ("valid.tsv", "val"), ("test.tsv", "test")):
        for row in csv.reader(open(f"{D}/liar_en/{f}", encoding="utf-8", errors="replace"), delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 3:
                continue
            lab = {"pants-fire": 1, "false": 1, "barely-true": 1, "mostly-true": 0, "true": 0}.get(row[1])
            if lab is None:
                continue
            add(row[2], "liar", "en", row[0], y(misleading=lab, false_claim=lab, conspiracy=0 if lab == 0 else M), split=sp)
    # CONSTRAINT (official split)
    for f, sp in (("Constraint_Train.csv", "train"), ("Constraint_Val.csv", "val"), ("english_test_with_labels.csv", "test")):
        for r in csv.DictReader(open(f"{D}/constraint_covid19_fakenews_en/{f}", encoding="utf-8", errors="replace")):
            lab = 1 if r["label"] == "fake" else 0
            add(r["tweet"], "constraint", "en", sp + r["id"], y(misleading=lab, false_claim=lab, conspiracy=0 if lab == 0 else M), split=sp)
    # FakeNewsNet titles
    for part in ("gossipcop", "politifact"):
        for kind in ("fake", "real"):
            lab = 1 if kind == "fake" else 0
            for r in csv.DictReader(open(f"{D}/fakenewsnet_titles_en/{part}_{kind}.csv", encoding="utf-8", errors="replace")):
                add(r["title"], "fakenewsnet", "en", r["id"], y(misleading=lab, false_claim=lab))
    # Clickbait (subsampled: publisher-labelled, in-domain scores are artefacts)
    for fn, lab in (("clickbait_data.gz", 1), ("non_clickbait_data.gz", 0)):
        lines = [l.strip() for l in gzip.open(f"{D}/clickbait_chakraborty_en/{fn}", "rt", encoding="utf-8", errors="replace") if l.strip()]
        rnd.shuffle(lines)
        for i, t in enumerate(lines[:6000]):
            add(t, "clickbait", "en", fn + str(i), y(misleading=lab, clickbait=lab))
    # MediaEval 5G (positives only)
    for fn in ("5g_corona_conspiracy.json", "other_conspiracy.json"):
        for r in json.load(open(f"{D}/mediaeval2020_5g_conspiracy_en/{fn}", encoding="utf-8", errors="replace")):
            add(r["full_text"], "mediaeval5g", "en", r["id_str"], y(misleading=1, conspiracy=1))
    # QC2022 (FR)
    for r in csv.DictReader(open(f"{D}/qc2022_election_disinfo_fr/qc2022_train_part.csv", encoding="utf-8", errors="replace")):
        lab = 0 if r["label_true"] == "True" else 1
        add(r["text"], "qc2022", "fr", r["no"], y(misleading=lab, false_claim=lab))

    # normalise + deduplicate by normalised text (conflicting labels -> masked)
    by = {}
    order = []
    for r in recs:
        r["norm"] = normalize(r["text"])
        if len(r["norm"]) < 2:
            continue
        k = r["norm"]
        if k in by:
            a = by[k]
            for i in range(8):
                if r["y"][i] == M:
                    continue
                if a["y"][i] == M:
                    a["y"][i] = r["y"][i]
                elif a["y"][i] != r["y"][i]:
                    a["y"][i] = -2  # conflict
            a["dups"] = a.get("dups", 1) + 1
        else:
            by[k] = r
            order.append(k)
    n = 0
    stats = collections.Counter()
    with open(out, "w", encoding="utf-8", errors="replace") as f:
        for k in order:
            r = by[k]
            r["y"] = [M if v == -2 else v for v in r["y"]]
            r["id"] = n
            n += 1
            stats[(r["source"], r["lang"], r["split"])] += 1
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("raw records", len(recs), "distinct", n)
    for k in sorted(stats):
        print(k, stats[k])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

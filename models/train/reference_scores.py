"""tests/fixtures/model/reference-scores.jsonl: ~50 texts with the probabilities PyTorch (fp32, the
calibrated model that was exported) gives, for ONNX / transformers.js parity checks on the TS side.
Each line: {"text", "normalized", "ids", "probs": {label: p}} (texts all fit in one 128-token window)."""
import json, os, subprocess, sys, tempfile
import torch
from model import Cfg, LoupeNet, LABELS
from loupe_norm import normalize

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
TEXTS = [
    "What a beautiful day at the beach with my family ☀️", "Happy birthday @maria! 🎉🎂 #blessed",
    "Just finished my first marathon, so proud!!!", "Anyone know a good pizza place in Lyon?",
    "You are a complete idiot and everyone knows it.", "Shut up you stupid moron",
    "Immigrants are vermin and should be thrown out.", "I hate all of them, those people are animals",
    "Saying 'immigrants are vermin' is disgusting. Stop it.", "I'm a proud gay man and I love my husband.",
    "Muslims are my neighbours and my friends.", "Democrats are destroying this country, they are the enemy.",
    "Republicans want to take everything from us. It's us vs them.", "The city council meets on Tuesday to vote the budget.",
    "You won't believe what this celebrity did next!", "10 things you didn't know about your cat",
    "5G towers spread the coronavirus, wake up people!", "The government is hiding the truth about vaccines. Do your own research.",
    "BREAKING: garlic cures COVID in 24 hours, doctors confirm!", "Fact check: no, garlic does not cure COVID.",
    "Officials reported 532 new cases and 12 deaths today.", "Share before they delete this!!! https://t.co/abc123",
    "Check out my new blog post https://example.com/post?id=3", "RT @news: Election results are in. Turnout was 67%.",
    "lol that game last night was insane 😂😂😂", "this is fucking amazing, best concert ever",
    "Quelle belle journée à la plage avec la famille ☀️", "Joyeux anniversaire @julie ! 🎉",
    "T'es vraiment un gros con, ferme-la.", "Les immigrés sont de la vermine, dehors !",
    "Dire que les immigrés sont de la vermine, c'est de la haine. Arrêtez.", "Je suis fière d'être lesbienne.",
    "Les musulmans sont mes voisins et mes amis.", "Les caquistes détruisent le Québec, c'est nous contre eux.",
    "Le conseil municipal se réunit mardi pour voter le budget.", "Vous ne croirez jamais ce que cette vedette a fait !",
    "Les antennes 5G propagent le virus, réveillez-vous !", "Le gouvernement nous cache la vérité sur les vaccins.",
    "URGENT : l'ail guérit la COVID en 24 heures !", "Vérification des faits : non, l'ail ne guérit pas la COVID.",
    "Les autorités ont signalé 532 nouveaux cas aujourd'hui.", "Partagez avant que ce soit supprimé !!! https://t.co/xyz",
    "Élection 2022 : le taux de participation était de 66 %.", "mdr ce match hier soir c'était n'importe quoi 😂",
    "c'est trop bien ce concert, le meilleur de ma vie", "@USER @USER you are so wrong about this URL",
    "#MAGA #Trump2020 build the wall", "Ils sont tous pourris, ces politiciens", "Women belong in the kitchen",
    "Les femmes n'ont rien à faire en politique",
]


def main():
    model = LoupeNet(Cfg())
    model.load_state_dict(torch.load(os.path.join(HERE, "work", "shipped_calibrated.pt"))["model"])
    model.eval()
    norms = [normalize(t) for t in TEXTS]
    with tempfile.TemporaryDirectory() as d:
        inp, out = os.path.join(d, "in.jsonl"), os.path.join(d, "out.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for n in norms:
                f.write(json.dumps({"norm": n}, ensure_ascii=False) + "\n")
        subprocess.run(["node", os.path.join(HERE, "encode_corpus.mjs"), os.path.join(REPO, "models", "loupe-mini"), inp, out], check=True)
        ids = [json.loads(l) for l in open(out)]
    fix = os.path.join(REPO, "tests", "fixtures", "model")
    os.makedirs(fix, exist_ok=True)
    with open(os.path.join(fix, "reference-scores.jsonl"), "w", encoding="utf-8") as f, torch.no_grad():
        for t, n, i in zip(TEXTS, norms, ids):
            x = torch.tensor([i]); m = torch.ones_like(x)
            p = torch.sigmoid(model(x, m))[0].tolist()
            f.write(json.dumps({"text": t, "normalized": n, "ids": i, "probs": {l: round(v, 6) for l, v in zip(LABELS, p)}},
                               ensure_ascii=False) + "\n")
    print("reference scores", len(TEXTS))


if __name__ == "__main__":
    main()

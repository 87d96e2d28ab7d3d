"""Stage 1b: synthetic, template-generated training texts written for Loupe (EN + FR): identity terms in
neutral and hateful statements, negation, counter-speech and quoting, insults without identity, clickbait,
conspiracy and false-claim styles, debunks and neutral news. Train split only, never evaluated on.
Writes work/synthetic.jsonl (same record format as data.jsonl, source "synthetic")."""
import json, random, sys
from loupe_norm import normalize

L = ["divisive", "hate", "offensive", "polarising", "misleading", "false_claim", "clickbait", "conspiracy"]

EN_G = ["Muslims", "Jews", "women", "gay people", "trans people", "Black people", "immigrants", "refugees",
        "disabled people", "Christians", "Asians", "Mexicans", "Arabs", "lesbians", "Roma", "Hindus"]
FR_G = ["les musulmans", "les juifs", "les femmes", "les homosexuels", "les personnes trans", "les Noirs",
        "les immigrés", "les réfugiés", "les handicapés", "les chrétiens", "les Asiatiques", "les Arabes",
        "les Roms", "les lesbiennes", "les Maghrébins", "les migrants"]
EN_T = {
 "neutral": ["I am proud to work with {g}.", "{G} deserve the same rights as everyone else.", "Many of my friends are {g}.",
             "Our town has welcomed {g} for decades.", "{G} have contributed so much to this country.",
             "I had dinner with some {g} from my neighbourhood last night.", "There is nothing wrong with being one of the {g}.",
             "The documentary about {g} was really moving.", "We should listen to {g} when they talk about discrimination.",
             "Honestly {g} are just people like you and me."],
 "hate": ["{G} are vermin and should be removed.", "I hate {g}, they are all disgusting.", "{G} are animals, not humans.",
          "All {g} are criminals and parasites.", "{G} should not be allowed to live here.", "Kick all {g} out of the country now!",
          "{G} are a disease spreading in our society.", "Never trust {g}, they are all liars and thieves.",
          "The world would be better without {g}.", "{G} are subhuman trash."],
 "negated": ["I don't hate {g}.", "{G} are not criminals.", "It is false that {g} are dangerous.", "No, {g} are not a threat to anyone.",
             "I would never say that {g} are inferior.", "{G} are not vermin, they are human beings."],
 "counter": ["Saying \"{h}\" is hateful and wrong.", "Someone wrote \"{h}\" under my post. This is unacceptable, please report it.",
             "Stop spreading lies like \"{h}\". It is pure hate.", "If you think \"{h}\" you need to educate yourself.",
             "Posts like \"{h}\" are exactly why we need to stand up for {g}.", "\"{h}\" - no. Just no. {G} deserve respect."],
}
FR_T = {
 "neutral": ["Je suis fier de travailler avec {g}.", "{G} méritent les mêmes droits que tout le monde.", "Beaucoup de mes amis sont parmi {g}.",
             "Notre ville accueille {g} depuis des décennies.", "{G} ont beaucoup apporté à ce pays.",
             "J'ai dîné avec des voisins, {g} du quartier, hier soir.", "Le documentaire sur {g} était vraiment touchant.",
             "Il faut écouter {g} quand ils parlent de discrimination.", "Franchement {g} sont des gens comme vous et moi."],
 "hate": ["{G} sont de la vermine, il faut les virer.", "Je déteste {g}, ils sont tous dégoûtants.", "{G} sont des animaux, pas des humains.",
          "{G} sont tous des criminels et des parasites.", "{G} n'ont rien à faire ici, dehors !", "Il faut expulser {g} maintenant !",
          "{G} sont une maladie pour notre société.", "Ne faites jamais confiance à {g}, tous des menteurs et des voleurs.",
          "Le monde serait meilleur sans {g}.", "{G} c'est des sous-hommes."],
 "negated": ["Je ne déteste pas {g}.", "{G} ne sont pas des criminels.", "C'est faux de dire que {g} sont dangereux.",
             "Non, {g} ne sont une menace pour personne.", "Je ne dirai jamais que {g} sont inférieurs."],
 "counter": ["Dire « {h} » c'est haineux et faux.", "Quelqu'un a écrit « {h} » sous mon post. C'est inacceptable, signalez-le.",
             "Arrêtez de propager des mensonges comme « {h} ». C'est de la haine.", "Si vous pensez « {h} », renseignez-vous.",
             "« {h} » : non. {G} méritent le respect."],
}
EN_INSULT = ["You are a complete idiot.", "Shut up, you stupid moron.", "What a pathetic loser you are.", "Go to hell, you clown.",
             "You're too dumb to understand anything.", "Nobody cares about your garbage opinion, dumbass."]
FR_INSULT = ["T'es vraiment un gros con.", "Ferme-la, espèce d'abruti.", "Quel pauvre type tu fais.", "Va te faire voir, bouffon.",
             "T'es trop débile pour comprendre.", "Personne n'en a rien à faire de ton avis de merde, connard."]
EN_POL = ["{P} voters are destroying this country.", "It's us against them: {p} people are the enemy.", "Every {p} supporter is a traitor.",
          "{P} want to take everything from real Americans.", "You are either with us or with the {p} scum."]
FR_POL = ["Les électeurs {p} détruisent ce pays.", "C'est nous contre eux : les {p} sont l'ennemi.", "Tous les partisans {p} sont des traîtres.",
          "Les {p} veulent tout prendre aux vrais Québécois.", "Soit t'es avec nous, soit t'es avec ces ordures de {p}."]
EN_P = ["Democrat", "Republican", "liberal", "conservative", "leftist", "right-wing"]
FR_P = ["de gauche", "de droite", "caquistes", "souverainistes", "fédéralistes", "macronistes"]
EN_MIS = {
 "clickbait": ["You won't believe what {x} did next!", "10 secrets about {x} that will blow your mind", "This one trick about {x} will change your life",
               "What happened to {x} will leave you speechless", "Doctors are stunned by this {x} discovery", "Click here to see the shocking truth about {x}"],
 "conspiracy": ["5G towers are spreading the virus and they are hiding it.", "The elites planned {x} to control us. Wake up!",
                "They don't want you to know the truth about {x}. It's all a cover-up.", "{X} is a hoax created by the global elite.",
                "The government is putting chips in vaccines to track everyone.", "Bill Gates is behind {x}, do your own research."],
 "false": ["BREAKING: {x} cures cancer, doctors confirm!", "Drinking hot water every 15 minutes kills the virus.",
           "Scientists admit {x} causes autism.", "Share before it's deleted: {x} has been banned by the government!",
           "Garlic and lemon cure COVID in 24 hours.", "The election was rigged with millions of fake ballots, 100% proven."],
 "neutral": ["The city council will meet on Tuesday to discuss the {x} budget.", "A new study on {x} was published this week in a peer-reviewed journal.",
             "Officials reported 532 new cases and 12 deaths today.", "The museum reopens on Monday with a new exhibition about {x}.",
             "Here is the schedule for the {x} meeting next week.", "Health authorities recommend washing your hands regularly."],
 "debunk": ["No, 5G does not spread the virus. This claim has been debunked.", "Fact check: the claim that {x} cures cancer is false.",
            "There is no evidence that {x} is a hoax, experts say.", "Be careful: the viral post about {x} is fake, check reliable sources."],
}
FR_MIS = {
 "clickbait": ["Vous ne croirez jamais ce que {x} a fait !", "10 secrets sur {x} qui vont vous époustoufler", "Cette astuce sur {x} va changer votre vie",
               "Ce qui est arrivé à {x} va vous laisser sans voix", "Les médecins sont choqués par cette découverte sur {x}", "Cliquez ici pour voir la vérité choquante sur {x}"],
 "conspiracy": ["Les antennes 5G propagent le virus et on nous le cache.", "Les élites ont planifié {x} pour nous contrôler. Réveillez-vous !",
                "Ils ne veulent pas que vous sachiez la vérité sur {x}. Tout est caché.", "{X} est un canular créé par les élites mondiales.",
                "Le gouvernement met des puces dans les vaccins pour nous pister.", "Bill Gates est derrière {x}, faites vos propres recherches."],
 "false": ["URGENT : {x} guérit le cancer, les médecins confirment !", "Boire de l'eau chaude toutes les 15 minutes tue le virus.",
           "Des scientifiques avouent que {x} cause l'autisme.", "Partagez avant suppression : {x} a été interdit par le gouvernement !",
           "L'ail et le citron guérissent la COVID en 24 heures.", "L'élection a été truquée avec des millions de faux bulletins, c'est prouvé."],
 "neutral": ["Le conseil municipal se réunira mardi pour discuter du budget de {x}.", "Une nouvelle étude sur {x} a été publiée cette semaine.",
             "Les autorités ont signalé 532 nouveaux cas et 12 décès aujourd'hui.", "Le musée rouvre lundi avec une exposition sur {x}.",
             "Voici l'horaire de la réunion sur {x} la semaine prochaine.", "La santé publique recommande de se laver les mains régulièrement."],
 "debunk": ["Non, la 5G ne propage pas le virus. Cette affirmation est fausse.", "Vérification des faits : dire que {x} guérit le cancer est faux.",
            "Aucune preuve que {x} soit un canular, selon les experts.", "Attention : la publication virale sur {x} est fausse, vérifiez vos sources."],
}
EN_X = ["the vaccine", "climate change", "the election", "this celebrity", "the new phone", "coffee", "the pandemic", "the moon landing", "apple cider vinegar", "the school board"]
FR_X = ["le vaccin", "le changement climatique", "l'élection", "cette vedette", "le nouveau téléphone", "le café", "la pandémie", "l'alunissage", "le vinaigre de cidre", "la commission scolaire"]


# everyday personal posts (the app audits people's own posts): not misleading, not divisive
EN_DAY = ["What a beautiful day at the {p} with my {f} {e}", "Happy birthday to my {f}! Love you so much {e}",
          "Anyone know a good {t} in {c}?", "Just got back from {c}, what a trip {e}", "Finally finished {a} today, so proud!",
          "Can't believe how fast the kids are growing {e}", "Sunday brunch with my {f} {e}", "Throwback to our holidays in {c} {e}",
          "Thank you all for the birthday wishes!", "Our new puppy is the cutest thing ever {e}", "Missing {c} already {e}",
          "Best {t} in town, highly recommend!", "Rainy day, staying in with a good book {e}", "Congrats to my {f} on the new job!",
          "Look at this sunset {e}", "We did it! {a} done {e}", "Who's coming to the party on Saturday?", "Cooking dinner for my {f} tonight {e}",
          "Merry Christmas everyone {e}", "Happy new year to all my friends and family!"]
FR_DAY = ["Quelle belle journée à la {p} avec mon {f} {e}", "Joyeux anniversaire à mon {f} ! Je t'aime fort {e}",
          "Quelqu'un connaît un bon {t} à {c} ?", "De retour de {c}, quel voyage {e}", "Enfin fini {a} aujourd'hui, trop fier !",
          "Les enfants grandissent tellement vite {e}", "Brunch du dimanche avec mon {f} {e}", "Souvenir de nos vacances à {c} {e}",
          "Merci à tous pour vos messages d'anniversaire !", "Notre nouveau chiot est trop mignon {e}", "{C} me manque déjà {e}",
          "Le meilleur {t} de la ville, je recommande !", "Journée pluvieuse, je reste au chaud avec un bon livre {e}",
          "Bravo à mon {f} pour son nouveau travail !", "Regardez ce coucher de soleil {e}", "On l'a fait ! {a} terminé {e}",
          "Qui vient à la fête samedi ?", "Je cuisine pour mon {f} ce soir {e}", "Joyeux Noël à tous {e}", "Bonne année à tous mes amis et à ma famille !"]
EN_SLOTS = {"p": ["beach", "park", "lake", "mountains", "farmers market"], "f": ["family", "sister", "best friend", "husband", "wife", "mom", "dad", "grandma"],
            "e": ["☀️", "❤️", "😍", "🎉", "😂", "", "🙏", "🥰"], "t": ["pizza place", "bakery", "dentist", "hairdresser", "coffee shop", "bookstore"],
            "c": ["Lyon", "Montreal", "Lisbon", "Chicago", "Quebec City", "Brighton", "Tokyo"], "a": ["my first marathon", "the renovation", "my thesis", "the puzzle", "my driving test"]}
FR_SLOTS = {"p": ["plage", "campagne", "montagne", "piscine", "fête du village"], "f": ["frère", "meilleur ami", "mari", "père", "grand-père", "cousin", "chéri"],
            "e": ["☀️", "❤️", "😍", "🎉", "😂", "", "🙏", "🥰"], "t": ["restaurant", "boulanger", "dentiste", "coiffeur", "café", "libraire"],
            "c": ["Lyon", "Montréal", "Lisbonne", "Québec", "Marseille", "Bruxelles", "Gaspé"], "a": ["mon premier marathon", "les travaux", "mon mémoire", "le puzzle", "mon permis"]}


def everyday(rnd, T, S, n):
    out = []
    for _ in range(n):
        t = rnd.choice(T)
        kw = {k: rnd.choice(v) for k, v in S.items()}
        kw["C"] = kw["c"]
        out.append(t.format(**kw).strip())
    return out


def cap(s):
    return s[:1].upper() + s[1:]


def lab(**kw):
    v = [-1] * 8
    for k, x in kw.items():
        v[L.index(k)] = x
    return v


def gen(seed=13):
    rnd = random.Random(seed)
    out = []
    for lang, T, G, INS, POL, P, MIS, X in (("en", EN_T, EN_G, EN_INSULT, EN_POL, EN_P, EN_MIS, EN_X),
                                            ("fr", FR_T, FR_G, FR_INSULT, FR_POL, FR_P, FR_MIS, FR_X)):
        for g in G:
            hs = [t.format(g=g, G=cap(g)) for t in T["hate"]]
            for t in T["neutral"]:
                out.append((t.format(g=g, G=cap(g)), lang, lab(divisive=0, hate=0, offensive=0, polarising=0)))
            for h in hs:
                out.append((h, lang, lab(divisive=1, hate=1)))
            for t in T["negated"]:
                out.append((t.format(g=g, G=cap(g)), lang, lab(divisive=0, hate=0, offensive=0)))
            for t in T["counter"]:
                for h in rnd.sample(hs, 3):
                    out.append((t.format(h=h.rstrip(".!"), g=g, G=cap(g)), lang, lab(divisive=0, hate=0, polarising=0)))
        for t in INS:
            out += [(t, lang, lab(divisive=1, offensive=1, hate=0))] * 3
        for t in POL:
            for p in P:
                out.append((t.format(p=p, P=cap(p)), lang, lab(divisive=1, polarising=1, hate=0)))
        for kind, tl in MIS.items():
            for t in tl:
                xs = X if "{x}" in t.lower() else X[:1]
                for x in xs:
                    s = t.format(x=x, X=cap(x))
                    if kind == "clickbait":
                        y = lab(misleading=1, clickbait=1, conspiracy=0)
                    elif kind == "conspiracy":
                        y = lab(misleading=1, conspiracy=1, clickbait=0)
                    elif kind == "false":
                        y = lab(misleading=1, false_claim=1)
                    else:
                        y = lab(misleading=0, false_claim=0, clickbait=0, conspiracy=0, divisive=0, hate=0, offensive=0, polarising=0)
                    out.append((s, lang, y))
    for lang, T, S in (("en", EN_DAY, EN_SLOTS), ("fr", FR_DAY, FR_SLOTS)):
        for t in everyday(rnd, T, S, 500):
            out.append((t, lang, [0] * 8))
    seen, recs = set(), []
    for t, lang, y in out:
        n = normalize(t)
        if n in seen:
            continue
        seen.add(n)
        recs.append({"text": t, "norm": n, "source": "synthetic", "lang": lang, "group": "synthetic", "split": "train", "y": y})
    return recs


if __name__ == "__main__":
    recs = gen()
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("synthetic", len(recs))

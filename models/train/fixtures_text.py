"""Generated (not dataset) texts for the normalisation and tokenizer-parity fixtures."""
import random

EN_WORDS = ("the people government news vaccine election city they we you are is not never always really "
            "amazing terrible lies truth fake share read this before deleted doctors hate love idiots friends "
            "family vote climate border immigrants women men church mosque school teachers police scientists "
            "breaking shocking unbelievable you won't believe what happened next click here free money").split()
FR_WORDS = ("le la les des une un gouvernement élection vaccin médecins vérité mensonge partagez avant "
            "supprimé incroyable choquant ils nous vous sont pas jamais toujours très amis famille voter "
            "climat frontière immigrés femmes hommes église mosquée école enseignants police scientifiques "
            "québécois français où été déjà ça garçon cœur naïf noël âme fenêtre hôpital réalité "
            "regardez vidéo cachée vraiment").split()
EMOJI = ["😂", "🤣", "😡", "👍", "👍🏽", "🇫🇷", "🇨🇦", "🇺🇸", "❤️", "🔥", "💯", "🙏", "👏", "🤔", "😱", "🧐", "👨‍👩‍👧", "✅", "❌", "⚠️", "☕", "♥", "★", "©", "™"]
URLS = ["https://t.co/AbC123xyz", "http://example.com/path?x=1&y=2", "www.lemonde.fr/politique/article.html",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "HTTPS://BIT.LY/3xYz", "https://fr.wikipedia.org/wiki/Québec",
        "http://news.example.org/2020/05/5g-covid", "https://instagram.com/p/Cxyz_12/"]
MENTIONS = ["@john_doe", "@Marie.Curie", "@CNN", "@user123", "@_underscore_", "@élodie", "@a", "@USER"]
TAGS = ["#MAGA", "#Qc2022", "#Québec2022", "#COVID19", "#fakenews", "#StopHate", "#été", "#1", "#_x", "##double"]


def samples(n, seed=7):
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        lang = rnd.random()
        words = EN_WORDS if lang < 0.5 else FR_WORDS
        k = rnd.choice([1, 3, 6, 12, 25, 60, 150])
        toks = []
        for _ in range(k):
            r = rnd.random()
            if r < 0.06: toks.append(rnd.choice(EMOJI))
            elif r < 0.09: toks.append(rnd.choice(URLS))
            elif r < 0.12: toks.append(rnd.choice(MENTIONS))
            elif r < 0.15: toks.append(rnd.choice(TAGS))
            elif r < 0.18: toks.append(rnd.choice(["!!!", "?!", "...", "«", "»", "’", "“", "”", "&amp;", "&lt;3", ",", ".", "-", "(", ")"]))
            else:
                w = rnd.choice(words)
                if rnd.random() < 0.1: w = w.upper()
                elif rnd.random() < 0.1: w = w.capitalize()
                if rnd.random() < 0.04: w = w + w[-1] * rnd.randint(3, 8)
                if rnd.random() < 0.03: w = w.replace("e", "3").replace("a", "@")
                toks.append(w)
        sep = rnd.choice([" ", " ", " ", "  ", "\n", "\t"])
        t = sep.join(toks)
        if rnd.random() < 0.1: t = "RT @someone: " + t
        if rnd.random() < 0.05: t = "  " + t + "   "
        out.append(t)
    return out


TRICKY = [
    "", " ", "\n\t ", "Hello World", "HELLO", "Ça VA? Élodie À l'ÉCOLE", "L’été à Montréal «super»",
    "e\u0301te\u0301 (decomposed accents)", "Tom &amp; Jerry &lt;3 &gt;:( &quot;hi&quot; &#39;x&#39; &apos;y&apos;",
    "&amp;amp; stays once", "&nbsp; is kept", "zero\u200bwidth\ufeffchars", "ctrl\u0007char", "tab\tand\nnewline\r\nend",
    "@USER @USER @USER you are wrong URL", "URL URL URL", "myURL is URLs not URL", "@user:", "email me a@b.com",
    "@john_doe. and @jane.", "@.dots", "RT @cnn: breaking", "rt @a rt @b", "start rt end", "RT without mention",
    "https://t.co/abc https://t.co/def", "see www.example.com.", "(https://example.com/x)", "http:/broken",
    "#MAGA #Trump2020", "#été #Québec", "# alone", "C# and F# code", "##double", "#1 fan", "price #2",
    "soooooo goooood", "!!!!!!!", "????", "ahahahahah", "looool", "aaaa", "aaa", "😂😂😂😂😂", "👍🏽👍🏽",
    "🇫🇷🇫🇷🇫🇷🇫🇷", "hello😂world", "♥♥♥♥", "I ❤️ Paris", "👨‍👩‍👧 family", "Ⓐ circled", "x²+y³", "½ cup",
    "İstanbul", "STRASSE straße", "ΣΊΣΥΦΟΣ", "ﬁne ligature", "Ｆｕｌｌｗｉｄｔｈ", "日本語テキスト", "中文 混合 English",
    "العربية", "emoji at end 🔥", "  leading and trailing  ", "multiple     spaces", "\u00a0nbsp\u00a0inside",
    "\u2028line separator", "dash — and – hyphen", "quotes ‘single’ and “double” „low“ ‟x”", "prime ′ mark",
    "a@user b", "@@double", "@_", "@9gag lol", "mention@inside word", "#hash@mention", "@user#tag",
]


def tricky():
    return list(TRICKY)

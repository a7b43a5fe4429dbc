"""Find the speaker mention next to a reporting verb, without a parser.

News attributions are formulaic: a noun phrase sits just before the verb
(``Putin said``, ``the Russian leader dismissed``, ``Ukrainian President
Volodymyr Zelensky recently admitted``) or just after it (``said Smith``,
``according to a senior official``). These functions find the edges of that
noun phrase over a paragraph's tokens, using closed word classes
(determiners, pronouns, auxiliaries, prepositions) and capitalisation. They
return token index ranges; :mod:`toolkit.speakers` decides who the mention
names.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from . import prefilter as rx

#: a name of a digit and capitals ("3F", "3M"), not a unit or a format ("5G", "4K", "3D")
_DIGIT_NAME = rx.compile(r"\d(?!(?:G|K|D|GB|MB|TB|KB|GW|MW|KW|AM|PM)\b)[A-Z]{1,2}")
_TOKEN = rx.compile(r"\d{1,3}(?:,\d{3})++(?:\.\d+)?+|"
                    r"\w+(?:[’'\-]\w+|(?<=[a-zß-öø-ÿ])/(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])\w+)*+"
                    r"(?:\.(?=\w)\w+)*+(?:\.-[a-z]\w*)?+|[^\w\s]")
# ("U.S.-based": one word; and a name of two joined by a slash, "Bodø/Glimt", but not
# "km/h" nor "US/China")

#: number words: counts and quantities ("about two hundred", "nearly half")
NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "dozen", "dozens", "half", "third", "quarter", "twice", "percent", "fifth", "tenth",
    "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen", "score"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
#: days and months, capitalised but never names ("the High Court on Tuesday", "will double
#: from January,")
CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday", "january", "february", "march", "april", "may", "june", "july",
                      "august", "september", "october", "november", "december"})
#: Balinese birth-order names, which may follow a man's "I" or a woman's "Ni" ("I Made
#: Sukadana", "Ni Wayan Sari")
BALINESE_ORDER_NAMES = frozenset({"wayan", "made", "nyoman", "ketut", "putu", "kadek",
                                  "komang", "gede", "nengah"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her",
                         "its", "their", "our", "my", "your", "another", "one", "two", "three",
                         "several", "some", "many", "both", "other"})
AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "be", "been", "being",
                         "will", "would", "could", "can", "may", "might", "should", "must",
                         "shall", "do", "does", "did", "not", "n't", "’s", "'s"})
# Words that may stand between a subject and its verb: "Putin also said".
BETWEEN = AUXILIARIES | frozenset({
    "also", "again", "later", "then", "once", "still", "already", "even", "never", "often",
    "recently", "previously", "repeatedly", "reportedly", "publicly", "privately", "earlier",
    "further", "first", "last", "initially", "subsequently", "now", "only", "just", "always",
    "himself", "herself", "themselves", "itself", "too", "long", "there"})  # "has long
# argued", "An official there said"
PREPOSITIONS = frozenset({"in", "on", "at", "by", "with", "from", "after", "before", "during",
                          "since", "than", "about", "over", "under", "into", "onto", "amid",
                          "despite", "against", "without", "through", "toward", "towards",
                          "across", "among", "between", "upon", "within", "via", "per", "like",
                          "to", "as"})
# Words that end a noun phrase when met (clause boundaries, conjunctions, verbs).
STOP = PREPOSITIONS | AUXILIARIES | frozenset({
    "that", "which", "who", "whom", "whose", "when", "while", "where", "if", "because",
    "although", "though", "whether", "but", "and", "or", "nor", "so", "yet", "after", "until",
    "unless", "whereas", "however", "meanwhile", "also", "there", "here", "what", "how", "why",
    "not", "no", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me",
    "according", "during", "since", "once", "even", "just", "said", "says", "told"})
#: works a title names, set off after them: 'the weekly programme, "Karjalan Kieli," had'
TITLED_WORKS = frozenset({"programme", "program", "show", "series", "film", "documentary",
                          "book", "novel", "song", "album", "play", "opera", "exhibition",
                          "newspaper", "magazine", "column", "podcast", "game", "painting",
                          "sculpture", "poem"})
#: marks that open a quotation or a title
OPENING_MARKS = frozenset({"“", '"', "„", "«", "‘"})


def work_title_opens(t: Tokens, i: int) -> bool:
    """Whether the mark at token ``i`` opens a work's title set off after the work's noun
    ('the weekly programme, "Karjalan Kieli," had'): a name, no one's words."""
    return i >= 2 and t.low[i] in OPENING_MARKS and t.low[i - 1] == "," and \
        t.low[i - 2] in TITLED_WORKS


# Nouns for documents that "say" things ("the report said").
DOCUMENTS = frozenset({"report", "statement", "letter", "document", "study", "survey", "poll",
                       "memo", "filing", "complaint", "lawsuit", "suit", "indictment", "analysis",
                       "book",
                       "article", "website", "tweet", "post", "video", "ad", "release", "paper",
                       "editorial", "review", "judgment", "ruling", "order", "data", "figures",
                       "assessment", "estimate", "estimates", "research", "findings", "audit",
                       "tally", "count", "census", "projection", "projections", "calculation",
                       "calculations", "investigation", "forecast", "results", "summary",
                       "minutes", "transcript", "records", "documents", "statistics",
                       "inquiry", "circular", "decree", "ordinance", "motion", "petition"})
#: papers cited only as a source ("according to a draft budget"), never as the subject of
#: "said" ("not authorized to discuss the budget said ..." is the official's words)
CITED_PAPERS = frozenset({"budget"})
PERSON_NOUNS = frozenset({"man", "woman", "men", "women", "boy", "girl", "mother", "father",
                          "wife", "husband", "son", "daughter", "friend", "neighbour",
                          "neighbor", "victim", "owner", "parent", "parents", "student",
                          "students", "teacher", "worker", "workers", "farmer", "family",
                          "percent", "%", "majority", "minority", "half", "third",
                          "relative", "brother", "sister", "colleague", "colleagues",
                          "plaintiff", "defendant", "survivor", "patient", "resident",
                          "herder", "pastoralist", "community", "communities",
                          "counterpart", "predecessor", "successor", "opponent", "challenger"})
# ("His Portuguese counterpart, Miguel Pinto-Sousa, rejected the criticism, saying")
#: words of time before a title, no part of a name: "former Tegucigalpa mayor Iris Matamoros"
TIME_QUALIFIERS = frozenset({"former", "then", "acting", "interim", "late", "ex", "outgoing",
                             "incoming", "retired", "veteran", "longtime", "newly", "elected"})
#: words before a place's name that only say which part of it: "from mainland Chile"
PLACE_QUALIFIERS = frozenset({"mainland", "rural", "coastal", "neighbouring", "neighboring"})
#: a part of a place named before it: "in north Jakarta"
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                     "western", "central", "northeast", "northwest", "southeast", "southwest",
                     "northeastern", "northwestern", "southeastern", "southwestern"})
#: the compass words that are adjectives: "northern", "central", "southeastern"
COMPASS_ADJECTIVES = frozenset(w for w in COMPASS if w.endswith(("ern", "ral")))
ABBREV_TITLE = rx.compile(r"^(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*)$")
YEAR_OLD = rx.compile(r"^\d+-year-old$")


@dataclass(frozen=True)
class Tokens:
    """A paragraph's tokens: spans into the article text and lower-cased forms."""

    text: str
    spans: tuple[tuple[int, int], ...]
    low: tuple[str, ...]
    caps: tuple[bool, ...]

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Tokens:
        """Tokens of ``text[start:end]`` (cached: quotes and names read the same paragraphs)."""
        return _tokens_of(text, start, end)

    @classmethod
    def _make(cls, text: str, start: int, end: int) -> Tokens:
        found = list(_TOKEN.finditer(text, start, end))
        words = [m.group() for m in found]
        caps = [w[0].isupper() or (w[0].isdigit() and _DIGIT_NAME.fullmatch(w) is not None)
                for w in words]  # ("The union 3F said": a name that opens on a digit)
        if _has_particle_name(text, start, end):  # (rare: looked for once per paragraph)
            caps = [c or _PARTICLE_NAME.match(w) is not None
                    for c, w in zip(caps, words, strict=True)]
        if _has_elided_name(text, start, end):  # "Amics de l'Albufera": an elided
            # article or preposition before a name's capital
            caps = [c or _ELIDED_NAME.match(w) is not None
                    for c, w in zip(caps, words, strict=True)]
        return cls(text, tuple([m.span() for m in found]), tuple(map(str.lower, words)),
                   tuple(caps))

    def __len__(self) -> int:
        return len(self.spans)

    def word(self, i: int) -> str:
        a, b = self.spans[i]
        return self.text[a:b]

    def is_cap(self, i: int) -> bool:
        return self.caps[i]

    def is_word(self, i: int) -> bool:
        return self.low[i][:1].isalnum()

    def char_span(self, a: int, b: int) -> tuple[int, int]:
        """Character span of tokens ``a`` up to (not including) ``b``."""
        return self.spans[a][0], self.spans[b - 1][1]

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        lo, hi = 0, len(self.spans)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.spans[mid][0] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


#: a name whose lower-case Arabic particle is hyphenated to it ("al-Rashidi", "el-Sisi"):
#: capitalised for every rule that looks for names
_PARTICLE_NAME = rx.compile(r"\b(?:al|el|ad|as|ash|an)-[A-Z]")
_HYPHEN_CAPITAL = rx.compile(r"-[A-Z]")
#: an elided article or preposition that opens a name's word: "l'Albufera", "d'Arc"
_ELIDED_NAME = rx.compile(r"(?:l|d|dell|dall|sull|nell)['’][A-ZÀ-ÖØ-Þ]")
_APOSTROPHE_CAPITAL = rx.compile(r"['’][A-ZÀ-ÖØ-Þ]")


def _has_elided_name(text: str, start: int, end: int) -> bool:
    """Whether :data:`_ELIDED_NAME` occurs in ``text[start:end]`` as a word of its own,
    looked for at each apostrophe before a capital (rare), as :func:`_has_particle_name`
    looks at each hyphen."""
    for h in _APOSTROPHE_CAPITAL.finditer(text, start, end):
        for k in (1, 4):
            a = h.start() - k
            if a >= start and (a == 0 or not text[a - 1].isalnum()) and \
                    _ELIDED_NAME.match(text, a, end):
                return True
    return False


def _has_particle_name(text: str, start: int, end: int) -> bool:
    """Whether :data:`_PARTICLE_NAME` occurs in ``text[start:end]``, looked for at each
    hyphen before a capital (a plain character the engine finds fast) rather than by
    trying the pattern at every letter."""
    for h in _HYPHEN_CAPITAL.finditer(text, start, end):
        for k in (2, 3):
            if h.start() - k >= start and _PARTICLE_NAME.match(text, h.start() - k, end):
                return True
    return False


@lru_cache(maxsize=8192)
def _tokens_of(text: str, start: int, end: int) -> Tokens:
    # a slice of the whole text's tokens, which is what tokenizing the range gives unless
    # a token straddles one of its edges (no token pattern looks behind or past a token)
    whole, starts = _text_tokens(text)
    i = bisect_left(starts, start)
    j = bisect_left(starts, end, i)
    if (i > 0 and whole.spans[i - 1][1] > start) or (j > 0 and whole.spans[j - 1][1] > end):
        return Tokens._make(text, start, end)  # an edge inside a word: tokenize the range
    return Tokens(text, whole.spans[i:j], whole.low[i:j], whole.caps[i:j])


@lru_cache(maxsize=16)
def _text_tokens(text: str) -> tuple[Tokens, list[int]]:
    """The whole article's tokens, once, and where each starts (for bisection)."""
    whole = Tokens._make(text, 0, len(text))
    return whole, [a for a, _ in whole.spans]


#: words ending in -ly that are nouns or adjectives, no adverbs ("The family said")
LY_NOT_ADVERBS = frozenset({"family", "assembly", "supply", "rally", "reply", "monopoly",
                            "anomaly", "butterfly", "italy", "july", "belly", "bully", "jelly",
                            "ally", "holy", "ugly", "elderly", "friendly", "lonely", "costly",
                            "deadly", "orderly", "homily", "melancholy", "lily"})


def name_tail(t: Tokens, i: int) -> bool:
    """Whether token ``i`` is capitalised right after a capitalised word: the last word of a
    name, whatever small word it also is ("Nosy Be")."""
    return t.is_cap(i) and i >= 1 and t.is_cap(i - 1) and t.is_word(i - 1)


def is_adverb(t: Tokens, i: int) -> bool:
    w = t.low[i]
    return (w.endswith("ly") and len(w) > 4 and not t.is_cap(i) and
            w not in LY_NOT_ADVERBS) or \
        (w in BETWEEN and not name_tail(t, i))  # (not a name's last word: "Nosy Be")


#: past forms that are also nouns ("a rate cut"): verbs only before a possessive
BARE_PAST = frozenset({"cut", "set", "put", "hit", "shut", "quit", "spread"})
#: common irregular past tenses, which end no noun phrase by their shape ("The Russian
#: Foreign Ministry went further, saying ...")
IRREGULAR_PAST = frozenset({
    "shot", "drew", "dug", "fed", "forgot", "hung", "lay", "lent", "rode", "rang", "sang", "sank",
    "slept", "stuck", "swept", "tore", "woke", "bore", "bent", "bled", "fled", "forbade", "went",
    "came", "took", "gave", "kept", "left", "held", "ran", "sent", "brought", "thought", "became",
    "began", "stood", "sat", "met", "led", "won", "lost", "paid", "built", "struck", "spoke",
    "broke", "chose", "drove", "flew", "fell", "grew", "knew", "saw", "shook", "threw", "wore",
    "rose", "sought", "fought", "taught", "caught", "bought", "felt", "meant", "heard", "got",
    "did", "had", "made", "sold", "spent", "stole", "swore", "froze", "withdrew", "oversaw",
    "undertook", "overtook", "underwent", "forgave", "mistook"})


def states_noun(t: Tokens, i: int) -> bool:
    """Whether ``states`` at ``i`` is the noun after a count or a people's adjective
    ("Three Nigerian states asked", "EU member states said"), not the verb "to state"."""
    if t.low[i] != "states" or i == 0:
        return False
    prev = t.low[i - 1]
    return prev in lexicon.demonyms() or prev in NUMBER_WORDS or prev[:1].isdigit() or \
        prev in ("other", "member", "u.s.")


def verb_like(t: Tokens, i: int) -> bool:
    """A token that cannot sit inside a noun phrase: an auxiliary or a reporting verb
    (but a document noun before a finite reporting verb is a noun: "a report said")."""
    w = t.low[i]
    if w in AUXILIARIES or (w in IRREGULAR_PAST and not t.is_cap(i)):
        return True
    if w in BARE_PAST and i + 1 < len(t) and (t.low[i + 1] in ("its", "their", "his", "her",
                                                              "our", "off", "short") or
                                               t.low[i + 1][:1].isdigit()):
        return True  # "The central bank cut its rate", "cut off Quarles", "cut 200 jobs"
    if w in BARE_PAST and i + 3 < len(t) and t.low[i + 1] == "the" and \
            t.low[i + 3] in ("at", "to") and t.is_word(i + 2) and not t.is_cap(i + 2):
        return True  # "The administration put the figure at 45%", "cut the rate to 2%"
    if w not in lexicon.reporting_verbs() or t.is_cap(i):
        return False
    if states_noun(t, i):
        return False
    if w == "state" and i + 1 < len(t) and t.low[i + 1] in STATE_OWNED:
        return False  # "according to state media", "state television said": the state's
    if w == "state" and i > 0 and (t.low[i - 1] == "the" or t.is_cap(i - 1)) and \
            i + 1 < len(t) and t.low[i + 1] in lexicon.reporting_verbs():
        return False  # "Farmers in the state said", "... in India's Punjab state said": the
        # place, then the verb
    if i > 0 and (t.low[i - 1] in DETERMINERS or t.low[i - 1] in ("former", "acting")) and \
            i + 1 < len(t) and t.is_word(i + 1) and not t.is_cap(i + 1) and \
            t.low[i + 1] not in STOP and not t.low[i + 1].endswith(("ed", "ly")):
        return False  # "a former state bridge inspector", "the press office": a modifier
    if w in DOCUMENTS and i > 0 and (t.low[i - 1] in DETERMINERS or
                                     t.low[i - 1].endswith(("'s", "’s"))):
        return False  # "the inquiry's report, published last week, said": a noun
    # ("The brand said": a body's noun that is a verb too, before the verb it speaks by)
    return not ((w in DOCUMENTS or lexicon.source_nouns().get(w) is not None) and
                i + 1 < len(t) and (t.low[i + 1] in
                ("said", "says", "found", "finds", "showed", "shows", "estimated", "estimates",
                 "warned", "warns", "concluded", "concludes", "stated", "states", "added") or
                                    perfect_report_after(t, i)))


def perfect_report_after(t: Tokens, i: int) -> bool:
    """A perfect reporting verb follows token ``i`` (``a U.N. report has estimated that``),
    so a word before it that could be a verb (``report``) is its subject noun."""
    if i + 2 >= len(t) or t.low[i + 1] not in ("has", "have", "had"):
        return False
    verb = lexicon.reporting_verbs().get(t.low[i + 2])
    return verb is not None and t.low[i + 2] != verb.lemma and \
        not t.low[i + 2].endswith(("s", "ing"))  # ("has said", "has estimated")


def abbrev_dot(t: Tokens, i: int) -> bool:
    """``.`` that belongs to a title abbreviation (``Lt.``, ``Gen.``, ``J.``)."""
    return t.low[i] == "." and i > 0 and (ABBREV_TITLE.match(t.word(i - 1)) is not None or
                                          t.word(i - 1) in LOWER_FIRM_SUFFIXES) and \
        t.spans[i - 1][1] == t.spans[i][0]


#: lower-case abbreviations that end a firm's name ("Hvalur hf.", "Marel hf.")
LOWER_FIRM_SUFFIXES = frozenset({"hf", "ehf", "plc", "bv", "nv", "oyj", "asa"})


def _abbreviation_in_name(t: Tokens, k: int) -> bool:
    """The dot at ``k`` shortens a word of the name (``Lt.``, ``J.``, ``U.S.``), rather
    than ending the sentence after a short surname (``said Dan Webb. He left.``)."""
    prev = t.word(k - 1)
    return len(prev) == 1 or prev.isupper() or prev.lower() in lexicon.titles() or \
        prev in PLACE_ABBREVIATIONS or not t.is_cap(k + 1)  # ("the canton of St. Gallen")


#: currency names, singular and plural ("2,000 CFA francs", "33 billion Canadian dollars"):
#: after a currency's letters or a demonym they name money, no body and no state
CURRENCY_WORDS = frozenset({
    "crown", "crowns", "kroner", "kronor", "krona", "dollar", "dollars", "franc", "francs",
    "pound", "pounds", "euro", "euros", "peso", "pesos", "rupee", "rupees", "yen", "yuan",
    "rand", "shilling", "shillings", "dinar", "dinars", "dirham", "dirhams", "lira", "reais",
    "ruble", "rubles", "rouble", "roubles", "zloty", "zlotys", "forint", "forints", "lei",
    "hryvnia", "hryvnias", "tenge", "som", "lari", "lek", "leks", "koruna", "naira", "nairas",
    "cedi", "cedis"})


#: abbreviations that open a place's name: "St. Gallen", "Mt. Kenya", "Ft. Lauderdale"
PLACE_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft"})


def singular(w: str) -> str:
    """``officials`` -> ``official``, ``companies`` -> ``company``: a plural's crude
    singular (short words kept)."""
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("men") and len(w) > 5 and w not in ("specimen", "regimen", "abdomen"):
        return w[:-3] + "man"  # "aldermen", "congressmen", "spokesmen"
    if w.endswith(("sses", "shes", "ches", "xes")) and len(w) > 5 and \
            not w.endswith(("headaches", "niches", "caches", "avalanches", "moustaches",
                            "attaches", "quiches")):
        return w[:-2]  # "coaches", "witnesses", "bosses" (not "headaches", "niches")
    if w.endswith("wives"):
        return w[:-3] + "fe"  # "midwives", "housewives"
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def role_noun(w: str) -> bool:
    """A noun for a person or body by role (``adviser``, ``advisers``, ``ministry``)."""
    if "-" in w and w.endswith("s") and (tail := w.rsplit("-", 1)[1]) and \
            w.split("-", 1)[0] not in ("anti", "pro", "non", "ex") and \
            (tail[:-1] in lexicon.titles() or tail[:-1] in PERSON_NOUNS):
        return True  # "bell-players", "tour-guides": people by their trade, in one word
    return any(x in lexicon.titles() or x in lexicon.source_nouns() or x in PERSON_NOUNS
               for x in (w, w[:-1] if w.endswith("s") else w,
                         w[:-3] + "y" if w.endswith("ies") else w,  # ("companies")
                         w[:-3] + "fe" if w.endswith("wives") else w))  # ("midwives")


#: what the state owns that speaks: "state media", "state television", "state news agency"
STATE_OWNED = frozenset({"media", "television", "tv", "radio", "news", "broadcaster",
                         "newspaper", "press"})
#: what a station that speaks broadcasts: "Several private radio stations have said"
BROADCASTING = frozenset({"radio", "television", "tv", "broadcasting"})


def head_ok(t: Tokens, a: int, b: int) -> bool:
    """Whether tokens a..b can name a speaker: a name, pronoun, title or source noun."""
    last = b - 1
    while last > a and t.low[last] == ".":
        last -= 1
    w = t.low[last]
    if t.is_cap(last) and t.is_word(last):
        return True
    if w.isdigit() and last > a and t.is_cap(last - 1):
        return True  # a number closing a name: "United Machinists Local 212"
    if w in LOWER_FIRM_SUFFIXES and last > a and t.is_cap(last - 1):
        return True  # "Hvalur hf."
    if w in SUBJECT_PRONOUNS or YEAR_OLD.match(w):
        return True
    if w.endswith("men") and len(w) > 5 and singular(w) != w and t.is_word(last) and \
            all(t.is_word(x) for x in range(a, last)):
        return True  # "Boatmen who ferry tourists to ... say": a trade's men, as a group (and
        # "Maine lobstermen welcomed ..., saying")
    if w == "park" and t.low[a] == "the" and last - a <= 2 and not t.is_cap(last):
        return True  # "..., the national park said": a park's authority (not "Park", a name)
    if w == "states" and last > a and (t.low[last - 1] in lexicon.demonyms() or
                                       t.low[last - 1] == "member"):
        return True  # "Three Nigerian states said", "EU member states said": governments
    if w in ("city", "town", "village", "county") and last == a + 1 and t.low[a] == "the":
        return True  # "The city said it would not pay": a municipality speaks (and "The
        # county admitted": Kisumu County)
    if w in ("city", "town", "county") and last > a and t.is_cap(last - 1) and \
            t.is_word(last - 1) and (last == a + 1 or (
                last == a + 2 and t.is_cap(a) and t.low[a].endswith(("'s", "’s")) and
                t.low[a][:-2] in lexicon.places())) and \
            not t.low[last - 1].endswith(("'s", "’s")) and \
            t.low[last - 1] not in lexicon.demonyms() and \
            t.low[last - 1] not in DETERMINERS and t.low[last - 1] not in STOP:
        return True  # "Kyoto city said it would raise grants": the city by its name (and
        # "Kenya's Kakamega county has banned ..., saying": a county government)
    if w in ("station", "stations") and last > a and t.low[last - 1] in BROADCASTING:
        return True  # "Several private radio stations have said": broadcasters
    if w == "sides" and last == a + 1 and t.low[a] in ("both", "all"):
        return True  # "..., both sides said": the parties just named, together
    if w.endswith(("’s", "'s")):
        return False
    if any(h + 1 < last and t.low[h + 1] in ("on", "in", "from", "at", "near", "along",
                                             "among") and
           t.low[h].endswith(("s", "men")) and
           (role_noun(t.low[h]) or agent_noun(singular(t.low[h]))) and t.is_word(a) and
           all((t.is_word(x) or plural_possessive(t, x)) and (x == a or not t.is_cap(x))
               for x in range(a, h))
           for h in (a, a + 1, a + 2, a + 3)):  # (and "Tea plantation workers in ...",
        # "Farmers' unions in India's Punjab state", "craftsmen in the Kakheti region", "Hotel
        # and restaurant owners on the beachfront")
        return True  # "Residents on the Pakistani side", "Fishermen on Halmahera island",
        # "Maasai herders in Tanzania's Ngorongoro conservation area": people by where they are
    behind = next((x for x in range(a + 1, last) if t.low[x] == "behind"), None)
    if behind is not None and t.low[behind - 1].endswith("s") and \
            (role_noun(t.low[behind - 1]) or agent_noun(t.low[behind - 1])):
        return True  # "The ski lift operators behind the project": the operators
    if any(x in lexicon.titles() or x in lexicon.source_nouns() or x in DOCUMENTS
           or x in PERSON_NOUNS for x in (w, singular(w))) or ("-" in w and role_noun(w)):
        return True  # (and "bell-players": a trade in one hyphenated word)
    of = next((x for x in range(a + 1, last) if t.low[x] == "of"), None)
    if of is not None and t.low[of - 1] in lexicon.titles() and not t.is_cap(of - 1):
        return True  # "The governor of Santa Fe province": the office heads the phrase
    # "the announcer", "a commentator": an agent noun after a determiner, not the object
    # of a preposition ("people familiar with the matter said")
    # ("Some performers said", "Several marine biologists said": a group by what they do)
    if w.endswith("s") and agent_noun(w) and last - a <= 3 and \
            (t.low[a] not in NUMBER_WORDS or
             (t.low[a] in MULTITUDES and t.low[a + 1] == "of")) and \
            t.low[a] not in QUANTIFIERS and \
            (a == 0 or t.low[a - 1] in (".", "“", '"', "but", "—") or
             # ("..., and conservationists warn": a second clause's own subject)
             (a >= 2 and t.low[a - 1] == "and" and t.low[a - 2] == ",") or
             # ("..., saying they caused fires, while ornithologists say": a contrasted
             # clause's own subject)
             (a >= 2 and t.low[a - 1] in ("while", "whereas") and t.low[a - 2] == ",") or
             # ("..., harvesters said": a final attribution's group)
             (t.low[a - 1] == "," and last + 1 < len(t) and
              t.low[last + 1] in lexicon.reporting_verbs()) or
             (a >= 2 and t.low[a - 1] == "of" and t.low[a - 2] in MULTITUDES) or
             # ("..., which boaters say could price them out": a gap clause's own group)
             (t.low[a - 1] in ("which", "that") and last + 1 < len(t) and
              t.low[last + 1] in lexicon.reporting_verbs()) or
             (t.low[a - 1] == "and" and a >= 2 and t.low[a - 2].endswith("s") and
              (agent_noun(t.low[a - 2]) or role_noun(t.low[a - 2]))) or
             # ("..., prompting Iranian hauliers to warn that": the group a fact moves to speak)
             (t.low[a - 1] in ("prompting", "prompted", "leading", "led") and
              last + 2 < len(t) and t.low[last + 1] == "to" and
              t.low[last + 2] in lexicon.reporting_verbs())) and \
            all(t.is_word(x) and (not t.is_cap(x) or x == a) for x in range(a, last + 1)):
        return True  # "Cattle breeders said", "Young content creators criticised": a group
        # by what they do, opening the sentence (and "Hundreds of stallholders say")
    return last > a and t.low[a] in ("the", "a", "an", "one", "another", "some", "many",
                                     "several", "other") and \
        not (a > 0 and t.low[a - 1] in PREPOSITIONS and
             not (t.low[a - 1] in CLAUSE_OPENERS and b < len(t) and
                  t.low[b] in lexicon.reporting_verbs() and
                  (t.low[b].endswith("ed") or t.low[b] in ("said", "says", "told")))) and \
        agent_noun(w)
    # ("after the assistant said ...": a clause's subject behind a subordinator)


#: prepositions that are also subordinators, opening a clause of their own with its subject
CLAUSE_OPENERS = frozenset({"after", "before", "since"})


AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ers", "ors", "ists", "ians")
NOT_AGENTS = frozenset({
    "matter", "number", "letter", "paper", "order", "center", "centre", "water", "power",
    "border", "summer", "winter", "quarter", "chapter", "corner", "manner", "answer", "weather",
    "computer", "sector", "factor", "error", "interior", "content", "percent", "moment",
    "event", "incident", "accident", "other", "another", "either", "neither", "together",
    "however", "whether", "further", "rather", "better", "latter", "former", "never", "wonder",
    "chamber", "cancer", "disorder", "trigger", "shelter", "theater", "theatre", "monitor"})


def agent_noun(w: str) -> bool:
    """A word shaped like a noun for a person by what they do (announcer, commentator)."""
    if "-" in w and w.count("-") == 1 and (head := w.split("-"))[0].isalpha() and \
            len(head[0]) > 1:  # "shoe-shiners", "bell-ringers": a trade by its last word
        w = head[1]
    return (len(w) > 5 and w.isalpha() and w.endswith(AGENT_SUFFIXES) and
            not w.endswith(("ment", "ments")) and w not in NOT_AGENTS) or \
        (len(w) > 6 and w.isalpha() and
         w.endswith(("sman", "smen", "rman", "rmen", "tman", "tmen", "yman", "ymen", "smith",
                     "smiths")))
    # (and a trade's man: "craftsmen", "boatmen", "ferrymen"; "silversmiths", "blacksmiths")


def _opening_trade(t: Tokens, x: int, lo: int) -> bool:
    """A capitalised plural agent noun opening the clause before a place ("Landowners on the
    island of Kerrin say"): people by what they do, capitalised only because they come first
    (not a name such as "Peters of the Green Party")."""
    return x == lo and t.low[x].endswith(("ers", "ors")) and (t.low[x + 1] in (
        "on", "in", "near", "at", "from", "around", "along", "among") or (
            # ("Restorers of the wooden churches on Chiloé island say": what they work on;
            # "Survivors of the 2018 eruption ... accused": what they lived through)
            t.low[x + 1] == "of" and x + 3 < len(t) and t.low[x + 2] == "the" and
            not t.is_cap(x + 3)))


def plural_possessive(t: Tokens, k: int) -> bool:
    """Token ``k`` is the apostrophe of a plural possessive inside a noun phrase
    (``the truck drivers’ union``, ``the Midwives' Association``), not a quotation mark."""
    return t.low[k] in ("'", "’") and 0 < k < len(t) - 1 and t.low[k - 1].endswith("s") and \
        t.spans[k - 1][1] == t.spans[k][0] and t.is_word(k + 1) and \
        t.spans[k][1] < t.spans[k + 1][0]


#: what an appositive calls a body whose name joins two words with "and"
BODY_APPOSITIVES = frozenset({"group", "charity", "organisation", "organization", "union",
                              "association", "company", "firm", "chain", "foundation"})
#: the members a union or an association may be named for: "Commercial Workers"
MEMBER_PLURALS = frozenset({"workers", "employees", "machinists", "teamsters", "nurses",
                            "teachers", "pilots", "judges", "magistrates", "physicians"})


#: what a government portfolio's name ends in ("Energy and Mines Minister")
_PORTFOLIO_HEADS = frozenset({"minister", "ministry", "secretary", "department"})


def portfolio_and(t: Tokens, k: int) -> bool:
    """Token ``k`` is an ``and`` joining a minister's two fields (``Energy and Mines Minister
    Raúl Paredes``): one title, so one subject."""
    if t.low[k] != "and" or k == 0 or k + 2 >= len(t) or not t.is_cap(k - 1) or \
            not t.is_cap(k + 1) or t.low[k + 1] in _PORTFOLIO_HEADS:
        return False
    if k >= 2 and t.is_cap(k - 2) and t.low[k - 2] not in ("the", "a", "an"):
        return False  # ("President Ruto and Foreign Minister Mudavadi": two people)
    return any(t.low[y] in _PORTFOLIO_HEADS for y in range(k + 2, min(len(t), k + 4))
               if all(t.is_cap(x) for x in range(k + 1, y + 1)))


#: fields a public body is named for: "Forestry and Land Scotland"
FIELD_WORDS = frozenset({"forestry", "land", "water", "energy", "food", "health", "environment",
                         "heritage", "culture", "sport", "transport", "housing", "agriculture",
                         "education", "nature", "marine"})


#: what ends a family firm's name after "and": "Thwaite and Sons", "Brown and Partners"
FAMILY_FIRM_ENDS = frozenset({"sons", "daughters", "partners", "brothers", "co", "co."})


def and_in_name(t: Tokens, k: int) -> bool:
    """Token ``k`` is an ``and`` inside a body's name: capitalised words on both sides and
    an institution noun ending the run after it (``Food and Drug Administration``)."""
    if t.low[k] == "and" and k >= 3 and k + 2 < len(t) and t.low[k + 1] == "the" and \
            t.is_cap(k + 2) and t.is_cap(k - 1) and \
            (k + 3 >= len(t) or not t.is_cap(k + 3)) and \
            any(t.low[x] in ("for", "of") and x >= 1 and
                t.low[x - 1] in lexicon.institution_nouns() and t.is_cap(x - 1)
                for x in range(max(0, k - 4), k - 1)):
        return True  # "the National Commission for Culture and the Arts": one body's fields
    if t.low[k] == "and" and k + 2 < len(t) and t.low[k + 1] == "the" and t.is_cap(k + 2) and \
            any(" ".join((*t.low[a:k], "and the", re.sub(r"['’]s$", "", t.low[k + 2])))
                in lexicon.places()
                for a in (k - 1, k - 2) if a >= 0 and all(t.is_cap(x) for x in range(a, k))):
        return True  # "St Vincent and the Grenadines": one country
    if t.low[k] != "and" or k == 0 or k + 1 >= len(t) or not t.is_cap(k + 1):
        return False
    if t.low[k + 1] in FAMILY_FIRM_ENDS and t.is_cap(k - 1) and \
            (k + 2 >= len(t) or not t.is_cap(k + 2)):
        return True  # "Thwaite and Sons": a family firm's name
    if any(" ".join((*t.low[a:k], "and", *t.low[k + 1:b - 1],
                     re.sub(r"['’]s$", "", t.low[b - 1]))) in lexicon.places()
           for a in (k - 1, k - 2) if a >= 0 and all(t.is_cap(x) for x in range(a, k))
           for b in (k + 2, k + 3) if b <= len(t) and all(t.is_cap(x) for x in range(k + 1, b))):
        return True  # "São Tomé and Príncipe's largest cocoa cooperative": one country
    owners = k >= 2 and plural_possessive(t, k - 1) and t.is_cap(k - 2)  # ("Travel Agents'
    # and Tour Operators' Association": members on both sides)
    if not t.is_cap(k - 1) and not owners:
        return False
    j = k + 1
    while j + 1 < len(t) and ((t.is_cap(j + 1) and t.is_word(j + 1)) or
                              (plural_possessive(t, j + 1) and
                               (owners or (j + 2 < len(t) and t.is_cap(j + 2))))):
        j += 1  # (and "Kenya Plantation and Agricultural Workers' Union": members, then the
        # union)
    if k >= 2 and t.is_cap(k - 2) and t.is_word(k - 2) and \
            t.low[k - 2] not in ("the", "a", "an") and \
            t.low[k - 1] in lexicon.company_words() and not _in_of_phrase(t, k) and \
            not (t.low[j] in ("department", "authority", "commission", "board", "agency",
                              "company", "corporation", "directorate", "ministry",
                              "administration", "institute") and t.is_cap(j)):
        return False  # "Arcforge Interactive and Bluepeak Games": two firms, each named whole
        # (but "Ministry of Natural Resources and Tourism": one ministry's portfolios, and
        # "Detroit Water and Sewerage Department", "Norwegian Water Resources and Energy
        # Directorate": one public body)
    if (k == 1 or not t.is_cap(k - 2)) and t.word(k - 1).isupper() and \
            len(t.word(k - 1)) >= 2:
        return False  # "the BBC and Voice of America": a body by its acronym, then another
    if t.low[j] in lexicon.institution_nouns() or acronym_after(t, j + 1) is not None:
        return True
    if j - k == 2 and (k < 2 or not t.is_cap(k - 2)) and \
            lexicon.places().get(t.low[j], ("",))[0] in ("country", "region") and \
            (t.low[k - 1].endswith("s") or t.low[k - 1] in FIELD_WORDS) and \
            (t.low[k + 1].endswith("s") or t.low[k + 1] in FIELD_WORDS):
        return True  # "Fisheries and Oceans Canada", "Forestry and Land Scotland": a public
        # body named for its fields and its country or nation
    if t.low[j] in MEMBER_PLURALS and k >= 2 and t.is_cap(k - 2) and t.is_word(k - 2) and \
            not (j + 1 < len(t) and t.low[j + 1] in ("'", "’")):
        return True  # "the United Food and Commercial Workers": a union named for its members
    if j + 2 < len(t) and t.low[j + 1] == "," and t.low[j + 2] in ("a", "an") and \
            any(t.low[y] in BODY_APPOSITIVES for y in range(j + 3, min(len(t), j + 7))):
        return True  # "Forest and Bird, a conservation group, said": one body
    # "National Association of Circuit Magistrates and District Judges": inside the "of"
    # phrase of a body's name
    return _in_of_phrase(t, k)


def _in_of_phrase(t: Tokens, k: int) -> bool:
    """Whether token ``k`` lies inside the "of" or "for" phrase of a body's name
    (``Ministry of Natural Resources and Tourism``)."""
    x = k - 1
    while x > 0 and (t.is_cap(x - 1) or t.low[x - 1] in ("of", "for")) and t.is_word(x - 1):
        x -= 1
    return any(t.low[y] in ("of", "for") and t.low[y - 1] in lexicon.institution_nouns()
               for y in range(x + 1, k))


def comma_in_name(t: Tokens, k: int) -> bool:
    """Token ``k`` is a comma inside a body's name that lists its members (``Kenya Medical
    Practitioners, Pharmacists and Dentists Union``): capitalised words on both sides and an
    ``and`` after it that :func:`and_in_name` takes."""
    if t.low[k] != "," or k == 0 or not t.is_cap(k - 1) or not t.is_word(k - 1):
        return False
    j = k + 1
    while j < len(t) and t.is_cap(j) and t.is_word(j):
        j += 1
    return j > k + 1 and j < len(t) and and_in_name(t, j)


def acronym_after(t: Tokens, k: int) -> str | None:
    """The acronym in brackets at token ``k`` (``... Care Excellence (NICE)``): the name
    before it is one body's, and the acronym is its short name."""
    if k + 2 < len(t) and t.low[k] == "(" and t.low[k + 2] == ")":
        word = t.word(k + 1)
        if 2 <= len(word) <= 6 and word.isalpha() and word[0].isupper() and \
                sum(c.isupper() for c in word) >= 2:
            return word  # ("(NICE)", "(AfD)")
    return None


def _small_name_word(t: Tokens, k: int, a: int, b: int) -> bool:
    """A capitalised small word between two capitalised words of a name, inside ``a..b``:
    "Doctors Without Borders", "Kick It Out"."""
    return a < k < b - 1 and t.is_cap(k) and t.is_cap(k - 1) and t.is_cap(k + 1) and \
        t.low[k - 1] not in STOP


def town_particle(t: Tokens, k: int) -> bool:
    """Token ``k`` is the ``ob``/``an``/``am``/``im`` inside a town's name, before ``der``,
    ``dem`` or ``den`` and a capital: "Rothenburg ob der Tauber", "Frankfurt an der Oder"
    ("an" there is no article). Callers check the name's word before it."""
    return t.low[k] in ("ob", "an", "am", "im") and k + 2 < len(t) and \
        t.low[k + 1] in ("der", "dem", "den") and t.is_cap(k + 2)


def given_per(t: Tokens, k: int) -> bool:
    """Token ``k`` is a capitalised "Per" before another capitalised word: the Scandinavian
    given name ("Per Arne Lunde", "Per Lunde"), not the preposition ("Per the contract")."""
    return t.low[k] == "per" and t.is_cap(k) and k + 1 < len(t) and t.is_cap(k + 1) and \
        t.is_word(k + 1)


def name_an(t: Tokens, k: int) -> bool:
    """Token ``k`` is a capitalised "An" closing a name (``Hoi An``), no article."""
    return t.low[k] == "an" and t.is_cap(k) and k > 0 and t.is_cap(k - 1) and \
        t.is_word(k - 1) and t.low[k - 1] not in STOP


#: events a story names, then says who speaks of them in a relative clause with no "that":
#: "in a case prosecutors say shows how deep corruption runs"
EVENT_BEFORE_VOICE = frozenset({"case", "scandal", "deal", "move", "plan", "decision", "project",
                                "policy", "measure", "law", "bill", "attack", "incident",
                                "operation", "reform", "scheme", "crackdown", "ruling"})
#: the groups who speak in such a clause
RELATIVE_VOICES = frozenset({"prosecutors", "investigators", "police", "officials", "experts",
                             "critics", "residents", "activists", "analysts", "authorities",
                             "scientists", "researchers", "opponents", "campaigners",
                             "environmentalists", "economists", "diplomats", "lawyers"})


def _np_word_left(t: Tokens, k: int, head: int) -> bool:
    w = t.low[k]
    if k + 1 == head and k > 0 and w in EVENT_BEFORE_VOICE and t.low[k - 1] in ("a", "an") \
            and t.low[head] in RELATIVE_VOICES and head + 1 < len(t) and \
            t.low[head + 1] in ("say", "says", "said", "believe", "believed", "allege"):
        return False  # "in a case prosecutors say shows": the event, then its speakers
    if w == "think" and k < head and t.low[k + 1] == "tank":
        return True  # "the Funcas think tank said": a noun, no verb
    if w == "and" and k < head and and_in_name(t, k):
        return True
    if w == "and" and k > 0 and k + 2 <= head and t.is_word(k - 1) and t.is_word(k + 1) and \
            not t.is_cap(k + 1) and t.low[k + 1] not in STOP and t.low[k - 1] not in STOP and \
            t.low[k + 2].endswith("s") and not t.is_cap(k + 2) and role_noun(t.low[k + 2]) and \
            not any(role_noun(t.low[x]) or t.low[x].endswith(("s", "ed")) or verb_like(t, x)
                    or t.low[x] in lexicon.reporting_verbs() for x in (k - 1, k + 1)):
        return True  # "hotel and restaurant owners": two modifiers of one group's head
    if abbrev_dot(t, k) or (k < head and plural_possessive(t, k)):
        return True
    if w == "&":  # "Hollis & Pryce", "Procter & Gamble": inside a name
        return 0 < k < head and t.is_cap(k - 1) and t.is_cap(k + 1)
    if not t.is_word(k):
        return False
    if w in NAME_PARTICLES and 0 < k < head and t.is_cap(k - 1) and t.is_cap(k + 1):
        return True  # "Vale do Sertão": a particle inside a name
    if t.is_cap(k):
        if w in STOP and _small_name_word(t, k, 0, head + 1):
            return True  # "Kick It Out", "Stand Up To Racism": a small word inside a name
        if name_an(t, k):
            return True  # "the Vietnamese town of Hoi An": a name's last word, no article
        if k + 1 <= head and given_per(t, k):
            return True  # "Per Arne Lunde": the Scandinavian given name, no preposition
        return w not in STOP or w in ("i",) or (len(w) > 1 and t.word(k).isupper())
    if k < head and w in lexicon.reporting_verbs() and w not in AUXILIARIES and \
            w not in STOP and not w.endswith(("ed", "ing")):
        return True  # a noun modifier: "state television", "press office"
    if w == "ruling" and k < head and t.low[k + 1] in ("party", "coalition", "parties"):
        return True  # "ruling party lawmakers": an adjective
    if w.endswith("ed") and k > 0 and t.low[k - 1] in DOCUMENTS:
        return False  # "The report cited officials who said": the document's verb
    if w.endswith("ed") and k > 0 and t.low[k - 1] in ("that", "which", "who"):
        return False  # "lawsuits that involved small businesses": a relative clause's verb
    return w not in STOP and not verb_like(t, k)


#: a count or quantifier that can stand for people as a subject: "two said", "others said"
QUANTIFIERS = frozenset({"two", "three", "four", "five", "six", "several", "others", "many",
                         "most", "both", "few", "some", "all"})
#: what an aside calls a group the story names by a word of their own: "the haenyeo, the
#: women who free-dive"
PEOPLE_ASIDES = frozenset({"women", "men", "people", "families", "fishermen", "farmers"})
#: where a group of people lives: "parents in the area", "residents in the town"
LOCALITIES = frozenset({"area", "town", "city", "village", "region", "neighborhood",
                        "neighbourhood", "community", "district", "county", "valley", "state",
                        "plateau", "island", "coast", "delta", "peninsula", "archipelago"})
#: places where people work, after a town's name: "A trader in Maroua's central market"
WORKPLACES = frozenset({"market", "bazaar", "port", "harbour", "harbor"})
#: kinds of place named "the <adjective> <kind> of <Name>": "the Swiss canton of Valais"
PLACE_KINDS = frozenset({"canton", "province", "state", "region", "county", "district",
                         "prefecture", "city", "town", "village", "island", "governorate"})
#: nouns that end a named place: "the Khayelitsha township", "the Turtle Lake district"
NAMED_PLACE_HEADS = PLACE_KINDS | {"township", "neighbourhood", "neighborhood", "suburb",
                                   "valley", "islands", "quarter", "area", "estate", "camp",
                                   "settlement", "municipality"}
#: closing quotation marks, after which a bare "one wrote" is one of a group
QUOTE_CLOSERS = frozenset({"”", '"', "’", "'"})
#: bodies named for the things they are charged with: "the museums and monuments board"
CHARGED_BODIES = frozenset({"board", "commission", "authority", "council", "agency", "office",
                            "service", "department", "ministry", "institute", "committee",
                            "trust", "foundation", "directorate", "inspectorate"})
#: who speaks for a body: "A spokesman for the consortium ... said"
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})
#: counts of a crowd: "Hundreds of residents", "Dozens of workers"
MULTITUDES = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})
#: counts that take a part of a group named before: "One of them said"
PART_OF = frozenset({"one", "two", "three", "some", "both", "each", "neither", "either", "most",
                     "many", "several", "all", "none"})
QUANTIFIER_OPENERS = frozenset({",", "though", "although", "but", "and", "while", "the", ";",
                                "with"})  # (", with some warning the journey could kill them")


def group_noun_at(t: Tokens, k: int) -> bool:
    """Whether token ``k`` is a plural noun for people by role or trade, in lower case
    (``groups``, ``officials``, ``growers``): the antecedent a relative ``that`` may have."""
    return t.low[k].endswith("s") and t.is_word(k) and not t.is_cap(k) and \
        (role_noun(t.low[k]) or agent_noun(t.low[k]))


def trade_plural(w: str) -> bool:
    """A plural noun for people by role or trade (``stallholders``, ``porters``,
    ``drivers``): a group that can open a clause and speak."""
    return w in COLLECTIVE_STAFF or (w.endswith("s") and (role_noun(w) or agent_noun(singular(w))))


#: collective nouns for the people of a workplace: "Staff at the Savitsky Museum say"
COLLECTIVE_STAFF = frozenset({"staff", "personnel"})


#: prepositions that say where a group is: "Teachers at a school in Harare"
GROUP_PLACE_PREPOSITIONS = ("at", "in", "near", "from", "outside", "inside", "on")
#: adjectives that may open a group's name at the start of a sentence: "Indigenous leaders"
GROUP_ADJECTIVES = frozenset({"indigenous", "local", "young", "older", "elderly", "small",
                              "independent", "international", "foreign", "rural", "former"})


def _group_adjective(t: Tokens, k: int, demonym_only: bool = False) -> bool:
    """Token ``k`` opens a sentence's group as its adjective: a demonym ("Palestinian
    farmers") or, unless ``demonym_only``, a word such as "Indigenous" or "Local"."""
    return t.is_cap(k) and (t.low[k] in lexicon.demonyms() or
                            (not demonym_only and t.low[k] in GROUP_ADJECTIVES))


def _group_at_place(t: Tokens, a: int, j: int, lo: int) -> int | None:
    """Where a group opening the clause at ``lo`` (past an adjective such as "Indigenous")
    is named, when the words up to ``j`` say where it is (``Parents at a primary school in
    Harare's Mbare suburb``): the clause's start, else None. A gloss set off between commas
    on the way is passed over (``Makers of the carriel, the leather shoulder bag of
    Colombia's coffee region, in the Andean town of Jericó``)."""
    x, floor = a, max(lo, j - 16)
    skipped: set[int] = set()
    while x - 1 >= floor:
        x -= 1
        if t.low[x] == "," and x - 1 > lo and \
                (y := next((y for y in range(x - 1, max(lo, x - 14), -1) if t.low[y] == ","),
                           None)) is not None and y + 1 < x and \
                t.low[y + 1] in ("the", "a", "an") and \
                all(t.is_word(z) or t.low[z] in ("'s", "’s") for z in range(y + 1, x)):
            floor = max(lo, floor - (x - y + 1))
            skipped.update(range(y, x + 1))
            x = y  # (past the gloss, to the words before its opening comma)
            continue
        if (not t.is_word(x) and not plural_possessive(t, x)) or \
                t.low[x] in ("was", "were", "is", "are", "had", "has", "but") or \
                (not t.is_cap(x) and t.low[x].endswith("ed") and x + 1 < len(t) and
                 t.low[x + 1] in ("the", "a", "an", "its", "their")) or \
                (not t.is_cap(x) and t.low[x] in lexicon.reporting_verbs() and
                 t.low[x].endswith(("ed", "aid"))):
            return None  # (a verb between: "Scientists at a university said the bloom was
            # the largest ... and urged": no place phrase, a clause; "Dive operators in Tofo
            # welcomed the rules but said")
        if (x == lo or (x == lo + 1 and _group_adjective(t, lo)) or
                # ("Bicycle rental shops outside the Sukhothai Historical Park said": a trade
                # of three words; not "Thousands of homeowners from ... marched")
                (x in (lo + 1, lo + 2) and t.is_cap(lo) and not t.is_cap(lo + 1) and
                 t.low[lo + 1] not in ("of", "and", "or") and
                 t.low[lo] not in ("thousands", "hundreds", "dozens", "millions") and
                 all(t.is_word(y) and t.low[y] not in DETERMINERS for y in range(lo, x)))) and \
                t.low[x].endswith(("s", "men")) and role_noun(t.low[x]) and \
                (t.low[x + 1] in GROUP_PLACE_PREPOSITIONS or (
                    t.low[x + 1] == "of" and any(
                        t.low[p] in GROUP_PLACE_PREPOSITIONS and
                        all(y in skipped or (t.is_word(y) and (not t.is_cap(y) or y > x + 2))
                            for y in range(x + 2, p))
                        for p in range(x + 3, min(a, x + 9 + len(skipped)))))):
            return lo  # (and "Indigenous leaders from villages along the river said";
            # "Makers of hand-drawn batik in the Indonesian city of Yogyakarta say": what
            # they make, then where; "Painters at the artists' colony in ... Počitelj"; and
            # a name inside what they make: "Performers of the Hahoe mask dance in ...")
    return None


#: the forms of "accuse" that open a reported charge: "accused X of ..."
ACCUSING = frozenset({"accused", "accuses", "accusing", "accuse"})
#: passive participles that tell a charge after a noun: "a senator accused of fraud"
CHARGED_WITH = frozenset({"accused", "charged", "suspected", "convicted"})
#: what is done to a person, whose participle with its reason can follow the person as a
#: subject: "A skier disqualified from the race for using banned wax said"
SANCTIONED = frozenset({"disqualified", "banned", "fined", "suspended", "jailed", "sacked",
                        "fired", "detained", "arrested", "expelled", "evicted", "sentenced",
                        "dismissed", "barred", "sanctioned", "penalised", "penalized",
                        "deported", "excluded", "ousted", "punished"})


#: bodies named by a number: "Union No. 2" of a Chilean mine, "Local No. 5"
NUMBERED_BODIES = frozenset({"union", "local", "lodge", "sindicato"})


def numbered_body_at(t: Tokens, i: int) -> bool:
    """Whether tokens ``i`` to ``i + 3`` name a body by its number (``Union No. 2``)."""
    return i >= 0 and i + 3 < len(t) and t.low[i] in NUMBERED_BODIES and \
        t.low[i + 1] == "no" and t.low[i + 2] == "." and t.low[i + 3].isdigit()


def _subject_relative(t: Tokens, j: int, lo: int) -> int | None:
    """The ``that``/``who`` of a restrictive relative clause that ends at ``j`` and follows
    the clause's subject, a plural group in lower case (``Environmental groups that
    campaigned against the plan said``, ``The umbrella group of environmental
    organisations that campaigned ...``), else None."""
    commas = [x for x in range(lo + 1, j) if t.low[x] == ","]
    aside = {x for c1, c2 in zip(commas, commas[1:], strict=False)
             if c2 - c1 <= 10 and (t.low[c1 + 1] in ("the", "a", "an") or
                                   (t.is_cap(c1 + 1) and t.low[c1 + 1].endswith(("'s", "’s"))
                                    and c1 + 2 < c2 and not t.is_cap(c2 - 1))) and
             all(t.is_word(y) or t.low[y] in ("'s", "’s") for y in range(c1 + 1, c2))
             for x in range(c1, c2 + 1)}  # (and ", Thailand's former royal capital,")
    # ("Families who gather pinhão, the seeds of the endangered Paraná pine, in the hills
    # around Curitiba say": past the aside on what they gather)
    if lo + 3 < j and t.low[lo] in MULTITUDES and t.low[lo + 1] == "of":
        lo += 2  # "Hundreds of Bangladeshi workers who paid ... say": the workers
    for r in range(j - 1, max(lo, j - 25), -1):
        w = t.low[r]
        if r in aside:
            continue
        if w == "," and r + 2 < j and t.is_word(r + 1) and not t.is_cap(r + 1) and \
                any(t.low[x] in ("and", "or") for x in range(r + 2, min(j, r + 4))):
            continue  # a list inside the clause: "traps for stoats, rats and possums"
        if not t.is_word(r) and not (w in ("$", "€", "£") or w[:1].isdigit()):
            return None  # (an amount is part of the clause: "up to $5,000 each")
        if w in ("that", "which") and r - 2 >= lo and r + 1 < j and \
                t.low[lo] in ("the", "a", "an") and \
                r <= lo + 4 and (lexicon.source_nouns().get(t.low[r - 1]) is not None or
                                 role_noun(t.low[r - 1])) and \
                all(t.is_word(x) or plural_possessive(t, x) for x in range(lo, r)) and \
                not t.is_cap(r + 1):  # (and "The masons' guild that each year replasters")
            return r  # "The Indigenous community that manages Rapa Nui National Park on
            # Chile's Easter Island said": the body the clause is about
        if w in ("that", "which") and r + 1 < j and not t.is_cap(r + 1) and \
                t.low[lo] in ("a", "an", "the") and t.is_cap(r - 1) and \
                (at := next((x for x in range(lo + 2, r - 1) if t.low[x] in ("in", "at", "near")),
                            None)) is not None and r - at <= 4 and \
                lexicon.source_nouns().get(t.low[at - 1]) == "institution" and \
                all(t.is_word(x) and not t.is_cap(x) for x in range(lo + 1, at)) and \
                all(t.is_word(x) for x in range(at + 1, r)):
            return r  # "A koala hospital in southeast Queensland that treats ... says": the
            # body, where it is
        if w in ("that", "who") and r - 3 >= lo and r <= lo + 6 and r + 1 < j and \
                t.low[lo + 1] == "of" and trade_plural(t.low[lo]) and \
                all(t.is_word(x) for x in range(lo, r)) and not t.is_cap(r + 1):
            return r  # "Drivers of the horse-drawn carts that carry tourists around ... say"
        if w == "which" and r - 4 >= lo and r <= lo + 7 and r + 1 < j and \
                t.low[r - 1] in ("in", "at", "on") and t.low[lo + 1] == "of" and \
                trade_plural(t.low[lo]) and all(t.is_word(x) for x in range(lo, r)) and \
                not t.is_cap(r + 1):
            return r - 1  # "Organisers of a centuries-old race in which competitors chase a
            # wheel of cheese down a hill in western England said": the organisers
        if w in ("that", "who") and r - 1 >= lo and r + 1 < j and (
                lo + 2 >= r or (r - lo <= 5 and "and" in t.low[lo + 1:r - 1] and
                                all(t.is_word(x) and (x == lo or not t.is_cap(x))
                                    for x in range(lo, r)))) and \
                t.low[r - 1].endswith(("s", "men")) and (not t.is_cap(r - 1) or r - 1 == lo) and \
                not t.is_cap(r + 1) and \
                (trade_plural(t.low[r - 1]) or (w == "who" and r - 1 == lo) or
                 (w == "who" and (t.low[r - 1].endswith(("ers", "ors")) or
                                  (t.low[r - 1].endswith("men") and
                                   role_noun(t.low[r - 1]))))):
            return r  # (and "Wood carvers and curio sellers who have traded for decades")
            # "Women's cooperatives that crack argan nuts by hand in the countryside
            # around the Moroccan port of Essaouira say": the group opening the sentence
        if w in ("that", "which") and lo + 3 <= r <= lo + 7 and r + 1 < j and \
                not t.is_cap(r + 1) and t.low[lo].endswith("s") and role_noun(t.low[lo]) and \
                t.low[lo + 1] in GROUP_PLACE_PREPOSITIONS and \
                all(t.is_word(x) and not t.is_cap(x) for x in range(lo + 1, r)):
            return r  # "Families in a mountain village that will be flooded by the reservoir
            # of a giant dam in Tajikistan say": the group where it lives, not the place
            # the relative clause names
        if w in ("that", "which") and lo + 3 <= r <= lo + 9 and r + 2 < j and \
                t.low[lo] in ("the", "a", "an") and t.low[lo + 2] == "of" and \
                (t.low[lo + 1] in lexicon.titles() or role_noun(t.low[lo + 1])) and \
                not t.is_cap(lo + 1) and all(t.is_word(x) for x in range(lo, r)) and \
                (t.low[r + 1] in ("has", "have", "had") and (
                    t.low[r + 2].endswith("ed") or t.low[r + 2] in PAST_FORMS)):
            return r  # "The owner of a cliff-top café in Tangier that has served mint tea
            # since the 1920s said": the owner, past what the café has done
        if r < j - 12 - len(aside):  # (an aside on the place is no part of the clause)
            continue
        if w in ("that", "who") and r - 1 >= lo and r + 1 < j and \
                not t.is_cap(r - 1) and t.is_word(r - 1) and \
                (t.low[r + 1].endswith("ed") or t.low[r + 1] in PAST_FORMS) and \
                not t.is_cap(r + 1) and \
                ((t.low[r - 1].endswith("s") and r >= j - 8) or
                 # ("The public water authority that took over the network two years ago
                 # said": a body, its clause a little longer)
                 lexicon.source_nouns().get(t.low[r - 1]) == "institution"):
            return r
    return None


#: past forms that do not end in -ed, as a relative clause's verb: "that took over"
PAST_FORMS = frozenset({"took", "ran", "built", "made", "won", "lost", "bought", "sold", "led",
                        "held", "began", "brought", "gave", "kept", "paid", "set", "wrote",
                        "drew", "left", "chose", "found", "sent"})


#: what a French or Québécois public body's name opens with, its other words in lower case
#: ("Office québécois de la langue française", "Régie du logement")
FRENCH_BODY_HEADS = frozenset({"office", "régie", "institut", "conseil", "société", "agence",
                               "caisse", "autorité", "commission", "bureau", "direction",
                               "fédération", "confédération", "association", "syndicat",
                               "centrale", "union", "ordre", "chambre", "regroupement",
                               "collectif", "mouvement"})
#: the small words of a French name
FRENCH_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "l'", "l’", "d'", "d’", "et",
                              "pour", "en", "aux", "à"})
_FRENCH_ENDINGS = ("ois", "oise", "ais", "aise", "ique", "elle", "ale", "aux", "ement", "eur",
                   "ière", "ier", "iques", "elles", "ales", "eurs", "ières", "iers", "ole",
                   "oles", "aire", "aires")  # (and their plurals: "producteurs agricoles")


def french_name_end(t: Tokens, j: int, n: int) -> int:
    """Where a French body's name that opens at ``j - 1`` ends: past lower-case words that
    read as French (a particle, an accented word, a French ending, or any word after a
    particle), and at least one particle among them; else ``j``."""
    k, particle = j, False
    while k < n and t.is_word(k) and k - j < 12:
        w = t.low[k]
        french = w in FRENCH_PARTICLES or any(c in "éèêàâçôûîù" for c in w) or \
            w.endswith(_FRENCH_ENDINGS) or (k > j and t.low[k - 1] in FRENCH_PARTICLES)
        if not french:
            break
        particle |= w in FRENCH_PARTICLES
        k += 1
    while k > j and t.low[k - 1] in FRENCH_PARTICLES:
        k -= 1
    return k if particle and k > j + 1 else j


def past_dateline(t: Tokens, a: int, b: int) -> int:
    """The first token of ``a..b`` past a dateline left in the tokens ("LA PAZ, Bolivia
    (Reuters) — Residents of ..."): capitals and punctuation up to a dash; else ``a``."""
    dash = next((x for x in range(a, min(b, a + 14)) if t.low[x] in ("—", "–", "-")), None)
    if dash is not None and all(t.is_cap(x) or not t.is_word(x) for x in range(a, dash)):
        return dash + 1
    return a


#: who holds a thing, opening a lede's description of a firm: "The owner of a nickel
#: processing plant in New Caledonia said"
OWNING_NOUNS = frozenset({"owner", "operator", "developer", "owners", "operators",
                          "developers"})


def _office_of_place(t: Tokens, j: int, lo: int) -> int | None:
    """Where ``the <title> of a <place described> in <Place>`` opens, when it is the whole
    subject ending at ``j`` (a lede's officer, named by the place they serve), else None."""
    a = past_dateline(t, lo, j)
    if not (a + 4 <= j and j - a <= 14 and t.low[a] == "the" and
            (t.low[a + 1] in lexicon.titles() or t.low[a + 1] in OWNING_NOUNS) and
            t.low[a + 2] == "of" and
            t.low[a + 3] in ("a", "an", "the")):
        return None
    if not all(t.is_word(x) for x in range(a, j + 1)) or "in" not in t.low[a + 4:j]:
        return None
    return a


def french_body_start(t: Tokens, j: int, lo: int) -> int | None:
    """Where a French body's name that ends at ``j`` opens (``the Office québécois de la
    langue française said``: at *Office*), else None: French-reading lower-case words back
    to a capitalised head of :data:`FRENCH_BODY_HEADS`."""
    k = j
    while k > lo and not t.is_cap(k) and t.is_word(k) and j - k < 12:
        k -= 1
    if k == j or not t.is_cap(k) or t.low[k] not in FRENCH_BODY_HEADS:
        return None
    return k if french_name_end(t, k + 1, j + 1) == j + 1 else None


def plain_after_article(t: Tokens, i: int, end: int) -> bool:
    """Whether an article opens at ``i`` and only plain lower-case words follow it up to
    ``end`` (a cited paper's own words, "a draft budget"; a document's, "a laboratory
    report")."""
    return t.low[i] in ("a", "an", "the") and \
        all(t.is_word(x) and not t.is_cap(x) for x in range(i + 1, end))


#: what carries a statement to the public: "read on state television", "published by"
_CARRIED = frozenset({"read", "broadcast", "aired", "published", "carried", "posted", "issued"})
#: the nouns of a written statement
_STATEMENTS = frozenset({"statement", "communique", "communiqué", "declaration"})


def mention_left(t: Tokens, verb: int, lo: int, *, skip: bool = True) -> tuple[int, int] | None:
    """The noun phrase ending just before ``verb`` (adverbs/auxiliaries skipped), with a
    group coordinated before it at the clause's start (``Porters and mountain guides on
    Mount Kinabalu said``: both)."""
    found = _mention_left(t, verb, lo, skip=skip)
    on_name = found is not None and t.is_cap(found[1] - 1)  # (a phrase ending on a name)
    if found is not None and skip and on_name and \
            (who := next((x for x in range(found[0] - 1, max(lo, found[0] - 20) - 1, -1)
                          if t.low[x] in (",", ";", ":", "who")), None)) is not None and \
            t.low[who] == "who" and who - 1 >= lo and t.is_word(who - 1) and \
            not t.is_cap(who - 1) and \
            (head := _mention_left(t, who, lo, skip=False)) is not None and \
            head[1] == who and head[0] == past_discourse(t, lo, head[0]) and \
            ((not t.low[who - 1].endswith("s") and
              (t.low[who - 1] in lexicon.titles() or role_noun(t.low[who - 1])) and
              t.low[head[0]] in ("a", "an", "the")) or
             (t.low[who - 1].endswith("s") and agent_noun(singular(t.low[who - 1])) and
              head[0] == past_dateline(t, lo, head[0]) and
              all(t.is_word(x) for x in range(head[0], who)))):
        return head  # "A herder who grazes about 200 yaks on the pastures south of the
        # Kyrgyz town of Naryn said": the herder, not the town his clause ends on (and the
        # lede's "Uzbek truck drivers who carry fruit ... into Afghanistan say")
    if found is not None and skip and on_name and found[0] - 1 > lo and \
            t.low[found[0] - 1] in ("in", "at", "near", "of") and \
            (start := past_discourse(t, lo, found[0])) < found[0] - 3 and \
            t.low[start] in ("a", "an") and \
            (role := next((x for x in range(start + 1, min(start + 4, found[0] - 2))
                           if t.low[x + 1] in ("at", "in", "near", "on", "from")), None)) \
            is not None and not t.is_cap(role) and t.is_word(role) and \
            not t.low[role].endswith("s") and \
            (t.low[role] in lexicon.titles() or role_noun(t.low[role])) and \
            all(t.is_word(x) and not verb_like(t, x) for x in range(start, found[0])):
        return (start, found[1])  # "A buffalo trader at the Sunday market in the northern
        # Vietnamese town of Bac Ha said": the trader, and where he trades
    # (and "The owner of one of the oldest smokehouses in the Montenegrin mountain village of
    # Njeguši said": the owner, past the place his smokehouse is in)
    placed = found is not None and on_name and found[0] - 1 > lo and \
        t.low[found[0] - 1] in ("in", "at", "near")
    if (found is None or placed) and \
            (one := next((x for x in range(verb - 4, max(lo, verb - 24) - 1, -1)
                          if t.low[x:x + 3] == ("of", "one", "of")), None)) \
            is not None and one - 1 >= lo and t.is_word(one - 1) and \
            not t.is_cap(one - 1) and \
            (t.low[one - 1] in lexicon.titles() or role_noun(t.low[one - 1])) and \
            all(t.is_word(x) and not t.is_cap(x)
                for x in range(one + 3, found[0] - 1 if placed and found else verb)):
        start = one - 1 - (one - 2 >= lo and t.low[one - 2] in ("the", "a", "an"))
        if start == past_discourse(t, lo, start):
            return (start, verb)  # "The owner of one of the kiosks said": the owner, of a
            # thing no word list knows
    if skip:
        # (the clause opens at the sentence, or at a second clause's subject: "The river has
        # been dry, and farmers east of the city say")
        opens = next((k + 1 for k in range(verb - 2, lo, -1)
                      if t.low[k] in ("and", "but") and t.low[k - 1] == ","), lo)
        last = verb - 1
        while last > opens + 1 and t.low[last] in ("has", "have", "had"):
            last -= 1  # ("Coffee growers on the slopes of Mount Elgon in eastern Uganda have
            # accused": the group before its auxiliary)
        if (found is None or found[0] > opens) and \
                (group := group_then_modifier(t, last, opens)) is not None:
            return group  # "Families returning to the Syrian city of Homs after years of
            # displacement say", "Palestinian farmers in villages south of Nablus say"
    if found is not None and found[1] - found[0] <= 3 and found[0] - 3 > lo and \
            t.low[found[0] - 1] == "and" and t.is_cap(found[0]) and t.is_cap(found[0] - 2) and \
            (first := _mention_left(t, found[0] - 1, lo, skip=False)) is not None and \
            first[1] == found[0] - 1 and first[1] - first[0] >= 3 and \
            any(t.low[x] in ("in", "at", "from", "near") and t.low[x - 1].endswith(("s", "men"))
                and (not t.is_cap(x - 1) or x - 1 == first[0] == past_discourse(t, lo, x - 1))
                for x in range(first[0] + 1, first[1])):
        return (first[0], found[1])  # "Ferry operators in Naples and Sorrento said": the
        # group, in both places (not Sorrento; and "Farmers in Dowa and Ntcheu districts
        # say", the group opening the sentence)
    if found is not None and found[0] - 3 > lo and t.low[found[0] - 1] in ("on", "by") and \
            t.low[found[0] - 2] in _CARRIED and \
            (said := _mention_left(t, found[0] - 2, lo, skip=False)) is not None and \
            said[1] == found[0] - 2 and t.low[said[1] - 1] in _STATEMENTS:
        return said  # "A government statement read on state television said": the
        # statement, not the channel that carried it
    if found is not None and found[0] - 1 > lo and t.low[found[0] - 1] in ("in", "at", "near"):
        opens = past_discourse(t, lo, found[0])
        opens += t.low[opens] in ("a", "an", "the")
        if found[0] - opens <= 12 and t.low[opens] in SPOKESPEOPLE and \
                t.low[opens + 1] == "for" and \
                all(t.is_word(x) and not t.is_cap(x) for x in range(opens + 1, found[0])):
            return (opens - (t.low[opens - 1] in ("a", "an", "the")), found[1])  # "A
            # spokesman for the consortium building the main bridge in Riga said": its man
    if found is not None and found[0] - 2 >= lo and t.low[found[0] - 1] == "and" and \
            not t.is_cap(found[0]) and t.is_word(found[0] - 2) and \
            (past_discourse(t, lo, found[0]) == found[0] - 2 or
             (past_discourse(t, lo, found[0]) == found[0] - 3 and t.is_word(found[0] - 3) and
              not t.is_cap(found[0] - 2))) and \
            (trade_plural(t.low[found[0] - 2]) or
             (t.low[found[0] - 2].endswith("men") and
              singular(t.low[found[0] - 2]).endswith("man"))):
        return (past_discourse(t, lo, found[0]), found[1])  # (and "Carpet weavers and
        # merchants in the northwestern Iranian city of Tabriz say": both, with their trade)
    if found is not None and found[0] - 4 >= lo and t.low[found[0] - 1] == "and" and \
            not t.is_cap(found[0]) and \
            (opens := past_discourse(t, past_dateline(t, lo, found[0]), found[0])) + 2 < \
            found[0] - 1 and \
            found[0] - opens <= 8 and t.low[opens + 1] == "of" and \
            t.low[opens].endswith("s") and role_noun(t.low[opens]) and \
            all(t.is_word(x) and not t.is_cap(x) for x in range(opens + 2, found[0] - 1)):
        return (opens, found[1])  # "Owners of blues clubs and bars on Memphis' Beale Street
        # say": the owners of both, not the bars
    if found is not None and found[0] - 4 >= lo and \
            t.low[found[0] - 3:found[0]] == ("of", "one", "of") and \
            not t.is_cap(found[0] - 4) and \
            (role_noun(t.low[found[0] - 4]) or agent_noun(t.low[found[0] - 4])):
        start = found[0] - 4
        if start - 1 >= lo and t.low[start - 1] in ("the", "a", "an"):
            start -= 1
        return (start, found[1])  # "The owner of one of the hotels, who asked not to be
        # named, said": the owner, not the hotels
    if found is not None and (person := name_after_body(t, *found)) is not None:
        return person  # "Dutch member of the European Parliament Brechtje Oudkerk said": the
        # member, not the body the role is of
    return found


#: the plain verbs of saying after which a counted group speaks: "Twelve other murgas said"
PLAIN_SAYS = frozenset({"said", "say", "says", "told", "wrote", "added"})
#: plural nouns of time and measure, which a count opens but no group: "Two years later"
COUNTED_NOT_GROUPS = frozenset({"years", "months", "weeks", "days", "hours", "minutes",
                                "times", "decades", "centuries", "seconds", "percent"})


def _counted_group(t: Tokens, j: int, lo: int) -> tuple[int, int] | None:
    """A counted plural opening the clause up to ``j`` (``Twelve other murgas``, ``40
    cooperatives``): a group of the kind the story is about, though no word list knows the
    noun; else None."""
    w = t.low[j]
    if not (t.is_word(j) and not t.is_cap(j) and w.endswith("s") and len(w) > 3) or \
            w in COUNTED_NOT_GROUPS or singular(w) in DOCUMENTS:
        return None  # (not "Two reports said": documents, which the rules for them read)
    k = j - 1 if j - 1 >= lo and t.low[j - 1] == "other" else j
    k -= 1
    if k < lo or not (t.low[k] in NUMBER_WORDS or t.low[k].isdigit()) or \
            past_discourse(t, lo, k + 1) != k:
        return None
    return (k, j + 1)


#: places in the plural that a group lives in: "People in the affected villages"
PLACE_PLURALS = frozenset({"villages", "towns", "communities", "areas", "ports", "districts",
                           "neighbourhoods", "neighborhoods", "islands", "valleys", "camps"})


#: past participles that do not end in -ed: "the mine, run by Nordic Ore, would create",
#: "the women chosen ahead of her"
IRREGULAR_PARTICIPLES = frozenset({"run", "built", "led", "held", "made", "known", "owned",
                                   "set", "paid", "sold", "bought", "brought", "taken", "given",
                                   "written", "chosen", "drawn", "seen", "shown", "kept", "left",
                                   "caught", "hit", "sent"})


def participle_form(t: Tokens, x: int) -> bool:
    """Whether token ``x`` has the form of a past participle in lower case (``built``,
    ``interviewed``)."""
    return t.is_word(x) and not t.is_cap(x) and \
        (t.low[x].endswith("ed") or t.low[x] in IRREGULAR_PARTICIPLES)


def passive_participle(t: Tokens, x: int) -> bool:
    """Whether token ``x`` is a past participle opening what was done to the words before
    it: ``interviewed by Reuters``, ``picked ahead of her``, ``chosen for the team``."""
    return x + 1 < len(t) and participle_form(t, x) and \
        t.low[x + 1] in ("by", "for", "ahead", "over")


def _named_site(t: Tokens, a: int, j: int) -> bool:
    """Whether the words ``a`` to ``j`` name a site by its name and say where it is: names
    joined by "in", "of" and "the" and compass adjectives ("Lake Bunyonyi in southwestern
    Uganda"), with up to two common nouns after a name ("the Lualaba river", "the Doho
    irrigation scheme") or one between "the" and "of" ("the slopes of Mount Elgon"). It
    ends on a name."""
    if not t.is_cap(j):
        return False
    after: int | None = None  # common nouns since the last name (None: no name just before)
    for x in range(a, j + 1):
        w = t.low[x]
        if not t.is_word(x):
            return False
        if t.is_cap(x) and w in CALENDAR:
            return False  # ("Paraguayan manufacturers on Monday": when, not where)
        if t.is_cap(x):
            after = 0
        elif w in ("in", "of", "the", "central") or w.endswith("ern"):
            after = None
        elif w in ("was", "were", "is", "are", "has", "have", "had") or w.endswith("ed"):
            return False
        elif after is not None and after < 2:
            after += 1
        elif not (x > a and t.low[x - 1] == "the" and t.low[x + 1] == "of"):
            return False
    return True


def group_then_modifier(t: Tokens, j: int, lo: int) -> tuple[int, int] | None:
    """A plural group opening the clause and, up to ``j``, a modifier that says where it is
    or what it is doing: a participle ("Families returning to the Syrian city of Homs after
    years of displacement"), a compass point ("Farmers east of the city"), or a place with
    one ("Palestinian farmers in villages south of Nablus"). A demonym may come first.
    None unless the words run unbroken (no comma, no verb of their own) from the group."""
    h = lo + 1 if lo + 1 <= j and _group_adjective(t, lo, demonym_only=True) else lo
    if h + 3 <= j and t.low[h] in NUMBER_WORDS and t.low[h + 1] == "of" and \
            t.low[h + 2] == "the":
        h += 3  # "Two of the women picked ahead of her": the women, counted
    if h + 3 <= j and not t.low[h].endswith(("s", "men")) and t.is_word(h) and \
            t.low[h + 1].endswith(("s", "men")) and not t.is_cap(h + 1) and \
            (role_noun(t.low[h + 1]) or agent_noun(singular(t.low[h + 1]))):
        h += 1  # "Rice farmers in villages around ...": a trade's word before the group
    if h + 2 > j or j - h > 16 or (h > lo and t.is_cap(h)) or (
            t.low[h] != "people" and (not t.low[h].endswith(("s", "men")) or
                                      not (role_noun(t.low[h]) or
                                           agent_noun(singular(t.low[h]))))):
        return None  # (and "People living on small islands off Turku say")
    nxt = t.low[h + 1]
    words = range(h + 1, j + 1)
    if not all(t.is_word(x) for x in words) or \
            any(t.low[x] in ("who", "that", "which", "and", "but") for x in words):
        return None
    participle = nxt.endswith("ing") and len(nxt) > 5 and not t.is_cap(h + 2) and \
        nxt not in ("during", "including", "according", "following")
    participle = participle or passive_participle(t, h + 1)  # ("Residents interviewed by
    # Reuters", "women picked ahead of her": what was done to the group)
    compass = nxt in COMPASS and t.low[h + 2] == "of"
    placed = nxt in ("in", "from", "near") and h + 4 <= j and t.low[h + 2].endswith("s") and \
        (any(t.low[x] in COMPASS and t.low[x + 1] == "of" for x in range(h + 3, j)) or
         (t.low[h + 2] in ("villages", "towns", "communities", "hills", "valleys", "islands") and
          t.low[h + 3] in ("around", "near", "outside", "along", "in", "on") and
          t.is_cap(h + 4)))  # ("Rice farmers in villages around Ziguinchor in Senegal's
    # southern Casamance region say": the group where it lives, not the region)
    placed = placed or (nxt in ("in", "from") and t.low[h + 2] == "the" and
                        1 <= j - h - 2 <= 3 and t.low[j] in PLACE_PLURALS and
                        not any(t.is_cap(x) for x in range(h + 3, j + 1)))
    # ("People in the affected villages said": the villages the story is about)
    where = next((x for x in range(h + 3, min(j, h + 6))
                  if (t.low[x] in ("near", "around", "outside") and t.is_cap(x + 1)) or
                  (t.low[x] in COMPASS and t.low[x + 1] == "of")), None)
    placed = placed or (nxt in ("on", "in") and where is not None and
                        not any(t.is_cap(x) for x in range(h + 2, where)))
    # ("Rice growers on irrigated land north of Segou say": the group where it farms, not
    # the land or the town)
    placed = placed or (nxt in ("on", "at", "along") and _named_site(t, h + 2, j)) or \
        (nxt in ("around", "near", "outside") and t.is_cap(h + 2) and _named_site(t, h + 2, j))
    # ("Boat operators on Lake Bunyonyi in southwestern Uganda say", "Boat owners on the
    # Lualaba river in eastern Congo say": the group on the lake or river, not the country;
    # "Dairy farmers around Mityana in central Uganda say": around the town)
    return (lo, j + 1) if participle or compass or placed else None


def group_at_site(t: Tokens, m: tuple[int, int], hi: int) -> tuple[int, int]:
    """The subject ``m`` that a clause's first verb has (``Rice farmers``), carried on to
    the named site the group is at when one follows it before that verb (``Rice farmers at
    the Doho irrigation scheme in eastern Uganda blamed ..., and said``): the group as it
    is labelled when it says so first. ``hi``: where the clause's own words end."""
    if m[1] + 2 < hi and t.low[m[1]] in ("on", "at", "along") and \
            (verb := next((x for x in range(m[1] + 2, min(hi, m[1] + 17))
                           if verb_like(t, x)), None)) is not None and \
            group_then_modifier(t, verb - 1, m[0]) == (m[0], verb):
        return (m[0], verb)
    return m


#: the nouns of a local body named by its town: "Struer municipality"
LOCAL_BODY_NOUNS = frozenset({"municipality", "council", "commune", "county", "district",
                              "prefecture"})


def _named_body_in_place(t: Tokens, j: int, lo: int) -> tuple[int, int] | None:
    """A clause that opens on a local body's name and then says where it is (``Struer
    municipality in western Denmark``): the name alone, whose place is no part of it."""
    x = next((x for x in range(j - 1, max(lo, j - 5) - 1, -1) if t.low[x] == "in"), None)
    if x is None or x - 2 != lo or not t.is_cap(lo) or t.low[lo + 1] not in LOCAL_BODY_NOUNS \
            or not t.is_cap(j) or \
            not all(t.is_word(y) for y in range(x + 1, j)):
        return None
    return (lo, lo + 2)


def _mention_left(t: Tokens, verb: int, lo: int, *, skip: bool = True) -> tuple[int, int] | None:
    """The noun phrase ending just before ``verb`` (adverbs/auxiliaries skipped).

    Handles an appositive or relative clause between commas
    (``Smith, the union leader, said``; ``Putin, who ..., said``) by taking
    the name before it.
    """
    j = verb - 1
    if skip:
        j = _skip_between(t, j, lo)
    if j < lo:
        return None
    if t.low[j] == "!" and j - 1 >= lo and t.is_cap(j - 1) and \
            t.spans[j - 1][1] == t.spans[j][0]:
        found = _mention_left(t, j, lo, skip=False)  # "Animal rights group Viva! said": a
        return (found[0], j + 1) if found is not None else None  # name's own mark
    if (french := french_body_start(t, j, lo)) is not None:
        return (french, j + 1)  # "The Office québécois de la langue française said"
    if (office := _office_of_place(t, j, lo)) is not None:
        return (office, j + 1)  # "The mayor of a small fishing town in northern Japan said"
    if (body := _named_body_in_place(t, j, lo)) is not None:
        return body  # "Struer municipality in western Denmark said": the body by its name
    tag = _party_tag_before(t, j + 1 if t.low[j] != "," else j, lo)
    if tag is not None:  # "Sen. Claire Dunmore, D-Ore., said": the name before the tag
        return mention_left(t, tag + 1, lo, skip=False)
    if (t.low[j] in SUBJECT_PRONOUNS or _clitic_pronoun(t.low[j])) and \
            not (t.low[j] == "it" and j - 2 >= lo and t.low[j - 1] in POSTMODIFYING and
                 t.is_word(j - 2) and not t.is_cap(j - 2)) and \
            not (t.low[j] == "it" and j - 3 >= lo and t.low[j - 2] in ("that", "which") and
                 t.is_word(j - 1) and not t.is_cap(j - 1) and t.low[j - 1].endswith("s") and
                 t.is_word(j - 3) and not t.is_cap(j - 3)):
        return (j, j + 1)  # (but "the state-owned shipyard building it said": its object;
        # and "The joint venture that runs it said": the relative clause's object)
    if j - 3 >= lo and numbered_body_at(t, j - 3):
        return (j - 3, j + 1)  # "Union No. 2 said": a union by its number
    if t.low[j] in ("who", "which") and j > lo:  # "Smith, who said ...": the relative pronoun
        return (j, j + 1)
    if t.low[j] == "that" and j - 1 > lo and group_noun_at(t, j - 1):
        return (j, j + 1)  # "siding with environmental groups that argued": theirs
    if verb < len(t) and t.low[verb] in lexicon.reporting_verbs() and j - 3 > lo and \
            t.is_word(j) and \
            (comma := next((x for x in range(j - 3, max(lo, j - 16), -1)
                            if t.low[x] == ","), None)) is not None and \
            t.low[comma + 1] in ("the", "a", "an") and \
            (not t.is_cap(comma - 1) or t.low[comma - 1] in CALENDAR) and \
            (rel := _subject_relative(t, j, comma + 1)) is not None and \
            (group := mention_left(t, rel, comma + 1, skip=False)) is not None and \
            group[0] == comma + 1 and \
            not any(verb_like(t, x) for x in range(group[0], group[1])):
        return group  # "..., the international commission that manages the lake's fisheries
        # said", "..., a foundation that looks after them said": a final attribution's
        # subject, the body the relative clause is about
    opens = lo if verb >= len(t) or t.low[verb] not in lexicon.reporting_verbs() else next(
        (x + 1 for x in range(j - 1, max(lo, j - 16), -1)
         if (t.low[x] in ("after", "when", "because", "since", "until", "before") or
             (t.low[x] == "and" and x - 1 >= lo and t.low[x - 1] == ",")) and
         x + 1 < j and t.low[x + 1] == "the"), lo)  # ("..., after the utility that manages
    # the city's pipes admitted": the subordinate clause's own subject; and "..., and the
    # company that runs tours there says": a second clause's own)
    if verb < len(t) and t.low[verb] in lexicon.reporting_verbs() and \
            (rel := _subject_relative(t, j, lo) or _subject_relative(t, j, opens)) \
            is not None and \
            (group := mention_left(t, rel, lo, skip=False)) is not None:
        if group[0] - 2 > lo and t.low[group[0] - 1] in ("in", "at", "near") and \
                t.is_cap(group[0]) and \
                (head := mention_left(t, group[0] - 1, lo, skip=False)) is not None and \
                head[0] == past_discourse(t, lo, head[0]) and not t.is_cap(head[1] - 1):
            group = (head[0], group[1])  # "A koala hospital in southeast Queensland that
            # treats about 1,500 koalas a year says": the hospital, where it is
        if (past_discourse(t, lo, rel) >= group[0] - 1 or group[0] == opens) and \
                not any(verb_like(t, x) for x in range(group[0], group[1])):
            return group  # "Environmental groups that campaigned against the plan said": the
            # groups that open the clause, not the plan
    if t.low[j] in ("them", "those") and j - 2 >= lo and t.low[j - 1] == "of" and \
            t.low[j - 2] in PART_OF and not (j + 1 < len(t) and t.low[j + 1] == ","):
        # "One of them said": one of a group named before (but "One of them, retired
        # teacher Ellen Fisk, said" is the person named)
        return (j - 2, j + 1)
    if (t.low[j] in QUANTIFIERS and (j == lo or t.low[j - 1] in QUANTIFIER_OPENERS)) or \
            (t.low[j] == "one" and (j == lo or t.low[j - 1] in QUOTE_CLOSERS)) or \
            (t.low[j] == "another" and j == lo and t.is_cap(j)):
        # ("'... I'm out,' one wrote": one of a group named before; "Another cautioned
        # that": a second of them)
        # "though two said they might change their minds": some of a group named before
        return (j - 1 if j > lo and t.low[j - 1] == "the" else j, j + 1)
    if verb < len(t) and t.low[verb] in PLAIN_SAYS and \
            (counted := _counted_group(t, j, lo)) is not None:
        return counted  # "Twelve other murgas said in a joint statement": a counted group
    if t.low[j] == ",":
        found = _appositive(t, j, lo)
        if found is not None and verb < len(t) and t.low[verb] in lexicon.reporting_verbs() and \
                (rel := _subject_relative(t, found[1] - 1, lo)) is not None and \
                (group := mention_left(t, rel, lo, skip=False)) is not None and \
                past_discourse(t, lo, rel) >= group[0] - 1:
            return group  # "The masons' guild that each year replasters the Great Mosque of
            # Djenne, the world's largest mud-brick building, says": the guild
        return found
    if t.low[j] == ")":  # "Sen. Lindsey Graham (R-S.C.) said"
        k = j - 1
        while k >= lo and k > j - 10 and t.low[k] != "(":
            k -= 1
        if k >= lo and t.low[k] == "(":
            return mention_left(t, k, lo, skip=False)
        return None
    at = next((x for x in range(j - 1, max(lo + 1, j - 8), -1)
               if t.low[x] in ("in", "at", "from", "near", "on")), None)
    art = None if at is None else at - 2 if at - 2 >= lo and \
        t.low[at - 2] in ("a", "an", "one") else at - 3 if at - 3 >= lo and \
        t.low[at - 3] in ("a", "an") and t.is_word(at - 2) and not t.is_cap(at - 2) else None
    if art is not None and \
            (art == lo or t.low[art - 1] in (",", "“", '"', "and", "but")) and \
            not t.is_cap(at - 1) and (role_noun(t.low[at - 1]) or agent_noun(t.low[at - 1])) \
            and all((t.is_word(x) or t.low[x] in ("'s", "’s")) and
                    (not t.is_cap(x) or (x < j and t.low[x] in lexicon.demonyms()))
                    for x in range(at + 1, j + 1)):
        return (art, j + 1)  # "A trader in the city's main market admitted": the trader,
        # where he works (and "A lodge owner on the lake said": a trade of two words; "An
        # association in a Slovenian mountain village says": a nationality on the way)
    by = next((x for x in range(j - 1, max(lo + 1, j - 9), -1) if t.low[x] == "by"), None)
    if by is not None and all(t.is_word(x) for x in range(by + 1, j + 1)):
        part = by - 2 if t.low[by - 1] == "up" and by - 2 > lo and \
            t.low[by - 2] == "set" else by - 1
        if (t.low[part] in AGENT_PARTICIPLES or t.low[part] == "set") and part > lo and \
                (owner := mention_left(t, part, lo, skip=False)) is not None and \
                not t.is_cap(owner[1] - 1) and role_noun(t.low[owner[1] - 1]):
            return owner  # "The reconstruction fund set up by the eastern-based authorities
            # said": the fund, not who set it up
        if t.low[part] in ORDERING_PARTICIPLES and part - 2 >= lo and \
                t.low[part - 1] in DOCUMENTS and \
                (a := next((x for x in range(part - 2, max(lo, part - 5) - 1, -1)
                            if t.low[x] in ("a", "an", "the")), None)) is not None and \
                plain_after_article(t, a, part):
            return (a, part)  # "a laboratory report commissioned by the city said": the
            # report, not who ordered it
    if (p := next((x for x in range(j - 1, max(lo, j - 16), -1) if t.low[x] in DWELLING and
                   x - 1 >= lo and (t.low[x - 1].endswith("s") or
                                    (x - 2 >= lo and t.low[x - 2] in ("a", "an", "one")))),
                  None)) is not None and \
            t.is_word(p - 1) and (role_noun(t.low[p - 1]) or trade_plural(t.low[p - 1]) or
                                  lexicon.places().get(t.low[p - 1][:-1], ("",))[0] ==
                                  "demonym") and \
            all(t.is_word(x) or plural_possessive(t, x) for x in range(p + 1, j + 1)) and \
            (group := mention_left(t, p, lo, skip=False)) is not None:
        return group  # "Residents living downwind of Curacao's shuttered oil refinery say":
        # the residents, not where they live (and "A contractor working on the site said")
    if (w := next((x for x in range(j - 2, max(lo, j - 16), -1) if t.low[x] == "whose"),
                  None)) is not None and w - 1 >= lo and t.low[w - 1].endswith("s") and \
            t.is_word(w - 1) and (role_noun(t.low[w - 1]) or agent_noun(t.low[w - 1]) or
                                  t.low[w - 1] in ("families", "people")) and \
            all(t.is_word(x) for x in range(w + 1, j + 1)) and \
            (group := mention_left(t, w, lo, skip=False)) is not None:
        return group  # "Families whose homes burned in the Lahaina wildfire say": the
        # families, not their homes
    if w is not None and w - 3 > lo and t.is_cap(w - 1) and \
            all(t.is_word(x) or t.low[x].isdigit() for x in range(w + 1, j + 1)) and \
            (group := mention_left(t, w, lo, skip=False)) is not None and \
            group[0] == past_discourse(t, past_dateline(t, lo, w), w) and \
            any(t.low[x].endswith(("s", "men")) and not t.is_cap(x + 1)
                for x in range(group[0], min(group[0] + 3, w))) and \
            any(t.low[x] in ("on", "in", "from", "near", "of") for x in range(group[0] + 1, w)):
        return group  # "Banana growers on the Spanish island of La Palma whose farms were
        # buried by lava say": the group where it lives, not its farms
    k, n = j, 0
    while k >= lo and (n < 12 or (n < 20 and ("of" in t.low[max(lo, k - 2):k + 4] or
                                               k - lo <= 3))):
        # (past twelve words only to close a complement left open at its "of": "The head of
        # a cooperative of Bedouin camel guides in the Egyptian Red Sea resort of Dahab", "The
        # owner of one of the wooden watermills on the Pliva lakes near ... Jajce"; and to
        # the clause's opening when it is a few words off: "A carpet seller in the old bazaar
        # of the Albanian hill town of Krujë")
        if k == j and t.low[k] in ("them", "it") and k - 1 >= lo and \
                t.low[k - 1] in POSTMODIFYING:
            k -= 1  # "the state-owned shipyard building them said": the object of its verb
            n += 1
            continue
        if k == j and (p := next((x for x in range(j - 2, max(lo, j - 4) - 1, -1)
                                  if t.low[x] in POSTMODIFYING and
                                  (t.low[x + 1] in ("their", "its", "his", "her") or
                                   (t.low[x + 1] in ("the", "a", "an") and x - 1 >= lo and
                                    lexicon.source_nouns().get(t.low[x - 1]) ==
                                    "institution"))), None)) \
                is not None and all(t.is_word(x) and not t.is_cap(x) for x in range(p, j + 1)):
            n += k - p  # "the shipbuilder building their new ferry said": its object too
            k = p  # (and "The consortium operating the fields said": a body by what it runs)
            continue
        if k == j and (p := next((x for x in range(j - 2, max(lo + 1, j - 4) - 1, -1)
                                  if t.low[x] in WATCHING and t.low[x + 1] == "the"), None)) \
                is not None and t.low[p - 1].endswith("s") and role_noun(t.low[p - 1]) and \
                all(t.is_word(x) for x in range(p, j + 1)) and not t.is_cap(j):
            n += k - p  # "Geologists monitoring the Birchhorn glacier said": the geologists
            k = p
            continue
        if k == j and (p := next((x for x in range(j, max(lo + 1, j - 7), -1)
                                  if t.low[x] in ("of", "with") and
                                  t.low[x - 1] in CHARGED_WITH), None)) is not None and \
                p - 2 >= lo and \
                (role_noun(t.low[p - 2]) or agent_noun(t.low[p - 2]) or t.is_cap(p - 2)) and \
                all(t.is_word(x) for x in range(p + 1, j + 1)):
            n += k - (p - 2)  # "A Chilean senator accused of receiving illegal donations
            k = j = p - 2  # said": the senator, past the charge against him
            continue
        if k == j and (p := next((x for x in range(j, max(lo + 1, j - 12), -1)
                                  if t.low[x] in ("for", "from", "over", "after") and
                                  t.low[x - 1] in SANCTIONED), None)) is not None and \
                p - 2 >= lo and not t.is_cap(p - 2) and \
                (role_noun(t.low[p - 2]) or agent_noun(t.low[p - 2])) and \
                all(t.is_word(x) for x in range(p + 1, j + 1)):
            k = j = p - 2  # "A Norwegian skier disqualified from a World Cup race for using
            # banned wax said": the skier, past what befell her (which does not count
            # against the noun phrase's length)
            continue
        if t.low[k] == "the" and k < j and k - 5 >= lo and t.low[k - 1] == "of" and \
                t.low[k - 2] in COMPASS and t.low[k - 3] == "the" and \
                t.low[k - 4] in ("in", "from") and t.low[k - 5].endswith("s") and \
                (role_noun(t.low[k - 5]) or agent_noun(t.low[k - 5])):
            k -= 5  # "Villagers in the north of the Greek island of Corfu say": the villagers
            n += 5
            continue
        if t.low[k] in ("the", "a", "an") and k - 2 >= lo and k < j and \
                t.low[k - 1] == "behind" and t.low[k - 2].endswith("s") and \
                (role_noun(t.low[k - 2]) or agent_noun(t.low[k - 2])):
            k -= 2  # "The ski lift operators behind the project said": the operators
            n += 2
            continue
        if t.low[k] == "and" and lo + 1 < k < j and j - k <= 3 and \
                lexicon.source_nouns().get(t.low[j]) == "institution" and \
                all(t.is_word(x) and not t.is_cap(x) for x in range(k - 1, j + 1)) and \
                any(t.low[d] in ("the", "a", "an") and
                    all(t.is_word(x) and not t.is_cap(x) for x in range(d + 1, k))
                    for d in range(max(lo, k - 3), k - 1)):
            k -= 1  # "the local search and rescue agency said": one body, named for two
            n += 1  # tasks joined in lower case
            continue
        if t.low[k] == "and" and lo < k < j and (p := next(
                (x for x in range(k - 1, max(lo, k - 5), -1) if t.low[x] in ("for", "of") and
                 lexicon.source_nouns().get(t.low[x - 1]) == "institution"), None)) is not None \
                and all(t.is_word(y) and not t.is_cap(y) for y in range(p, j + 1)):
            k -= 1  # "The ministry for climate crisis and civil protection said": one body's
            n += 1  # portfolios, in lower case
            continue
        if t.low[k] == "other" and lo + 2 < k < j and t.low[k - 1] in NUMBER_WORDS and \
                t.low[k - 2] in ("from", "at", "in") and t.low[k - 3].endswith("s") and \
                trade_plural(t.low[k - 3]):
            k -= 1  # "Riders from two other teams said": the count of the group's places
            n += 1
            continue
        if t.low[k] in ("about", "around", "some", "nearly", "almost", "roughly", "over") and \
                lo < k < j and t.low[k - 1] in POSTMODIFYING and t.low[k + 1][:1].isdigit():
            k -= 1  # "A union representing about 1,200 fishermen said": a round figure of
            n += 1  # those it speaks for
            continue
        if not _np_word_left(t, k, j):
            # "advisers to Mr. Obama", "a spokesman for the ministry": a role noun's complement
            if t.low[k] in ("to", "for", "of", "in", "at", "from", "on") and k - 1 >= lo and \
                    k < j and (role_noun(t.low[k - 1]) or
                               # ("the Maya ruins of Copán in western Honduras": a place
                               # within a place)
                               (t.low[k] == "in" and k - 2 >= lo and t.is_cap(k - 1) and
                                t.low[k - 2] in ("of", "at", "in")) or
                               (t.low[k] in ("at", "in", "from", "on", "of") and
                                t.is_word(k - 1) and trade_plural(t.low[k - 1])) or
                               (t.low[k - 1] in LOCALITIES and t.low[k] in ("on", "of", "in") and
                                ((k - 3 >= lo and t.low[k - 2] in ("a", "the") and
                                  t.low[k - 3] in ("in", "from", "near", "of", "on")) or
                                 # ("in the port city of Hodeidah": one word of its kind)
                                 (k - 4 >= lo and t.low[k - 3] in ("a", "the") and
                                  t.is_word(k - 2) and
                                  (not t.is_cap(k - 2) or t.low[k - 4] == "on") and
                                  t.low[k - 4] in ("in", "from", "near", "on"))))) and \
                    (t.low[k] in ("to", "for", "of") or t.is_cap(k + 1) or
                     ((t.low[k + 1] == "the" or t.low[k + 1] in COMPASS or
                       t.low[k + 1] in PLACE_QUALIFIERS) and k + 2 <= j and
                      t.is_cap(k + 2)) or
                     # "A former senior executive at phone maker Lumio testified"
                     (t.low[k] == "at" and t.is_cap(j) and j - k <= 5 and
                      all(t.is_word(x) for x in range(k + 1, j + 1))) or
                     # "Health officials in both countries said": a group and where it is
                     (t.low[k] in ("in", "from") and t.low[k - 1].endswith("s") and
                      (t.low[k + 1] in ("both", "all", "several", "many", "other") or
                       (t.low[k + 1] in NUMBER_WORDS and t.low[k + 1] != "one")) and
                      j - k <= 3)):  # (and "Riders from two other teams said")
                k -= 1
                n += 1
                continue
            if t.low[k].endswith("ing") and k - 1 >= lo and k < j and \
                    t.low[k] in POSTMODIFYING and not t.is_cap(k - 1) and \
                    lexicon.source_nouns().get(t.low[k - 1]) == "institution":
                k -= 1  # "The association representing tobacco shops said": the association
                n += 1
                continue
            # inside a name: "Communications Workers of America", "Bank of England"
            if t.low[k] in ("of", "for") and k - 1 >= lo and k < j and t.is_cap(k - 1) and \
                    t.is_cap(k + 1) and t.low[k - 1] not in lexicon.titles() and \
                    not _person_name_before(t, k, lo):
                k -= 1
                n += 1
                continue
            break
        if t.low[k] in ("a", "an", "the") and k - 2 >= lo and k < j and \
                t.low[k - 1] in ("of", "for") and t.is_cap(k + 1) and (
                    (t.is_cap(k - 2) and t.low[k - 2] not in lexicon.titles() and
                     not _person_name_before(t, k - 1, lo)) or
                    (t.low[k - 2].isdigit() and k - 3 >= lo and t.low[k - 3] == "local")):
            # inside a name: "Citizens for a Better Environment", "Friends of the Earth",
            # "Local 30 of the American Federation of Musicians"
            k -= 2
            n += 2
            continue
        if lo < k < j - 1 and t.is_cap(k - 1) and town_particle(t, k):
            k -= 1  # "Frankfurt an der Oder": one town's name, no article
            n += 1
            continue
        if t.low[k] == "the" and k - 1 > lo and k < j and t.low[k - 1] == "and" and \
                and_in_name(t, k - 1):
            k -= 2  # "the National Commission for Culture and the Arts": inside its name
            n += 2
            continue
        if t.low[k] in DETERMINERS and not t.is_cap(k):
            # "the president of the bank": a role noun's complement, with its article
            if k - 2 >= lo and t.low[k - 1] in ("of", "for", "to", "at", "with", "from", "on",
                                                "in", "inside", "near", "around", "along",
                                                "among", "below", "above") and \
                    (role_noun(t.low[k - 2]) or (agent_noun(t.low[k - 2]) and
                                                 (not t.is_cap(k - 2) or _opening_trade(
                                                     t, k - 2, lo))) or
                     (t.low[k - 1] in ("near", "below", "above") and t.is_word(k - 2)) or
                     (t.low[k - 2] in COLLECTIVE_STAFF and t.low[k - 1] in ("at", "of")) or
                     (t.low[k - 1] == "of" and t.is_word(k - 2) and not t.is_cap(k - 2) and
                      t.low[k - 2] not in STOP and
                      any(t.low[x] in PLACE_KINDS and t.low[x + 1] == "of"
                          for x in range(k + 1, min(k + 4, j)))) or
                     # ("in the old bazaar of the Kosovo town of Gjakova": a place in a town)
                     (t.low[k - 1] == "on" and k + 1 < j and t.is_cap(k + 1) and
                      t.is_word(k - 2) and not t.is_cap(k - 2) and
                      t.low[k - 2] not in STOP) or
                     (t.low[k - 1] in ("around", "along", "among", "on") and
                      t.low[k - 2].endswith("s") and
                      t.is_word(k - 2) and t.low[k - 2] not in STOP)):
                # ("Leaders of the Atacameño communities around the salt flats said", "Mayors
                # of towns along the route said", "The owner of one of the wooden watermills
                # on the Pliva lakes near ... Jajce said": a works on a named water)
                k -= 2  # "an executive at a rival carrier", "a waiter at the restaurant"
                n += 2
                continue
            if k - 2 >= lo and t.low[k] == "the" and t.low[k - 1] == "of" and \
                    t.low[k - 2] in PART_OF and (k - 2 == lo or t.low[k - 3] in (",", "and")) \
                    and t.low[j].endswith("s") and role_noun(t.low[j]):
                k -= 3  # "..., several of the workers told Reuters": some of a group
                break
            if k - 4 >= lo and t.low[k - 1] == "of" and t.low[k - 2] in PART_OF and \
                    t.low[k - 3] in ("at", "in", "from", "near", "of") and \
                    (role_noun(t.low[k - 4]) or agent_noun(t.low[k - 4])):
                k -= 4  # "A former waiter at one of the restaurants", "shopkeepers near some
                # of the schools", "The owner of one of the wooden watermills"
                n += 4
                continue
            k -= 1
            break
        k -= 1
        n += 1
    a, b = k + 1, j + 1
    if a < b and not head_ok(t, a, b) and \
            not any(t.low[x] in ("who", "which") and "," not in t.low[x:a]
                    for x in range(max(lo, a - 8), a)) and any(
            (role_noun(t.low[x]) or (agent_noun(t.low[x]) and t.low[x + 1] == "at")) and
            (not t.is_cap(x) or (x == a and t.low[x].endswith(("s", "men")))) and
            (t.low[x + 1] in ("of", "for", "to", "at") or t.low[x + 1] in POSTMODIFYING or
             # "Community leaders near the salt flat said": a group and where it is
             (t.low[x + 1] in ("near", "of") and t.low[x].endswith("s") and b - x <= 9 and
              "near" in t.low[x + 1:b] and
              all(t.is_word(y) and not t.is_cap(y) for y in range(x + 1, b))) or
             (t.low[x + 1] in ("in", "from") and t.low[x].endswith("s") and
              x + 2 < b and t.low[x + 2] in ("both", "all", "several", "many")) or
             (t.low[x + 1] == "in" and t.low[x].endswith(("s", "men")) and x + 4 <= b and
              t.low[x + 2] in ("the", "a") and t.low[x + 3] in LOCALITIES and
              (x + 4 == b or t.low[x + 4] in ("on", "of", "in"))) or
             # ("A hotel association in the Dambulla area said": a body and the named area)
             # (and "A guesthouse owner in Albania's Valbona valley said": the country's)
             (t.low[x + 1] in ("in", "near") and x + 4 <= b and
              (t.low[x + 2] == "the" or (t.is_cap(x + 2) and
                                         t.low[x + 2].endswith(("'s", "’s")))) and
              (t.low[b - 1] in LOCALITIES or
               (t.low[x + 2] != "the" and t.low[b - 1] in WORKPLACES)) and
              all(t.is_word(y) and (t.is_cap(y) or t.low[x + 2] != "the")
                  for y in range(x + 3, b - 1))))
            # ("Fishermen in a village on Indonesia's Sulawesi island say", "A trader in
            # Maroua's central market said")
            for x in range(a, b - 1)):
        return (a, b)  # "a member of the audience said": the role heads the phrase (not
        # inside a relative clause: "Families who lost relatives to overdoses said")
    if a < b and (not head_ok(t, a, b) or
                  (a - 1 > lo and t.low[a - 1] in GROUP_PLACE_PREPOSITIONS)) and \
            (x := _group_at_place(t, a, j, lo)) is not None:
        return (x, b)  # "Parents at a primary school in Harare's Mbare suburb said", "Teachers
        # at a school in Harare said": the group, where it is
    if a >= b or not head_ok(t, a, b):
        return _relative_subject(t, j, lo) if skip else None
    if skip and a - 1 >= lo and (t.low[a - 1] not in (",", "who", "which") or (
            t.low[a - 1] == "who" and a - 2 >= lo and t.low[a - 2] != ",")) and \
            any(t.low[x] in ("who", "which") or _that_after_subject(t, x, lo)
                for x in range(max(lo, a - 8), a)):
        # "Residents who fled the town of Crown King said": the relative's antecedent
        found = _relative_subject(t, j, lo)
        if found:
            return found
    prep = a - 1  # "... of the charity Not Dead Yet UK": back to the "of"
    while prep > lo and prep > a - 8 and (
            t.is_word(prep) or (t.low[prep] in ("'", "’") and t.low[prep - 1].endswith("s"))) \
            and t.low[prep] not in ("of", "at", "from", "what", "who", "which", "whom"):
        prep -= 1  # (not past a clause's opening: "expel senator Fidelina Ozuna from the
        # chamber for what the ruling Colorado Party called": the party; past a plural's
        # possessive: "of the patients' group Dignity in Dying")
    if prep - 1 >= lo and t.low[prep] in ("of", "at", "from") and t.is_cap(prep - 1):
        # "Nadia Flores of the Consumer Safety Project said": the person, not the body
        person = mention_left(t, prep, lo, skip=False)
        if person and (any(t.low[x] in lexicon.given_names() and t.is_cap(x)
                           for x in range(person[0], person[1] - 1)) or
                       (t.low[prep + 1] == "the" and _unknown_person(t, *person))):
            return person
    if skip and a - 2 >= lo and t.low[a - 1] in ("to", "with", "on", "in", "about") and \
            (t.low[a - 2] in POSTMODIFIERS or
             (t.low[a - 1] == "with" and not t.is_cap(a - 2) and role_noun(t.low[a - 2]))):
        # "a person close to the board said": the board is the modifier's object
        return _relative_subject(t, j, lo) or (a, b)
    if a - 2 >= lo and t.low[a - 1] == "and" and t.is_cap(b - 1) and t.is_cap(a - 2) and \
            " ".join(t.low[a:b]) in lexicon.places():
        # "Canada and India said": two countries speaking together
        first = mention_left(t, a - 1, lo, skip=False)
        if first is not None and t.low[first[1] - 1] in lexicon.places() and \
                (" ".join(t.low[first[0]:first[1]]) in lexicon.places() or
                 any(t.low[x] in ("in", "from") and role_noun(t.low[x - 1])
                     for x in range(first[0] + 1, first[1] - 1))):
            return (first[0], b)  # (and "Health officials in Sudan and Zambia said")
    if b - a >= 3 and t.low[a] in ("a", "an") and t.low[a + 1] in SUMMED_ACTS and \
            head_ok(t, a + 2, b):
        return (a + 2, b)  # "..., a decision conservation groups condemned as": the groups
    if a - 2 >= lo and t.low[a - 1] == "and" and not t.is_cap(b - 1) and t.is_word(a - 2):
        # "..., activists and a doctors' group said": two groups speak together
        first = mention_left(t, a - 1, lo, skip=False)
        if first is not None and (not t.is_cap(first[1] - 1) or (
                first == (lo, lo + 1) and t.low[lo].endswith("s") and
                (agent_noun(t.low[lo]) or role_noun(t.low[lo])))) and head_ok(t, *first):
            return (first[0], b)  # (and "Breeders and bullfighters said")
    return (a, b)


def _unknown_person(t: Tokens, a: int, b: int) -> bool:
    """Tokens ``a..b`` end in two capitalised words that name no body or place, as a
    person's name does whose given name no list holds (``Arne Lindgren`` of ``Ocean
    physicist Arne Lindgren of the University of Bergen``)."""
    if b - a < 2 or t.low[a] in DETERMINERS or not (t.is_cap(b - 1) and t.is_cap(b - 2) and
                                                     t.is_word(b - 2)):
        return False  # ("The National Museum of the American Indian": a body)
    nouns, places = lexicon.source_nouns(), lexicon.places()
    return not any(t.low[x] in nouns or t.low[x] in places or
                   t.low[x] in lexicon.company_words() for x in (b - 2, b - 1))


def _person_name_before(t: Tokens, k: int, lo: int) -> bool:
    """The capitalised words before ``k`` are a person's name (``Tom Fielding`` of ``Tom
    Fielding of James Cook University``): two or more, the first a known given name."""
    i = k - 1
    while i - 1 >= lo and t.is_cap(i - 1) and t.is_word(i - 1):
        i -= 1
    return k - i >= 2 and t.low[i] in lexicon.given_names()


#: descriptions before a name that no title list holds ("billionaire Alec Ferreira")
RICH = frozenset({"billionaire", "millionaire", "tycoon", "magnate", "entrepreneur",
                  "businessman", "businesswoman", "philanthropist", "investor"})
#: words opening a post-nominal modifier of a source: "people familiar with the talks",
#: "an official close to the negotiations", "a person briefed on the plan"
#: words that open another clause: a participle before one modifies no subject of the verb
#: after it ("Authorities evacuated a village after geologists warned")
CLAUSE_LINKS = frozenset({"after", "before", "when", "while", "because", "as", "since",
                          "until", "that", "and", "but", "if", "once"})
POSTMODIFIERS = frozenset({"familiar", "close", "briefed", "involved", "with", "knowledgeable",
                           "aware", "speaking", "granted"})


def _that_after_subject(t: Tokens, x: int, lo: int) -> bool:
    """Whether token ``x`` is a ``that`` opening a relative clause on the clause's subject
    noun, a plural of people or bodies first (``Companies that run the tours said``) or a
    body after its article (``The agency that runs the barrier said``)."""
    if t.low[x] != "that" or x - 1 < lo:
        return False
    w = t.low[x - 1]
    if x - 4 == lo and t.low[lo + 1] == "of" and t.low[lo + 2] in ("the", "a") and \
            w.endswith("s") and t.is_word(x - 1) and not t.is_cap(x - 1) and \
            t.low[lo].endswith(("s", "men")) and role_noun(t.low[lo]):
        return True  # "Crews of the ferries that cross the Chacao channel ... said": the crews
    return ((x - 1 == lo and w.endswith("s")) or
            (x - 2 == lo and w.endswith("s") and t.is_word(lo)) or  # ("Women's cooperatives
            # that crack argan nuts say")
            (x - 2 == lo and t.low[lo] in ("the", "a", "an") and
             lexicon.source_nouns().get(w) == "institution")) and \
        (role_noun(w) or agent_noun(w))


def _relative_subject(t: Tokens, j: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase before a relative clause or post-nominal modifier that ends at
    ``j``: ``an official who spoke on condition of anonymity because he was not
    authorized to discuss it said``, ``two people familiar with the matter said``."""
    named = set()  # a name in marks after "as": 'hats sold abroad as "Panama hats"'
    for w in range(j, max(lo, j - 8), -1):
        if t.low[w] in ("”", '"') and (k := next((k for k in range(w - 1, max(lo, w - 6), -1)
                                                   if t.low[k] in ("“", '"')), None)) \
                is not None and k - 1 > lo and t.low[k - 1] == "as":
            named = set(range(k, w + 1))
            break
    for w in range(j, max(lo - 1, j - 25), -1):
        if w in named:
            continue
        if t.low[w] == "," and lo < w < j and t.is_cap(w - 1) and t.is_cap(w + 1) and \
                "and" in t.low[w + 1:j + 1]:
            continue  # a list of places inside the clause: "from France, Belgium and Germany"
        if t.low[w] in (",", ".", ";", "“", "”", '"', ":"):
            return None
        if t.low[w] in ("who", "whom"):
            return mention_left(t, w, lo, skip=False)
        if t.low[w] == "which" and w - 2 > lo and t.low[w - 1] in ("for", "in", "from", "with") \
                and t.low[w - 2].endswith("s") and not t.is_cap(w - 2) and \
                (found := mention_left(t, w - 1, lo, skip=False)) is not None and \
                found[0] == past_discourse(t, lo, found[0]):
            return found  # "Makers of the lacquered wooden toys for which the southern Indian
            # town of Channapatna is known said": the makers, by what they make
        if t.low[w] == "whose" and w - 1 >= lo and w + 2 < j and t.is_word(w + 1) and \
                not t.is_cap(w + 1) and not t.is_cap(w - 1) and \
                t.low[w - 1] != "of" and (found := mention_left(t, w, lo, skip=False)) and \
                found[0] == past_discourse(t, lo, found[0]):
            return found  # "A coppersmith whose family has worked in the old medina for five
            # generations said": the one the clause is about opens the sentence
        if _that_after_subject(t, w, lo):
            return mention_left(t, w, lo, skip=False)  # "Companies that run the tours said"
        # a contact clause: "all the experts I interviewed said"
        if t.low[w] in SUBJECT_PRONOUNS and w < j and w - 1 >= lo and t.is_word(w - 1) and \
                not t.is_cap(w - 1):
            found = mention_left(t, w, lo, skip=False)
            if found:
                return found
        if w - 1 >= lo and w < j and t.low[w - 1].endswith("s") and not t.is_cap(w) and \
                (t.low[w].endswith(("ed", "ing")) or t.low[w] in ("stuck", "caught", "left")) \
                and (role_noun(t.low[w - 1]) or agent_noun(t.low[w - 1][:-1]) or
                     t.low[w - 1] in PERSON_NOUNS) and \
                not any(t.low[x] in CLAUSE_LINKS for x in range(w + 1, j + 1)):
            # "Truck drivers stuck in queues of up to 20 kilometres said", "Residents trapped
            # in the town said": the people, labelled by their head, not the participle's phrase
            found = mention_left(t, w, lo, skip=False)
            if found and (not t.is_cap(found[1] - 1) or found == (lo, lo + 1)):
                return found  # (a capital only as the sentence's first word: "Drivers")
        if lo + 2 < w < j and t.low[lo + 1] == "of" and t.low[lo].endswith("s") and \
                role_noun(t.low[lo]) and not t.is_cap(w) and \
                (t.low[w] in MADE_PARTICIPLES or t.low[w].endswith("ed")) and \
                all(t.is_word(x) and not t.is_cap(x) for x in range(lo + 1, w)):
            return (lo, w)  # "Weavers of the fine toquilla straw hats sold abroad as ...
            # say": the people by what they make, not where it is sold
        if t.low[w] in POSTMODIFIERS and w - 1 >= lo and w < j:
            found = mention_left(t, w, lo, skip=False)
            # a role noun ("People familiar with ..." opening a sentence too), not "Smith with"
            if found and (not t.is_cap(found[1] - 1) or role_noun(t.low[found[1] - 1])) and \
                    not (found[0] - 1 >= lo and t.low[found[0] - 1] == "who"):
                return (found[0], j + 1)  # the modifier names the source: keep it (not a
                # relative clause's verb: "A tour operator who works with the drivers said")
    return None


#: past participles of making and selling after a made thing: "hats sold abroad"
MADE_PARTICIPLES = frozenset({"sold", "made", "known", "grown", "built", "worn", "woven",
                              "bought", "caught", "brought", "spun", "sewn", "shown"})


TIME_WORDS = frozenset({"week", "month", "year", "day", "morning", "afternoon", "evening",
                        "night", "weekend", "monday", "tuesday", "wednesday", "thursday",
                        "friday", "saturday", "sunday", "today", "yesterday", "tonight",
                        "summer", "winter", "autumn", "season"})


#: spans of time a "for" phrase before a verb can last: "who worked there for nine years"
DURATIONS = frozenset({"years", "months", "weeks", "days", "decades", "decade", "year", "month",
                       "hours"})


#: adverbs of place after a group's noun: "Rental companies upstream said"
WHEREABOUTS = frozenset({"upstream", "downstream", "nearby", "locally", "overseas", "upriver",
                         "downriver", "inland", "offshore", "downtown", "uptown"})


def _skip_between(t: Tokens, j: int, lo: int) -> int:
    """Step left over adverbs, auxiliaries and time phrases (``this month``, ``on Friday``)."""
    while j >= lo:
        if is_adverb(t, j):
            j -= 1
        elif t.low[j] in TIME_WORDS and j - 1 >= lo and \
                t.low[j - 1] in ("this", "last", "next", "on", "that", "earlier", "late",
                                 "early", "just"):
            j -= 2
        elif t.low[j] in TIME_WORDS and t.is_cap(j) and j - 1 >= lo and t.is_word(j - 1):
            j -= 1  # "Smith Tuesday said" (AP style)
        elif t.low[j] in WHEREABOUTS and j - 1 >= lo and t.low[j - 1].endswith("s") and \
                t.is_word(j - 1):
            j -= 1  # "Rental companies upstream said": where the group is
        elif t.low[j] in DURATIONS and j - 2 >= lo and t.low[j - 2] == "for" and \
                not t.is_cap(j - 1):
            j -= 3  # "An engineer who worked there for nine years said"
        elif t.low[j] == "," and j - 2 >= lo and t.low[j - 1] in ASIDES and t.low[j - 2] == ",":
            j -= 3  # "Some Texas sheriffs, however, said": a discourse aside
        elif t.low[j] == "," and (k := _participle_aside(t, j, lo)) is not None:
            j = k  # "The inquiry's report, published last week, said"
        elif t.low[j] == "," and (k := _nearby_aside(t, j, lo)) is not None:
            j = k  # "Residents of the Santa Catarina neighbourhood, next to the plant, said"
        elif t.low[j] == "," and (k := _partitive_aside(t, j, lo)) is not None:
            j = k  # "Riders, most of them from Nepal, India and Pakistan, told"
        elif t.low[j] == "," and (k := _journal_aside(t, j, lo)) is not None:
            j = k  # "The study, in the journal Environmental Pollution, suggests"
        elif t.low[j] == "," and (k := _home_aside(t, j, lo)) is not None:
            j = k  # "Fishermen in Norway's Lofoten islands, home to one of the world's
            # oldest cod fisheries, said": the place's aside
        elif t.low[j] == "," and (k := _ranked_aside(t, j, lo)) is not None:
            j = k  # "Yam traders at Techiman's main market, one of the largest food markets
            # in West Africa, say": what is ranked there, the group's place or the speaker
        elif t.low[j] == "," and (k := _known_as_aside(t, j, lo)) is not None:
            j = k  # "The akimat, as the city administration is known, said": what the
            # body is called, in the reader's words
        else:
            break
    return j


def _aside_opening(t: Tokens, comma: int, lo: int, reach: int) -> int | None:
    """The comma that opens an aside closing at ``comma``, within ``reach`` tokens, with a
    word before it; None when there is none."""
    k = next((k for k in range(comma - 1, max(lo, comma - reach) - 1, -1) if t.low[k] == ","),
             None)
    return k if k is not None and k - 1 >= lo and t.is_word(k - 1) else None


def _participle_aside(t: Tokens, comma: int, lo: int) -> int | None:
    """``X, published last week, said``: the token before an aside that opens with a past
    participle and closes at ``comma``; None when there is none."""
    k = _aside_opening(t, comma, lo, 7)
    if k is None:  # "The lawsuit, filed at Valencia's High Court of Justice on behalf of 52
        k = _aside_opening(t, comma, lo, 14)  # families, says": a document's longer aside
        k = k if k is not None and t.low[k - 1] in DOCUMENTS and comma + 1 < len(t) and \
            t.low[comma + 1] in ("says", "said", "alleges", "alleged") else None
    if k is not None and any(t.low[x] in ("which", "who") and t.low[x - 1] == ","
                             for x in range(max(lo + 1, k - 12), k)):
        return None  # "The government, which capped increases for older, regulated
        # apartments last year, said": an adjective inside a relative clause, no aside
    return k - 1 if k is not None and k + 1 < comma and \
        (t.low[k + 1].endswith("ed") or
         (t.low[k + 1] in ("brought", "written", "drawn") and t.low[k - 1] in DOCUMENTS)) and \
        not t.is_cap(k + 1) else None  # (and a paper's "The motion, brought by ...,")


def _nearby_aside(t: Tokens, comma: int, lo: int) -> int | None:
    """``Residents of the Santa Catarina neighbourhood, next to the plant, said``: the token
    before an aside that says where a group is and closes at ``comma``, else None."""
    k = _aside_opening(t, comma, lo, 9)
    if k is None or k + 2 >= comma or not all(t.is_word(x) for x in range(k + 1, comma)):
        return None
    opens = t.low[k + 1:k + 3]
    return k - 1 if opens in (("next", "to"), ("close", "to")) or \
        (opens[0] in ("near", "beside", "opposite") and t.low[k + 2] in ("the", "a", "an")) or \
        (opens[0] in ("on", "in") and k - 1 >= lo and t.is_cap(k - 1) and
         t.low[comma - 1] in ("island", "region", "province", "coast", "peninsula", "state",
                              "county")) \
        else None  # (and "ships in Bulukumba, on Indonesia's Sulawesi island, say": where
    # the place named is)


def _partitive_aside(t: Tokens, comma: int, lo: int) -> int | None:
    """``Riders, most of them from Nepal, India and Pakistan, told``: the token before an
    aside that says where some of a group come from and closes at ``comma``, else None."""
    k = next((x for x in range(comma - 1, max(lo, comma - 14) - 1, -1)
              if t.low[x] == "," and x + 3 < comma and t.low[x + 2:x + 4] == ("of", "them")
              and t.low[x + 1] in ("most", "many", "some", "all", "half", "several")), None)
    return k - 1 if k is not None and k - 1 >= lo and t.is_word(k - 1) else None


def _ranked_aside(t: Tokens, comma: int, lo: int) -> int | None:
    """``X's main market, one of the largest food markets in West Africa, say``: the token
    before an aside that ranks what it follows (``one of the`` and a superlative) and closes
    at ``comma``, else None."""
    k = _aside_opening(t, comma, lo, 14)
    if k is None or k + 4 >= comma or t.low[k + 1:k + 4] != ("one", "of", "the") or \
            not (t.low[k + 4].endswith("est") or t.low[k + 4] in ("most", "few")) or \
            not all(t.is_word(x) for x in range(k + 1, comma)):
        return None
    return k - 1


def _known_as_aside(t: Tokens, comma: int, lo: int) -> int | None:
    """``The akimat, as the city administration is known, said``: the token before an aside
    that says what a body (or person) is known as and closes at ``comma``; None when there
    is none."""
    k = _aside_opening(t, comma, lo, 9)
    if k is None or k + 4 > comma or t.low[k + 1] != "as" or t.low[comma - 1] != "known" or \
            not all(t.is_word(x) for x in range(k + 1, comma)):
        return None
    verb = comma - 2 - (t.low[comma - 2] in ("locally", "widely", "commonly", "officially"))
    return k - 1 if t.low[verb] in ("is", "are", "was", "were") else None


def _journal_aside(t: Tokens, comma: int, lo: int) -> int | None:
    """``The study, in the journal Nature, suggests``: the token before an aside that names
    where a document was published and closes at ``comma``; None when there is none."""
    k = _aside_opening(t, comma, lo, 9)
    return k - 1 if k is not None and k + 3 < comma and t.low[k - 1] in DOCUMENTS and \
        t.low[k + 1] == "in" and "journal" in t.low[k + 2:k + 4] else None


def _home_aside(t: Tokens, comma: int, lo: int) -> int | None:
    """``X in <place>, home to Y, said``: the token before an aside about a place that opens
    with "home to" and closes at ``comma``; None when there is none."""
    k = _aside_opening(t, comma, lo, 14)
    return k - 1 if k is not None and k + 2 < comma and t.low[k + 1] == "home" and \
        t.low[k + 2] == "to" else None


#: discourse words set off by commas between a subject and its verb
ASIDES = frozenset({"however", "meanwhile", "though", "too", "also", "instead", "separately",
                    "likewise", "nonetheless", "nevertheless", "moreover", "in", "turn"})


def _clitic_pronoun(w: str) -> bool:
    base = w.split("’", 1)[0].split("'", 1)[0]
    return base != w and base in SUBJECT_PRONOUNS


PARTY_TAG = rx.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")


def _party_tag_before(t: Tokens, end: int, lo: int) -> int | None:
    """Index of the last word of the name before a party-and-state tag that ends just
    before token ``end`` (``Sen. Claire Dunmore, D-Ore.,``), else None."""
    k = end - 1
    if k >= lo and t.low[k] == ",":
        k -= 1
    while k >= lo and t.low[k] == ".":
        k -= 1
    if k < lo or not PARTY_TAG.match(t.word(k)):
        # "D-N.Y." tokenises as "D-N", ".", "Y", "."
        if not (k - 2 >= lo and t.low[k - 1] == "." and PARTY_TAG.match(t.word(k - 2))):
            return None
        k -= 2
    if k - 1 >= lo and t.low[k - 1] == "," and k - 2 >= lo and t.is_word(k - 2):
        return k - 2
    return None


#: participles after a body's noun that say whom it serves: "the association representing
#: tobacco shops"
POSTMODIFYING = frozenset({"representing", "running", "operating", "owning", "managing",
                           "building", "making", "producing", "supplying", "developing"})
#: participles of who made or runs a body, before "by": "The fund set up by the authorities"
AGENT_PARTICIPLES = frozenset({"run", "owned", "funded", "backed", "created", "appointed",
                               "established", "controlled", "operated", "founded", "financed"})
#: participles of who ordered a document, before "by": "a report commissioned by the city"
ORDERING_PARTICIPLES = frozenset({"commissioned", "ordered", "requested", "funded",
                                  "sponsored"})
#: where a group lives or works, after it: "Residents living downwind of the refinery say"
#: (or waits: "Truckers waiting outside Arica said")
DWELLING = frozenset({"living", "based", "working", "staying", "camped", "camping",
                      "sheltering", "farming", "fishing", "waiting", "stranded",
                      "stuck"})
#: what experts do to what they speak of: "Geologists monitoring the Birchhorn glacier said"
WATCHING = frozenset({"monitoring", "studying", "tracking", "watching", "observing",
                      "surveying"})
#: acts that sum up a clause before the one who judged them: ", a decision X condemned"
SUMMED_ACTS = frozenset({"decision", "move", "ruling", "step", "measure", "ban", "verdict",
                         "sentence", "policy", "plan", "proposal", "law", "change", "reform",
                         "amendment", "deal"})
#: particles inside a person's name: "Peter van Leeuwen", "Laura Méndez de la Vega"
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "del", "la",
                            "le", "bin", "al", "dos", "das", "ter", "ten", "el", "ibn", "ben",
                            "en", "do", "e", "y", "ā", "por", "los", "las", "na", "cha",
                            "wa", "ya"})
# ("Carvalhal e Sousa", "Ortega y Gasset", "Acción por los Cisnes", "Conradh na Gaeilge"; the
# Māori "ā" of an iwi's name: "Te Kawerau ā Maki"; the Swahili "of" of "Chama cha Haki" and
# "Ngugi wa Thiong'o")


def _quoted_words_before(t: Tokens, close: int, lo: int) -> int | None:
    """The opening mark of a few quoted words that close at ``close`` inside a phrase (a
    word before the opening mark, a word after the closing one: 'a "city-museum" of the
    tiles'); else None."""
    if close + 1 >= len(t) or not t.is_word(close + 1):
        return None
    for j in range(close - 1, max(lo, close - 6), -1):
        if t.low[j] in ("“", '"'):
            return j if j < close - 1 and j - 1 >= lo and t.is_word(j - 1) and \
                all(t.is_word(x) or t.low[x] == "-" for x in range(j + 1, close)) else None
        if not (t.is_word(j) or t.low[j] == "-"):
            return None
    return None


def _people_aside(t: Tokens, i: int, hi: int) -> bool:
    """Whether the words from ``i`` name people and open a relative clause about them: "women
    who", "white-capped couriers who" (a plural person noun after up to two plain words)."""
    rel = next((x for x in range(i + 1, min(hi, i + 4)) if t.low[x] in ("who", "that")), None)
    if rel is None or not all(t.is_word(x) and not t.is_cap(x) for x in range(i, rel)):
        return False
    head = t.low[rel - 1]
    return head in PEOPLE_ASIDES or (head.endswith("s") and (role_noun(singular(head)) or
                                                            agent_noun(singular(head))))


def _person_before_role(t: Tokens, comma: int, lo: int) -> tuple[int, int] | None:
    """``Johan Steyn, director of the race's organiser, Karoo Trail Events, said``: the
    person's name before a role held in a body (``director of``, ``a lawyer for``) whose
    name follows, or None."""
    o = next((x for x in range(comma - 1, max(lo, comma - 12) - 1, -1)
              if not (t.is_word(x) or t.low[x] in ("'s", "’s"))), None)
    if o is None or t.low[o] != "," or o + 2 >= comma:
        return None
    a = o + 2 if t.low[o + 1] in ("a", "an", "the") else o + 1
    prep = next((x for x in range(a + 1, comma) if t.low[x] in ("of", "for", "at")), None)
    if prep is None or not all(t.is_word(x) and not t.is_cap(x) and
                               (role_noun(t.low[x]) or t.low[x] in lexicon.titles() or
                                x < prep - 1) for x in range(a, prep)) or \
            not (role_noun(t.low[prep - 1]) or t.low[prep - 1] in lexicon.titles()):
        return None
    name = mention_left(t, o, lo, skip=False)
    if name is None or name[1] != o or not 2 <= name[1] - name[0] <= 4 or \
            not all(t.is_cap(x) and t.is_word(x) and t.low[x] not in STOP and
                    t.low[x] not in lexicon.institution_nouns() and
                    t.low[x] not in lexicon.company_words() and
                    t.low[x] not in lexicon.places() for x in range(*name)):
        return None
    return name


def name_after_body(t: Tokens, a: int, b: int) -> tuple[int, int] | None:
    """The person's name closing a role ``of the`` a body (``member of the European
    Parliament Brechtje Oudkerk``, ``chairman of the Senate Foreign Relations Committee
    Robert Hale``): the two to four capitalised words after the body's last noun; else
    None."""
    of = next((x for x in range(a + 1, b - 4) if t.low[x] == "of" and t.low[x + 1] == "the" and
               t.is_word(x - 1) and not t.is_cap(x - 1) and
               (role_noun(t.low[x - 1]) or t.low[x - 1] in lexicon.titles())), None)
    if of is None:
        return None
    noun = next((x for x in range(b - 3, of + 2, -1)
                 if lexicon.source_nouns().get(t.low[x]) == "institution" and t.is_cap(x)), None)
    if noun is None or not 2 <= b - noun - 1 <= 4 or not all(
            t.is_word(x) and (t.is_cap(x) or (t.low[x] in NAME_PARTICLES and noun + 1 < x < b - 1))
            for x in range(of + 2, b)) or \
            any(t.low[x] in lexicon.source_nouns() for x in range(noun + 1, b)):
        return None
    return (noun + 1, b)


#: what an aside glossing a place ends on: "Fiji's first capital", "the country's second city"
PLACE_GLOSS_HEADS = frozenset({"capital", "city", "town", "port", "village", "island", "region",
                               "province", "district", "hub", "centre", "center"})


def _place_gloss(t: Tokens, a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` gloss the place named before them: ``Fiji's first
    capital``, ``the old capital``."""
    return 2 <= b - a <= 6 and t.low[b - 1] in PLACE_GLOSS_HEADS and \
        (t.low[a] == "the" or (t.is_cap(a) and t.low[a].endswith(("'s", "’s")))) and \
        all(t.is_word(x) and not t.is_cap(x) for x in range(a + 1, b))


def _appositive(t: Tokens, comma: int, lo: int) -> tuple[int, int] | None:
    """``NAME, <descriptor or clause>, VERB`` -> NAME; ``ROLE, NAME, VERB`` -> NAME."""
    k = comma - 1
    while k >= lo and k > comma - 40 and (t.low[k] not in (",", ".", ";", "“", "”", '"')
                                          or abbrev_dot(t, k)):
        k -= 1
        if k >= lo and t.low[k] in ("”", '"') and (pair := _quoted_words_before(t, k, lo)):
            k = pair - 1  # 'Ovar, a "city-museum" of the painted tiles, said': a few quoted
            # words inside the aside, which goes on before them
    if k - 1 > lo and t.low[k] == "," and t.is_word(k - 1) and not t.is_cap(k - 1) and \
            t.is_word(k + 1) and not t.is_cap(k + 1) and t.low[k + 1] not in ("who", "which"):
        opener = next((x for x in range(k - 2, max(lo, comma - 40) - 1, -1)
                       if t.low[x] in (",", ".", ";", '"', "“", "”")), None)
        if opener is not None and t.low[opener] == "," and opener + 1 < k and \
                (t.low[opener + 1] in ("who", "which", "whose", "where") or
                 (t.low[opener + 1] in ("the", "a", "an") and opener - 1 >= lo and
                  t.is_cap(opener - 1) and
                  any(t.low[x] in ("and", "or") for x in range(k + 2, comma - 1)))):
            k = opener  # "The government, which capped increases for older, regulated
            # apartments last year, said": a list of adjectives inside the relative clause
            # (and "Street traders on Dublin's Moore Street, where families have sold fruit,
            # fish and flowers from barrows for generations, say": a list of goods)
            # (and "Choprabisco, the federation of Belgian chocolate, biscuit and
            # confectionery makers, said": a list of trades inside the aside)
    while k - 2 > lo and t.low[k] == "," and not _place_gloss(t, k + 1, comma) and \
            (opens := next((x for x in range(k - 1, max(lo, k - 8) - 1, -1)
                            if t.low[x] == ","), None)) is not None and \
            _place_gloss(t, opens + 1, k) and t.is_cap(opens - 1):
        k = opens - 1  # "Shopkeeper Rohitesh Bhan, whose family has traded in Levuka, Fiji's
        # first capital, since 1931, said": the place's gloss is inside the aside
        while k >= lo and k > comma - 40 and t.low[k] not in (",", ".", ";", "“", "”", '"'):
            k -= 1
    if k < lo or t.low[k] != "," or k == comma - 1:
        return None
    inner_a, inner_b = k + 1, comma
    if (person := name_after_body(t, inner_a, inner_b)) is not None:
        return person  # "Its author, Dutch member of the European Parliament Brechtje
        # Oudkerk, said": the member, not the body the role is of
    if inner_b - inner_a == 2 and t.low[inner_a] in ("now", "aged", "age") and \
            t.low[inner_a + 1].isdigit():
        return mention_left(t, k, lo, skip=False)  # "One former swimmer, now 19, said": an
        # age set aside, the noun before it
    if 2 <= inner_b - inner_a <= 5 and t.low[inner_b - 1].endswith("est") and \
            len(t.low[inner_b - 1]) > 5 and t.is_word(inner_b - 1) and \
            any(t.low[x].endswith(("'s", "’s")) for x in range(inner_a, inner_b - 1)) and \
            k - 1 >= lo and not t.is_cap(k - 1):
        return mention_left(t, k, lo, skip=False)  # "Traders at Busan's Jagalchi fish market,
        # South Korea's largest, say": a ranking of the place, the group before it
    if _place_gloss(t, inner_a, inner_b) and k - 1 >= lo and t.is_cap(k - 1) and \
            (outer := _appositive(t, k, lo)) is not None:
        return outer  # "Rohitesh Bhan, a shopkeeper in Levuka, Fiji's first capital, said":
        # the place's gloss, then the person's own aside, then the person
    if t.low[inner_a] == "by" and k - 1 >= lo and \
            t.low[k - 1] in ("report", "study", "review", "audit", "inquiry", "investigation"):
        return mention_left(t, k, lo, skip=False)  # "The report, by former federal
        # prosecutor Linda Marsh-Okoye, said": the report, its author set aside
    if inner_b - inner_a >= 4 and t.low[inner_a] in ("a", "an") and \
            t.low[inner_a + 1] in ("spokesman", "spokeswoman", "spokesperson") and \
            t.low[inner_a + 2] == "for" and t.is_cap(inner_b - 1):
        before = mention_left(t, k, lo, skip=False)
        if before is not None and not t.is_cap(before[1] - 1):
            return (inner_a, inner_b)  # "The hospitals' negotiator, a spokesman for the Twin
            # Cities Hospital Group, said": the one the aside names, for whom he speaks
    if inner_b - inner_a == 1 and t.is_cap(inner_a) and k - 1 >= lo and t.is_cap(k - 1) and \
            lexicon.places().get(t.low[inner_a], ("",))[0] in ("region", "country"):
        # "Homeowners who lost houses in a wildfire in Hinton, Alberta, accused": a town and
        # its province, no aside; the relative clause's antecedent
        return _relative_subject(t, k - 1, lo) or mention_left(t, k, lo)
    # "One of them, Sen. Ellen Ward of Maine, said": the name, without its home state
    # (not a body's own "of": "Local 30 of the American Federation of Musicians")
    of = next((i for i in range(inner_a + 2, inner_b - 1)
               if t.low[i] == "of" and t.is_cap(i + 1) and t.is_cap(i - 1) and
               t.low[i - 1] not in lexicon.institution_nouns()), None)
    if of is not None and all(t.is_cap(i) or t.low[i] == "." for i in range(of + 1, inner_b)):
        inner_b = of
    # "His rival, former mayor Iris Matamoros of the National Party, said": a role, the
    # person's name, then their party or home with its article
    of = next((i for i in range(inner_a + 3, inner_b - 2)
               if t.low[i] == "of" and t.low[i + 1] == "the"), None)
    if of is not None and inner_b - of <= 6 and \
            all(t.is_word(i) and (t.is_cap(i) or t.low[i] not in STOP)
                for i in range(of + 2, inner_b)) and \
            any(t.is_cap(i) for i in range(of + 2, inner_b)):  # ("of the governing Fine
        n = of  # Gael party")
        while n - 1 > inner_a and t.is_cap(n - 1) and t.is_word(n - 1):
            n -= 1
        if of - n >= 2 and not t.is_cap(n - 1) and role_noun(t.low[n - 1]):
            inner_b = of
    # "The bill's sponsor, state Representative Gary Lindqvist, said": a lower-case
    # qualifier of the title opens the name (not "the soldiers, led by Lt. Col. X,": the
    # one who leads them is set aside)
    first, role = inner_a, False
    while first < min(inner_b - 2, inner_a + 3) and t.is_word(first) and \
            t.low[first] != "by" and \
            (not t.is_cap(first) or (lexicon.places().get(t.low[first], ("",))[0] == "demonym"
                                     and not t.is_cap(first + 1))):
        role = role or (not t.is_cap(first) and (role_noun(t.low[first]) or (
            agent_noun(t.low[first]) and not t.low[first].endswith("s") and
            t.low[inner_a] not in ("who", "which", "whose", "where", "that"))))
        first += 1  # (and a trade: "The festival's founder, painter Vahagn Mkrtchyan,")
    if first > inner_a and (t.low[first].rstrip(".") in lexicon.titles() or
                            (role and inner_b - first >= 2 and
                             all(t.is_cap(i) or (t.low[i] in NAME_PARTICLES and
                                                 first < i < inner_b - 1)
                                 for i in range(first, inner_b)))):
        inner_a = first  # ("Ashford's owner, American investor Craig Dalton, said"; and
        # "The buyer, organ collector Pieter van Houdt, said", a particle in the name)
    if t.low[inner_a] == "the" and inner_b - inner_a >= 6 and t.is_cap(inner_a + 1) and \
            t.low[inner_b - 1] not in STOP and k - 1 >= lo and \
            t.low[k - 1] in lexicon.institution_nouns() and \
            all((t.is_cap(i) and t.is_word(i)) or t.low[i].isdigit() or
                t.low[i] in ("and", "of", "for") for i in range(inner_a + 1, inner_b)):
        inner_a += 1  # "The union, the International Longshore and Warehouse Union Local 514,
        # said": the body's name, past its article
    elif t.low[inner_a] == "the" and 3 <= inner_b - inner_a <= 7 and k - 1 >= lo and \
            t.is_word(k - 1) and not t.is_cap(k - 1) and not role_noun(t.low[k - 1]) and \
            (t.low[inner_b - 1] in lexicon.institution_nouns() or
             t.low[inner_b - 1] in lexicon.company_words()) and \
            all((t.is_cap(i) and t.is_word(i)) or
                (t.low[i] in ("and", "of", "for") and inner_a + 1 < i < inner_b - 1)
                for i in range(inner_a + 1, inner_b)):
        inner_a += 1  # "The country's largest buyer, the Timor Coffee Cooperative, said": a
        # description of any trade, then the body it names
    elif t.low[inner_a] == "the" and inner_b - inner_a == 2 and t.is_cap(inner_a + 1) and \
            t.is_word(inner_a + 1) and t.low[inner_a + 1] not in STOP and k - 1 >= lo and \
            t.low[k - 1] in lexicon.institution_nouns():
        inner_a += 1  # "The island's government, the Cabildo, said": the body's own name
    if 1 <= inner_b - inner_a <= 3 and k - 1 >= lo and t.low[k - 1] in PLACE_KINDS and \
            all(t.is_cap(x) and t.is_word(x) for x in range(inner_a, inner_b)) and \
            (before := mention_left(t, k, lo, skip=False)) is not None and \
            before[1] == k and before[0] + 2 < k and t.low[before[0]] == "the" and \
            t.low[before[0] + 2] == "of" and (t.low[before[0] + 1] in lexicon.titles() or
                                              role_noun(t.low[before[0] + 1])):
        return before  # "The mayor of Moldova's second city, Bălți, said": the mayor, the
        # city's own name an aside
    # (a title's abbreviation dots are no words: "Lt. Col. Marco Fiorentino")
    size = inner_b - inner_a - sum(abbrev_dot(t, x) for x in range(inner_a, inner_b))
    # "The state's campaign chairman, Phil Lovas, said": the inner part is the name (small
    # words inside a body's name too: "A consumer group, Kids in Danger, said")
    if all(t.is_cap(i) or t.low[i] == "." or (t.low[i].isdigit() and i > inner_a) or
           (t.low[i] in ("of", "for", "in", "and", "on", "the") and inner_a < i < inner_b - 1 and
            (t.is_cap(i + 1) or (t.low[i] in ("of", "for") and t.low[i + 1] == "the"))) or
           ((t.low[i] in NAME_PARTICLES or t.low[i] in FRENCH_PARTICLES) and
            inner_a < i < inner_b - 1 and t.is_cap(i + 1)) or  # ("Justice pour Tous Katanga")
           (t.low[i] == "&" and inner_a < i < inner_b - 1 and t.is_cap(i - 1) and
            t.is_cap(i + 1))  # ("The retailer, Harlow & Finch, said")
           for i in range(inner_a, inner_b)) and \
            t.is_cap(inner_a) and (t.low[inner_a] not in STOP or given_per(t, inner_a) or
                                   balinese_name_at(t, inner_a) or (
                # ("The island's water authority, To Tatou Vai, said": a name in Māori whose
                # first word is a small one in English)
                inner_b - inner_a >= 3 and k - 1 >= lo and
                t.low[k - 1] in lexicon.institution_nouns() and
                all(t.is_cap(x) and t.is_word(x) for x in range(inner_a, inner_b)))) and (
                size <= 5 or (inner_b - inner_a <= 9 and
                              ("of" in t.low[inner_a + 1:inner_b - 1] or
                               "and" in t.low[inner_a + 1:inner_b - 1]) and
                              t.low[inner_b - 1] != "." and any(
                                  t.low[x] in lexicon.institution_nouns()
                                  for x in range(inner_a, inner_b)))):
        if (person := _person_before_role(t, k, lo)) is not None:
            return person  # "Johan Steyn, director of the race's organiser, Karoo Trail
            # Events, said": the person; the body named is whom they work for
        before = mention_left(t, k, lo, skip=False)
        if before is None or not t.is_cap(before[1] - 1):
            return (inner_a, inner_b)  # "One of them, Sen. Ellen Ward, said": the name
        # "Zelensky's chief of staff, Andriy Yermak, said": a role phrase, then the name
        if k - 1 >= lo and t.is_word(k - 1) and not t.is_cap(k - 1) and \
                any(role_noun(t.low[x]) for x in range(max(lo, k - 4), k) if t.is_word(x)):
            return (inner_a, inner_b)
        # "Iran's Foreign Minister, Abbas Araghchi, said", "Alberta's Superintendent of
        # Insurance, Marguerite Okafor, said": a capitalised title, then the person (and
        # "Australia's Minister for International Development, Daniel Hargreaves, said")
        of_at = next((x for x in range(before[0] + 1, before[1]) if t.low[x] in ("of", "for")),
                     before[1])
        if t.low[of_at - 1] in lexicon.titles() and 2 <= inner_b - inner_a <= 4 and \
                not any(t.low[x] in lexicon.institution_nouns() or
                        t.low[x] in lexicon.company_words() for x in range(inner_a, inner_b)):
            return (inner_a, inner_b)
        # "the EU's special envoy for the South Caucasus, Toivo Klaar, said": a role with
        # its complement, then the name
        if any(t.is_word(x) and not t.is_cap(x) and
               (role_noun(t.low[x]) or agent_noun(t.low[x])) and
               t.low[x + 1] in ("for", "of", "to", "at", "in", "on", "from")
               for x in range(max(lo, k - 9), k - 1)):
            return (inner_a, inner_b)  # (and "A trader from Mombasa, Hassan Omar, said")
    cap = inner_b  # the capitalised name that closes the aside
    while cap - 1 > inner_a and (t.is_cap(cap - 1) or (
            t.low[cap - 1] in ("of", "for", "and") and t.is_cap(cap - 2))) and \
            t.is_word(cap - 1):
        cap -= 1
    if inner_b - inner_a >= 3 and t.low[inner_a] == "the" and inner_a + 1 < cap < inner_b and \
            cap - inner_a <= 4 and not t.is_cap(cap - 1) and \
            all(t.is_word(x) and (not t.is_cap(x) or
                                  lexicon.places().get(t.low[x], ("",))[0] == "demonym")
                for x in range(inner_a + 1, cap)):
        before = mention_left(t, k, lo, skip=False)
        if before is not None and not t.is_cap(before[1] - 1):
            return (cap, inner_b)  # "The plant's owner, the state-controlled Maghreb
            # Phosphates Group, said", "The pipeline's operator, the Canadian firm
            # Enbridge, said": the body the aside names
    if inner_b - inner_a >= 2 and t.is_cap(inner_a) and \
            t.low[inner_a].endswith(("'s", "’s")) and \
            t.low[inner_b - 1] in lexicon.institution_nouns() and \
            all(t.is_word(x) and not t.is_cap(x) for x in range(inner_a + 1, inner_b)):
        before = mention_left(t, k, lo, skip=False)
        if before is not None and not t.is_cap(before[1] - 1) and \
                t.low[before[1] - 1] in lexicon.institution_nouns():
            return (inner_a, inner_b)  # "A smaller union, Solidarity's education branch,
            # said": the body named in the aside
    if "and" in t.low[inner_a:inner_b] and t.is_cap(inner_a) and inner_b - inner_a <= 9 and \
            all(t.is_cap(i) or t.low[i] in (".", "and") for i in range(inner_a, inner_b)):
        before = mention_left(t, k, lo, skip=False)
        if before is not None and t.low[before[1] - 1].endswith("s") and \
                not t.is_cap(before[1] - 1):
            return (inner_a, inner_b)  # "The two companies, Mahadev Masala and Sunrise Spices,"
    of = next((x for x in range(inner_a + 2, min(inner_b - 2, inner_a + 4))
               if t.low[x] == "of"), None)
    if of is not None and t.low[of + 1] == "the" and \
            all(t.is_cap(x) and t.is_word(x) for x in range(inner_a, of)):
        before = mention_left(t, k, lo, skip=False)
        if before is not None and not t.is_cap(before[1] - 1) and \
                (role_noun(t.low[before[1] - 1]) or agent_noun(t.low[before[1] - 1])):
            return (inner_a, of)  # "The losing candidate, Tangeni Kaverua of the opposition
            # Independent Patriots for Change, said": the one the role names, not his party
    name = inner_b
    while name - 1 > inner_a and t.is_cap(name - 1) and t.is_word(name - 1):
        name -= 1
    if inner_b - name >= 2 and not t.is_cap(name - 1) and \
            (role_noun(t.low[name - 1]) or agent_noun(t.low[name - 1])) and \
            (t.is_cap(inner_a) or (t.low[inner_a] in ("the", "a", "an") and
                                   not any(t.low[x] in PREPOSITIONS or t.low[x] in ("of", "for")
                                           for x in range(inner_a, name))) or
             (t.low[inner_a] in TIME_QUALIFIERS and t.is_cap(inner_a + 1))) and \
            all(t.is_word(x) for x in range(inner_a, name)):
        # "The player targeted, Wolverton Rovers defender Kwame Asante, said": the name
        # after the club and the role ("One of the signatories, the Brazilian documentary
        # maker Lúcia Fontes, told": after its description; "His rival, former Tegucigalpa
        # mayor Iris Matamoros, said": after a time word)
        return (name, inner_b)
    inner = t.low[inner_a]
    if inner == "and" and inner_a + 1 < inner_b and t.low[inner_a + 1] in ("who", "whose"):
        # "An engineer who has worked there for nine years, and who asked not to be named,
        # said": the second relative clause's antecedent is the first one's
        found = mention_left(t, k, lo)
        if found is not None:
            return found
    if inner in ("known", "identified", "named") and t.is_cap(inner_b - 1):
        name = inner_b - 1  # "The rebel commander, known by his nom de guerre Marcos Ruiz,"
        while name - 1 > inner_a and t.is_cap(name - 1) and t.is_word(name - 1):
            name -= 1
        if inner_b - name >= 2 or (t.word(name).isupper() and len(t.low[name]) >= 2) or \
                (inner == "known" and inner_a + 1 < inner_b and t.low[inner_a + 1] == "as" and
                 t.low[name] not in lexicon.given_names() and k - 1 >= lo and
                 lexicon.source_nouns().get(t.low[k - 1]) == "institution"):
            return (name, inner_b)  # (or an acronym: "The regulator, known as CADE, said";
            # or a body's short name: "The Ghana Cocoa Board, known as Cocobod, said")
    if k - 2 >= lo and t.low[k - 1].isdigit() and t.low[k - 2] == "," and \
            len(t.low[k - 1]) <= 3:
        k -= 2  # "Jenna Morales, 29, who has lived ...,": past the age
    if inner not in ("who", "whose", "which"):
        # "Lorena Ibarra, whose children attend Hoover Elementary, one of the schools slated
        # to close, said": an appositive inside the relative clause; the name before both
        j = k - 1
        while j > lo and j > k - 30 and t.low[j] not in (",", ".", ";"):
            j -= 1
        role_of = next((x for x in range(j + 2, min(k - 1, j + 5)) if t.low[x] in ("of", "for")),
                       None) if t.low[j] == "," and inner in ("a", "an", "the") else None
        if t.low[j] == "," and (t.low[j + 1] in ("who", "whose", "which") or (
                inner in ("a", "an") and t.low[j + 1] in lexicon.titles() and
                t.low[j + 2] == "of" and t.is_cap(k - 1) and j - 1 >= lo and
                t.is_cap(j - 1)) or (
                role_of is not None and t.is_cap(k - 1) and j - 1 >= lo and
                t.is_cap(j - 1) and t.is_word(j - 1) and
                all(t.is_word(x) and not t.is_cap(x) for x in range(j + 1, role_of)) and
                (t.low[role_of - 1] in lexicon.titles() or role_noun(t.low[role_of - 1])))):
            # (and "Paulina Yépez, director of the Permanent Committee for Human Rights, a
            # Guayaquil-based group, welcomed": the body's own aside inside the role's; and
            # "Matjaž Bizjak, chief executive of Zelena Lekarna, the chain that brought the
            # challenge, said": a role of two words, the aside the body's)
            outer = _appositive(t, k, lo)
            if outer is not None:
                return outer
    if inner == "the" and inner_a + 2 < inner_b and _people_aside(t, inner_a + 1, inner_b) and \
            k - 1 >= lo and t.is_word(k - 1) and \
            not t.is_cap(k - 1) and mention_left(t, k, lo, skip=False) is None:
        a = k - 1  # "Jeju island's haenyeo, the women who free-dive for shellfish, say": a
        while a - 1 >= lo and t.is_word(a - 1):  # people by a word of their own, which the
            a -= 1  # aside explains
        return (a, k)
    if inner in PEOPLE_ASIDES and inner_a + 1 < inner_b and \
            t.low[inner_a + 1] in ("who", "that") and k - 2 >= lo and \
            t.low[k - 2] == "the" and t.is_word(k - 1) and not t.is_cap(k - 1) and \
            mention_left(t, k, lo, skip=False) is None:
        return (k - 2, k)  # "The ama, women who free-dive for abalone ..., say": a people by
        # a word of their own, the aside without its article
    if inner in PEOPLE_ASIDES and inner_a + 1 < inner_b and \
            t.low[inner_a + 1] in ("who", "that", "in", "with", "from") and \
            (group := mention_left(t, k, lo, skip=False)) is not None and \
            any(not t.is_cap(x) and t.low[x].endswith("s") and
                (role_noun(singular(t.low[x])) or agent_noun(singular(t.low[x])) or
                 trade_plural(t.low[x])) for x in range(*group)):
        return group  # "The cholita wrestlers of El Alto, women in bowler hats who fight in
        # a ring on Sundays, say": the group the aside describes
    if inner in ("the", "a", "an") and \
            (group := _relative_subject(t, k - 1, lo)) is not None and \
            (not t.is_cap(group[1] - 1) or group[1] - 1 == lo) and \
            t.low[group[1] - 1] not in ("the", "a", "an", "of"):  # (not "Owners of the" of
        # "Owners of the painted colonial houses of Tlacotalpan, a riverside town in ...")
        return group  # "The families who still live in the cave dwellings of Matera, the
        # southern Italian city whose ..., say", "The men who work the nets on the shore of
        # Fort Kochi, a symbol of the city, say": the group the relative clause describes,
        # not whatever inside it the aside is about
    # (a source with its modifier: "A prosecutor involved in the case, who was not
    # authorised to speak publicly, said")
    there = k - 1 if k - 2 >= lo and t.low[k - 1] in ("there", "here") else k
    found = mention_left(t, there, lo, skip=False) or _relative_subject(t, k - 1, lo)
    # ("An official there, who declined to be named, said": the official, wherever)
    if found is None and k - 3 >= lo and t.low[k - 1] in ('"', "”") and \
            (o := next((x for x in range(k - 2, max(lo, k - 6), -1)
                        if t.low[x] in ('"', "“")), None)) is not None and \
            (held := mention_left(t, o, lo, skip=False)) is not None and held[1] == o:
        found = (held[0], k)  # 'Drivers of Battambang's "bamboo train", the makeshift
        # platforms ..., say': the name in marks is part of the group's phrase
    if found and found[0] - 2 >= lo and t.low[found[0] - 1] in ("to", "with", "on", "in",
                                                                 "about") and \
            t.low[found[0] - 2] in POSTMODIFIERS and \
            (head := mention_left(t, found[0] - 2, lo, skip=False)) is not None and \
            head[1] == found[0] - 2 and not t.is_cap(head[1] - 1) and role_noun(t.low[head[1] - 1]):
        found = (head[0], found[1])  # "A person close to the owner, who ...": the person
    if inner in ("which", "who") and found is not None and found[0] - 2 >= lo and \
            t.low[found[0] - 1] == "," and \
            (r := found[0] + (t.low[found[0]] in ("a", "an", "the"))) < found[1] and \
            t.is_word(r) and not t.is_cap(r) and role_noun(t.low[r]) and \
            (outer := _appositive(t, k, lo)) is not None and t.is_cap(outer[1] - 1) and \
            outer[1] == found[0] - 1:
        return outer  # "Hsu Ming-tang, chairman of the Distant Water Purse Seine Association,
        # which represents Taiwanese fleet owners, said": the person the role is an aside to,
        # not the body the relative clause describes
    # "Dr. Paul Lindgren of the Karolinska Institute, who ...": the person, not the place
    if found:
        prep = found[0] - 1 if t.low[found[0]] == "the" else found[0] - 2
        if prep - 1 >= lo and t.low[prep] in ("of", "at", "from") and t.is_cap(prep - 1) and \
                (t.low[found[0]] == "the" or t.low[found[0] - 1] == "the"):
            person = mention_left(t, prep, lo, skip=False)
            if person and t.is_cap(person[1] - 1) and \
                    not (person[1] - person[0] == 1 and t.low[person[0]] in PART_OF):
                found = person  # (not "One of the two families, who ...": one of them)
    participle = inner.endswith("ing") or inner in POSTMODIFIERS or \
        (inner.endswith("ed") and inner_a + 1 < inner_b and t.low[inner_a + 1] == "by")
    # (", speaking on condition", ", conducted by a former federal emergency official,")
    if participle and k - 1 >= lo:
        # "A resident who fled the village, speaking by phone ..., said": the relative's
        # antecedent
        antecedent = _relative_subject(t, k - 1, lo)
        if antecedent is not None:
            return antecedent
    partitive = inner in ("most", "many", "some", "all", "several", "both", "half", "none",
                          "few") and t.low[inner_a + 1:inner_a + 2] == ("of",)
    # ("The protesters, most of them from the Munduruku people, said")
    # ("Restaurant owners in the city, where king crab is a major draw, said": the group
    # where the aside's place is)
    placed = inner == "where" and found is not None and \
        any(t.low[x] in ("in", "at", "of", "from", "near", "on", "along") for x in range(*found))
    # ("Growers of Kampot pepper, Cambodia's first product with a protected geographical
    # indication, say": a place's own description of the thing the group grows)
    owned = t.is_cap(inner_a) and inner.endswith(("'s", "’s")) and inner_b - inner_a >= 3 and \
        not t.is_cap(inner_a + 1)
    if found and (t.is_cap(found[1] - 1) or t.low[found[1] - 1] in SUBJECT_PRONOUNS
                  or inner in ("who", "whose", "which", "the", "a", "an") or inner[:1].isdigit()
                  or participle or partitive or placed or owned):
        return found
    return None


def balinese_name_at(t: Tokens, k: int) -> bool:
    """Whether a Balinese name opens at ``k``: a man's "I" or a woman's "Ni", then a
    birth-order name and the given name ("I Wayan Sukarta", "Ni Made Sari")."""
    return t.word(k) in ("I", "Ni") and k + 2 < len(t) and \
        t.low[k + 1] in BALINESE_ORDER_NAMES and t.is_cap(k + 1) and t.is_cap(k + 2)


def mention_right(t: Tokens, i: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``i`` (``said [a senior official]``)."""
    if i >= hi:
        return None
    if balinese_name_at(t, i) and i + 2 < hi and t.word(i) == "I":
        i += 1  # 'said I Made Sukadana': a Balinese man's name, not "I"
    elif t.low[i] in SUBJECT_PRONOUNS:
        return (i, i + 1)
    if t.low[i] == "one" and i + 4 < hi and t.low[i + 1] == "of" and \
            t.low[i + 2] in ("them", "us", "those") and t.low[i + 3] == ",":
        # 'said one of them, a 16-year-old who gave only his first name, Jhonny': the name
        # that closes the aside
        end = next((x for x in range(i + 4, min(hi, i + 30)) if t.low[x] in (".", ";", "!", "?")
                    or t.low[x] in QUOTE_CLOSERS), min(hi, i + 30))
        start = end
        while start - 1 > i + 3 and t.is_cap(start - 1) and t.is_word(start - 1):
            start -= 1
        if i + 4 <= start < end and t.low[start - 1] == ",":
            return (start, end)
    k, n = i, 0
    while k < hi and n < 12:
        w = t.low[k]
        if abbrev_dot(t, k) and k + 1 < hi and _abbreviation_in_name(t, k):
            pass
        elif k > i and k + 1 < hi and plural_possessive(t, k) and \
                ((not t.is_cap(k + 1) and not t.is_cap(k - 1)) or
                 (t.is_cap(k + 1) and t.is_cap(k - 1) and "of" not in t.low[i:k])):
            pass  # "according to the referees' association": one phrase past the apostrophe
            # (and a name's: "according to the National Cardamom Growers' Association", not
            # "Rachel Power of the Patients' Voice", a person of a body)
        elif w == "!" and k > i and t.is_cap(k - 1) and t.spans[k - 1][1] == t.spans[k][0] and \
                k + 1 < hi and t.is_word(k + 1):
            pass  # "said Viva! campaigner Anna Nowak": a name's own exclamation mark
        elif not t.is_word(k):
            break
        elif w in ("of", "for") and k > i:
            pass
        elif w == "and" and k > i and and_in_name(t, k):
            pass  # "according to the Bangladesh Garment Manufacturers and Exporters Association"
        elif w in ("state", "county", "city") and k + 1 < hi and t.is_cap(k + 1) and \
                t.low[k + 1].rstrip(".") in lexicon.titles():
            pass  # 'said state Sen. Dale Hoffman-Reyes': the office's level, no verb "state"
        elif w in DETERMINERS and not t.is_cap(k):
            if k > i and t.low[k - 1] not in ("of", "for"):
                break
        elif w == "said" and k > i and t.is_cap(k) and t.is_cap(k - 1) and k + 1 < hi and \
                t.is_cap(k + 1) and t.is_word(k + 1):
            pass  # "said Anli Said Mohamed": a name's Said
        elif (w in STOP or w in ("who", "which")) and not t.word(k).isupper():
            break  # (an acronym that spells a stop word is a name: "WHO", "US")
        elif w in ("outside", "inside") and k > i:
            break  # "said Peter Kamau outside Kenyatta National Hospital": where he spoke
        elif verb_like(t, k) and not (k > i and w not in AUXILIARIES and
                                      not w.endswith(("ed", "ing"))) and \
                not (w.endswith("ing") and k + 1 < hi and singular(t.low[k + 1]) in DOCUMENTS) \
                and not (k == i and singular(w) in DOCUMENTS and k + 1 < hi and
                         t.low[k + 1] in ("by", "from", "of")) \
                and not (k == i and k + 1 < hi and t.is_word(k + 1) and not t.is_cap(k + 1) and
                         (t.low[k + 1] in DOCUMENTS or singular(t.low[k + 1]) in DOCUMENTS)):
            break  # but "a report", "the statement", "charging documents", "estimates by": nouns
            # (and "according to state figures": a noun before the document)
        k += 1
        n += 1
    if i < k - 1 < hi - 2 and t.low[k - 1] in POSTMODIFIERS and \
            t.low[k] in ("with", "to", "on", "in", "about"):
        # "according to a person familiar with the matter": the source with its modifier
        j = k + 1
        while j < hi and j < k + 6 and t.is_word(j) and (t.low[j] not in STOP or
                                                        t.low[j] in ("of",)):
            j += 1
        if j > k + 1:
            return (i, j)
    if t.low[i] in ("a", "an") and i < k - 1 < hi - 2 and \
            t.low[k] in ("at", "in", "near", "from") and not t.is_cap(k - 1) and \
            (role_noun(t.low[k - 1]) or agent_noun(t.low[k - 1])):
        # "said a farmer in the Western North region who asked not to be named": the
        # source keeps where it is, as it does before its verb ("an officer at the scene said")
        j = k + 1
        while j < hi and j < k + 8 and t.is_word(j) and \
                (t.low[j] not in STOP or t.low[j] in ("of", "the", "a", "an")):
            j += 1
        if j > k + 1 and t.low[j - 1] not in ("of", "the", "a", "an") and \
                (j >= hi or t.low[j] in (",", ".", "who", "which", ";")):
            name = j + 1
            while name < min(hi, j + 5) and t.is_cap(name) and t.is_word(name):
                name += 1
            if j < hi and t.low[j] == "," and name > j + 2 and \
                    (name >= hi or t.low[name] in (",", ".", ";")):
                return (j + 1, name)  # "according to a vet in Hargeisa, Mahad Jibril": the
                # one set off after the role, by name
            return (i, j)
    while k > i and (t.low[k - 1] in ("of", "for") or t.low[k - 1] in DETERMINERS):
        k -= 1
    while k - 1 > i and t.low[k - 1] in TIME_WORDS:  # "a statement released Monday"
        k -= 1
    if k <= i:
        return None
    if not head_ok(t, i, k):
        # "a district report released last month": end at the last word that can head it,
        # unless a complement follows ("a spokesman for the ministry")
        heads = [j + 1 for j in range(i, k) if t.is_word(j) and head_ok(t, i, j + 1)]
        if not heads:
            return None
        if t.low[heads[-1]] not in ("of", "for", "to", "at", "in", "with"):
            return _named_apposition(t, i, heads[-1], hi)
    found = _named_complement(t, i, k, hi)
    return _named_apposition(t, *found, hi) if found == (i, k) else found


def _named_apposition(t: Tokens, i: int, k: int, hi: int) -> tuple[int, int]:
    """``according to the country's disaster agency, AFAD.``: the name in apposition to a
    description (a capitalised run closed by a comma or the sentence end) names it."""
    if k + 1 >= hi or t.low[k] != "," or t.is_cap(k - 1):
        return (i, k)
    start = k + 1
    if start + 2 < hi and t.is_word(start) and not t.is_cap(start) and \
            (role_noun(t.low[start]) or agent_noun(t.low[start])) and \
            t.is_cap(start + 1) and t.is_cap(start + 2) and t.is_word(start + 2):
        start += 1  # "said its organiser, shopkeeper Mandy Crewe.": a trade, then the name
    if not t.is_cap(start):
        return (i, k)
    end = start
    while end < hi and (t.is_cap(end) or abbrev_dot(t, end)) and end - start <= 3:
        end += 1
    if end >= hi or t.low[end] in (",", ".", ";"):
        return (start, end)
    return (i, k)


#: kinds of place named "the <kind> of <Name>", ports too: "at the port of Cotonou"
NAMED_PLACE_KINDS = PLACE_KINDS | {"port", "harbour", "harbor"}


def _past_place_of(t: Tokens, end: int, hi: int) -> int:
    """Past ``canton of Valais`` when it follows a place's adjective that ends at ``end``
    (``the Swiss canton of Valais``): the end of the place's name, else ``end``."""
    if end + 2 < hi and t.low[end] in NAMED_PLACE_KINDS and t.low[end + 1] == "of" and \
            t.is_cap(end + 2):
        end += 2
        while end < hi and t.is_word(end) and t.is_cap(end):
            end += 1
    return end


def _named_complement(t: Tokens, i: int, k: int, hi: int) -> tuple[int, int]:
    """Extend the noun phrase ``i..k`` over a name that completes it: a group's place or
    employer (``diplomats in New York``, ``analysts at Goldman Sachs``) or a document's
    author (``a tally by The Kansas City Star``)."""
    if k + 1 >= hi or t.is_cap(k - 1):
        return (i, k)
    head, prep = t.low[k - 1], t.low[k]
    if (prep in ("in", "at", "from") and head.endswith("s") and role_noun(head)) or \
            (prep in ("by", "from") and head in DOCUMENTS):
        j = k + 1
        if j < hi and t.low[j] == "the" and j + 1 < hi and t.is_cap(j + 1):
            j += 1
        end = j
        while end < hi and t.is_word(end) and (t.is_cap(end) or (
                t.low[end] in ("of", "for") and end > j and end + 1 < hi and
                t.is_cap(end + 1) and t.low[end - 1] in lexicon.institution_nouns())):
            end += 1  # (and "researchers at the University of Eastern Finland")
        if end > j:
            end = _past_place_of(t, end, hi)  # "authorities in the Swiss canton of Valais"
        if end > j:
            return (i, end)
    return (i, k)


def _has_head(t: Tokens, a: int, b: int) -> bool:
    """A right-hand mention like ``a spokesman for the ministry``: any head word."""
    return any(head_ok(t, a, j + 1) for j in range(a, b) if t.is_word(j))


DISCOURSE = frozenset({"however", "meanwhile", "but", "and", "still", "also", "now", "then",
                       "later", "earlier", "instead", "separately", "indeed", "yet", "so",
                       "moreover", "nevertheless", "nonetheless", "furthermore", "again"})
SUBORDINATORS = frozenset({"while", "although", "though", "as", "after", "before", "because",
                           "if", "when", "since", "despite", "unless", "whereas", "once",
                           "during", "in", "on", "at", "with", "acknowledging", "amid", "for",
                           "following", "asked", "speaking"})


def past_discourse(t: Tokens, a: int, b: int) -> int:
    """The first token from ``a`` (before ``b``) past leading discourse words and commas
    (``However, ...``, ``And ...``)."""
    while a < b and (t.low[a] in DISCOURSE or t.low[a] == ","):
        a += 1
    return a


#: present-tense verbs that take a "to" infinitive: "officials plan to", "residents want to"
CATENATIVES = frozenset({"want", "wants", "plan", "plans", "hope", "hopes", "intend", "intends",
                         "need", "needs", "aim", "aims", "seek", "seeks", "vow", "vows",
                         "threaten", "threatens", "expect", "expects", "refuse", "refuses",
                         "continue", "continues", "try", "tries", "promise", "promises",
                         "pledge", "pledges", "agree", "agrees", "decide", "decides",
                         "prepare", "prepares", "propose", "proposes"})


#: present-tense verbs that tell who someone is, after their name ("Tammy Kessler lives three
#: miles from the site and said ...")
DESCRIBING_VERBS = frozenset({"lives", "works", "runs", "owns", "heads", "leads", "teaches",
                              "farms", "grows", "raises", "manages", "sells", "drives"})


def _place_then_verb(t: Tokens, j: int, b: int) -> int | None:
    """Where a place named at ``j`` ends (``northern Pakistan``, a compass word allowed
    before the name), when a finite verb follows it; else None."""
    if j < b and t.low[j] in COMPASS_ADJECTIVES:
        j += 1
    if j >= b or not t.is_cap(j) or not t.is_word(j):
        return None
    while j < b and t.is_cap(j) and t.is_word(j):
        j += 1
    return j if j < b and t.low[j] in ("have", "has", "had", "are", "were", "will", "said",
                                       "say", "says") else None


#: the kinds of region a public body is named by: "the food safety department of the
#: southern Indian state of Telangana"
SERVED_REGION_KINDS = frozenset({"state", "province", "region", "canton", "prefecture"})


def body_of_state_end(t: Tokens, i: int, b: int) -> int | None:
    """Where ``the <body> of the <described> state of <Place>`` that opens at ``i`` ends,
    else None."""
    if t.low[i] != "the":
        return None
    of = next((x for x in range(i + 2, min(b, i + 5)) if t.low[x] == "of"), None)
    if of is None or t.low[of - 1] not in lexicon.institution_nouns() or of + 1 >= b or \
            t.low[of + 1] != "the" or \
            not all(t.is_word(x) and not t.is_cap(x) for x in range(i + 1, of)):
        return None
    kind = next((x for x in range(of + 2, min(b, of + 6)) if t.low[x] in SERVED_REGION_KINDS),
                None)
    if kind is None or kind + 2 >= b or t.low[kind + 1] != "of" or not t.is_cap(kind + 2) or \
            not all(t.is_word(x) for x in range(of + 2, kind)):
        return None
    end = kind + 2
    while end < b and t.is_cap(end) and t.is_word(end):
        end += 1
    return end


def clause_subject(t: Tokens, a: int, b: int) -> tuple[int, int] | None:
    """The subject noun phrase at the start of the clause ``a..b``.

    Used for participle clauses: in ``Putin criticized X, calling it
    "senseless"`` the speaker of *calling* is the subject of the clause
    before the comma. Leading discourse words (``However,``) are skipped; a
    clause opening with a subordinator is not a main clause and gives None.
    """
    a = past_dateline(t, a, b)
    i = past_discourse(t, a, b)
    if i < b and t.is_cap(i) and (t.low[i].endswith("ing") or (
            t.low[i].endswith("ed") and len(t.low[i]) >= 5 and
            t.low[i] not in lexicon.given_names())):
        # "Addressing a jubilant crowd, he said ...", "Asked about them, a spokesman said":
        # past a leading participle phrase
        comma = next((j for j in range(i + 1, min(b, i + 9)) if t.low[j] == ","), None)
        if comma is not None:
            i = comma + 1
    if i + 1 < b and t.low[i] in ("about", "around", "over", "under", "nearly", "almost",
                                  "roughly", "approximately") and t.low[i + 1][:1].isdigit():
        i += 1  # "About 300 Indigenous protesters occupied ...": a number, no preposition
    if i < b and t.low[i] in PREPOSITIONS:  # "In a statement, he called ..."
        comma = next((j for j in range(i + 1, min(b, i + 9)) if t.low[j] == ","), None)
        if comma is not None:
            i = comma + 1
        else:  # "On Wednesday he called ...", "At one point she cut off ...": a short
            # phrase, then the subject
            j = next((j for j in range(i + 1, min(b, i + 5))
                      if t.low[j] in SUBJECT_PRONOUNS), None)
            if j is not None and all(t.is_word(x) for x in range(i + 1, j)):
                i = j
    if i + 2 < b and t.low[i] in ("more", "fewer", "less") and t.low[i + 1] == "than":
        i += 2  # "More than 40 tenants ... sued": the tenants
    if i + 3 < b and t.low[i] in ("several", "some", "few") and \
            t.low[i + 1] in ("hundred", "thousand", "dozen") and \
            (not t.is_cap(i + 2) or (t.low[i + 2].endswith("s") and not t.is_cap(i + 3))):
        i += 2  # "Several hundred residents of the Montenegrin resort of Budva marched" (and
        # "Several hundred Chagossians, whose families ..., marched": a people by name)
    elif i + 4 < b and t.low[i] == "a" and t.low[i + 1] == "few" and \
            t.low[i + 2] in ("hundred", "thousand", "dozen") and not t.is_cap(i + 3):
        i += 3  # "A few hundred protesters gathered"
    if i + 2 < b and t.low[i] in MULTITUDES and t.low[i + 1] == "of" and \
            t.is_word(i + 2) and not t.is_cap(i + 2):
        i += 2  # "Hundreds of residents of the Western Isles marched": the residents
    grouped = False  # (a group counted off: "A group of ...")
    if i + 4 < b and t.low[i] in ("a", "an") and t.low[i + 1] in ("group", "number") and \
            t.low[i + 2] == "of" and t.is_word(i + 3):
        end = i + 3  # "A group of Los Angeles landlords filed ...": the landlords
        while end < b and end < i + 7 and t.is_word(end) and t.is_cap(end):
            end += 1
        head = end + 1 if end + 2 < b and t.is_word(end) and not t.is_cap(end) and \
            t.low[end] not in STOP and t.low[end + 1].endswith("s") and \
            t.low[end + 2] in ("from", "in", "at") else end  # (a modifier, then where)
        if head < b and t.low[head].endswith("s") and not t.is_cap(head) and \
                (role_noun(t.low[head]) or agent_noun(singular(t.low[head]))):
            i += 3  # (and "A group of tour operators from Ljubljana": a modifier first)
            grouped = True
    if i >= b or t.low[i] in SUBORDINATORS:
        return None
    if t.low[i] in SUBJECT_PRONOUNS:
        return (i, i + 1)
    if (served := body_of_state_end(t, i, b)) is not None:
        return (i, served)  # "The food safety department of the southern Indian state of
        # Telangana seized ..., saying": the body, with the state it serves
    k = i
    while k < b and k - i < 10:
        w = t.low[k]
        if abbrev_dot(t, k) or plural_possessive(t, k) or \
                (w == "and" and (and_in_name(t, k) or portfolio_and(t, k))):
            k += 1  # ("The Hawaii Lodging and Tourism Association": one body's name)
            continue
        if w == "and" and k > i and k + 1 < b and t.low[k - 1].endswith("s") and \
                (role_noun(t.low[k - 1]) or agent_noun(t.low[k - 1])) and \
                any(x < b and t.low[x].endswith("s") and
                    all(t.is_word(y) and not t.is_cap(y) for y in range(k + 1, x + 1)) and
                    (role_noun(t.low[x]) or agent_noun(t.low[x])) for x in (k + 1, k + 2)):
            k += 1  # "Several singers and musicians signed", "Porters and mountain guides on
            continue  # Mount Kinabalu staged": one group of both
        if w == "and" and (k - 1 == i or (k - 2 == i and t.low[i] in DETERMINERS)) and \
                k + 2 < b and t.is_word(k - 1) and (not t.is_cap(k - 1) or (
                    k - 1 == i and not t.word(i).isupper() and
                    t.low[i] not in lexicon.given_names() and
                    t.low[i] not in lexicon.places() and
                    t.low[i] not in lexicon.demonyms())) and \
                t.is_word(k + 1) and not t.is_cap(k + 1) and t.low[k + 1] not in STOP and \
                t.low[k + 2].endswith("s") and not t.is_cap(k + 2) and \
                role_noun(t.low[k + 2]) and \
                not verb_like(t, k + 1) and t.low[k - 1] not in STOP and \
                not ((role_noun(t.low[k - 1]) and
                      lexicon.source_nouns().get(t.low[k - 1]) != "institution") or
                     agent_noun(singular(t.low[k - 1]))):
            # ("Hotel and restaurant owners": a business noun modifies as "bus" does)
            k += 1  # "Thousands of bus and minibus drivers in Lima stayed off": two modifiers
            continue  # of one group's head (capital only as the sentence's first word:
            # "Goat and sheep farmers in Cyprus protested")
        if w == "and" and k > i and t.is_word(k - 1) and not t.is_cap(k - 1) and \
                k + 1 < b and not verb_like(t, k + 1) and \
                t.low[k + 1] not in lexicon.reporting_verbs() and \
                any(x < b and all(t.is_word(y) and not t.is_cap(y) and t.low[y] not in STOP
                                  for y in range(k + 1, x + 1))
                    and (t.low[x] in CHARGED_BODIES or
                         (t.low[x] == "court" and t.low[k - 1] == "land"))
                    for x in (k + 2, k + 3)):
            k += 1  # "Ghana's museums and monuments board will": one body, both its charges
            # (and "A Swedish land and environment court revoked")
            continue
        if w in NUMBER_WORDS and k > i and t.low[k - 1].endswith(("'s", "’s")):
            k += 1  # "Nigeria's two main labour unions called": a count after the owner
            continue
        if w in ("state", "provincial", "regional") and k > i and t.is_cap(k - 1) and \
                k + 1 < b and t.is_cap(k + 1) and t.is_word(k + 1):
            k += 1  # "Rio de Janeiro state Governor Cláudio Barreto-Lins": no verb "state"
            continue
        if w in NAME_PARTICLES and k > i and t.is_cap(k - 1) and k + 1 < b and \
                (t.is_cap(k + 1) or (t.low[k + 1] in NAME_PARTICLES and k + 2 < b and
                                     t.is_cap(k + 2))):
            k += 1  # "Residents of San Cristóbal de las Casas marched": inside a place's name
            continue
        if w == "in" and k > i and t.low[k - 1] == "authorities" and \
                (place_end := _place_then_verb(t, k + 1, b)) is not None:
            k = place_end  # "Authorities in northern Pakistan have told ..., warning that":
            break  # the authorities with where they govern (a trade's group is named
            # without its place: "Reindeer herders in northern Finland have appealed")
        if not t.is_word(k) or (verb_like(t, k) and not (
                k > i and t.low[k - 1].endswith(("'s", "’s")))) or \
                (w in STOP and w not in ("of", "for") and not t.word(k).isupper() and
                 not _small_name_word(t, k, i, b)):  # ("WHO", "US": acronyms)
            break  # (but "Spain's state rail operator": a noun after a possessive)
        if w in DETERMINERS and k > i and t.low[k - 1] not in ("of", "for") and \
                not (w == "the" and k + 1 < b and t.is_cap(k + 1) and
                     lexicon.source_nouns().get(t.low[k - 1]) == "institution"):
            break  # (but "Rights group the Egyptian Initiative for Personal Rights": its name)
        if not t.is_cap(k) and w.endswith("ed") and k > i and not (
                ((k == i + 1 and (t.low[i] in ("the", "a", "an", "its", "their", "his", "her")
                                  or t.low[i].endswith(("'s", "’s")))) or
                 (k >= i + 3 and t.low[k - 1] == "the" and t.low[k - 2] == "of")) and
                k + 1 < b and t.is_word(k + 1) and t.low[k + 1] not in STOP and
                not verb_like(t, k + 1) and not t.low[k + 1].endswith(("ed", "ly"))):
            break  # (but "The ousted federation president": an adjective after its article;
            # and "One of the fined bakers")
        if k > i and is_adverb(t, k):
            break  # "Patient groups broadly welcomed": the subject ends before its adverb
        if k > i and w in ("near", "around", "outside", "along", "beside", "across") and \
                not t.is_cap(k) and k + 1 < b and not t.is_cap(k + 1):
            break  # "Landowners near the old pit welcomed": the group, before an unnamed
            # place (a named one stays: "Fishing communities around Manila Bay asked")
        if k > i and w in DESCRIBING_VERBS and t.is_cap(k - 1) and not t.is_cap(k):
            break  # "Tammy Kessler lives three miles from the site and said": her verb
            # (not "Public Works Minister Ottoniel Quirós": a title's capital word)
        if k > i and w in ("found", "finds", "showed", "shows") and t.low[k - 1] in DOCUMENTS:
            break  # "..., a government-commissioned inquiry found on Monday, recommending"
        if k > i and not t.is_cap(k) and w in CATENATIVES and k + 1 < b and \
                t.low[k + 1] == "to":
            break  # "Wildlife officials plan to kill ...": the verb, past the subject
        k += 1
    of = next((x for x in range(i + 1, k) if t.low[x] == "of"), None)
    named = of + (t.low[of + 1] == "the") + 1 if of is not None and of + 1 < k else None
    head_end = None
    if named is not None and named + 3 < k and t.is_cap(named) and \
            t.low[named + 1] in ("city", "town", "village", "island", "region", "province") and \
            t.low[named + 2] == "of" and t.is_cap(named + 3) and \
            lexicon.places().get(t.low[named], ("",))[0] == "demonym":
        named += 3  # "Residents of the Hungarian city of Debrecen": the city by its name
    if named is not None and named < k and t.is_cap(named) and t.low[i] == "residents" and \
            not any(t.low[x].endswith(("'s", "’s")) for x in range(named, k)) and \
            all(t.is_cap(x) or x == k - 1 or t.low[x] in NAME_PARTICLES
                for x in range(named, k)) and \
            (t.is_cap(k - 1) or head_ok(t, i, k) or lexicon.source_nouns().get(t.low[k - 1])
             or t.low[k - 1] in NAMED_PLACE_HEADS):
        head_end, of = of, None  # "Residents of the Khayelitsha township marched ...,
        # saying": a named place, kept, as "Residents of Guam say" keeps it
    if of is not None and (not t.is_cap(of - 1) or of - 1 == i) and \
            t.low[of - 1].endswith("s") and \
            not t.low[of - 1].endswith("ss") and \
            (role_noun(t.low[of - 1]) or lexicon.source_nouns().get(t.low[of - 1]) or
             agent_noun(t.low[of - 1])) and \
            not (t.low[of - 1] == "members" and t.low[k - 1].endswith("s") and
                 not t.is_cap(k - 1) and t.low[of + 1] not in DETERMINERS and
                 lexicon.source_nouns().get(singular(t.low[k - 1]))):
        k = of  # "40 tenants of a South Side apartment complex sued": the tenants (but
        # "members of mining cooperatives marched": members of what, as the label says)
    if head_end is None and of is not None and of - 1 > i and of + 1 < k <= of + 3 and \
            lexicon.source_nouns().get(t.low[of - 1]) == "institution" and \
            all(t.is_word(x) and not t.is_cap(x) for x in range(of + 1, k)):
        head_end = of  # "The ministry of education welcomed the ruling and said": a body by
        # its portfolio in lower case, whole
    if head_end is None and of is not None and of - 1 > i and t.is_word(of - 1) and \
            not t.is_cap(of - 1) and (t.low[of - 1] in lexicon.titles() or
                                      role_noun(t.low[of - 1])) and \
            not head_ok(t, i, k) and head_ok(t, i, of):
        head_end = of  # "The headmaster of one of Ghana's oldest secondary schools has
        # refused ..., saying": the office holder, whatever the place is called
    if k <= i or not head_ok(t, i, k if head_end is None else head_end):
        return None
    # "Observers from the African Union noted ...": a group named by its role and body
    if k + 1 < b and t.low[k] in ("from", "at", "in") and \
            (k - 1 == i or (grouped and k - 2 == i and t.is_word(i) and not t.is_cap(i) and
                            t.low[i] not in STOP and t.low[k - 1].endswith("s")) or
             (i > 1 and t.low[i - 1] == "of" and t.low[i - 2] in MULTITUDES and
              k - i <= 4 and t.low[k - 1].endswith("s") and t.low[k] == "in" and
              t.low[k + 1] == "the" and
              all(t.is_word(x) and not t.is_cap(x) and t.low[x] not in STOP and
                  not verb_like(t, x) for x in range(i, k - 1)))) and \
            (role_noun(t.low[k - 1]) or agent_noun(t.low[k - 1])):
        j = k + 1 + (t.low[k + 1] == "the")
        end = j
        kind = next((x for x in range(j, min(b - 2, j + 4)) if t.low[x] in NAMED_PLACE_KINDS),
                    None)
        if kind is None:  # "Shopkeepers in the old bazaar of the Kosovo town of Gjakova": a
            # place in a town, the town's kind past the place's "of the"
            kind = next((x for x in range(j + 4, min(b - 2, j + 8))
                         if t.low[x] in NAMED_PLACE_KINDS and t.low[x + 1] == "of" and
                         "of" in t.low[j:x] and
                         not any(verb_like(t, y) for y in range(j, x))), None)
        if (t.low[k + 1] == "the" or (t.is_cap(k + 1) and
                                      t.low[k + 1].endswith(("'s", "’s")))) and \
                kind is not None and all(t.is_word(x) and not verb_like(t, x)
                                         for x in range(j, kind)) and \
                (past := _past_place_of(t, kind, b)) > kind:
            end = past  # "farmers in the northern Mexican state of Chihuahua" (and
            # "Authorities in Kenya's western county of Kisumu")
        while end < b and (t.is_cap(end) or (t.low[end] in ("of", "for") and end + 1 < b and
                                             t.is_cap(end + 1))):
            end += 1
        if end > j:
            end = _past_place_of(t, end, b)  # "Authorities in the Swiss canton of Valais"
        if j < end < b and t.low[end] in PLACE_KINDS and t.is_cap(end - 1) and \
                not t.low[end - 1].endswith(("’s", "'s")):
            end += 1  # "Villagers in Kyrgyzstan's Issyk-Kul region": the place's kind too
        if end > j and not t.low[end - 1].endswith(("’s", "'s")):
            return (i, end)  # (not "doctors in Kenya's public hospitals": the doctors)
    if k + 3 < b and t.low[k] in ("in", "at", "to") and not t.is_cap(k - 1) and \
            (role_noun(t.low[k - 1]) or t.low[k - 1] in lexicon.titles()):
        place = k + 1  # "The U.S. ambassador in Manila, Carol Whitfield, said ... and
        while place < min(b, k + 5) and t.is_cap(place) and t.is_word(place):  # condemned"
            place += 1
        if place > k + 1 and place < b and t.low[place] == ",":
            end = place + 1
            while end < b and end - place <= 4 and t.is_cap(end) and t.is_word(end):
                end += 1
            if end > place + 2 and end < b and t.low[end] == ",":
                return (place + 1, end)
    # "The EU's foreign policy chief, Kaja Lindholm, called ...": the name after the role
    # ("Chirp's owner, billionaire Alec Ferreira, responded": a role word before the name)
    name = k + 1
    while name < min(b, k + 4) and t.is_word(name) and \
            ((not t.is_cap(name) and (role_noun(t.low[name]) or agent_noun(t.low[name]) or
                                      t.low[name] in RICH)) or
             (lexicon.places().get(t.low[name], ("",))[0] == "demonym" and name + 1 < b and
              not t.is_cap(name + 1))):  # "Ashford's owner, American investor Craig Dalton,"
        name += 1
    if name + 1 < b and t.low[k] == "," and t.is_cap(name) and (
            not t.is_cap(k - 1) or t.low[k - 1] in lexicon.titles() or any(  # (or "A
                # spokesman for the Russian Foreign Ministry,"; or "Samoa's Electoral
                # Commissioner, Tupua Vaai,": a title, capital, then the name)
                t.low[x] in ("of", "for", "at", "in") and not t.is_cap(x - 1) and
                (role_noun(t.low[x - 1]) or t.low[x - 1] in lexicon.titles())
                for x in range(i + 1, k - 1))):
        end = name
        while end < b and (t.is_cap(end) or abbrev_dot(t, end)):
            end += 1
        if end < b and t.low[end] == "," and end - name <= 4:
            return (name, end)
    return (i, k)

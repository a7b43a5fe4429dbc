"""How sure the story is: hedges, boosters, and how attributions are framed.

Cues come from two word lists (``lexicons/hedges.csv``, curated by category,
and ``lexicons/hedges_learned.csv``, learned from the Szeged uncertainty
corpus with each cue's precision) and are matched per sentence, longest
first, so ``it is unclear whether`` or ``may have`` count once. A bare list is
wrong half the time, so rules decide the ambiguous words:

* ``may`` the month (``in May``, ``May 20``) is no hedge;
* ``could not`` is ability, not uncertainty;
* ``would`` hedges only with ``have``/``likely``/``seem`` or a condition in the
  sentence, not in plain future or reported speech;
* approximators (``about``, ``around``, ``up to``...) hedge only before a
  quantity (``about 300``, not ``about the timing``);
* a hedge right after another joins it (``would probably`` is one cue);
* ``whether`` after a verb of inquiry (``asked``, ``examine``, ``decide``) is a
  question put, not doubt;
* ``if`` inside a quotation, direct or reported, is the speaker's condition,
  not doubt (``if true`` and ``if confirmed`` still are);
* ``claims`` of insurance or ``claimed responsibility`` are no hedge;
* a negated booster (``not certain``, ``not clearly``) is a hedge.

Each cue belongs to the speaker whose quotation holds it, or to the narrator.
Framing classes each quote's reporting verb as the journalist's choice:
neutral (*said*), distancing (*claimed*), concession (*admitted*), factive
(*revealed*), charged (*slammed*) or intent (*pledged*).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from . import lexicon
from . import prefilter as rx
from .mentions import ACCUSING, NUMBER_WORDS, SUBJECT_PRONOUNS
from .model import Cue, Quote
from .segment import Segmentation, count_words

#: "so that he could", "so they could": purpose, not possibility
PURPOSE_AFTER_SO = frozenset({"that", "he", "she", "they", "we", "i", "you", "it", "the"})
#: learned cues below this precision (on the Szeged training documents) are not used
LEARNED_MIN_PRECISION = 0.5
_TOKEN = rx.compile(r"\w+(?:[’'\-]\w+)*+(?:\.\d+)*+|[^\w\s]")
#: words that make a following verb-shaped cue a noun ("the suspect", "a key estimate")
NOUN_MARKERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our",
                         "my", "your", "one", "no", "main", "prime", "key", "latest", "second",
                         "first", "murder", "usual", "new", "official", "early", "initial",
                         "cost", "budget", "price", "revenue", "spending", "growth", "casualty",
                         "damage", "earlier", "preliminary", "own", "every", "each", "any",
                         "another"})  # ("cost estimates as", "to see every suspect")
#: after "a"/"an", units that make a quantity: "about a year", "nearly an hour"
UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "century",
                   "mile", "kilometre", "kilometer", "metre", "meter", "foot", "yard", "ton",
                   "tonne", "pound", "kilogram", "litre", "liter", "gallon", "acre", "dollar",
                   "centimetre", "centimeter", "millimetre", "millimeter", "inch", "hectare",
                   "kilo"})  # ("rises by almost a centimetre a year")
#: comparisons of amount: "roughly equal to", "nearly triple", "about the same"
PROPORTION = frozenset({"equal", "same", "similar", "double", "doubled", "doubles", "triple",
                        "tripled", "triples", "quadruple", "halved", "halves", "identical",
                        "level"})
CURRENCY = frozenset("$£€¥")
#: verbs that put something at a level: "the market is near 5,000", "prices stood near 90"
LEVEL_VERBS = frozenset({"is", "was", "are", "were", "stood", "stands", "stay", "stays", "stayed",
                         "remain", "remains", "remained", "traded", "trading", "hovered",
                         "hovering", "hovers", "at"})
MONTH_CONTEXT = frozenset({"in", "on", "since", "until", "by", "of", "last", "next", "early",
                           "late", "mid", "from", "through", "during", "before", "after"})
INSURANCE = frozenset({"insurance", "compensation", "damage", "damages", "benefit", "benefits",
                       "unemployment", "jobless", "disability", "file", "filed", "filing", "pay",
                       "paid", "process", "processed", "settle", "settled", "warranty",
                       "injury", "land", "territorial", "legal", "tax", "trademark",
                       "patent", "copyright",
                       # and what a label or an advert says of a product ("generic
                       # environmental claims that companies cannot prove"): a kind of claim
                       "environmental", "green", "marketing", "advertising", "health",
                       "nutrition", "sustainability", "product", "labelling", "labeling"})
NEGATORS = frozenset({"not", "n't", "never", "no", "hardly"})
#: what "claiming" takes when it seeks a due, not a fact ("claiming damages", "claiming
#: lives"): no hedge
CLAIMED_DUES = frozenset({"damages", "benefits", "lives", "rights", "refunds", "seats", "wins",
                          "victims", "credits", "expenses", "losses", "costs", "payments",
                          "titles", "points", "medals", "allowances", "arrears", "wages"})
#: what comes back "clear", free of what it looked for: "once tests were clear"
CLEAR_RESULTS = frozenset({"tests", "test", "results", "result", "samples", "sample", "scans",
                           "scan", "waters", "water", "skies", "sky", "roads", "road"})
FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                    "can", "may", "might", "should", "must", "did", "does", "do"})
#: verbs of the senses and of speech whose manner "clearly" may tell
SENSES = frozenset({"heard", "hear", "hears", "see", "saw", "seen", "sees", "speak", "spoke",
                    "speaks", "spoken", "visible", "audible", "marked", "labelled", "labeled"})
#: words after "would" that make it a hedge whatever the sentence ("would probably")
WOULD_HEDGED = frozenset({"likely", "probably", "seem", "appear", "perhaps", "possibly"})
#: after "it appeared", what ends an appearance: "should have checked every notice before it
#: appeared." (it was published), not "it appeared the plan had failed"
APPEAR_ENDS = frozenset({".", ";", "!", "?", "", "in", "on", "at", "online", "and"})
#: after "appeared", words of place and manner (an appearance, not an impression)
APPEAR_PLACE = frozenset({"dressed", "seated", "flanked", "alongside", "televised"})
#: words in -er after "appeared" that are no comparative: "appeared later in court"
NOT_COMPARATIVES = frozenset({"later", "earlier", "together", "never", "after", "under",
                              "over", "either", "rather", "other", "another", "neither",
                              "longer", "whenever", "wherever", "whether", "ever"})
APPEAR_STATES = frozenset({"unlikely", "likely", "certain", "uncertain", "ready", "set", "poised",
                           "close", "unaware", "confident", "calm", "stable", "intact", "eager",
                           "reluctant", "willing", "unwilling", "open", "keen", "determined",
                           "wary", "cautious", "hesitant", "nervous", "anxious", "sceptical",
                           "skeptical", "optimistic", "split"})  # ("investors appeared wary",
# "Doctors at the hospital appeared split")
#: after "appeared", a quality judged from outside: "Enforcement appeared patchy", "the plan
#: appeared fair", "two apps that appear nearly identical" (an impression, as "appeared
#: divided" is)
APPEAR_QUALITIES = frozenset({"patchy", "weak", "lax", "uneven", "sporadic", "limited", "fair",
                              "sensible", "reasonable", "impossible", "possible", "fragile",
                              "shaky", "thin", "modest", "minimal", "slim", "remote", "doubtful",
                              "unclear", "inconsistent", "haphazard", "identical", "similar",
                              # (a level judged from outside: "He said turnout appeared high")
                              "high", "low", "strong", "heavy", "light", "normal", "steady",
                              "solid", "robust"})
NOT_IN_CLAUSE_SUBJECT = frozenset({"of", "in", "on", "at", "for", "with", "to", "by", "from",
                                   "and", "or", "as", "than", "after", "since"})
CLAUSE_OPENERS = frozenset({"the", "a", "an", "these", "those", "this", "that", "he", "she",
                            "it", "they", "we", "i", "his", "her", "its", "their", "our"})
#: days a speaker may not know something by: "do not know on Monday if"
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "today", "tomorrow", "tonight"})
#: after "could", verbs of perception and capacity read as ability in the past
#: ("she could see the smoke", "he could barely walk"), not as a possibility
ABILITY_AFTER_COULD = frozenset({"see", "hear", "feel", "smell", "taste", "only", "barely",
                                 "hardly", "scarcely", "just", "afford", "read", "write", "speak",
                                 "walk", "run", "swim", "sing", "play", "remember", "recall",
                                 "understand", "tell", "do", "manage", "find", "get", "no",
                                 "never", "neither", "nor", "easily", "still"})
#: after "could easily", verbs of what may come to pass: "could easily become a tool"
_EASILY_BECOME = frozenset({"become", "be", "turn", "end", "lead", "spread", "fall", "slip",
                            "grow", "reach", "happen"})
#: "could get worse", "could get longer": a change that may come, no ability
COMPARATIVES = frozenset({"worse", "better", "more", "less", "longer", "shorter", "higher",
                          "lower", "bigger", "smaller", "harder", "easier", "tougher", "weaker",
                          "stronger", "deeper", "larger", "faster", "slower", "cheaper",
                          "costlier", "riskier", "busier", "greater", "wider", "hotter",
                          "colder", "wetter", "drier", "safer", "uglier", "messier"})
UNCERTAIN_AFTER_IF = frozenset({"confirmed", "true", "accurate", "correct", "verified",
                                "proven", "indeed"})
#: verbs of a count going up or down: "reports of abuse had risen" counts reports
QUANTITY_CHANGE = frozenset({"risen", "rose", "rise", "rising", "increased", "fell", "fallen",
                             "doubled", "tripled", "jumped", "climbed", "surged", "dropped",
                             "declined", "halved"})
#: what a story does not yet know the ... of: "we do not know the full scale"
UNKNOWN_EXTENT = frozenset({"full", "extent", "scale", "cause", "causes", "exact", "number",
                            "outcome", "reason", "source", "size", "impact", "toll"})
#: around an attributive "possible" that is no hedge: a function word after it, or a word
#: before it that makes it a superlative's or a manner's ("as soon as possible")
FUNCTION_AFTER_POSSIBLE = frozenset({"to", "for", "and", "or", "in", "on", "at", "by", "with",
                                     "that", "if", "the", "a", "an", "as", "but", "when"})
NOT_BEFORE_POSSIBLE = frozenset({"as", "everything", "anything", "all", "every", "made", "make",
                                 "makes", "making", "whenever", "wherever", "where", "if", "most",
                                 "least", "only", "soon", "much", "many", "worst"})
# ("the worst possible time": a superlative, as "the best possible outcome" is)
#: modal auxiliaries ("the claims could ...", "would be considered")
MODALS = frozenset({"would", "could", "can", "cannot", "will", "may", "might", "should", "must"})
#: what "cannot" may deny after a hedged "may still": knowledge, not leave ("may still
#: strengthen but forecasters cannot say when")
KNOWING_ACTS = frozenset({"say", "tell", "know", "predict", "rule", "be", "confirm", "explain",
                          "guarantee"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
#: verbs of telling whose manner "clearly" may describe: "told users clearly how"
TELLING_VERBS = frozenset({"told", "tell", "tells", "explain", "explained", "explains",
                           "inform", "informed", "informs", "communicate", "communicated",
                           "state", "stated", "label", "labelled", "labeled"})
#: a narrator's "if" after these reports someone's condition: "threatened strikes if ..." (not
#: after a promise: "promised to ... if" stays a hedge, as Szeged's held-out documents have
#: it: sentence F1 0.7628 so, 0.7623 with promises too, 0.7634 with neither)
INTENT_BEFORE_IF = frozenset({"threatened", "threatens", "threaten", "fine", "fines",
                              "penalise", "penalize", "punish", "lets", "allows", "allowed",
                              "permits", "permitted"})
# ("a law that will fine companies up to $32 million if they fail to comply": a rule's; and
# "a law that lets roasters sell coffee as a 'Kona blend' if only 10% of the beans ...")
#: verbs of wishing whose object is to "look like" something: an aim, no impression
WISHING = frozenset({"want", "wants", "wanted", "wanting", "wish", "wishes", "wished",
                     "expect", "expects", "intend", "intends"})


def _accusation_before(words: list[str], i: int) -> bool:
    """Whether word ``i`` sits inside a charge reported by "accused ... of" earlier in its
    sentence (``accused her of threatening a businessman unless he paid``)."""
    k = next((k for k in range(i - 1, max(-1, i - 30), -1) if words[k] in ACCUSING), None)
    return k is not None and "of" in words[k + 1:i]


def _under_rules(words: list[str]) -> bool:
    """Whether the words before an "if" set out a rule ("Under council rules, a second
    language can be added to a sign if a third of residents ask"): the rule's condition,
    no doubt."""
    return any(w == "under" and any(x in ("rules", "law", "regulations", "policy")
                                    for x in words[k + 1:k + 4])
               for k, w in enumerate(words))


#: "the amount of water farmers may take": a quantity, then what someone is allowed to take
ALLOWANCE_NOUNS = frozenset({"amount", "quantity", "volume", "number", "share", "limit"})
ALLOWED_TAKING = frozenset({"take", "use", "draw", "catch", "import", "export", "build", "sell",
                            "keep", "spend", "borrow", "charge", "own", "carry", "pump", "hire",
                            "extract", "withdraw", "harvest", "land", "emit", "release",
                            "collect", "gather", "hunt", "kill", "cut"})
#: words before "who may" that make it a question of permission: "rules on who may own"
#: (and before "what": "a law capping what parties may spend")
PERMITTING = frozenset({"on", "about", "over", "decide", "decides", "deciding", "determine",
                        "determines", "limit", "limits", "restrict", "restricts", "limiting",
                        "restricting", "cap", "caps", "capping", "capped"})
#: verbs of telling whose withholding reports no doubt ("did not say whether")
WITHHELD = frozenset({"say", "comment", "disclose", "confirm", "specify", "reveal", "elaborate",
                      "said", "commented", "disclosed", "confirmed", "specified", "revealed",
                      "indicated", "decided"})  # ("has not said whether", "had not decided")
#: verbs of talking, whose "about whether" names a topic: "We talk about whether we can eat"
TALKING = ("talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking")
#: verbs that put a question: "whether" after them reports an inquiry, not doubt
INQUIRY = frozenset({"asked", "ask", "asks", "asking", "examine", "choose", "chooses",
                     "choosing", "chose",
                     "examines", "examining", "investigate", "investigates", "investigating",
                     "determine", "determines", "decide", "decides", "deciding", "decided",
                     "assess", "assessing", "review", "reviewing", "consider", "considering",
                     "weigh", "weighing", "check", "checking", "study", "studying", "vote",
                     "voting", "rule", "ruling", "into", "focused", "focuses", "focusing",
                     "centred", "centered", "question", "at", "look", "looks", "looking",
                     "looked", "divided", "split", "debate", "debated", "debating",
                     "examined", "investigated", "determined", "assessed", "reviewed",
                     "considered", "weighed", "checked", "studied", "voted", "ruled",
                     "considers", "weighs", "assesses",
                     "argue", "argues", "arguing", "argued", "disagree", "disagrees",
                     "disagreeing", "disagreed", "referendum", "referendums", "plebiscite",
                     "ballot", "watch", "watches", "watching", "watched", "monitor",
                     "monitors", "monitoring", "monitored"})
# ("look into whether", "would look carefully at whether", "the cabinet was divided on whether",
# "are arguing over whether": a choice argued over, not the narrator's doubt; "a referendum
# on whether to resume talks": the question put to voters; "investors watching whether Bucharest
# can cut its deficit": a question followed, not the narrator's doubt)
PREDICATIVE = frozenset({"is", "are", "was", "were", "be", "been", "am", "’m", "'m", "not",
                         "seemed", "feel", "felt", "remain", "remains", "remained", "appear",
                         "appears", "quite", "very", "absolutely", "so", "almost"})


@dataclass(frozen=True)
class CueEntry:
    """One cue of the lexicons."""

    words: tuple[str, ...]
    type: str  # hedge | booster
    category: str
    rule: str = ""
    precision: float | None = None  # learned cues: precision on Szeged training documents


#: what is traded for profit: "speculation on essential goods" is trading, not guesswork
TRADED = frozenset({"goods", "food", "prices", "markets", "currency", "currencies", "land",
                    "property", "housing", "commodities", "stocks", "shares", "wheat", "grain",
                    "rents", "oil", "gold", "bitcoin"})


@cache
def cue_index() -> dict[str, tuple[CueEntry, ...]]:
    """First word -> cues starting with it, longest first. Curated cues win over learned."""
    entries: dict[tuple[str, ...], CueEntry] = {}
    for r in lexicon.rows("hedges"):
        words = tuple(r["cue"].lower().split())
        entries[words] = CueEntry(words, r["type"], r["category"], r["rule"])
    for r in lexicon.rows("hedges_learned"):
        words = tuple(r["cue"].lower().split())
        p = float(r["precision"])
        if words not in entries and p >= LEARNED_MIN_PRECISION:
            entries[words] = CueEntry(words, "hedge", r["category"], "", p)
    index: dict[str, list[CueEntry]] = {}
    for e in entries.values():
        # a one-word "none" is listed only to keep a learned cue out; a longer one is a
        # phrase to step over ("think tank" holds no "think")
        if e.type != "none" or len(e.words) > 1:
            index.setdefault(e.words[0], []).append(e)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}


def _no_subject(low: list[str], i: int) -> bool:
    """Whether the modal at ``i`` has a subject opened by ``no`` at the start of its clause
    (``said no amount of money could``, ``No warning system in the world could``), two to
    six words before it."""
    for k in range(max(0, i - 7), i - 1):
        if low[k] == "no":
            opens = k == 0 or low[k - 1] in ("said", "says", "that", ",", "and", "but", '"',
                                             "“", "because")
            return opens and all(w.isalpha() and (w not in CLAUSE_OPENERS or
                                                  low[x - 1] in ("in", "of", "on", "at"))
                                 for x, w in enumerate(low[k + 1:i], k + 1))
            # (a determiner after a preposition opens no clause: "in the world")
    return False


def _negates(w: str) -> bool:
    """``not``, ``never``, ``didn't``: a word that denies what follows."""
    return w in NEGATORS or w.endswith("n't")


#: ordinal numbers, as a century or a place in a series is named ("the first century")
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                      "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                      "nineteenth", "twentieth", "1st", "2nd", "3rd", "4th", "5th", "6th",
                      "7th", "8th", "9th", "10th", "11th", "12th", "13th", "14th", "15th",
                      "16th", "17th", "18th", "19th", "20th", "21st"})


#: words that may follow a time of day given roughly: "around midnight on Friday"
_AFTER_A_TIME = frozenset({"and", "or", "but", "on", "in", "at", "when", "as", "local", "until",
                           "before", "after", "to", "that", "the", "this", "today", "yesterday",
                           "tomorrow", "gmt", "utc", "while", "with", "by", "from"})


#: what a rate counts by: "about one a week", "about one every day"
RATE_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "night", "decade",
                        "season", "fortnight"})


def _is_quantity(words: list[str], i: int) -> bool:
    if i >= len(words):
        return False
    w = words[i]
    if w in ("nothing", "none", "all", "every", "everyone", "everything", "half", "no",
             "any", "anyone", "anything") and \
            i > 0 and words[i - 1] in ("almost", "nearly", "virtually"):
        return True  # "told almost nothing", "nearly all of them", "almost no water", "faster
        # than in almost any other city"
    if w == "one":  # "about one in five", "about one hundred"; not "about one party"
        nxt = words[i + 1] if i + 1 < len(words) else ""
        per = words[i + 2] if i + 2 < len(words) else ""
        return nxt in ("in", "of", "out") or nxt in NUMBER_WORDS or nxt[:1].isdigit() or \
            nxt in UNITS or \
            (nxt in ("a", "an", "per", "every") and per in RATE_UNITS)  # ("about one a week")
    if w[:1].isdigit() or w in NUMBER_WORDS or w in CURRENCY or w in PROPORTION:
        return True
    if w in ("minus", "plus") and i + 1 < len(words) and words[i + 1][:1].isdigit():
        return True  # "rose to about minus 5 degrees": a temperature given roughly
    if w.endswith("fold") and w[:-4].rstrip("-") in NUMBER_WORDS:
        return True  # "up almost fivefold in a decade": a multiple
    if w in ("midnight", "noon", "midday", "dawn", "dusk"):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        return not nxt.isalpha() or nxt in _AFTER_A_TIME
        # "around midnight": a time given roughly (not "complaints about dawn crowing": what
        # the complaints concern, the time word describing the noun after it)
    if "-" in w:  # "about two-thirds", "some twenty-five"; not "about one-sided deals"
        head, tail = w.split("-", 1)
        if head in NUMBER_WORDS and (tail in NUMBER_WORDS or tail.rstrip("s") in NUMBER_WORDS):
            return True
    if w in ("a", "c", "us", "hk", "nz", "s", "r") and i + 1 < len(words) and \
            words[i + 1] in CURRENCY:
        return True  # "about C$200 million", "some A$50 million"
    if w == "the" and i + 1 < len(words) and words[i + 1] == "same":
        return True
    if w == "the" and i + 2 < len(words) and i >= 1 and \
            (words[i - 1] == "around" or
             (i >= 2 and words[i - 2] in ("from", "since", "in", "until", "to"))) and \
            (words[i + 1] in ORDINALS or words[i + 1] in ("early", "late", "mid")) and \
            any(x in ("century", "centuries", "millennium") for x in words[i + 2:i + 4]):
        return True  # "from around the first century B.C.": a date given roughly
    if w == "the" and i + 2 < len(words) and \
            words[i + 1] in ("current", "previous", "average", "usual", "present") and \
            words[i + 2] in ("level", "levels", "rate", "number", "amount", "size", "price"):
        return True  # "at 900 visitors a year, roughly the current level": an amount
    if w == "as" and i + 1 < len(words) and words[i + 1] in ("much", "many") and \
            words[i - 1] in ("almost", "nearly", "roughly", "approximately"):
        return True  # "spends roughly as much again on heating": an amount given roughly
    if w == "in" and i + 1 < len(words) and words[i + 1] == "half" and \
            words[i - 1] in ("almost", "nearly", "roughly"):
        return True  # "cut the fee nearly in half"
    if w == "in" and i + 1 < len(words) and words[i + 1] == "line" and \
            words[i - 1] not in ("about", "around"):
        return True  # "roughly in line with expectations": a comparison of amounts
    if w not in ("a", "an") or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    if nxt.endswith(("'s", "’s")):  # "cost about a week's earnings": a week's worth
        nxt = nxt[:-2]
    return nxt in NUMBER_WORDS or nxt in UNITS


#: what says what is allowed: "rules on how buildings could be altered"
RULE_NOUNS = frozenset({"rules", "limits", "restrictions", "guidelines", "regulations",
                        "controls", "conditions", "standards", "law", "laws", "policy"})
#: nouns of how much something can take: "the limit its plants could handle"
CAPACITY_NOUNS = frozenset({"limit", "limits", "capacity", "maximum", "amount"})


#: acts a rule allows ("who may open on Sundays if ..."), and what an allowance's condition
#: asks of those it allows ("if they serve customers themselves", "only if they hold a licence")
PERMITTED_ACTS = ALLOWED_TAKING | {"open", "trade", "operate", "enter", "fish", "park", "stay",
                                   "work", "apply", "travel", "serve", "stand"}
#: what a rule does to those it bars: "but anyone caught digging faces a fine"
FORBIDDING = frozenset({"fine", "fines", "fined", "banned", "prohibited", "forbidden", "barred"})
ELIGIBILITY_VERBS = frozenset({"serve", "pay", "obtain", "get", "hold", "have", "register",
                               "follow", "meet", "apply", "show", "comply", "employ", "use",
                               "keep", "own"})


#: what ends or breaks off the clause a ruling reports: its may then is no longer the ruling's
RULING_BREAKS = frozenset({";", ".", ",", "but", "though", "which", "who", "whether"})


def _denied_by_nobody(low: list[str], i: int) -> bool:
    """Whether the booster at ``i`` has ``nobody`` or ``no one`` for its subject, with only
    auxiliaries and ``ever`` or ``yet`` between (``Nobody has ever proven``)."""
    k = i - 1
    while k >= 0 and low[k] in ("has", "have", "had", "ever", "yet", "really", "actually"):
        k -= 1
    return k >= 0 and k < i - 1 and (low[k] in ("nobody", "no-one") or
                                     (low[k] == "one" and k >= 1 and low[k - 1] == "no"))


def _ruled_leave(low: list[str], i: int) -> bool:
    """Whether ``may`` at ``i`` is the verb of the clause a ruling reports (``ruled that the
    owners of a building ... may evict``), up to 18 words back, with no break or second
    ``that`` between (not ``ruling that ... a project that may affect land``)."""
    for k in range(max(0, i - 18), i):
        if low[k] not in ("ruled", "rules", "ruling"):
            continue
        that = next((x for x in range(k + 1, min(i, k + 4)) if low[x] == "that"), None)
        if that is not None and not any(x in RULING_BREAKS for x in low[k:i]) and \
                "that" not in low[that + 1:i]:
            return True
    return False


def _permission_may(low: list[str], i: int) -> bool:
    """Whether ``may`` at ``i`` gives leave on a condition the allowed meet themselves
    (``who may open on Sundays if they serve customers themselves``), not a doubt."""
    if i + 1 >= len(low) or low[i + 1] not in PERMITTED_ACTS:
        return False
    for k in range(i + 2, min(len(low) - 2, i + 10)):
        if low[k] == "if" or (low[k] == "provided" and low[k + 1] == "that"):
            who = k + 1 + (low[k + 1] == "that")
            return low[who] in ("they", "it", "he", "she", "we", "you") and \
                who + 1 < len(low) and low[who + 1] in ELIGIBILITY_VERBS
    return False


def _ruled_consequence(low: list[str]) -> bool:
    """Whether the sentence's condition is a step of a procedure, an ``if`` with no subject
    before its participle (``If convicted, Leong faces up to three years in prison and would
    lose his seat``, ``The changes, if approved by parliament, would take effect in June``):
    what ``would`` follow is the rule's consequence, no doubt of the writer's (the ``if``
    carries the doubt)."""
    return any(w == "if" and k + 1 < len(low) and
               (low[k + 1] in ("found", "elected") or
                (low[k + 1].endswith("ed") and len(low[k + 1]) > 4 and
                 (k + 2 == len(low) or low[k + 2] in (",", "by", "in", "at", "of", "on"))))
               for k, w in enumerate(low))


#: words before "proof that" that ask for the proof rather than give it: "required proof that",
#: "asked for proof that", "without proof that", "and not proof that" (but "no proof that" is a
#: booster denied, a hedge of its own)
PROOF_SOUGHT = frozenset({"required", "requires", "require", "requiring", "demanded", "demands",
                          "demand", "asked", "ask", "asking", "need", "needs", "needed", "want",
                          "wants", "wanted", "without", "not", "seek", "seeks", "sought",
                          "seeking", "for"})


def _rule_ok(rule: str, low: list[str], raw: list[str], i: int, n: int) -> bool:
    """Whether the cue of ``n`` words at token ``i`` passes its disambiguation rule."""
    nxt = low[i + n] if i + n < len(low) else ""
    prev = low[i - 1] if i > 0 else ""
    if rule == "modal_may":
        if raw[i] == "may":
            if prev == "who" and i >= 2 and low[i - 2] in PERMITTING:
                return False  # "rules on who may own schools": a permission, no doubt
            if any(low[k] in ("what", "which") and
                   any(w in PERMITTING for w in low[max(0, k - 2):k]) and
                   all(w.isalpha() for w in low[k + 1:i])
                   for k in range(max(1, i - 4), i - 1)):
                return False  # "cannot decide alone what Kenyans may grow": what is allowed
            if (nxt in ALLOWED_TAKING or "times" in low[max(0, i - 6):i]) and any(
                    w in ALLOWANCE_NOUNS and low[k + 1] == "of" and i - k >= 4
                    for k, w in enumerate(low[max(0, i - 6):i - 1], max(0, i - 6))):
                return False  # "the amount of water farmers may take": what is allowed (and
                # "the number of times jockeys may strike a horse")
            if nxt in ALLOWED_TAKING and any(
                    w in ("maximum", "minimum") or (w == "how" and low[k + 1] in ("much", "many"))
                    for k, w in enumerate(low[max(0, i - 6):i - 1], max(0, i - 6))):
                return False  # "the maximum load a porter may carry", "limits how much each
                # farm may sell": what is allowed
            if nxt in PERMITTED_ACTS and "where" in low[max(0, i - 4):i] and any(
                    w in ALLOWANCE_NOUNS and low[k + 1] == "of"
                    for k, w in enumerate(low[max(0, i - 12):i - 1], max(0, i - 12))):
                return False  # "raises the number of ministries where active officers may
                # serve": the posts a law opens, no doubt
            if nxt not in ("be", "have", "well", "also", "soon", "still", "never", "yet") and \
                    any(low[k] == "only" and (k == 0 or low[k - 1] in ('"', "“", "'", "‘", ",",
                                                                      "that", ":")) and
                   not any(w in ("is", "was", "are", "were", "said", "says")
                           for w in low[k + 1:i])
                   for k in range(max(0, i - 10), i)):
                return False  # "Only the association's jeeps may use the road": who is
                # allowed, no doubt (but "Only a few bakeries may be affected": a doubt)
            if _ruled_leave(low, i):
                return False  # "a court ruled that the government may cut flights": leave
                # given by a ruling, no doubt (however long its subject: "ruled that the
                # owners of a building in the city's Huertas district may evict"; but not in a
                # clause inside it: "ruling that ... about a project that may affect land")
            if any(w == "under" and any(x in ("law", "rules", "regulations", "licence",
                                             "license", "permit", "decree", "decision",
                                             "regulation", "quota", "quotas")
                                        for x in low[k + 1:k + 4])
                   for k, w in enumerate(low[max(0, i - 10):i], max(0, i - 10))):
                return False  # "Under Italian law, truffle hunters may enter private land":
                # what the law allows, no doubt (and "Under a decision published on Friday,
                # gatherers may collect no more than 3 kg a day")
            if i >= 3 and prev in ("we", "you", "they", "i") and \
                    low[i - 2] in ("us", "you", "them", "me") and \
                    low[i - 3] in ("tells", "told", "tell", "telling") and nxt == "not":
                return False  # "The state tells us we may not change a single window": a
                # rule relayed, no doubt (but "told us it may not reopen" stays a doubt)
            if _permission_may(low, i):
                return False  # "Small shop owners, who may open on Sundays if they serve
                # customers themselves": what a rule allows, on its condition
            if low[:1] == ["only"] and i <= 12 and nxt not in ("be", "have", "not"):
                return False  # "Only bakers certified by the chamber may use the name": who
                # is allowed, no doubt
            but = low.index("but", i + 2) if nxt == "still" and "but" in low[i + 2:] else -1
            if but > 0 and any((w in ("cannot", "can't") and low[x + 1:x + 2] and
                                low[x + 1] not in KNOWING_ACTS) or
                               (w in ("may", "must") and low[x + 1:x + 2] == ["not"]) or
                               w in FORBIDDING
                               for x, w in enumerate(low[but + 1:], but + 1)):
                return False  # "Boats may still sail into the cove but passengers cannot
                # land": what is still allowed beside what is not, no doubt (or what is
                # punished: "but anyone caught digging above it faces a fine")
            return not (prev in MONTH_CONTEXT and nxt[:1].isdigit())
        return i == 0 and nxt[:1].isalpha() and not raw[i + 1][:1].isupper() \
            if i + 1 < len(raw) else False
    if rule == "ability":
        return nxt not in NEGATORS
    if rule == "no_other_means":  # "families had no other way to make a living": a lack
        return not (prev in ("had", "have", "has", "offered", "given", "left", "find",
                             "found") and nxt == "to")  # of means, no emphasis (and "they
        # have been offered no other way to earn a living")
    if rule == "uncertain_if" and prev == "even":
        return False  # "would allow such a change even if Congress passed it": a concession,
        # no condition in doubt
    if rule == "hedging_would":
        if nxt == "have" and i + 2 < len(low) and low[i + 2] == "to":
            return False  # "would have to fall": necessity, not doubt
        # "would have cost" alone is a counterfactual, not doubt; with a condition it hedges
        # (not "even if", a concession)
        conditional = "unless" in low or ("if" in low and any(
            w == "if" and (k == 0 or low[k - 1] != "even") for k, w in enumerate(low)))
        if nxt in ("appear", "seem") and i + 2 < len(low) and \
                low[i + 2] in ("in", "before", "at", "on", "for"):
            return conditional  # "would appear in court": showing up
        return nxt in WOULD_HEDGED or (conditional and not _ruled_consequence(low))
    if rule == "quantity":
        if low[i] == "some" and i + n < len(low) and low[i + n] in PROPORTION:
            return False  # "some level of bleaching": a degree, no amount
        if low[i] in ("roughly", "approximately") and i + n < len(low) and \
                low[i + n] in ("tied", "equal", "even", "level", "similar", "unchanged"):
            return True  # "showed them roughly tied": a near, not an exact, standing
        if low[i] == "near":  # "rates near 2.5%", "near record levels"; not a place, "near
            # 10 Downing Street", "near the border"
            at = i + n
            return at < len(low) and (low[at] == "record" or (
                low[at][:1].isdigit() and at + 1 < len(low) and low[at + 1] in ("%", "percent"))
                or (low[at] in CURRENCY and at + 1 < len(low) and low[at + 1][:1].isdigit())
                or (low[at][:1].isdigit() and prev in LEVEL_VERBS))
            # (and "the market is near 5,000": a level, roughly)
        if low[i] == "about" and _negates(prev):
            return False  # "This is not about two people": what it concerns, no amount
        return _is_quantity(low, i + n)
    if rule == "supposed_epistemic":  # "is supposed to be", "the supposed victim"; not the
        # duty of "the people he was supposed to protect"
        if nxt == "to" and i >= 2 and low[i - 2] in ("we", "i", "you"):
            return False  # "We were supposed to be on Santorini": a plan that fell through
        return nxt != "to" or (i + 2 < len(low) and low[i + 2] in ("be", "have"))
    if rule == "in_part":  # "funded in part by", "in part because"; not "in part of the city"
        return nxt not in ("of",)
    if rule == "claim_clause":
        if prev in INSURANCE or nxt in ("responsibility", "credit", "victory", "adjuster"):
            return False
        if nxt == "that" and i + 2 < len(low) and low[i + 2] in FINITE:
            return False  # "a premium for a claim that was false": a relative, the thing claimed
        if nxt == "to" and i + n + 1 < len(low) and low[i] != "claiming" and (
                low[i + n + 1] in NOUN_MARKERS or raw[i + n + 1][:1].isupper() or
                (low[i + n + 1].endswith("s") and not low[i + n + 1].endswith("ss"))) and \
                "that" not in low[i + n + 1:i + n + 6]:
            return False  # "Belize's claim to the river", "land claims to territories": a
            # title held, no statement doubted (not "claimed to have captured", nor
            # "claimed to the committee that ...")
        if nxt in ("that", "to"):
            return True
        if low[i] in ("claim", "claims") and prev == "a" and i >= 2 and \
                low[i - 2] == ",":
            return True  # "..., a claim he called 'a pretext'": the clause before, at a distance
        if low[i] == "claimed" and nxt == "by":
            return False  # "islands also claimed by Honduras", "land claimed by an Indigenous
            # longhouse": territory someone holds as theirs, no doubt of a statement
        if nxt in ("by", "of") and not prev[:1].isdigit():
            return True  # "rejecting claims by local activists", "claims of fraud"
        if low[i] == "claims" and (prev in ("the", "these", "those", "such") or
                                   prev.endswith(("'", "’", "'s", "’s"))) and \
                (nxt in FINITE or nxt in MODALS):
            return True  # "The claims could not be independently verified": claims reported
            # (the wire gold leaves a bare "the claim", one claim already named, unmarked)
        if low[i] in ("claimed", "claims") and i >= 2 and low[i - 2] in ("as", "than") and \
                prev in ("he", "she", "they", "it") and not nxt[:1].isalpha():
            return True  # "as safe as he claimed.", "more than she claimed": held at a distance
        if low[i] in ("claimed", "claims") and i >= 3 and low[i - 3] in ("as", "than") and \
                low[i - 2] in ("the", "its", "their") and prev.isalpha() and \
                not nxt[:1].isalpha():
            return True  # "smaller than the industry claimed."
        # "Kyiv claims these troops have suffered", "claims the drones hit": a clause
        if nxt in ("more", "fewer", "less", "over", "nearly", "almost", "about", "around"):
            for k in range(i + n + 1, min(len(low), i + n + 9)):  # "claimed more than
                if low[k] in FINITE:  # 50,000 had already signed up": a count as the
                    return True  # clause's subject, then its verb
                if low[k] in (",", ".", ";", ":") and not (
                        low[k - 1][:1].isdigit() and low[k + 1:k + 2] and
                        low[k + 1][:1].isdigit()):
                    break
            return False
        if low[i] == "claiming" and prev == "," and len(nxt) > 3 and nxt.endswith("s") and \
                nxt.isalpha() and raw[i + n][:1].islower() and nxt not in CLAIMED_DUES:
            return True  # "demand 5,000 kwanzas from each driver, claiming faults in their
            # papers": a pretext alleged (not "claiming damages": a sum sought)
        if not (nxt in CLAUSE_OPENERS or (i + n < len(raw) and raw[i + n][:1].isupper())):
            return False
        for k in range(i + n + 1, min(len(low), i + n + 6)):
            w = low[k]
            if w in FINITE:
                return True
            if w in NOT_IN_CLAUSE_SUBJECT or not w[:1].isalpha():
                return False
            if k >= i + n + 2 and raw[k][:1].islower() and low[k - 1].endswith("s"):
                return True  # "the drones hit": a verb after a plural subject
        return False
    if rule == "could_epistemic":
        if nxt in ('"', "“", "'", "‘"):  # 'could "transform lives"': the quoted verb
            nxt = low[i + n + 1] if i + n + 1 < len(low) else ""
        if nxt in ("also", "well", "still", "potentially", "soon", "eventually", "even"):
            nxt = low[i + n + 1] if i + n + 1 < len(low) else ""
        # a purpose or time clause ("so that he could fire", "before it could be answered")
        # tells what was possible, not what may be
        window = low[max(0, i - 4):i]
        # (only in the could's own clause: "end up before federal courts and could take years")
        cut = max((k for k, w in enumerate(window) if w in ("and", "but", ",", ";")), default=-1)
        timed = any(w in ("before", "until", "where", "whatever", "once") or
                    (w == "when" and k > cut + 1 and
                     window[k - 1] not in ("say", "know", "tell", "sure", "clear", "decide",
                                           "unclear", "decided", "known"))
                    for k, w in enumerate(window) if k > cut)  # ("when herders could prove",
        # not "too early to say when the path could reopen": an open question)
        if timed or any(w == "so" and (k + 1 == len(window) or window[k + 1] in PURPOSE_AFTER_SO or
                                       (k + 2 == len(window) and k >= 1 and
                                        window[k - 1] not in (",", "and") and
                                        window[k + 1].endswith("s") and
                                        window[k + 1].isalpha()))
                        for k, w in enumerate(window)):
            # (and "a laboratory so exporters could test honey at home": their purpose)
            return False  # (but "so broad that it could cover": a result, still a possibility)
        if any((w == "only" or (w in ("least", "most", "best") and low[k - 1] == "the")) and
               low[k - 1] != "at" and
               not (w == "only" and not SUBJECT_PRONOUNS.intersection(low[k + 1:i]))
               for k, w in enumerate(low[max(0, i - 3):i], max(0, i - 3))):
            return False  # "the least he could have done was stop": no possibility weighed
            # (not "the island's only hospital could be forced": the subject's own "only")
            # (but "outbreaks in at least 14 countries could grow": a bound, then a doubt; and
            # "most could avoid a shutoff": most of them, a possibility)
        if any(w in ("confident", "sure", "certain") for w in window):
            return False  # "confident it could meet demand": a capacity asserted
        if any(low[k] == "how" and low[k - 1] in ("on", "about", "over", "governing") and
               low[k - 2] in RULE_NOUNS for k in range(max(2, i - 6), i)):
            return False  # "strict rules on how buildings could be altered": what is allowed
        if "ago" in low[max(0, i - 6):i] and nxt not in ("be", "have"):
            return False  # "Ten years ago I could catch 20 kilograms": an ability once had
        if prev in ("i", "we") and nxt not in ("be", "have") and \
                next((w for w in low[:i] if w[:1].isalpha()), "") == "before":
            return False  # "Before the smelter came, I could fill my boat": an ability once
            # had, before a change
        if i + 2 < len(low) and low[i + 1] == "have" and i >= 1 and \
                low[i - 1] in ("somebody", "someone", "they", "you") and low[i + 2] in UNDONE:
            return False  # "Somebody could have helped him", "They could have done this":
            # what was not done, a reproach, no doubt (but "a death that could have been
            # prevented" stays a hedge, as the gold has it)
        if i > 0 and (low[i - 1] in ("nobody", "nothing", "none") or
                      (i > 1 and low[i - 2] == "no" and low[i - 1] == "one") or
                      _no_subject(low, i)):
            return False  # "no one could have predicted it", "no amount of money could make
            # up for it": an impossibility asserted
        if any(low[k] == "few" and (k == 0 or low[k - 1] not in ("a", "quite"))
               for k in range(max(0, i - 3), i)):
            return False  # "few growers could spare the day": an ability mostly denied (not
            # "A few companies could default": a possibility)
        after = low[i + n + 1] if i + n + 1 < len(low) else ""
        if after == "only" and nxt.isalpha():
            return False  # "manufacturers could produce only 6 million": a capacity's limit
        if nxt in ("feel", "get") and after.endswith("ed"):
            return True  # "people could feel pressured", "could get hurt": what may happen
        if nxt == "get" and after in COMPARATIVES:
            return True  # "response times could get longer": a change that may come
        if nxt == "run" and after in ("out", "dry", "short", "low", "into", "up", "over",
                                      "high"):
            return True  # "it could run out of money", "the reservoirs could run dry": what
            # may happen, not a runner's ability
        if nxt == "easily" and after in _EASILY_BECOME:
            return True  # "the board could easily become a tool of the ruling party": what
            # may happen, no ease of doing (not "could easily absorb the cost")
        if nxt in ("pay", "repay") and \
                any(w in ("instalments", "installments") for w in _clause_after(low, i + 1, 10)):
            return False  # "drivers could pay for them in instalments": what is allowed
        if nxt == "use" and any(w in ("another", "other", "alternative", "different", "instead")
                                for w in _clause_after(low, i + 1, 6)):
            return False  # "trucks could use another crossing": an option open, no doubt
        if i >= 3 and prev in ("they", "we", "i", "he", "she", "it") and \
                low[i - 3] in ("every", "any", "all", "whatever", "each") and \
                nxt not in ("be", "have"):
            return False  # "tapped every tree they could reach": all within their reach
        if i >= 2 and low[i - 2] == "what" and prev in SUBJECT_PRONOUNS and \
                (not nxt[:1].isalpha() or nxt in ("with", "for", "in", "on", "at", "from")):
            return False  # "doing what they could with little money", "repay what she
            # could": as much as was in their power, no possibility weighed
        if prev == "who" and nxt in ("choose", "decide", "pick", "opt", "refuse", "set", "prove",
                                     "show", "afford"):
            return False  # "independent contractors who could choose when to work": a
            # freedom they have, no possibility weighed
        if prev in ("anyone", "anybody") and nxt not in ("be", "have"):
            return False  # "anyone could open a construction company": what was allowed,
            # no possibility weighed (but "anyone could be next")
        if nxt in CAPACITY_VERBS and "what" in low[max(0, i - 4):i]:
            return False  # "well above what the grid could supply": a capacity, no doubt
        if i >= 2 and low[i - 2] in ("than", "as") and low[i - 1] in ("it", "they", "we", "i",
                                                                     "he", "she"):
            return False  # "far more than it could supply", "as fast as it could": a capacity,
            # no possibility
        verb = low[i + 2] if nxt in ("ever", "possibly", "realistically") and \
            i + 2 < len(low) else nxt
        if verb in CAPACITY_VERBS and "than" in low[max(0, i - 5):i - 1]:
            return False  # "more rubbish than the plant could handle", "more than the
            # country's forests could sustain", "far more than most of them could ever
            # repay": a capacity
        if verb in CAPACITY_VERBS and i >= 2 and low[i - 1] in SUBJECT_PRONOUNS and \
                low[i - 2] in ("number", "numbers", "load", "volume", "level", "figure"):
            return False  # "twice the number it could handle safely": a capacity, in a
            # relative clause with its own pronoun subject (not "the number could rise")
        if any(w in CAPACITY_NOUNS and i - k >= 2 and low[k + 1] not in ("that", "which")
               for k, w in enumerate(low[max(0, i - 5):i], max(0, i - 5))):
            return False  # "many times the limit its plants could handle": a capacity, in a
            # relative clause with its own subject (but "the limit could be raised")
        if nxt == "see" and i + n + 1 < len(low) and (
                low[i + n + 1][:1].isdigit() or low[i + n + 1] in COMPARATIVES or
                low[i + n + 1] in ("more", "fewer", "less", "prices", "rates")):
            return True  # "the city could see 60 days a year above 40 degrees": what may come,
            # not a sight
        return nxt[:1].isalpha() and nxt not in NEGATORS and nxt not in ABILITY_AFTER_COULD
    if rule == "possible_epistemic":
        if nxt == "to":
            return False  # "it is possible to protect the forest and grow": what can be done
        if prev in ("still", "also", "now", "quite", "very", "entirely", "certainly") and \
                i >= 2 and low[i - 2] in ("is", "was", "are", "were", "remain", "remains",
                                          "remained", "be"):
            prev = low[i - 2]  # "a deal was still possible": past the adverb
        if prev in ("remain", "remains", "remained", "seems", "seemed", "appears"):
            return True  # "tariffs remained possible"
        if prev in ("is", "was", "are", "were") and nxt in ("in", "on", "at", "for", "by", "within",
                                                           ",", ".", "", "if", "but"):
            return True  # "storm surge of up to 12 feet was possible in some areas"
        return nxt == "that" or (prev in ("is", "was", "it’s", "it's", "quite", "entirely")
                                 and i >= 2 and low[i - 2] in ("it", "is", "quite", "which",
                                                               "this", "that")) or \
            (prev == "a" and nxt[:1].isalpha() and nxt not in ("to",)) or \
            (nxt.isalpha() and nxt not in FUNCTION_AFTER_POSSIBLE and
             prev not in NOT_BEFORE_POSSIBLE and not prev.endswith("est"))
    # ("possible investigations", "possible ties": a thing that may or may not be; not
    # "as soon as possible", "everything possible", "the best possible outcome")
    if rule == "appear_epistemic":
        # "appeared aimed at", "appeared strongest", "appears unlikely"; not "appeared in
        # court", "appeared before the committee", "appeared briefly"
        if nxt.endswith("ly") and len(nxt) > 4 and nxt not in ("likely", "unlikely") and \
                i + 2 < len(low):
            nxt = low[i + 2]  # "appeared largely relieved": past an adverb
        return nxt in ("to", "that", "likely", "unlikely") or \
            (prev == "it" and nxt not in APPEAR_ENDS) or \
            (nxt == "in" and i + 3 < len(low) and low[i + 2] == "no") or \
            (len(nxt) > 4 and nxt.endswith(("ed", "est")) and nxt not in APPEAR_PLACE) or \
            nxt in APPEAR_STATES or nxt in APPEAR_QUALITIES or \
            (len(nxt) > 4 and nxt.endswith("er") and nxt not in NOT_COMPARATIVES)
        # ("Traffic appeared lighter": a comparison the narrator is not sure of; not
        # "appeared later in court"; but "appears in no hurry to fix them", a state judged)
    if rule == "not_manner":  # "heard the chants clearly", "could see clearly": how, not
        # how sure (nor "had not told users clearly how their data was used": how told)
        return not any(w in SENSES for w in low[max(0, i - 4):i]) and \
            not (nxt in ("how", "what", "why", "where", "when", "whether") and
                 any(w in TELLING_VERBS for w in low[max(0, i - 4):i]))
    if rule == "looks_like":  # "this looks like a company that ...": an impression, not
        # "what climate change looks like", "how the city will look like", nor what
        # someone was made to seem: "made all of us look like thieves"
        return not any(w in ("what", "how", "make", "makes", "made", "making")
                       for w in low[max(0, i - 5):i]) and \
            not (prev == "to" and any(w in WISHING for w in low[max(0, i - 6):i - 1]))
        # (nor what someone would have a thing resemble: "wants the medina to look like a
        # shopping centre")
    if rule == "doubt_affirmed":  # "some doubted it would"; not "nobody should doubt"
        if nxt in ("every", "each", "any", "all", "the", "our", "their") and \
                any(w in ("will", "would", "'ll", "’ll") for w in low[max(0, i - 3):i]):
            return False  # "People abroad will now doubt every bottle": a reaction
            # foretold, its object a thing, no claim held in doubt
        return not any(_negates(w) or w in ("nobody", "no one", "without")
                       for w in low[max(0, i - 3):i])  # ("proceed without any doubts")
    if rule == "expected_to":  # "were expected to pick up"; not "the expected landfall zone"
        if prev == "be" and i >= 2 and (_negates(low[i - 2]) or low[i - 2] == "cannot"):
            return False  # 'consumers "cannot be expected to research the fine print"': what
            # is fair to ask, no forecast
        return nxt in ("to", "that")
    if rule == "likely_epistemic":  # "20% less likely to develop": a measured comparison
        return not (prev in ("more", "less", "as") and any(
            w[:1].isdigit() or w in ("times", "twice", "thrice", "%", "percent", "far", "much",
                                     "significantly", "considerably")
            for w in low[max(0, i - 4):i - 1]))  # (or a group set against another: "pupils
        # in some districts far less likely to finish school")
    if rule == "not_idiom":  # "might as well be in different countries": an idiom, no doubt
        return not (nxt == "as" and i + n + 1 < len(low) and low[i + n + 1] == "well")
    if rule == "think_clause":  # "what my voters think,": what others think, no doubt held
        if low[i] == "thought" and prev in ("no", "a", "little", "much", "second", "without"):
            return False  # "with no thought for the future", "gave it little thought": a noun
        if any(w in ("through", "out") for w in _clause_after(low, i + n)[:4]) and \
                not any(w in ("that", "it's", "he's", "she's") or w in FINITE
                        for w in _clause_after(low, i + n)[:3]):
            return False  # "had not thought its budget through": planning, no doubt
        if "?" in low[i:] and any(w in ("does", "do", "did") for w in low[max(0, i - 4):i]) and \
                any(w in ("where", "what", "how", "who", "why") for w in low[max(0, i - 6):i]):
            return False  # "Where does the minister think they will go?": a challenge put to
            # another, no doubt the speaker holds
        if not nxt[:1].isalnum() and "than" in low[max(0, i - 4):i]:
            return False  # "Children are more honest than councillors think": what others
            # think, set against what the speaker holds
        return not (not nxt[:1].isalnum() and "what" in low[max(0, i - 4):i])
    if rule == "believe_clause":  # "believe it may have been", not "believes management"
        if prev == "to" and i >= 2 and low[i - 2] in ("led", "made"):
            return False  # "Shoppers were led to believe": a deception, no doubt held
        if (prev == "to" and i >= 3 and low[i - 2] in ("us", "me", "you", "people", "them")
                and low[i - 3] in ("want", "wants", "wanted", "expect", "expects", "expected",
                                   "ask", "asks", "asked", "asking")) or \
                (prev == "us" and i >= 2 and low[i - 2] == "have"):
            return False  # "Now they want us to believe it was lightning", "would have us
            # believe": a belief pressed on the speaker, which they reject
        subject = low[i - 2] if prev in ("here", "else") and i >= 2 else prev
        if subject in ("nobody", "no-one") or (subject == "one" and i > 1 and
                                               low[i - 2 - (subject != prev)] == "no"):
            return False  # "Nobody believes this is about survival", "Nobody here believes
            # it is a coincidence": a denial, no doubt
        if prev == "who" and i >= 2 and low[i - 2] in ("everyone", "anyone", "everybody",
                                                       "anybody", "those", "people"):
            return False  # "a victory for everyone who believes ...": a conviction others
            # hold, no doubt the speaker casts
        if i >= 3 and low[i - 2] in ("who", "what", "where", "which", "whom", "how") and \
                low[i - 3] in WITHHELD and any(_negates(w) or w.startswith("declin")
                                               for w in low[max(0, i - 7):i - 3]):
            return False  # "It did not say who it believed was responsible": an answer held
            # back, no doubt the story shows
        if nxt in ("that", "to", "so", "") or prev in ("is", "was", "are", "were", "be", "been",
                                                       "widely", "it"):
            return True
        if nxt in ("anything", "everything", "nothing", "anyone", "nobody", "a word"):
            return False  # "she no longer believed anything the government said"
        if nxt in ("it", "him", "her", "them", "me", "you", "us") and \
                (low[i + n + 1] if i + n + 1 < len(low) else "") not in FINITE and \
                not (low[i + n + 1] if i + n + 1 < len(low) else "").endswith(("'s", "’s")):
            return False  # "I'll believe it when I see it": believing someone or something
        rest = []
        aside = False  # (past an aside the object opens: "believed the evidence, including
        # bank records, clearly showed the payments": a clause after all)
        for k, w in enumerate(low[i + n:], start=i + n):
            if w == "," and not aside and rest and k + 1 < len(low) and \
                    low[k + 1] in ("including", "like"):
                aside = True
                continue
            if w == "," and aside:
                aside = False
                continue
            if not w[:1].isalnum() and w not in ("'s",):
                break
            if not aside:
                rest.append(w)
        return len(rest) > 3 or any(w in FINITE for w in rest)
    if rule == "proves_claim":  # "the data proves the drug works"; not "we proved them wrong"
        for w in reversed(low[max(0, i - 10):i]):
            if w in (",", ".", ";", ":"):
                break
            if w in ("until", "unless", "if"):
                return False  # "shut until the operator proved its brakes worked": a proof
                # asked for, no certainty (a denied one, "had not proved", is a hedge)
        return not any(w in ("wrong", "right") for w in low[i + n:i + n + 4])
    if rule == "proof_asserted":  # "the contract is proof that"; not "required proof that":
        return not any(w in PROOF_SOUGHT for w in low[max(0, i - 3):i])  # a proof asked for
    if rule == "seem_epistemic":  # "the plan seems to work"; not "are not always what they
        return not (not nxt[:1].isalnum() and "what" in low[max(0, i - 3):i])  # seem,"
    if rule == "no_alternative":  # "There is no alternative to diplomacy"; not "people in the
        # countryside who have no alternative to driving": their circumstance, described
        if prev in ("offered", "offers", "offer", "proposed", "proposes", "presented",
                    "suggested", "put", "gave", "given", "provided", "provides"):
            return False  # "the president had offered no alternative": a proposal missing
        return not (prev in ("have", "has", "had") and i >= 2 and
                    low[i - 2] in ("who", "that", "which"))
    if rule == "possibility_open":  # "the possibility that he resigns"; not "asked about that
        return prev not in ("that", "this", "every", "all")  # possibility": a topic named
        # again, no doubt held (nor "looking at every possibility": an inquiry's reach)
    if rule == "potential_adj":
        return nxt[:1].isalpha() and nxt not in ("for", "to", "of", "energy", "and", "or")
    if rule == "verb_use_noun":  # "reports of", "media reports": not "The Post reports"
        if i > 0 and (raw[i - 1][:1].isupper() or prev in ("he", "she", "it", "they")):
            return False
        if prev[:1].isdigit() or prev in NUMBER_WORDS or "no" in low[max(0, i - 3):i]:
            return False  # "63 reports of heaters", "no immediate reports of damage": counts
        if nxt == "of" and any(w in QUANTITY_CHANGE for w in _clause_after(low, i + 2)):
            return False  # "reports of abuse had risen by 30%": a count, not a source
        after = low[i + 2] if i + 2 < len(low) else ""
        if nxt == "of" and after in ("the", "its", "their", "his", "her") and \
                any(w in ("received", "receives", "receive", "receiving")
                    for w in low[max(0, i - 3):i]):
            return False  # "said it had received reports of the loans": a body's records
            # of a known thing (but "had received reports of at least three people being
            # hurt", accounts of events not yet confirmed, is a hedge, as the gold has it)
        if nxt == "of" and (after[:1].isdigit() or after in NUMBER_WORDS):
            return False  # "212 complaints, including reports of 14 crashes": counted
        k = next((k for k in range(i - 1, max(-1, i - 4), -1) if low[k] == "in"), None)
        if k is not None and k > 0 and low[k - 1] in lexicon.reporting_verbs():
            return False  # "U.N. experts have said in past reports that": a named source's
            # own reports, no unnamed one
        return nxt in ("of", "that", "suggest", "suggested", "say", "said", "indicate") or \
            prev in ("media", "news", "press", "unconfirmed", "conflicting", "initial", "early",
                     "several", "some", "local", "earlier", "unverified", "multiple")
    if rule == "open_question":  # "asked whether he was lying" reports a question, not doubt
        if prev in ("is", "was", "remains") and "question" in low[max(0, i - 4):i - 1]:
            return True  # "The question is whether the board was asleep": an open doubt
        if prev == "," and nxt in ("for", "in", "at", "on", "by", "from", "through") and \
                "or" in low[i + 2:i + 8]:
            return False  # "to kill whales, whether for science or for profit": any of them
        if prev == "about" and i >= 2 and low[i - 2] in ("is", "was", "it's", "it’s") + TALKING:
            return False  # "It is about whether art can be free": what it concerns (not
            # "questions about whether": a doubt), and "We talk about whether we can eat":
            # what is talked of
        if prev in ("wonder", "wonders", "wondered", "wondering"):
            return True  # "will look at this and wonder whether": a doubt, whatever came before
        # ("declined to comment on whether": the verb before its "on")
        held = i - 1 if prev == "on" and i >= 2 and low[i - 2] in WITHHELD else i
        if held >= 1 and low[held - 1] in WITHHELD and \
                any(_negates(w) or w.startswith(("declin", "refus"))
                    for w in low[max(0, held - 5):held - 1]):
            return False  # "declined to say whether", "did not say whether": an answer held back
        return not any(w in INQUIRY for w in low[max(0, i - 8):i]) and \
            not (prev == "or" and "whether" in low[:i])  # "whether A or whether B": one doubt
    if rule == "know_open" and low[i] in ("did", "didn't", "does", "doesn't") and \
            nxt == "that":
        return False  # "they did not know that the dam was weak", "He does not know that mine
        # took two weeks": someone unaware of a fact, no doubt
    if rule == "know_open" and low[i] in ("did", "didn't") and \
            nxt in ("what", "where", "when", "why", "how", "who") and \
            not any(w in ("would", "will", "could", "might", "should", "can")
                    for w in low[i + n + 1:i + n + 7]):
        return False  # "I did not know where he came from", "We did not know what he wanted":
        # an unawareness past and since ended, no doubt (the gold has none of them a hedge);
        # but "did not know how she would repay it" is a doubt still open
    if rule == "know_open" and low[i] in ("does", "doesn't") and \
            not (i and low[i - 1] in ("nobody", "one", "it")):
        return False  # "A machine does not know what a sentence is for", "Whoever took it
        # probably does not know how to water it": another's ignorance told, not the
        # speaker's own doubt (as the gold has it twice of twice)
    if rule == "know_open":  # "we don't know where they will strike", not "I don't know him"
        # (and "I cannot say everyone is reassured": a clause whose subject is everyone)
        after = low[i + n + 1] if i + n + 1 < len(low) else ""
        if nxt in ("on", "by", "until") and i + n + 2 < len(low) and \
                low[i + n + 1] in DAY_WORDS and low[i + n + 2] in ("if", "whether"):
            return True  # "I still do not know on Monday if I will work on Tuesday"
        return nxt in ("what", "where", "when", "why", "how", "who", "whether", "if", "yet", "that",
                       "exactly", "for", ".", ",", "", "everyone", "everybody", "anyone",
                       "anybody", "there") or "what" in low[max(0, i - 3):i] or \
            (nxt == "the" and after in UNKNOWN_EXTENT)  # "we do not yet know the full scale"
    if rule == "considered_epistemic":  # "is widely considered the favourite", "considered
        # him perfect for the role"; not "had considered offering users a choice" (weighed)
        after = low[i + n + 1] if i + n + 1 < len(low) else ""
        if nxt in ("it", "them", "this", "that") and not after[:1].isalnum():
            return False  # "They never seriously considered it": weighed, not judged
        if prev == "be" and any(w in MODALS for w in low[max(0, i - 3):i - 1]):
            return False  # "could not be considered independent": a classification ruled on
        return not (nxt.endswith("ing") and len(nxt) > 4) and nxt not in ("whether", "how")
    if rule == "not_known":  # "it is not known whether", not "it had not known the paintings
        # were murals": someone's own unawareness of a fact
        return not (i >= 1 and low[i - 1] in ("had", "has", "have"))
    if rule == "clear_that":  # "it is clear that", "made it clear"; not "a clear message"
        if prev in QUOTE_MARKS and i >= 2:
            prev = low[i - 2]  # 'the guidelines were "clear" and': the quoted word
        if nxt in QUOTE_MARKS:
            nxt = low[i + n + 1] if i + n + 1 < len(low) else ""
        if prev in ("very", "abundantly", "perfectly", "crystal", "quite") and i >= 2 and \
                low[i - 2] in ("it", "made", "make", "makes", "making"):
            prev = low[i - 2]  # "has made it very clear what it does" (not "very clear skies")
        if prev in ("made", "make", "makes", "making") and nxt not in ("", ".", ","):
            return True  # "made clear the money depended on ...": a point pressed
        if prev in PREDICATIVE and i >= 2 and low[i - 2] in CLEAR_RESULTS:
            return False  # "once tests were clear": results free of what was tested for
        return nxt == "that" or prev == "it" or (prev in PREDICATIVE and
                                                 nxt in ("", ".", ",", "to", "now", ":", ";",
                                                         "on", "about", "and"))
        # ("The constitution is very clear on that")
    if rule == "not_market":  # "speculation that he will resign", not "speculation on
        # essential goods" (trading for profit, no doubt)
        return not (nxt in ("on", "in") and any(w in TRADED for w in low[i + 2:i + 5]))
    if rule == "seen_as":  # "seen as a rising star", not "seen as many as ten"
        return nxt not in ("many", "much", "far", "long", "well", "soon", "often", "few")
    if rule == "verb_use":  # "we suspect", "officials estimate"; not "the suspect fled"
        if prev == "to" and i >= 2 and low[i - 2] == "according":
            return False  # "according to estimates by ...": the source, a noun
        if nxt in (",", ".") and (prev in ("we", "they") or (
                prev.endswith("s") and prev in lexicon.source_nouns())):
            return True  # "..., researchers estimate.": an inverted attribution's verb
        if prev in ("it", "he", "she", "they", "we", "i"):
            return True  # "which it estimates is underreported": a pronoun's verb
        return prev not in NOUN_MARKERS and nxt not in ("was", "is", "were", "are", "has", "had",
                                                       "in", "'s", "of", ",", ".", "for")
        # ("cost estimates for the project had risen": the estimates, a noun)
    if rule == "assume_epistemic":  # "cannot simply assume that": a warning, no doubt
        k = i - 1 if prev not in ("simply", "just", "automatically") else i - 2
        return not (k >= 0 and low[k] in ("cannot", "can't", "not", "n't", "never", "shouldn't",
                                          "mustn't"))
    if rule == "negated":  # "does not prove": the booster only counts denied, as a hedge
        return prev in NEGATORS
    if rule == "that_clause":  # "remained convinced that ...", not "not everyone was convinced"
        j = i + n  # (past a closing mark: 'had "strong indications" that a state actor')
        while j < len(low) and low[j] in ('"', "”", "'", "’"):
            j += 1
        return j < len(low) and low[j] == "that"
    if rule == "predicative":  # "I am certain", "we weren't sure"; not "a certain man"
        if any(w in ("when", "if", "until", "unless", "once") for w in low[max(0, i - 3):i]):
            return False  # "when we are sure, we will act": a condition, not certainty
        return prev in PREDICATIVE or prev.endswith("n't") or nxt == "that"
    return True


@dataclass(frozen=True)
class Cues:
    """The certainty cues of one article, each list in reading order (approximators
    are hedges of category ``approximator``)."""

    hedges: list[Cue]
    boosters: list[Cue]


#: acts someone "could have" done and did not, a reproach: "Somebody could have helped him"
UNDONE = frozenset({"done", "helped", "saved", "stopped", "prevented", "warned", "told",
                    "acted", "fixed", "avoided", "protected", "called", "rescued"})
#: what a system can take or give: "what the grid could supply"
CAPACITY_VERBS = frozenset({"supply", "produce", "handle", "absorb", "provide", "carry",
                            "hold", "generate", "store", "process", "sustain", "support",
                            "accommodate", "feed", "repay", "afford", "refill", "replenish",
                            "recharge", "replace", "treat", "build"})


def find_cues(text: str, seg: Segmentation, quotes: list[Quote]) -> Cues:
    """Hedges and boosters of the whole article."""
    index = cue_index()
    owners = _Owners(quotes)
    # a condition a speaker sets ("I am ready anytime if he wants it"; reported: "two said
    # they might change their minds if the cost rises") is no doubt; the narrator's "if"
    # and "if confirmed" are
    found: dict[str, list[Cue]] = {"hedge": [], "booster": []}
    # a verb the quotation finder read as reporting a clause ("Environmental groups claimed
    # untreated sewage ... were feeding the plant"): the clause is there, however it opens
    reporting = {q.cue_start for q in quotes if q.kind == "indirect" and q.cue_start is not None}
    lowered = text.lower().replace("’", "'")  # cues are listed lower-case, with '
    same = len(lowered) == len(text)  # else some letter's lower case is longer
    for si, sent in enumerate(seg.sentences):
        spans = [m.span() for m in _TOKEN.finditer(text, sent.start, sent.end)]
        raw = [text[a:b] for a, b in spans]
        low = [lowered[a:b] for a, b in spans] if same else \
            [w.lower().replace("’", "'") for w in raw]
        free = 0  # the first token no multi-word cue has taken yet
        for i in [k for k, w in enumerate(low) if w in index]:  # (most tokens are no cue)
            if i < free:
                continue
            for e in index[low[i]]:
                n = len(e.words)
                if tuple(low[i:i + n]) != e.words or (
                        not _rule_ok(e.rule, low, raw, i, n) and
                        not (e.rule == "claim_clause" and spans[i][0] in reporting)):
                    continue
                start, end = spans[i][0], spans[i + n - 1][1]
                if e.rule == "hedging_would" and owners.at(start) and \
                        (low[i + 1] if i + 1 < len(low) else "") not in WOULD_HEDGED:
                    continue  # "warned that China would 'fight' if ...": the speaker's condition
                if e.rule == "uncertain_if" and owners.at(start) and \
                        not _doubted_condition(low, i + 1):
                    continue
                if e.rule == "uncertain_if" and _accusation_before(low, i) and \
                        not _doubted_condition(low, i + 1):
                    continue  # "accused her of threatening a businessman with publication
                    # unless he paid her": the accusers' account, reported, no doubt of ours
                if e.rule == "uncertain_if" and low[i] == "if" and \
                        (any(w in INTENT_BEFORE_IF for w in low[max(0, i - 14):i]) or
                         _under_rules(low[max(0, i - 16):i])) and \
                        not _doubted_condition(low, i + 1):
                    continue  # "has threatened further strikes if no agreement is reached":
                    # the condition of a threat or a penalty, not the narrator's doubt
                if e.rule == "uncertain_if" and low[i] == "if" and \
                        any(w == "may" and _permission_may(low, k)
                            for k, w in enumerate(low[max(0, i - 8):i], max(0, i - 8))):
                    continue  # "who may open on Sundays if they serve customers": the rule's
                    # condition for what it allows, no doubt
                if e.rule == "uncertain_if" and low[i] == "if" and low[i - 1] in DAY_WORDS and \
                        "know" in low[max(0, i - 4):i]:
                    continue  # "do not know on Monday if I will work": the open question
                    # of the "know" cue before it, no condition of its own
                if e.rule == "in_marks" and not owners.marked(start) and \
                        not _inside_marks(text, owners.past_marks(text, sent.start, start),
                                          start):
                    continue  # "where it had never been seen": a fact reported, no insistence
                if e.type == "none":
                    free = i + n
                    break
                if low[i] == "everywhere" and \
                        any(_negates(w) or w == "cannot" for w in low[max(0, i - 3):i]):
                    continue  # "We cannot be everywhere at once": a limit owned, no insistence
                if low[i] == "never" and i + 1 < len(low) and \
                        low[i + 1] in ("only", "just", "simply", "merely"):
                    continue  # "It was never only about the lines": not only, no insistence
                if low[i] == "never" and i > 0 and i + 1 < len(low) and \
                        low[i - 1] in ("is", "are", "was", "were", "be", "been") and \
                        low[i + 1].endswith("ed"):
                    continue  # "the door is never locked": a state told in the passive, no
                    # insistence (as the gold has it 12 times of 12; "were never told" and
                    # "were never built" it marks)
                if low[i] == "never" and i > 0 and low[i - 1] == "who":
                    continue  # "the sins of those who never did": whom a relative clause
                    # describes, no insistence of the speaker's
                kind, category = e.type, e.category
                if kind == "booster" and _in_condition(low, i):
                    continue  # "banned if the allegation was proven": no certainty claimed
                if kind == "booster" and low[i] in ("proven", "proved") and i > 1 and \
                        low[i - 1] in ("was", "were", "is", "are", "been", "be") and \
                        any(w in ("after", "once", "when", "before")
                            for w in low[max(0, i - 6):i - 1]):
                    continue  # "paid only after a loss was proven": a step in a procedure,
                    # no certainty claimed
                if kind == "booster" and i > 0 and \
                        low[i - 1] in ("probably", "perhaps", "possibly", "maybe", "likely"):
                    continue  # "the arsenic had probably always been there": the hedge rules
                if kind == "booster" and i > 0 and _negates(low[i - 1]):
                    kind, category = "hedge", "negated_booster"
                    start = spans[i - 1][0]
                elif kind == "booster" and _denied_by_nobody(low, i):
                    kind, category = "hedge", "negated_booster"  # "Nobody has ever proven
                    # it makes anyone sick": a proof denied, as "has not proved" is
                speaker = owners.at(start)
                prev = found[kind][-1] if found[kind] else None
                if kind == "hedge" and prev and prev.sentence == si and i > 0 and \
                        prev.end == spans[i - 1][1] and \
                        prev.category not in ("approximator", "attribution"):
                    # "would probably", "may possibly": one hedge, named by its first word (not
                    # "The claims could not be independently verified": a claim, then a doubt)
                    found[kind][-1] = Cue(prev.start, end, text[prev.start:end], prev.category,
                                          si, prev.speaker)
                else:
                    found[kind].append(Cue(start, end, text[start:end], category, si, speaker))
                free = i + n
                break
    return Cues(found["hedge"], found["booster"])


def _clause_after(low: list[str], i: int, limit: int = 8) -> list[str]:
    """Up to ``limit`` words from ``i`` to the clause's end (a comma or a stop)."""
    out = []
    for w in low[i:i + limit]:
        if w in (",", ".", ";", ":", "?", "!"):
            break
        out.append(w)
    return out


def _doubted_condition(low: list[str], i: int) -> bool:
    """Whether the condition opened before ``i`` doubts a fact ("if confirmed", "if the
    allegation was proven", "if the reports are true") rather than sets one."""
    return any(w in UNCERTAIN_AFTER_IF for w in _clause_after(low, i))


def _in_condition(low: list[str], i: int) -> bool:
    """Whether word ``i`` sits in an "if"/"unless"/"until" clause opened a few words before
    it ("until the airline proved all its aircraft were airworthy": nothing proved yet)."""
    for w in reversed(low[max(0, i - 6):i]):
        if w in (",", ".", ";", ":"):
            return False
        if w in ("if", "unless", "until"):
            return True
    return False


def _inside_marks(text: str, lo: int, pos: int) -> bool:
    """Whether quotation marks opened between ``lo`` and ``pos`` are still open at ``pos``
    (``said he had "never stopped believing"``)."""
    before = text[lo:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class _Owners:
    """Who owns an offset: the speaker of the innermost quote holding it."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.spans = sorted((q.start, q.end, q.speaker) for q in quotes if q.speaker)
        self.starts = [a for a, _, _ in self.spans]
        self.marked_spans = sorted((q.start, q.end) for q in quotes if q.kind != "indirect")
        self.reach: list[int] = []  # furthest end among spans up to each index
        far = -1
        for _, b, _ in self.spans:
            far = max(far, b)
            self.reach.append(far)

    def marked(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks (a direct or partial quote)."""
        k = bisect_right(self.marked_spans, (pos, 1 << 62)) - 1
        return k >= 0 and self.marked_spans[k][0] <= pos < self.marked_spans[k][1]

    def past_marks(self, text: str, lo: int, pos: int) -> int:
        """Where to count quotation marks from before ``pos``: ``lo``, or past the end of a
        quote in marks that closed between them (a sentence the segmenter opened inside a
        quotation: 'Nobody is going to take them from us," said X, ... the utility never
        reached' has one mark before "never", and it closes)."""
        k = bisect_right(self.marked_spans, (pos, 1 << 62)) - 1
        while k >= 0:
            a, b = self.marked_spans[k]
            if b <= pos:
                if b < lo:
                    return lo
                while b < pos and text[b] in ",.?!\"”’'":
                    b += 1  # (past its closing mark)
                return max(lo, b)
            k -= 1
        return lo

    def at(self, pos: int) -> str | None:
        """The speaker whose quote holds ``pos`` (the latest-starting one), else None."""
        k = bisect_right(self.starts, pos) - 1
        while k >= 0 and self.reach[k] > pos:
            a, b, who = self.spans[k]
            if a <= pos < b:
                return who
            k -= 1
        return None


# ---- framing ----------------------------------------------------------------------------

def framing_of(cue: str | None) -> str | None:
    """The framing class of a reporting cue (``claimed`` -> ``distancing``)."""
    if not cue:
        return None
    words = cue.lower().split()
    if words[:2] == ["according", "to"]:
        return "neutral"
    verb = lexicon.reporting_verbs().get(words[-1]) or lexicon.reporting_verbs().get(words[0])
    return verb.framing if verb else None


# ---- measures ---------------------------------------------------------------------------

NARRATOR = "(narrator)"


def quoted_words(text: str, quotes: list[Quote]) -> int:
    """Words inside quotations, each word counted once even where quotes nest."""
    spans = sorted((q.start, q.end) for q in quotes)
    total, cur_a, cur_b = 0, -1, -1
    for a, b in spans:
        if a > cur_b:
            if cur_b > cur_a:
                total += count_words(text, cur_a, cur_b)
            cur_a, cur_b = a, b
        else:
            cur_b = max(cur_b, b)
    if cur_b > cur_a:
        total += count_words(text, cur_a, cur_b)
    return total


def certainty_by_voice(text: str, seg: Segmentation, quotes: list[Quote], hedges: list[Cue],
                       boosters: list[Cue]) -> list[dict]:
    """Hedges and boosters per 100 words for the narrator and for each speaker.

    The narrator's words are the body's words outside quotations; a speaker's
    words are those inside their quotations.
    """
    words: dict[str, int] = {NARRATOR: max(seg.word_count - quoted_words(text, quotes), 0)}
    for q in quotes:
        if q.speaker:
            words[q.speaker] = words.get(q.speaker, 0) + count_words(text, q.start, q.end)
    rows = []
    for voice, n in words.items():
        key = None if voice == NARRATOR else voice
        h = sum(1 for c in hedges if c.speaker == key)
        b = sum(1 for c in boosters if c.speaker == key)
        rows.append({"voice": voice, "words": n, "hedges": h, "boosters": b,
                     "hedges_per_100": round(100 * h / n, 2) if n else 0.0,
                     "boosters_per_100": round(100 * b / n, 2) if n else 0.0})
    return rows


def hedged_sentences(seg: Segmentation, hedges: list[Cue], boosters: list[Cue]) -> list[dict]:
    """One row per sentence: its span, paragraph, hedge and booster counts, hedged flag."""
    h = [0] * len(seg.sentences)
    b = [0] * len(seg.sentences)
    for c in hedges:
        h[c.sentence] += 1
    for c in boosters:
        b[c.sentence] += 1
    return [{"sentence": i, "start": s.start, "end": s.end, "paragraph": s.paragraph,
             "hedges": h[i], "boosters": b[i], "hedged": h[i] > 0}
            for i, s in enumerate(seg.sentences)]

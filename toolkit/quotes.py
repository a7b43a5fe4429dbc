"""Find quotations: direct, partial and indirect, each with its cue and speaker mention.

Works paragraph by paragraph over tokens (:mod:`toolkit.mentions`), in
three passes:

1. **Quotation marks.** Curly, straight and guillemet double marks are
   paired inside each paragraph; a quote left open at a paragraph's end
   continues when the next paragraph opens with a mark (the multi-paragraph
   convention), otherwise it ends there, so an unbalanced mark can never
   swallow the rest of the article. Top-level single marks count only in
   paragraphs with no double marks (British style).
2. **Direct and partial quotes.** A quoted span that stands as its own
   clause (sentence-initial, or after ``said:``/``said,``) is *direct*; one
   embedded in narration is *partial* when a reporting verb governs it
   (``calling it "senseless"``) and a scare quote otherwise (dropped). The
   attribution is looked for after the closing mark (``," Putin said``,
   ``," said Smith``), then before the opening mark (``Smith said: "``); a
   direct quote without one continues the previous speaker.
3. **Indirect (reported) speech.** Every reporting verb outside quotation
   marks, used as a verb (not ``the claims``, not passive, not ``to say``):
   ``X said (that) CLAUSE``, ``X told reporters CLAUSE``, ``CLAUSE, X said.``,
   ``CLAUSE, said X.``, ``according to X, CLAUSE``, and participle clauses
   (``..., claiming that CLAUSE``) whose speaker is the main clause's
   subject. The reported clause ends at the sentence end or where a new
   clause begins (``, though``, ``, claiming``, ``, journalist X reported``).

Quotes inside a reported clause belong to it (the fragment is dropped), as
in the gold conventions and in PolNeAR.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from . import lexicon
from . import prefilter as rx
from .mentions import (
    ACCUSING,
    ASIDES,
    BETWEEN,
    CHARGED_WITH,
    CITED_PAPERS,
    DETERMINERS,
    DISCOURSE,
    DOCUMENTS,
    IRREGULAR_PARTICIPLES,
    NUMBER_WORDS,
    PART_OF,
    PERSON_NOUNS,
    PREPOSITIONS,
    QUANTIFIER_OPENERS,
    QUANTIFIERS,
    STOP,
    SUBJECT_PRONOUNS,
    SUMMED_ACTS,
    TIME_WORDS,
    Tokens,
    abbrev_dot,
    agent_noun,
    clause_subject,
    group_at_site,
    group_noun_at,
    is_adverb,
    mention_left,
    mention_right,
    name_an,
    name_tail,
    participle_form,
    passive_participle,
    past_discourse,
    perfect_report_after,
    plain_after_article,
    portfolio_and,
    role_noun,
    singular,
    states_noun,
    trade_plural,
    verb_like,
    work_title_opens,
)
from .mentions import (
    IRREGULAR_PAST as PAST_TENSES,
)
from .model import Quote
from .segment import Segmentation

_DOUBLE = rx.compile("[“”„«»\"]|''")
_MARK = rx.compile("[“”„«»\"‘’']")
OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
QUOTE_CHARS = frozenset("“”„«»\"‘’")
SENTENCE_END = frozenset({".", "!", "?", "…"})
PROGRESSIVE = frozenset({"is", "are", "was", "were", "been", "be", "’s", "'s", "’re", "'re",
                         "he’s", "she’s", "it’s", "he's", "she's", "it's", "they’re",
                         "they're", "we’re", "we're", "i’m", "i'm", "also", "now", "still"})
PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being", "’s", "'s", "get",
                     "got"})
LEADING_SUBORDINATORS = frozenset({"after", "when", "while", "because", "if", "although",
                                   "though", "as", "since", "before", "once", "until",
                                   "whenever", "unless"})
#: verbs after which a quotation may open in lower case and still be a whole statement
PLAIN_SAYING = frozenset({"said", "says", "say", "told", "tells", "asked", "asks", "added",
                          "adds", "wrote", "writes", "replied"})
#: quantities that open a partitive relative clause: "some of which", "many of whom"
PARTITIVES = frozenset({"some", "many", "most", "all", "none", "one", "two", "several",
                        "half", "both", "each", "few", "much"})
WH_WORDS = frozenset({"why", "how", "what", "when", "where", "whether", "who", "which"})
#: verbs whose reported content may be a wh-clause
WH_VERBS = frozenset({"explain", "describe", "detail", "outline", "reveal", "disclose", "ask",
                      "wonder", "question", "recount"})
FINITE_REPORTING = frozenset({"said", "says", "told", "tells", "reported", "reports",
                              "added", "claimed", "claims", "stated", "announced", "wrote"})
#: after "but" or "and", the speaker's own next act ("said it respected the verdict but
#: defended the scheme", "said Doyle had left and thanked him": the club thanked him)
CONTRASTED_VERBS = frozenset({"defended", "rejected", "dismissed", "accused", "criticized",
                              "criticised", "welcomed", "praised", "thanked", "pledged",
                              "acknowledged", "apologised", "apologized",
                              "congratulated", "blamed", "condemned", "urged", "vowed",
                              "feared", "worried"})
#: "noted that A and argued that B": after "and", these open a second reported clause
SECOND_VERBS = FINITE_REPORTING | CONTRASTED_VERBS | frozenset({
    "argued", "warned", "insisted", "noted", "denied", "admitted", "vowed", "called", "urged",
    "pointed", "promised", "demanded", "asked", "blamed", "accused", "thanked", "praised",
    "welcomed", "criticised", "criticized", "condemned"})
#: a speaker's act after what it said, its infinitive next ("said A and offered to B")
OFFERS = frozenset({"offered", "pledged", "agreed", "threatened", "volunteered"})
#: what protesters do after saying why ("said that was far too little and blocked a road")
PROTEST_ACTS = frozenset({"blocked", "occupied", "staged", "marched", "burned", "dumped"})
#: what a court does after ruling ("ruled that A and ordered B"): its own second act
COURT_ORDERS = frozenset({"ordered", "fined", "sentenced", "awarded", "dismissed",
                          "overturned", "upheld", "annulled", "instructed"})
#: a ruling's verb, or the document a judge writes it in ("wrote in her decision that A and
#: ordered B")
RULING_CUES = frozenset({"ruled", "rules", "ruling", "decided", "held", "decision", "judgment",
                         "judgement", "verdict"})
#: time words that may stand between a reporting verb and what follows it
TIME_ADVERBS = frozenset({"yesterday", "today", "tonight", "earlier", "later"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"})
NOUN_BEFORE = DETERMINERS | frozenset({"with", "of", "amid", "despite", "after", "about", "for",
                                       "on", "in", "by", "and", "or", "such", "no", "any",
                                       "following", "these", "whose", "recent", "new",
                                       "earlier", "similar", "unfounded", "false"})
#: what a slogan is written on: "signs saying ...", "banners saying ..."
SIGN_NOUNS = frozenset({"sign", "signs", "banner", "banners", "placard", "placards", "poster",
                        "posters", "t-shirts", "shirts", "stickers", "graffiti"})
#: verbs whose object a plural speech noun is: "making promises", "broke pledges"
LIGHT_VERBS = frozenset({"make", "makes", "making", "made", "break", "breaks", "breaking",
                         "broke", "broken", "keep", "keeps", "keeping", "kept"})
#: participles of what a reported act harms, the narrator's after a reported clause ("...,
#: damaging buildings"), though they may sit inside a run of the subject's acts ("had rammed
#: one of its boats, damaging its hull, and fired a water cannon")
HARM_PARTICIPLES = frozenset({"damaging", "threatening", "destroying", "disrupting",
                              "stranding", "costing", "harming", "hurting", "worsening"})
#: participles that gloss a name inside a clause ("the tuk-tuks, as the taxis are known, had")
NAMING_PARTICIPLES = frozenset({"known", "called", "nicknamed", "dubbed"})
# After a reported clause, ", <word>" where <word> is one of these opens a new clause.
CLAUSE_BREAK = frozenset({"though", "although", "while", "but", "whereas", "as",
                          "according", "even", "despite", "yet", "so", "and", "before",
                          "after", "until", "unless", "without", "amid",
                          # the narrator's consequence: "..., sending the yen higher"
                          "sending", "prompting", "causing", "forcing", "triggering",
                          "confirming", "underscoring", "highlighting", "signalling",
                          "signaling",
                          "sparking", "pushing", "leaving", "driving", "easing", "escalating",
                          "deepening", "heightening", "fuelling", "fueling", "reviving",
                          "dashing", "raising", "bringing", "drawing", "ending", "defying",
                          # the narrator's account of what the act undoes: "..., reversing a
                          # plan to allow 50,000 homes"
                          "reversing", "overturning", "scrapping", "extending"}) | HARM_PARTICIPLES
#: what a source asks be kept back: "asked that her neighbourhood not be named"
WITHHELD = frozenset({"named", "identified", "used", "published", "disclosed", "given",
                      "revealed", "printed"})
#: things that may "threaten to" happen without saying anything: "the glacier threatened to
#: collapse", "floods threaten to cut the road"
THREATENING_THINGS = frozenset({"glacier", "river", "storm", "fire", "wildfire", "blaze", "flood",
                                "floods", "dam", "volcano", "building", "wall", "bridge",
                                "slope", "hillside", "cliff", "rock", "ice", "water", "waves",
                                "sea", "drought", "heat", "virus", "outbreak", "inflation",
                                "crisis", "debt", "landslide", "lava", "rains", "snow"})
#: irregular past tenses that make a short reported clause finite: "said prices fell"
IRREGULAR_PASTS = frozenset({"fell", "rose", "grew", "came", "went", "became", "broke",
                             "stood", "spent", "shut", "won", "lost", "began", "ran", "fled",
                             "sank", "shrank", "slid", "struck", "swung"})
#: past tenses spelled as the plain verb: "the company put profit first" is past, since a
#: singular subject's present would take -s
SAME_FORM_PASTS = frozenset({"put", "cut", "set", "hit", "let", "cost", "hurt", "spread",
                             "quit", "bet", "split"})
#: participles that make a charge or demand of their own object after a parenthetical
#: attribution: "X, their union said, accusing the owner of using power cuts as an excuse"
#: and those that name what was done (", calling the move 'an act that causes panic'")
CHARGING_PARTICIPLES = frozenset({"accusing", "blaming", "urging", "demanding", "criticising",
                                  "criticizing", "condemning", "praising", "calling",
                                  "describing", "branding", "labelling", "labeling", "dubbing",
                                  "terming"})
#: words that open a reason or concession the speaker gives: "because, he said, ..."
REASON_OPENERS = frozenset({"because", "since", "although", "though"})
#: consequence participles that may carry a complaint's toll on the speakers: ", leaving
#: their taps dry", ", forcing us to close"
OWN_TOLLS = frozenset({"leaving", "forcing", "driving", "pushing"})
#: participles of purpose that open an aside after a longer subject: "a ban on burning raw
#: coal, meant to clean the air, has forced them"
PURPOSED = frozenset({"meant", "designed", "intended", "aimed"})
#: participles that give an event's toll: ", leaving 12 people injured, according to X"
TOLLS = frozenset({"leaving", "killing", "injuring", "wounding"})
#: words that may follow an inverted attribution's speaker ("..., said Smith on Monday")
AFTER_SPEAKER = frozenset({"who", "which", "whose", "on", "in", "at", "after", "before",
                           "during", "late", "early", "last", "this", "yesterday", "today",
                           "tonight", "recently", "earlier", "later", "also", "again"})
#: "days", "weeks": with "after" or "before" behind a comma, the narrator's time line
SPANS_OF_TIME = frozenset({"hours", "days", "weeks", "months", "years", "minutes"})
#: the same, one of them: "a day after"
SPAN_OF_TIME = frozenset({"hour", "day", "week", "month", "year"})
#: either: "two weeks after", "a day after"
ANY_SPAN_OF_TIME = SPANS_OF_TIME | SPAN_OF_TIME
OBJECTS = frozenset({"reporters", "journalists", "him", "her", "them", "us", "me",
                     "lawmakers", "supporters", "the", "a", "an", "congress", "parliament",
                     "viewers", "listeners", "readers", "members", "colleagues", "officials",
                     "audience", "crowd", "students", "you", "staff", "employees",
                     "investors", "shareholders"})
#: "told state broadcaster M1", "told public television": the hearer's description
MEDIA_MODIFIERS = frozenset({"state", "public", "national", "private", "local", "regional",
                             "independent", "commercial", "pro-government", "opposition"})
MEDIA_NOUNS = frozenset({"broadcaster", "television", "tv", "radio", "media", "news",
                         "newspaper", "daily", "outlet", "channel", "agency", "broadcasters"})
#: what may follow a told plural object to open the clause: "told jurors that", "told
#: jurors the case rested on ...", "told investigators his brother had ..."
OBJECT_THEN = frozenset({"that", "the", "his", "her", "their", "its", "our", "my"})
# Prepositional phrases that may sit between a verb and its reported clause.
PP_NOUNS = frozenset({"statement", "interview", "conference", "briefing", "speech", "letter",
                      "email", "e-mail", "post", "video", "hearing", "meeting", "rally", "press",
                      "week", "month", "year", "day", "morning", "afternoon", "evening",
                      "night", "monday", "tuesday", "wednesday", "thursday", "friday",
                      "saturday", "sunday", "twitter", "x", "facebook", "television", "radio",
                      "tv", "podcast", "book", "report", "op-ed", "filing", "court", "session",
                      "address", "remarks", "message", "call", "telephone", "phone", "summit",
                      "time", "weekend", "today", "tuesday's", "talk", "debate", "documents",
                      "testimony", "release", "tweet", "response", "program", "show", "visit",
                      "trip", "event", "appearance", "broadcast", "news", "blog", "column"})
# Verbs that often take a plain object ("announced a plan"): a reported clause after
# them needs a finite verb to be believed.
#: nouns for someone's charge, whose "that" clause is theirs: "reported on a rights group's
#: accusation that"
OWNED_CLAIMS = frozenset({"accusation", "accusations", "allegation", "allegations", "claim",
                          "claims", "assertion", "charge", "charges"})
#: nouns that sum up a statement in an appositive after it: "..., a claim Beijing rejected"
SUMMARY_NOUNS = frozenset({"idea", "move", "proposal", "plan", "claim", "charge", "view",
                           "position", "suggestion", "step", "decision", "stance", "accusation",
                           "assertion", "allegation", "remark", "comment", "statement", "point",
                           "prospect", "notion", "demand", "request", "warning", "threat",
                           "promise", "pledge", "figure", "number", "estimate", "finding",
                           "conclusion"})
#: nouns that sum up an event or a state of things just told: "..., a tradition in which"
SUMMED_EVENTS = frozenset({"tradition", "practice", "custom", "scene", "problem", "success",
                           "feat", "first", "record", "setback", "blow", "boost", "rise",
                           "fall", "drop", "increase", "change", "shift", "trend", "sign",
                           "result", "situation", "development", "process", "policy", "rule",
                           "ban", "law", "measure", "case", "dispute", "row", "conflict",
                           "crisis", "risk", "loss", "gain", "victory", "defeat", "deal"})
#: verbs by which the one an appositive names denies what it sums up ("a claim X disputed")
DISPUTING = frozenset({"deny", "dispute", "contest", "reject", "dismiss", "question"})
#: common irregular past forms that make a clause's own verb: "said the sanctions sent a
#: clear message that ..." (the clause is the sanctions', not the message's)
IRREGULAR_PAST = frozenset({"sent", "made", "gave", "took", "left", "brought", "kept", "held",
                            "meant", "won", "lost", "struck", "dealt", "broke", "drew", "paid",
                            "sold", "spent", "sought", "set", "upheld"})
#: words that may follow a bare attribution ("Trump said in a speech", "he said on Monday")
AFTER_ATTRIBUTION = WEEKDAYS | TIME_ADVERBS | frozenset({
    "in", "on", "at", "during", "after", "before", "while", "when", "to", "as", "from", "again",
    "then", "last", "this"})
#: shares a reported clause may open with: "said about a third of its members"
FRACTIONS = frozenset({"third", "quarter", "half", "fifth", "tenth", "fourth", "sixth"})
#: nouns ending in -ing that are no gerund clause after "denied", "admitted"
NOT_GERUNDS = frozenset({"wrongdoing", "anything", "nothing", "something", "everything",
                         "funding", "building", "meeting", "hearing", "ruling", "training",
                         "morning", "evening", "spending", "housing", "clothing", "feeling"})
#: what follows "but" when a source holds something back: "but did not say whether ..."
WITHHOLDING = frozenset({"did", "declined", "refused", "would", "could", "gave", "offered"})
HELD_BACK = frozenset({"say", "comment", "elaborate", "specify", "details", "disclose", "explain",
                       "identify", "name", "provide", "give", "confirm", "reveal", "rule"})
#: the words between the two: "did not say", "declined to comment", "gave no details"
HOLDING_BACK_GAP = frozenset({"not", "n't", "to", "no", "any", "further", "more"})
#: nouns whose subject a quoted name follows ("a law on 'foreign influence'")
NAMED_THINGS = frozenset({"law", "bill", "act", "decree", "measure", "rules", "regulation",
                          "treaty", "agreement", "report", "conference", "summit", "campaign"})
#: verbs of welcoming, whose "as" may set the welcomer's own words in marks ("welcomed the
#: plan as 'far more humane'"), though they are no verbs of saying
WELCOMING = frozenset({"welcomed", "welcomes", "welcoming"})
#: participles that put a label on goods: 'watches labelled "Swiss made"'
PRODUCT_LABELLING = frozenset({"labelled", "labeled", "marked", "stamped", "branded", "sold",
                               "marketed", "billed"})
#: verbs that give something an official name ("register as 'agents of ...'"), unlike
#: "called", "branded", "described ... as", which speak
NAMING_VERBS = frozenset({"register", "registered", "registering", "known", "designated",
                          "listed", "classified", "classed", "recognised", "recognized",
                          "registers", "marketed", "sold", "billed"})
NP_PRONE = frozenset({"report", "announce", "reveal", "confirm", "acknowledge", "note", "show",
                      "deny", "admit", "stress", "emphasize", "mention", "repeat", "reiterate",
                      "recall", "explain", "estimate", "predict", "post", "answer", "ask",
                      "propose", "concede", "demand", "grant", "comment", "dispute", "declare",
                      "continue", "conclude", "tweet", "write", "promise", "pledge", "vow",
                      "rule", "add", "allege", "signal", "charge", "maintain", "question"})
#: what is declared by the act of declaring it: "declared independence", "declared war"
DECLARED_STATES = frozenset({"independence", "war", "bankruptcy", "victory", "martial",
                             "neutrality", "sovereignty", "insolvency"})
#: reporting verbs that are also nouns for documents ("a report said", "estimates show")
DOCUMENT_VERBS = frozenset({"report", "reports", "statement", "estimate", "estimates", "post",
                            "posts", "release", "filing", "study"})
#: adverbs that sit between a subject and its verb: "studies often find"
FREQUENCY = frozenset({"often", "usually", "rarely", "never", "always", "seldom", "sometimes",
                       "typically", "generally", "frequently", "still", "also", "already"})
FINITE_HINTS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                          "could", "can", "may", "might", "should", "must", "shall", "does",
                          "did", "do", "isn't", "wasn't", "won't", "can't", "didn't", "doesn't",
                          "’s", "'s", "needs", "wants", "lacks", "remains", "plans", "seems"})


@dataclass
class _Mark:
    """A paired quotation: content span, paragraph, and whether it was closed."""

    open: int
    close: int  # offset of the closing mark (or the paragraph end if unclosed)
    paragraph: int
    closed: bool
    continues: bool = False   # left open at paragraph end, next paragraph reopens
    continued: bool = False   # this paragraph reopens a quote left open before


def _straight_opens(text: str, i: int, start: int, end: int, width: int = 1) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _plural_possessive(text: str, i: int, end: int) -> bool:
    """A straight mark after an ``s`` and before a lower-case word: ``the players' wives``
    is an apostrophe (a quotation rarely closes on a plural with narration running on)."""
    if text[i - 1] not in "sS":
        return False
    j = i + 1
    while j < end and text[j] == " ":
        j += 1
    return j > i + 1 and j < end and text[j].islower()


def _pairs_in(text: str, start: int, end: int, singles: bool) -> list[tuple[int, int, bool]]:
    """(open, close, closed) for the marks in text[start:end]."""
    out: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for found in _MARK.finditer(text, start, end):  # jump from mark to mark
        i = found.start()
        ch = text[i]
        if ch == "'" and not singles and i + 1 < end and text[i + 1] == "'":
            ch = '"'  # '' is a double mark in some archives
        elif ch == "'" and not singles and i > start and text[i - 1] == "'":
            continue
        if ch not in QUOTE_CHARS and not (singles and ch == "'"):
            continue
        if singles:
            if ch not in "‘’'":
                continue
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if ch == "'":  # a straight single mark: quotation or apostrophe?
                if open_at is None and (before.isspace() or before in "([—–") and \
                        after.isalnum():
                    is_open, is_close = True, False
                elif open_at is not None and not before.isspace() and not after.isalnum() \
                        and not _plural_possessive(text, i, end):
                    is_open, is_close = False, True
                else:
                    continue  # "didn't", "I've", "the players' wives"
            elif ch == "‘" and (before.isspace() or before in "(["):
                is_open, is_close = True, False
            elif ch == "’" and not before.isspace() and not after.isalnum():
                is_open, is_close = False, True
            else:
                continue
        elif ch in "‘’":
            continue
        elif ch == '"':
            is_open = _straight_opens(text, i, start, end, 2 if text[i] == "'" else 1)
            is_close = not is_open
        elif ch in OPEN_DOUBLE:
            is_open, is_close = True, False
        else:  # closing curly; a misused one at a word start opens
            before = text[i - 1] if i > start else " "
            misused = open_at is None and before.isspace() and i + 1 < end and \
                text[i + 1].isalnum()
            is_open, is_close = misused, not misused
        if is_open:
            if open_at is not None and not singles:
                out.append((open_at, i, False))
            open_at = i
        elif is_close and open_at is not None:
            out.append((open_at, i, True))
            open_at = None
    if open_at is not None:
        out.append((open_at, end, False))
    return out


def quote_marks(text: str, seg: Segmentation) -> list[_Mark]:
    """Paired quotation marks in every paragraph, with multi-paragraph links."""
    marks: list[_Mark] = []
    paras = seg.paragraphs
    for p, block in enumerate(paras):
        has_double = _DOUBLE.search(text, block.start, block.end) is not None
        pairs = _pairs_in(text, block.start, block.end, singles=not has_double)
        for o, c, closed in pairs:
            marks.append(_Mark(o, c, p, closed))
    # multi-paragraph quotes: unclosed at the end, and the next paragraph reopens
    for i, m in enumerate(marks):
        if m.closed or m.close != paras[m.paragraph].end:
            continue
        nxt = m.paragraph + 1
        if nxt < len(paras) and text[paras[nxt].start] in OPEN_DOUBLE + '"':
            m.continues = True
            for later in marks[i + 1:]:
                if later.paragraph == nxt and later.open == paras[nxt].start:
                    later.continued = True
                    break
    return marks


#: verbs of a contrast that is another party's report or reaction, not the speaker's own:
#: "while police put the number at 8,000", "while a hotel owners' group welcomed it"
OTHERS_VIEW = frozenset({"put", "puts", "estimated", "estimates", "welcomed", "welcomes",
                         "praised", "praises", "criticised", "criticized", "criticises",
                         "criticizes", "condemned", "condemns", "hailed", "hails"})


#: subjects that set another part of the speakers beside them: "while others worried"
PART_SUBJECTS = frozenset({"others", "other", "some", "many", "most", "few", "several"})


def _while_contrast(t: Tokens, a: int, hi: int) -> bool:
    """Whether the clause opening at ``a``, after a reported clause's ", while", is the
    speaker's own contrast ("a superfine hat sold for about 800 dollars, while the exporter,
    Toquilla Export, charged 90 dollars for hats"; "while shops sell the same garment for
    thousands of rupees"), not another party's report or reaction the narrator sets beside
    it ("while police put the number at around 8,000", "while organisers said"). The clause
    must run to its sentence's end with at most one aside in commas, and open on a subject."""
    if a >= hi or not t.is_word(a) or t.low[a] in STOP - {"the", "a", "an", "its", "their"} or \
            t.low[a] in PART_SUBJECTS:
        return False  # (nor another part of the group: "while others worried about privacy")
    end = a
    commas = 0
    while end < hi and t.low[end] not in (".", ";", "!", "?", ":"):
        if t.low[end] in ("“", "”", '"'):
            return False
        if t.low[end] == ",":
            commas += 1
        end += 1
    if end - a > 30 or commas not in (0, 2):
        return False
    verb_by = a + 6  # where the clause's own verb comes, after a short subject
    if commas == 2:  # an aside naming the subject: "the exporter, Toquilla Export,"
        first = next(x for x in range(a, end) if t.low[x] == ",")
        second = next(x for x in range(first + 1, end) if t.low[x] == ",")
        if not all(t.is_cap(x) for x in range(first + 1, second)):
            return False
        verb_by = second + 3
    for x in range(a, min(end, verb_by)):  # (not a verb further on: "hats it labelled as")
        if t.low[x] in OTHERS_VIEW:
            return False
        if (v := _verb(t, x)) is not None and v.speech and not _is_noun_use(t, x) and \
                not (x + 1 < end and t.low[x + 1][:1].isdigit()):
            return False  # (but "charged 90 dollars": a price, no charge laid)
    return True


def _verb(t: Tokens, i: int) -> lexicon.Verb | None:
    if t.is_cap(i) and i > 0 and t.low[i - 1] not in ("“", '"', "‘"):
        return None  # a capitalised reporting verb mid-sentence is a name ("Claims Office")
    if i > 0 and t.low[i - 1] in SIGN_NOUNS:
        return None  # "carried signs saying 'No farmers, no food'": a slogan, no one speaks
    if i > 0 and t.low[i] == "threaten" and t.low[i - 1] in ("could", "would", "may", "might",
                                                             "can", "will"):
        return None  # "seeds that rarely germinated, which could threaten wild stands": a
        # danger, no one's threat
    if t.low[i] == "tell" and i > 0 and t.low[i - 1] in ("could", "can", "cannot", "to") and \
            any(t.low[x] in ("apart", "difference") for x in range(i + 1, min(len(t), i + 5))):
        return None  # "so buyers could tell it apart from kente": a telling of one from the
        # other, no one told anything
    if t.low[i] in ("threatening", "threatens") and i + 1 < len(t) and i > 0 and \
            t.low[i - 1] == "," and t.low[i + 1] not in ("to", "that", "legal", "action") and \
            t.is_word(i + 1) and not t.is_cap(i + 1):
        return None  # "..., growers said, threatening exports of the fruit": a danger to
        # something, no one's threat
    return lexicon.reporting_verbs().get(t.low[i])


@dataclass
class _Found:
    quote: Quote
    verb_token: int | None = None
    mark: _Mark | None = None


class _Paragraph:
    """Token-level view of one paragraph with its sentence edges."""

    def __init__(self, text: str, seg: Segmentation, index: int) -> None:
        block = seg.paragraphs[index]
        self.index = index
        self.start, self.end = block.start, block.end
        self.t = Tokens.of(text, block.start, block.end)
        self.text = text
        # token index where each sentence of this paragraph starts
        self.sent_starts = [self.t.index_at(s.start)
                            for s in seg.sentences_by_paragraph[index]]
        if not self.sent_starts:
            self.sent_starts = [0]

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """Token range of the sentence holding token ``i``."""
        k = bisect_right(self.sent_starts, i) - 1
        lo = self.sent_starts[k] if k >= 0 else 0
        hi = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.t)
        return lo, hi


def _quote(p: _Paragraph, start: int, end: int, kind: str, verb: int | None,
           mention: tuple[int, int] | None, attribution: str | None) -> Quote:
    t = p.t
    cue = cue_s = cue_e = None
    if verb is not None:
        cue_s, cue_e = t.spans[verb]
        if t.low[verb] == "according" and verb + 1 < len(t):
            cue_e = t.spans[verb + 1][1]
        cue = p.text[cue_s:cue_e]
    ms = me = None
    if mention is not None:
        ms, me = t.char_span(*mention)
    return Quote(start=start, end=end, kind=kind, paragraph=p.index, cue=cue, cue_start=cue_s,
                 cue_end=cue_e, mention_start=ms, mention_end=me, speaker=None,
                 attribution=attribution)


def _trim_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "\"“”‘’'«»"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "\"“”‘’'«»,;:—–-"):
        b -= 1
    return a, b


# ---- pass 2: direct and partial quotes ------------------------------------------------

def _inverted_speaker(t: Tokens, lo: int, lead: int) -> tuple[int, int] | None:
    """The speaker of an inverted attribution that ends at the comma ``lead`` before a
    participle (``," said Nikos Papadakis-Vlachos, adding``), past a relative clause on him
    (``, whose company operates six carriers,``); else None."""
    for x in range(lead - 1, max(lo, lead - 25) - 1, -1):
        if t.low[x] in QUOTE_CHARS or _ends_sentence(t, x):
            return None
        v = _verb(t, x)
        if v is not None and v.speech and x > lo and \
                (t.low[x - 1] == "," or t.low[x - 1] in QUOTE_CHARS):
            m = mention_right(t, x + 1, lead)
            if m is None:
                return None
            end = m[1]
            if end == lead or (t.low[end] == "," and end + 1 < lead and
                               t.low[end + 1] in ("who", "whose") and
                               t.low[lead] == ","):
                return m
            if t.low[end] == "," and t.low[lead] == "," and 2 <= lead - end <= 12 and \
                    (t.low[end + 1] in ("a", "an", "the") or
                     t.low[end + 1] in lexicon.titles() or role_noun(t.low[end + 1])) and \
                    all(t.is_word(x) or t.low[x] in ("'s", "’s", "'", "’")
                        for x in range(end + 1, lead)) \
                    and not any(t.low[x] in FINITE_HINTS for x in range(end + 1, lead)):
                return m  # '"...," said Karma Wangdi, captain of a club in the valley of
                # Paro, adding that': the name, past the role set off after it
            return None
    return None


def _attribution_after(p: _Paragraph, i: int) -> tuple[int, tuple[int, int]] | None:
    """``," Putin said`` / ``," said Smith`` / ``," Smith, the mayor, said``."""
    t = p.t
    n = len(t)
    ended = i >= 2 and t.low[i - 2] in (".", "!", "?")  # '... wrong.” Smith said the'
    if ended and t.low[i - 2] in ("!", "?") and i < n and not t.is_cap(i):
        ended = False  # '"Why should they die?" he told reporters outside the court.'
    if i < n and t.low[i] == ",":
        i += 1
    if i >= n:
        return None
    v = _verb(t, i)
    if v and v.speech and not (t.low[i].endswith("ing") and i + 1 < n and
                               t.low[i + 1] == "that"):
        # (not '"...," noting that parents could ...': a participle reporting a clause)
        m = mention_right(t, i + 1, n)
        if m:
            return i, m
    hi = min(n, i + 30)  # (past a long appositive: ", a Democrat from New Mexico who ...,")
    for j in range(i, hi):
        w = t.low[j]
        if _ends_sentence(t, j) or w in ("“", "”", '"', ";"):
            break
        v = _verb(t, j)
        if v and t.low[j].endswith("ing") and t.low[j - 1] in ("a", "an", "the"):
            continue  # '"...," a ruling party lawmaker, Mehmet Yilmaz-Aksoy, said': a
            # participle before its noun, no verb
        if v and v.speech and j > i:
            m = mention_left(t, j, i)
            if m and _act_labelled_as(t, m, j):
                break  # '... as "artisanal," a penalty bakers hailed as overdue': no speaker
            if m and (m[0] == i or (not ended and _role_before_name(t, i, m[0]))) and \
                    not (ended and j + 1 < n and t.is_word(j + 1) and
                         _verb_takes_clause(t, j, n)) and \
                    not (ended and t.low[j + 1:j + 2] in (("on",), ("for",)) and n > j + 7 and
                         not any(_ends_sentence(t, x) for x in range(j + 1, j + 8))):
                return j, m  # (not '... "exceptional." He called on the national government
                # to release funds it had promised': a sentence of its own)
            break
    return None


def _act_labelled_as(t: Tokens, m: tuple[int, int], v: int) -> bool:
    """Whether the words before verb ``v`` are an act and the group that labels it ``as``
    something (``a penalty independent bakers hailed as long overdue``), no speaker."""
    return m[1] - m[0] >= 3 and t.low[m[0]] in ("a", "an") and v + 1 < len(t) and \
        t.low[v + 1] == "as" and (t.low[m[0] + 1] in LABELLED_ACTS or
                                  t.low[m[0] + 1] in SUMMARY_NOUNS or
                                  t.low[m[0] + 1] in PENALTY_NOUNS)


def _role_before_name(t: Tokens, i: int, name: int) -> bool:
    """Tokens ``i`` up to ``name`` are a role and its comma (``the guild's president,``
    of ``," the guild's president, Sandra Okonkwo, said``)."""
    if 3 <= name - i <= 6 and t.low[name - 1] == "," and t.low[i] in PART_OF and \
            t.low[i + 1] == "of" and all(t.is_word(k) for k in range(i, name - 1)):
        return True  # '," one of them, Josette Moutoussamy-Delos, said': one of the group,
        # named
    if not (name - i >= 2 and name - i <= 9 and t.low[name - 1] == "," and
            (t.low[i] in ("the", "its", "his", "her", "their", "a", "an") or
             any(all(t.is_cap(x) and t.is_word(x) for x in range(i, k + 1)) and
                 t.low[k].endswith(("'s", "’s")) for k in range(i, min(i + 4, name - 2))))):
        return False  # (and "Santaco's Western Cape chairman, Mandla Hermanus, told", "Sri
        # Lanka Cricket's chief executive, Dilani Perera-Gunawardena, said"; "a
        # spokeswoman for the regulator, Diane Uwase-Mugisha, told")
    # (the role may take a complement: "the company's vice president for development,")
    return any(role_noun(t.low[k]) for k in range(i + 1, name - 1)) and all(
        t.is_word(k) or t.low[k] in ("'s", "’s") or abbrev_dot(t, k)
        for k in range(i, name - 1))  # (and "the U.S. ambassador in Manila,")


def _verb_takes_clause(t: Tokens, v: int, n: int) -> bool:
    """A reporting verb at ``v`` followed by its own reported clause (``Smith said the party
    would lose``): after a quotation that closed its sentence, a new statement."""
    verb = _verb(t, v)
    if verb is None:
        return False
    k = _skip_to_clause(t, v, n, verb)
    return k is not None and k < n


#: words before "state" that make it a noun or an adjective, no verb: "on state television",
#: "the state broadcaster", "member states"
_BEFORE_STATE_NOUN = frozenset({"on", "in", "by", "from", "to", "of", "for", "with", "the", "a",
                                "an", "its", "their", "his", "her", "member", "federal"})


def _attribution_before(p: _Paragraph, open_tok: int, lo: int
                        ) -> tuple[int, tuple[int, int]] | None:
    """``Smith said: "`` / ``He told reporters, "`` / ``According to X, "``."""
    t = p.t
    j = open_tok - 1
    if j < lo:
        return None
    if t.low[j] in (":", ","):
        j -= 1
    for v in range(j, max(lo - 1, j - 6), -1):
        if t.low[v] == "according" and v + 1 < len(t) and t.low[v + 1] == "to":
            m = mention_right(t, v + 2, open_tok)
            if m:
                return v, m
        verb = _verb(t, v)
        if verb and v > lo and t.low[v] in ("state", "states") and \
                t.low[v - 1] in _BEFORE_STATE_NOUN:
            continue  # "Akplogan said on state television: '...'": the state's broadcaster,
            # no verb; the one who spoke is further back
        if verb and verb.speech and v > lo and t.low[v - 1] in ("a", "an", "the", "his", "her",
                                                              "its", "their", "this"):
            break  # "Smith had a warning for voters: '...'": a noun, the clause's subject speaks
        if verb and verb.speech:
            if t.low[v].endswith("ing") and v > lo and t.low[v - 1] == ",":
                m = clause_subject(t, _clause_start(t, v - 1, lo), v - 1)
            else:
                m = mention_left(t, v, lo)
                if m is None and v > lo and t.low[v - 1] == "and":  # "I laughed and said,"
                    m = clause_subject(t, _clause_start(t, v - 1, lo), v - 1)
            if m:
                return v, m
            if v + 1 < open_tok and t.low[v + 1] not in (":", ","):
                m = mention_right(t, v + 1, j + 1)
                if m:
                    return v, m
            return None
        if _ends_sentence(t, v) or t.low[v] in ("“", "”", '"'):
            break
    # '"We teach," said X, a primary school teacher and union representative, "but ...':
    # the verb right after the first part's close, past a long description of its speaker
    for v in range(j - 6, max(lo - 1, j - 16, 0), -1):
        if _ends_sentence(t, v):
            break
        if t.low[v - 1] in ("”", '"') and (verb := _verb(t, v)) is not None and verb.speech \
                and t.low[v + 1:v + 2] != (",",) and \
                (m := mention_right(t, v + 1, j + 1)) is not None:
            return v, m
    return None


def _ends_sentence(t: Tokens, j: int) -> bool:
    """Terminal punctuation that is not the dot of an abbreviation (``Mr.``, ``U.S.``)."""
    return t.low[j] in SENTENCE_END and not abbrev_dot(t, j)


def _appositive_object(t: Tokens, start: int, comma: int, lo: int) -> bool:
    """Whether tokens ``start..comma``, between two commas before a participle, are a
    verbless aside that names the object before them (``has sued his former team,
    Sierra-Norte Pro Cycling, claiming ...``): the participle's subject is then the
    sentence's, not the aside's. A sentence no subject opens (``"...," said Clinton's
    director, Jennifer Palmieri, adding``) has the aside as its speaker's name."""
    rel = next((x for x in range(start + 2, comma) if t.low[x] in ("that", "which") and
                t.low[start] in ("the", "a", "an")), comma)  # ("Mi Teleferico, the cable car
    # network that links the city with El Alto, saying", "banned the Pashtun Rights Movement,
    # a group that has led protests ..., saying": the aside's own relative clause)
    return start > lo + 1 and t.low[start - 1] == "," and start < comma and \
        (t.is_cap(start) or t.low[start] in ("a", "an") or
         t.low[start:start + 2] == ("one", "of") or
         (t.low[start] == "the" and t.is_cap(start - 2))) and \
        not any(verb_like(t, x) or t.low[x] in lexicon.reporting_verbs() or
                t.low[x] in IRREGULAR_PASTS or t.low[x] in ("found", "finds", "showed", "shows")
                for x in range(start, rel)) and \
        clause_subject(t, lo, comma) is not None  # (and "the Bialowieza Forest, one of
    # Europe's last primeval woodlands, saying": a description of the object; not ", a
    # government-commissioned inquiry found on Monday, recommending": its speaker)


def _clause_start(t: Tokens, comma: int, lo: int) -> int:
    """Token after the comma or quote mark that opens the clause ending at ``comma``."""
    k = comma - 1
    while k >= lo and t.low[k] not in (",", ";", "”", "“", '"', ":"):
        k -= 1
    return k + 1


#: auxiliaries that, right after a comma, take up a sentence a clause interrupted: "the
#: videos, in which X accused Y of theft, had"
_CLAUSE_RESUMED = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will"})


def _governing_verb(p: _Paragraph, open_tok: int, lo: int
                    ) -> tuple[int, tuple[int, int]] | None:
    """The reporting verb that a partial quote sits under, and its speaker."""
    t = p.t
    for v in range(open_tok - 1, max(lo - 1, open_tok - 16), -1):
        if t.low[v] in ("“", "”", '"'):
            return None
        verb = _verb(t, v)
        if not verb or not verb.speech or _is_noun_use(t, v) or _is_passive(t, v):
            continue
        if any(t.low[x] == "," and t.low[x + 1] in _CLAUSE_RESUMED
               for x in range(v + 1, open_tok - 1)):
            # 'Prosecutors said the videos, in which Moindjie accused the government of
            # stealing public money, had "undermined ..."': the verb of a clause closed
            # before the marks; the partial is the report's the clause interrupted
            opened = next((x for x in range(v - 1, lo, -1) if t.low[x] == ","), None)
            return _governing_verb(p, opened, lo) if opened is not None else None
        if t.low[v].endswith("ing"):
            k = v - 1
            while k > lo and t.is_word(k) and (t.is_cap(k) or (
                    k < v - 1 and t.low[k] in lexicon.titles())):
                k -= 1  # back past the name and its role: "with Labour candidate Nora Pike"
            if k == v - 1 and k > lo + 1 and (t.low[k] in lexicon.titles() or
                                              role_noun(t.low[k])) and \
                    t.low[k - 1] in ("the", "her", "his", "their", "its"):
                k -= 2  # "with the judge calling her crimes ...", "with her rival calling"
            if k < v - 1 and t.low[k] not in ("and", "with", ",") and \
                    (opener := next((x for x in range(k - 1, max(lo, k - 4), -1)
                                     if t.low[x] in ("and", "with")), None)) is not None and \
                    all(t.is_word(x) and not t.is_cap(x) for x in range(opener + 1, k + 1)):
                k = opener  # "... and former police chief Martin Keegan calling her": the
                # name's role before it
            if k < v - 1 and t.low[k] in ("and", "with", ","):
                # "with Lawson defending the law and Ruiz calling it 'cruel'": its own subject
                m = mention_left(t, v, lo)
                return (v, m) if m else None
            if v > lo and t.low[v - 1] == ",":
                # the subject of the clause before the comma, or, past a relative clause
                # ("She thanked Chen, who steered the bill, calling him ..."), the sentence's
                start = _clause_start(t, v - 1, lo)
                if _appositive_object(t, start, v - 1, lo):
                    start = lo  # "sued his former team, Sierra-Norte, calling it ..."
                m = clause_subject(t, start, v - 1) or clause_subject(t, lo, v - 1)
                if m is None and start > lo and t.low[start - 1] == ",":
                    # "Her rival, Lara Berchtold, who finished second, congratulated her,
                    # calling ...": the subject of the verb that opens the clause, past the
                    # appositive and relative clause before it
                    m = mention_left(t, start, lo)
                return (v, m) if m else None
            return None
        m = mention_left(t, v, lo) if v > lo and t.low[v - 1] not in ("and", "but") else None
        # ("said the government had offered free tags to farmers ... and accused the
        # federation of ...": the sentence's subject does both, below)
        if v - 2 > lo and t.low[v - 2] == "what" and t.low[v - 1] in ("it", "they") and \
                (subject := clause_subject(t, lo, v - 2)) is not None and \
                t.low[subject[0]] not in ("it", "they"):
            m = subject  # "The confederation condemned what it called 'disproportionate'
            # force": "it" is the sentence's subject, not the last body that spoke
            said = next((x for x in range(v - 3, subject[1], -1)
                         if t.low[x] in ("said", "says") and t.low[x - 1] != ","), None)
            if said is not None and (sm := mention_left(t, said, lo)) is not None and \
                    sm[0] > lo and t.low[sm[0] - 1] in (",", "the") and \
                    "," in t.low[max(lo, sm[0] - 2):sm[0]]:
                m = sm  # "Estonia will close ..., the interior ministry said on Tuesday,
                # citing ... what it called 'provocations'": the body that said so
        if m is None and v - 1 > lo and t.low[v - 1] == "that" and \
                _relative_opener(t, v - 1, lo):
            m = mention_left(t, v - 1, lo)  # 'a complaint from a consumer group that called
            # the charges "a tax on travelling light"': the group the relative clause is of
        if m is None and v > lo and t.low[v - 1] in ("and", "but"):
            # "... said France had taken in more and accused Ferrante of "playing to ...""
            first = p.sentence_bounds(v)[0]  # the sentence's subject, past earlier quotes
            m = clause_subject(t, _clause_start(t, v - 1, lo), v - 1) or \
                clause_subject(t, first, v - 1)
            m = group_at_site(t, m, v) if m is not None else None
        return (v, m) if m else None
    return None


def _title_like(text: str, a: int, b: int) -> bool:
    """Every word capitalised (short function words aside), at most six words."""
    words = text[a:b].rstrip(".,!?").split()
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or"}
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w in small for w in words) and \
        words[0][:1].isupper() and words[0].lower() not in ("i", "we", "you")


def _direct_and_partial(p: _Paragraph, marks: list[_Mark]) -> list[_Found]:
    t, text = p.t, p.text
    out: list[_Found] = []
    prev_close_tok = -1
    for m in marks:
        a, b = _trim_span(text, m.open + 1, m.close)
        if a >= b or not any(ch.isalpha() for ch in text[a:b]):
            continue
        open_tok = t.index_at(m.open)
        close_tok = t.index_at(m.close + 1) if m.closed else len(t)
        while close_tok < len(t) and (t.low[close_tok] in QUOTE_CHARS or t.low[close_tok] == "'"):
            close_tok += 1
        lo, _ = p.sentence_bounds(open_tok)
        lo = max(lo, prev_close_tok + 1) if prev_close_tok >= lo else lo
        prev_close_tok = close_tok - 1
        pre = [w for w in t.low[lo:open_tok]]
        after = _attribution_after(p, close_tok) if m.closed else None
        if after is not None and close_tok >= p.sentence_bounds(close_tok - 1)[1] and \
                after[0] + 1 < len(t) and t.is_word(after[0] + 1) and \
                t.low[after[0] + 1] not in AFTER_ATTRIBUTION:
            # (across a sentence end, only a bare attribution: '"...votes?" Trump said,'
            # is his; '... was "the best path forward." The union accused the company of
            # ...' gives the union nothing)
            after = None
        before = _attribution_before(p, open_tok, lo)
        verb_right_before = before is not None and before[0] == open_tok - 1 and \
            getattr(_verb(t, before[0]), "complement", "") != "np" and \
            not (text[a].islower() and t.low[before[0]] not in PLAIN_SAYING) and \
            not (text[a].islower() and before[0] >= 3 and t.low[before[0] - 2] == "which" and
                 t.low[before[0] - 3] == "," and t.low[before[0] - 1] in SUBJECT_PRONOUNS)
        # (not 'called "X"'; not 'would respond "with all the force of the law."': a
        # lower-case fragment after a verb other than a plain one of saying; nor 'fully
        # compatible with neutrality, which she said "does not mean being defenceless."': the
        # rest of her reported clause, in her words)
        clause_like = (not pre or pre[-1] in (":", ",") or m.continued or verb_right_before)
        if len(pre) >= 2 and work_title_opens(t, open_tok) and \
                _title_like(text, a, b) and after is None and \
                (text[m.close - 1:m.close] == "," or text[m.close + 1:m.close + 2] == ","):
            continue  # 'said the weekly programme, "Karjalan Kieli," had fewer listeners':
            # the work's title set off in the report, no one's words
        if pre and pre[-1] == "," and len(pre) >= 2 and not before and \
                pre[-2] not in ("”", '"', "’"):
            clause_like = False  # "the plan, "dead on arrival," ..." is a fragment
        if clause_like:
            attr = after or before
            if attr is None and pre and pre[-1] == ":":
                # "The association's president, Marta Sousa, puts it bluntly: '...'"
                subject = clause_subject(t, lo, open_tok - 1)
                if subject is not None and t.is_cap(subject[1] - 1):
                    out.append(_Found(_quote(p, a, b, "direct", None, subject, "explicit"),
                                      None, m))
                    continue
            if attr:
                out.append(_Found(_quote(p, a, b, "direct", attr[0], attr[1], "explicit"),
                                  attr[0], m))
            else:
                out.append(_Found(_quote(p, a, b, "direct", None, None, "continued"), None, m))
            continue
        if pre and (pre[-1] == "so-called" or (pre[-1] == "called" and len(pre) >= 2 and
                                               pre[-2] in ("so", "-", "the", "a"))):
            continue  # "the so-called 'green corridor'", "to outlaw so-called 'no-kids
            # zones,' its governor said"
        if len(pre) >= 2 and pre[-1] in ("name", "term", "label", "word", "brand") and \
                pre[-2] in ("the", "a", "its", "their"):
            continue  # 'to protect the name "Toruń gingerbread"': a name, no one's words
        if len(pre) >= 2 and pre[-1] in PRODUCT_LABELLING and pre[-2].endswith("s") and \
                pre[-2].isalpha() and \
                lexicon.source_nouns().get(singular(pre[-2])) in (None, "institution") and \
                lexicon.titles().get(singular(pre[-2])) is None and \
                not agent_noun(singular(pre[-2])):
            continue  # 'selling watches labelled "Swiss made"': what a product says it is
        if len(pre) >= 2 and ((pre[-1] == "on" and pre[-2] in NAMED_THINGS) or
                              (pre[-1] == "as" and pre[-2] in NAMING_VERBS) or
                              (len(pre) >= 3 and pre[-1] == "as" and
                               pre[-2] in ("abroad", "overseas", "locally", "widely",
                                           "internationally") and
                               pre[-3] in NAMING_VERBS)):
            continue  # "a law on 'foreign influence'", "register as 'agents of ...'": a name
            # (and 'hats sold abroad as "Panama hats"')
        if _title_like(text, a, b) and not (
                len(pre) >= 3 and pre[-1] == "of" and " " not in text[a:b] and
                any(w in ACCUSING for w in pre[-6:-1])):
            continue  # a title of a work, a show or a nickname: "Morning Joe", "Lyin' Ted"
            # (not a charge: 'accused Chisinau of "Russophobia"')
        gov = _governing_verb(p, open_tok, lo)
        if gov is None and len(pre) >= 3 and pre[-1] == "as" and \
                (w := next((x for x in range(open_tok - 2, max(lo - 1, open_tok - 8), -1)
                            if t.low[x] in WELCOMING), None)) is not None and \
                (who := mention_left(t, w, lo)) is not None:
            gov = (w, who)  # 'welcomed the plan as "far more humane than netting or poison"':
            # a verdict in the welcomer's words, as "praised it as" and "dismissed it as" are
        first = past_discourse(t, lo, open_tok)
        if gov and after and gov[0] >= first + 3 and t.low[gov[0] - 2] == "what" and \
                t.low[gov[0] - 1] in SUBJECT_PRONOUNS and _narrated_clause(t, first, open_tok):
            # 'The province had offered what he called "the most generous package in the
            # country," he said': the whole statement is his, the phrase inside it too
            start, _ = _trim_span(text, t.spans[first][0], b)
            out.append(_Found(_quote(p, start, b, "indirect", after[0], after[1],
                                     "explicit"), after[0]))
            out.append(_Found(_quote(p, a, b, "partial", gov[0], gov[1], "explicit"), gov[0]))
        elif gov and after and gov[0] > first + 3 and t.low[gov[0] - 1] == "," and \
                t.low[gov[0]].endswith("ing") and after[0] > close_tok and \
                (subj := clause_subject(t, first, gov[0])) is not None and \
                subj[1] < gov[0] and (t.low[subj[1]] in FINITE_HINTS or verb_like(t, subj[1]) or
                                      t.low[subj[1]].endswith("ed")):
            # 'Nicaragua ordered the office to close, accusing it of "interference in internal
            # affairs", the foreign ministry said': the whole statement is the ministry's
            # report, the charge in marks inside it too
            start, _ = _trim_span(text, t.spans[first][0], b)
            out.append(_Found(_quote(p, start, b, "indirect", after[0], after[1],
                                     "explicit"), after[0]))
            out.append(_Found(_quote(p, a, b, "partial", after[0], after[1], "explicit"),
                              after[0]))
        elif gov:
            out.append(_Found(_quote(p, a, b, "partial", gov[0], gov[1], "explicit"), gov[0]))
        elif after and (b - a) > 0:
            if open_tok > first and any(w in FINITE_HINTS for w in t.low[first:close_tok]) \
                    and (clause_subject(t, first, open_tok) is not None or
                         _narrated_clause(t, first, open_tok)):
                # 'Whitby is stepping down "to allow the board ...," Halvorsen said': the
                # whole statement is reported, the quoted words inside it
                start, _ = _trim_span(text, t.spans[first][0], b)
                out.append(_Found(_quote(p, start, b, "indirect", after[0], after[1],
                                         "explicit"), after[0]))
            else:
                out.append(_Found(_quote(p, a, b, "partial", after[0], after[1], "explicit"),
                                  after[0]))
        # else: a scare quote, title or name in marks: not speech
    return out


def _narrated_clause(t: Tokens, a: int, b: int) -> bool:
    """Whether ``a..b`` opens on a plain subject and its finite verb (``The province had
    offered``): a statement, whatever its subject (no speaker need be named in it)."""
    if b - a < 3 or t.low[a] not in ("the", "its", "their", "his", "her", "our"):
        return False
    verb = next((x for x in range(a + 2, min(b, a + 6)) if t.low[x] in FINITE_HINTS), None)
    return verb is not None and all(t.is_word(x) and t.low[x] not in PREPOSITIONS
                                    for x in range(a + 1, verb))


# ---- pass 3: indirect speech ------------------------------------------------------------

def _pronoun_contraction(w: str) -> bool:
    """``he’s``, ``they’re``, ``it’ll``: a subject pronoun with a clitic."""
    base = w.split("’", 1)[0].split("'", 1)[0]
    return base != w and base in SUBJECT_PRONOUNS


#: words that set a figure against a forecast: "beating Wall Street estimates"
MEASURED_AGAINST = frozenset({"beating", "beat", "beats", "topping", "topped", "tops",
                              "missing", "missed", "misses", "exceeding", "exceeded",
                              "above", "below", "than", "short", "ahead", "behind", "with"})


#: words whose "'s" is a contracted "is" or "has", never a possessive
CONTRACTING = frozenset({"he", "she", "it", "that", "there", "what", "who", "here", "where",
                         "let"})


def _is_noun_use(t: Tokens, v: int) -> bool:
    w = t.low[v]
    prev = t.low[v - 1] if v > 0 else ""
    nxt = t.low[v + 1] if v + 1 < len(t) else ""
    if prev in QUANTIFIERS and (v == 1 or t.low[v - 2] in QUANTIFIER_OPENERS or
                                t.low[v - 2] in (".", "!", "?")):
        # "though two said", "... were divided. Some said": people; "two reports said", "Some
        # state officials praised": a noun
        return w.endswith("s") or (w in ("state", "press", "report") and (
            nxt in lexicon.titles() or singular(nxt) in lexicon.source_nouns()))
    if w in ("rule", "rules") and nxt == "that" and \
            any(t.low[x] in ("a", "an", "the", "its", "their", "new")
                for x in range(max(0, v - 3), v)) and \
            all(t.is_word(x) and not t.is_cap(x) for x in range(max(0, v - 2), v)):
        return True  # "a regional safety rule that limits each float": the noun, its
        # relative clause no ruling reported
    if w in DOCUMENT_VERBS and (nxt in FINITE_REPORTING or perfect_report_after(t, v)):
        return True  # "a United Nations report said": the noun, then its verb (and "a U.N.
        # report has estimated that": after its auxiliary)
    if w in ("estimates", "forecasts", "expectations", "projections") and v >= 2 and \
            t.is_cap(v - 1) and any(t.low[x] in MEASURED_AGAINST
                                    for x in range(max(0, v - 4), v - 1)):
        return True  # "beating Wall Street estimates": what a result is measured against
    if prev in BETWEEN and v >= 2 and t.low[v - 2] in ("had", "has", "have"):
        return False  # "had earlier accused": an adverb between auxiliary and verb
    if prev == "that" and w.endswith("ed") and v >= 2 and (
            group_noun_at(t, v - 2) or lexicon.source_nouns().get(t.low[v - 2]) is not None):
        return False  # "environmental groups that argued the company ...": a relative's verb
        # (and "a consumer group that called the charges ...")
    if v >= 2 and w in ("promise", "pledge", "vow", "claim", "demand", "offer", "warning") and \
            t.low[v - 2] in ("its", "their", "his", "her", "our", "my") and \
            t.is_word(v - 1) and not t.is_cap(v - 1) and not prev.endswith("ly"):
        return True  # "breaking its election promise to cut fuel prices": a noun
    if prev in ("another", "one") and t.is_cap(v - 1) and \
            (v == 1 or t.low[v - 2] in (".", "!", "?")) and (w == "said" or w.endswith("ed")):
        return False  # "Another cautioned that ...": a second of a group, the subject
    if prev == "her" and v >= 2 and (t.low[v - 2] in PREPOSITIONS or
                                     t.low[v - 2] in ("of", "for")):
        return False  # "Two of the women picked ahead of her said": her, the object of a
        # preposition, before the verb (no "her" as a determiner before a noun)
    if prev == "after" and w.endswith("ing") and (
            nxt == "that" or (nxt in ("on", "in") and any(
                t.low[y] == "that" and all(t.is_word(z) for z in range(v + 2, y))
                for y in range(v + 3, min(len(t), v + 6)))) or
            (w == "telling" and (nxt in OBJECTS or (
                nxt in ("a", "an", "the") and
                (x := next((y for y in range(v + 2, min(len(t), v + 6))
                            if t.low[y] == "that"), None)) is not None and
                all(t.is_word(y) for y in range(v + 2, x)))))):
        return False  # "ordered the chain to stop after ruling that it copied ...": a
        # participle whose subject is the sentence's (but "after claims that": a noun; and
        # "was arrested after telling a French magazine that ...": a telling, as is "after
        # saying on air that ...")
    if prev.endswith(("'s", "’s")) and prev[:-2] not in CONTRACTING and \
            not w.endswith("ed") and w not in ("says", "say") and nxt != "that":
        return True  # "called Ndjock-Ebolo's claim 'premature'": the possessive's noun (but
        # "he's claimed", "the minister's said": a contracted auxiliary; and "Trump's claim
        # that there have been ...": the claim's content is still reported)
    if prev in NOUN_BEFORE and prev not in ("and", "or") and \
            not (v >= 1 and name_an(t, v - 1)):
        return True  # after "and"/"or" a verb is as likely as a noun: the tests below decide
        # (and "Hoi An said": a name's last word, no article)
    if prev in LIGHT_VERBS and w.endswith("s") and w != "says":
        return True  # "making promises before the election", "made claims": the noun
    if nxt in (".", "!", "?", "") and w.endswith("s") and w != "says" and v >= 1 and \
            t.is_word(v - 1) and not t.is_cap(v - 1) and prev not in SUBJECT_PRONOUNS and \
            prev not in lexicon.titles() and not lexicon.source_nouns().get(singular(prev)):
        return True  # "... is illegal under motor vehicle rules.": a compound noun ending the
        # sentence (not "..., the court rules.")
    if w.endswith("ed") and prev.endswith("ing") and not t.is_cap(v - 1) and \
            v + 1 < len(t) and t.is_word(v + 1) and not t.is_cap(v + 1):
        return True  # "ignoring repeated warnings": an adjective
    # "state senator Mark Whitman", "state media": a noun before a title or source noun
    if w in ("state", "press", "report") and (nxt in lexicon.titles() or
                                              nxt in lexicon.source_nouns()):
        return True
    if w == "state" and (nxt == "of" or prev in lexicon.places() or
                         (v >= 1 and t.is_cap(v - 1) and t.is_word(v - 1))):
        return True  # "The Indian state of Rajasthan ordered", "Nigeria's Plateau state
        # imposed": a place, not "to state"
    if states_noun(t, v):
        return True  # "Three Nigerian states asked the court", "member states": places
    # "state television said": a noun modifying the subject of the reporting verb after it
    # (not "Russia said the claims were false": "said" is no noun, "the" opens a clause)
    if v + 2 < len(t) and not w.endswith(("ed", "ing")) and t.is_word(v + 1) and \
            not t.is_cap(v + 1) and nxt not in STOP and nxt not in SUBJECT_PRONOUNS and \
            w not in ("said", "says", "told") and nxt not in ("the", "a", "an") and \
            t.low[v + 2] in FINITE_REPORTING:
        return True
    if not w.endswith(("s", "ed", "ing")) and v + 2 < len(t) and t.is_word(v + 1) and \
            not t.is_cap(v + 1) and nxt.endswith("s") and not nxt.endswith("ss") and \
            (t.low[v + 2] in ("were", "are", "had", "have") or w == "state") and \
            prev in ("and", "or", "the") \
            and w not in ("said", "say", "told", "tell") and \
            getattr(_verb(t, v), "lemma", "") == w:
        return True  # "a wall collapsed and signal cables were stolen": a noun before a
        # plural subject's auxiliary
    if w == "states" and nxt == "of":
        return True  # "accused Gulf states of failing": the noun, whoever comes before it
    if w.endswith("s") and not w.endswith("ss") and nxt in ("of", "that", "about", "were",
                                                             "are", "by", "from", "have") and \
            w not in VERB_ONLY:
        # "media reports that ..." is a noun; "the website states that ..." a verb (and
        # "which the union says have cost": "says" is never a noun)
        if nxt == "that" and v >= 2 and t.low[v - 2] in ("the", "its", "their", "our") and \
                not prev.endswith("s") and prev not in ("media", "press", "news") and \
                lexicon.source_nouns().get(prev) is not None:
            return False  # "The government estimates that ...": a single body's verb
        return prev not in SUBJECT_PRONOUNS and not (v > 0 and t.is_cap(v - 1)) and \
            not (prev in DOCUMENTS and nxt == "that") and \
            not (prev == "," and nxt == "that" and
                 any(t.low[k] == "," and t.low[k - 1] in DOCUMENTS
                     for k in range(v - 3, max(0, v - 10), -1)))  # ("The study, in the
        # journal Nature, suggests that": the document's verb after its aside)
    if not w.endswith(("s", "ed", "ing")) and v >= 2 and t.is_cap(v - 1):
        k = v - 1  # "a Trade Department rule that": a single thing's verb would end in -s
        while k > 0 and t.is_cap(k) and t.is_word(k):
            k -= 1
        if t.low[k] in ("a", "an") and not (k >= 2 and t.low[k - 1] in ("for", "of") and
                                            t.is_cap(k - 2)):
            return True  # (not inside a name: "Citizens for a Better Environment said")
    return prev.endswith(("’s", "'s")) and not t.is_cap(v - 1)


def _is_passive(t: Tokens, v: int) -> bool:
    k = v - 1
    while k >= 0 and is_adverb(t, k) and t.low[k] not in PASSIVE:
        k -= 1
    return k >= 0 and t.low[k] in PASSIVE and not t.low[v].endswith("ing") and \
        not name_tail(t, k)
    # (not a name's last word: "growers on the Malagasy island of Nosy Be said")


#: nouns a claim or an admission takes as its object ("claimed responsibility", "claimed
#: victory", "admitted liability"): no reported clause opens on them
CLAIMED_OBJECTS = frozenset({"responsibility", "credit", "victory", "ownership", "liability",
                             "asylum"})


def _clause_begins(t: Tokens, k: int, hi: int, lenient: bool = False) -> bool:
    """Whether a finite clause seems to start at ``k`` (for ``said the plan would fail``).

    After verbs that rarely take a plain object (``say``, ``claim``, ``warn``)
    any subject-like start will do; after ``announce``, ``report``,
    ``confirm`` and the like a finite verb must follow, so ``announced a
    plan`` is not reported speech.
    """
    if k >= hi or not t.is_word(k):
        return False
    w = t.low[k]
    if w == "at" and k + 2 < hi and t.low[k + 1] in ("least", "most"):
        return _clause_begins(t, k + 2, hi, lenient)  # "said at least two people were ..."
    if w == "as" and k + 3 < hi and t.low[k + 1] in ("many", "much", "few", "little") and \
            t.low[k + 2] == "as":
        return _clause_begins(t, k + 3, hi, lenient)  # "said as many as 17,000 visitors had"
    if w in ("only", "just") and k + 2 < hi and \
            t.low[k + 1] in ("about", "around", "nearly", "roughly", "some", "over"):
        return _clause_begins(t, k + 1, hi, lenient)  # "said only about 15,000 fish had ..."
    if w in ("about", "around", "nearly", "almost", "roughly", "some", "over", "approximately") \
            and k + 2 < hi and (t.low[k + 1][:1].isdigit() or t.low[k + 1] in NUMBER_WORDS):
        return _clause_begins(t, k + 1, hi, lenient)  # "Police said about 200 residents ..."
    if w in ("about", "around", "nearly", "almost", "roughly", "over") and k + 3 < hi and \
            t.low[k + 1] in ("a", "one") and t.low[k + 2] in FRACTIONS:
        return True  # "said about a third of its members had lost ..."
    if w in CLAIMED_OBJECTS:
        return False  # "No group claimed responsibility": what was claimed, no clause
    if w == "no" and k + 1 < hi and t.low[k + 1] == "one":
        return _clause_begins(t, k + 1, hi, lenient)  # "said no one had been hurt"
    if w == "no" and k + 2 < hi and t.is_word(k + 1) and \
            any(x in FINITE_HINTS or x in PAST_TENSES or x.endswith("ed")
                for x in t.low[k + 2:k + 6]):
        return True  # "saying no new cases had been reported", "said no refinery in the
        # country met international standards"
    if w in PLACE_PREPOSITIONS and k + 1 < hi and t.low[k + 1] in DETERMINERS:
        return False  # "told a crowd outside the gates of one estate": where, no clause
    if is_adverb(t, k) and k + 1 < hi and t.low[k + 1] in PREPOSITIONS:
        return False  # "argued repeatedly with the umpire": an adverb and its company, no clause
    if w in PREPOSITIONS or w in ("and", "or", "but", "not", "so", "if", "whether", "what", "for",
                                  "how", "why", "when", "nothing", "goodbye", "yes", "no"):
        return False
    if w in ("it", "this", "them") and (k + 1 >= hi or t.low[k + 1] in PREPOSITIONS or
                                        t.low[k + 1] in (".", ",", ";", "that", "last",
                                                         "this", "next", "yesterday", "for",
                                                         "until", "immediately")):
        return False  # "announced it on social media", "announced it that day": an object
    if w in SUBJECT_PRONOUNS or _pronoun_contraction(w):
        return True
    if w == "this" and k + 1 < hi and t.low[k + 1] in FINITE_HINTS:
        return True  # "said this was wrong" (not "said this week")
    if w in ("this", "that") and k + 2 < hi and t.low[k + 1] == "one" and \
            t.low[k + 2] in FINITE_HINTS:
        return True  # "analysts said this one might also be averted"
    if w in TIME_WORDS and k + 2 < hi and any(
            t.low[n].endswith("s") and t.low[n + 1] in FINITE_HINTS and
            all(t.is_word(x) and not t.is_cap(x) and t.low[x] not in TIME_WORDS
                for x in range(k + 1, n + 1))
            for n in range(k + 1, min(hi - 1, k + 3))):
        return True  # "said night flights were essential", "said night passenger numbers had
        # fallen": a time word as a noun's modifier
    if w in ("this", "last", "next") and k + 2 < hi and t.low[k + 1] in TIME_WORDS and \
            t.low[k + 2] in GAP_VERBS:
        return True  # "said this summer would likely be hotter": the time is the subject
    if w in ("this", "last", "next") and k + 2 < hi and \
            t.low[k + 1].endswith(("'s", "’s")) and t.low[k + 1][:-2] in TIME_WORDS and \
            t.is_word(k + 2):
        return True  # "say this year's harvest is likely to be less than half": a subject
    if w in TIME_WORDS or w in ("earlier", "later", "last", "this", "next"):
        return False
    if lenient and hi - k >= 4:
        return True
    for j in range(k + 1, min(hi, k + 12)):
        x = t.low[j]
        if x in FINITE_HINTS:
            return True
        if x in IRREGULAR_PASTS and j <= k + 3 and all(
                t.is_word(y) and not t.is_cap(y) for y in range(k, j)):
            return True  # "said prices fell", "said sales rose": a short clause, its verb
            # irregular
        if x in SAME_FORM_PASTS and j in (k + 2, k + 3) and \
                t.low[k] in ("the", "its", "their", "his", "her", "a", "an") and \
                all(t.is_word(y) and not t.is_cap(y) for y in range(k + 1, j)) and \
                not t.low[j - 1].endswith("s"):
            return True  # "allege the company put profit before safety": a singular
            # subject's verb with no -s is past
        if x.endswith("s") and not x.endswith(("ss", "us", "is")) and \
                ((j in (k + 2, k + 3) and
                  t.low[k] in ("the", "its", "their", "his", "her", "a", "an")) or
                 (j == k + 1 and t.low[k].endswith("ing") and len(t.low[k]) > 5)) and \
                all(t.is_word(y) and not t.is_cap(y) and not t.low[y].endswith("s")
                    for y in range(k + 1, j)) and j + 1 < hi and \
                (t.low[j + 1][:1].isdigit() or t.low[j + 1] in (
                    "about", "around", "nearly", "roughly", "some", "more", "less", "at",
                    "the", "its", "their", "our", "us", "them", "farmers", "workers")):
            return True  # "estimate the company owes about 2 billion CFA francs": a
            # singular subject's present verb, then what it owes (or to whom); and
            # "estimates smuggling costs the country about $100 million"
        if x in (",", ";", ":") and (j > k + 6 or (j + 1 < hi and (
                t.low[j + 1].endswith("ing") or t.low[j + 1] in ("though", "although") or
                (x == "," and t.low[j + 1] in ("said", "says"))))):
            return False  # ("declared the outbreak over, saying ...": the participle's clause;
            # "proposed a minimum price for harvesters, though the plan has not ...": the
            # narrator's concession, no verb of the object's; "The council, which proposed the
            # rule, said ...": the object, then the sentence's own verb)
        if x in ("and", "but") and j + 1 < hi and (t.low[j + 1].endswith("ed") or
                                                   t.low[j + 1] in lexicon.reporting_verbs()):
            return False  # "confirmed the memo but declined to ...": the subject's next verb
        if x in ("which", "who", "whom", "whose") and not lenient:
            return False  # "concluding a trial in which prosecutors said": a relative clause
        if x in ("after", "before", "because", "until", "while") and not lenient:
            return False  # "conceded defeat on Monday after results showed": an object
        if not t.is_cap(j) and x.endswith("ed") and len(x) > 4 and j > k:
            if x in LINKING_PARTICIPLES and j + 1 < hi and t.low[j + 1] in ("to", "with", "on"):
                continue  # "confirmed 19 cases linked to a school": a noun's modifier
            if t.low[j - 1] in ("a", "an", "the", "its", "their", "his", "her"):
                continue  # "denied the allegations in a televised address": an adjective
            return True
    return False


#: papers that ask for things: "the form asked for laboratory tests"
FORMS = frozenset({"form", "forms", "questionnaire", "questionnaires"})
#: participles that follow a noun as its modifier ("cases linked to", "deaths blamed on")
LINKING_PARTICIPLES = frozenset({"linked", "related", "connected", "tied", "attributed",
                                 "traced", "blamed"})


#: words that open a condition inside an infinitive's clause (a time clause after it,
#: "after the EU imposed tariffs", is the narrator's)
CONDITION_OPENERS = frozenset({"if", "unless"})
#: third-person reporting verbs that are never nouns ("which the union says have cost")
VERB_ONLY = frozenset({"says", "argues", "insists", "contends", "maintains"})
#: pronouns that open a clause as its subject: "that nobody came"
INDEFINITE_SUBJECTS = frozenset({"nobody", "everybody", "everyone", "someone", "somebody",
                                 "nothing", "everything", "anyone", "anybody"})
#: what "said several ... that" counts, not who: how often or how long ago
SPAN_NOUNS = frozenset({"times", "occasions", "weeks", "months", "years", "days", "hours",
                        "decades", "minutes"})
#: a finite verb that opens a reported clause whose subject is a relative's gap ("a decision
#: officials said would save $9 million")
GAP_VERBS = frozenset({"would", "could", "will", "can", "may", "might", "was", "is", "were",
                       "are", "had", "has", "have", "should"})
#: verbs of saying that a fact can do too ("which suggested that ..."): then no one speaks
INFERRING = frozenset({"suggest", "indicate", "show", "signal", "imply", "mean"})
#: prepositions of place that the shared list leaves out, being adjectives too ("outside
#: experts"): before a determiner they open a phrase of where, no reported clause
PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near", "beside", "behind", "beyond",
                                "alongside", "opposite", "underneath"})
#: verbs whose object a relative "that" after "and" may stand for: "a move X said would
#: ... and that protesters called an attack" (besides "said")
GAP_NAMING = frozenset({"called", "described", "branded", "termed", "dubbed"})
#: words that show the verb after "and that" has a subject clause of its own ("and that the
#: crew had called firefighters"): no gap
GAP_AUXILIARIES = frozenset({"would", "could", "should", "will", "can", "may", "might", "must",
                             "had", "has", "have", "was", "were", "is", "are", "did"})
#: verbs of saying whose clause may open on a gap ("a move critics said would ...")
GAP_SAYING = frozenset({"said", "say", "says", "warned", "warn", "warns", "argued", "argue",
                        "claimed", "claim", "claims", "insisted", "insist", "fear", "feared"})
#: words after "that" that open a clause's subject ("that the chip ... would ship")
CLAUSE_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "this", "these",
                                "those"})
#: ordinals and superlatives that open an aside ranking the whole event ("the first ...",
#: "in the latest protest targeting ...")
RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest", "only",
                   "biggest", "largest", "highest", "lowest", "worst", "best", "deadliest",
                   "newest", "oldest", "fastest", "strongest", "sharpest", "steepest", "most"})


def _with_subject(t: Tokens, v: int, lo: int) -> int | None:
    """The ``with`` that opens ``, with prosecutors telling`` (a comma before it, two to
    five words of its subject between it and the participle at ``v``); else None."""
    for k in range(v - 2, max(lo, v - 6) - 1, -1):
        if not t.is_word(k):
            return None
        if t.low[k] == "with":
            return k if k > lo and t.low[k - 1] == "," else None
        if t.low[k] == "and" and k == v - 2 and t.low[v - 1].endswith("s") and \
                (w := next((x for x in range(k - 1, max(lo, k - 25) - 1, -1)
                            if t.low[x] == "with"), None)) is not None and \
                w > lo and t.low[w - 1] == "," and \
                any(t.low[x].endswith("ing") and x > w for x in range(w + 1, k)):
            return k  # ", with business owners saying ... and environmentalists warning":
            # the second participle and its subject, coordinated with the first
    return None


def _comma_before(t: Tokens, v: int, lo: int) -> int | None:
    """The comma just before token ``v`` (``, arguing``), also inside the closing mark
    of quoted words (``was "the biggest enemy," arguing``); else None."""
    if v > lo and t.low[v - 1] == ",":
        return v - 1
    if v - 1 > lo and t.low[v - 1] in ("”", '"') and t.low[v - 2] == "," and \
            t.spans[v - 2][1] == t.spans[v - 1][0]:
        return v - 2
    return None


def _first_participle(t: Tokens, k: int, lo: int) -> int | None:
    """The comma before a speech participle that a participle after "and" at ``k`` joins
    (``, calling the punishment "disproportionate" and arguing``), in the same sentence,
    within 25 tokens; else None."""
    for x in range(k - 2, max(lo, k - 25), -1):
        if _ends_sentence(t, x) or t.low[x] == ";":
            return None
        if t.low[x] == "," and t.low[x + 1].endswith("ing") and \
                (verb := _verb(t, x + 1)) is not None and verb.speech:
            return x
    return None


#: participles that go on a relative's reported clause rather than the sentence around it
#: ("was used against dissidents, including journalists")
GAP_PARTICIPLES_KEPT = frozenset({"including", "excluding", "according", "notably"})
#: what a speaker declines to do after saying something: "and declined to comment further"
REFUSED_ACTS = frozenset({"comment", "elaborate", "say", "give", "answer", "discuss", "provide",
                          "disclose", "name", "specify", "confirm"})


#: words that may stand inside a name set off in apposition ("the Party of the Regions")
APPOSITION_LINKS = frozenset({"of", "for", "the", "and", "'", "’", "'s", "’s"})
#: what opens the short subject a name is set off against ("the party, the Citizens' ...")
APPOSED_OPENERS = CLAUSE_DETERMINERS | {"a", "an"}


def _named_apposition(t: Tokens, k: int, j: int, hi: int) -> bool:
    """Whether the comma at ``j`` opens a name in apposition to a reported clause's short
    subject ``k..j`` (``the party, the Citizens' Awakening Movement, could reapply``): a
    determiner and lower-case words, then ``the``/``a`` and capitalised words up to a comma
    that a finite verb follows."""
    if not (k < j <= k + 4 and t.low[k] in APPOSED_OPENERS and
            all(t.is_word(x) and not t.is_cap(x) for x in range(k + 1, j)) and
            j + 2 < hi and t.low[j + 1] in ("the", "a", "an") and t.is_cap(j + 2)):
        return False
    c = next((x for x in range(j + 2, min(hi, j + 9)) if t.low[x] == ","), None)
    return c is not None and c + 1 < hi and t.low[c + 1] in GAP_VERBS and \
        all(t.is_cap(x) or t.low[x] in APPOSITION_LINKS for x in range(j + 2, c))


def _content_end(p: _Paragraph, k: int, hi: int) -> int:
    """Token index where a reported clause starting at ``k`` ends."""
    t = p.t
    j = k
    inside = False  # within quotation marks the speaker's words run on: '"worried, and it'
    relative = False  # "the tax, which would be phased in from 2028, is needed": one clause
    infinitive = k < hi and t.low[k] == "to"  # "threatened to topple ...": no subject of its own
    gap = k < hi and t.low[k] in GAP_VERBS  # "a law groups say was used ...": a relative's gap
    while j < hi:
        w = t.low[j]
        if w == ";" and not inside and j > k + 2 and \
                not (j + 1 < hi and t.low[j + 1] in SUBJECT_PRONOUNS):
            return j  # "said about 20,000 people took part; police put the figure at ...":
            # a second clause, the narrator's (but "; they only learned on Friday": theirs)
        if w == ":" and not inside and j > k + 2 and j + 1 < hi and \
                (t.low[j + 1] in QUOTE_CHARS or t.low[j + 1] == "'"):
            return j  # 'said workers wanted a bigger share: "The company earned ..."': the
            # clause ends where the quotation it announces opens
        if w == "," and not inside and j > k + 2 and j + 1 < hi and t.low[j + 1] == "citing":
            return j  # "has said he will not sign the law, citing the Catholic faith of the
            # state": the reason the sentence gives for the act, not the words said (10 of 12
            # such reports in the gold end here)
        if gap and w == "," and not inside and j + 1 < hi and t.low[j + 1].endswith("ing") \
                and t.is_word(j + 1) and not t.is_cap(j + 1) and \
                t.low[j + 1] not in GAP_PARTICIPLES_KEPT:
            return j  # "a law that rights groups say was used to detain Tamils, replacing it
            # with a new act": the relative clause ends, the main clause's participle follows
        if j > k + 1 and t.low[k].endswith("ing") and w in ("in", "on") and j + 2 < hi and \
                t.low[j + 2] in SPEECH_VENUES:
            return j  # "denied carrying out the attack in a statement posted on social media"
        if infinitive and j > k + 1 and len(w) > 4 and w.endswith("ed") and not t.is_cap(j) \
                and t.low[j - 1] not in INFINITIVE_AUX and not is_adverb(t, j - 1) and \
                t.is_word(j - 1) and not any(t.low[x] in CONDITION_OPENERS
                                              for x in range(k + 1, j - 1)):
            return j  # "lawmakers who had threatened to topple his government abstained"
            # (but "threatened to withhold payments if Lumio promoted rival apps": one clause)
        if w == "and" and j > k + 2 and j + 2 < hi and t.low[j + 1].endswith("s") and \
                t.low[j + 2].endswith("ing") and t.low[j + 2] in lexicon.reporting_verbs() \
                and t.is_word(j + 1) and not t.is_cap(j + 1):
            return j  # "saying it would end their isolation and environmentalists warning
            # ...": the next participle's own subject and clause
        if w in ("and", "but") and not inside and j > k + 2 and j + 3 < hi and \
                t.low[j + 1] in ("declined", "refused") and t.low[j + 2] == "to" and \
                t.low[j + 3] in REFUSED_ACTS:
            return j  # "said the decision was the state's and declined to comment further":
            # the speaker's own next act, no part of what was said
        if infinitive and w == "but" and j > k + 2 and j + 1 < hi and \
                t.low[j + 1] in ("has", "have", "had", "did", "does", "is", "was"):
            return j  # "has promised to stop burning mazut but has not said when": the
            # subject's own next act
        if w == "but" and j > k + 2 and not inside and j + 3 < hi and \
                t.low[j + 1] in ("some", "many", "most", "other", "critics") and \
                (v := next((x for x in range(j + 2, min(hi, j + 5))
                            if (verb := _verb(t, x)) is not None and verb.speech), None)) \
                is not None and all(t.is_word(x) and not t.is_cap(x)
                                    for x in range(j + 1, v)):
            return j  # "a move its director says will pay for conservation but some tourists
            # call unfair": another group's word on the same thing, the narrator's report
        if infinitive and w in ("after", "because") and j > k + 2 and j + 2 < hi and \
                (t.low[j + 1] in ("the", "its", "their", "a") or t.is_cap(j + 1)) and \
                any(len(t.low[x]) > 4 and t.low[x].endswith("ed") and not t.is_cap(x)
                    for x in range(j + 2, min(hi, j + 9))):
            return j  # "threatened to blockade Jersey's main port after the island's
            # government refused ...": the narrator's why
        if w == "and" and j + 1 < hi and len(t.low[j + 1]) > 4 and \
                t.low[j + 1].endswith("ed") and not t.is_cap(j + 1) and \
                (to := next((x for x in range(k + 1, min(j, k + 5)) if t.low[x] == "to"),
                            None)) is not None and \
                to + 1 < j and t.is_word(to + 1) and not t.low[to + 1][:1].isdigit() and \
                t.low[to + 1] not in DETERMINERS and \
                not any(t.low[x] in FINITE_HINTS or t.low[x].endswith("ed")
                        for x in range(k, j) if x != to):
            # (not "the exemption form ran to 40 pages and asked for ...": no infinitive)
            return j  # "urged both sides to return to talks and offered mediation": the
            # urger's second act, past tense after the infinitive's object
        if w == "after" and j > k + 2 and t.low[j - 1] != "," and j + 2 < hi and \
                t.low[j + 1] in ("the", "a", "an", "its", "their") and \
                any(t.low[x] in ("may", "might", "will", "can") for x in range(k, j)) and \
                any(len(t.low[x]) > 4 and t.low[x].endswith("ed") and not t.is_cap(x)
                    for x in range(j + 2, min(hi, j + 8))):
            return j  # "said it may stop selling the drug after the pricing committee ordered
            # a cut": a present modal's clause, then a past event, the narrator's context
        if w == "as" and j > k + 3 and t.low[j - 1] != "," and j + 3 < hi and \
                k >= 2 and t.low[k - 1] == "that" and \
                getattr(lexicon.reporting_verbs().get(t.low[k - 2]), "lemma", "") in DEMANDS and \
                not any(t.low[x] in BACKSHIFTED or t.low[x] in ("is", "are", "will", "has")
                        for x in range(k, j)) and \
                (t.low[j + 1] in DETERMINERS or t.low[j + 1].endswith("s")) and \
                any(t.low[x] in IRREGULAR_PASTS or
                    (len(t.low[x]) > 4 and t.low[x].endswith("ed") and not t.is_cap(x))
                    for x in range(j + 2, min(hi, j + 5))):
            return j  # "demanding that the government buy latex at a guaranteed price as
            # prices fell to their lowest level": the demand, then the narrator's when
        if w in SENTENCE_END and j == hi - 1:
            return j
        if inside and w == "," and j > k + 2 and j + 2 < hi and t.low[j + 1] in ('"', "”") and \
                t.low[j + 2] in ("where", "which", "whose") and \
                not any(t.low[x] in lexicon.reporting_verbs()
                        for x in range(j + 3, min(hi, j + 6))):
            return j  # 'said the cuts were "a blow to the whole region," where unemployment is
            # ...': the quoted words end at their mark, the place described after is the
            # narrator's (but ", which he said had been": the speaker's again)
        if w in ('"', "“", "”"):
            inside = w == "“" or (w == '"' and not inside)
            j += 1
            continue
        if inside and not (w == "," and j + 1 < hi and t.low[j + 1] in ('"', "”")):
            j += 1  # a comma just before the closing mark ends the quoted words: checked below
            continue
        if w in ("“", '"') and j > k and t.low[j - 1] in (":",):
            return j - 1
        if w == "but" and j > k + 2 and j + 2 < hi and t.low[j + 1] in WITHHOLDING and \
                any(t.low[x] in HELD_BACK and
                    all(t.low[y] in HOLDING_BACK_GAP for y in range(j + 2, x))
                    for x in range(j + 2, min(hi, j + 5))):
            return j  # "said it was reviewing X but did not say whether ...": the narrator's
            # (not "but would defend the rule": the speaker's own clause)
        if w == "but" and j > k + 2 and j + 1 < hi and t.low[j + 1] in CONTRASTED_VERBS:
            return j
        if w == "but" and j > k + 2 and j + 2 < hi and not inside and \
                t.low[j + 1] in ("later", "then", "eventually", "subsequently") and \
                t.low[j + 2].endswith("ed") and not t.is_cap(j + 2) and \
                not any(t.low[x] in ("had", "has", "have") for x in range(k, j)):
            return j  # "initially said the rule was unlawful but later allowed it": the
            # speaker's own later act
        if w in ("and", "but") and j > k and j + 1 < hi and t.low[j + 1] in ("which", "who"):
            return j  # "a move the government says will boost X but which unions denounced"
        if w in ("and", "but") and j > k + 1 and \
                (x := next((x for x in range(j + 2, min(hi - 1, j + 5))
                            if t.low[x] in GAP_SAYING), None)) is not None and \
                t.low[x + 1] in GAP_VERBS and \
                all(t.is_word(y) and t.low[y] not in GAP_VERBS for y in range(j + 1, x)):
            return j  # "a move tenants' groups said was long overdue but landlords warned
            # would cost thousands of jobs": a second speaker's gap clause
        if w in ("and", "but") and j > k + 1 and j + 2 < hi and t.low[j + 1] == "that" and \
                any(t.low[x] in ("said", "say", "says") or (
                    t.low[x] in GAP_NAMING and t.low[j + 2] not in SUBJECT_PRONOUNS and
                    all(t.is_word(y) and t.low[y] not in GAP_AUXILIARIES
                        for y in range(j + 2, x)))
                    for x in range(j + 2, min(hi, j + 6))):
            return j  # "officials said would save $9 million but that parents said would ..."
            # (and "a move the Commission said could undermine ... and that thousands of
            # protesters called an attack on the rule of law")
        if w in ("and", "but") and j > k + 1 and j + 1 < hi and (
                t.low[j + 1] in SECOND_VERBS or (
                    t.low[j + 1].endswith("ed") and
                    getattr(lexicon.reporting_verbs().get(t.low[j + 1]), "speech", False) and
                    not (t.low[j + 1] == "charged" and not _charges_someone(t, j + 2)))) \
                and not _clause_goes_on(t, k, j, hi) and \
                not (t.low[j + 1] in ("asked", "asks", "required", "requires") and
                     j + 2 < hi and t.low[j + 2] == "for" and
                     t.low[k] in ("the", "a", "an", "its", "their") and
                     any(t.low[x] in FORMS for x in range(k + 1, min(j, k + 4)))):
            # (not "the exemption form ran to 40 pages and asked for laboratory tests": the
            # form's own demand, inside what was said)
            return j  # "noted that A and argued that B": two reported clauses
        if w == "and" and j > k + 1 and j + 2 < hi and t.low[j + 1] in OFFERS and \
                t.low[j + 2] == "to" and \
                not any(t.low[x] in ("had", "has", "have") for x in range(k, j)) and \
                not _clause_goes_on(t, k, j, hi):
            return j  # 'said the cuts were "unacceptable" and offered to lend city staff':
            # the speaker's next act, its infinitive after it
        if w == "and" and j > k + 1 and j + 2 < hi and (
                (t.low[j + 1] in ("fined", "ordered") and
                 t.low[j + 2] in ("the", "its", "their")) or
                (t.low[j + 1] in PROTEST_ACTS and t.low[j + 2] in ("a", "an", "the", "their"))) \
                and not inside and \
                any(t.low[x] in ("was", "were", "is", "are") for x in range(k + 1, j)) and \
                not any(t.low[x] in ("had", "has", "have", "by") for x in range(k, j)):
            return j  # "said the city's own treatment plants were overloaded and fined the
            # municipality": a state reported, then the speaker's own act on someone (and
            # "said that was far too little and blocked a road": their protest)
        if w == "and" and j > k + 1 and j + 4 < hi and t.low[j + 1] == "ordered" and \
                not t.is_cap(j + 2) and \
                (to := next((x for x in range(j + 3, min(hi - 1, j + 6)) if t.low[x] == "to"),
                            None)) is not None and \
                all(t.is_word(x) for x in range(j + 2, to)) and \
                not any(t.low[x] in ("had", "has", "have", "by") for x in range(k, j)):
            return j  # 'said the reports "contained statements likely to create disorder" and
            # ordered internet providers to block': the speaker's own order, after its words
        if w == "and" and j > k + 2 and j + 2 < hi and not inside and \
                t.low[k] in ("it", "they", "he", "she") and \
                (t.low[j + 1] in ("asked", "urged", "appealed", "demanded") or
                 t.low[j + 1:j + 3] == ("called", "on")):
            return j  # "said it had not been consulted and asked the mayor to suspend the
            # contract": what it said, then its own demand
        if w == "and" and j > k + 1 and j + 2 < hi and not inside and \
                t.low[j + 2] in ("him", "her") and _acts_on_subject(t, k, j):
            return j  # "said Jens Verhelst had gained an unfair advantage and disqualified
            # him": the clause's subject is the one acted on, so the speaker acts
        if w == "and" and j > k + 1 and j + 1 < hi and t.low[j + 1] in COURT_ORDERS and \
                any(t.low[x] in RULING_CUES or t.low[x] in ("court", "tribunal", "judge")
                    for x in range(max(0, k - 5), k)):
            return j  # "ruled that Hungary had broken EU law and ordered it to pay": the
            # court's second act, not Hungary's (and "The ... Court said the cups were
            # "confusingly similar" and ordered it to pay")
        if w == "," and j + 2 < hi and t.low[j + 1] == "according" and t.low[j + 2] == "to":
            return j  # "..., according to Daft.ie": another source vouches for the rest
        if w == "," and j + 3 < hi and t.low[j + 1] == "which" and j > k and \
                (n := j + 2 + (t.low[j + 2] in ("some", "many", "several", "most"))) + 1 < hi \
                and t.low[n].endswith("s") and t.low[n] not in SUBJECT_PRONOUNS and \
                t.is_word(n) and not t.is_cap(n) and \
                t.low[n + 1] in ("say", "said", "called", "call", "branded", "dubbed"):
            return j  # "said they had switched to cheaper oils, which purists say damages
            # the soap's name": another group's word on it, not the speakers' (and "said
            # every finisher would get free entry, which some runners called 'a joke'")
        if w == "," and j + 1 < hi and t.low[j + 1] in ("which", "who") and j > k and \
                _speaks_itself(t, j + 2, hi):
            return j  # "..., the IAEA, which has said the releases are safe": its own words
        if w == "," and j + 1 < hi and (t.low[j + 1] in ("which", "who") or (
                t.low[j + 1] == "where" and j + 2 < hi and not t.is_cap(j + 2) and
                t.low[j + 2] not in SUBJECT_PRONOUNS)) and j > k:
            # (and "to move to deeper water, where temperatures are cooler, and had handed")
            relative = True  # a relative clause set off by commas, closed by the next one
            j += 1
            continue
        if w == "," and j + 3 < hi and j > k and t.low[j + 2] == "of" and \
                t.low[j + 3] in ("which", "whom") and t.low[j + 1] in PARTITIVES:
            relative = True  # "the shells, some of which are decades old, may be"
            j += 3
            continue
        if w == "," and j + 4 < hi and j > k and t.low[j + 1] == "the" and \
                t.low[j + 2] in ("first", "last", "second", "largest", "biggest") and \
                t.low[j + 3] == "of" and t.low[j + 4] in ("which", "whom"):
            relative = True  # "prices would be set at auctions, the first of which are
            j += 4  # expected to begin in March": one of them, told in the same report
            continue
        if w == "," and j + 4 < hi and j > k and t.low[j + 2] == "of" and \
                t.low[j + 3] in ("them", "these", "those") and t.low[j + 1] in PARTITIVES and \
                not any(t.low[x] in FINITE_HINTS for x in range(j + 4, min(hi, j + 6))):
            relative = True  # "the city's sewers, many of them more than a century old,
            j += 3  # could not cope": an aside on the subject, verbless
            continue
        if w == "," and not relative and _named_apposition(t, k, j, hi):
            relative = True  # "said the party, the Citizens' Awakening Movement, could
            j += 1  # reapply": the subject's name set off by commas, closed by the next one
            continue
        if w == "," and relative:
            relative = False
            j += 1
            continue
        if w == "," and j + 2 < hi and work_title_opens(t, j + 1) and \
                (c := next((x for x in range(j + 2, min(hi - 1, j + 10))
                            if t.low[x] in QUOTE_CHARS), None)) is not None and \
                all(t.is_cap(x) or not t.is_word(x) for x in range(j + 2, c)):
            verb = c + 1 + (t.low[c + 1] == ",")  # 'said the weekly programme, "Karjalan
            # Kieli," had fewer listeners': the work's title set off, then the verb
            if verb < hi and t.low[verb] in FINITE_HINTS:
                j = verb
                continue
        if w == "," and j + 1 < hi and (j - k <= 4 or (
                j - k > 4 and any(t.low[x] == "that" and t.low[x - 1] in ("and", "but")
                                  for x in range(j - 4, j - 1))) or (
                j - k <= 8 and t.low[j + 1] == "the" and
                any(t.low[x] == "and" and t.is_cap(x - 1) and t.is_cap(x + 1)
                    for x in range(k + 1, j - 1)) and
                not any(t.low[x] in FINITE_HINTS for x in range(k, j))) or (
                j - k <= 9 and t.low[j + 1] in PURPOSED and
                t.low[j + 2:j + 3] in (("to",), ("at",))) or (
                # ("a federal ban on motorboats, announced by the environment ministry to
                # protect the lagoon's stromatolites, would put": a participle's aside)
                j - k <= 7 and passive_participle(t, j + 1) and t.low[j + 2] == "by" and
                not any(t.low[x] in FINITE_HINTS for x in range(k, j))) or (
                j - k <= 8 and t.is_cap(j - 1) and t.low[j + 1] in ("a", "an") and
                not any(t.low[x] in FINITE_HINTS or t.low[x] in IRREGULAR_PAST or
                        t.low[x] in IRREGULAR_PASTS or
                        (t.low[x].endswith("ed") and not t.is_cap(x)) for x in range(k, j)))) \
                and (aside_end := _appositive_end(t, j, hi)) is not None:
            j = aside_end  # "Castillo, 61, had shown": the subject's aside (and a second
            continue  # clause's: "... but that the operator, Petrosur, did not report it"; and
            # after two names: "demand from Saudi Arabia and India, the biggest buyers, had";
            # and after a name the subject ends on: "the lease to Alpin Invest, a company
            # based in Skopje, would bring")
        if w == "," and j + 1 < hi:
            after = j + 1  # past a closing mark: 'were "provocations," without ...'
            while after + 1 < hi and t.low[after] in ("”", '"', "’") and \
                    t.spans[after][0] == t.spans[after - 1][1]:
                after += 1
            nxt = t.low[after]
            if after == j + 1 and not nxt.endswith("ing") and t.is_word(after) and \
                    not t.is_cap(after) and (nxt in FINITE_HINTS or nxt.endswith("ed") or
                                             (_verb(t, after) is not None)) and \
                    (rel := next((x for x in range(k - 1, max(0, k - 25), -1)
                                  if t.low[x] in (",", ".", ";", "who")), None)) is not None \
                    and t.low[rel] == "who" and rel >= 1 and t.low[rel - 1] == "," and \
                    any(t.low[x] in SUBJECT_PRONOUNS or t.low[x] in FINITE_HINTS or
                        verb_like(t, x) for x in range(k, j)):
                return j  # "Muianga, who came second in the vote but says he won, told
                # supporters ...": the relative clause ends, the subject's own verb goes on
            # "had rammed one of its boats, damaging its hull, and fired a water cannon": a
            # harm inside a run of the subject's acts, which goes on after it
            harm_run = nxt in HARM_PARTICIPLES and any(
                t.low[x] == "," and t.low[x + 1] == "and" and t.low[x + 2].endswith("ed")
                for x in range(after + 2, min(hi - 2, after + 10)))
            if nxt.endswith("ly") and after + 1 < hi and t.low[after + 1] in CLAUSE_BREAK and \
                    t.low[after + 1].endswith("ing") and after == j + 1:
                return j  # "..., apparently confirming the town's new approach": the
                # narrator's comment on what was said
            if nxt == "as" and t.low[after + 1:after + 3] == ("well", "as") and \
                    (close := next((c for c in range(after + 3, min(hi - 1, after + 14))
                                    if t.low[c] == ","), None)) is not None and \
                    t.low[close + 1] in FINITE_HINTS:
                j = close + 1  # "rising bills, as well as repairs to the domes, had forced
                continue  # the increases": more of the subject, then its verb
            if nxt == "as" and after == j + 1 and \
                    (close := next((c for c in range(after + 3, min(hi - 1, after + 9))
                                    if t.low[c] == ","), None)) is not None and \
                    (gloss := close - 1 - (t.low[close - 1] in ("locally", "here"))) > after \
                    and t.low[gloss] in NAMING_PARTICIPLES and \
                    t.low[gloss - 1] in ("is", "are", "was", "were", "widely", "often"):
                j = close + 1  # "the tuk-tuks, as the three-wheeled taxis are known, had
                continue  # cracked paving stones": the narrator's gloss on a name, no clause
            if after == j + 1 and (nxt in FINITE_REPORTING or nxt in CONTRASTED_VERBS or
                                   nxt in ("called", "urged", "warned", "denied")) and \
                    j > k + 2 and \
                    any(t.low[x] in FINITE_HINTS or (t.low[x].endswith("ed") and
                                                      not t.is_cap(x)) for x in range(k + 1, j)):
                return j  # "X, which has denied that A, said B": the main clause's verb
            if nxt in ("and", "but") and after + 1 < hi and t.low[after + 1] == "that":
                j = after + 2  # "showed that A, and that B": one speaker's second clause
                continue
            if nxt in CLAUSE_BREAK and (second := _second_that(t, after, hi)) is not None:
                j = second  # "argued that A, as they did for B, and that C": still the speaker's
                continue
            if nxt in OWN_TOLLS and after == j + 1 and \
                    any(w in ("their", "our", "us") for w in t.low[after + 1:after + 4]):
                j = after + 1  # "say hotels are draining the wells, leaving their taps dry":
                continue  # the toll on the speakers themselves, their own complaint
            if nxt == "even" and after == j + 1 and after + 1 < hi and \
                    t.low[after + 1] in ("with", "without", "at", "for", "higher", "lower",
                                         "more", "less", "further"):
                j = after + 1  # "would perform anyway, even without new costumes": the
                continue  # speaker's own rider, no clause (not "even as", "even though")
            if after > j + 1 and nxt in CLAUSE_BREAK and not harm_run:
                return after
            span = after + 1 if after + 1 < hi and (
                t.low[after + 1] in SPANS_OF_TIME or
                (nxt in ("a", "one") and t.low[after + 1] in SPAN_OF_TIME)) else after
            if after == j + 1 and nxt == "the" and after + 2 < hi and \
                    t.low[after + 1] in RANKS and t.low[after + 2] in ("in", "of") and \
                    any(t.low[x] in FINITE_HINTS for x in range(k, j)):
                return j  # "..., the latest in a series of seizures that ...": the narrator's
                # appositive ranking the event just reported
            if (t.low[span] in SPANS_OF_TIME or t.low[span] in SPAN_OF_TIME) and \
                    span + 1 < hi and \
                    t.low[span + 1] in ("after", "before", "since") and span - after <= 1 and \
                    any(t.low[x] in FINITE_HINTS or t.low[x] in PAST_TENSES or
                        (t.low[x].endswith("ed") and x > k and not t.is_cap(x))
                        for x in range(k, j)):
                return j  # "..., (two) weeks after a newspaper revealed ...": the narrator's
            # (and "..., a day after the council ordered them out"; after any past tense:
            # "admitted that hackers stole the records, weeks after it told regulators")
            if nxt == "in" and after + 2 < hi and t.low[after + 1] in ("a", "an") and \
                    t.low[after + 2] in SUMMARY_NOUNS:
                return j  # "..., in a move likely to anger Beijing": the narrator's comment
            # '..., a remark that drew criticism': an appositive about the whole statement
            rel = next((x for x in range(after + 2, min(hi, after + 5))
                        if t.low[x] in ("that", "which")), None) if nxt in ("a", "an") else None
            head = rel - 1 - (t.low[rel - 1] in PREPOSITIONS) if rel is not None else after
            if nxt in ("a", "an") and rel is not None and after == j + 1 and t.is_cap(j - 1) \
                    and t.low[head] not in SUMMARY_NOUNS and \
                    t.low[head] not in SUMMED_EVENTS and t.is_word(head):
                j = rel  # "still used R-22, a gas that Canada banned in 2020": what the name
                continue  # last reported is, in the same words (not ", a step that ...")
            if nxt in ("a", "an") and (rel is not None or
                                       (after + 1 < hi and t.low[after + 1] in SUMMARY_NOUNS) or
                                       (after + 2 < hi and t.low[after + 2] in SUMMARY_NOUNS and
                                        t.is_word(after + 1) and not t.is_cap(after + 1)) or
                                       (after + 3 < hi and t.is_word(after + 1) and
                                        not t.is_cap(after + 1) and
                                        t.low[after + 2] in SUBJECT_PRONOUNS and
                                        t.low[after + 3] in lexicon.reporting_verbs())):
                return after  # (", an idea the mayor said she was open to"; ", an unusual step
                # aimed at bringing down prices"; ", a feat it said no private company had
                # achieved")
            if nxt == "the" and after + 2 < hi and t.low[after + 1] in RANKS and j > k + 3 and \
                    (role_noun(t.low[after + 2]) or agent_noun(t.low[after + 2])) and \
                    not any(t.low[x] in (",", ";", ":") for x in range(after, hi)):
                return j  # "..., the first witness to testify in a trial": about the speaker
            if nxt == "but" and after == j + 1 and after + 2 < hi and \
                    t.low[after + 1] == "not" and \
                    t.low[after + 2] in ("the", "a", "an", "to", "for", "in", "on", "at", "by"):
                j = after + 2  # "would allow a small increase, but not the suspension of ...":
                continue  # the same clause, its verb left out
            if nxt == "and" and after == j + 1 and not inside and \
                    (mod := next((x for x in range(after + 2, min(hi, after + 5))
                                  if t.low[x] in ("would", "could", "might")), None)) \
                    is not None and t.low[after + 1] in ("the", "its", "their", "this") and \
                    all(t.is_word(x) and not t.is_cap(x) and not verb_like(t, x)
                        for x in range(after + 1, mod)):
                j = after + 1  # "said the fee would rise to 80,000 pesos, and the money would
                continue  # pay for rangers": the same report, its second clause backshifted
            if nxt == "but" and after == j + 1 and after + 2 < hi and \
                    t.low[after + 1] == "had" and t.is_word(after + 2) and \
                    not ((v := _verb(t, after + 2)) is not None and v.speech):
                j = after + 1  # "used to receive a third of the fee, but had been paid nothing
                continue  # since": the same subject's clause, backshifted, its subject left out
            if nxt == "but" and after == j + 1 and _reported_but(t, after + 1, hi):
                j = after + 1  # "could help, but strong winds were likely to push": the
                continue  # same speaker's clause, in the reported past
            if after == j + 1 and nxt.endswith("ed") and after + 1 < hi and \
                    t.low[after + 1] in ("in", "by", "on", "last", "earlier", "under") and \
                    not any(t.low[x] in FINITE_HINTS for x in range(k, j)) and \
                    (close := next((c for c in range(after + 2, min(hi - 1, after + 8))
                                    if t.low[c] == ","), None)) is not None and \
                    t.low[close + 1] in FINITE_HINTS and \
                    all(t.is_word(x) for x in range(after, close)):
                j = close + 1  # "said new licensing rules for short-term lets, introduced in
                continue  # 2023, were meant to ...": an aside on the subject, then its verb
            if nxt in FINITE_HINTS and after == j + 1 and _subject_aside(t, k, j):
                j = after  # "say a shortage of wild agave, driven by soaring demand, has
                continue  # pushed prices up": an aside on the clause's subject, then its verb
            if nxt == "as" and after == j + 1 and after + 2 < hi and \
                    t.low[after + 1] in ("it", "they", "he", "she", "we") and \
                    t.low[after + 2] in ("had", "has", "have", "did", "does", "do") and \
                    (after + 3 >= hi or t.low[after + 3] in ELLIPSIS_AFTER):
                j = after + 3  # "it would comply, as it had in previous years": the speaker's
                continue  # own comparison, its verb left out (not "as it has struggled")
            if nxt == "while" and after == j + 1 and \
                    (mod := next((x for x in range(after + 2, min(hi, after + 10))
                                  if t.low[x] in ("would", "could", "might")), None)) \
                    is not None and \
                    all(t.is_word(x) and not t.is_cap(x) and not verb_like(t, x)
                        for x in range(after + 1, mod)) and \
                    not any((v := _verb(t, x)) and v.speech for x in range(mod, hi)):
                j = after + 1  # "said a ticket would rise to 8 euros, while residents with
                continue  # passes would keep riding": the same report's contrast, backshifted
            if nxt == "while" and after == j + 1 and _while_contrast(t, after + 1, hi):
                j = after + 1  # "sold for about 800 dollars, while the exporter, Toquilla
                continue  # Export, charged 90 dollars": the speaker's own contrast
            if nxt == "and" and after == j + 1 and _appraisal_follows(t, after + 1, hi):
                j = after + 1  # "say they have been cut off ..., and the city's transport
                continue  # company appears in no hurry to fix them": their own appraisal
            if (nxt in CLAUSE_BREAK and not harm_run) or (nxt in FINITE_HINTS and j > k + 2):
                return j
            verb = _verb(t, after)
            if verb and nxt in ("asking", "urging", "requesting", "begging", "imploring") and \
                    after == j + 1 and \
                    any(t.low[x] in ("had", "has", "have") and t.low[x + 1] in MESSAGE_ACTS
                        for x in range(k, j - 1)):
                j = after  # "said she had written to the minister, asking him to keep the
                continue  # subsidy": the letter's asking, inside what she said (not "had
                # appealed, arguing that", "calling its conduct": the speaker's next act)
            if verb and nxt.endswith("ing"):
                return j
            for v in range(j + 2, min(hi, j + 9)):
                if t.low[v] in (",", ".", ";"):
                    break
                verb = _verb(t, v)
                if verb and verb.speech and not _is_noun_use(t, v):
                    m = mention_left(t, v, j + 1)
                    if m and m[0] == j + 1:
                        return j
                    break
        j += 1
    while j > k and t.low[j - 1] in SENTENCE_END:
        j -= 1
    return j


#: what follows an auxiliary whose verb is left out: "as it had in previous years", "as it
#: has done before", "as they did last year"
ELLIPSIS_AFTER = frozenset({"done", "in", "during", "last", "before", "with", "for", "since",
                            "under", "at", "on", "when", "after", "then", ".", ",", ";"})
#: what a document does with what it holds: "An autopsy found", "the inquiry suggested"
FINDINGS_VERBS = frozenset({"found", "showed", "suggested", "finds", "shows", "suggests"})
#: verbs that bid someone do something ("asked residents to take shorter showers")
BIDDING = frozenset({"ask", "urge", "call", "tell", "order", "instruct", "advise", "beg"})


def _bid_end(t: Tokens, start: int, end: int) -> int:
    """Where a bidding verb's request ends: before a bare ``as`` that opens the narrator's
    circumstance (``asked residents to keep windows closed as a week of freezing
    temperatures pushed demand ...``), once the request's ``to`` has come."""
    to = next((x for x in range(start, end) if t.low[x] == "to"), None)
    if to is None:
        return end
    for x in range(to + 2, end - 2):
        if t.low[x] == "as" and t.is_word(x - 1) and \
                t.low[x - 1] not in ("such", "well", "soon", "as", "same", "so", "just") and \
                (t.low[x + 1] in ("a", "an", "the", "their", "its", "his", "her", "more",
                                  "many", "most", "thousands", "hundreds", "millions") or
                 t.low[x + 1][:1].isdigit()) and \
                not any(t.low[y] == "as" for y in range(x + 1, min(end, x + 4))) and \
                any(verb_like(t, y) or (t.low[y].endswith("ed") and t.is_word(y - 1) and
                                        not t.is_cap(y))
                    for y in range(x + 3, min(end, x + 9))):
            return x  # (not "urged people not to treat coffee as a cure"; and "told offices
            # to open an hour late as more than half a million students sat the exam")
    return end


#: a relative clause's first verb after "that": "a rule that would require"
RELATIVE_VERBS = frozenset({"would", "will", "could", "can", "may", "might", "must", "should",
                            "has", "have", "had", "is", "are", "was", "were"})
#: verbs whose object may come before their "that" ("told reporters that", "warned
#: the board that")
TELLING = frozenset({"tell", "warn", "remind", "assure", "inform", "notify", "convince",
                     "persuade", "promise", "ask", "advise", "show", "teach", "caution",
                     "reassure", "urge", "brief", "write"})


#: finite verbs of the reported past: a clause after "but" that opens with a subject and
#: one of these goes on reporting ("but most would comply", "but investigators had not")
BACKSHIFTED = frozenset({"would", "could", "was", "were", "had", "might", "should"})
#: acts of sending word, whose participle after a comma is the message's own ("had written
#: to the minister, asking him")
MESSAGE_ACTS = frozenset({"written", "sent", "appealed", "petitioned", "phoned", "called",
                          "emailed"})
#: the reporting verbs of demand (lemmas), whose "that" clause takes the plain verb
#: ("demanding that the government buy latex"), never a tense of its own
DEMANDS = frozenset({"demand", "urge", "ask", "request"})


#: what follows "only" when it times an act as late: "told regulators only in March"
_LATE_TIMES = frozenset({"in", "on", "last", "after", "when", "this", "weeks", "days",
                         "months", "years", "once"})


def _late_act(t: Tokens, a: int, hi: int) -> bool:
    """Whether the clause from ``a`` (after "but") is a past verb with no subject of its own
    whose act is timed "only ..." a few words on (``but told regulators only in March``):
    the reported subject's own act, charged as late, so the speaker's clause goes on."""
    if a + 2 >= hi or not t.is_word(a) or t.is_cap(a) or _verb(t, a) is None or \
            not (t.low[a].endswith("ed") or t.low[a] in PAST_TENSES or
                 t.low[a] in ("told", "said")):
        return False
    return any(t.low[x] == "only" and t.low[x + 1] in _LATE_TIMES
               for x in range(a + 1, min(hi - 1, a + 5)))


def _reported_but(t: Tokens, a: int, hi: int) -> bool:
    """Whether the clause from ``a`` (after ", but") has its own lower-case subject and a
    verb in the reported past (``strong winds were likely``, ``most would comply``), so the
    speaker's reported clause goes on; not a second act of the speaker (``but warned``,
    ``but he signalled``) nor a new, present-tense actor (``but officials suspect``)."""
    if a >= hi or t.low[a] in ("he", "she", "i", "we") or not t.is_word(a) or \
            _verb(t, a) is not None:
        return False
    for x in range(a + 1, min(hi, a + 5)):
        if t.low[x] in BACKSHIFTED:
            return all(t.is_word(y) and not t.is_cap(y) and
                       not ((verb := _verb(t, y)) is not None and verb.speech)
                       for y in range(a, x))  # (not "but analysts agreed it was")
        if not t.is_word(x):
            return False
    return False


def _appraisal_follows(t: Tokens, a: int, hi: int) -> bool:
    """Whether a clause opening at token ``a`` (after ", and") is a noun phrase of a few words
    and then "appears"/"seems": how things look to the speakers, which wire copy leaves to
    them, not the narrator's next fact."""
    for x in range(a + 1, min(hi, a + 7)):
        if t.low[x] in ("appears", "appear", "seems", "seem"):
            return t.low[a] in ("the", "its", "their", "his", "her") and \
                all(t.is_word(y) and not verb_like(t, y) for y in range(a + 1, x))
    return False


def _acts_on_subject(t: Tokens, k: int, j: int) -> bool:
    """Whether "and <verb>ed him/her" at token ``j`` acts on the person who opens the
    reported clause at ``k`` (a given name of that gender, or "the man"/"the woman"), with no
    other name or person between to be the one meant: then the verb is the speaker's own
    (``Police said the man had fled and arrested him``), not more of what was reported."""
    verb, obj = t.low[j + 1], t.low[j + 2]
    if t.is_cap(j + 1) or not (verb.endswith("ed") or verb in PAST_TENSES):
        return False
    want = "male" if obj == "him" else "female"
    if t.low[k] == "the" and k + 1 < j:
        gender = {"man": "male", "boy": "male", "woman": "female", "girl": "female"}.get(
            t.low[k + 1])
        rest = k + 2
    elif t.is_cap(k) and t.is_word(k):
        gender = lexicon.given_names().get(t.low[k])
        rest = k + 1
        while rest < j and t.is_cap(rest) and t.is_word(rest):
            rest += 1
    else:
        return False
    return gender == want and not any(
        (t.is_cap(x) and t.is_word(x)) or t.low[x] in PERSON_NOUNS or
        singular(t.low[x]) in PERSON_NOUNS for x in range(rest, j))


def _clause_goes_on(t: Tokens, k: int, j: int, hi: int) -> bool:
    """Whether the verb after the ``and`` at ``j`` is the reported clause's own (from
    ``k``), not a second act of the speaker's: after a modal perfect (:func:`_modal_clause`);
    a past verb after a present ``says`` (``The complaint says Brightpath advertised low
    prices and revealed fees``); a second participle of one passive (``relocation had been
    studied and rejected``). Never when a ``that`` follows the verb ("Aides say it is too
    early, but noted that ...")."""
    if _modal_clause(t, k, j):
        return True
    if t.low[j] == "but" and _late_act(t, j + 1, hi):
        return True  # "had received 200 complaints but told regulators only in March"
    if not t.low[j + 1].endswith("ed") or (j + 2 < hi and t.low[j + 2] == "that"):
        return False
    v = k - 2 if k >= 2 and t.low[k - 1] == "that" else k - 1
    if v >= 0 and t.low[v] in ("says", "say"):
        return True
    if j + 2 < hi and t.low[j + 2] in OBJECT_OPENERS and \
            (t.low[j + 1] in CONTRASTED_VERBS or t.low[j + 1] in LABELLING_VERBS):
        return False  # "it had paid most of what was owed and accused the companies of",
        # "had not been consulted and called the exemption '...'": an act with its object,
        # no passive's second participle
    return j >= 2 and t.low[j - 1].endswith("ed") and t.low[j - 1] not in FEELINGS and \
        t.low[j - 2] in ("been", "was", "were", "is", "are", "be", "being")


#: words that open a verb's object ("accused the companies", "called it")
OBJECT_OPENERS = frozenset({"the", "its", "their", "his", "her", "a", "an", "it", "them",
                            "this", "that", "him"})
#: verbs that put a label on their object ("called the exemption 'a favour'")
LABELLING_VERBS = frozenset({"called", "branded", "labelled", "labeled", "dubbed", "termed",
                             "described"})


#: participles that name a state of mind, adjectives after "was" ("it was disappointed and
#: blamed ...": a feeling, then the speaker's second act, no passive)
FEELINGS = frozenset({"disappointed", "concerned", "pleased", "satisfied", "surprised",
                      "shocked", "saddened", "delighted", "determined", "relieved", "worried",
                      "frustrated", "outraged", "alarmed", "encouraged", "committed",
                      "prepared", "heartbroken", "devastated", "appalled", "dismayed"})


def _modal_clause(t: Tokens, k: int, j: int) -> bool:
    """Whether the reported clause ``k..j`` opens on a noun subject (not a pronoun that may
    be the speaker) with a modal perfect: "the bill would have blown a hole in the budget
    and threatened the surplus" goes on with the bill's second act."""
    if t.low[k] not in ("the", "this", "that", "its", "his", "her", "their"):
        return False
    return any(t.low[x] in ("would", "could", "might", "will") and t.low[x + 1] == "have"
               for x in range(k + 1, min(j - 1, k + 6)))


def _speaks_itself(t: Tokens, k: int, hi: int) -> bool:
    """Whether the relative clause from ``k`` (just past ``which``/``who``) is its
    antecedent's own report: ``which has said the releases are safe``, ``who warned that``
    (not ``which he said had been``, the outer speaker's words)."""
    if k < hi and t.low[k] in ("has", "have", "had"):
        k += 1
    if k >= hi:
        return False
    verb = _verb(t, k)
    if verb is not None and verb.lemma == "accuse" and \
            any(t.low[x] == "of" for x in range(k + 1, min(hi, k + 5))):
        return True  # "a lawsuit by the federation, which accuses it of selling ...": the
        # federation's own charge
    return verb is not None and verb.speech and verb.lemma not in INFERRING and \
        verb.complement == "that" and \
        k + 1 < hi and (t.low[k + 1] == "that" or (verb.lemma not in NP_PRONE and
                                                    _clause_begins(t, k + 1, hi, lenient=True)))


#: where a speech act happens ("in a statement", "on social media"), closing a gerund report
SPEECH_VENUES = frozenset({"statement", "interview", "post", "letter", "video", "speech",
                           "media", "television", "radio"})
#: words before a past participle inside an infinitive clause ("to have failed", "to be
#: named", "to get paid"): no new finite verb
INFINITIVE_AUX = frozenset({"to", "be", "been", "being", "have", "has", "had", "get", "got",
                            "was", "were", "is", "are", "and", "or", "not", "never", "who",
                            "which", "that", "they", "we", "he", "she", "it", "i", "you"})


def _second_that(t: Tokens, k: int, hi: int) -> int | None:
    """Where ``, and that`` reopens the reported clause after an aside that starts at ``k``
    (``argued that A, as they did for recent hosts, and that B``): the token after *that*."""
    for c in range(k + 1, min(hi - 3, k + 12)):
        w = t.low[c]
        if w in (";", ":", ".", "“", "”", '"'):
            return None
        if w == "," and t.low[c + 1] in ("and", "but") and t.low[c + 2] == "that":
            return c + 3
    return None


def _object_complement(t: Tokens, k: int, hi: int) -> bool:
    """The words from ``k`` are an object and what it is declared to be (``water scarcity
    a national priority``): a second noun phrase opens before any finite verb."""
    for x in range(k + 1, min(hi, k + 8)):
        if t.low[x] in FINITE_HINTS or not t.is_word(x) or verb_like(t, x) or \
                t.low[x] in ("that", "which", "who"):
            return False
        if t.low[x] in ("a", "an") and not t.is_cap(x):
            return True
    return False


def _subject_aside(t: Tokens, k: int, j: int) -> bool:
    """The reported clause opening at ``k`` is so far a noun phrase (``a shortage of wild
    agave``) and an aside opening with a past participle (``, driven by demand``), a name
    (``, Hadibu``) or a list that says what a short subject is (``krill, tiny crustaceans
    eaten by whales, penguins and seals``) closes at the comma ``j``: the clause's verb is
    still to come (and so past a clause the report opens on, to the one its ``that`` opens:
    "said an inspection had found that the mayor, Aliou Gning, had signed")."""
    k = next((x + 1 for x in range(j - 1, k, -1) if t.low[x] == "that" and
              (t.low[x - 1] in lexicon.reporting_verbs() or t.low[x - 1] in FINDINGS_VERBS)),
             k)
    first = next((x for x in range(k + 1, j) if t.low[x] == ","), None)
    if first is not None and 1 <= first - k <= 3 and 3 <= j - first - 1 <= 14 and \
            all(t.is_word(x) and not t.is_cap(x) for x in range(k, first)) and \
            t.low[first + 1] not in FINITE_HINTS and t.low[first + 1] not in ("who", "which") and \
            "and" in t.low[first + 1:j] and \
            all(t.low[x] == "," or (t.is_word(x) and t.low[x] not in FINITE_HINTS and
                                    not verb_like(t, x)) for x in range(first + 1, j)):
        return True  # "say krill, tiny crustaceans eaten by whales, penguins and seals, are
        # concentrated": a short subject, then the list that says what it is
    if first is not None and 1 <= first - k <= 3 and first + 1 < j and \
            t.low[first + 1] == "from" and j - first - 1 <= 10 and \
            all(t.is_word(x) and not t.is_cap(x) for x in range(k, first)) and \
            all(t.is_word(x) and t.low[x] not in FINITE_HINTS and not verb_like(t, x)
                for x in range(first + 1, j)):
        return True  # "said the reporters, from the independent daily Dnevni Glas, had
        # followed lawmakers": where a short subject comes from, then its verb
    c = next((x for x in range(j - 1, k, -1) if t.low[x] == ","), None)
    if c is not None and 2 <= c - k <= 14 and 1 <= j - c - 1 <= 4 and \
            all(t.is_cap(x) and t.is_word(x) for x in range(c + 1, j)) and \
            t.is_word(c - 1) and not t.is_cap(c - 1) and \
            all(t.is_word(x) or t.low[x] in ("'", "’", "'s", "’s") for x in range(k, c)) and \
            not any(t.low[x] in FINITE_HINTS or verb_like(t, x) for x in range(k, c)):
        return True  # "say construction of a new port near the island's capital, Hadibu, is
        # smothering reefs": a name set off inside the subject, then its verb
    if c is not None and 2 <= c - k <= 4 and 3 <= j - c <= 16 and t.low[k] in DETERMINERS and \
            t.low[c + 1] in ("of", "about", "some", "roughly", "nearly", "just", "only") and \
            any(t.low[x][:1].isdigit() for x in range(c + 2, j)) and \
            not any(t.low[x] in FINITE_HINTS or t.low[x] in ("that", "which", "who")
                    for x in range(k, j)):
        return True  # "said the charges, of up to 8 pounds ($10) a day, would raise": the
        # amount set off inside the subject, then its verb
    if c is None or not 2 <= c - k <= 8 or not 2 <= j - c <= 10 or t.low[k] not in DETERMINERS:
        return False
    opener = t.low[c + 1]
    return opener.endswith(("ed", "en")) and opener not in FINITE_HINTS and \
        not t.is_cap(c + 1) and all(
            t.is_word(x) and t.low[x] not in FINITE_HINTS and
            t.low[x] not in ("that", "which", "who") and
            (not t.low[x].endswith("ed") or x == k + 1) for x in range(k, c)) and \
        all(t.is_word(x) for x in range(c + 1, j))


#: words that open a relative clause or a prepositional phrase, not a noun set off in
#: apposition ("the videos, in which Moindjie accused ...,": a clause of its own)
RELATIVE_OPENERS = frozenset({"in", "on", "at", "by", "for", "with", "from", "of", "to",
                              "which", "who", "whom", "whose", "where", "when", "that"})


def _participle_aside_end(t: Tokens, a: int, hi: int) -> int | None:
    """The comma closing a participle aside that opens at ``a`` and holds an amount
    (``estimated at more than $10 billion a year,``, ``running at about 33%,``), else None."""
    for x in range(a + 1, min(hi, a + 16)):
        if t.low[x] == ",":
            return x
        if not (t.is_word(x) or t.low[x] in ("$", "%", "€", "£", ".", "-", "(", ")")):
            return None  # (an amount converted in brackets is part of it: "costing 1.2
            # billion Namibian dollars ($65 million),")
    return None


def _appositive_end(t: Tokens, comma: int, hi: int) -> int | None:
    """After the subject of a reported clause, an aside between commas (``Castillo, 61,
    had shown``, ``the mayor, a Democrat, has said``, ``the aircraft, operated by Summit,
    was loaded``): the token after its closing comma, when a finite verb follows; else None."""
    a = comma + 1
    if a < hi and t.low[a].isdigit() and a + 2 < hi and t.low[a + 1] == ",":
        close = a + 1
    elif a < hi and (t.low[a] in ("a", "an", "the") or
                     ((t.low[a].endswith("ed") or t.low[a] in IRREGULAR_PARTICIPLES or
                       t.low[a] in PURPOSED or
                       (t.low[a] == "to" and t.low[a + 1:a + 2] == ("be",))) and
                      not t.is_cap(a))):  # (and "the mine, to be run by X, would create")
        close = next((x for x in range(a + 1, min(hi, a + 8)) if not t.is_word(x)), None)
        if close is None or t.low[close] != ",":
            close = _participle_aside_end(t, a, hi)
            if close is None:
                return None
    elif a + 1 < hi and t.low[a] in ("mostly", "mainly", "largely", "many", "most", "some",
                                     "all") and t.low[a + 1] in ("from", "of", "in"):
        # "her clients, mostly from China, Brazil and the United States, had bought": a list
        # inside the aside, closed by the comma after its "and"
        conj = next((x for x in range(a + 2, min(hi, a + 14)) if t.low[x] in ("and", "or")),
                    None)
        close = next((x for x in range(conj + 1, min(hi, conj + 6)) if t.low[x] == ","),
                     None) if conj is not None else None
        if close is None:
            return None
    elif a + 1 < hi and t.low[a] == "or" and t.is_word(a + 1):
        # "about 9,000 trainee doctors, or roughly 70% of the total, had left": the same
        # subject said another way
        close = next((x for x in range(a + 2, min(hi, a + 10))
                      if not t.is_word(x) and t.low[x] not in ("%", "$", "€", "£", "-")),
                     None)
        if close is None or t.low[close] != ",":
            return None
    elif a < hi and t.low[a].endswith("ing") and not t.is_cap(a):
        close = _participle_aside_end(t, a, hi)  # "inflation, running at about 33%, had"
        if close is None:
            return None
    elif a < hi and t.low[a] == "worth":
        close = _participle_aside_end(t, a, hi)  # "the contracts, worth a combined $1.9
        if close is None:  # billion, would finally turn"
            return None
    elif a < hi and t.is_word(a):  # "the drug, donasimab, had been shown": a name for it
        # (a capitalised name may be longer: "the group, Students for Justice in Palestine,")
        reach = a + 8 if t.is_cap(a) or t.low[a] in ("of", "with") else a + 6
        if any(t.low[x][:1].isdigit() for x in range(a, min(hi, a + 4))):
            reach = a + 9  # a measure of the subject: "the coaches, up to 90 a day in summer,"
        # (and a measure: "the new fines, of up to 30,000 rupees per farm, were needed")
        close = next((x for x in range(a + 1, min(hi, reach))
                      if not t.is_word(x) and t.low[x] not in ("%", "$", "€", "£", "-")),
                     None)  # (past a figure: "inflation, already above 30%, could rise")
        if (close is None or t.low[close] != ",") and not t.is_cap(a) and \
                (part := next((x for x in range(a + 1, min(hi, a + 4))
                               if participle_form(t, x)), None)) is not None and \
                all(t.is_word(x) and t.low[x] not in RELATIVE_OPENERS for x in range(a, part)):
            close = _participle_aside_end(t, part, hi)  # "the stromatolites, rock-like
            # formations built by bacteria over thousands of years, had lost": a noun and
            # its participle's phrase
        if close is None or t.low[close] != ",":
            return None
    else:
        return None
    if close + 2 < hi and t.is_cap(close + 1) and t.low[close + 1] not in FINITE_HINTS:
        # "the system, run by a private company, TicketAndes, has taken": the company's
        # name set off inside the aside
        name_end = next((x for x in range(close + 2, min(hi, close + 6))
                         if not t.is_word(x)), None)
        if name_end is not None and t.low[name_end] == "," and \
                all(t.is_cap(x) for x in range(close + 1, name_end)):
            close = name_end
    if close + 1 < hi and t.low[close + 1].endswith("ed") and len(t.low[close + 1]) > 4 and \
            not t.is_cap(close + 1) and t.low[a].endswith("ed"):
        return close + 1  # "fires, fueled by a severe drought, threatened to": a past verb
    return close + 1 if close + 1 < hi and t.low[close + 1] in FINITE_HINTS else None


def _charges_someone(t: Tokens, k: int) -> bool:
    """Whether the object at ``k`` of a verb *charge* is someone accused (``charged the
    company with``, ``charged him``), not a price asked (``charged rent``, ``charged $5``)."""
    if k >= len(t):
        return False
    if t.is_cap(k) or t.low[k] in ("him", "her", "them", "us", "me", "it") or \
            t.low[k] in ("with", "that"):
        return True
    return t.low[k] in ("the", "a", "an", "its", "their") and k + 1 < len(t) and \
        (t.is_cap(k + 1) or role_noun(t.low[k + 1]) or agent_noun(t.low[k + 1]))


def _skip_to_clause(t: Tokens, v: int, hi: int, verb: lexicon.Verb) -> int | None:
    """First token of the reported clause after verb ``v``, or None."""
    k = v + 1
    if k < hi and t.low[k] in ('"', "“") and verb.complement == "that" and \
            (c := next((x for x in range(k + 1, hi) if t.low[x] in ('"', "”")), None)) \
            is not None and c + 2 < hi and t.low[c + 1] == "and" and t.low[c + 2] == "that":
        return k  # 'said "no feast is worth a life" and that the government would help':
        # the quoted words open the reported clause that goes on after them
    if k + 2 < hi and t.low[k] in ("that", "this", "it") and t.low[k + 1] == "," and \
            t.low[k + 2].endswith("ing") and not t.is_cap(k + 2):
        return None  # "The city denied that, saying ...": an object, then its own participle
    if v >= 1 and t.low[v - 1] == "who" and k < hi and \
            t.low[k] in ("the", "a", "an", "its", "their", "his", "her") and \
            (c := next((x for x in range(k + 1, min(hi, k + 6)) if t.low[x] == ","), None)) \
            is not None and c + 1 < hi and t.is_cap(c + 1) and \
            all(t.is_word(x) and not t.is_cap(x) and not verb_like(t, x) and
                t.low[x] not in FINITE_HINTS for x in range(k + 1, c)):
        return None  # "The clockmaker who maintains the mechanism, Petr Sedláček, rejected
        # that": what the one named next does, a relative clause before their name
    if verb.lemma == "threaten" and k < hi and t.low[k] in ("a", "an", "the"):
        return None  # "threatening a tradition that dates back to": a danger to a thing,
        # whose relative clause no one reports
    if verb.lemma == "question" and k < hi and \
            t.low[k] not in ("whether", "how", "why", "if", "what", "that", "when", "who"):
        return None  # "questioned public works officials over ...": whom they asked, no
        # clause of their own (but "questioned whether the plan would work")
    if verb.lemma in ("point out", "lash out") and k < hi and t.low[k] == "out":
        k += 1
    if verb.lemma == "agree" and k + 3 < hi and (to := next(
            (x for x in range(k, min(hi - 1, k + 5))
             if t.low[x] == "to" and not t.is_cap(x + 1) and t.is_word(x + 1)), None)) \
            is not None and not any(t.low[x] in ("that", "the", "a", "an", "its", "their") or
                                    t.low[x] in FINITE_HINTS for x in range(k, to)):
        return None  # "EU ministers agreed late on Monday to keep the fishery closed": a
        # decision taken, no words reported (but "agreed that the stock was collapsing")
    if verb.lemma == "agree" and k < hi and t.low[k] in ("a", "an"):
        return None  # "Nearly 200 countries agreed a climate deal ... that triples finance":
        # a deal struck, whose "that" opens a relative clause, nothing said
    if k + 2 < hi and t.low[k] == "on" and t.low[k + 1] in WEEKDAYS and t.low[k + 2] == "to":
        k += 2  # "threatened on Tuesday to blockade the port": past the day
    if k + 2 < hi and t.low[k] == "," and t.low[k + 1] in ASIDES and t.low[k + 2] == ",":
        k += 3  # "have warned, however, that ...": past a discourse aside
    if k < hi and t.low[k] in ("after", "before", "when", "once") and verb.complement == "that":
        # "said after it passed that they would comply": past a time clause
        x = next((x for x in range(k + 1, min(hi, k + 8))
                  if t.low[x] == "that" or not t.is_word(x)), None)
        if x is not None and t.low[x] == "that" and x + 2 < hi and x > k + 2:
            return x + 1
    if k < hi and t.low[k] in ("where", "whether", "why", "how", "what", "who") and \
            verb.lemma not in WH_VERBS:
        return None  # "He did not say where the money would come from": nothing reported
    if k < hi and t.low[k] in ("would", "could", "will", "may", "might") and \
            verb.complement == "that" and t.low[v] in ("warned", "said", "says", "say", "warn",
                                                       "warns", "predicted", "fear", "feared"):
        return k  # "a move scientists warned could damage ecosystems": a gap, its subject
        # the thing said before the speaker
    if k < hi and t.low[k] in ("was", "is", "were", "are") and \
            t.low[v] in ("said", "says", "say") and "what" not in t.low[max(0, v - 6):v] and \
            any(t.low[x] in SUMMED_ACTS and t.low[x - 1] in ("a", "an", "the")
                for x in range(max(1, v - 8), v)):
        return k  # "a move the university running the trial said was premature": the act
        # summed up before the speaker is the gap's subject (not "what she said was true")
    if verb.lemma == "say" and k + 1 < hi and t.low[k] in QUANTIFIERS and \
            t.low[k] not in NUMBER_WORDS and t.is_word(k + 1) and not t.is_cap(k + 1) and \
            t.low[k + 1] not in TIME_WORDS and t.low[k + 1] not in SPAN_NOUNS:
        return k  # "saying many contain mercury and steroids that damage the skin": a
        # quantifier opens the clause ("say" names no addressee; but "said several times
        # that": how often)
    # "that" within a few tokens, with no punctuation between -- or, after a
    # prepositional phrase, with commas ("says at a stop in Toledo, Ohio, that")
    pp = k < hi and t.low[k] in PREPOSITIONS
    if verb.lemma == "complain" and k < hi and t.low[k] in ("of", "about"):
        return None  # "residents complain of a stench that hangs over the city": what they
        # complain of, then a relative clause, no reported one
    if verb.lemma == "argue" and k + 1 < hi and t.low[k] in ("over", "about") and \
            t.low[k + 1] in ("whether", "how", "what", "who", "which", "where", "when"):
        return None  # "are arguing over whether to lift a cap that limits ...": a dispute
        # over a question, no clause argued
    inside = False
    past = -1  # an aside skipped up to here: "told Linda Harrow, 61, that"
    for j in range(k, min(hi, k + (14 if pp else 12))):
        if j <= past:
            continue
        if not pp and j >= k + (12 if past >= 0 or (verb.lemma == "tell" and k + 1 < hi and
                                                    t.low[k + 1] in PREPOSITIONS) else 9):
            break  # ("told employees in an email seen by The Associated Press that")
        w = t.low[j]
        if j == k and verb.lemma == "say" and w.endswith("ed") and len(w) > 4 and \
                t.is_word(j) and not t.is_cap(j) and w not in ("based", "used"):
            break  # "a move her party said threatened the peace deal that ended the war":
            # the clause's own verb, its subject the noun the attribution follows (not the
            # relative "that" further on)
        if j >= k + 2 and ((w.endswith("ed") and len(w) > 4) or w in IRREGULAR_PAST) and \
                not t.is_cap(j) and \
                verb.complement == "that" and (t.low[k] in ("the", "this", "that") or (
                    verb.lemma == "say" and t.is_word(k) and not t.is_cap(k) and
                    t.low[k] not in PREPOSITIONS and t.low[k] not in TIME_WORDS and
                    t.low[k] not in LEADING_SUBORDINATORS and t.low[k] not in CLAUSE_BREAK and
                    not t.low[k].endswith("ly"))) and \
                all(t.is_word(x) and not t.is_cap(x) and t.low[x] not in PREPOSITIONS and
                    t.low[x] not in ("and", "but", "or") for x in range(k + 1, j)) and \
                j - k <= 3:
            # "said the decision vindicated the government's position that ...", "said
            # cruise tourism brought jobs that ...": a clause with no "that" of its own,
            # whose verb comes before any "that"
            return k
        if w == "," and j > k and j + 3 < hi and t.low[j + 1].isdigit() and \
                len(t.low[j + 1]) <= 3 and t.low[j + 2] == "," and t.low[j + 3] == "that":
            past = j + 2
            continue
        if pp and w == "," and j + 1 < hi and t.low[j + 1] in ("as", "while", "after", "when",
                                                               "because", "since", "though",
                                                               "although", "before", "despite",
                                                               "amid"):
            break  # "said on Wednesday, as drought drains the lake that feeds": another clause
            # (and "said on Wednesday, despite criticism that ...": the narrator's)
        if pp and w == "," and j + 2 < hi and (
                (t.low[j + 1] in SPANS_OF_TIME and t.low[j + 2] in ("after", "before")) or
                (j + 3 < hi and t.low[j + 2] in ANY_SPAN_OF_TIME and
                 t.low[j + 3] in ("after", "before"))) and \
                (x := next((x for x in range(j + 2, min(hi, j + 14)) if t.low[x] == "that"),
                           None)) is not None and t.low[x - 1] != ",":
            break  # "the palace said on Friday, days after an audit found that ...": the
            # narrator's time line, whose "that" is another verb's (not "said on Friday,
            # days after the audit, that")
        if pp and w == "," and j + 1 < hi and t.low[j + 1].endswith("ing") and \
                not t.is_cap(j + 1):
            break  # "said on Thursday, raising fears that ...": the narrator's participle
        if pp and w == "," and j + 2 < hi and t.low[j + 1] == "to" and \
                t.is_word(j + 2) and not t.is_cap(j + 2) and \
                (x := next((x for x in range(j + 2, hi) if t.low[x] in (",", "that")),
                           hi)) < hi and t.low[x] == "that":
            break  # "said on Thursday, to pay for shore power that lets ships ...": the
            # narrator's purpose clause, whose "that" opens a relative
        if pp and w == "," and j + 2 < hi and t.low[j + 1] == "in" and \
                t.low[j + 2] in ("a", "an", "what"):
            break  # "said on Tuesday, in a move to ease pressure on housing that ...": the
            # narrator's aside, whose "that" opens a relative clause
        if pp and w == "," and j + 1 < hi and t.low[j + 1] in ("the", "a", "an"):
            x = next((x for x in range(j + 1, hi) if t.low[x] in (",", "that")), hi)
            if x < hi and t.low[x] == "that":
                break  # "agreed to a ceasefire, the first step toward talks that he has ..."
        if w == "that" and pp and j > k + 1 and t.is_word(j - 1) and not t.is_cap(j - 1) \
                and t.low[j - 1] not in PP_NOUNS and j + 1 < hi and \
                (t.low[j + 1] in FINITE_HINTS or (t.low[j + 1].endswith("ed") and
                                                   not t.is_cap(j + 1)) or
                 (t.low[j + 1].endswith("s") and not t.low[j + 1].endswith("ss") and
                  j + 2 < hi and (t.low[j + 2] in ("the", "a", "an", "one", "more", "about",
                                                   "its", "their") or
                                  t.low[j + 2] in NUMBER_WORDS or t.low[j + 2][:1].isdigit()))):
            # ('warned against "demonising" an industry that employs one in three workers')
            break  # "claims in the Himalayas, ... a dispute that has strained": a relative
        if w == "that" and not pp and j > k + 1 and t.is_word(j - 1) and \
                not t.is_cap(j - 1) and t.low[j - 1] not in PP_NOUNS and j + 1 < hi and (
                    (t.low[k] in CLAUSE_DETERMINERS and verb.lemma not in TELLING and
                     t.low[j - 1] not in TIME_WORDS) or
                    (t.low[k] in ("a", "an") and verb.lemma == "say" and j <= k + 8 and
                     t.low[j - 1] != "ago" and
                     all(t.is_word(x) and t.low[x] not in TIME_WORDS for x in range(k, j)) and
                     t.is_word(j + 1) and not t.is_cap(j + 1) and
                     (t.low[j + 1] in FINITE_HINTS or t.low[j + 1] in IRREGULAR_PAST or
                      (t.low[j + 1].endswith("s") and not t.low[j + 1].endswith("ss")))) or
                    (t.low[k] in QUOTE_CHARS and j > k + 2 and
                     (t.low[j + 1] in FINITE_HINTS or (t.low[j + 1].endswith("ed") and
                                                       not t.is_cap(j + 1))))):
            # 'noted "irregularities" in the transmission of results that should be ...',
            # "alleging the company hid mandatory fees that added ...", "say a sugar factory
            # that buys their cane has not paid them", "said a technical failure at the
            # company that runs the results system had caused": a relative clause
            break
        if w == "that" and j > k + 1 and t.low[j - 1] in ("found", "finds", "showed", "shows") \
                and any(t.low[x] in DOCUMENTS for x in range(k, j - 1)):
            return k  # "said a survey of 2,000 of its members found that ...": what the
            # survey found is said whole, as "said its investigation found that" is
        if w == "that" and j > k and t.low[j - 1] in ("and", "but"):
            break  # "a measure that tenants have demanded for years and that landlords say
            # ...": the verb's object came before it; this "that" opens the next relative
        if w == "that" and (verb.complement == "to" or verb.lemma in ("ask", "tell")) and \
                "to" in t.low[k:j]:  # (and "asked the city to postpone a rule that bans")
            break  # "urged them not to take action that would damage the game": the
            # infinitive is what was urged; this "that" opens a relative inside it
        if w == "that" and verb.lemma == "say" and j > k + 1 and j + 2 < hi and \
                t.low[j + 1] in ("are", "is", "were", "was") and \
                t.low[k] not in PREPOSITIONS and t.low[k] not in TIME_WORDS and \
                t.low[k] not in AFTER_ATTRIBUTION and \
                all(t.is_word(x) and t.low[x] not in FINITE_HINTS for x in range(k, j)):
            return k  # "said wastewater from industrial zones that are overseen by the
            # ministry had fed an algae bloom": a subject relative inside the clause's subject
        if w == "that" and verb.lemma == "say" and j > k and j + 3 < hi and \
                t.is_word(j + 1) and not t.is_cap(j + 1) and \
                t.low[j + 1] not in CLAUSE_DETERMINERS and \
                t.low[j + 1] not in SUBJECT_PRONOUNS and \
                t.low[j + 1] not in INDEFINITE_SUBJECTS and not t.low[j + 1][:1].isdigit() and \
                t.low[k] not in PREPOSITIONS and t.low[k] not in TIME_WORDS and \
                t.low[k] not in AFTER_ATTRIBUTION and not t.low[k].endswith("ly") and \
                all(t.is_word(x) and not t.is_cap(x) and t.low[x] not in FINITE_HINTS and
                    t.low[x] not in TIME_WORDS for x in range(k, j)) and \
                (main := next((x for x in range(j + 2, min(hi, j + 9))
                               if not t.is_word(x) or t.low[x] in ("was", "were", "is", "are")),
                              None)) is not None and t.is_word(main):
            return k  # "said warmer water and overfishing of the fish that eat young
            # jellyfish were probably to blame": the relative sits in the clause's subject,
            # whose own verb comes after it
        if w == "that" and verb.lemma == "say" and not pp and j > k + 1 and j + 1 < hi and \
                t.low[j + 1] in RELATIVE_VERBS and plain_after_article(t, k, j):
            break  # "say a proposed fire safety rule that would require every sauna to have a
            # chimney would end a tradition": a relative clause in the reported clause's
            # subject, no addressee before a "that" ("say" takes none)
        if w == "that" and verb.lemma == "say" and j == k + 1 and j + 3 < hi and \
                t.low[k].endswith("s") and t.is_word(k) and not t.is_cap(k) and \
                t.low[k] not in TIME_WORDS and t.low[k] not in lexicon.reporting_verbs() and \
                t.is_word(j + 1) and not t.is_cap(j + 1) and \
                t.low[j + 1] not in CLAUSE_DETERMINERS and \
                t.low[j + 1] not in SUBJECT_PRONOUNS and \
                any(t.low[x] in FINITE_HINTS for x in range(j + 3, min(hi, j + 10))) and \
                all(t.is_word(x) for x in range(j + 1, j + 3)):
            return k  # "said organisations that did nothing wrong had nothing to fear": a
            # plural noun and its relative open the clause ("say" takes no addressee)
        if w == "that" and j > k + 1 and t.low[j - 1] in OWNED_CLAIMS and \
                any(t.low[x].endswith(("'s", "’s")) for x in range(max(k, j - 4), j - 1)):
            return None  # "reported on a rights group's accusation that soldiers killed
            # ...": the clause is the accuser's, not the reporter's
        if w == "that":
            # "said that he lied" opens a clause; in "denied that claim." it is a
            # determiner: at most two words follow before punctuation
            if j + 1 < hi and t.low[j + 1] == "," and j == k:
                return j + 2  # "noted that, like him, Mrs. Clinton had been ..."
            if j == k and j + 1 < hi and t.low[j + 1] in ("was", "is", "would", "will"):
                return j  # "said that was 'not remotely enough'": "that" is the subject
            if j + 2 < hi and t.low[j + 1] in CLAUSE_DETERMINERS and t.is_word(j + 2) and \
                    not t.is_cap(j + 2):
                return j + 1  # "told a packed conference that the chip, called Halo, would"
            if j + 2 < hi and t.low[j + 1] in INDEFINITE_SUBJECTS and \
                    (verb.lemma in TELLING or pp):
                return j + 1  # "told a radio station that nobody came", "said in a video
                # posted online that nobody came": a clause, however short
            words = 0
            for x in range(j + 1, min(hi, j + 4)):
                if t.low[x] == "," and _appositive_end(t, x, hi) is not None:
                    words = 3  # "that inflation, running at about 33%, had pushed": a clause
                    break
                if t.low[x] in (",", ";", ":") or _ends_sentence(t, x):
                    break
                words += t.is_word(x)
            else:
                return j + 1  # three or more tokens follow: a clause
            if words > 2:
                return j + 1
            if j == k:
                return None
            break  # "said such studies find benefits that disappear.": a relative "that"
        if w in ('"', "“", "”"):
            inside = not inside  # a "that" inside quotation marks is the speaker's word
            continue
        if inside:
            continue
        if j > k and w in FINITE_HINTS:
            break  # "said officials are in possession of video that ...": the clause began
        if j == k and w in ("he", "she", "they", "we", "i", "it") and \
                verb.lemma not in TELLING and j + 1 < hi and t.low[j + 1] != "that":
            break  # "said he felt sorry for him but that ...", "said it knew of two crashes
            # that may be linked ...": the clause began (not "said it that")
        if not t.is_word(j) and w not in (".",) and not (pp and w == ",") and \
                not (w in ("'", "’") and j > k and t.low[j - 1].endswith("s") and
                     t.spans[j][0] == t.spans[j - 1][1]):
            break  # (a plural's apostrophe is none: "outside the prosecutors' office that")
        if j > k and w in lexicon.reporting_verbs() and t.low[j - 1] == ",":
            break  # "said on Tuesday, warning that ...": the "that" is the participle's
        if j > k and w in lexicon.reporting_verbs() and w.endswith("ed") and \
                j + 1 < hi and t.low[j + 1] == "that" and t.is_word(j - 1) and \
                not t.is_cap(j - 1) and t.low[j - 1] not in PREPOSITIONS and \
                t.low[j - 1] not in DETERMINERS and t.low[j - 1] not in ("and", "but"):
            break  # "said aerial surveys showed that ...": the clause began with its subject
        if j > k and w in ("and", "but") and j + 1 < hi and \
                t.low[j + 1] in lexicon.reporting_verbs():
            break  # "reported a profit and argued that ...": the "that" is the other verb's
        if j > k and w.endswith("ed") and not t.is_cap(j) and \
                (t.is_cap(j - 1) or t.low[j - 1] in SUBJECT_PRONOUNS):
            break  # "said the Commission remained open ...": the clause began
        if j > k + 1 and w in FREQUENCY and j + 1 < hi and t.is_word(j + 1):
            break  # "said such studies often find benefits that ...": the clause began
        if j > k + 1 and w.endswith("s") and not t.is_cap(j) and j + 1 < hi and \
                t.low[j + 1] in ("it", "them", "him", "us", "me") and \
                not t.low[j - 1].endswith(("’s", "'s")):
            break  # "said the company's ecosystem gives it an edge that ...": the clause began
    if k >= hi:
        return None
    w = t.low[k]
    if w in WH_WORDS and verb.lemma in WH_VERBS and k + 1 < hi and t.is_word(k + 1):
        return k  # "explained why he backs Trump", "asked whether the vote was fair"
    if verb.complement == "to" and w == "to":
        if k + 1 < hi and (t.low[k + 1] in APPOSED_OPENERS or
                           (t.low[k + 1].endswith(("'s", "’s")) and t.is_word(k + 1))):
            return None  # "the flats it had promised to the capital's families": those
            # promised to, no infinitive of what was promised
        if t.low[v + 1] == "on" and t.low[v + 2] in WEEKDAYS:
            return k  # "threatened on Tuesday to blockade": the infinitive, past the day
        obj = v + 2 if v + 2 < k and t.low[v + 1] == "on" else v + 1  # "called on X to"
        return obj if obj < k and all(t.is_word(x) and t.low[x] not in PREPOSITIONS
                                      for x in range(obj, k)) else k  # "urged the state to"
    if verb.complement == "to":  # "urged Hale to resign", "asked the court to delay"
        relative = False  # "urged patients who had used them to see a doctor"
        for j in range(k + 1, min(hi, k + 10)):
            if t.low[j] == "to":  # 'urged both sides to "keep the peace"' too
                nxt = j + 2 if j + 2 < hi and t.low[j + 1] in QUOTE_CHARS else j + 1
                return k if nxt < hi and t.is_word(nxt) else None  # with its object
            if t.low[j] == "who" and j > k:
                relative = True
                continue
            if not t.is_word(j) or (t.low[j] in FINITE_HINTS and not relative) or \
                    (j >= k + 6 and not relative):
                break
    if verb.complement == "ing" and w.endswith("ing") and w not in NOT_GERUNDS:
        return k
    if verb.complement == "ing" and w.endswith("ly") and k + 1 < hi and \
            t.low[k + 1].endswith("ing") and t.low[k + 1] not in NOT_GERUNDS:
        return k  # "denied knowingly taking the substance"
    if verb.complement not in ("that", "ing") and verb.lemma not in ("report", "write"):
        return None
    if verb.lemma == "tell" or (verb.lemma == "ask" and w in OBJECTS):
        j = k
        if t.low[j] in ("the", "a", "an"):
            j += 1
        while j + 1 < hi and t.low[j] in MEDIA_MODIFIERS and t.low[j + 1] in MEDIA_NOUNS:
            j += 2  # "told state broadcaster M1", "told public radio": the hearer's name
            # follows its description, no clause ("state" is no verb here)
            if j < hi and t.low[j] in MEDIA_NOUNS:
                j += 1
        while j < hi and t.is_cap(j) and j < k + 4:
            j += 1
        # "told jurors he had ...", "told investigators that ...": a one-word object
        bare_object = j == k and (t.low[j] in OBJECTS or (
            j + 1 < hi and t.is_word(j) and t.low[j].endswith("s") and
            (t.low[j + 1] in SUBJECT_PRONOUNS or t.low[j + 1] in OBJECT_THEN)) or (
            j + 1 < hi and t.is_word(j) and not t.is_cap(j) and
            (t.low[j + 1] in ("in", "on", "at", "during", "after", "before", "by") or
             t.low[j + 1] in SENTENCE_END)))  # ("told staff in a letter": whom, no clause)
        article_noun = j == k + 1 and t.low[k] in ("the", "a", "an") and j < hi
        longer = next((x for x in range(k + 3, min(hi, k + 6))
                       if t.low[x] in SUBJECT_PRONOUNS or t.low[x] == "that"), None) \
            if article_noun else None
        if longer is not None and all(t.is_word(y) and not t.is_cap(y) and
                                      t.low[y] not in FINITE_HINTS and
                                      t.low[y] not in ("who", "which", "whose") and
                                      t.low[y] not in lexicon.reporting_verbs()
                                      for y in range(k + 1, longer)):
            j = longer + (t.low[longer] == "that")  # "told the state health insurance fund
            # they will stop", "told a news conference that": the hearer's longer
            # description, then the clause
        elif bare_object or article_noun:
            j += 1
        k = j
        if k + 1 < hi and t.low[k + 1] in TIME_WORDS and t.low[k] in ("this", "last", "on"):
            k += 2
    k = _skip_time(t, k, hi)  # "said last week it would", "said on Thursday that"
    # a prepositional phrase: "said in a statement", "told NBC on Tuesday"
    for _ in range(2):
        if k + 1 < hi and t.low[k] == "in" and t.is_cap(k + 1) and k > 0 and \
                t.low[k - 1] in PP_NOUNS:
            j = k + 1
            while j < hi and t.is_cap(j) and t.is_word(j):
                j += 1
            if j < hi and t.low[j] in (",", "that"):
                k = j  # "said at a news conference in Male, adding": where it was held
                continue
        if k < hi and t.low[k] in PREPOSITIONS and t.low[k] != "to":
            j = k + 1
            while j < hi and j < k + 6 and t.is_word(j) and t.low[j] not in PP_NOUNS:
                j += 1
            while j + 1 < hi and t.low[j] in PP_NOUNS and t.low[j + 1] in PP_NOUNS:
                j += 1  # "at a news conference": the compound's last noun
            if j < hi and t.low[j] in PP_NOUNS:
                k = j + 1
                if k + 2 < hi and t.low[k] in ("seen", "obtained", "published", "released",
                                               "posted", "issued", "sent", "read") and \
                        t.low[k + 1] == "by":  # "said in a report seen by Reuters, despite"
                    k = next((x for x in range(k + 2, min(hi, k + 7)) if not t.is_word(x) or
                              t.low[x] == "that"), k)  # (or "in a statement read by her
                    # mother that she had quit": the clause after whoever read it)
                if k < hi and t.low[k] == ",":
                    if k + 1 < hi and t.low[k + 1] == "that":
                        k += 2
                    else:
                        return None  # "said in a statement, putting ...": no clause follows
                elif k < hi and t.low[k] == "that":
                    k += 1
    if verb.lemma == "claim":
        # "claims the drones hit a depot" is a clause; "claims nearly all of the sea" an
        # object: a finite verb, or a bare verb after a plural subject, must follow
        return k if _clause_begins(t, k, hi) or _plural_then_verb(t, k, hi) else None
    if verb.lemma == "recommend":
        stop = next((x for x in range(k, hi) if t.low[x] in (",", ";")), hi)
        if not _clause_begins(t, k, stop) and not t.low[k].endswith("ing") and \
                not any(t.low[x] == "to" and t.low[x - 1] != "up"
                        for x in range(k + 1, min(stop, k + 8))):
            return None  # "had recommended suspensions of up to 21 days": a measure, no
            # words (but "recommended evacuating the village", "recommending new laws to
            # punish ..."; and "recommended such a court in 2009, but governments failed to
            # act": the measure's clause ends at the comma)
    if _clause_begins(t, k, hi, lenient=verb.lemma not in NP_PRONE):
        return k
    return None


def _plural_then_verb(t: Tokens, k: int, hi: int) -> bool:
    """``the drones hit``: a plural noun early in the clause, then a lower-case word that
    is no preposition, article or conjunction (a past or present verb)."""
    if k < hi and t.low[k] in PREPOSITIONS:
        return False  # "claims as its own": no subject
    for j in range(k + 1, min(hi - 1, k + 5)):
        w, nxt = t.low[j], t.low[j + 1]
        if not t.is_word(j) or w in PREPOSITIONS:
            return False
        if w.endswith("s") and len(w) > 3 and w not in ("this", "thus", "less", "unless") and \
                not t.is_cap(j) and t.is_word(j + 1) and \
                not t.is_cap(j + 1) and nxt not in STOP and nxt not in ("and", "or", "of"):
            return True
    return False


def _skip_time(t: Tokens, k: int, hi: int) -> int:
    """Past a time adverbial right after a reporting verb (``last week``, ``on Thursday
    night``, ``yesterday``) and a ``that`` after it; ``k`` itself when there is none."""
    j = k
    if j < hi and (t.low[j] in TIME_ADVERBS or t.low[j] in WEEKDAYS):
        j += 1  # AP style: "said Tuesday the city would appeal"
    elif j + 1 < hi and t.low[j] in ("last", "this", "next", "on", "late", "early") and \
            t.low[j + 1] in TIME_WORDS:
        if t.low[j] != "on" and j + 2 < hi and t.low[j + 2] in GAP_VERBS:
            return k  # "said this summer would likely be hotter": the time is the subject
        j += 2
        if j < hi and t.low[j] in TIME_WORDS:
            j += 1  # "on Friday night"
    else:
        return k
    if j < hi and t.low[j] == "that":
        j += 1
    return j if j < hi and t.is_word(j) else k


def _inverted_aside(t: Tokens, v: int, lo: int, hi: int
                   ) -> tuple[tuple[int, int], int] | None:
    """``Now, says Joao Almeida, the business may not survive``: an inverted attribution
    between commas after at most a short opener; (mention, first token of the clause)."""
    if not (lo < v - 1 and t.low[v - 1] == "," and v - 1 - lo <= 2):
        return None
    m = mention_right(t, v + 1, hi)
    if m is None or m[1] + 1 >= hi or t.low[m[1]] != "," or not t.is_cap(m[1] - 1):
        return None
    rest = t.low[m[1] + 1:hi]
    return (m, m[1] + 1) if any(w in FINITE_HINTS for w in rest[:8]) else None


def _named_appositive_before(t: Tokens, v: int, lo: int) -> bool:
    """``a developer, Ben Hartley, posted``: a name between commas is the verb's subject
    (unlike the inverted ``..., noted the chairman``)."""
    m = mention_left(t, v, lo)
    return m is not None and m[0] - 1 >= lo and t.low[m[0] - 1] == "," and t.is_cap(m[1] - 1)


def _descriptor_before(t: Tokens, comma: int, lo: int) -> int:
    """``CLAUSE, a police spokeswoman, Judit Kerekes, said``: the comma that closes the
    clause, before a describing appositive (``a police spokeswoman``) that comes ahead of
    the name; ``comma`` itself when there is none."""
    for c in range(comma - 2, max(lo, comma - 7) - 1, -1):
        if t.low[c] != ",":
            continue
        phrase = t.low[c + 1:comma]
        if (phrase[0] in ("a", "an", "the") or phrase[0].endswith(("'s", "’s"))) and \
                (phrase[-1] in lexicon.source_nouns() or phrase[-1] in lexicon.titles()) and \
                all(t.is_word(x) for x in range(c + 1, comma)) and \
                not any(w in FINITE_HINTS for w in phrase):
            return c
        break
    return comma


def _relative_opener(t: Tokens, k: int, lo: int) -> bool:
    """Token ``k`` is a relative pronoun opening a clause about the noun before it ("paper
    that", "the stadium, which"), not a demonstrative ("Beyond that") or "All of which"."""
    w = t.low[k]
    if k - 1 < lo or w not in ("that", "which", "who"):
        return False
    before = t.low[k - 1]
    if w in ("which", "who"):
        return before == ","
    return t.is_word(k - 1) and not t.is_cap(k - 1) and before not in PREPOSITIONS and \
        before not in ("of", "all", "and", "but", "or", "is", "was", "are", "were", "so") and \
        lexicon.reporting_verbs().get(before) is None


def _scare_quoted_end(t: Tokens, comma: int, lo: int) -> bool:
    """Whether the comma at ``comma`` closes a few words set off after "so-called"
    (``so-called "no-kids zones,"``): a term, whose marks close after the comma."""
    o = next((x for x in range(comma - 1, max(lo, comma - 6) - 1, -1)
              if t.low[x] in ('"', "“")), None)
    return o is not None and o - 1 >= lo and t.low[o - 1] == "so-called"


def _contact_subject(t: Tokens, a: int, b: int) -> tuple[int, int] | None:
    """The speaker of a relative clause with no pronoun in the phrase ``a..b`` that opens on
    a preposition (``in a vote the main opposition parties have called a sham``): the
    subject between the noun and its reporting verb, who also does the verb after ``and``."""
    if t.low[a] not in PREPOSITIONS:
        return None
    for x in range(b - 1, a + 2, -1):
        verb = _verb(t, x)
        if verb is not None and verb.speech and (m := mention_left(t, x, a)) is not None and \
                m[0] - 1 > a and t.low[m[0]] == "the" and t.is_word(m[0] - 1) and \
                not t.is_cap(m[0] - 1) and t.low[m[0] - 1] not in PREPOSITIONS and \
                t.low[m[0] - 1] not in DETERMINERS and _verb(t, m[0] - 1) is None:
            return m
    return None


def _final_attribution(p: _Paragraph, v: int, lo: int, hi: int
                       ) -> tuple[int, tuple[int, int], int] | None:
    """``CLAUSE, X said.`` / ``CLAUSE, said X.``: (comma, mention, verb)."""
    t = p.t
    # everything after the verb up to the sentence end must be a short tail
    # (only the first dozen tokens are read: a longer tail is no tail)
    tail = [w for w in t.low[v + 1:min(hi, v + 13)] if w not in SENTENCE_END]
    first = lo
    while first < v and t.low[first] in DISCOURSE:
        first += 1
    if t.low[first] == "asked" or (t.low[first] == "when" and first + 1 < v and
                                   t.low[first + 1] == "asked"):
        return None  # "Asked whether data had been used, Natarajan said no": the question
    if t.low[v - 1] in ("and", "or") and v - 2 >= lo and not t.is_cap(v - 2):
        return None  # "which they say will displace families and threaten the lake": a
        # second predicate, no attribution of the clause before
    if tail and tail[0] == "by" and t.low[v].endswith("ed"):
        return None  # "the Sapodilla Cayes, a group of small islands also claimed by
        # Honduras": a passive participle describing the islands, no attribution
    verb = _verb(t, v)
    subject_first = t.low[v - 1] != "," or _named_appositive_before(t, v, lo)
    if verb is not None and verb.lemma in NP_PRONE and tail and t.is_word(v + 1) and \
            not t.is_cap(v + 1) and subject_first and \
            tail[0] not in PREPOSITIONS and tail[0] not in TIME_WORDS and \
            tail[0] not in TIME_ADVERBS and \
            tail[0] not in ("last", "this", "that", "separately", "again", "also") and \
            not tail[0].endswith("ly"):
        return None  # "when a developer, Ben Hartley, posted screenshots ...": an object
    m = mention_left(t, v, lo)
    if m and m[1] - m[0] == 1 and t.low[m[0]] in ("who", "which") and t.word(m[0]) != "WHO":
        return None  # "Biya, 92, who has ruled since 1982, held a rally": a relative clause
        # on the name before it, which no clause of its own reports
    if m and verb is not None and verb.lemma in DISPUTING and m[1] - m[0] >= 3 and \
            t.low[m[0]] in ("a", "an") and t.low[m[0] + 1] in SUMMARY_NOUNS:
        return None  # "..., a claim PISTON disputed": a denial of the clause, not its source
    if m and _act_labelled_as(t, m, v):
        return None  # "..., a penalty independent bakers hailed as long overdue": the act
        # labelled, not the label's source
    if m and m[1] < v - 1 and t.low[m[1]] == "," and t.low[v - 1] in ("had", "has", "have"):
        return None  # "He said the mine's owner, Redgum Resources, had agreed to ...": the
        # owner's act inside the clause, no attribution after it
    opening = m[0] if m else 0
    if m and m[0] - 2 >= lo and t.low[m[0] - 1] == "and" and t.is_cap(m[0]) and \
            t.is_cap(m[0] - 2) and not portfolio_and(t, m[0] - 1) and \
            (first := mention_left(t, m[0] - 1, lo, skip=False)) \
            is not None and first[0] - 1 >= lo and t.low[first[0] - 1] == ",":
        opening = first[0]  # "..., the World Health Organization and UNICEF said": both
        m = (opening, m[1])
    if m and opening - 2 >= lo and t.low[opening - 1] == "the" and t.word(opening) == "WHO" \
            and t.low[opening - 2] == ",":
        opening -= 1  # "..., the WHO said": the acronym no relative pronoun
    if m and opening - 3 >= lo and t.low[opening] == "the" and t.low[opening - 1] == "of" and \
            t.low[opening - 2] in ("one", "two", "three", "some", "several", "both") and \
            t.low[opening - 3] == ",":
        opening -= 2  # "..., two of the people said": some of a group named before
    if m and m[0] - 3 >= lo and t.low[m[0] - 1] == "and" and portfolio_and(t, m[0] - 1) and \
            t.low[m[0] - 3] == ",":
        opening = m[0] - 2  # "..., Oceans and Fisheries Minister Shane Jones said": past the
        # portfolio's first field
    if m and opening - 4 >= lo and t.low[opening - 1] == "by" and \
            t.low[opening - 2] in DOCUMENTS and t.low[opening - 3] in ("a", "an", "the") and \
            t.low[opening - 4] == ",":
        opening -= 3  # "..., a report by the country's schools inspectorate said": the
        # report's author speaks, the report opening the attribution
    if m and opening - 2 >= lo and t.low[opening - 1] in ('"', "”") and \
            t.low[opening - 2] == "," and _scare_quoted_end(t, opening - 2, lo):
        opening -= 1  # '... to outlaw so-called "no-kids zones," its governor said': a term
        # set off, no one's words, and the clause it ends
    if m and opening - 1 >= lo and t.low[opening - 1] == ",":
        comma = _descriptor_before(t, opening - 1, lo)
        # what follows the verb up to a comma must be a short phrase ("in a statement
        # on Friday"); after that comma a participle clause may go on ("putting ...")
        head = tail[:tail.index(",")] if "," in tail[1:] else tail
        seen = any(w in ("seen", "obtained", "reviewed") and head[x + 1:x + 2] == ["by"]
                   for x, w in enumerate(head))  # ("in a letter seen by Reuters on Tuesday")
        if (len(head) <= 8 or (seen and len(head) <= 12)) and \
                not any(w in ("that", ",") for w in tail[:1]) and \
                not any(x in FINITE_HINTS for x in head):
            return comma, m, v
        if tail and tail[0] == "," and len(tail) >= 3:  # "X, he said, Y." (parenthetical)
            if tail[1] in ("after", "amid", "following", "as", "but", "and", "so", "though",
                           "although", "while", "because", "up", "down", "citing",
                           "without") or \
                    (tail[1] in SPANS_OF_TIME and tail[2] in ("after", "before", "since")):
                # "X, union leaders said, after talks broke down."; "..., days after";
                # "X, an official said, without giving a number."
                return comma, m, v
            if tail[1] in ("a", "an") and (tail[2] in SUMMARY_NOUNS or (
                    len(tail) > 3 and tail[3] in SUMMARY_NOUNS)):
                return comma, m, v  # "X, city authorities said, a plan that street vendors
                # say could ...": the narrator's word on what was said
            if tail[1] == "in":
                return comma, m, v  # "X, three people familiar with the matter said, in a
                # deal that could value ...": the narrator's comment on the reported news
                # (or the attribution's own setting: "..., the minister said, in an interview
                # with Reuters")
            before = t.low[lo:comma]
            if tail[1].endswith("ing") and tail[1] in lexicon.reporting_verbs() and \
                    (tail[2] == "that" or tail[1] in CHARGING_PARTICIPLES):
                return comma, m, v  # "X, the nurses' union said, warning that Y": the
                # participle reports a clause of its own (and "X, their union said, accusing
                # the owner of Y": a charge with its own object; "X, police said, calling
                # it dangerous": a name for it)
            if tail[1].endswith("ing") and tail[1] not in ("including", "according") and \
                    len(before) >= 4 and \
                    any(w in FINITE_HINTS or (w.endswith("ed") and len(w) > 4 and
                                              tail[1] not in lexicon.reporting_verbs())
                        for w in before) and \
                    before[0] not in LEADING_SUBORDINATORS and \
                    not any(w in FINITE_HINTS and (k == 0 or tail[2 + k - 1] not in
                                                   ("that", "which", "who"))
                            for k, w in enumerate(tail[2:6])):
                # "X has Y, two people said, speaking on condition ...", "Doctors rejected
                # the offer, the BMA said, prolonging a dispute", but not "Though X
                # was Y, he said, replacing Clinton would ...": a gerund subject goes on
                return comma, m, v
            return -hi, m, v
    if v - 1 >= lo and t.low[v - 1] == ",":
        m = mention_right(t, v + 1, hi)
        # (the speaker ends its phrase: not "..., declared a public health emergency")
        ends = m is not None and (m[1] >= hi or not t.is_word(m[1]) or t.is_cap(m[1]) or
                                  t.low[m[1]] in PREPOSITIONS or t.low[m[1]] in AFTER_SPEAKER) \
            and not (m[1] + 1 < hi and t.low[m[1]] == "to" and t.is_word(m[1] + 1) and
                     not t.is_cap(m[1] + 1)) \
            and not (m[1] + 1 < hi and t.low[m[1]] in ("'", "’") and t.is_word(m[1] + 1))
        # (not "..., asks judges to overturn": whom; nor "..., denied the players'
        # accusations": whose)
        if m and ends and hi - m[1] <= 10 and all(w not in FINITE_HINTS
                                                   for w in t.low[m[1]:hi]):
            return v - 1, m, v
        # "..., said Tom Lindqvist, who teaches economics at ...": a relative clause or an
        # appositive about the speaker may run to the end of the sentence
        if m and m[1] + 1 < hi and t.low[m[1]] == "," and t.is_cap(m[1] - 1) and \
                (t.low[m[1] + 1] in ("who", "a", "an", "the") or
                 (t.low[m[1] + 1] == "one" and m[1] + 2 < hi and t.low[m[1] + 2] == "of") or
                 t.low[m[1] + 1] in lexicon.titles()):  # ", said Sabine Koch, chief economist"
            # (and ", said Kasun Perera, one of its designers, but it cannot ...")
            return v - 1, m, v
    return None


# What markets do "suggests" or "signals" something to the reporter; it says nothing.
MARKET_NOUNS = frozenset({"shares", "stocks", "prices", "markets", "market", "bonds", "yields",
                          "futures", "index", "indexes", "indices", "currency", "dollar",
                          "euro", "pound", "yen", "rouble", "ruble", "rupee", "peso"})


def _found_subject(t: Tokens, out: list[_Found], k: int) -> tuple[int, int] | None:
    """The subject a reported act before found opening at token ``k``, whole (token
    indices): ``The U.S. embassy in Dar es Salaam said ... and urged``; else None."""
    same = next((f.quote for f in out if f.quote.mention_start == t.spans[k][0]), None)
    if same is None or same.mention_end is None:
        return None
    return k, t.index_at(same.mention_end)


def _other_voice_relative(t: Tokens, mention: tuple[int, int], start: int, end: int) -> int:
    """Where a reported clause ends before a relative clause giving another party's word on
    it (``said the state would cover part of the losses, which the salt makers' association
    said was too small to matter``): that party's own quote; ``end`` when there is none (and
    ``..., which the company said was the fourth act``, the speaker again, runs on)."""
    own = {w for w in t.low[mention[0]:mention[1]] if w not in ("a", "an", "the")}
    for c in range(start + 2, end - 4):
        if t.low[c] != "," or t.low[c + 1] not in ("which", "who"):
            continue
        v = next((x for x in range(c + 3, min(end - 1, c + 9)) if t.low[x] in GAP_SAYING), None)
        if v is None or t.low[v + 1] not in GAP_VERBS:
            continue
        other = mention_left(t, v, c + 2, skip=False)
        if other is not None and other[0] == c + 2 and other[1] == v and \
                t.low[c + 2] in ("the", "a", "an") and other[1] - other[0] >= 3 and \
                not own & set(t.low[other[0]:other[1]]):
            return c
    return end


#: words that open what the ones a fact prompts to speak said: "prompting a heritage group to
#: warn that ...", "prompting Iranian hauliers to warn they could ..."
_PROMPTED_SPEECH_OPENERS = frozenset({"that", "they", "he", "she", "we"})

def _indirect(p: _Paragraph, taken: list[tuple[int, int]], used_verbs: set[int]) -> list[_Found]:
    t, text = p.t, p.text
    out: list[_Found] = []
    n = len(t)

    opens = [o for o, _ in taken]  # quotation spans, in order and not overlapping

    def inside_marks(i: int) -> bool:
        a = t.spans[i][0]
        k = bisect_left(opens, a) - 1
        return k >= 0 and taken[k][0] < a < taken[k][1]

    verbs = lexicon.reporting_verbs()
    for v in range(n):
        w = t.low[v]
        according = w == "according" and v + 1 < n and t.low[v + 1] == "to"
        if not according and w not in verbs:
            continue  # most tokens: no reporting verb, nothing more to check
        if v in used_verbs or inside_marks(v):
            continue
        lo, hi = p.sentence_bounds(v)
        semi = next((x for x in range(v - 1, lo, -1)
                     if t.low[x] == ";" and not inside_marks(x)), None)
        if semi is not None and semi + 1 < v and (
                t.low[semi + 1].endswith("ed") or t.low[semi + 1] in verbs or
                t.low[semi + 1] in IRREGULAR_PASTS):
            semi = None  # "Trump questioned ...; blamed ...; bemoaned ... and said": one
            # subject's list of acts, no new clause
        if semi is not None:
            lo = semi + 1  # "Skiers have complained for years; the last lift was built in
            # the 1980s, according to the federation": a semicolon ends the clause before
        if according:
            found = _according(p, v, lo, hi)
            if found:
                out.append(found)
            continue
        verb = _verb(t, v)
        if not verb or not verb.speech or verb.complement == "np":
            continue
        if _is_noun_use(t, v) or _is_passive(t, v):
            continue
        if v > lo and (t.low[v - 1] in ("not", "never") or
                       t.low[v - 1].endswith(("n't", "n’t"))):
            continue  # "It did not recommend evacuating the town", "X, Shree Infra, did not
            # respond": a speech act denied, nothing said, nothing attributed
        if w in FINDINGS_VERBS and v >= 2 and t.low[v - 1] in DOCUMENTS and \
                any(t.low[x] == "according" and t.low[x - 1] == "," and x + 1 < hi and
                    t.low[x + 1] == "to" for x in range(v + 2, hi)):
            continue  # "A preliminary investigation suggested X, according to a source at
            # the authority": the source vouches for what the inquiry found
        if verb.lemma == "charge" and not _charges_someone(t, v + 1):
            continue  # "markets that charged rent they could not afford": a price, no charge
        if w in CHARGED_WITH and v + 1 < n and t.low[v + 1] in ("with", "of"):
            continue  # "A senator charged with fraud said ...": a passive participle, the
            # charge against the subject, not a speech act of it
        if verb.lemma == "threaten" and any(
                t.low[x] in THREATENING_THINGS and "," not in t.low[x:v]
                for x in range(max(lo, v - 4), v)):
            continue  # "a glacier above it threatened to collapse": a danger, no speech
        if w == "asked" and v + 3 < n and t.low[v + 1] == "that" and \
                (any(x in ("name", "names", "identity", "surname") for x in t.low[v + 2:v + 5]) or
                 any(t.low[x] == "not" and t.low[x + 1] == "be" and t.low[x + 2] in WITHHELD
                     for x in range(v + 2, min(n - 2, v + 10)))):
            continue  # "who asked that his name not be used", "that her neighbourhood not be
            # named": a source's terms, nothing said
        purpose = v > lo and t.low[v - 1] == "to" and w == "demand" and v + 1 < n and \
            t.low[v + 1] == "that"  # "marched ... to demand that the government cancel"
        prompted = None
        if v > lo and t.low[v - 1] == "to" and not purpose:
            cause = next((x for x in range(v - 2, max(lo, v - 10), -1)
                          if t.low[x] in ("prompting", "prompted", "leading", "led")), None)
            if cause is None or (prompted := mention_right(t, cause + 1, v - 1)) is None or \
                    prompted[1] != v - 1 or not ((v + 1 < n and
                                                  t.low[v + 1] in _PROMPTED_SPEECH_OPENERS) or
                                                 w in ("say", "announce")):
                continue  # (but "..., prompting the orchestra's musicians to warn that the
                # move would cheapen ...": the ones prompted speak; and "to warn they could
                # reroute": a clause with its own subject)
        if verb.lemma in INFERRING and v - 2 >= lo and t.low[v - 1] == "which" and \
                t.low[v - 2] == ",":
            continue  # "activity had increased since Friday, which suggested that magma was
            # rising": what a fact suggests, in the clause before it, is nobody's report
        progressive = w.endswith("ing") and v > lo and t.low[v - 1] in PROGRESSIVE
        participle = w.endswith("ing") and not progressive
        after_prep = (participle and v - 1 > lo and t.low[v - 1] in ("by", "for", "while",
                                                                     "without", "before",
                                                                     "after")) \
            or purpose or (participle and v - 2 > lo and t.low[v - 1] == "as" and
                           any(t.low[x] == "quoted" and t.low[x - 1] in ("was", "were", "is")
                               for x in range(max(lo + 1, v - 12), v - 1)))
        # (whose subject is the sentence's: the marchers demand; and "X was quoted by the
        # IRNA news agency as saying": X)
        quoted_obj = None
        if participle and v - 2 > lo and t.low[v - 1] == "as":
            quoting = next((x for x in range(max(lo + 1, v - 12), v - 1)
                            if t.low[x] == "quoted" and
                            t.low[x - 1] not in ("was", "were", "is", "been", "are")), None)
            if quoting is not None and \
                    (quoted_obj := mention_right(t, quoting + 1, v - 1)) is not None:
                after_prep = True  # "The Nikkei quoted one engineer as saying that ...": the
                # one quoted speaks, not the paper
        if prompted is not None:
            quoted_obj, after_prep = prompted, True
        lead = _comma_before(t, v, lo)  # ", arguing" or '"...," arguing'
        if participle and lead is None and v - 3 > lo and t.low[v - 1] == "and" and \
                t.low[v + 1:v + 2] == ("that",):
            lead = _first_participle(t, v - 1, lo)  # ", calling the punishment
            # "disproportionate" and arguing that": the second of two, the first's subject
            # (a clause it reports; not 'and vowing to take "all necessary measures"')
        # ", with prosecutors telling jurors she ...": the participle's own subject
        with_at = _with_subject(t, v, lo) if participle and lead is None else None
        if participle and lead is None and not after_prep and with_at is None:
            continue
        start = _skip_to_clause(t, v, hi, verb)
        if start is not None and verb.lemma == "declare" and start == v + 1 and \
                (_object_complement(t, start, hi) or t.low[start] in DECLARED_STATES):
            continue  # "has declared water scarcity a national priority": an act, no words
            # (and "declared independence in 1991 but is not recognised": a state declared)
        if start is not None and start < hi:
            end = _content_end(p, start, hi)
            if verb.lemma in BIDDING:
                end = _bid_end(t, start, end)
            first = past_discourse(t, lo, v)
            if t.low[first] in LEADING_SUBORDINATORS:
                # "After aides insisted that X, he changed course": the reported clause
                # ends where the subordinate clause does
                comma = next((x for x in range(start + 1, end) if t.low[x] == ","), None)
                if comma is not None:
                    end = comma
            if end <= start:
                continue
            if with_at is not None:
                mention = mention_left(t, v, with_at + 1, skip=False)
            elif after_prep:  # "Obama responded by saying ...": the sentence's subject
                mention = quoted_obj or clause_subject(t, lo, v - 1)
            elif participle:
                assert lead is not None  # ('"...," saying': the sentence's subject)
                opening = _clause_start(t, lead, lo) if lead == v - 1 else lo
                if _appositive_object(t, opening, lead, lo) or t.low[opening] == "to":
                    opening = lo  # "sued his former team, Sierra-Norte Pro Cycling, claiming"
                    # (and "..., to demolish it within 60 days, saying": an infinitive's
                    # clause has no subject of its own)
                mention = clause_subject(t, opening, lead) or clause_subject(t, lo, lead)
                if mention is not None and (fronted := next(
                        (f.quote for f in out if f.quote.start <= t.spans[mention[0]][0] <
                         f.quote.end and f.quote.mention_start is not None and
                         f.quote.end <= f.quote.mention_start < t.spans[lead][0]),
                        None)) is not None and fronted.mention_end is not None:
                    mention = (t.index_at(fronted.mention_start),
                               t.index_at(fronted.mention_end))  # "Repairs may take a
                    # week, its managing director, X, told state radio, adding that": who
                    # told it, not a word of what was told
                if mention is not None and \
                        any(t.low[x] in ('"', "”") for x in range(mention[1], lead)) and \
                        (named := _inverted_speaker(t, lo, lead)) is not None and \
                        named[0] > mention[1]:
                    mention = named  # '"... We cannot wait another five years," said the
                    # district collector, Kavitha Ramanathan, adding that': who said the
                    # words, not a word inside them
                # ("The chairman, Yakubu Adeyemi, defended the vote, saying": past the aside)
                if mention is not None and mention[0] - 1 > lo and \
                        t.low[mention[0] - 1] == "," and \
                        (named := _inverted_speaker(t, lo, lead)) is not None and \
                        named[1] < mention[0]:
                    mention = named  # '"...," said Karma Wangdi, captain of a club in
                    # Paro, adding that': the name, not the role set off after it
                if mention is None:
                    mention = _inverted_speaker(t, lo, lead)  # '"...," said Nikos
                    # Papadakis-Vlachos, whose company ..., adding that': who said it
                    if mention is None and (said_at := next(
                            (x for x in range(lead - 1, max(lo, lead - 12), -1)
                             if t.low[x] in FINITE_REPORTING), None)) is not None and \
                            (said_at == lead - 1 or (
                                t.low[said_at + 1] in PREPOSITIONS and
                                all(t.is_word(y) and t.low[y] not in FINITE_HINTS
                                    for y in range(said_at + 1, lead)))):
                        mention = mention_left(t, said_at, lo)  # '"...," the region's
                        # industry minister, Mikel Jauregi-Urrutia, said, adding that' (or
                        # past where: '..., Mohamed Shifaz, said at a news conference in
                        # Male, adding that')
                    if mention is None and (said := next(
                            (f.quote for f in reversed(out)
                             if f.quote.mention_start is not None and
                             f.quote.mention_end is not None and
                             t.spans[lo][0] <= f.quote.mention_start and
                             f.quote.end <= t.spans[lead][0] and
                             f.quote.mention_end <= f.quote.start), None)) is not None:
                        mention = (t.index_at(said.mention_start),
                                   t.index_at(said.mention_end))  # "The company behind the
                        # project, Tunu Minerals, said it would ..., claiming": who said it
                elif (whole := _found_subject(t, out, mention[0])) is not None and \
                        whole[1] > mention[1]:
                    mention = whole  # "Small-scale fishermen in Tangier said ..., saying": the
                    # same subject as the clause's own verb found, whole
                elif mention[1] + 1 < n and t.low[mention[1]] == "and" and \
                        (joined := _found_subject(t, out, mention[1] + 1)) is not None:
                    mention = joined  # "The unions CCOO and UGT said ..., demanding": the pair
                    # the verb found, as one
                if mention is not None and lead == v - 1 and "it" in t.low[start:start + 7] and \
                        (sub := next((x for x in range(mention[1], lead - 3)
                                      if t.low[x] == "after" and t.low[x + 1] == "the"),
                                     None)) is not None and \
                        (body := clause_subject(t, sub + 1, lead)) is not None and \
                        lexicon.source_nouns().get(t.low[body[1] - 1]) == "institution":
                    mention = body  # "A rugby club has lost its clubhouse after the district
                    # council demolished it, saying asbestos made it unsafe": the body that
                    # acted on the thing its words are about (not "after the government raised
                    # petrol prices, saying millions of workers could no longer afford")
            else:
                # "said it had opened a fund and was urging the city to ...": the act after
                # "and" all the same, as "and urged" is
                conj = v - 2 if progressive and v - 2 > lo and \
                    t.low[v - 2] in ("and", "but") else v - 1
                mention = mention_left(t, v, lo) if conj == v - 1 else None
                if mention is not None and v > lo and t.low[conj] in ("and", "but") and \
                        mention[0] - 1 >= lo and t.low[mention[0] - 1] in (
                            "on", "in", "at", "from", "to", "with", "for", "of", "near"):
                    mention = None  # "who runs a business on the island and said": the
                    # island is the first verb's object; the act's subject comes before
                if mention is not None and v > lo and t.low[conj] in ("and", "but") and \
                        mention[1] < conj and t.low[mention[1]] == "who" and \
                        t.low[mention[1] - 1].endswith("s") and not t.is_cap(mention[1] - 1) and \
                        mention[0] > lo and start < len(t) and t.low[start] in ("he", "she"):
                    mention = None  # "Vicuña thanked the senators who voted against the
                    # accusation and said he would ...": the one the sentence opens on, not
                    # the many its relative clause is about (the pronoun tells)
                if mention is not None and mention[1] - mention[0] >= 3 and \
                        t.low[mention[0]] in ("a", "an") and t.low[start] in GAP_VERBS and \
                        start == v + 1 and not t.is_cap(mention[0] + 1) and \
                        (t.low[mention[1] - 1].endswith("s") or
                         any(t.low[x].endswith("s") and role_noun(t.low[x]) and
                             t.low[x + 1] in ("in", "at", "from", "on", "near")
                             for x in range(mention[0] + 3, mention[1] - 1))):
                    # (and "a decision hotel and restaurant owners in the town said would")
                    # "a decision district officials said would save ...": the thing said
                    # ("a decision") is the gap's antecedent; the speakers follow it
                    mention = (mention[0] + 2, mention[1])
                first_act = next((f for f in reversed(out) if f.verb_token is not None and
                                  lo <= f.verb_token < conj and
                                  f.quote.mention_start is not None and
                                  f.quote.mention_end is not None and
                                  t.low[f.verb_token - 1] == "," and
                                  t.low[f.verb_token + 1] != ","), None) \
                    if mention is None and v > lo and t.low[conj] in ("and", "but") and \
                    start <= v + 2 else None  # (the clause right after the verb)
                if first_act is not None and first_act.verb_token is not None and \
                        not any(t.low[x] in (",", ";") for x in range(first_act.verb_token, v)):
                    # "One of the riders, 24-year-old climber Julián Ospina, denied taking the
                    # drug and said ...": the subject the first act found, past the aside
                    q0 = first_act.quote
                    mention = (t.index_at(q0.mention_start), t.index_at(q0.mention_end))
                if mention is None and v > lo and t.low[conj] in ("and", "but"):
                    opening = _clause_start(t, conj, lo)
                    if opening - 2 >= lo and t.low[opening - 1] in ("”", '"') and \
                            t.is_word(opening - 2) and (t.low[opening] in PREPOSITIONS or
                                                        t.low[opening] in ("of", "for", "to")):
                        opening = lo  # 'condemned what it called the "kidnapping" of its
                        # soldiers and said': the partial's closing mark opens no clause
                    mention = clause_subject(t, opening, conj) or \
                        _contact_subject(t, opening, conj) or clause_subject(t, lo, conj)
                    mention = group_at_site(t, mention, conj) if mention is not None else None
                    if mention is None and (before := next(
                            (f.quote for f in reversed(out) if f.verb_token is not None and
                             lo <= f.verb_token < conj and f.quote.mention_start is not None and
                             f.quote.mention_end is not None and
                             f.quote.mention_end <= t.spans[f.verb_token][0] and
                             f.quote.end <= t.spans[conj][0]), None)) is not None and \
                            not any(t.low[x] in (";", ":") for x in range(lo, conj)):
                        # "Villagers living on the edge of the park said A and complained that
                        # B": the subject the first verb found, a group no clause rule reads
                        mention = (t.index_at(before.mention_start),
                                   t.index_at(before.mention_end))
                    if mention is None and opening - 2 >= lo and t.low[opening] == "who" and \
                            t.low[opening - 1] == ",":
                        mention = mention_left(t, opening - 1, lo, skip=False)  # "said Tammy
                        # Kessler, who lives near the site and said ...": the one the
                        # relative clause is about
                    if mention is not None:
                        # "The U.S. embassy in Dar es Salaam said ... and urged": the same
                        # subject as the verb before it found, whole
                        a0 = t.spans[mention[0]][0]
                        if (whole := _found_subject(t, out, mention[0])) is not None:
                            mention = whole
                        elif mention[1] < conj and t.low[mention[1]] in ("in", "near") and \
                                (first := next((x for x in range(mention[1] + 2,
                                                                 min(conj, mention[1] + 9))
                                                if t.low[x] in lexicon.reporting_verbs()),
                                               None)) is not None and \
                                (whole := mention_left(t, first, lo)) is not None and \
                                whole[0] == mention[0] and whole[1] == first and \
                                not any(t.low[x] == "of" or t.low[x].endswith(("'s", "’s"))
                                        for x in range(whole[0], whole[1])):
                            mention = whole  # "A hotel association in the Dambulla area
                            # called the decision "short-sighted" and said": the subject
                            # the first verb reads, where it is
                        elif (inner := next((f.quote for f in out
                                             if f.quote.mention_start is not None and
                                             f.quote.mention_end is not None and
                                             a0 < f.quote.mention_start and
                                             f.quote.mention_end == t.spans[mention[1] - 1][1]),
                                            None)) is not None:
                            # "Primary and Secondary Education Minister Evelyn Ndoro said ...
                            # and warned": the name the first act found inside the subject
                            mention = (t.index_at(inner.mention_start),
                                       t.index_at(inner.mention_end))
            if mention is None and not participle and v - 3 > lo and \
                    t.low[v - 1] in QUOTE_CHARS and t.low[v - 2] == "," and \
                    (rel := next((k for k in range(v - 3, lo, -1)
                                  if t.low[k] in ("who", "which") and t.low[k - 1] == ","),
                                 None)) is not None:
                # 'Tenant advocates, who packed the meeting chanting "rent freeze now,"
                # said': the subject before the relative clause the quoted words close
                mention = mention_left(t, rel - 1, lo, skip=False)
            if mention is not None and t.low[mention[1] - 1] in MARKET_NOUNS and \
                    not (t.is_cap(mention[1] - 1) and t.is_cap(mention[1] - 2) and
                         mention[1] - 1 > mention[0]) and \
                    not any(mention[1] - x >= 3 and
                            (role_noun(t.low[x]) or trade_plural(t.low[x]) or
                             agent_noun(singular(t.low[x]))) and
                            t.low[x + 1] in ("at", "in", "from", "near")
                            for x in range(mention[0], min(mention[1] - 2, mention[0] + 4))):
                # (but "Traders at one of Lagos's oldest markets said", "Vegetable and fish
                # vendors at Suva's municipal market said": people where they work)
                continue  # "Shares rose 1%, suggesting investors ...": a market's move, no voice
                # (but "Analysts at DNB Markets said": a firm's name)
            if mention is not None and mention[1] - mention[0] == 1 and mention[0] > lo and (
                    (t.low[mention[0]] in ("who", "which") and t.low[mention[0] - 1] == ",") or
                    (mention[0] - 1 > lo and t.low[mention[0] - 1] == "whose" and
                     t.low[mention[0] - 2] == ",")):  # (and "Ana Lopes, whose lawyer said
                # she would appeal, declined")
                # "Delgado, who has denied any wrongdoing, conceded ...": the relative clause
                # closes at the comma before the main clause's verb
                close = next((x for x in range(start + 1, end) if t.low[x] == "," and
                              x + 1 < hi and not t.is_cap(x + 1) and
                              (t.low[x + 1].endswith("ed") or t.low[x + 1] in FINITE_REPORTING)),
                             None)
                if close is not None:
                    end = close
                    if not any(verb_like(t, x) for x in range(start, end)):
                        continue  # ("denied any wrongdoing": an object, no clause reported)
            if mention is not None:
                end = _other_voice_relative(t, mention, start, end)
                a, b = _trim_span(text, t.spans[start][0], t.spans[end - 1][1])
                if end - start == 1 and t.low[start] in ("it", "this", "that", "so", "them"):
                    continue  # "when I mentioned it": an object, not a reported clause
                if a < b:
                    out.append(_Found(_quote(p, a, b, "indirect", v, mention, "explicit"), v))
                continue
            if not (v > lo and t.low[v - 1] == ","):
                continue  # ", said a spokesman for the ministry.": an inverted attribution
        if participle or (v > lo and t.low[v - 1] in ("who", "which") and
                          t.word(v - 1) != "WHO"):  # (not "the WHO said")
            continue  # "a senior executive, who asked not to be named, said": a relative
        inverted = _inverted_aside(t, v, lo, hi)
        if inverted is not None:  # "Now, says Joao Almeida, the business may not survive"
            mention, first = inverted
            a, b = _trim_span(text, t.spans[first][0], t.spans[hi - 1][1])
            if a < b:
                out.append(_Found(_quote(p, a, b, "indirect", v, mention, "explicit"), v))
            continue
        final = _final_attribution(p, v, lo, hi)
        if final and final[0] < 0:  # parenthetical: the sentence around it is reported
            ms0, tail = final[1][0], v + 2
            if ms0 - 2 > lo and t.low[ms0 - 1] == "," and tail < hi and t.low[v + 1] == "," \
                    and (t.low[ms0 - 2] in REASON_OPENERS or _relative_opener(t, ms0 - 2, lo)):
                # (and a relative clause's own words: "a way of making paper that, historians
                # say, reached the city from China", "the stadium, which, Tompkins said, is
                # usually full": the clause after the attribution, not the sentence before)
                # "lives with his parents because, he said, the cheapest cottage costs ...":
                # the reason is his, the narrated fact before it the narrator's
                last = hi - 1
                while last > tail and t.low[last] in SENTENCE_END:
                    last -= 1
                a, b = _trim_span(text, t.spans[tail][0], t.spans[last][1])
                if a < b and not any(o < a < c or o < b < c for o, c in taken):
                    out.append(_Found(_quote(p, a, b, "indirect", v, final[1], "explicit"), v))
                continue
            if ms0 - 2 > lo and t.low[ms0 - 1] == "," and tail < hi and t.low[v + 1] == "," \
                    and ((t.low[tail] in ("the", "a", "an") and
                          (not any(w in FINITE_HINTS for w in t.low[tail:hi]) or
                           (tail + 1 < hi and t.low[tail + 1] in RANKS))) or
                         (t.low[tail] == "part" and tail + 1 < hi and
                          t.low[tail + 1] == "of") or  # ("..., a rights group said, part of a
                         # campaign that has cut the country off": the narrator's appositive)
                         (t.low[tail] == "in" and tail + 1 < hi and
                          (t.low[tail + 1] == "what" or (t.low[tail + 1] in ("a", "an") and
                                                         tail + 2 < hi and
                                                         t.low[tail + 2] in SUMMARY_NOUNS) or
                           # "..., the museum said, in the latest protest targeting ..."
                           (t.low[tail + 1] == "the" and tail + 2 < hi and
                            t.low[tail + 2] in RANKS)))):
                # ("..., his party said, in what critics called ...": the narrator's aside)
                # "Prices rose 3.7%, the agency said, the slowest increase since 2021": the
                # narrator's appositive follows (a ranked one whatever verbs its own clauses
                # hold: "..., the latest of dozens of buildings to fall as residents wait for
                # rehousing that was promised")
                a, b = _trim_span(text, t.spans[lo][0], t.spans[ms0 - 2][1])
                if a < b and not any(o < a < c or o < b < c for o, c in taken):
                    out.append(_Found(_quote(p, a, b, "indirect", v, final[1], "explicit"), v))
                continue
            a, b = _trim_span(text, t.spans[lo][0], t.spans[hi - 1][1])
            if a < b and not any(o < a < c or o < b < c for o, c in taken):
                out.append(_Found(_quote(p, a, b, "indirect", v, final[1], "explicit"), v))
            continue
        if final:
            comma, mention, _ = final
            first = lo
            while first < comma and t.low[first] in ("but", "and", "so", "yet"):
                first += 1
            if comma - first < 3 and not (comma - first == 2 and t.low[first + 1] in
                                          IRREGULAR_PASTS and not t.is_cap(first + 1)):
                continue  # (but "Inflation fell, the bank said": a two-word clause)
            if t.low[comma - 1] in ("”", '"', "’"):
                continue  # a direct quote's attribution
            if clause_subject(t, first, comma) == (first, comma):
                continue  # "The ministry's spokesman, Ivan Petrov, said": a noun phrase
            rel = next((x for x in range(first + 1, comma) if t.low[x] == ","), comma)
            if rel + 1 < comma and t.low[rel + 1] in ("which", "who") and \
                    "," not in t.low[rel + 2:comma] and \
                    not any(verb_like(t, x) or ((t.low[x] in IRREGULAR_PASTS or
                                                 t.low[x] in IRREGULAR_PAST) and
                                                not t.is_cap(x)) for x in range(first, rel)):
                continue  # "The two cooperatives, which together collect about 60 percent of
                # the milk, announced the merger": a subject and its relative clause, no
                # clause reported (but "A court upheld the sentence for X, who was convicted
                # of ..., his lawyer said": a clause, its past verb irregular)
            a, b = _trim_span(text, t.spans[first][0], t.spans[comma - 1][1])
            if a < b:
                out.append(_Found(_quote(p, a, b, "indirect", v, mention, "explicit"), v))
    return out


#: what makes figures someone's: "figures compiled by the campaign group WildFish"
COMPILED = frozenset({"compiled", "collected", "gathered", "published", "released", "analysed",
                      "analyzed"})


def _seen_by(t: Tokens, i: int, hi: int) -> tuple[int, int] | None:
    """A paper the reporters saw, at ``i`` (``a draft plan seen by The Associated Press``):
    whatever it is called, the words up to ``seen by``; else None."""
    if i >= hi:
        return None
    end = next((k for k in range(i + 2, min(hi - 1, i + 5))
                if t.low[k] in ("seen", "obtained", "reviewed") and t.low[k + 1] == "by"), None)
    return (i, end) if end is not None and plain_after_article(t, i, end) else None


def _cited_paper(t: Tokens, i: int, hi: int) -> tuple[int, int] | None:
    """A cited paper at ``i`` (``a draft budget``): up to two plain words, then the paper."""
    if i >= hi:
        return None
    end = next((k for k in range(i + 1, min(hi, i + 4)) if t.low[k] in CITED_PAPERS), None)
    return (i, end + 1) if end is not None and plain_after_article(t, i, end) else None


def _according(p: _Paragraph, v: int, lo: int, hi: int) -> _Found | None:
    """``According to X, CLAUSE.`` and ``CLAUSE, according to X.``"""
    t, text = p.t, p.text
    mention = mention_right(t, v + 2, hi) or _seen_by(t, v + 2, hi) or \
        _cited_paper(t, v + 2, hi)
    if mention is None:
        return None
    counted = next((x for x in range(mention[0] + 1, mention[1] - 1) if t.low[x] == "of" and
                    (t.low[x + 1][:1].isdigit() or t.low[x + 1] in ("more", "over", "about",
                                                                  "nearly", "some"))), None)
    if counted is not None:
        mention = (mention[0], counted)  # "according to a study of more than 200,000
        # workers": the study, not how many it counted
    b = mention[1]
    if b + 2 < hi and t.low[b] in COMPILED and t.low[b + 1] == "by" and \
            t.low[b - 1] in ("figures", "data", "numbers", "statistics", "estimates"):
        b += 1  # "according to figures compiled by the campaign group WildFish": its source
    if (t.low[b - 1] in DOCUMENTS or t.low[b - 1] in COMPILED) and b + 1 < hi and \
            t.low[b] in ("by", "from") and \
            (source := mention_right(t, b + 1, hi)) is not None:
        mention = source  # "according to projections by public broadcaster ZDF": ZDF
    elif (inner := next((x for x in range(mention[0], b - 1) if t.low[x] in DOCUMENTS and
                         t.low[x + 1] in ("by", "from")), None)) is not None and \
            (source := mention_right(t, inner + 2, hi)) is not None and source[1] > b:
        mention = source  # "according to a statement from the U.S. embassy in Beirut": the
        # embassy, though the phrase ran on past "from" to "the U.S."
    if mention[1] + 1 < hi and t.low[mention[1]] == "and" and \
            any(t.low[x] == "by" for x in range(mention[0], mention[1])) and \
            (other := mention_right(t, mention[1] + 1, hi)) is not None:
        mention = (mention[0], other[1])  # "a count by WWF Mexico and the national
        # protected areas commission": both authors, one source
    elif mention[1] + 1 < hi and t.low[mention[1]] == "and" and \
            not t.is_cap(mention[1] - 1) and t.low[mention[1] - 1].endswith("s") and \
            (other := mention_right(t, mention[1] + 1, hi)) is not None and \
            not t.is_cap(other[1] - 1) and t.low[other[1] - 1].endswith("s"):
        mention = (mention[0], other[1])  # "according to parents and union officials": both
        # groups, one source (as "Parents and union officials said")
    first = lo
    while first < v and (t.low[first] in ("but", "and", ",")):
        first += 1
    if v == first:  # According to X, CLAUSE.
        k = mention[1]
        while k < hi and t.low[k] != ",":
            k += 1
        last = hi - 1
        head = t.low[mention[1] - 1]
        again = next((j for j in range(k + 2, last - 2) if t.low[j] == "," and
                      t.low[j + 1] == "and" and t.low[j + 2] == "the" and t.low[j + 3] == head
                      and head.isalpha()), None)
        if again is not None:
            last = again  # "According to the association, A, and the association has asked
            # ...": the source named again as a subject is the narrator's own report of it
        while last > k and (t.low[last] in SENTENCE_END or t.low[last] == ","):
            last -= 1
        if last <= k:
            return None
        a, b = _trim_span(text, t.spans[k + 1][0], t.spans[last][1])
    elif v - 2 >= lo and t.low[v - 1] == "," and t.low[v - 2] in ("that", "which", "who") and \
            (close := next((k for k in range(mention[1], min(hi, mention[1] + 3))
                            if t.low[k] == ","), None)) is not None and close + 2 < hi:
        # "a move that, according to two transport ministry officials, was approved without
        # ...": the relative clause's own words, after the attribution
        last = hi - 1
        while last > close and t.low[last] in SENTENCE_END:
            last -= 1
        a, b = _trim_span(text, t.spans[close + 1][0], t.spans[last][1])
    else:  # CLAUSE, according to X.
        end = v - 1 if t.low[v - 1] == "," else v
        said = next((k for k in range(first + 1, min(end, first + 10))
                     if (verb := _verb(t, k)) is not None and verb.speech and
                     verb.complement != "np" and verb.lemma not in NP_PRONE and
                     t.low[k - 1] not in ("who", "which") and
                     not (t.low[k] in FINDINGS_VERBS and t.low[k - 1] in DOCUMENTS) and
                     not _is_noun_use(t, k) and mention_left(t, k, first) is not None and
                     _skip_to_clause(t, k, end, verb) is not None), None) or \
            next((k for k in range(first + 10, end)
                  if t.low[k - 1] in ("and", "but") and t.low[k] in PLAIN_SAYING and
                  (verb := _verb(t, k)) is not None and
                  _skip_to_clause(t, k, end, verb) is not None), None)
        # ("Threshold, a charity for renters, welcomed measures ... but said the plan said
        # little about rents, which rose 7%, according to Daft.ie": the second act's clause
        # is the charity's; the source vouches for the last comma's part)
        if said is not None:
            # "Analysts said X, whose approval rating is below 10%, according to Ipsos": the
            # clause has its own speaker; the source vouches only for the last comma's part
            comma = next((k for k in range(end - 1, said, -1) if t.low[k] == ","), None)
            if comma is None:
                return None
            first = comma + 1
        toll = next((k for k in range(end - 2, first, -1) if t.low[k] == "," and
                     t.low[k + 1] in TOLLS), None)
        if toll is not None:
            first = toll + 2  # "Police fired tear gas ..., leaving at least 12 people injured,
            # according to rights groups": the source vouches for the toll, not the event
        if end - first < 3:
            return None
        a, b = _trim_span(text, t.spans[first][0], t.spans[end - 1][1])
    if a >= b:
        return None
    return _Found(_quote(p, a, b, "indirect", v, mention, "explicit"), v)


#: acts a reaction can label after a comma: "..., a decision winter swimming clubs called an
#: overreaction"
LABELLED_ACTS = frozenset({"decision", "move", "step", "plan", "ruling", "measure", "change",
                           "proposal", "policy", "ban", "law", "rule", "order", "verdict",
                           "finding", "conclusion"})
#: acts of a decider against someone, whoever the story says did them (and a group can
#: label after a comma: "..., a penalty bakers hailed as overdue")
PENALTY_NOUNS = frozenset({"punishment", "ban", "sentence", "fine", "penalty", "suspension"})
#: the verbs of such a label (not "described", which wants "as")
ACT_LABELS = frozenset({"called", "branded", "dubbed", "termed"})


def _labelled_act(p: _Paragraph, taken: list[tuple[int, int]]) -> list[_Found]:
    """The label a group puts on the act just told, in an aside with no quotation marks:
    ``The city has closed three holes, a decision winter swimming clubs called an
    overreaction.`` The label is the group's words, reported (a label in marks is a partial
    quote, found with the marks); it runs to the clause's end, not into a second speaker's
    clause (``a move environmental groups called reckless and scientists warned ...``)."""
    t = p.t
    out: list[_Found] = []
    verbs = lexicon.reporting_verbs()
    for v in range(3, len(t) - 1):
        if t.low[v] not in ACT_LABELS or t.low[v + 1] in ("on", "for", "off"):
            continue
        lo, hi = p.sentence_bounds(v)
        head = next((x for x in range(v - 1, max(lo + 1, v - 9), -1)
                     if t.low[x] in LABELLED_ACTS), None)
        second = next((x for x in range(v - 2, max(lo + 2, v - 8), -1)
                       if t.low[x] == "that" and t.low[x - 1] in ("and", "but")), None) \
            if head is None else None
        if second is not None:  # "a move the Commission said could undermine ... and that
            # thousands of protesters called an attack": a second clause on the same act
            head = next((x for x in range(second - 2, max(lo + 1, second - 40), -1)
                         if t.low[x] in LABELLED_ACTS and t.low[x - 1] in ("a", "the") and
                         t.low[x - 2] == ","), None)
        if head is None:
            continue
        det = head - 1 if t.low[head - 1] in ("a", "the") else head - 2
        if det - 1 < lo or t.low[det] not in ("a", "the") or t.low[det - 1] != ",":
            continue  # (an aside on the sentence's act, set off by its comma)
        first = second + 1 if second is not None else \
            head + 2 if t.low[head + 1] in ("that", "which") else head + 1
        mention = (first, v)
        if mention_right(t, first, v) != mention:
            continue  # (the words between are the group's whole name)
        end = v + 1
        while end < hi and t.low[end] not in (",", ";") and t.low[end] not in SENTENCE_END:
            if t.low[end] == "and" and any(t.low[x] in verbs for x in range(end + 1,
                                                                            min(hi, end + 5))):
                break  # "... called reckless and scientists warned": the next speaker
            end += 1
        if end == v + 1:
            continue
        a, b = _trim_span(p.text, t.spans[v + 1][0], t.spans[end - 1][1])
        if a >= b or any(o < b and a < c for o, c in taken):
            continue  # (a label in marks: the partial quote's own)
        out.append(_Found(_quote(p, a, b, "indirect", v, mention, "explicit"), v))
    return out


class _Spans:
    """Quote spans sorted by start, for containment and overlap look-ups in log time."""

    def __init__(self, quotes) -> None:
        self.spans = sorted((q.start, q.end) for q in quotes)
        self.starts = [a for a, _ in self.spans]
        # the furthest end among spans starting at or before each position
        self.reach: list[int] = []
        far = -1
        for _, b in self.spans:
            far = max(far, b)
            self.reach.append(far)

    def contains(self, q: Quote) -> bool:
        """Some span starts at or before ``q`` and ends at or after it."""
        k = bisect_right(self.starts, q.start) - 1
        return k >= 0 and self.reach[k] >= q.end

    def overlaps(self, q: Quote) -> bool:
        """Some span shares characters with ``q``."""
        k = bisect_left(self.starts, q.end) - 1
        return k >= 0 and self.reach[k] > q.start


#: a clause that goes on after a closing mark: '"no feast is worth a life" and that'
_AND_THAT = rx.compile(r" and that ")


def find_quotes(text: str, seg: Segmentation) -> list[Quote]:
    """Every quotation in the article, in reading order (speakers unresolved)."""
    marks = quote_marks(text, seg)
    by_para: dict[int, list[_Mark]] = {}
    for m in marks:
        by_para.setdefault(m.paragraph, []).append(m)
    quotes: list[Quote] = []
    chained: list[_Found] = []  # direct quotes that open or continue multi-paragraph quotes
    intro: Quote | None = None  # 'X said:' ending the previous paragraph
    for i in range(len(seg.paragraphs)):
        p = _Paragraph(text, seg, i)
        pm = by_para.get(i, [])
        marked = _direct_and_partial(p, pm)
        if intro is not None and marked and marked[0].quote.attribution == "continued" and \
                marked[0].mark and marked[0].mark.open - p.start <= 1:
            q = marked[0].quote  # the quote the colon announced takes its attribution
            marked[0] = _Found(Quote(q.start, q.end, q.kind, q.paragraph, intro.cue,
                                     intro.cue_start, intro.cue_end, intro.mention_start,
                                     intro.mention_end, None, "explicit"),
                               None, marked[0].mark)
        intro = _introduction(p) if not pm else None
        joined = {id(f) for f in marked if f.quote.kind == "direct" and f.mark is not None and
                  f.verb_token is not None and f.mark.closed and
                  _AND_THAT.match(text, f.mark.close + 1) is not None and
                  not text[p.t.spans[f.verb_token][1]:f.mark.open].strip()}
        # ('said "no feast is worth a life" and that the government would help': the quoted
        # words open a reported clause that goes on, one report of the speaker's)
        used = {f.verb_token for f in marked
                if f.verb_token is not None and f.quote.kind == "direct" and id(f) not in joined}
        taken = [(m.open, m.close) for m in pm]
        reported = _indirect(p, taken, used) + _labelled_act(p, taken)
        # a quoted fragment inside a reported clause belongs to the clause
        outer = _Spans(r.quote for r in reported)
        marked = [f for f in marked
                  if not ((f.quote.kind == "partial" or id(f) in joined) and
                          outer.contains(f.quote))]
        direct = _Spans(f.quote for f in marked if f.quote.kind == "direct")
        reported = [r for r in reported if not direct.overlaps(r.quote)]
        # (nor a clause inside quoted words: 'said no price "pays for a house that cannot be
        # built again."' has no second saying in "that cannot be built again")
        reported = [r for r in reported
                    if not any(f.quote.kind == "partial" and f.quote.start < r.quote.start and
                               r.quote.end <= f.quote.end for f in marked)]
        reported = _cut_before_their_word(text, reported)
        # two reported clauses over the same words: keep the outer one
        kept: list[_Found] = []
        reach = -1  # end of the furthest reaching clause kept so far
        for r in sorted(reported, key=lambda f: (f.quote.start, -f.quote.end)):
            if r.quote.start >= reach:
                kept.append(r)
                reach = r.quote.end
        # a quoted name inside the speaker of a reported clause ('Drivers of Battambang's
        # "bamboo train", the makeshift platforms ..., say'): who speaks, not what is said
        speaking = [(r.quote.mention_start, r.quote.mention_end) for r in kept
                    if r.quote.mention_start is not None and r.quote.mention_end is not None]
        marked = [f for f in marked
                  if not (f.quote.kind == "partial" and
                          any(a <= f.quote.start and f.quote.end <= b for a, b in speaking))]
        chained.extend(f for f in marked if f.mark and (f.mark.continues or f.mark.continued))
        quotes.extend(f.quote for f in marked)
        quotes.extend(f.quote for f in kept)
    _attribute_chains(quotes, chained)
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _cut_before_their_word(text: str, reported: list[_Found]) -> list[_Found]:
    """An act told with "to" that holds the group's own word on its object ("threatened to
    strike unless they are paid hardship allowances they say have been withheld"): the act
    ends before that word, which is a quote of its own (kept, not swallowed as the outer
    clause's words)."""
    out = []
    for r in reported:
        q = r.quote
        inner = next((o.quote for o in reported if o is not r and q.start < o.quote.start and
                      o.quote.end <= q.end and o.quote.mention_start is not None and
                      q.start < o.quote.mention_start and
                      text[o.quote.mention_start:o.quote.mention_end].lower() == "they"),
                     None) if text.startswith("to ", q.start) else None
        if inner is not None:
            cut = _THEIR_WORD_OPENER.search(text[q.start:inner.mention_start])
            a, b = _trim_span(text, q.start, q.start + cut.start() if cut else
                              inner.mention_start)
            if b - a > 10:
                r = _Found(replace(q, start=a, end=b), r.verb_token, r.mark)
        out.append(r)
    return out


#: the relative word before a group's own word ("a price cap that they say"), left out of
#: the act's span
_THEIR_WORD_OPENER = rx.compile(r",? (?:that|which) $")


def _introduction(p: _Paragraph) -> Quote | None:
    """``William Okafor, a researcher at the group, said:`` closing a paragraph announces
    the quotation that opens the next: its cue and speaker mention, as an empty quote."""
    t = p.t
    n = len(t)
    if n < 3 or t.low[n - 1] != ":":
        return None
    lo, _ = p.sentence_bounds(n - 1)
    found = _attribution_before(p, n, lo)
    if found is None:
        return None
    return _quote(p, p.end, p.end, "direct", found[0], found[1], "explicit")


def _attribute_chains(quotes: list[Quote], chained: list[_Found]) -> None:
    """A multi-paragraph quote is attributed once, often in its last paragraph:
    earlier pieces take that attribution (in place, in ``quotes``)."""
    later: Quote | None = None
    for f in reversed(chained):
        q = f.quote
        if q.attribution == "explicit":
            later = q
        elif later is not None and f.mark and f.mark.continues:
            i = quotes.index(q)
            quotes[i] = Quote(q.start, q.end, q.kind, q.paragraph, later.cue, later.cue_start,
                              later.cue_end, later.mention_start, later.mention_end, None,
                              "explicit")
            later = quotes[i]
        if f.mark and not f.mark.continued:
            later = None if q.attribution != "explicit" else later

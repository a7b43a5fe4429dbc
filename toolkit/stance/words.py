"""Stance words: the explicit for and against language of a clause.

``_cue_value`` reads the stance words of the clause around a mention (support,
criticism, harm, praise, their negation and who they fall on); ``stance_cues`` is
the lexicon of stance words with their direction (``lexicons/stance_cues.csv``);
``_view`` is a sentence's tokens and polarity, read once per sentence. The word
lists here are shared by the layers above.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import lexicon, valence
from .. import prefilter as rx
from ..mentions import AUXILIARIES, NUMBER_WORDS, Tokens
from ..quotes import PENALTY_NOUNS
from ..segment import Segmentation

PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got"})
_TOK = rx.compile(r"\w+(?:[’'\-]\w+)*|[^\w\s]")
NEGATIONS = frozenset({"not", "no", "never", "n't", "without", "nor", "cannot"})
PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}


@lru_cache(maxsize=65536)
def _stem(w: str) -> str:
    """A crude suffix stripper: enough to pool ``attack/attacks/attacked``."""
    for suf in ("ingly", "edly", "ing", "ed", "ly", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[:-len(suf)]
    return w


@cache
def _polarity_table() -> dict[str, tuple[float, float]]:
    """Word -> (polarity, subjectivity) from TextBlob's shipped Pattern lexicon."""
    from textblob.en import sentiment

    sentiment.load()
    table = {}
    for word, senses in sentiment.items():
        values = senses.get(None) or next(iter(senses.values()))
        if values[0] or values[1]:
            table[word] = (float(values[0]), float(values[1]))
    return table


def _polarity(words: list[str]) -> tuple[float, float]:
    """Mean polarity and subjectivity of the lexicon words, a preceding negation
    flipping polarity by -0.5 (Pattern's rule)."""
    table = _polarity_table()
    pols, subs = [], []
    for i, w in enumerate(words):
        entry = table.get(w)
        if entry:
            p = entry[0] * (-0.5 if i and words[i - 1] in NEGATIONS else 1.0)
            pols.append(p)
            subs.append(entry[1])
    if not pols:
        return 0.0, 0.0
    return sum(pols) / len(pols), sum(subs) / len(subs)


@dataclass(frozen=True)
class _SentenceView:
    """A sentence tokenised once: spans, lower-cased words, stems, word polarities."""

    spans: tuple[tuple[int, int], ...]
    low: tuple[str, ...]
    stems: tuple[str, ...]
    lex: tuple[float, ...]
    pol: float
    sub: float
    cue_positions: tuple[int, ...]  # tokens where a stance cue may stand (_cue_triggers)
    ends: tuple[int, ...] = ()  # each token's end offset, for bisection

    def covering(self, start: int, end: int) -> tuple[int, int]:
        """First and last token overlapping ``start..end`` (0, 0 when none does)."""
        lo = bisect_right(self.ends, start)  # first token ending after start
        hi = lo
        while hi < len(self.spans) and self.spans[hi][0] < end:
            hi += 1
        return (lo, hi - 1) if hi > lo else (0, 0)


#: what corroborates ("evidence to support", "data to back"): no stance of a speaker
EVIDENCE_NOUNS = frozenset({"evidence", "proof", "data", "documents", "basis", "grounds"})
#: "tested positive": the words before a test result, which is no sentiment
MEDICAL_TESTS = frozenset({"tested", "tests", "test", "testing"})


@lru_cache(maxsize=4096)
def _view(sentence: str) -> _SentenceView:
    spans = tuple([m.span() for m in _TOK.finditer(sentence)])
    lowered = sentence.lower()
    if len(lowered) == len(sentence):  # lower-casing kept every offset (almost always)
        low = tuple([lowered[a:b] for a, b in spans])
    else:
        low = tuple([sentence[a:b].lower() for a, b in spans])
    # one pass over the words: each word's polarity, and the sentence's mean polarity and
    # subjectivity as _polarity computes them (a negation before a word flips it by -0.5)
    table_get = _polarity_table().get
    lex, pols, subs = [], [], []
    prev = ""
    for w in low:
        entry = table_get(w)
        if entry and prev in MEDICAL_TESTS and w in ("positive", "negative"):
            entry = None  # "tested positive for EPO": a result, no praise
        if entry:
            lex.append(entry[0])
            pols.append(entry[0] * (-0.5 if prev in NEGATIONS else 1.0))
            subs.append(entry[1])
        else:
            lex.append(0.0)
        prev = w
    pol, sub = (sum(pols) / len(pols), sum(subs) / len(subs)) if pols else (0.0, 0.0)
    triggers = _cue_triggers()
    return _SentenceView(spans, low, tuple(map(_stem, low)), tuple(lex), pol, sub,
                         tuple([i for i, w in enumerate(low) if w in triggers and
               not (w == "respect" and i and low[i - 1] in ("with", "due")) and
               not (w == "respect" and "but" in low[i + 1:i + 8]) and
               not (w == "open" and low[i + 1:i + 2] == ("invitation",)) and
               not (w == "open" and i and low[i - 1] == "eyes")]),
        # ("With respect, they looked where it suited them", "We respect the students'
        # work, but this app was not copied": a courtesy before a rebuttal;
        # "an open invitation to silence reporters": an idiom of blame, no openness; "made a
        # bad bet with its eyes open": knowing, not open to anyone)
                         tuple([b for _, b in spans]))


#: verbs that end a hope: "ended any hope of", "dashed hopes"
HOPE_ENDERS = frozenset({"ended", "ends", "end", "ending", "dashed", "dashes", "killed",
                         "crushed", "destroyed", "extinguished", "shattered"})


@cache
def _cue_triggers() -> frozenset[str]:
    """Every word at which :func:`_cue_value` may find a stance cue: most words are none,
    so a sentence's cue positions are found with one set look-up per word (each rule in
    :func:`_cue_value` then checks its own context; a sentence with no trigger word skips
    them all)."""
    return frozenset(stance_cues()) | HOSTILE_ACTS | LOSABLE | PENALTIES | PROSECUTED | \
        GRIEVANCE | CONTESTING | RESISTING | THREATS | VERDICT_NOUNS | RECKLESS | PROMISED | \
        frozenset(TREATED) | AGGRESSIONS | COOPERATION | RANKED | REVERSALS | KEEPING | \
        CONSULTING | \
        {"nothing", "anything", "share", "down", "behind", "fail", "politics", "games", "roulette",
         "supposed", "too", "money", *CONDUCT, *PLEDGES, "else", *LEFT_TO_SPOIL,
         "choice", "line", "wrong", "cost", "costs", "costing", "short", "should", *CAUSING,
         "protest", "protests", *CHOOSING, "broke", "broken", "breaks", "breaking", "dressed",
         "shares", "shared", "enough", "sufficient", *TREAT_FORMS, *UNPROVEN, *GRANTING,
         "harder", *EXPOSING, *HARMFUL_AIMS, *SEIZING, "risk", "backs", *CAMPAIGNING,
         *HOLDING, *WONDERING, *FOLLOWING, *RELEASING, *FREED, "must", *DELIVERING, *PERSECUTIONS,
         *PRESSING, *OPPOSITIONS, *TAKING, *GETTING, "earns", "makes", *REDRESS, *TIME_SPANS,
         *HARMFUL_MEANS, *DIVIDING, *COMPLETED, "unless", *BELIEVING, "fine", *EXPLOITING,
         "business", "receipt", "receipts",
         *SHUTTING_OUT, *HURTING, *SQUANDERING, *SHELVING, *DESERVING, *OVERSIGHT, *PROTECTING,
         "since", "same", "after", *COMPENSATING, "work", "working", *UNILATERAL_ACTS, *RAISING,
         *STAND_VERBS}
#: a charge of slowness after the one charged: "had moved too slowly", "came too late",
#: "had waited too long"
_TOO_SLOWLY = rx.compile(r"\b(?:(?:moved|acted|responded|reacted|worked) too slowly|"
                         r"(?:came|comes|acted|moved|responded|reacted) too late|"
                         r"(?:waited|took) too long)\b")
#: a challenge in court, in a speaker's words: "I will see them in court", "take them to
#: court"
_SEE_IN_COURT = rx.compile(r"\b(?:see|take|drag) (?:them|you|him|her|it|the \w+) "
                           r"(?:in|to) court\b")
#: a name set off after a mention that describes it: ", Sahara Palms Resorts" (what follows is
#: said of the one named, as of the description)
_SET_OFF_NAME = r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4})?"
#: a measure that fails, said of whoever owns it: "the government's barriers are not working"
_NOT_WORKING = rx.compile(r"['’]s (?:[a-z-]+ ){0,3}(?:is|are|was|were|has|have)(?: not|n['’]t) "
                          r"(?:been )?work(?:ing|ed)\b")
#: what a measure does to people, said by those it falls on: "the move would hit families"
HURTING = frozenset({"hit", "hurt", "harm", "punish", "penalise", "penalize", "ruin",
                     "devastate", "cripple"})
#: an act said to raise what others pay: "the toll would add to already high costs", "would
#: make Klaipėda one of the most expensive stops"
_ADDS_COSTS = rx.compile(r"\bwould (?:(?:add to|raise|increase|push up|drive up) "
                         r"(?:[\w'’-]+ ){0,3}?(?:costs|prices|bills|fares|rents)\b|"
                         # "the fee would make Klaipėda one of the most expensive stops"
                         r"make (?:[\w'’-]+ ){1,5}?(?:more |most |too )?(?:expensive|costly|"
                         r"unaffordable)\b)")
#: an act said to eat up what people earn: "the rise would eat most of their profit"
_EATS_EARNINGS = rx.compile(r"\b(?:would|will|could) (?:eat|eat up|eat into|wipe out|swallow) "
                            r"(?:most of |all of |half of |much of )?(?:their|our|my|the) "
                            r"(?:profits?|income|incomes|earnings|savings|margins?|wages)\b")
#: an act's undoing set as the condition of a return: "would reopen only if the " (ends at
#: the doer's mention)
_ONLY_IF = rx.compile(r"\b(?:only if|unless|until) (?:the |its )?$")
#: the undoing, after the doer's mention: " reversed the rise"
_UNDOES = rx.compile(r" (?:reverses|reversed|reverse|scraps|scrapped|scrap|withdraws|withdrew|"
                     r"withdraw|cancels|cancelled|canceled|cancel|drops|dropped|lowers|lowered|"
                     r"lifts|lifted|restores|restored)\b")
#: exploitation charged: "They are taking advantage of us"
_TAKES_ADVANTAGE = rx.compile(r"\b(?:taking|take|took|takes) advantage of (?:us|me|them|our|"
                              r"their|farmers|growers|workers|families|people)\b")
#: a place where no one is said to be safe, right before the mention: 'the case showed that
#: "no writer is safe" in Algeria'
_NO_ONE_SAFE_IN = rx.compile(r"\b(?:no one|nobody|no [a-z]+) (?:is|was|are|were|feels?|will be) "
                             r"(?:safe|free)[\"”]? in $")
#: a wrong the mention did, as the agent of a passive right before it: "families who were
#: abandoned by this government", "people betrayed by the council"
_WRONGED_BY = rx.compile(r"\b(?:(?:was|were|been|being|is|are|felt|feel) )?(?:[a-z]+ly )?"
                         r"(?:abandoned|betrayed|cheated|deceived|misled|exploited|"
                         r"robbed|punished|let down|failed|neglected) by (?:the |this |that )?$")
#: political prisoners said to be held in or by the mention, right before it: "thousands of
#: other political prisoners remained behind bars in Egypt"
_PRISONERS_IN = rx.compile(r"\b(?:political prisoners|prisoners of conscience|political "
                           r"detainees)\b[^.;]{0,50} (?:in|by) $")
#: a mention said to have lost control: 'the minister had "lost control of the streets"'
_LOST_CONTROL = rx.compile(r"[\w'’.-]*(?: [\w'’.-]+){0,2}? (?:(?:had|has|have) )?"
                           r"(?:completely |totally )?[\"“]?lost control\b")
#: the rule that binds everyone, said before the mention it is meant for: "No one is above
#: the law, however high the office he once held"
_NONE_ABOVE_LAW = rx.compile(r"\b(?:[Nn]o one|[Nn]obody|[Nn]o (?:[a-z]+ )?(?:man|woman|person|"
                             r"official|politician|leader|citizen)) (?:is|was|will be|should be|"
                             r"can be) above the law\b")
#: a mention said not to stand above the law: "the former president is not above the law"
_NOT_ABOVE_LAW = rx.compile(r"[\w'’.-]+(?: [\w'’.-]+){0,4}? (?:is|was|are|were) not above the "
                            r"law\b")
#: a support the speaker says its giver should apologise for: "should apologise for having
#: defended the attorney general" (a charge against the one defended too)
_SUPPORT_REGRETTED = rx.compile(r"\bapologi[sz]e for (?:having )?(?:defended|defending|backed|"
                                r"backing|supported|supporting|protected|protecting|shielded|"
                                r"shielding) (?:the )?$")
#: an office said to be made a weapon by the mention: "This government turned the
#: prosecution service into a political weapon"
_WEAPONISED = rx.compile(r"[\w'’.-]*(?: [\w'’.-]+){0,3}? (?:has |have |had )?(?:turned|turns|"
                         r"is turning|has been turning) (?:[\w'’-]+ ){1,5}?into (?:a |an |its )?"
                         r"(?:political |partisan |personal )?(?:weapon|tool|instrument|"
                         r"weapons)\b|[\w'’.-]*(?: [\w'’.-]+){0,3}? (?:has |have |had |is )?"
                         r"weaponi[sz](?:ed|ing)\b")
#: an act the mention names shown to uphold a rule for all: 'the ruling proved that "the rules
#: apply to everyone"', "the verdict showed that no one is above the law" (not a pronoun that
#: stands for the one it warns: '"This shows that no one is above the law"')
_RULE_UPHELD = rx.compile(r"(?!(?:[Tt]his|[Tt]hat|[Ii]t)\b)[\w'’.-]+(?: [\w'’.-]+){0,2}? "
                          r"(?:has |had )?(?:proved|proves|"
                          r"proven|showed|shows|shown|confirmed|confirms|demonstrated|"
                          r"demonstrates) (?:that )?[\"“]?(?:(?:no one|nobody) (?:is|was) above "
                          r"the law|(?:the )?(?:rules|laws?) appl(?:y|ies|ied) (?:equally )?"
                          r"(?:to|for) (?:everyone|everybody|all)|justice (?:works|has been "
                          r"done))\b")
#: an insinuation put as a condition on the mention: "If the commission has nothing to hide,
#: it should welcome an audit"
_NOTHING_TO_HIDE = rx.compile(r"[\w'’.-]+(?: [\w'’.-]+){0,3}? (?:has|have|had) nothing to hide\b")
#: a bias charged to the mention or its rules: "Critics say the commission's rules favour
#: established parties"
_FAVOURS_OTHERS = rx.compile(r"[\w.-]+(?:['’]s [a-z]+)? (?:unfairly |clearly |openly )?"
                             r"favou?r(?:s|ed)? (?!us\b|me\b|them\b)")
#: an impunity charged to the mention: 'the ruling party had done "exactly the same thing"
#: without being fined'
_UNPUNISHED = rx.compile(r"[\w.-]+(?: [\w'’.\"“”-]+){0,10}? without (?:ever )?being (?:fined|"
                         r"punished|charged|prosecuted|sanctioned|arrested|investigated)\b")
#: a call to violence made by the mention: 'urged supporters at a rally in May to "take the
#: government buildings by force"', "called on his followers to storm parliament"
_INCITED_FORCE = rx.compile(r"[\w'’.-]*(?: [\w'’.-]+){0,2}? (?:had |has |allegedly )?"
                            r"(?:urged|urging|urges|called on|calling on|incited|inciting|"
                            r"encouraged|encouraging) (?:[\w'’,-]+ ){1,8}?to [\"“]?"
                            r"(?:storm\b|(?:[\w'’-]+ ){1,6}?by force\b)")
#: an act on the mention that the same clause calls unlawful: "acted unconstitutionally when
#: they voted to remove House Speaker Varney Korvah" (the one wronged by it)
_UNLAWFULLY_ACTED_ON = rx.compile(r"\b(?:unconstitutional(?:ly)?|illegal(?:ly)?|unlawful(?:ly)?)"
                                  r"\b[^.;]{0,50}\b(?:remove|removed|dismiss|dismissed|expel|"
                                  r"expelled|suspend|suspended|oust|ousted|impeach|impeached|"
                                  r"detain|detained|arrest|arrested|jail|jailed) (?:the )?$")
#: public money said to go to a mention's circle: "not to the prime minister's friends",
#: "into the pockets of the president's cronies" (the mention, then its circle)
_CRONIES_OF = rx.compile(r"(?:[\w.-]+ ){0,3}?[\w.-]+['’]s (?:friends|cronies|oligarchs|"
                         r"inner circle|business partners|relatives)\b")
#: what sends the money before that mention: "not to", "into the pockets of", "went to"
_MONEY_TO_BEFORE = rx.compile(r"\b(?:not (?:to|for)|pockets of|enrich(?:es|ed|ing)?|"
                              r"handed (?:out )?to|went to|goes to|go to) (?:the )?$")
#: a country said to be no one's ground to play on, right before the mention: "Kosovo is
#: not a playground for Belgrade's officials", "not a backyard for Moscow"
_NO_PLAYGROUND_FOR = rx.compile(r"\bnot (?:a|the) (?:playground|backyard|colony|plaything|"
                                r"testing ground) (?:for|of) (?:the )?$")
#: the same with the mention as owner: "Armenia is not Russia's backyard" (after the
#: mention's name)
_OWNED_GROUND = rx.compile(r"[\w-]+(?: [A-Z][\w-]+)*['’]s (?:playground|backyard|colony|"
                           r"plaything)\b")
#: the mention said to have kept to the law, from its name on: 'the president had "followed
#: the constitution to the letter"' (vouched for; "had not followed the law": charged)
_KEPT_TO_LAW = rx.compile(r"[\w'’.-]+(?: [\w'’.-]+){0,2}? (?:(?:had|has|have|was|is|always|"
                          r"fully|strictly) )*((?:not|never) )?[\"“]?(?:followed|respected|"
                          r"complied with|acted within|abided by|adhered to|acted in line with|"
                          r"acted in accordance with) (?:the|all|every) (?:[a-z]+ )?(?:"
                          r"constitution|law|laws|rules|procedures?)\b")
#: a reprisal against the mention, right before it: "was retaliation for her anti-corruption
#: investigations" (the one wronged, whose side the speaker takes)
_RETALIATION_FOR = rx.compile(r"\b(?:retaliation|reprisals?|payback) for $")
#: a strength of the mention's that others are said to fear, right before it: "They fear his
#: popularity" (said of the one feared, whose side the speaker takes)
_FEARED_STRENGTH = rx.compile(r"\b(?:fear|fears|feared|afraid of|scared of) $")
_STRENGTH_AFTER = rx.compile(r"(?:his|her|their) (?:growing |rising )?(?:popularity|strength|"
                             r"influence|support|success|appeal)\b")
#: a thing made by the mention for itself: "This law was written by the president for the
#: president" (a self-serving charge)
_BY_FOR_ITSELF = rx.compile(r"\b(?:written|made|drafted|designed|crafted|tailored) by (the )?"
                            r"([\w'’-]+(?: [\w'’-]+)?) for \1?\2\b")
#: an envoy summoned, the mention his country: "Denmark summoned the top U.S. diplomat",
#: "summoned Russia's ambassador" (a protest lodged with the state he serves)
_SUMMONED_BEFORE = rx.compile(r"\bsummon(?:ed|s|ing)? (?:the |its |their )?(?:top |senior |acting |"
                              r"most senior )?$")
_ENVOY_AFTER = rx.compile(r"[A-Z][\w.]*(?:['’]s?)?(?: [A-Z][\w.]*(?:['’]s?)?){0,2} "
                          r"(?:[a-z]+ )?(?:ambassador|envoy|diplomat|charg[ée] d['’]affaires)\b")
#: the mention said to stay a partner, from its name on: "Australia remained the country's
#: main security partner", "Japan is our closest ally"
_STAYS_PARTNER = rx.compile(r"[\w-]+(?: [A-Z][\w-]+)* (?:remains|remained|is|was|has been|"
                            r"will remain|would remain) (?:the country['’]s|our|its|their|"
                            r"a|an|the) (?:[a-z]+ ){0,2}(?:partner|ally)\b")
#: a reassurance right before the mention: "This is not against the drivers"
_NOT_AGAINST = rx.compile(r"\bnot against (?:the |our |their |any )?$")
#: an act said to have left people or places without what they need: "the union's strike had
#: left wards without staff"
_LEFT_WITHOUT = rx.compile(r"\b(?:had|has|have|would|will) left (?:[\w'’-]+ ){1,4}?without\b")
#: an act said to drive people off: "the rule would drive talented players to clubs abroad",
#: "will push young families out"
_DRIVEN_OFF = rx.compile(r"\b(?:would|will|could) (?:drive|push|force) (?:[\w'’-]+ ){1,3}?"
                         r"(?:away|out|abroad|offline|to (?:[\w'’-]+ ){0,2}abroad)\b|"
                         # "the rules would force them to keep twice as many dogs"
                         r"\b(?:would|will|could) force (?:them|us|me|people|families|"
                         r"farmers|owners|workers) to\b")
#: a trust the speakers gave, then betrayed: "We trusted them with our children's health, and
#: they cut corners"
_BROKEN_TRUST = rx.compile(r"\b(?:We|I|we) (?:trusted (?:their|its|his|her) [a-z]+ more than\b|"
                           r"(?:trusted|believed|relied on) (?:them|it|him|her)\b"
                           r"(?:[^.;!?]{0,60}?,? (?:and|but) (?:they|it|he|she) |"
                           r"[^.;!?]{0,60}? for (?:[a-z-]+ )?(?:years|decades)\b))")
#: a warning given to the mention, then left unheard: "said it had asked the ministry months
#: ago to restrict sales ... "We raised the alarm in March and nobody listened,""
_ASKED_BEFORE = rx.compile(r"\b(?:asked|urged|warned|petitioned|begged|implored|written to|"
                           r"wrote to|appealed to|approached) (?:the )?$")


@cache
def stance_cues() -> dict[str, float]:
    """Explicit stance word -> +1 (favor) or -1 (against); built once, read only (callers
    look words up, per quote and per sentence)."""
    return {r["cue"].lower(): 1.0 if r["direction"] == "favor" else -1.0
            for r in lexicon.rows("stance_cues")}


#: cues that blame whoever does it and defend whom it is done to: the target who "is made
#: the scapegoat" is defended
VICTIM_CUES = frozenset({"scapegoat", "scapegoated", "scapegoating", "scapegoats"})
MADE = frozenset({"made", "being", "is", "was", "became", "become", "been", "a", "the"})
DO_FORMS = frozenset({"did", "done", "does", "do", "doing"})
CONTRAST = frozenset({"but", "while", "whereas", "however", "although", "though", "yet", ";"})


#: wrongs done to people for gain, charged to their doer ("the company had squeezed
#: independent drivers for years")
EXPLOITING = frozenset({"exploited", "exploiting", "exploits", "squeezed", "squeezing",
                        "squeezes", "overcharged", "overcharging", "overcharges", "gouged",
                        "gouging"})
#: verbs that shut people out, a wrong when their object is people: "had excluded millions of
#: Syrians", "disenfranchised voters"
SHUTTING_OUT = frozenset({"excluded", "excludes", "excluding", "exclude", "sidelined",
                          "marginalised", "marginalized", "disenfranchised", "disenfranchises"})
#: the people such a verb shuts out
PEOPLE_SHUT_OUT = frozenset({"millions", "thousands", "hundreds", "us", "them", "voters",
                             "people", "citizens", "women", "minorities", "residents",
                             "communities", "workers", "families"})
#: verbs of welcoming: a welcome given to a penalty is no favour to whom it punishes
WELCOMING = frozenset({"welcome", "welcomed", "welcomes", "welcoming", "hailed", "praised"})
#: what one can lose in someone ("lost confidence in"): its loss is a stance against them
LOSABLE = frozenset({"confidence", "trust", "faith", "patience"})
LOST = frozenset({"lost", "losing", "lose", "loses", "destroys", "destroyed", "destroy",
                  "destroying", "undermines", "undermined", "undermine", "undermining",
                  "erodes", "eroded", "erode", "eroding", "shattered", "damaged", "damages"})
# ("lost confidence in", "the kind of delay that destroys trust")
#: what one does to a trust placed in one ("abused the trust of the citizens"): against the doer
BETRAYING = frozenset({"abused", "abuses", "abusing", "abuse", "betrayed", "betrays",
                       "betraying", "betray", "violated", "violates", "breached", "breaches"})
#: what may stand between such a verb and the trust it names ("betrayed the public's trust")
TRUST_OWNERS = frozenset({"the", "their", "his", "her", "our", "my", "its", "your", "public",
                          "people's", "voters'", "public's"})
#: what one may refuse to believe of someone: "did not believe the minister's timetable"
BELIEVING = frozenset({"believe", "believed", "believes", "trust", "trusted", "trusts"})
#: modals and "to" before a verb "fine": the penalty ("could fine the company"), not the adjective
FINE_BEFORE = frozenset({"could", "would", "will", "may", "might", "can", "should", "to"})
#: acts of force aimed "on" or "against" a target: against it, whoever reports them
HOSTILE_ACTS = frozenset({"strike", "strikes", "attack", "attacks", "assault", "assaults",
                          "offensive", "raid", "raids", "airstrike", "airstrikes"})

#: acts of force whose doer a speaker names as their subject ("Cambodian troops had opened
#: fire first on a Thai patrol", "Russian forces shelled the town"): an accusation
AGGRESSIONS = frozenset({"fired", "shelled", "attacked", "invaded", "bombed", "ambushed",
                         "opened", "violated", "stormed", "raided", "executed", "executes",
                         "hanged", "tortured"})
#: working with someone: "cooperating with the agency" sides with it
COOPERATION = frozenset({"cooperate", "cooperates", "cooperated", "cooperating"})


def _with_after(low: tuple[str, ...] | list[str], i: int) -> int | None:
    """The index of ``with`` right after ``i``, past one adverb (``cooperating fully
    with``), else None."""
    k = i + 2 if i + 2 < len(low) and low[i + 1].endswith("ly") else i + 1
    return k if k < len(low) and low[k] == "with" else None
#: what may stand between such a subject and its verb: its head noun, auxiliaries, adverbs
_AGGRESSOR_GAP = frozenset({"troops", "forces", "soldiers", "army", "navy", "militia",
                            "police", "had", "have", "has", "first", "repeatedly", "again",
                            "deliberately", "then", "also"})


def _name_end(sentence: str, spans: Sequence[tuple[int, int]], at: int, i: int) -> int:
    """The last word of the capitalised name that opens at word ``at``, before word ``i``
    (``Saudi Arabia`` of ``Saudi Arabia executed``)."""
    while at + 1 < i and sentence[spans[at + 1][0]].isupper():
        at += 1
    return at


def _aggression_by(low: tuple[str, ...] | list[str], at: int, i: int) -> bool:
    """Whether the act of force at ``i`` is done by the mention at ``at`` as its subject
    (``opened`` only with ``fire``)."""
    if low[i] == "opened" and (i + 1 >= len(low) or low[i + 1] != "fire"):
        return False
    return 0 < i - at <= 4 and all(w in _AGGRESSOR_GAP for w in low[at + 1:i])


#: harm done to someone; a stance word condemning it ("a senseless act of violence against a
#: man") sides with whoever it was done to
HARMS = HOSTILE_ACTS | frozenset({"violence", "crime", "crimes", "aggression", "war",
                                  "atrocity", "atrocities", "killing", "killings", "massacre",
                                  "bombing", "bombings", "abuse", "abuses"})

#: a taking, then nothing received for it ("has collected fees ... and the traders have
#: seen nothing for it")
COLLECTED = frozenset({"collected", "collects", "collecting", "taken", "takes", "took",
                       "charged", "charges", "charging", "pocketed", "raised"})
RECEIVED = frozenset({"seen", "saw", "got", "gotten", "received", "had"})
#: deciding for others alone: "the company decides alone what our work is worth"
UNILATERAL_ACTS = frozenset({"decides", "decided", "sets", "set", "fixes", "fixed", "dictates",
                             "chooses", "chose"})
#: what a body may charge, a rise in which is a harm to whoever pays it ("their municipality has
#: tripled the fee for exhuming the remains")
CHARGES_PAID = frozenset({"fee", "fees", "price", "prices", "rent", "rents", "fare", "fares",
                          "costs",
                          "tax", "taxes", "tariff", "tariffs", "charge", "charges", "levy",
                          "tolls", "toll"})
#: the verbs of such a rise ("pushed" and "driven" with "up": "has pushed up rents")
RAISING = frozenset({"raised", "tripled", "doubled", "quadrupled", "hiked", "increased",
                     "pushed", "driven", "drove"})
#: a count that grew ("had doubled since the mine expanded")
RISES = frozenset({"doubled", "tripled", "quadrupled", "risen", "rose", "increased", "soared",
                   "jumped", "grown", "multiplied"})
#: harms counted in cases: "cases of asthma", "accidents", "complaints"
AILMENTS = frozenset({"cases", "asthma", "deaths", "illness", "illnesses", "infections",
                      "accidents", "complaints", "floods", "flooding", "cracks", "injuries",
                      "thefts", "diseases", "admissions", "evictions", "miscarriages"})

#: penalties a speaker reports imposing on someone ("was banned", "suspended X"): against
PENALTIES = frozenset({"banned", "suspended", "fined", "disqualified", "expelled",
                       "penalised", "penalized", "sanctioned", "stripped", "relegated",
                       "docked"})
#: verbs that name what something is: "called the plan a betrayal", "branded it a farce"
CHARACTERISING = frozenset({"called", "calls", "calling", "branded", "brands", "branding",
                            "labelled", "labeled", "described", "describes", "describing"})


def _word_starts(lowered: str, words: frozenset[str]) -> list[int]:
    """Where any of ``words`` (lower-case letters) occurs in ``lowered`` as a whole word,
    found by plain string search: for a dozen words several times faster than a pattern
    tried at every character."""
    out = []
    for w in words:
        at = lowered.find(w)
        while at >= 0:
            end = at + len(w)
            if (at == 0 or not _is_word_char(lowered[at - 1])) and \
                    (end == len(lowered) or not _is_word_char(lowered[end])):
                out.append(at)
            at = lowered.find(w, at + 1)
    return out


def _word_ends(lowered: str, word: str, before: int) -> list[int]:
    """Where each whole-word ``word`` in ``lowered`` ends, before ``before``."""
    return [at + len(word) for at in _word_starts(lowered[:before], frozenset({word}))]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _characterised_as(t: Tokens, i: int, cues: Mapping[str, float]) -> float | None:
    """The lean of the stance word a characterising verb at ``i`` gives its object, within
    its clause and before any quotation mark (a quoted characterisation is a quote of its
    own): ``called the plan a betrayal of workers`` -> -1."""
    for k in range(i + 1, min(len(t), i + 9)):
        w = t.low[k]
        if w in (",", ".", ";", "“", '"', "”", "and", "but", "that", "which", "who"):
            return None
        if (c := cues.get(w) or CHARACTERISED.get(w)) and not t.caps[k] and \
                w not in lexicon.reporting_verbs():
            return c
    return None


#: what a characterisation calls an act, beside the stance cues: "called the decision a
#: blow to investor confidence", "called the grant a lifeline" (only after "called": "a
#: blow to farmers" elsewhere is the farmers' loss, no side taken against them)
CHARACTERISED = {"blow": -1.0, "setback": -1.0, "mistake": -1.0, "disaster": -1.0,
                 "insult": -1.0, "travesty": -1.0, "slap": -1.0, "boost": 1.0, "lifeline": 1.0,
                 "robbery": -1.0, "theft": -1.0, "extortion": -1.0}


#: what a speaker may say someone should never have suffered ("should never have been
#: charged"): a defence of them
PROSECUTED = frozenset({"charged", "prosecuted", "arrested", "indicted", "convicted", "jailed",
                        "fired", "sacked", "dismissed", "punished", "disciplined", "blamed"})


#: acts a speaker charges someone with in so many words, though also verbs of saying
THREATS = frozenset({"threatened", "threatens", "threatening"})


def _penalty_after(low, at: int, i: int, sentence: str, v) -> bool:
    """``Marcus Dwyer has been provisionally suspended``: a penalty (at ``i``) on the name
    at ``at``, past its last capitalised word, "has/have/had been" and an adverb."""
    k = at + 1
    while k < i and sentence[v.spans[k][0]].isupper():
        k += 1
    if k < i and low[k] in ("has", "have", "had"):
        k += 1
    if k < i and low[k] in PASSIVE_AUX:
        k += 1
    if k < i and low[k].endswith("ly"):
        k += 1
    return k == i and low[i - 1] != low[at]


def _more_than_fair_share(low: tuple[str, ...] | list[str], i: int) -> bool:
    """``more than its fair share`` at ``share`` (``i``): more than one's due, a charge,
    though *fair* alone reads as praise."""
    return low[i] == "share" and i >= 3 and low[i - 1] == "fair" and \
        "than" in low[max(0, i - 4):i - 1]


#: the speaker and their side, as the subject of a failure they own
SELF = frozenset({"we", "i", "we've", "i've", "we’ve", "i’ve"})


#: what one is charged with doing "with" what is not theirs to risk: "gambling with our
#: livelihoods", "playing politics with people's lives"
RECKLESS = frozenset({"gambling", "gambles", "gambled", "gamble", "toying", "toyed", "toys"})
PLAYING = frozenset({"playing", "plays", "played", "play"})


def _reckless_with(low: tuple[str, ...] | list[str], i: int) -> bool:
    """At the word before ``with`` (``i``): ``gambling with``, ``playing politics with``,
    ``playing games with`` charge recklessness to whoever does it."""
    return low[i] in RECKLESS or (low[i] in ("politics", "games", "roulette") and i > 0 and
                                  low[i - 1] in PLAYING)


#: a protest by the sentence's subject: "Dockworkers blocked the quays ... after the port's
#: operator brought in two cranes", against whoever did what came after "after"
PROTESTS_AFTER = frozenset({"blocked", "boycotted", "struck", "marched", "rallied", "downed",
                            "picketed", "occupied", "barricaded", "stormed"})
#: a verdict on someone's choice: "made the right decision", "the wrong call"
VERDICT_NOUNS = frozenset({"decision", "call", "choice", "move", "thing"})
VERDICT_ADJECTIVES = {"right": 1.0, "correct": 1.0, "wise": 1.0, "brave": 1.0,
                      "courageous": 1.0, "wrong": -1.0, "terrible": -1.0, "reckless": -1.0}
#: in a speaker's words about someone, what they gain at others' cost: a grievance
#: ("GM took billions in taxpayer money", "Telvia made record profits", "a very rich man")
GRIEVANCE = frozenset({"taxpayer", "taxpayers", "profits", "rich", "billions", "bonuses",
                       "windfall"})


#: what was promised, where a speaker says it was not done ("cannot do what they promised",
#: "failed to deliver what it advertised"): a failure charged to whoever promised
PROMISED = frozenset({"promised", "promises", "advertised", "pledged"})
#: what a promised thing never was: "had never been built", "never materialised"
UNDELIVERED = frozenset({"built", "delivered", "materialised", "materialized", "arrived",
                         "came", "come", "happened", "paid", "opened", "funded", "kept"})
#: words before it that say the promise was not kept
UNKEPT = frozenset({"cannot", "can't", "can’t", "failed", "fail", "fails", "didn't", "didn’t",
                    "couldn't", "couldn’t", "never", "not"})


def _in_relative_of_other(low: tuple[str, ...] | list[str], at: int, i: int) -> bool:
    """Whether the cue at ``i`` opens a relative clause (``that failed``, ``which has
    failed``) whose noun is not the mention at ``at`` but one after it."""
    k = i - 1
    while k > at and low[k] in AUXILIARIES:
        k -= 1
    return low[k] in ("that", "which", "who") and at < k - 1


HAVE_FORMS = frozenset({"had", "has", "have"})
CROSS_FORMS = frozenset({"crossed", "crosses", "cross", "crossing"})
COPULAS = frozenset({"is", "was", "are", "were"})


def _named_then_copula(sentence: str, v: _SentenceView, at: int, i: int) -> bool:
    """Whether the mention at token ``at`` is a name (capitalised words) that ends right
    before ``is``/``was`` at ``i - 1``: ``The FTC is wrong``, ``Sen. Whitmore was wrong``."""
    return at < i - 1 and v.low[i - 1] in COPULAS and all(
        sentence[v.spans[k][0]].isupper() or v.low[k] == "." for k in range(at, i - 1))


QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})
#: putting one thing before another that should come first: "is putting the budget ahead
#: of our lives", "put profits above the needs of our communities": a charge against whoever
#: puts it so
PUT_FORMS = frozenset({"put", "puts", "putting", "placed", "places", "placing"})
RANKED = frozenset({"ahead", "above", "before"})


def _ranked_wrongly(low: tuple[str, ...] | list[str], i: int) -> int | None:
    """The index of ``put`` when the word at ``i`` is the ``ahead of`` / ``above`` /
    ``before`` of ``put X ahead of Y`` (X at most six words), else None."""
    if low[i] not in RANKED or (low[i] == "ahead" and (i + 1 >= len(low) or
                                                      low[i + 1] != "of")):
        return None
    return next((k for k in range(i - 1, max(-1, i - 8), -1) if low[k] in PUT_FORMS), None)


def _broken_promise(low: tuple[str, ...] | list[str], lo: int, i: int) -> bool:
    """Whether the promise word at ``i`` is ``what they promised`` after a failure
    (``cannot do``, ``failed to deliver``) within the clause that starts at ``lo``, or a
    thing still waited for (``waiting for compensation the government promised``)."""
    if i >= 2 and any(w in ("waiting", "waited", "wait") for w in low[max(lo, i - 9):i - 2]) \
            and "for" in low[max(lo, i - 9):i - 2]:
        return True  # "still waiting for compensation the government promised them"
    if any(low[k] in ("and", "but") and "waiting" in low[k + 2:k + 6] and
           "still" in low[k + 2:k + 5] for k in range(i + 1, min(len(low) - 2, i + 14))):
        return True  # "He promised us a new wharf two years ago, and we are still waiting":
        # the promise not kept
    for k in range(i + 1, min(len(low) - 2, i + 10)):
        if low[k] in ("and", "but") and (low[k + 1] in GIVING or low[k + 1] in DOING) and \
                "nothing" in low[k + 2:k + 4]:
            return True  # "Kathmandu promises a better road and sends nothing"
        if low[k] in ("and", "but") and low[k + 1] == "now" and low[k - 1] == "," and \
                low[k + 2] in ("he", "she", "they", "it", "we"):
            return True  # "He promised to fight corruption, and now he wants to choose who
            # investigates him": the promise turned against
    return i >= 2 and low[i - 2] == "what" and low[i - 1] in ("they", "it", "he", "she") and \
        any(w in UNKEPT for w in low[max(lo, i - 7):i - 2])


#: how someone acted: "had acted lawfully" clears them, "acted illegally" charges them
CONDUCT = {"lawfully": 1.0, "legally": 1.0, "properly": 1.0, "reasonably": 1.0,
           "responsibly": 1.0, "appropriately": 1.0, "unlawfully": -1.0, "illegally": -1.0,
           "improperly": -1.0, "irresponsibly": -1.0, "recklessly": -1.0, "aggressively": -1.0,
           "unreasonably": -1.0, "unfairly": -1.0}
ACTED_FORMS = frozenset({"acted", "act", "acts", "acting", "behaved", "behave"})
#: how someone treated others: "the federation had treated them fairly" leans for the one
#: who treated, "treated us shabbily" against; "was treated unfairly" defends the treated
TREATED = {"fairly": 1.0, "well": 1.0, "respectfully": 1.0, "unfairly": -1.0,
           "unjustly": -1.0, "badly": -1.0, "shabbily": -1.0, "harshly": -1.0}
TREAT_FORMS = frozenset({"treat", "treats", "treated", "treating"})


def _duty_done(low: tuple[str, ...] | list[str], at: int, i: int) -> bool:
    """At ``supposed`` or ``failed`` (``i``): ``did (exactly) what ... is supposed to do``,
    ``had done what regulators had failed to do``, with the mention at ``at`` as the doer, a
    few words before."""
    k = next((x for x in range(i - 1, max(at, i - 7), -1) if low[x] == "what"), None)
    return k is not None and k - at <= 3 and any(w in DO_FORMS for w in low[at + 1:k]) and \
        tuple(low[i + 1:i + 3]) == ("to", "do")


def _treated_subject(low: tuple[str, ...] | list[str], at: int, i: int) -> bool:
    """Whether the mention at ``at`` is the subject of the passive ``was (being) treated``
    before the adverb at ``i``: only auxiliaries (and the mention's own words, two at most)
    stand between."""
    k = i - 2  # the word before "treated"
    while k > at and low[k] in PASSIVE_AUX | HAVE_FORMS:
        k -= 1
    return k - at <= 2


def _treatment(low: tuple[str, ...] | list[str], i: int) -> float | None:
    """The lean toward the subject of ``treated (them) <adverb>`` at ``i``: the adverb's
    own for an active verb, the other way for a passive one (``was treated unfairly``)."""
    k = i - 1 if i >= 1 and low[i - 1] in TREAT_FORMS else \
        i - 2 if i >= 2 and low[i - 2] in TREAT_FORMS else None
    if k is None or low[i] not in TREATED:
        return None
    passive = k == i - 1 and k >= 1 and low[k - 1] in PASSIVE_AUX
    return -TREATED[low[i]] if passive else TREATED[low[i]]


STAND_VERBS = frozenset({"stood", "stand", "stands", "standing", "rallied", "rally", "rallies",
                         "rallying", "united", "unite", "unites"})


THROW_VERBS = frozenset({"threw", "throw", "throws", "throwing", "put", "puts", "putting"})


def _rally_start(low: tuple[str, ...] | list[str], i: int) -> int | None:
    """At ``behind`` (``i``): where a phrase of siding with whoever follows opens (``stood
    (firmly) behind``, ``threw its (full) support behind``), else None."""
    k = i - 1
    if k >= 0 and low[k] in ("firmly", "squarely", "solidly", "fully"):
        k -= 1
    if k >= 0 and low[k] in STAND_VERBS:
        return k
    if k < 2 or low[k] not in ("support", "weight"):
        return None
    k -= 2 if low[k - 1] in ("full", "entire") else 1
    if k >= 1 and low[k] in ("its", "his", "her", "their", "our") and low[k - 1] in THROW_VERBS:
        return k - 1
    return None


#: serving the wrong side: "The ministry protects importers, not Angolan workers"
PROTECTING = frozenset({"protects", "protected", "protect", "serves", "served", "serve",
                        "defends", "defended", "defend"})  # (not "represents drivers, not
# owners": who a body stands for, no charge)
#: oversight said to be missing: "nobody checks the refinery", "no one audits the fund"
OVERSIGHT = frozenset({"checks", "controls", "monitors", "audits", "inspects", "regulates",
                       "polices", "supervises", "oversees"})
#: what someone is owed: "The boatmen deserve more", "They deserve better"
DESERVING = frozenset({"deserve", "deserves", "deserved"})
#: making good another's loss: "the council should compensate the vendors" sides with
#: the ones to be paid
COMPENSATING = frozenset({"compensate", "compensates", "reimburse", "reimburses", "indemnify"})
#: what follows a deserving that sides with the one who deserves it
_OWED = rx.compile(r"(?:more|better|respect|support|help|credit|recognition|"
                   r"a (?:fair|decent|proper|living|better)|"
                   r"to be (?:paid|heard|respected|compensated|helped|treated))\b")
#: throwing away what one had: "The government threw away the one thing that protected our
#: name", a charge against the one who did it
SQUANDERING = frozenset({"threw", "thrown", "throw", "throws", "throwing"})
#: leaving a request unanswered: "The ministry has been sitting on our request since April"
SHELVING = frozenset({"sitting", "sat", "sits"})
#: what a speaker asks for and waits on: "our request", "our letters"
REQUESTS = frozenset({"request", "requests", "application", "applications", "letter",
                      "letters", "complaint", "complaints", "petition", "proposal", "plea",
                      "appeal", "demands"})


def _let_down(low: tuple[str, ...] | list[str], i: int) -> int | None:
    """At ``down`` of ``let X down`` (``let down X``): where *let* is, else None."""
    if low[i] != "down":
        return None
    return next((k for k in range(i - 1, max(-1, i - 5), -1)
                 if low[k] in ("let", "lets", "letting")), None)


#: undoing what one did: demanded of someone ("until the board reverses this decision",
#: "Ottawa must scrap the tax"), a stance against what they did
REVERSALS = frozenset({"reverse", "reverses", "overturn", "overturns", "scrap", "scraps",
                       "withdraw", "withdraws", "rescind", "rescinds", "retract", "retracts",
                       "reconsider", "reconsiders", "repeal", "repeals", "withdrew",
                       "reversed", "scrapped", "overturned", "rescinded", "repealed",
                       "retracted", "reconsidered"})
# (and the past of reported speech: "the strike would continue until the government withdrew
# the levy")
#: words that make the act after them a demand: "until X reverses", "X must scrap"
DEMANDS = frozenset({"until", "unless", "must", "should", "urged", "urges", "urge", "urging",
                     "pressed", "asked", "asking", "ask", "asks", "demanded", "demand",
                     "demands", "demanding", "expect", "expects", "want", "wants", "on"})
#: keeping one's word, demanded of someone ("We expect India to honour its commitments"):
#: the demand says they have not, a stance against them
KEEPING = frozenset({"honour", "honor", "respect", "keep", "fulfil", "fulfill", "uphold",
                     "abide", "observe"})
OBLIGATIONS = frozenset({"commitments", "commitment", "promises", "promise", "obligations",
                         "word", "pledges", "pledge", "agreement", "agreements", "treaty",
                         "rights", "freedoms", "law", "ruling", "ceasefire", "truce", "deal",
                         "principles", "rules", "norms", "decision", "verdict", "judgment",
                         "judgement", "terms"})
#: what one is urged to grant, which says one has not: "urged the government to allow"
GRANTING = frozenset({"allow", "permit", "release", "free", "lift", "restore", "stop", "end",
                      "halt"})
#: what a party to a case had to show: "had not shown that ...", "did not prove"
UNPROVEN = frozenset({"shown", "proved", "proven", "demonstrated", "established", "justified"})
#: bringing a wrong to light, and the wrongs so exposed: "acted to reveal wrongdoing"
EXPOSING = frozenset({"reveal", "revealed", "revealing", "expose", "exposed", "exposing",
                      "uncover", "uncovered", "uncovering"})
WRONGS = frozenset({"wrongdoing", "corruption", "fraud", "abuse", "abuses", "misconduct",
                    "evasion", "crimes", "wrongs"})
#: what one shares with those one sides with: "shared the union's concerns"
SHARED_VIEWS = frozenset({"concern", "concerns", "view", "views", "frustration", "frustrations",
                          "goal", "goals", "position", "anger", "worries", "fears"})
#: asking something of the speaker: "they want us to trust them", "expect me to believe"
ASKING_OF = frozenset({"want", "wants", "wanted", "expect", "expects", "expected", "ask",
                       "asks", "asked", "asking", "tell", "tells", "telling"})
WANTING = frozenset({"want", "wants", "wanted", "demand", "demands", "demanding", "charge",
                     "charges", "charging", "take", "takes", "taking"})
#: a word given, and breaking it: "had broken its word", "broke their promises" (or doubting
#: it: "doubted the company's assurances")
PLEDGES = frozenset({"word", "promise", "promises", "pledge", "pledges", "commitment",
                     "commitments", "assurance", "assurances", "guarantees"})
BREAKING = frozenset({"broken", "broke", "break", "breaks", "breaking", "betrayed"})
#: what is broken when rules are: "broke the terms", "had broken the law"
BROKEN_TERMS = frozenset({"terms", "rules", "law", "laws", "agreement", "ceasefire", "truce",
                          "deal", "treaty", "contract", "embargo"})
#: what an act is "too" in a charge against whoever did it: "the sentence was far too short"
EXCESSES = frozenset({"lenient", "short", "light", "soft", "harsh", "weak", "little", "late",
                      "slow", "small", "low", "severe", "timid", "narrow", "vague", "high",
                      "expensive", "costly", "steep", "sudden"})
#: what one owes others before acting: "had not consulted Dhaka", "without informing"
CONSULTING = frozenset({"consulted", "consult", "consulting", "informed", "inform",
                        "assessed", "assess", "studied",
                        "informing", "notified", "notify", "notifying", "paid", "pay",
                        "compensated", "compensate", "asked", "ask", "asking", "listened",
                        "listen", "listening", "consultation", "consent", "report",
                        "reported", "disclose", "disclosed", "alert", "alerted", "warned",
                        "talked", "talk", "talking"})
# (and "never paid us a cent", "had not asked local businesses", "never listened to us",
# "had not talked to the club before announcing its plan")
FAILURES = frozenset({"not", "never", "failed", "without", "n't", "didn't", "didn’t",
                      "hadn't", "hadn’t"})
#: what opens a failure right after a comma that closes the subject's aside ("the
#: operator, state-owned Petrosur, did not report it")
FAILED_AUX = frozenset({"did", "had", "has", "have", "never", "failed", "didn't", "didn’t",
                        "hadn't", "hadn’t"})


def _demanded(low: tuple[str, ...] | list[str], at: int, i: int) -> bool:
    """Whether the act at ``i`` is demanded of the mention at ``at`` as its subject: a
    demand word at most three words before the mention (``until the board reverses``,
    ``urged Ottawa to scrap``) or a modal between them (``Ottawa must scrap``)."""
    if not 0 < i - at <= 5:
        return False
    return any(w in DEMANDS for w in low[max(0, at - 3):at]) or \
        any(w in ("must", "should") for w in low[at + 1:i])


#: demand words that take a clause whose subject owes the act: "demands that China end"
DEMANDING_THAT = frozenset({"demand", "demands", "demanded", "demanding", "insist", "insists",
                            "insisted", "urged", "urges"})


def _demanded_that(low: tuple[str, ...] | list[str], at: int, i: int) -> bool:
    """Whether the act at ``i`` is owed by the mention at ``at`` as the subject of a clause
    after a demand word (``demands that China end these activities and respect international
    law``): the demand says the act is not yet done, a stance against its subject."""
    k = at - 2 if at >= 2 and low[at - 1] == "the" else at - 1
    return k >= 1 and low[k] == "that" and low[k - 1] in DEMANDING_THAT and 0 < i - at <= 6 \
        and not any(w in (",", ";", ".", "because", "which", "who") for w in low[at:i])


def _owed_undone(low: tuple[str, ...] | list[str], at: int, i: int) -> bool:
    """At a word of :data:`CONSULTING` (``i``): whether the mention at ``at``, its subject a
    few words before, failed to (``had not consulted``, ``without consulting``)."""
    if low[i].startswith("ask") and low[i + 1:i + 2] in (("for",), ("to",), ("whether",)):
        return False  # ("had not asked for money": no one left out)
    return 0 < i - at <= 12 and \
        all(low[x + 1] in FAILED_AUX for x in range(at, i) if low[x] == ",") and \
        any(w in FAILURES for w in low[max(at + 1, i - 3):i])  # (past a first verb phrase:
    # "They built a billion-dollar product on our work and never paid us a cent")


def _failure_before(low: tuple[str, ...] | list[str], i: int) -> bool:
    """``did nothing``, ``has done nothing``, ``has said almost nothing``: the words before
    "nothing" at ``i`` charge a failure to act."""
    k = i - 1 if low[i - 1] not in ("almost", "virtually", "next", "little") else i - 2
    if k >= 0 and low[k] in ("gives", "gave", "give", "giving", "given") and \
            low[i + 1:i + 2] in (("back",), ("in",)):
        return True  # "sells everything to investors and gives nothing back": a taking
    return k >= 0 and (low[k] in DO_FORMS or low[k] in ("said", "says", "paid", "delivered"))


def _relative_aside(low: tuple[str, ...] | list[str], k: int) -> tuple[int, int] | None:
    """The tokens of a relative clause set off by commas (``, who worked at X for 22
    years,``) that holds token ``k``, from its ``who``/``which`` to its closing comma;
    None when ``k`` is in none."""
    j = k - 1
    while j > 0 and low[j] not in (",", "who", "which") and k - j < 12:
        j -= 1
    if j < 1 or low[j] not in ("who", "which") or low[j - 1] != ",":
        return None
    end = next((x for x in range(k + 1, min(len(low), k + 12)) if low[x] == ","), None)
    return (j, end) if end is not None else None
#: who championed an act: "President X defended the reform"
_CHAMPIONED = r"\b(?:defended|defends|proposed|proposes|unveiled|championed|champions|" \
    r"introduced) (?:the|her|his|its|their) (?:[a-z]+ )?"


def _champion(lowered: str, seg: Segmentation, mentions: list[tuple[int, int, str]],
              starts: list[int], noun: str, before: int, skip: set[str]) -> str | None:
    """Who the story says championed the act ``noun`` before ``before`` ("President X
    defended the reform"): the target mentioned last before that verb in its sentence, not
    one of ``skip``."""
    for c in re.finditer(_CHAMPIONED + re.escape(noun) + r"\b", lowered[:before]):
        lo = seg.sentences[seg.sentence_at(c.start())].start
        k = bisect_left(starts, c.start()) - 1
        if k >= 0 and starts[k] >= lo and mentions[k][2] not in skip:
            return mentions[k][2]
    return None
#: verbs of putting something at risk: "the veto put the future at risk"
PUTTING = frozenset({"put", "puts", "putting", "places", "placed", "placing", "left", "leaves"})
#: what goods are left to do when an act stops their sale: "left their fruit to rot"
LEFT_TO_SPOIL = frozenset({"rot", "spoil", "ripen", "wither", "waste"})
#: the forms of "leave" that tell goods left to spoil
LEAVING_FORMS = frozenset({"left", "leaving", "leaves", "leave"})
#: verbs of leaving someone a choice: "leaves us no choice"
LEAVING = frozenset({"leaves", "left", "leave", "leaving", "gives", "gave", "give", "giving"})
#: harms a speaker says someone means to do: "the government was trying to intimidate"
HARMFUL_AIMS = frozenset({"intimidate", "silence", "muzzle", "gag", "bully", "punish", "crush",
                          "break", "scare", "frighten", "divide", "undermine", "sabotage",
                          "blackmail", "smear", "discredit", "deceive", "mislead", "exploit",
                          "harass", "weaken", "humiliate", "capture", "hijack", "subvert",
                          "sideline", "usurp"})
# ("destroy" is a cue itself; "trying to capture the judiciary": its independence taken)
#: verbs of taking that charge a coup only with power as their object: "trying to seize
#: power on the street" (not "seize the moment")
SEIZING = frozenset({"seize", "grab", "take"})
#: what a coup takes: "seize power", "grab control"
SEIZED = frozenset({"power", "control"})
#: what one breaks without harm to anyone: "trying to break the deadlock"
BENIGN_BREAKS = frozenset({"deadlock", "impasse", "stalemate", "record", "records",
                           "ground", "ice", "even", "cycle", "news", "logjam", "down", "through",
                           "free", "away", "out", "up", "into"})
#: aiming at an act: "trying to", "was meant to", "wants to", "threatened to"
AIMING = frozenset({"trying", "tried", "tries", "try", "seeking", "seeks", "sought", "want",
                    "threatened", "threatens", "threatening",
                    "wants", "wanted", "attempting", "attempted", "aims", "aimed", "designed",
                    "meant", "intended", "intends", "determined", "out"})
#: what is broken up when a state is: "threatened to break up this country"
STATE_NOUNS = frozenset({"country", "nation", "state", "federation", "union", "republic"})
#: nouns of an aim: "an attempt to silence him"
AIM_NOUNS = frozenset({"attempt", "attempts", "bid", "effort", "efforts", "plot", "ploy",
                       "campaign", "scheme"})


#: what one can break: "a promise the government made and then broke"
PROMISE_NOUNS = frozenset({"promise", "promises", "pledge", "pledges", "commitment",
                           "commitments", "word", "deal", "agreement", "vow"})
#: putting one thing before another: "has chosen profits over people"
CHOOSING = frozenset({"chose", "chosen", "choose", "chooses", "choosing", "put", "puts",
                      "putting", "prioritised", "prioritized", "placed"})
#: what a reproached choice sacrifices: "over its international reputation", "before safety"
SACRIFICED = frozenset({"reputation", "safety", "people", "lives", "health", "patients",
                        "workers", "environment", "children", "nature", "planet", "public",
                        "rights", "law", "families", "residents", "passengers", "fans",
                        "solutions"})  # ("has chosen a ban over solutions that work")
#: verbs of bringing something about: "would lead to more tooth decay"
CAUSING = frozenset({"lead", "leads", "led", "leading", "result", "results", "resulted",
                     "resulting"})
#: what a harm costs people: "would cost thousands of jobs"
LOSSES = frozenset({"jobs", "lives", "livelihoods", "homes"})
#: "to release her", "must free them": a plea for someone held
RELEASING = frozenset({"release", "free"})
#: the same, asked as a passive: "called for Sharipov to be freed"
FREED = frozenset({"freed", "released"})
#: calling for someone's removal: "called for Pryce to step down", "calls for the minister to
#: be sacked"
CALL_FORMS = frozenset({"called", "calls", "call", "calling", "demanded", "demanding"})
#: what is sought for someone held: "called for Dara's release"
FREEDOM_NOUNS = frozenset({"release", "freedom", "acquittal"})
#: how soon a release is sought: "demanded Stojkovic's immediate release"
RELEASE_MANNERS = frozenset({"immediate", "unconditional", "swift", "prompt", "early", "safe"})
#: words that seek or greet what :data:`FREEDOM_NOUNS` name: "called for", "demanded",
#: "welcomed"
SEEKING = frozenset({"for", "demanded", "demands", "demand", "demanding", "sought", "seek",
                     "seeks", "seeking", "secure", "secured", "won", "welcomed", "welcomes",
                     "welcome", "urged"})
#: "follow Utrecht's lead", "followed the example of": a model to others
FOLLOWING = frozenset({"follow", "follows", "followed", "following"})
#: "wonder whether X": a doubt cast on X
WONDERING = frozenset({"wonder", "wonders", "wondered", "wondering"})
#: who speaks for a trust, the body: "trust chair Lorna McAllister"
TRUST_OFFICERS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "president",
                            "director", "spokesman", "spokeswoman", "spokesperson", "board",
                            "members", "secretary"})
#: "delivered on its promises"
DELIVERING = frozenset({"deliver", "delivers", "delivered"})
#: "hold X to account", "hold the yard to its timetable"
HOLDING = frozenset({"hold", "holds", "held", "holding"})
#: acts of a campaign for or against something: "rallied against the ban", "lobbied for it"
CAMPAIGNING = frozenset({"rallied", "rally", "rallies", "rallying", "marched", "march",
                         "marching", "demonstrated", "demonstrating", "campaigned",
                         "campaigning", "lobbied", "lobbying", "petitioned", "mobilised",
                         "mobilized", "motion", "motions", "petition", "petitions",
                         "signatures", "protest", "protests", "protested", "protesting"})
# ("blocked the main road on Friday to protest against the municipal council's plan")
# ("would file a no-confidence motion against the minister": a side taken in a vote;
# "collected 3,000 signatures against a hotel complex": a side taken by a petition)
#: things a person owns whose failings are not the owner's ("his camera had failed")
THINGS_OWNED = frozenset({"camera", "phone", "computer", "laptop", "car", "connection",
                          "equipment", "microphone", "engine", "brakes", "device", "account",
                          "bike", "boat", "house", "home", "roof", "heart", "health", "knee",
                          "leg", "arm", "back", "shoulder", "body", "eyesight", "memory"})


#: acts that wrong someone, whose object's virtues charge the one who acts
WRONGING = frozenset({"punished", "punishes", "punish", "punishing", "hurt", "hurts", "harmed",
                      "harms", "betrayed", "betrays", "cheated", "cheats", "robbed", "robs",
                      "exploited", "exploits", "penalised", "penalized", "penalises",
                      "penalizes", "abandoned", "abandons"})
#: pressure put on the speaker's people: "They push us to work faster"
PRESSING = frozenset({"push", "pushes", "pushed", "force", "forces", "forced", "pressure",
                      "pressures", "pressured"})
#: what was taken from the speaker's people: "They took our fields"
TAKING = frozenset({"took", "take", "takes", "taken", "seized", "seize", "stole", "steal",
                    "stolen", "grabbed", "grab"})
#: what one side gets, set against what the speaker's side gets: "Brazil gets cheap energy
#: and we get promises"
GETTING = frozenset({"get", "gets", "got", "receive", "receives", "received", "keep", "keeps",
                     "kept"})
#: amends a subject "should" make, owed for a wrong done ("The company should find them other
#: work", "The minister should resign"); a policy urged ("the government should go further")
#: takes no side
AMENDS = frozenset({"pay", "compensate", "apologise", "apologize", "resign", "refund",
                    "reimburse", "find", "answer", "explain", "reinstate", "rehire"})
#: "approved the site before an assessment was finished": a decision rushed
COMPLETED = frozenset({"finished", "completed", "concluded", "done", "published"})
APPROVALS = frozenset({"approved", "approves", "approve", "signed", "granted", "awarded",
                       "issued", "licensed", "authorised", "authorized"})
#: "had divided communities": a harm done to a people's unity
DIVIDING = frozenset({"divided", "divides", "divide", "dividing"})
DIVIDED = frozenset({"communities", "community", "families", "villages", "people", "town",
                     "country", "nation", "tribes"})
#: "has had years to fix": time long given, so a reproach
TIME_SPANS = frozenset({"years", "decades", "months"})
#: pleas made of someone: "We have asked the municipality for pipes for ten years"
PLEADING = frozenset({"asked", "asking", "begged", "begging", "pleaded", "pleading", "urged",
                      "urging", "petitioned", "implored"})
#: harms done as a means: "save the lake by killing the valley"
HARMFUL_MEANS = frozenset({"killing", "destroying", "ruining", "sacrificing", "starving",
                           "bankrupting", "crushing", "punishing", "impoverishing"})
#: redress claimed from someone: "demanded compensation from the port operator" holds them
#: to account for a wrong
REDRESS = frozenset({"compensation", "damages", "reparations", "restitution", "apology"})
#: verbs that claim a redress
CLAIMING = frozenset({"demanded", "demanding", "demand", "demands", "sought", "seeking", "seek",
                      "seeks", "want", "wants", "wanted", "claimed", "claiming", "claim",
                      "claims", "asked", "asking", "expect", "expects", "deserve", "deserved"})
#: modals of a norm: "no one should be jailed" is a principle, not a case
SHOULDS = frozenset({"should", "must", "can", "could", "ought", "shall"})
#: a stance given up: "dropped her opposition to", "withdrew its objections to"
OPPOSITIONS = frozenset({"opposition", "objection", "objections", "resistance", "veto",
                         "boycott", "challenge"})
DROPPING = frozenset({"dropped", "drops", "dropping", "drop", "withdrew", "withdraws",
                      "withdrawn", "abandoned", "abandons", "ended", "ends", "lifted", "lifts"})
#: wrongs a person is said to suffer: "faced 'political persecution' in Poland"
PERSECUTIONS = frozenset({"persecution", "harassment", "discrimination", "intimidation",
                          "reprisals", "repression", "mistreatment", "injustice"})
SUFFERING = frozenset({"faced", "faces", "face", "facing", "suffered", "suffers", "endured",
                       "endures"})


def _persecution(low: tuple[str, ...] | list[str], at: int) -> float | None:
    """``the former minister, Marek Zieliński, faced "political persecution" in Poland``:
    +1 toward the one who suffers it (the speaker takes their side), -1 toward the place
    or body it happens in or comes from (``in Poland``, ``by the police``); else None."""
    last = at
    while last + 1 < len(low) and low[last + 1][:1].isalpha() and \
            low[last + 1] not in SUFFERING and last - at < 4 and low[last + 1] != "in":
        last += 1
    words = [w for w in low[last + 1:last + 8] if w[:1].isalnum()]
    if words and words[0] in SUFFERING and any(w in PERSECUTIONS for w in words[1:4]):
        return 1.0
    before = [w for w in low[max(0, at - 6):at] if w[:1].isalnum()]
    if len(before) >= 2 and before[-1] in ("in", "by", "from") and \
            any(w in PERSECUTIONS for w in before[-4:-1]):
        return -1.0
    return None


#: what someone may want to do to the speakers ("They want to replace us"): a threat to them
OUSTING = frozenset({"replace", "sack", "fire", "evict", "remove", "throw", "kick", "drive",
                     "push", "silence", "destroy", "ruin"})
#: charges of running something badly: against whoever ran it, not what they ran
MISDEEDS = frozenset({"mismanaged", "mismanages", "mismanaging", "mishandled", "mishandles",
                      "neglected"})
#: the verbs that doubt a word given (PLEDGES): "doubted the company's promises" is a side
#: against the company, though "promises" alone leans its way
DOUBTING = frozenset({"doubt", "doubts", "doubted", "distrust", "distrusts", "distrusted",
                      "mistrust", "mistrusted", "questioned", "question", "questions"})


#: a vow to fight what a body the next words name proposes: "would fight a European
#: Commission proposal"
_FIGHT_BEFORE = rx.compile(r"\b(?:fight|fights|fought|resist|resists|resisted|challenge|"
                           r"challenges|challenged|block|oppose|opposes|opposed) "
                           r"(?:a|an|the) $")
#: an act taken to court, from its noun: "vote in court", "ban before the courts"
_IN_COURT = rx.compile(r"\w+ (?:in|before|at) (?:the )?(?:[A-Z][\w-]* )*(?:court|courts)\b")
_NAMED_PROPOSAL = rx.compile(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4}(?:['’]s)? (?:[a-z-]+ )?"
                             r"(?:proposals?|plans?|ban|rules?|law|decision|bid|move|directive|"
                             r"order)\b")


#: a payment a lay speaker owes, the condition of a want: "If I pay the agency," (ends at the
#: payee's mention)
_IF_WE_PAY = rx.compile(r"\b[Ii]f (?:I|we) (?:have to |must )?pay (?:the |this |that )?$")
#: the want that follows: "my children don't eat", "we go hungry"
_GO_HUNGRY = rx.compile(r", (?:my|our|the) (?:children|kids|family|families) (?:don['’]t|do not|"
                        r"won['’]t|will not|cannot|can['’]t) eat\b|, (?:I|we|my family|my "
                        r"children|our children) (?:go|will go) hungry\b")


#: a harm an act left behind it: "has left warehouses full", "has left them unable to sell"
_LEFT_HARMED = rx.compile(r"\b(?:has|have|had) left (?:[\w'’-]+ ){1,3}?(?:full|empty|idle|"
                          r"unsold|unable|without|jobless|stranded|rotting|unpaid)\b|"
                          r"\b(?:has|have|had) cut the (?:price|prices|pay|wages) (?:it|they) "
                          r"pays? (?:them|us|farmers|growers|workers)\b|"
                          r"\b(?:has|have|had) (?:killed|destroyed|ruined|wiped out) (?:most|many|"
                          r"all|half|much) of (?:their|our|his|her|my)\b|"
                          r"\b(?:has|have|had) (?:[\w'’-]+ ){1,6}?enough to (?:spoil|ruin|wreck|"
                          r"damage|harm|kill|disrupt)\b")
# (and "has cut the price it pays them by almost a third": a loss put on its sellers; and
# "floodlights at a copper mine have brightened the night sky enough to spoil some of their
# observations")
#: a mention said to have been warned in time, the fault its own: "the club had been warned
#: twice in writing"
_WARNED_IN_TIME = rx.compile(r"[\w'’-]+(?: (?!said\b|says\b|told\b|claimed\b)[\w'’-]+){0,2} "
                            r"(?:had|has|have) been (?:repeatedly |twice |already )?warned\b")
# (not "the club said it had been warned only once": its own word, no fault laid)
#: the words one of which any harm :data:`_LEFT_HARMED` tells holds (a cheap test first)
_HARM_WORDS = (" left ", " cut ", " killed ", " destroyed ", " ruined ", " wiped ",
               " enough to ")
#: a mention's doing set against the speaker's people's hardship: "The hotels filled their
#: pools while our grandmothers carried buckets"
_WHILE_OURS = rx.compile(r"[\w'’ -]{1,80}? while (?:our|my|we|I) ")
#: a burden put on the speaker's side by the mention: "They want us to carry sacks ..."
_WANT_US_TO = rx.compile(r"\w+ (?:want|wants|expect|expects|force|forces|make|makes) us to\b")
#: a characterising verb before a mention: "described the ", "called the city's "
_CHARACTERISING_BEFORE = rx.compile(r"\b(?:" + "|".join(sorted(CHARACTERISING)) +
                                    r")(?: [\w'’-]+){0,3} $")
#: an act characterised in marks, then laid at the mention as its author: 'called the vote
#: "a political execution ordered by Kujtim Dushku"' (the verb, its object, the open marks,
#: the words up to the agent)
_CALLED_ACT_BY = rx.compile(r"\b(?:" + "|".join(sorted(CHARACTERISING)) + r")(?: [\w'’-]+){0,3} "
                            r"[\"“][^\"”]{3,80} (?:ordered|orchestrated|engineered|masterminded|"
                            r"plotted|dictated|staged|carried out) by $")
#: the rest of a mention's word and the quoted words it is called: ' as "robbery ..."'
_QUOTED_AS = rx.compile(r"\w*(?: as)? [\"“]([^\"”]{1,80})")


#: a cause put forward and set aside before the one a speaker names: "The weather did not
#: change, " (then "the plant did")
_NOT_THAT_DID = rx.compile(r"\b(?:did not|didn['’]t) (?:change|cause (?:it|this|that)|"
                           r"do (?:it|this|that)|start (?:it|this|that)|kill (?:them|the \w+))"
                           r"(?:, (?:but )?"
                           r"| - | — )(?:[Tt]he |[Tt]his |[Tt]hat )?$")
#: the named cause's own verb: "the plant did"
_THIS_DID = rx.compile(r"[\w'’-]+(?: [\w'’-]+){0,3} did\b(?! not)")
#: a reward given to the mention, and for what: "rewarded Norway for years of overfishing"
_REWARDED = rx.compile(r"\b(?:reward|rewards|rewarded|rewarding) $")
_FOR_DEED = rx.compile(r"[\w'’ -]{0,30}? for (?:years of |decades of |its |their |his |her )?"
                       r"([a-z-]+)")
#: a harm's cause done by the mention: "because of brine pumping by " (a salt company)
_CAUSED_BY = rx.compile(r"\bbecause of (?:[\w-]+ ){1,3}by (?:an? |the )?(?:[\w-]+ )?$")
#: a payment the mention made late: "the national government had sent the funds late"
_DONE_LATE = rx.compile(r"[\w'’ -]{0,30}? (?:had |has |have )?(?:sent|paid|released|transferred|"
                        r"delivered|disbursed) (?:for )?(?:the |its |their )?(?:[\w-]+ ){0,2}"
                        r"(?:(?:nearly|almost|about|some|over|more than) )?(?:[\w-]+ )?"
                        r"(?:days?|weeks?|months?|years?)?\s?late\b")
# (and "had paid for their beans nearly three months late")
#: what the mention pushes, costing more than the speakers earn: "the government promotes
#: cost more than they earn"
_PUSHES_COSTLY = rx.compile(r"[\w'’ -]{0,30}? (?:promotes|promoted|recommends|recommended|"
                            r"sells|wants|pushes|requires|required) (?:[\w'’-]+ ){0,3}?costs? "
                            r"more than (?:we|they|I|farmers|miners|growers) (?:earn|make|have|"
                            r"can afford)\b")
#: a share the mention takes over the speaker: "pays more to the park than to me"
_MORE_TO = rx.compile(r"\bmore (?:money )?to (?:the )?$")
_THAN_US = rx.compile(r"[\w'’ -]{0,40}? than (?:to )?(?:me|us|the guides|the farmers)\b")
#: a refusal to do what someone wants done: "say they will not move to a new site"
_REFUSED_MOVE = rx.compile(r"\b(?:will not|won't|would not|refuse to|refused to) (?:move|leave|"
                           r"relocate|go)\b")
#: what the mention wants done: "the municipal assembly wants to relocate"
_WANTS_TO = rx.compile(r"[\w'’ -]{0,40}? (?:wants|wanted|plans|planned|is trying|has ordered "
                       r"them|ordered them) to\b")
#: priorities charged to the mention: "the authority cared more about tourists than about
#: farmers"
_CARES_MORE = rx.compile(r"[\w'’ -]{0,40}? (?:cares|cared|care|caring|worries|worried) more "
                         r"(?:about|for) [^.;]{1,60}? than\b")
#: a condition that opens on the mention's act: "If they close the ward, ..." (before it)
_IF_BEFORE = rx.compile(r"\b[Ii]f $")
#: the harm the condition brings: "..., young families will simply leave"
_THEN_HARM = rx.compile(r"[^.;,]{1,60}, [^.;]{0,60}?\b(?:will|would) (?:simply |all |just |have "
                        r"to )?(?:leave|close|die|disappear|go bankrupt|lose|suffer|starve|"
                        r"go hungry|move away|shut|go under|be ruined)\b")
#: a mention said to have cut what others live on: "the board has cut water deliveries",
#: "the ministry had slashed subsidies" (done, as a complaint tells it; not "will cut": an
#: announcement)
_CUT_SUPPLY = rx.compile(r"[\w'’ -]{0,30}? (?:has|have|had) (?:cut|slashed|halved|reduced) "
                         r"(?:the |its |their |our )?(?:[a-z]+ ){0,2}(?:deliveries|supplies|"
                         r"supply|payments|funding|wages|pay|rations|allowances|subsidies|"
                         r"services|quotas?)\b")
#: a mention said to favour others over the speaker's kind: "the board gave more water to
#: large farms than to families like his"
_GIVES_OTHERS_MORE = rx.compile(r"[\w'’ -]{0,40}? (?:gave|gives|give|giving|sent|sends|paid|pays|"
                                r"allocated|allocates) more [^.;]{1,40}? to [^.;]{1,60}? than "
                                r"(?:to )?(?:us|me|them|families|farmers|people|small|ordinary|"
                                r"local|our|their|his|her)\b")
#: a mention said to heed one side alone: "the council listened only to shop owners",
#: "the ministry only listens to the big exporters"
_HEEDS_ONLY = rx.compile(r"[\w'’ -]{0,40}? (?:(?:listened|listens|listen|listening|cared|cares|"
                         r"care|caring) only (?:to|about|for)|only (?:listened|listens|listen|"
                         r"cared|cares|care) (?:to|about|for)) ")

#: a mention said to go back on its promise to the speakers: "a flour factory that promised
#: to buy their harvest is now rejecting most of their roots"
_PROMISE_BROKEN = rx.compile(r"[\w'’ -]{0,30}?,? (?:that|which|who) (?:had )?promised to "
                             r"[^.;]{1,60}? (?:is|are|has|have) (?:now |since )?(?:rejecting|"
                             r"refusing|refused|rejected|turning away|turned away|stopped|"
                             r"cutting|cut|dropped|dropping|abandoned)\b")

#: an apology withheld, after the mention: "He never apologised", "has not apologized"
_NEVER_APOLOGISED = rx.compile(r"[\w'’ -]{0,30}? (?:has |have |had )?(?:never|not|refused to) "
                               r"(?:apologi[sz]ed|apologi[sz]e)\b")
#: votes said to be bought by the mention: "the government had bought the votes of
#: independent lawmakers", "is buying votes with cash"
_BOUGHT_VOTES = rx.compile(r"[\w'’ -]{0,30}? (?:has |have |had |was |were |is |are )?"
                           r"(?:bought|buying|buy|paid for|bribed)(?: the| their)? "
                           r"(?:votes?|lawmakers|legislators|deputies|MPs|senators|voters|"
                           r"loyalty|support)\b")
#: a mention said to have shut, taken or killed what is the speaker's: "They came with cement
#: and closed my well", "the police seized our nets", "a pesticide sprayed ... by a large
#: agricultural company killed hundreds of their hives"
_TOOK_OURS = rx.compile(r"[\w'’ -]{0,40}? (?:closed|sealed|demolished|destroyed|seized|"
                        r"confiscated|burned|burnt|bulldozed|tore down|took away|cut off|"
                        r"filled in|killed|poisoned|wiped out) (?:(?:hundreds|thousands|"
                        r"dozens|most|many|all|half) of )?(?:my|our|their|his|her)\b|"
                        r"[\w'’ -]{0,40}? took (?:my|our|their|his|her)\b|"
                        r"[\w'’ -]{0,40}? (?:had |has |have )?(?:taken|deducted|withheld) "
                        r"[\w'’ ,.-]{0,40}? from (?:my|our|their|his|her)\b")  # ("The hospital
# took his kidney"; not "they took half of my field", of animals grazing; and "the bank had
# taken 400 leke a month from his pension")

#: a mention said to have supplied bad goods or work: "its contractor, X, had delivered faulty
#: pumps"
_SUPPLIED_FAULTY = rx.compile(r"[\w'’ -]{0,30}?" + _SET_OFF_NAME +
                              r",? (?:had |has |have )?(?:delivered|supplied|sold|built|"
                              r"installed|provided|fitted) (?:[a-z]+ )?(?:faulty|defective|"
                              r"substandard|shoddy|counterfeit|fake)\b")

#: "reduced the Supreme Court to a shadow": what was done to the mention, lamented
_REDUCED_BEFORE = rx.compile(r"\breduced (?:the )?$")
#: what the mention was reduced to, after it: "... to a shadow", "to a rubber stamp"
_TO_A_SHADOW = rx.compile(r"[\w'’ .-]{0,50}? to (?:a |an )?(?:mere |empty )?(?:shadow|shell|"
                          r"rubber stamp|puppet|bystander|spectator|ruins?|rubble|ashes)\b")

#: a person called, in quotation marks, a choice made for politics: 'Ayau was "a political
#: appointment"', 'is "a partisan pick"'
_POLITICAL_PICK = rx.compile(r"[\w'’.-]*(?: [\w'’.-]+){0,3}? (?:was|is|as) [\"“](?:a|an) "
                             r"(?:political|partisan|purely political) (?:appointment|"
                             r"appointee|pick|choice)\b")

#: ills one may fight or condemn: "corruption", "violence"
_ILLS = (r"(?:corruption|crime|graft|impunity|fraud|terrorism|extremism|racism|injustice|"
         r"poverty|violence|antisemitism|hate speech|the cartels|the gangs|the mafia)\b")
#: a mention praised as one who fights an ill: "an attorney general who fights corruption"
_FIGHTS_ILLS = rx.compile(r"[\w'’ -]{0,30}? who (?:(?:will|would|really|truly) )?(?:fights|fought|"
                          r"fight|tackles|tackled|combats|combated|roots out|rooted out|"
                          r"cracks down on|cracked down on|stands up to|stood up to) "
                          r"(?:against )?" + _ILLS)
#: a mention said to have stood against an ill: "Jaberi had always condemned violence"
_DECRIES_ILLS = rx.compile(r"[\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:(?:has|had|have) )?"
                           r"(?:always |consistently |repeatedly |publicly |long |never stopped )?"
                           r"(?:condemned|condemns|condemning|denounced|denounces|opposed|opposes|"
                           r"rejected|rejects|spoke out against|spoken out against|speaks out "
                           r"against|preached against) (?:all |any )?(?:forms? of )?" + _ILLS)

#: a mention said to act for wrongdoers: "the Democratic Party had brought down the
#: government \"to protect the corrupt\"", "is shielding the killers"
_SHIELDS_WRONGDOERS = rx.compile(r"[\w'’ -]{0,60}? (?:[\w'’ -]{0,40}?[\"“]?)?(?:to |in order to )?"
                                 r"(?:protect|protects|protected|protecting|shield|shields|"
                                 r"shielded|shielding|cover for|covering for) "
                                 r"(?:the )?(?:corrupt|criminals|guilty|killers|thieves|"
                                 r"looters|abusers|murderers)\b")

#: a mention said to have taken public money and then the speakers' living: "They took the
#: money and now they are taking the jobs"
_TOOK_MONEY_THEN = rx.compile(r"[\w'’ -]{0,20}? took (?:the|our|public|state|their) (?:money|"
                              r"subsidies|subsidy|funds|grants?|loans?)\b[^.;]{0,20}?\b(?:and|"
                              r"but) (?:now |then )?(?:they |it )?(?:are |is |were |was )?"
                              r"(?:taking|cutting|closing|sacking|firing|laying off|shutting|"
                              r"leaving)\b")

#: a mention said to find money for others and never for the speakers: "The company always
#: finds money for its managers but never for us"
_FINDS_FOR_OTHERS = rx.compile(r"[\w'’ -]{0,30}? (?:always )?(?:finds|found|find|has|had) "
                               r"(?:the )?(?:money|cash|funds|time) for [^.;]{1,40}? (?:but "
                               r"(?:never|not) for (?:us|me|them|farmers|workers|growers|"
                               r"families)\b|and (?:none|nothing) for\b)")  # (and "found
# money for a new office in Wells and none for a tower that has stood for 500 years")
#: a mention said to owe the speakers' kind a sum: "the buyer owes farmers roughly 4 million
#: euros"
_OWES = rx.compile(r"[\w'’ -]{0,30}? (?:still )?(?:owes|owed) (?:farmers|growers|workers|"
                   r"suppliers|us|them|families|staff|fishermen|members) (?:about |roughly |"
                   r"nearly |more than |some |at least |over |almost )?(?:[$€£]\s?)?\d")
#: a mention said to take the speakers' living: "She wants to take the bread from 4,000
#: families"
_TAKES_BREAD = rx.compile(r"[\w'’ -]{0,20}? (?:wants? to |is trying to |will |would )?(?:take|"
                          r"taking|takes|took) (?:the |our |their )?(?:bread|food|jobs|"
                          r"livelihoods?|income|work) (?:from|out of)\b")

#: a rule or act of the mention's said to cut the speakers' living: "a new rule from the
#: state's agriculture department limiting the fertiliser they can use will halve their
#: harvests"
_WILL_HALVE = rx.compile(r"[^.;\"“”]{0,90}? (?:will|would) (?:halve|destroy|ruin|wipe out|"
                         r"kill) (?:their|our|my) (?:harvests?|incomes?|earnings|crops?|catch|"
                         r"business|businesses|livelihoods?)\b")
#: the same harm told of the mention's act summed up after it: "Norrsken & Berg will use
#: machine translation ..., a decision translators say could end their profession"
_ACT_WILL_END = rx.compile(r"[^.;\"“”]{0,200}?, an? (?:decision|move|plan|measure|step) "
                           r"[^.;\"“”,]{0,70}? (?:will|would|could|may|might) (?:(?:end|halve|"
                           r"destroy|ruin|wipe out|kill) (?:their|our|my)\b|leave (?:[a-z]+ )"
                           r"{1,2}(?:short of|without)\b)")
# (and "..., a decision that regular donors in the mountainous Lika region say will leave
# hospitals short of blood")

#: the mention said to answer for a wrong: "the company will be held to account"
_HELD_TO_ACCOUNT = rx.compile(r"[\w'’ -]{0,40}? (?:will|would|must|should|shall|is to) be held "
                              r"(?:to account|accountable|responsible|liable)\b")
#: work the mention walked away from: "a contractor hired in 2024 had abandoned the work after
#: being paid"
_ABANDONED_WORK = rx.compile(r"[\w'’ -]{0,50}? (?:had |has |have )?abandoned (?:the|its|their) "
                             r"(?:work|works|project|site|job|contract|road)\b")
#: an assurance the mention gave that what happened could not: "SkyCanvas assured us this
#: could never happen"
_ASSURED_NEVER = rx.compile(r"[\w'’ -]{0,40}? (?:had )?(?:assured|promised|told|guaranteed) "
                            r"(?:us|me|them|residents|the city|everyone) (?:that )?(?:this|it|"
                            r"that|such a thing) (?:could|would|will|can) never happen\b")
#: a wrong kept from those it hurt: "the crematorium had known of the error since August but
#: told the family only in October", "had been aware of the leak for months but said nothing"
_KEPT_QUIET = rx.compile(r"[\w'’ -]{0,30}? (?:had |has |have )?(?:known|been aware) (?:of|about) "
                         r"[\w'’ ,-]{0,60}? but (?:(?:only )?(?:told|informed|notified|warned) "
                         r"[\w'’ -]{0,30}? only\b|only (?:told|informed|notified|warned)\b|"
                         r"(?:said|did) nothing\b|(?:did not|didn't) (?:tell|inform|warn)\b)")
#: bad data the mention is said to have given: "the hospital had fed the system incomplete
#: data" (a supplier's defence that puts the fault on its client)
_FED_BAD_DATA = rx.compile(r"[\w'’ -]{0,40}? (?:had |has |have )?(?:fed|gave|given|supplied|"
                           r"provided|entered|used) (?:the |its |our |their |it |us )?"
                           r"(?:[a-z]+ ){0,2}?(?:incomplete|wrong|faulty|false|inaccurate|"
                           r"misleading|outdated|bad|corrupted) (?:data|information|figures|"
                           r"numbers|records)\b")
#: a delay the mention is charged with: "the city's transport company appears in no hurry to
#: fix them", "the ministry is dragging its feet"
_IN_NO_HURRY = rx.compile(r"[\w'’ -]{0,40}? (?:(?:appears?|appeared|seems?|seemed|is|are|was|"
                          r"were|has been|have been) in no (?:hurry|rush) to|"
                          r"(?:is|are|was|were|has been|have been) dragging (?:its|their) feet)\b")
#: a plea to the mention turned down: "the company had asked the Finnish government for help
#: last year but was turned down"
_TURNED_DOWN = rx.compile(r"[\w'’ -]{0,40}? for (?:help|money|support|funding|aid|assistance|"
                          r"a loan|a grant)\b[^.;\"“”]{0,60}? but (?:was|were|had been|got) "
                          r"(?:turned down|refused|rejected|ignored)\b")
#: a willingness the mention is said to show only where it costs nothing: "The government was
#: happy to be photographed with the pandas, but not to help us keep them"
_HAPPY_BUT_NOT = rx.compile(r"[\w'’ -]{0,30}? (?:was|were|is|are|has been|have been) "
                            r"(?:happy|quick|keen|eager|glad|ready|willing) to "
                            r"[^.;\"“”]{1,80}? but not (?:to|when)\b")

#: the mention's own words at the start of a charge pattern: a word, then up to three
#: capitalised ones ("Nassor", "Minister Taomia", "Dolo"), or a role after its article ("the
#: minister")
_NAMED_AS_MENTION = r"(?:(?:[Tt]he|[Oo]ur) (?=[a-z]))?[\w'’.-]+(?: [A-Z][\w'’.-]*){0,3}"

#: the blame a speaker lays by holding the mention to answer: "We hold Ankara responsible for
#: their safety" (not "we do not hold X responsible")
_HOLD_BEFORE = rx.compile(r"(?<!not )(?<!n't )(?<!n’t )(?<!never )\b(?:hold|holds|held|holding) $")
_ANSWERABLE = rx.compile(_NAMED_AS_MENTION + r" (?:fully |directly |personally |"
                         r"solely )?(?:responsible|accountable|liable)\b")

#: a figure set against what the mention says of it: "the savings would probably be smaller
#: than the government says" (the comparative right before the mention, its verb after)
_THAN_IT_SAYS = rx.compile(r"\b(?:smaller|lower|fewer|higher|larger|bigger|greater|less|more|"
                           r"worse|slower|later) than (?:the )?$")
_IT_SAYS = rx.compile(_NAMED_AS_MENTION + r" (?:says|said|claims|claimed|admits|"
                      r"admitted|estimates|estimated|suggests|suggested)\b")

#: others favoured over the speaker's kind: "Jacobsen wants the cruise passengers to have
#: everything and the shop assistants to have nothing"
_WANTS_ALL_FOR_OTHERS = rx.compile(_NAMED_AS_MENTION + r" (?:wants|wanted) "
                                   r"(?:the )?[\w' -]{1,40}? to have everything,? and "
                                   r"(?:the )?[\w' -]{1,40}? (?:to have |to get )?nothing\b")
#: a name's word for its act, set apart by the speaker who quotes it: "Minister Nassor calls it
#: insurance."
_CALLS_IT = rx.compile(_NAMED_AS_MENTION + r" (?:calls|called) (?:it|this) "
                       r"(?:an? )?[\w-]+\.")

#: a word not kept: "Dolo had told the Senate ... salaries would be paid 'within two weeks'
#: and had not kept her word"
_NOT_KEPT_WORD = rx.compile(_NAMED_AS_MENTION + r" [^.;]{0,160}?\b(?:had not|has not|"
                            r"hasn['’]t|had never|has never|did not|didn['’]t|never) kept "
                            r"(?:his|her|their|its) (?:word|promises?)\b")
#: promises heard before from the mention: "We have heard promises from Minister Dolo before"
_PROMISES_FROM = rx.compile(r"\b(?:heard|had) (?:these |such |the same |many |plenty of )?"
                            r"promises from (?:[A-Z][a-z]+\.? )?$")
_BEFORE_NOW = rx.compile(_NAMED_AS_MENTION + r" before\b")
#: a door closed by the mention: "Minister Taomia has closed the door on every investor"
_CLOSED_DOOR = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:closed|shut|"
                          r"slammed) the door (?:on|to)\b")
#: the speakers' money spent by the mention: "Mušanović raises wages with our money"
_WITH_OUR_MONEY = rx.compile(_NAMED_AS_MENTION + r" [a-z]+s? [^.;]{0,40}?with (?:our|"
                             r"other people['’]s|taxpayers['’]|the taxpayers['’]) money\b")

#: a measure made for the few, from its maker's name: "Minister Tursunov's law is written for
#: those who already have money"
_WRITTEN_FOR_FEW = rx.compile(_NAMED_AS_MENTION + r"['’]s (?:law|bill|plan|reform|"
                              r"rules?|budget|tax) (?:is|was) (?:written|made|designed|drawn up) "
                              r"for (?:those|the people|people|the few) who (?:already )?(?:have|"
                              r"own)\b")
#: a living handed by the mention to others: "Mbaé has handed the trade to the big exporters"
_HANDED_TO_OTHERS = rx.compile(_NAMED_AS_MENTION + r" (?:has |have |had )?(?:handed|"
                               r"given|gifted) (?:the|our|this) (?:trade|market|business|land|"
                               r"jobs|work|fishery|industry|sector) to\b")
#: a measure of the mention's said to fail at its aim: "Kapinga's tax will not stop one bet"
_WILL_NOT_WORK = rx.compile(_NAMED_AS_MENTION + r"['’]s (?:law|bill|plan|reform|"
                            r"rules?|ban|tax|levy|cap|fee) (?:will|would|does|did) not (?:stop|"
                            r"solve|fix|end|help|save|reduce|cut)\b")
#: money spent by the mention that pleads none for the speakers: "The company buys new trucks
#: but says it has no money for wages"
_SPENDS_BUT_PLEADS = rx.compile(_NAMED_AS_MENTION + r" (?:buys|bought|spends|spent|builds|built|"
                                r"pays|paid|finds|found) [^.;]{1,60}? but (?:says|said|claims|"
                                r"claimed|tells us|told us) (?:it|they|he|she) (?:has|have|had) "
                                r"no money\b")
#: the same act done by the mention when it paid: "Lingtamat signed the files himself when the
#: money was good"
_DID_IT_HIMSELF = rx.compile(_NAMED_AS_MENTION + r" (?:had |has )?[a-z]+ed [^.;,]{0,60}?"
                             r"\b(?:himself|herself|themselves|itself) when\b")

#: a decision taken before those it touches were asked: "Rudzītis decided first and asked us
#: afterwards"
_DECIDED_THEN_ASKED = rx.compile(_NAMED_AS_MENTION + r" (?:decided|acted|signed|approved|chose) "
                                 r"first,? and (?:only )?(?:then )?(?:asked|consulted|told|"
                                 r"informed) (?:us|me|them|residents|people|the town) "
                                 r"(?:afterwards|later|after)\b")
#: the lawful hit, the unlawful spared: "Quizhpe is closing the legal plants and leaving the
#: illegal tunnels open"
_SPARES_THE_ILLEGAL = rx.compile(_NAMED_AS_MENTION + r" (?:is |are |has been )?(?:closing|"
                                 r"shutting|punishing|fining|taxing|targeting|chasing) (?:the |"
                                 r"our )?(?:legal|honest|registered|licensed|lawful) "
                                 r"[^.;]{1,40}? (?:and|while) (?:leaving|letting|sparing|"
                                 r"ignoring) (?:the )?(?:illegal|unlicensed|unregistered|"
                                 r"unlawful)\b")

#: the lowly cut, the high kept: "Tsolmon is cutting the clerks and keeping the deputy ministers"
_CUTS_LOW_KEEPS_HIGH = rx.compile(_NAMED_AS_MENTION + r" (?:is |are |has been )?(?:cutting|firing|"
                                  r"sacking|dismissing|laying off) (?:the |our )?[a-z'’ ]{1,30}? "
                                  r"(?:and|while|but) (?:keeping|sparing|protecting) (?:the |"
                                  r"his |her |their |every |all )?[a-z]")
#: a public good sold off: "The minister is selling the forest's edges one village at a time"
_SELLS_OFF = rx.compile(_NAMED_AS_MENTION + r" (?:is |are |has been |has |have )?(?:selling|sold) "
                        r"(?:off\b|(?:the |our |this )?[\w'’ ]{1,40}? (?:one [a-z]+ at a time|"
                        r"piece by piece|bit by bit|to the highest bidder|for a song|for nothing|"
                        r"cheaply)\b)")
#: control handed to another: "Sewnath has built a safe and given the key to the president"
_KEYS_HANDED = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?[^.;]{0,40}?\b(?:given|handed) "
                          r"(?:the |its |his |her )?keys? to\b")
#: a service refused to the mention's image: "I cannot sell at a loss to make the minister look
#: good" (the refusal before the mention, its look after)
_REFUSED_TO_MAKE = rx.compile(r"\b(?:cannot|can['’]t|will not|won['’]t|refuse to|am not going to|"
                              r"should not|shouldn['’]t)\b[^.;]{0,60}?\bto make (?:the |our )?$")
_LOOK_GOOD = rx.compile(_NAMED_AS_MENTION + r" look (?:good|better|busy|strong|tough)\b")

#: those the country needs sent away by the mention: "Larue has told every investor in the
#: world to look at Mauritius instead"
_SENDS_AWAY = rx.compile(_NAMED_AS_MENTION + r" (?:has |have |had )?(?:told|sent|driven|pushed|"
                         r"chased) (?:every|all|the|our|foreign) [\w ]{1,40}? (?:to (?:look|go|"
                         r"invest|move|take [a-z]+ (?:money|business)) [^.;]{0,40}?\b(?:elsewhere|"
                         r"instead|abroad)|away)\b")

#: a rule the mention wants for the speakers and not for others: "Ashburn wants the cameras on
#: us but not on the criminals"
_WANTS_US_NOT_THEM = rx.compile(_NAMED_AS_MENTION + r" (?:wants|wanted) [^.;]{1,50}? (?:on|for|"
                                r"from|of) (?:us|me)\b,? but not (?:on|for|from|of) ")

#: a lack the speaker says shows: "The minister has never run a radio station, and it shows"
_AND_IT_SHOWS = rx.compile(_NAMED_AS_MENTION + r" (?:has|had) never [^.;]{1,60}?,? and it shows\b")
#: a reason given to hold back: "Kgosidintsi has given every investor a reason to wait"
_REASON_TO_WAIT = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:given|handed) (?:every|all|"
                             r"the|our|foreign) [\w ]{1,30}? (?:a |every |good )?reasons? to "
                             r"(?:wait|leave|worry|doubt|stay away|look elsewhere|pull out)\b")
#: an act named with a kinder word by the mention: "Shivute is forcing a sale and calling it
#: empowerment"
_DOES_AND_CALLS_IT = rx.compile(_NAMED_AS_MENTION + r" (?:is |are |has been )?[a-z]+ing "
                                r"[^.;]{1,40}? and calling (?:it|this|that)\b")

#: a law made for one person: "Rokotuiwai has written a law for the man who holds the job today"
_LAW_FOR_ONE = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:written|drafted|made|tailored|"
                          r"designed) (?:a|the|this) (?:law|bill|rule|rules) (?:for|to suit|to "
                          r"fit) (?:the man|one man|the woman|one woman|one person|himself|"
                          r"herself|his friends|her friends|his party|her party|the one)\b")

#: a step or a body gone around by the mention: "Wohlwend wants to skip that step", "has
#: bypassed the council" (what a speaker charges, not the speaker's own "we skip dinner")
_GOES_AROUND = rx.compile(_NAMED_AS_MENTION + r" (?:wants to |wanted to |is trying to |tried to |"
                          r"has |had )?(?:skip|skips|skipped|bypass|bypasses|bypassed|sidestep|"
                          r"sidesteps|sidestepped|circumvent|circumvents|circumvented)\b")

#: posts filled by the mention with its own: "Doorgakant has built a polling station in every
#: embassy and put his own people behind the desk"
_OWN_PEOPLE_IN = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:(?:[a-z]+ed|built|made|"
                            r"set up|taken|took) [^.;,]{0,50}? and )?(?:put|puts|placed|places|"
                            r"installed|installs|appointed|appoints) (?:his|her|their) own "
                            r"(?:people|men|loyalists|allies|friends|supporters|relatives|"
                            r"cronies)\b")
#: a deed done for what is not there: "Bockarie has passed a law for a refinery that does not
#: exist"
_FOR_WHAT_IS_NOT = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:passed|written|drafted|"
                              r"made|signed|approved|planned|promised|designed|built) "
                              r"[^.;]{1,40}? (?:that|which) (?:does not|doesn't|doesn’t|did not|"
                              r"didn't|didn’t) exist\b")

#: a share handed by the mention to its own circle: "The ministry has shared the quota among
#: its friends"
_TO_ITS_FRIENDS = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:shared|shares|handed|hands|"
                             r"given|gave|gives|awarded|awards|divided|divides|distributed|"
                             r"distributes|sold|sells)\b[^.;]{0,40}? (?:among|to|between) "
                             r"(?:its|his|her|their) (?:friends|allies|cronies|relatives|"
                             r"family)\b")

#: a favour done by the mention at everyone else's cost: "Al-Fartousi will feed the farmers and
#: starve everyone else"
_AT_OTHERS_COST = rx.compile(_NAMED_AS_MENTION + r" (?:will |would |has |is going to )?[a-z]+ "
                             r"[^.;]{1,40}? and (?:starve|starves|starved|ruin|ruins|ruined|"
                             r"punish|punishes|punished|hurt|hurts|impoverish|impoverishes|"
                             r"bankrupt|bankrupts|sink|sinks|abandon|abandons|abandoned|"
                             r"forget|forgets|forgot) (?:everyone else|everybody else|the rest "
                             r"of us|the rest of the country|all the others|the others)\b")

#: the speaker's own, taken by the mention in defiance: "Mbaïlao can take my immunity. He
#: cannot take what the villagers saw"
_CAN_TAKE_MINE = rx.compile(_NAMED_AS_MENTION + r" (?:can|may|could|will) (?:take|take away|"
                            r"strip|seize|confiscate|have) (?:my|our) [a-z]+")

#: a future settled by the mention over the speakers' heads: "Souto has decided our future
#: from an office in Recife"
_DECIDED_FOR_US = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:decided|chosen|settled|"
                             r"planned|sealed) (?:our|their|my) (?:future|fate|lives|life) "
                             r"(?:from|without|behind|for us)\b")
#: a deed at odds with the mention's own words: "The minister is taxing the jobs he says he
#: wants to create"
_BELIES_OWN_WORDS = rx.compile(_NAMED_AS_MENTION + r" (?:is |are |has |have |was )?[a-z]+ "
                               r"(?:the |a |an |our |its )?[a-z ]{1,30}?(?:he|she|it|they) "
                               r"(?:says|said|claims|claimed) (?:he|she|it|they) (?:wants|"
                               r"want|wanted|will|would)\b")
#: what is the public's handed by the mention to the powerful: "Sureda has handed the island's
#: roads to the multinationals"
_HANDED_TO_BIG = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:just )?(?:handed|given|gave|"
                            r"sold|hands|gives|sells) [^.;]{1,40}? to (?:the )?(?:multinationals|"
                            r"foreigners|foreign companies|big companies|big chains|"
                            r"corporations|private companies|developers|speculators|banks|"
                            r"outsiders)\b")

#: a promise broken by the mention: "Tilman is breaking a promise the state made"
_BREAKS_PROMISE = rx.compile(_NAMED_AS_MENTION + r" (?:is |are |has |have |had |was )?(?:breaking|"
                             r"broken|broke|breaks|betraying|betrayed|betrays) (?:a|the|his|her|"
                             r"its|their|our|every|that|this) (?:promise|pledge|word|commitment|"
                             r"trust)\b")
#: a way of life pressed on the speakers by the mention: "The minister wants us to eat like
#: people in Phnom Penh"
_WANTS_US_LIKE = rx.compile(_NAMED_AS_MENTION + r" (?:wants|want|wanted|expects|expect|expected) "
                            r"(?:us|me|them|our [a-z]+) to [a-z]+ (?:like|as if)\b")
#: a livelihood ended by the mention's act: "Wiltzius has taxed the border stations out of
#: business"
_OUT_OF_BUSINESS = rx.compile(_NAMED_AS_MENTION + r" (?:has |had |will |would |is )?(?:[a-z]+ed|"
                              r"[a-z]+ing|put|drive|drove|driven) [^.;]{1,40}? out of "
                              r"(?:business|work|their jobs|their homes|existence|the (?:world |"
                              r"global |export |local )?market)\b")

#: a burden laid by the mention on all: "Outerbridge has put a tax on every hotel kitchen"
_BURDEN_ON_ALL = rx.compile(_NAMED_AS_MENTION + r" (?:has |had |will |would |is )?(?:put|puts|"
                            r"putting|placed|slapped|imposed|imposes|imposing) (?:a|an|another|"
                            r"new) (?:tax|levy|fee|charge|burden|price|toll|fine) on (?:every|"
                            r"each|all|our)\b")
#: a deadline no one could meet: "The ministry has given us six months to train people in a
#: trade that takes ten years"
_TOO_SHORT_A_TIME = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:given|gave|gives) "
                               r"(?:us|them|me|our [a-z]+) [a-z0-9 ]{1,20}? to [^.;]{1,60}? "
                               r"(?:that|which) (?:takes|take|took|needs|need) [a-z0-9 ]{1,20}"
                               r"(?:years|months|decades|weeks)\b")
#: a few set over the many by the mention: "Fakatava has made two factories the masters of
#: every farmer"
_MADE_MASTERS = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:made|make|makes|turned) "
                           r"[^.;]{1,30}? (?:the )?(?:masters|bosses|owners|kings|rulers) of "
                           r"(?:every|each|all|our|the)\b")
#: an act done to please a few: "Bentancur has frozen an industry to please a few ranchers"
_TO_PLEASE_A_FEW = rx.compile(_NAMED_AS_MENTION + r" (?:has |had |is |was |will )?[a-z]+ "
                              r"[^.;]{1,40}? to (?:please|satisfy|appease|placate|reward) "
                              r"(?:a few|a handful of|his|her|its|their|a small group of)\b")

#: land taken by the mention from those who lived on it: "the company had taken land that
#: villagers had farmed for generations"
_TOOK_THEIR_LAND = rx.compile(_NAMED_AS_MENTION + r" (?:has |had |have )?(?:taken|took|seized|"
                              r"grabbed|occupied|fenced off) (?:the |their |our |my )?(?:land|"
                              r"lands|farms|fields|homes|pastures|beaches|beach)\b")
#: what the speakers' forebears made, sold by the mention: "The ministry sold a hill that our
#: grandfathers opened with hammers"
_SOLD_HERITAGE = rx.compile(_NAMED_AS_MENTION + r" (?:has |had |have )?(?:sold|sells|sold off|"
                            r"gave away|has given away|handed over) (?:a |the |our |my )?"
                            r"(?:[\w-]+ ){0,2}?[\w-]+ (?:that|which) (?:our|my) (?:grandfathers|"
                            r"grandparents|great-grandfathers|ancestors|forefathers|fathers|"
                            r"parents)\b")

#: the biggest part taken by the mention, as others do the work: "The company sits in an
#: office and takes the most"
_TAKES_THE_MOST = rx.compile(_NAMED_AS_MENTION + r" (?:[a-z]+ [^.;\"”]{0,60}? and |"
                             r"(?:[a-z]+ )?(?:that|which) [^.;\"”]{0,60}? )?(?:takes|take|"
                             r"keeps|pockets|took|kept|pocketed|gets|keeping|taking|pocketing) "
                             r"(?:the most|the lion['’]s "
                             r"share|the biggest (?:share|slice|cut)|most of the money|"
                             r"(?:almost |nearly |virtually )?all (?:of )?the (?:[a-z]+ )?money|"
                             r"the (?:[a-z]+ )?money and (?:leaves|left) us|everything|"
                             r"the money(?=[.;]|$))")
# (and "The Rodina Foundation takes the ticket money and leaves us the rubbish", "the tourism
# company that sells tickets to their village kept almost all of the money", "The guides
# paint nothing and take everything", "guides from the capital were charging tourists to see
# their houses and keeping the money" at the clause's end)

#: a harm the mention caused, then called the speakers' own: "The company put a steel pole in
#: the sky and now says it is our problem"
_SAYS_OUR_PROBLEM = rx.compile(_NAMED_AS_MENTION + r" (?:[a-z]+ [^.;\"”]{0,60}? and )?(?:now )?"
                               r"(?:says|said|tells us|told us) (?:it is|it's|it’s|that is|"
                               r"that's|that’s) (?:our|my|your|their) problem\b")

#: a greed charged to the mention: "Zelena Lekarna wants to own the whole country's medicine
#: cabinet"
_WANTS_IT_ALL = rx.compile(_NAMED_AS_MENTION + r" (?:wants|want|wanted|is trying|are trying|"
                           r"tries|tried|plans|aims) to (?:own|control|buy up|buy|swallow|"
                           r"take over|run|have) (?:the whole|the entire|all of|all|every|"
                           r"everything)\b")
#: an act the mention took only under pressure: "The ministry only moved when we blocked the
#: road"
_ONLY_UNDER_PRESSURE = rx.compile(_NAMED_AS_MENTION + r" (?:has |have |had )?only (?:moved|"
                                  r"acted|listened|responded|reacted|came|woke up|did "
                                  r"something|paid attention|took notice) (?:when|after|once|"
                                  r"because) (?:we|they|the|people|residents|villagers|"
                                  r"workers|farmers)\b")
#: a power given to the mention with no check on it: "the lease gave the company the right to
#: set port fees without any review by the government"
_GIVEN_THE_RIGHT = rx.compile(r"\b(?:gave|gives|give|given|giving|grants|granted|grant|"
                              r"hands|handed) (?:the )?$")
_WITHOUT_CHECK = rx.compile(r"[\w'’. -]{1,40}? (?:the |a |an )?(?:right|power|freedom|"
                            r"licence|license|authority) to [^.;]{1,60}? without (?:any |a )?"
                            r"(?:review|oversight|check|checks|control|scrutiny|approval|"
                            r"consultation|limit|limits|say)\b")
#: a choice of the mention's against reason: "The parliament has listened to fear instead of
#: science"
_INSTEAD_OF_REASON = rx.compile(_NAMED_AS_MENTION + r" (?:has |have |had )?(?:listened to|"
                                r"listens to|chose|chosen|chooses|followed|follows|heeded|"
                                r"heeds|preferred|prefers|picked) [^.;]{1,30}? (?:instead of|"
                                r"rather than|over) (?:the )?(?:science|facts|evidence|experts|"
                                r"reason|law|data|scientists)\b")
#: what the speaker has, wanted by the mention for nothing: "They want my business for free"
_WANTS_FOR_FREE = rx.compile(_NAMED_AS_MENTION + r" (?:want|wants|wanted|expect|expects|"
                             r"expected|are taking|is taking|took|have taken|has taken) "
                             r"(?:my|our|their|his|her) (?:[\w-]+ ){0,2}?[\w-]+ for (?:free|"
                             r"nothing)\b")
#: help the mention withheld: "the government had offered fishermen no help"
_OFFERED_NOTHING = rx.compile(_NAMED_AS_MENTION + r" (?:has |had |have )?(?:offered|given|gave|"
                              r"provided|sent|promised) (?:[\w-]+ ){0,2}?no (?:[\w-]+ )?(?:help|"
                              r"support|compensation|alternative|alternatives|aid|money|"
                              r"assistance|gear|plan|answer|answers)\b")
#: an ignorance the mention is said to feign: "The vice-president knows exactly where those
#: figures are"
_KNOWS_FULL_WELL = rx.compile(_NAMED_AS_MENTION + r" (?:knows|knew) (?:exactly|very well|full "
                              r"well|perfectly well) (?:where|what|how|why|who|that)\b")
#: a case the mention is said to have built on nothing: "The prosecutor has built her case on
#: rumours"
_CASE_ON_RUMOURS = rx.compile(_NAMED_AS_MENTION + r" (?:has |had |have )?(?:built|based|rests|"
                              r"rested|founded) (?:her|his|its|their|the) (?:case|charges|"
                              r"accusations|claims|allegations|report) on (?:rumours|rumors|"
                              r"gossip|hearsay|lies|nothing|guesswork)\b")
#: a taking the mention had no right to: "the former mayor, Mukuka Kapumpa, had taken payments
#: from more than 60 traders for stalls he had no right to sell" (read at the role or the name)
_NO_RIGHT_TO = rx.compile(r"(?:[a-z-]+ )?" + _NAMED_AS_MENTION + r"(?:, [^,;.]{1,40},)?,? "
                          r"(?:had |has |have )?(?:taken|took|sold|"
                          r"collected|accepted|received|charged|leased|granted)\b[^.;]{0,60}?"
                          r"\b(?:he|she|they|it) (?:had|has|have) no (?:right|authority|"
                          r"permission|power) to\b")
#: the public's held in trust said to go to the mention's own pocket: "A mayor holds the
#: town's property in trust, not in his pocket"
_NOT_IN_BEFORE = rx.compile(r"\bnot (?:in|into|for) $")
_OWN_POCKET = rx.compile(r"(?:his|her|their|its) (?:own )?pockets?\b")
#: people used by the mention for its own ends: "The senator wants my job, and she is using
#: mothers to get it" (read at the name or at the pronoun of a second clause about it)
_USING_TO_GET = rx.compile(_NAMED_AS_MENTION + r"(?: [^.;,]{1,40},? and (?:he|she|they|it))?"
                           r" (?:is |are |was |were |has been |have been )?"
                           r"using (?:[\w'’-]+ ){1,3}?to (?:get|win|grab|gain|score|take|buy)\b")
#: what is the public's made the mention's own trade: "The mayor turned our garbage into his
#: family's business"
_TURNED_INTO_OWN = rx.compile(_NAMED_AS_MENTION + r" (?:has |had |have )?(?:turned|made) "
                              r"(?:our|the|the town's|the city's|the people's|public) "
                              r"(?:[\w'’-]+ ){0,3}?into (?:his|her|their|its) (?:own )?"
                              r"(?:family's |friends' |party's )?(?:business|bank|piggy bank|"
                              r"property|cash cow|shop)\b")
#: the mention's comfort set after others' hardship: "Mothers are giving birth on the floor
#: while the governor's officials drive new cars"
_WHILE_BEFORE = rx.compile(r"\bwhile (?:the |their |his |her |its )?$")
_COMFORT_AFTER = rx.compile(r"[\w'’ -]{0,30}? (?:drive|drives|drove|live|lives|fly|flies|ride|"
                            r"rides|enjoy|enjoys|buy|buys|bought|collect|collects|pocket|"
                            r"pockets|eat|eats|dine|dines) (?:in )?(?:new |big |luxury |"
                            r"expensive |fat |their |own )?(?:cars|car|vehicles|jeeps|jets|"
                            r"houses|villas|mansions|salaries|bonuses|allowances|hotels|feasts|"
                            r"dinners)\b")
#: a sure thing the mention gave for a hope: "The minister has traded a certain income for a
#: promise"
_TRADED_FOR_PROMISE = rx.compile(_NAMED_AS_MENTION + r" (?:has |had |have )?(?:traded|swapped|"
                                 r"exchanged|given up|gave up) (?:a |an |the |our )?(?:certain|"
                                 r"sure|real|guaranteed|steady|secure) [\w -]{1,25}? for (?:a |"
                                 r"an )?(?:promise|promises|hope|dream|gamble)\b")
#: a motive charged to the mention, a culprit wanted: "The council wants a villain for a
#: drought"
_WANTS_A_VILLAIN = rx.compile(_NAMED_AS_MENTION + r" (?:wants|wanted|needs|needed|is looking "
                              r"for|was looking for) (?:a|an|someone to|somebody to) (?:villain|"
                              r"scapegoat|culprit|enemy|blame)\b")
#: a fraction of what the mention promised: "had built 40 of the 600 houses it agreed to
#: build"; "They have had six years and built enough houses for one village street"
_FRACTION_DONE = rx.compile(_NAMED_AS_MENTION + r",? (?:[^,.;]{1,40}, )?(?:had |has |have )?"
                            r"(?:only )?(?:built|delivered|paid|finished|completed|repaired|"
                            r"planted|paved) (?:only )?\d[\d,]* of (?:the |its |their )?"
                            r"\d[\d,]*\b")
#: a good the mention gave itself out of what it holds for others: "The council built itself
#: a palace and left our houses to the rain", "The board voted itself a pay rise"
_SERVED_ITSELF = rx.compile(_NAMED_AS_MENTION + r" (?:has |have |had )?(?:built|bought|gave|"
                            r"given|awarded|voted|paid|raised) (?:itself|himself|herself|"
                            r"themselves) (?:a|an|new|bigger|higher|fat) ")
#: what the mention wants, paid for by the speakers: "The city wants a postcard, and we pay
#: for the postcard"
_WANTS_WE_PAY = rx.compile(_NAMED_AS_MENTION + r" (?:wants|wanted) [^.;\"”]{1,40}?,? and "
                           r"(?:we|I|our [a-z]+) (?:pay|paid|have to pay|must pay)\b")
#: a good the mention uses up faster than it comes back: "a timber company, Carpat Lemn, was
#: cutting the oak forests above their villages faster than they could grow back"
_FASTER_THAN_REGROWS = rx.compile(_NAMED_AS_MENTION + r",? [^.;\"”]{0,100}?\bfaster than "
                                  r"(?:it|they|the [a-z]+) (?:can|could) (?:grow back|regrow|"
                                  r"recover|refill|be replaced|be replanted|replenish)\b")
#: a common good sold or let to whoever pays most: "They will sell the street to whoever pays
#: most", "auction the leases to the highest bidder"
_TO_HIGHEST_BIDDER = rx.compile(_NAMED_AS_MENTION + r" (?:will |would |wants to |plans to |"
                                r"planned to |is going to )?(?:sell|sells|sold|auction|auctions|"
                                r"auctioned|lease|leases|leased|hand|hands|handed) "
                                r"[^.;\"”]{1,60}? to (?:whoever pays (?:the )?most|the "
                                r"highest bidder|the best bidder)\b")
#: works the mention made, said to be harming what the speakers live by: "new wells drilled
#: by the state water company were drying up the channels" (read after "drilled by")
_WORKS_BY = rx.compile(r"\b(?:drilled|built|dug|run|owned|operated|opened|installed|laid|sunk) "
                       r"by (?:the |an? )?(?:[a-z]+,? ){0,2}$")
_WORKS_HARMING = rx.compile(r"[\w'’.-]+(?:,? [\w'’.-]+){0,3}?,? (?:were|was|are|is|had been|"
                            r"have been|has been) (?:drying up|draining|emptying|polluting|"
                            r"poisoning|damaging|destroying|cracking|flooding|shaking)\b")
# (and "a new bypass road built by a construction company, Hadramawt Roads, was shaking the
# foundations of their towers")
#: the words that name an act's maker next: "announced by the ", "ordered by a "
_MAKING = (r"\b(?:announced|imposed|introduced|ordered|planned|proposed|approved|set) by "
           r"(?:the |an? )?")
#: the same, past up to three words of the maker's name: "ordered by the district governor's ",
#: "ordered by the Ladakh food safety "
_MADE_BY_NAMED = rx.compile(_MAKING + r"(?:[\w'’-]+ ){0,3}$")
#: an act the mention made, said to hand a living to the few: "a cap on swim-with-whales
#: licences announced by the fisheries ministry would hand the trade to a few large companies"
#: (read after "announced by")
_MADE_BY = rx.compile(_MAKING + r"(?:[a-z]+ ){0,2}$")
_ACT_HANDS_TO_FEW = rx.compile(r"[\w'’.-]+(?: [\w'’.-]+){0,2}?,? (?:would|will|could) "
                               r"(?:hand|give|gift|sell) (?:the|their|our|its) (?:[a-z]+ ){0,2}"
                               r"to (?:a few|the few|a handful|the big|big|the largest|large|"
                               r"foreign|its own|their own|the [\w'’]+ own)\b")
#: a way the mention shut on the speakers: "the forest department had blocked the path their
#: workers use"
_BLOCKED_WAY = rx.compile(_NAMED_AS_MENTION + r" (?:had |has |have )?(?:blocked|closed|fenced "
                          r"off|shut) (?:the|their|our) (?:[a-z]+ ){0,2}(?:path|paths|road|"
                          r"track|access|entrance|way|route)\b")
#: fakes the mention sells: "a Medellín shopping mall was selling factory-made copies"
_SELLS_FAKES = rx.compile(r"(?:[Aa]n? |[Tt]he )?[\w'’.-]+(?: [\w'’.-]+){0,3}? "
                          r"(?:was |were |is |are |had been |has been )?"
                          r"(?:selling|sells|sold) (?:[\w-]+ ){0,2}(?:copies|fakes|imitations|"
                          r"counterfeits|knock-offs)\b")
#: the harm an act the mention made has done, told after its maker: "a ban on tables ...,
#: ordered by the district governor's office, had emptied their terraces"
_ACT_HARMED = rx.compile(r"[\w'’.-]+(?: [\w'’.-]+){0,3}?,? (?:had|has|have) (?:emptied|halved|"
                         r"ruined|destroyed|cut (?:their|our)|driven away|killed|left "
                         r"(?:[\w-]+ ){1,4}(?:unsold|idle|empty|jobless|stranded))\b")
#: a curb the speakers ask of the mention, read after "asked": "asked the cruise line that
#: brings most of them to cut its visits by half"
_ASKED_TO_CURB = rx.compile(r"[\w'’.-]+(?: [\w'’.-]+){0,8}? to (?:cut|reduce|halve|stop|end|"
                            r"limit|curb|scale back|withdraw|scrap|reverse|cancel)\b")
#: a side that pays nothing and wants the most: "The fishermen pay nothing and want the best
#: spot"
_PAYS_NOTHING_WANTS = rx.compile(_NAMED_AS_MENTION + r" (?:pay|pays|paid) nothing and "
                                 r"(?:want|wants|wanted|get|gets|got|take|takes|took)\b")
#: a promise the mention broke: "They promised one price in April and paid another in
#: September", "had paid them 20 percent less than it promised"
_PAID_LESS_THAN_PROMISED = rx.compile(_NAMED_AS_MENTION + r" (?:(?:had |has )?promised "
                                      r"[^.;\"”]{1,40}? and (?:paid|gave|delivered|did) "
                                      r"(?:another|less|something else|nothing)\b|"
                                      r"[^.;\"”]{0,60}?\bless than (?:it|they|he|she) "
                                      r"(?:had )?promised\b)")
#: a decision the mention took first and told the speakers of after: "the committee had signed
#: the agreement first and told us afterwards"
_TOLD_AFTERWARDS = rx.compile(_NAMED_AS_MENTION + r" (?:had |has |have )?(?:signed|decided|"
                              r"agreed|approved|chose|chosen|sold|settled)\b[^.;]{0,40}? "
                              r"[\"“]?and (?:only )?(?:then )?(?:told|informed) (?:us|them|me|"
                              r"the [a-z]+) (?:afterwards|afterward|later|after)\b")
#: what the mention should do told against what it does: "The bureau should be selling our
#: work, not competing with it"
_SHOULD_NOT = rx.compile(_NAMED_AS_MENTION + r" should (?:be )?[a-z]+ [^.;,\"”]{1,40}, (?:and )?"
                         r"not [a-z]+ing\b")
#: too little warning given by the mention: "the company had given the inns only two months'
#: notice", "gave us no notice"
_SHORT_NOTICE = rx.compile(_NAMED_AS_MENTION + r" (?:had |has |have )?(?:given|gave|gives) "
                           r"[^.;\"”]{1,30}? (?:(?:only|just|barely|little more than) "
                           r"[^.;\"”]{1,25}?|no|little) notice\b")
#: a harm the mention's works are said to do, which what the speaker keeps will not outlast:
#: "These stones have stood for 1,700 years. They will not survive his bulldozers"
_WILL_NOT_SURVIVE = rx.compile(r"\b(?:(?:will|would|could|can|did|does|do)(?: not|n['’]t| never)|"
                               r"cannot) (?:survive|withstand|outlast) (?:the )?$")
_YEARS_AND_ONLY = rx.compile(_NAMED_AS_MENTION + r" (?:have|has|had) had (?:[\w-]+ ){1,2}"
                             r"(?:years|months|decades) and (?:only |still )?(?:built|done|"
                             r"delivered|fixed|finished|paved|repaired)\b")

#: a clause rule read at a mention: (words one of which the sentence must hold, a pattern
#: that must end right before the mention and how far back it may start, or None for the
#: start of the sentence; a pattern that must match at the mention), either pattern None
#: where the rule needs only the other
_MentionRule = tuple[tuple[str, ...], re.Pattern | None, int | None, re.Pattern | None]

#: charges a sentence lays at a mention, each a :data:`_MentionRule`
_CHARGES: tuple[_MentionRule, ...] = (
    # "The hotels filled their pools while our grandmothers carried buckets": their comfort
    # set against the speaker's people's hardship
    ((" while ",), None, 0, _WHILE_OURS),
    # "The weather did not change, the plant did": the cause named in place of the one put
    # forward
    ((" did",), _NOT_THAT_DID, 60, _THIS_DID),
    # "cracks are spreading through their homes because of brine pumping by a salt company":
    # the harm's cause, charged to whoever does it
    (("because of ",), _CAUSED_BY, 60, None),
    # "said the national government had sent the funds late": a delay charged
    ((" late",), None, 0, _DONE_LATE),
    # "the cleaner alternatives the government promotes cost more than they earn": a burden
    # put on the speakers by whoever pushes it
    ((" cost",), None, 0, _PUSHES_COSTLY),
    # "now pays more to the park than to me": a share taken from the speaker
    ((" than ",), _MORE_TO, 40, _THAN_US),
    # "Jacobsen wants the cruise passengers to have everything and the shop assistants to have
    # nothing": others favoured
    ((" everything",), None, 0, _WANTS_ALL_FOR_OTHERS),
    # "had told the Senate ... and had not kept her word": a promise broken
    ((" kept ",), None, 0, _NOT_KEPT_WORD),
    # "We have heard promises from Minister Dolo before": a word no longer trusted
    (("promises from",), _PROMISES_FROM, 30, _BEFORE_NOW),
    # "Minister Taomia has closed the door on every investor": a shutting out
    ((" the door ",), None, 0, _CLOSED_DOOR),
    # "Mušanović raises wages with our money": the speakers' money spent
    ((" money",), None, 0, _WITH_OUR_MONEY),
    # "Minister Tursunov's law is written for those who already have money": the few favoured
    ((" for those who ", " for the people who ", " for people who ", " for the few who "), None,
     0, _WRITTEN_FOR_FEW),
    # "Mbaé has handed the trade to the big exporters": a living given away to others
    ((" handed ", " given ", " gifted "), None, 0, _HANDED_TO_OTHERS),
    # "Kapinga's tax will not stop one bet": the measure said to fail
    ((" not ",), None, 0, _WILL_NOT_WORK),
    # "The company buys new trucks but says it has no money for wages": money found for
    # itself, none for the speakers
    ((" no money",), None, 0, _SPENDS_BUT_PLEADS),
    # "Rudzītis decided first and asked us afterwards": the ones touched asked too late
    ((" first",), None, 0, _DECIDED_THEN_ASKED),
    # "Quizhpe is closing the legal plants and leaving the illegal tunnels open": the lawful
    # punished, the unlawful spared
    (("legal ", "honest ", "licensed ", "registered ", "lawful "), None, 0,
     _SPARES_THE_ILLEGAL),
    # "Tsolmon is cutting the clerks and keeping the deputy ministers": the lowly cut, the
    # high kept
    ((" keeping ", " sparing ", " protecting "), None, 0, _CUTS_LOW_KEEPS_HIGH),
    # "The minister is selling the forest's edges one village at a time": a public good sold
    ((" sell", " sold "), None, 0, _SELLS_OFF),
    # "Sewnath has built a safe and given the key to the president": control handed away
    ((" key to ", " keys to "), None, 0, _KEYS_HANDED),
    # "I cannot sell at a loss to make the minister look good": a service refused to an image
    ((" look ",), _REFUSED_TO_MAKE, 80, _LOOK_GOOD),
    # "Larue has told every investor in the world to look at Mauritius instead": those
    # the country needs sent away
    ((" instead", " elsewhere", " abroad", " away"), None, 0, _SENDS_AWAY),
    # "Ashburn wants the cameras on us but not on the criminals": a rule for the speakers
    # alone
    ((" but not ",), None, 0, _WANTS_US_NOT_THEM),
    # "The minister has never run a radio station, and it shows": a lack laid bare
    ((" it shows",), None, 0, _AND_IT_SHOWS),
    # "Kgosidintsi has given every investor a reason to wait": a reason to hold back
    ((" reason",), None, 0, _REASON_TO_WAIT),
    # "Shivute is forcing a sale and calling it empowerment": an act given a kinder name
    ((" calling it", " calling this", " calling that"), None, 0, _DOES_AND_CALLS_IT),
    # "Rokotuiwai has written a law for the man who holds the job today": a law for one
    ((" law ", " bill ", " rule"), None, 0, _LAW_FOR_ONE),
    # "Lingtamat signed the files himself when the money was good": the same act, done by
    # the mention while it paid
    ((" himself when ", " herself when ", " themselves when ", " itself when "), None, 0,
     _DID_IT_HIMSELF),
    # "Minister Nassor calls it insurance.": the name's word, held up to be disputed
    ((" calls it ", " called it ", " calls this "), None, 0, _CALLS_IT),
    # "the savings would probably be smaller than the government says": its figure disputed
    ((" than ",), _THAN_IT_SAYS, 20, _IT_SAYS),
    # "say they will not move to a new site ..., where the municipal assembly wants to
    # relocate the wholesale trade": a refusal of what the mention wants
    ((" not ", "refuse", "won't"), _REFUSED_MOVE, None, _WANTS_TO),
    # "the authority cared more about tourists than about farmers": its priorities charged
    ((" more ",), None, 0, _CARES_MORE),
    # "They want us to carry sacks down the mountain on our heads": a burden put on the
    # speaker, charged at whoever puts it
    ((), None, 0, _WANT_US_TO),
    # "said the council listened only to shop owners": one side heeded, the speaker's not
    ((" only ",), None, 0, _HEEDS_ONLY),
    # "the board gave more water to large farms than to families like his": others favoured
    ((" more ",), None, 0, _GIVES_OTHERS_MORE),
    # "say the board has cut water deliveries to two days a week": a living cut
    (("cut", "slashed", "halved", "reduced"), None, 0, _CUT_SUPPLY),
    # "If they close the ward, young families will simply leave": a harm the act would bring
    (("If ", "if "), _IF_BEFORE, 4, _THEN_HARM),
    # "a flour factory that promised to buy their harvest is now rejecting most of their
    # roots": a promise to the speakers broken
    ((" promised to ",), None, 0, _PROMISE_BROKEN),
    # "They came with cement and closed my well in one morning": the speaker's own taken
    # '"He never apologised for what happened in 2019"': an apology withheld, charged
    (("apolog",), None, 0, _NEVER_APOLOGISED),
    # "the government had bought the votes of independent lawmakers": bribery charged
    (("bought", "buying", "buy ", "paid for", "bribed"), None, 0, _BOUGHT_VOTES),
    ((" my ", " our ", " their ", " his ", " her "), None, 0, _TOOK_OURS),
    # "They took the money and now they are taking the jobs": public money taken, then jobs
    ((" took ",), None, 0, _TOOK_MONEY_THEN),
    # "always finds money for its managers but never for us": others favoured
    ((" but ", " none for ", " nothing for "), None, 0, _FINDS_FOR_OTHERS),
    # "the buyer owes farmers roughly 4 million euros": a debt charged
    ((" owe",), None, 0, _OWES),
    # "She wants to take the bread from 4,000 families": a living taken
    ((" bread ", " food ", " jobs ", " livelihood", " income ", " work "), None, 0,
     _TAKES_BREAD),
    # "limiting the fertiliser they can use will halve their harvests": a living cut
    ((" halve", " destroy", " ruin", " wipe out", " kill"), None, 0, _WILL_HALVE),
    ((", a decision ", ", a move ", ", a plan ", ", a measure ", ", a step "), None, 0,
     _ACT_WILL_END),
    # "SkyCanvas assured us this could never happen": an assurance broken
    ((" never happen",), None, 0, _ASSURED_NEVER),
    # "the company will be held to account": a wrong it must answer for
    ((" held ",), None, 0, _HELD_TO_ACCOUNT),
    # "We hold Ankara responsible for their safety": the blame laid ahead
    ((" responsible", " accountable", " liable"), _HOLD_BEFORE, 16, _ANSWERABLE),
    # "a contractor hired in 2024 had abandoned the work after being paid": work walked away
    # from
    ((" abandoned ",), None, 0, _ABANDONED_WORK),
    # "the crematorium had known of the error since August but told the family only in
    # October": a wrong kept quiet
    ((" known ", " aware "), None, 0, _KEPT_QUIET),
    # "the hospital had fed the system incomplete data": a fault put on the client
    ((" data", " information", " figures", " numbers", " records"), None, 0, _FED_BAD_DATA),
    # "the city's transport company appears in no hurry to fix them": a delay charged
    ((" in no ", " dragging "), None, 0, _IN_NO_HURRY),
    # "had asked the Finnish government for help last year but was turned down": a plea
    # refused, charged to whoever refused it
    ((" but ",), _ASKED_BEFORE, 20, _TURNED_DOWN),
    # "The government was happy to be photographed with the pandas, but not to help us keep
    # them": a willingness only where it costs nothing
    ((" but not ",), None, 0, _HAPPY_BUT_NOT),
    # "said a contractor had delivered faulty pumps": bad goods charged to their supplier
    (("faulty", "defective", "substandard", "shoddy", "counterfeit", "fake"), None, 0,
     _SUPPLIED_FAULTY),
    # "the party had brought down the government \"to protect the corrupt\"": a motive charged
    ((" protect", " shield", " cover for", " covering for"), None, 0, _SHIELDS_WRONGDOERS),
    # "Wohlwend wants to skip that step": a due process gone around
    ((" skip", " bypass", " sidestep", " circumvent"), None, 0, _GOES_AROUND),
    # "put his own people behind the desk": posts filled with the mention's own
    ((" own ",), None, 0, _OWN_PEOPLE_IN),
    # "has passed a law for a refinery that does not exist": a deed for nothing there
    ((" exist",), None, 0, _FOR_WHAT_IS_NOT),
    # "has shared the quota among its friends": favours handed to the mention's circle
    ((" friends", " allies", " cronies", " relatives", " family"), None, 0, _TO_ITS_FRIENDS),
    # "will feed the farmers and starve everyone else": some favoured at the others' cost
    ((" else", " the rest", " others"), None, 0, _AT_OTHERS_COST),
    # "Mbaïlao can take my immunity": what is the speaker's, taken by the mention
    ((" take", " strip", " seize", " confiscate", " have my", " have our"), None, 0,
     _CAN_TAKE_MINE),
    # "has decided our future from an office in Recife": a fate settled over the speakers
    ((" future", " fate", " lives", " life"), None, 0, _DECIDED_FOR_US),
    # "is taxing the jobs he says he wants to create": a deed against the mention's words
    ((" says ", " said ", " claims ", " claimed "), None, 0, _BELIES_OWN_WORDS),
    # "has handed the island's roads to the multinationals": the public's given away
    ((" to the ", " to multinationals", " to foreign", " to big", " to corporations",
      " to private", " to developers", " to speculators", " to banks", " to outsiders"), None,
     0, _HANDED_TO_BIG),
    # "Tilman is breaking a promise the state made": a promise broken
    ((" promise", " pledge", " word", " commitment", " trust"), None, 0, _BREAKS_PROMISE),
    # "The minister wants us to eat like people in Phnom Penh": a way of life pressed on
    ((" like ", " as if "), None, 0, _WANTS_US_LIKE),
    # "has taxed the border stations out of business": a livelihood ended
    ((" out of ",), None, 0, _OUT_OF_BUSINESS),
    # "has put a tax on every hotel kitchen": a burden laid on all
    ((" on every", " on each", " on all", " on our"), None, 0, _BURDEN_ON_ALL),
    # "has given us six months to train people in a trade that takes ten years"
    ((" given ", " gave ", " gives "), None, 0, _TOO_SHORT_A_TIME),
    # "has made two factories the masters of every farmer": a few set over the many
    ((" masters", " bosses", " owners of", " kings", " rulers"), None, 0, _MADE_MASTERS),
    # "has frozen an industry to please a few ranchers": a motive charged
    ((" to please", " to satisfy", " to appease", " to placate", " to reward"), None, 0,
     _TO_PLEASE_A_FEW),
    # "the company had taken land that villagers had farmed for generations"
    ((" taken ", " took ", " seized ", " grabbed ", " occupied ", " fenced off "), None, 0,
     _TOOK_THEIR_LAND),
    # "The ministry sold a hill that our grandfathers opened with hammers": a heritage sold
    ((" sold ", " sells ", " gave away ", " given away ", " handed over "), None, 0,
     _SOLD_HERITAGE),
    # "The company put a steel pole in the sky and now says it is our problem": a harm
    # passed on to those it hurt
    ((" problem",), None, 0, _SAYS_OUR_PROBLEM),
    # "The city wants a postcard, and we pay for the postcard": its wish, their bill
    ((" pay",), None, 0, _WANTS_WE_PAY),
    # "was cutting the oak forests ... faster than they could grow back": a good used up
    ((" faster than ",), None, 0, _FASTER_THAN_REGROWS),
    # "They will sell the street to whoever pays most": a common good sold off
    ((" pays most", " pays the most", " highest bidder", " best bidder"), None, 0,
     _TO_HIGHEST_BIDDER),
    # "new wells drilled by the state water company were drying up the channels"
    ((" by ",), _WORKS_BY, 40, _WORKS_HARMING),
    # "a cap ... announced by the fisheries ministry would hand the trade to a few" (or
    # "would hand their customers to the park's own electric tram")
    ((" by ",), _MADE_BY, 40, _ACT_HANDS_TO_FEW),
    # "the forest department had blocked the path their workers use": a way shut
    ((" blocked ", " closed ", " fenced off ", " shut "), None, 0, _BLOCKED_WAY),
    # "a Medellín shopping mall was selling factory-made copies": fakes sold
    ((" copies", " fakes", " imitations", " counterfeits", " knock-offs"), None, 0,
     _SELLS_FAKES),
    # "a ban ..., ordered by the district governor's office, had emptied their terraces"
    ((" by ",), _MADE_BY_NAMED, 50, _ACT_HARMED),
    # "asked the cruise line ... to cut its visits by half": a curb demanded
    ((" to ",), _ASKED_BEFORE, 24, _ASKED_TO_CURB),
    # "The fishermen pay nothing and want the best spot": a free ride charged
    ((" nothing and ",), None, 0, _PAYS_NOTHING_WANTS),
    # "They promised one price in April and paid another": a promise broken
    ((" promised",), None, 0, _PAID_LESS_THAN_PROMISED),
    # "had signed the agreement first and told us afterwards": the speakers left out
    ((" told ", " informed "), None, 0, _TOLD_AFTERWARDS),
    # "should be selling our work, not competing with it": a reproach
    ((" should ",), None, 0, _SHOULD_NOT),
    # "had given the inns only two months' notice": too little warning
    ((" notice",), None, 0, _SHORT_NOTICE),
    # "The council built itself a palace": what it holds for others spent on itself
    ((" itself ", " himself ", " herself ", " themselves "), None, 0, _SERVED_ITSELF),
    # "They will not survive his bulldozers": the mention's works a ruin
    ((" survive ", " withstand ", " outlast "), _WILL_NOT_SURVIVE, 40, None),
    # "The company sits in an office and takes the most": the biggest part taken
    ((" the most", " lion", " biggest s", " biggest c", " most of the money", " leaves us",
      " left us", " all of the ", " all the ", " everything", " the money"), None, 0,
     _TAKES_THE_MOST),
    # "Zelena Lekarna wants to own the whole country's medicine cabinet": a greed charged
    ((" to own ", " to control ", " to buy ", " to swallow ", " to take over ", " to run ",
      " to have "), None, 0, _WANTS_IT_ALL),
    # "The ministry only moved when we blocked the road": an act taken under pressure
    ((" only ",), None, 0, _ONLY_UNDER_PRESSURE),
    # "the lease gave the company the right to set port fees without any review": a power
    # with no check on it
    ((" without ",), _GIVEN_THE_RIGHT, 30, _WITHOUT_CHECK),
    # "The parliament has listened to fear instead of science": a choice against reason
    ((" instead of ", " rather than ", " over "), None, 0, _INSTEAD_OF_REASON),
    # "They want my business for free": what the speaker has, taken for nothing
    ((" for free", " for nothing"), None, 0, _WANTS_FOR_FREE),
    # "the government had offered fishermen no help": help withheld
    ((" offered ", " given ", " gave ", " provided ", " sent ", " promised "), None, 0,
     _OFFERED_NOTHING),
    # "The vice-president knows exactly where those figures are": an ignorance feigned
    ((" knows ", " knew "), None, 0, _KNOWS_FULL_WELL),
    # "The prosecutor has built her case on rumours": a case built on nothing
    ((" on rumours", " on rumors", " on gossip", " on hearsay", " on lies", " on nothing",
      " on guesswork"), None, 0, _CASE_ON_RUMOURS),
    # "had taken payments ... for stalls he had no right to sell": a taking without right
    ((" no right to", " no authority to", " no permission to", " no power to"), None, 0,
     _NO_RIGHT_TO),
    # "A mayor holds the town's property in trust, not in his pocket": the public's pocketed
    ((" pocket",), _NOT_IN_BEFORE, 30, _OWN_POCKET),
    # "she is using mothers to get it": people used for one's own ends
    ((" using ",), None, 0, _USING_TO_GET),
    # "Mothers are giving birth on the floor while the governor's officials drive new cars":
    # the mention's comfort set after others' hardship
    ((" while ",), _WHILE_BEFORE, 20, _COMFORT_AFTER),
    # "The minister has traded a certain income for a promise": a sure thing given for a hope
    ((" for a promise", " for promises", " for a hope", " for a dream", " for a gamble"), None, 0,
     _TRADED_FOR_PROMISE),
    # "The council wants a villain for a drought": a culprit wanted
    ((" villain", " scapegoat", " culprit", " enemy", " blame"), None, 0, _WANTS_A_VILLAIN),
    # "had built 40 of the 600 houses it agreed to build": a fraction of a promise done
    ((" built ", " delivered ", " paid ", " finished ", " completed ", " repaired ", " planted ",
      " paved "), None, 0, _FRACTION_DONE),
    # "They have had six years and built enough houses for one village street"
    ((" had had ", " have had ", " has had "), None, 0, _YEARS_AND_ONLY),
    # "The mayor turned our garbage into his family's business": the public's made one's own
    ((" into ",), None, 0, _TURNED_INTO_OWN),
)


#: done by the mention where no one else did: "Quizhpe has done in a week what nobody did in
#: 20 years"
_DID_WHAT_NOBODY = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:done|achieved|fixed|"
                              r"delivered|solved|did) [^.;]{0,30}?\bwhat (?:nobody|no one|"
                              r"no-one|no other [a-z]+|others) (?:did|had done|has done|could|"
                              r"would|managed)\b")
#: something of the speakers' restored by the mention: "Sagna has given it back to us"
_GAVE_BACK = rx.compile(_NAMED_AS_MENTION + r" (?:has |had )?(?:given|gave|handed|returned) "
                        r"(?:it|them|this|(?:the|our) [a-z]+) back to (?:us|me|the people|"
                        r"the town|the village|the fishermen|them)\b")
#: credits a sentence gives a mention, read as :data:`_CHARGES` are
_CREDITS: tuple[_MentionRule, ...] = (
    # "Quizhpe has done in a week what nobody did in 20 years": praise above the rest
    ((" what ",), None, 0, _DID_WHAT_NOBODY),
    # "Sagna has given it back to us": the speakers' own restored
    ((" back to ",), None, 0, _GAVE_BACK),
)

def _charged_by(sentence: str, start: int, charge: _MentionRule) -> bool:
    """Whether the sentence holds ``charge``, one of :data:`_CHARGES` or
    :data:`_CREDITS`, at the mention at ``start``."""
    words, before, reach, after = charge
    return (not words or any(w in sentence for w in words)) and \
        (before is None or before.search(sentence, 0 if reach is None else max(0, start - reach),
                                         start) is not None) and \
        (after is None or after.match(sentence, start) is not None)


#: verbs that open a predicate right after a subject noun: "no corrupt official will go"
_SUBJECT_VERBS = AUXILIARIES | {"gets", "goes"}


#: nouns for what someone said, as the object of a verb that takes a side on it
CLAIM_NOUNS = frozenset({"criticism", "criticisms", "claim", "claims", "accusation",
                         "conclusions",
                         "accusations", "allegation", "allegations", "remarks", "remark",
                         "comments", "comment", "charge", "charges", "suggestion",
                         "suggestions", "argument", "view", "assertion", "assessment",
                         "characterization", "characterisation", "idea", "account",
                         "accounts", "version", "findings", "portrayal", "depiction",
                         "warning", "warnings", "blame", "explanation", "explanations",
                         "arguments", "reasoning", "results", "estimate", "estimates",
                         "figure", "figures"})  # ("a figure the government dismissed")
#: what a speaker calls an act to say it was schemed, not meant: "a political manoeuvre by
#: allies of X"
SCHEMES = frozenset({"manoeuvre", "maneuver", "ploy", "plot", "stunt", "scheme", "smear",
                     "conspiracy"})
#: verbs that deny a claim named as their object: "rejected the suggestion that ..."
DENYING_CLAIMS = frozenset({"rejected", "rejects", "dismissed", "dismisses", "denied", "denies",
                            "disputed", "disputes"})


#: what a rebuttal is of, as its object: "rejected that, saying ..."
REBUTTED = frozenset({"that", "this", "it", "those", "these", "such"})
#: participles that bring in what a speaker said along with an act: ", saying ..."
SAYING_FORMS = frozenset({"saying", "adding", "arguing", "insisting", "noting", "stressing"})
#: verbs that raise a feeling in others ("stir up support", "drum up opposition")
STIRRING = frozenset({"stir", "stirs", "stirred", "stirring", "drum", "drums", "drummed",
                      "drumming", "whip", "whips", "whipped", "whipping"})


#: a mention that opens a pair of subjects, the second right before the pair's verb: "the
#: town's tourism bureau and a Tokyo wholesaler would push" (group 1: the second; not a
#: name of two parts, "St Vincent and the Grenadines has banned")
_FIRST_OF_PAIR = rx.compile(r"(?:[\w'’-]+ ){0,3}?[a-z][\w'’-]* and ((?:(?:a|an|the|its|their) |"
                            r"(?=[A-Z]))(?:[\w'’-]+ ){0,3}?[\w'’-]+) (?:would|will|could|had|"
                            r"has|have|were|are)\b")


#: a buyer's cut of what it pays, after the buyer: "a wholesaler that buys most of their work
#: ... has cut what it pays"
_CUT_WHAT_IT_PAYS = rx.compile(r"[^.;:\"“]{0,120}? (?:has|have|had) cut (?:what (?:it|they) "
                               r"pays?|the price (?:it|they) pays?|(?:their|our) pay)\b")
#: a protest taken to a body's door, ending where the body is named: "protested outside the
#: offices of the regional water utility"
_PROTEST_AT_OFFICES = rx.compile(r"\bprotest(?:ed|ing|s)? (?:on [A-Z][a-z]+day )?(?:outside|in "
                                 r"front of|at) (?:the )?(?:offices|office|headquarters|gates|"
                                 r"building) of (?:the )?(?:[\w'’-]+ ){0,3}$")
#: a heeding after a mention, which "until" or "unless" makes a demand unmet: "until the city
#: listened to them", "unless the ministry backs down"
_HEEDS = rx.compile(r"[\w'’.-]+(?: [\w'’.-]+){0,2} (?:listens?|listened|agrees?|agreed|backs? "
                    r"down|backed down|reverses?|reversed|keeps? its promise|kept its "
                    r"promise)\b")

def _cue_value(sentence: str, start: int, hostile: bool = True,
               others: tuple[int, ...] = ()) -> float | None:
    """+1 / -1 when the explicit stance words of the clause holding the mention at ``start``
    lean one way, 0.0 when the mention is only the condition of a favour to something else
    (``would support a new tasting if the publisher agreed``), else None. Clauses split at
    contrast (``but``, ``while``, ``;``), so ``praised Smith but condemned Jones`` takes
    each side apart; a negation just before a cue turns it half the other way (``not a
    friend``). With ``hostile``, an act of force aimed at the mention (``a strike on ...``)
    counts against it. ``others``: where other targets are mentioned in the sentence; a cue
    nearer one of them is theirs (``stands with our Filipino friends and called China's
    conduct "dangerous"``). The first of a pair of subjects takes what the second's clause
    says of both (``a contract between the bureau and a wholesaler would push``)."""
    if (pair := _FIRST_OF_PAIR.match(sentence, start)) is not None and \
            (value := _cue_value(sentence, pair.start(1), hostile, others)) is not None:
        return value
    if _NOT_AGAINST.search(sentence, max(0, start - 16), start):
        return 0.0  # "This is not against the drivers": reassurance, no hostility
    if _NO_PLAYGROUND_FOR.search(sentence, max(0, start - 40), start) or (
            sentence.endswith("not ", 0, start) and _OWNED_GROUND.match(sentence, start)):
        return -1.0  # "Kosovo is not a playground for Belgrade's officials", "Armenia is not
        # Russia's backyard": the mention's claim on the country refused
    if hostile and (_NO_ONE_SAFE_IN.search(sentence, max(0, start - 40), start) or
                    _WRONGED_BY.search(sentence, max(0, start - 50), start) or
                    ("prisoners" in sentence and
                     _PRISONERS_IN.search(sentence, max(0, start - 90), start)) or
                    _LOST_CONTROL.match(sentence, start)):
        return -1.0  # 'showed that "no writer is safe" in Algeria', 'the minister had "lost
        # control of the streets"', "families who were abandoned by this government",
        # "political prisoners remained behind bars in Egypt": a failure or a wrong laid at
        # the mention's door
    if " cut " in sentence and _CUT_WHAT_IT_PAYS.match(sentence, start):
        return -1.0  # "a wholesaler that buys most of their work ... has cut what it pays for
        # a hat": a pay cut laid at the mention's door
    if "protest" in sentence and _PROTEST_AT_OFFICES.search(sentence, max(0, start - 90), start):
        return -1.0  # "protested outside the offices of the regional water utility ...
        # against a tripling of the price": whose offices a protest goes to
    if ("until " in sentence or "unless " in sentence) and \
            sentence.endswith(("until ", "unless ", "until the ", "unless the "), 0, start) and \
            _HEEDS.match(sentence, start):
        return -1.0  # "would stay in the bazaar until the city listened to them": a heeding
        # the speaker still waits for, not granted
    if hostile and " without " in sentence and _UNPUNISHED.match(sentence, start):
        return -1.0  # 'the ruling party had done "exactly the same thing" without being
        # fined': an offence said to go unpunished
    if hostile and "favo" in sentence and _FAVOURS_OTHERS.match(sentence, start):
        return -1.0  # "the commission's rules favour established parties": a bias charged
    if "nothing to hide" in sentence and sentence.endswith(("if ", "If ", "if the ", "If the "),
                                                           0, start) and \
            _NOTHING_TO_HIDE.match(sentence, start):
        return -1.0  # "If the commission has nothing to hide, it should welcome an audit":
        # a suspicion voiced as a condition
    if ("above the law" in sentence or "appl" in sentence or "justice" in sentence) and \
            _RULE_UPHELD.match(sentence, start):
        return 1.0  # 'the ruling proved that "the rules apply to everyone"': the act praised
        # for upholding the rule (its warning is to whom the act was against)
    if hostile and "above the law" in sentence and (
            ((none := _NONE_ABOVE_LAW.search(sentence, 0, start)) is not None and
             start - none.end() <= 60 and not sentence.endswith(" in ", 0, start)) or
            _NOT_ABOVE_LAW.match(sentence, start)):
        return -1.0  # "No one is above the law, however high the office he once held",
        # "the former president is not above the law": a warning to the one meant (not
        # to the place where: "no one was above the law in Bosnia")
    if hostile and " by " in sentence and \
            _CALLED_ACT_BY.search(sentence, max(0, start - 140), start):
        return -1.0  # 'called the vote "a political execution ordered by Kujtim Dushku"':
        # the act so called, charged to its author
    if hostile and ("lawful" in sentence or "illegal" in sentence or
                    "constitutional" in sentence) and \
            _UNLAWFULLY_ACTED_ON.search(sentence, max(0, start - 90), start):
        return 1.0  # "a group of lawmakers acted unconstitutionally when they voted to remove
        # House Speaker Varney Korvah": wronged by the act
    if hostile and "apologi" in sentence and \
            _SUPPORT_REGRETTED.search(sentence, max(0, start - 50), start):
        return -1.0  # "should apologise for having defended the attorney general": the
        # support charged as a fault, and the one supported with it
    if hostile and ("weapon" in sentence or "tool" in sentence or "instrument" in sentence) \
            and _WEAPONISED.match(sentence, start):
        return -1.0  # "This government turned the prosecution service into a political
        # weapon": an office abused
    if hostile and ("'s " in sentence or "’s " in sentence) and \
            _MONEY_TO_BEFORE.search(sentence, max(0, start - 24), start) and \
            _CRONIES_OF.match(sentence, start):
        return -1.0  # "The money should go to the Hungarian people, not to the prime
        # minister's friends": favours to his circle charged
    if hostile and "summon" in sentence and \
            _SUMMONED_BEFORE.search(sentence, max(0, start - 40), start) and \
            _ENVOY_AFTER.match(sentence, start):
        return -1.0  # "Denmark summoned the top U.S. diplomat": a protest to his state
    if hostile and sentence.endswith("for ", 0, start) and \
            _RETALIATION_FOR.search(sentence, max(0, start - 24), start) and \
            sentence.startswith(("her ", "his ", "their "), start):
        return 1.0  # "was retaliation for her anti-corruption investigations": wronged
    if hostile and " for " in sentence and \
            (own := _BY_FOR_ITSELF.search(sentence)) is not None and \
            own.start(2) - 4 <= start < own.end():
        return -1.0  # "This law was written by the president for the president"
    if hostile and _STRENGTH_AFTER.match(sentence, start) and \
            _FEARED_STRENGTH.search(sentence, max(0, start - 12), start):
        return 1.0  # "They fear his popularity": a strength others fear
    if hostile and ("force" in sentence or "storm" in sentence) and \
            _INCITED_FORCE.match(sentence, start):
        return -1.0  # 'urged supporters to "take the government buildings by force"': a
        # call to violence charged to the one who made it
    if hostile and (kept := _KEPT_TO_LAW.match(sentence, start)) is not None:
        return -1.0 if kept.group(1) else 1.0  # 'the president had "followed the
        # constitution to the letter"': vouched for
    if _STAYS_PARTNER.match(sentence, start) and not sentence.endswith("not ", 0, start):
        return 1.0  # "Australia remained the country's main security partner"
    if hostile and sentence.startswith(("it", "It"), start) and \
            sentence.endswith("prove ", 0, start):
        return -1.0  # "I have never cheated in my life and I will prove it": a charge
        # rebutted, against whoever laid it
    if hostile and any(w in sentence for w in _HARM_WORDS) and \
            (left := _LEFT_HARMED.search(sentence, start)) is not None and \
            left.start() - start <= 120 and not any(c in sentence[start:left.start()]
                                                    for c in ",;"):
        return -1.0  # "a new rule requiring export permits ... has left warehouses full and
        # prices falling": a harm the act did
    if hostile and _WARNED_IN_TIME.match(sentence, start) is not None:
        return -1.0  # "said the club had been warned twice in writing": the fault laid on
        # the one told in time
    if hostile and "reduced" in sentence and \
            _REDUCED_BEFORE.search(sentence, max(0, start - 24), start) is not None and \
            _TO_A_SHADOW.match(sentence, start) is not None:
        return 1.0  # 'the amendment had "reduced the Supreme Court to a shadow"': a harm
        # lamented, a side taken with the one harmed
    if hostile and "political" in sentence and _POLITICAL_PICK.match(sentence, start):
        return -1.0  # 'said Ayau was "a political appointment"': chosen for loyalty, not merit
    if " who " in sentence and _FIGHTS_ILLS.match(sentence, start) is not None:
        return 1.0  # "an attorney general who fights corruption instead of protecting it":
        # praise of the one who fights an ill
    if hostile and _DECRIES_ILLS.match(sentence, start) is not None and \
            not sentence.startswith(("it ", "It ", "they ", "They ", "we ", "We "), start):
        return 1.0  # 'said Jaberi had always condemned violence': vouched for, his stand
        # against an ill is no one's charge against him (not "Verona said it condemned
        # racism": the speaker's own stand)
    if any(_charged_by(sentence, start, credit) for credit in _CREDITS):
        return 1.0  # (what each credit reads: :data:`_CREDITS`)
    if hostile and any(_charged_by(sentence, start, charge) for charge in _CHARGES):
        return -1.0  # (what each charge reads: :data:`_CHARGES`)
    if hostile and "reward" in sentence and \
            _REWARDED.search(sentence, max(0, start - 12), start) is not None and \
            (deed := _FOR_DEED.match(sentence, start)) is not None and \
            (deed.group(1).startswith("over") or stance_cues().get(deed.group(1), 0) < 0 or
             _polarity([deed.group(1)])[0] < 0):
        return -1.0  # "the deal rewarded Norway for years of overfishing": a misdeed paid
    if hostile and (quoted := _QUOTED_AS.match(sentence, start)) is not None and \
            _CHARACTERISING_BEFORE.search(sentence, max(0, start - 40), start) and \
            (lean := next((CHARACTERISED[w] for w in re.findall(r"[a-z]+",
                                                                quoted.group(1).lower())
                           if w in CHARACTERISED), None)) is not None:
        return lean  # 'described the fine as "robbery dressed as regulation"': what the
        # speaker calls it, in marks
    if hostile and "work" in sentence and \
            (owned := _NOT_WORKING.search(sentence, start)) is not None and \
            owned.start() - start <= 40 and sentence[start:owned.start()].count(",") == 0:
        return -1.0  # "the government's floating barriers are not working": a failure
    if hostile and " too " in sentence and \
            (slow := _TOO_SLOWLY.search(sentence, start)) is not None and \
            slow.start() - start <= 70 and "," not in sentence[start:slow.start()]:
        return -1.0  # "said the government had moved too slowly", "the decision came too
        # late": a failure charged
    if hostile and "pay" in sentence and \
            _IF_WE_PAY.search(sentence, max(0, start - 30), start) is not None and \
            _GO_HUNGRY.search(sentence, start) is not None:
        return -1.0  # "If I pay the agency, my children don't eat": a charge that starves
    if hostile and "court" in sentence and _SEE_IN_COURT.search(sentence) is not None:
        return -1.0  # "Asked whether he would pay the fine, he said: 'I will see them in
        # court'": a challenge to whoever fined him
    if hostile and _FIGHT_BEFORE.search(sentence, max(0, start - 30), start) is not None and \
            _NAMED_PROPOSAL.match(sentence, start) is not None:
        return -1.0  # "it would fight a European Commission proposal to ban flavoured snus":
        # against the body whose proposal is fought
    if hostile and "challenge" in sentence and \
            _FIGHT_BEFORE.search(sentence, max(0, start - 16), start) is not None and \
            _IN_COURT.match(sentence, start) is not None:
        return -1.0  # "they would challenge the vote in court": the act's maker taken to law
    if hostile and "belong" in sentence and \
            _NOT_THEIRS.search(sentence, max(0, start - 90), start) is not None:
        return -1.0  # "The naghol belongs to the chiefs, not to an office in Port Vila": a
        # claim to it denied
    if hostile and any(w in sentence for w in _OUTDATED_WORDS) and \
            (dated := _OUTDATED.search(sentence, start)) is not None and \
            dated.start() - start <= 60:
        return -1.0  # "The company is protecting a system built for another century": kept
        # out of date
    if hostile and " own " in sentence and \
            (fault := _OWN_FAULT.search(sentence, start, start + 60)) is not None and \
            sentence[start:fault.start()].count(" ") <= 2:
        return -1.0  # "the city's own overflowing containers": a fault laid at the owner's door
    if hostile and (" drive " in sentence or " push " in sentence or " force " in sentence) and \
            (off := _DRIVEN_OFF.search(sentence, start, start + 80)) is not None and \
            sentence[start:off.start()].count(" ") <= 4:
        return -1.0  # "the rule would drive talented players to clubs abroad": people driven off
    if hostile and " without " in sentence and \
            (bereft := _LEFT_WITHOUT.search(sentence, start, start + 60)) is not None and \
            sentence[start:bereft.start()].count(" ") <= 2:
        return -1.0  # "the union's strike had left wards without staff": a harm charged
    if hostile and _ONLY_IF.search(sentence, max(0, start - 14), start) is not None and \
            (undone := _UNDOES.search(sentence, start, start + 50)) is not None and \
            not any(c in sentence[start:undone.start()] for c in ",;"):
        return -1.0  # "the market would reopen only if the council reversed the rise": the
        # act's undoing demanded of its doer
    if hostile and "advantage" in sentence and \
            (used := _TAKES_ADVANTAGE.search(sentence, start, start + 60)) is not None and \
            sentence[start:used.start()].count(" ") <= 3:
        return -1.0  # "The exporter is taking advantage of us": exploitation charged
    if hostile and (" eat" in sentence or " wipe out " in sentence or " swallow " in sentence):
        eats = _EATS_EARNINGS.search(sentence, start, start + 60)
        if eats is not None and sentence[start:eats.start()].count(" ") <= 2:
            return -1.0  # "the rise would eat most of their profit": earnings taken
    if hostile and " would " in sentence and \
            (dearer := _ADDS_COSTS.search(sentence, start, start + 80)) is not None and \
            sentence[start:dearer.start()].count(" ") <= 2:
        return -1.0  # "the toll would add to already high costs": a burden put on others
    v = _view(sentence)
    if not v.cue_positions:
        return None  # most sentences state no stance in so many words
    cues = stance_cues()
    low = v.low
    at = next((i for i, (a, b) in enumerate(v.spans) if b > start), 0)
    present = {low[p] for p in v.cue_positions}
    if hostile and not present.isdisjoint(PERSECUTIONS) and \
            (suffered := _persecution(low, at)) is not None:
        return suffered
    if hostile and at + 3 < len(low) and low[at + 1] in PRESSING and \
            low[at + 2] in ("us", "me", "our") and "to" in low[at + 3:at + 5]:
        return -1.0  # "They push us to work faster and faster": a grievance against them
    if hostile and at + 4 < len(low) and low[at + 1] in ("want", "wants", "plan", "plans") and \
            low[at + 2] == "to" and low[at + 3] in OUSTING and low[at + 4] in ("us", "me", "our"):
        return -1.0  # "They want to replace us with joysticks": a threat to the speakers
    if hostile and any(low[k] in ("would", "will", "could") and k + 1 < len(low) and
                       low[k + 1] in HURTING for k in range(at + 1, min(len(low) - 1, at + 4))):
        return -1.0  # "the move would hit families who had owned cottages for generations"
    if hostile and "trust" in sentence and _BROKEN_TRUST.search(sentence):
        return -1.0  # "We trusted them with our children's health, and they cut corners"
    if hostile and at >= 2 and (low[at - 1] in ("if", "unless") or (
            low[at - 2] in ("if", "unless") and low[at - 1] == "the")) and \
            (any(w in ("threatened", "threaten", "threatens", "threatening")
                 for w in low[max(0, at - 16):at]) or
             any(low[k:k + 2] in (("went", "ahead"), ("goes", "ahead"))
                 for k in range(at + 1, at + 3))):
        return -1.0  # "threatened to stop work in August if the municipality goes ahead":
        # a threat aimed at whoever would act (and "would raise money themselves if the
        # city went ahead": a plan against it)
    if hostile and at + 3 < len(low) and low[at + 1] in TAKING and low[at + 2] in ("our", "my"):
        return -1.0  # "They took our fields and gave us houses far from the sea": a wrong
    if hostile and at + 1 < len(low) and low[at + 1] in GETTING and any(
            low[k] in ("and", "while", "but", "whereas") and low[k + 1] in SELF and
            low[k + 2] in GETTING for k in range(at + 2, len(low) - 2)):
        return -1.0  # "Brazil gets cheap energy and we get promises": they gain at our cost
    rivals = [bisect_right(v.ends, o) for o in others if o != start]
    aside = _relative_aside(low, at)
    asides: list[tuple[int, int]] = []
    if aside is not None:  # "Whitfield, who worked at Ardwick General Hospital for 22
        lo, hi = aside  # years, was fired": the hospital's clause is the aside alone
    else:  # (and an aside about another is no part of the mention's clause)
        asides = [a for r in rivals if (a := _relative_aside(low, r)) is not None]
        rivals = [r for r in rivals if not any(a <= r <= b for a, b in asides)]
        lo = at
        while lo > 0 and low[lo - 1] not in CONTRAST and \
                not (at - lo <= 1 and lo >= 2 and low[lo - 1] == "that" and
                     low[lo - 2] == "and"):
            lo -= 1  # ('said the boycott was "a sign of weakness" and that the Senate would
            # strengthen democracy': the subject of a second reported clause is no part of
            # the first)
        hi = at
        while hi < len(low) and low[hi] not in CONTRAST:
            hi += 1
        if low[hi:hi + 3] in (("but", "not", "enough"), ("but", "not", "sufficient")):
            hi += 3  # "the punishment was a start but not enough": the same subject's
        elif hi < len(low) and low[hi] == "but" and at + 1 < hi <= at + 5 and \
                low[at + 1] in ('"', "“") and all(w.isalpha() for w in low[at + 2:hi]) and \
                (close := next((x for x in range(hi + 1, min(len(low), hi + 5))
                                if not low[x].isalpha()), None)) is not None and \
                low[close] in ('"', "”", ".", ","):
            lo, hi = hi + 1, close  # 'called the decision "late but welcome"': a verdict in
            # two words turns on the one after "but"
        asides += [a for p in v.cue_positions if lo <= p < at and
                   (a := _relative_aside(low, p)) is not None and a[1] < at]
        hi = next((k - 1 for k in range(at + 2, hi - 2) if low[k] in DENYING_CLAIMS and
                   low[k - 1] == "and" and low[k + 1] in ("the", "these", "those", "any") and
                   low[k + 2] in CLAIM_NOUNS), hi)  # 'said it respected Vanuatu's
        # "independent choices" and dismissed the accusation as groundless': the claim's
        # maker is denied, not the one named before
        # ("The nurses' union, which had warned about the tool last year, said it welcomed
        # the suspension": the aside tells of the subject, not of the mention after it)
    total = 0.0
    verbs = lexicon.reporting_verbs()
    # "his camera had failed": the cue is the thing's, not its owner's
    owned = at + 1 if low[at] in ("his", "her", "their", "its") and at + 1 < len(low) and \
        low[at + 1].isalpha() and low[at + 1] in THINGS_OWNED else None
    exposed: set[int] = set()  # wrongs someone exposed: "revealed fraud" is no charge
    conditional = False
    for i in [p for p in v.cue_positions if lo <= p < hi]:  # (every rule keys on a
        # trigger word: _cue_triggers)
        c = cues.get(low[i])
        if i in exposed:
            continue
        if at < i <= at + 5 and low[i - 1] == "to" and \
                any(low[k] in URGING for k in range(max(0, at - 3), at)) and \
                all(w.isalpha() for w in low[at:i - 1]) and \
                any(i < r <= i + 4 for r in rivals):
            continue  # "asked the environment ministry to stop a ski resort from pumping": the
            # act asked for is aimed at the resort named after it, not at the body asked to
            # do it (but "urged Azerbaijan to release him" is aimed at Azerbaijan)
        if c is not None and low[i] in ("ally", "allies") and i >= 1 and \
                low[i - 1] in ("its", "their", "our", "his", "her", "my") and at < i:
            continue  # "said Latvia would raise it with its allies": the subject's own
            # allies, no side taken on the act before
        if c is not None and low[i] in ("ally", "allies") and i >= 2 and \
                low[i - 1] == "by" and at > i:
            if i + 1 < at <= i + 5 and low[i + 1] == "of" and \
                    any(low[k] in SCHEMES for k in range(max(lo, i - 4), i - 1)):
                total -= 1.0  # "the censure was a political manoeuvre by allies of Rafael
                # Correa": a scheme laid at his camp's door
            continue  # (and "organised by allies of X" takes no side with X)
        if low[i] in MISDEEDS and at < i <= at + 4 and \
                all(low[x] in ("had", "has", "have", "long", "badly", "repeatedly")
                    for x in range(at + 1 + (low[at] in ("the", "its", "their")), i)):
            total -= 1.0  # "the city had mismanaged the company": a charge on who did it
            continue
        if low[i] in MISDEEDS and i < at <= i + 3:
            continue  # (and none on the company it had in its charge)
        if low[i] in PLEDGES and at == i - 1 and at >= 2 and \
                low[at].endswith(("'s", "’s")) and \
                any(low[j] in DOUBTING for j in range(max(lo, at - 3), at)):
            total -= 1.0  # "they doubted the company's promises": its word not trusted
            continue
        if low[i] in OPPOSITIONS and at > i and \
                any(low[j] in DROPPING for j in range(max(lo, i - 3), i)):
            total += 1.0  # "dropped her opposition to a proposed casino": won over
            continue
        if low[i] in EXPOSING and at < i and \
                (k := next((x for x in range(i + 1, min(hi, i + 5)) if low[x] in WRONGS),
                           None)) is not None:
            exposed.add(k)
            total += 1.0  # "Brunner had acted to reveal 'serious wrongdoing'": a whistleblower
            continue
        if c and rivals and any(abs(r - i) < abs(at - i) for r in rivals):
            continue
        if c and owned is not None and owned < i <= owned + 3:
            continue
        if aside is None and asides and any(a <= i <= b for a, b in asides):
            continue
        if c and c < 0 and low[i] in ("resignation", "resign") and i >= 1 and \
                low[i - 1] in ("his", "her", "my", "their", "own") and \
                not any(w in SEEKING or w in CALL_FORMS for w in low[max(lo, i - 4):i - 1]):
            continue  # "wrote in his resignation letter": the speaker's own going, no
            # demand that another go ("demanded his resignation" still is one)
        if c and "if" in low[max(lo, i - 3):i]:
            continue  # "promised money if they backed Lazarev": a condition, no side taken
        if c and c > 0 and i < at and low[at] not in PRONOUNS and \
                any(low[k] in ("if", "unless") for k in range(max(i + 1, at - 3), at)):
            conditional = True  # "would support a new tasting if the publisher agreed to
            continue  # open judging": the support goes to the tasting, the one named in
            # the condition gets none (but "ready for a meeting anytime if he wants it":
            # the one a pronoun in the condition points to is the meeting's other side)
        if c and c > 0 and low[i] in WELCOMING and at > i + 2 and \
                low[i + 1:i + 2] in (("the",), ("a",)) and i + 2 < len(low) and \
                low[i + 2] in PENALTY_NOUNS:
            continue  # "welcomed the fine, saying the company had squeezed drivers": a
            # penalty welcomed is no favour to the one it falls on
        if c and c > 0 and i >= 3 and low[i - 1] == "to" and low[i - 2] in ("us", "me") \
                and low[i - 3] in ASKING_OF:
            continue  # "They want us to trust them blindly": a trust asked for, not given
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if c and c < 0 and i < at and (nxt in REBUTTED or (
                nxt == "the" and i + 2 < at and low[i + 2] in CLAIM_NOUNS)) and \
                any(low[k] in SAYING_FORMS and low[k - 1] == "," for k in range(i + 2, at)):
            continue  # "rejected that, saying the president had 'followed the constitution
            # to the letter'": the rebuttal is of the claim; the report after it judges the
            # one it names
        if low[i] in ("share", "shares", "shared") and \
                any(w in SHARED_VIEWS for w in low[i + 1:i + 5]):
            total += 1.0  # "said it shared the union's concerns": a side taken with them
            continue
        if hostile and low[i] in REDRESS and nxt == "from" and i + 2 <= at <= i + 5 and \
                all(w.isalpha() for w in low[i + 2:at]) and \
                any(w in CLAIMING for w in low[max(lo, i - 4):i]):
            total -= 1.0  # "demanded compensation from the port operator": a wrong to redress
            continue
        if c is None and hostile and low[i] in COMPLETED and at < i <= at + 14 and \
                (b4 := next((x for x in range(i - 1, at, -1) if low[x] == "before"), None)) \
                and any(w in APPROVALS for w in low[at + 1:b4]) and "," not in low[at:i]:
            total -= 1.0  # "the government had approved the site before an environmental
            continue  # assessment was finished": a rush charged
        if c is None and hostile and low[i] in DIVIDING and at < i <= at + 4 and \
                any(w in DIVIDED for w in low[i + 1:i + 3]):
            total -= 1.0  # "the company had divided communities by offering money": a harm
            continue
        if c is None and hostile and low[i] in TIME_SPANS and at < i <= at + 4 and \
                low[i - 1] in ("had", "has", "have") and nxt == "to" and \
                "," not in low[at:i]:
            total -= 1.0  # "The corporation has had years to fix these mills": a reproach
            continue
        if c is None and hostile and (
                (low[i] in TIME_SPANS and at < i <= at + 8 and
                 (low[i - 1] == "for" or (i - 2 > at and low[i - 2] == "for"))) or
                (low[i] == "since" and at < i <= at + 10 and "for" not in low[at - 2:at])) and \
                at - 3 >= lo and any(w in PLEADING for w in low[at - 3:at]) and \
                any(w in ("we", "i") for w in low[max(lo, at - 6):at]) and \
                "," not in low[at:i]:
            total -= 1.0  # "We have asked the municipality for pipes for ten years" ("We have
            continue  # begged the port authority for a schedule since the summer"): a plea
            # long unheard
        if c is None and low[i] in UNILATERAL_ACTS and at < i <= at + 2 and \
                (low[i + 1:i + 2] in (("alone",), ("unilaterally",)) or
                 low[i + 1:i + 4] in (("for", "everyone", "else"), ("for", "all", "of")) or
                 low[i + 1:i + 5] == ("again", "for", "everyone", "else")):
            total -= 1.0  # "Now the company decides alone what our work is worth", "Today
            continue  # the capital decided again for everyone else": power used without
            # those it binds
        if c is None and low[i] == "since" and i < at <= i + 3 and \
                all(w in ("the", "its", "their") for w in low[i + 1:at]) and \
                any(w in RISES for w in low[max(lo, i - 3):i]) and \
                any(w in AILMENTS for w in low[lo:i]):
            total -= 1.0  # "cases of asthma ... had roughly doubled since the mine expanded":
            continue  # a harm grown since the target's act, laid at its door
        if c is None and hostile and low[i] in HARMFUL_MEANS and at < i and \
                low[i - 1] == "by" and "," not in low[at:i] and i - at <= 10:
            total -= 1.0  # "The government wants to save the lake by killing the valley":
            continue  # a harm done as the means
        if c is None and hostile and low[i] == "should" and i == at + 1 and \
                nxt in AMENDS and (at == lo or low[at - 1] in ("the", "this")):
            total -= 1.0  # "The company should find them other work": a demand made of it
            continue
        if c is None and hostile and low[i] == "must" and at < i <= at + 12 and \
                "," not in low[at:i] and not any(w in NEGATIONS for w in low[at:i + 2]) and \
                (low[i + 2] if nxt == "now" and i + 2 < len(low) else nxt) not in \
                ("be", "have", "not", "also", "") and \
                not any(w in ("we", "i", "you", "who", "which", "that") for w in low[at:i]):
            total -= 1.0  # "the board ... must now open its books": a demand made of it
            continue
        if hostile and low[i] in RELEASING and at == i + 1 and i and \
                (low[i - 1] == "to" or low[i - 1] in ("must", "should")):
            total += 1.0  # "urged Kyrgyz authorities to release her": a side taken with her
            continue
        if low[i] in FREEDOM_NOUNS and c is None and \
                ((at == i - 1 and low[at].endswith(("'s", "’s"))) or
                 (at == i - 2 and low[at].endswith(("'s", "’s")) and
                  low[i - 1] in RELEASE_MANNERS) or
                 (at == i + 2 and low[i + 1] == "of")) and \
                any(w in SEEKING for w in low[max(lo, min(at, i) - 4):min(at, i)]):
            total += 1.0  # "called for Dara's release", "demanded the release of X": a
            continue  # side taken with the one held
        if low[i] in FREED and c is None and i >= 3 and at == i - 3 and \
                low[i - 2:i] == ("to", "be") and \
                any(w in SEEKING for w in low[max(lo, at - 3):at]):
            total += 1.0  # "called for Sharipov to be freed": a side taken with the one held
            continue
        if low[i] in FOLLOWING and at == i + 1 + (nxt == "the") and \
                low[at + 1:at + 2] in (("lead",), ("example",)):
            total += 1.0  # "hoped other cities would follow Utrecht's lead": a model
            continue
        if low[i] == "open" and low[i + 1:i + 3] == ("for", "business"):
            continue  # "open for business": a place's trade, no openness toward anyone
        if low[i] == "open" and any(w in ("keep", "keeps", "kept", "keeping", "stay", "stays",
                                          "stayed", "remain", "remains", "remained", "left",
                                          "leave", "leaves", "leaving")
                                    for w in low[max(lo, i - 3):i]) and nxt != "to":
            continue  # "hired nurses to keep wards open": a place kept running (and "had
            # left the border open": a gap left; but "remained open to talks": an openness)
        if hostile and low[i] in WONDERING and nxt in ("whether", "if") and \
                i + 2 <= at <= i + 3 and all(w == "the" for w in low[i + 2:at]):
            total -= 1.0  # "Investors will wonder whether Alberta is open for business": a
            continue  # doubt cast on it
        if low[i] == "trust" and (nxt in TRUST_OFFICERS or
                                  (i > 0 and low[i - 1].endswith(("'", "’")))):
            continue  # "trust chair Lorna McAllister", "the supporters' trust": a body
        if low[i] == "open" and ((i > 0 and low[i - 1] in ("to", "will", "would", "can",
                                                           "could", "did", "and", "or")) or
                                 nxt in ("its", "their", "his", "her", "the", "up", "fire")):
            continue  # "allowed users to open accounts", "must now open its books": the
            # verb, no openness toward anyone
        if hostile and low[i] == "backs" and i >= 2 and \
                low[i - 1] in ("the", "our", "their") and low[i - 2] == "on" and at < i - 2:
            total -= 1.0  # "balancing the budget on the backs of the poorest families",
            continue  # "built its business on the backs of people": a profit off others
        if low[i] == "great" and i > 0 and low[i - 1].endswith(("'s", "’s")) and \
                low[i - 1][:-2] in ("world", "country", "nation", "city", "region", "europe",
                                    "africa", "asia", "america"):
            continue  # "destroying one of the world's great forests": a thing's rank, no praise
        if c is None and hostile and low[i] == "risk" and low[i - 1] == "at" and \
                (put := next((k for k in range(i - 2, max(at, i - 9), -1)
                              if low[k] in PUTTING), None)) is not None and at < put and \
                not any(low[k] in NEGATIONS for k in range(max(lo, put - 3), put)):
            total -= 1.0  # "the veto put the future of higher education at risk": a harm
            continue
        if c is None and hostile and (
                (low[i] in HARMFUL_AIMS and not (
                    low[i] == "break" and BENIGN_BREAKS.intersection(low[i + 1:i + 3]) and
                    not STATE_NOUNS.intersection(low[i + 2:i + 4]))) or
                (low[i] in SEIZING and SEIZED.intersection(low[i + 1:i + 2]))) and \
                (k := i - 1 - (low[i - 1] in QUOTE_MARKS)) > at + 1 and low[k] == "to" and \
                low[k - 1] in AIMING:
            total -= 1.0  # "the government was trying to "break the will" of", "were meant
            # to intimidate them", 'was trying to "seize power on the street"': a harm (or a
            continue  # coup) charged to the one who means it
        if c is None and hostile and low[i] in HARMFUL_AIMS and at == i + 1 and i >= 2 and \
                low[i - 1] == "to" and (low[i - 2] in AIMING or low[i - 2] in AIM_NOUNS):
            return 1.0  # "a move his supporters called an attempt to silence him": the one
            # the harm is aimed at, whom the speaker takes the side of, whatever else the
            # clause names ("the impeachment was an attempt to sideline him")
        if low[i] == "dressed" and nxt == "up":
            total -= 1.0  # "a political decision dressed up as science": a disguise charged
            continue
        if low[i] in LOSABLE and i > 0 and (low[i - 1] in LOST or low[i - 1] in BETRAYING or (
                i > 1 and low[i - 1] in TRUST_OWNERS and
                (low[i - 2] in BETRAYING or low[i - 2] in LOST or
                 (i > 2 and low[i - 2] in TRUST_OWNERS and low[i - 3] in BETRAYING)))):
            total -= 1.0  # "had lost confidence in", "losing faith in", "abused the trust of
            continue  # the citizens": against
        if hostile and (low[i] in EXPLOITING or (
                low[i] in SHUTTING_OUT and i + 1 < len(low) and
                (low[i + 1] in PEOPLE_SHUT_OUT or (low[i + 1].endswith("s") and
                                                   sentence[v.spans[i + 1][0]].isupper())))) \
                and at < i <= at + 5 and \
                all((w.isalpha() or w in QUOTE_MARKS) and w not in ("of", "for", "with", "by")
                    for w in low[at + 1:i]):
            total -= 1.0  # "the company had squeezed independent drivers", 'the interim
            # government had "excluded millions of Syrians"': a wrong charged to its doer (not
            # "accused supermarkets of squeezing farmers": theirs)
            continue
        if hostile and low[i] in BELIEVING and i < at <= i + 3 and \
                all(low[k].replace("'s", "").replace("’s", "").isalpha()
                    for k in range(i + 1, at)) and \
                any(low[k] in NEGATIONS or low[k].endswith(("n't", "n’t"))
                    for k in range(max(lo, i - 3), i)):
            total -= 1.0  # "she did not believe the minister's timetable", "we don't trust
            continue  # them": a doubt about them or their word
        if hostile and low[i] == "fine" and i > lo and low[i - 1] in FINE_BEFORE and \
                i < at <= i + 3:
            total -= 1.0  # "could fine the company up to 20 million euros": a penalty
            continue
        if hostile and low[i] in HOSTILE_ACTS and c is None:
            k = i + 1
            while k < len(low) and low[k] in ('"', "”", "’", "'"):
                k += 1
            if k < len(low) and low[k] in ("on", "against") and k < hi and at > k:
                total -= 1.0  # "a massive strike on facilities supporting Ukraine's ..."
                continue
        if hostile and low[i] in PENALTIES and c is None and (
                (at < i and low[i - 1] in PASSIVE_AUX and all(
                    sentence[v.spans[k][0]].isupper() for k in range(at + 1, i - 1)))
                or (at < i and _penalty_after(low, at, i, sentence, v))
                or i < at <= i + 3):
            total -= 1.0  # a speaker's "X was banned for four years", "suspended X"
            continue
        if hostile and (low[i] in PENALTIES or low[i] in PROSECUTED) and c is None and \
                at < i and low[i - 1] in PASSIVE_AUX and \
                any(low[j] in NEGATIONS for j in range(max(lo, i - 4), i - 1)):
            if not any(low[j] == "no" and low[j + 1] == "one" and low[j + 2] in SHOULDS
                       for j in range(max(lo, i - 4), i - 1)):
                total += 1.0  # "the officer ... should never have been charged": cleared
                # (and "the courts acted lawfully and no one was jailed for their views")
            continue  # (but "urged Kuwait to quash the conviction, saying no one should be
            # jailed": a principle for anyone, no word on the one named)
        if c is None and low[i] == "nothing" and i >= 2 and low[i - 1] in RECEIVED and \
                any(low[x] in COLLECTED for x in range(at + 1, min(i - 1, at + 4))):
            total -= 1.0  # "The council has collected market fees for years and the traders
            continue  # have seen nothing for it": a taking with nothing given back
        if low[i] == "nothing" and i > lo and _failure_before(low, i):
            # "it did nothing", "has done nothing to stop it": a failure charged; but
            # "she did nothing wrong" clears her
            c = 1.0 if nxt == "wrong" else -1.0
            if c > 0:
                total += c
                continue
        if c is None and low[i] == "share" and _more_than_fair_share(low, i):
            if not any(min(at, i) < r < max(at, i) for r in rivals):
                # "X was taking far more than its fair share": a charge against the one
                # taking, the nearest target before it ("its" looks back)
                total -= 1.0
            continue
        if c is None and hostile and low[i] in PROTECTING and at < i <= at + 4 and \
                any(low[x] == "," and low[x + 1:x + 2] == ("not",)
                    for x in range(i + 2, min(len(low) - 1, i + 7))):
            total -= 1.0  # "The ministry protects importers, not Angolan workers": the
            continue  # wrong side served
        if c is None and hostile and low[i] in ("work", "business") and i >= 3 and \
                tuple(low[i - 2:i]) == ("out", "of") and \
                (put := next((k for k in range(i - 3, max(at, i - 9), -1)
                              if low[k] in ("put", "puts", "putting")), None)) is not None and \
                at < put <= at + 24 and low[put - 1] in ("would", "will", "could", "has", "had",
                                                         "have") and \
                not any(w in (";", "but") for w in low[at + 1:put]):
            total -= 1.0  # "a federal ban on motorboats, announced by the environment
            continue  # ministry to protect ..., would put about 400 guides out of work"
        if c is None and low[i] in ("work", "working") and low[i + 1:i + 2] == ("for",) and \
                i + 1 < at <= i + 3 and i >= 1 and low[i - 1] in ("we", "i", "are", "am") and \
                any(tuple(low[x:x + 3]) == (",", "not", "for")
                    for x in range(at + 1, min(len(low) - 2, at + 4))):
            total -= 1.0  # "We work for the police now, not for our families": made to
            continue  # serve the one named, a complaint against it
        if c is None and low[i] in OVERSIGHT and 1 <= i < at <= i + 3 and \
                (low[i - 1] == "nobody" or tuple(low[max(0, i - 2):i]) == ("no", "one")):
            total -= 1.0  # "the refinery measures the sugar and nobody checks the refinery":
            continue  # a power left unchecked, charged to whoever holds it
        if c is None and hostile and low[i] == "after" and i < at <= i + 4 and \
                any(w in PROTESTS_AFTER for w in low[max(lo, i - 10):i]) and \
                at + 1 < len(low) and (low[at + 1].endswith("ed") or low[at + 1] in (
                    "brought", "cut", "put", "set", "made", "began", "built", "sold", "shut")):
            total -= 1.0  # "blocked the quays ... after the port's operator brought in two
            continue  # cranes": a protest at what the operator did
        if c is None and low[i] == "same" and at < i <= at + 5 and \
                low[i + 1:i + 2] in (("promise",), ("promises",), ("pledge",), ("pledges",)) and \
                any(w in ("made", "make", "makes", "gave", "given") for w in low[at + 1:i]):
            total -= 1.0  # "the ministry had made the same promise in March": a promise
            continue  # made before and not kept
        if c is None and at < i and low[i] in DESERVING and i + 1 < len(low) and \
                not any(w in NEGATIONS for w in low[max(lo, i - 2):i]) and \
                _OWED.match(" ".join(low[i + 1:i + 4])):
            total += 1.0  # "The boatmen deserve more": owed it, a side taken with them
            continue
        if c is None and i < at <= i + 3 and low[i] in COMPENSATING and \
                not any(w in NEGATIONS for w in low[max(lo, i - 3):i]) and \
                all(w in ("the", "all", "its", "their", "those", "these") for w in low[i + 1:at]):
            total += 1.0  # "the council should compensate the vendors": a side taken with
            continue  # the ones owed (the payer's own side is told by the rest)
        if c is None and at < i and ((low[i] in SQUANDERING and low[i + 1:i + 2] == ("away",))
                                     or (low[i] in SHELVING and low[i + 1:i + 2] == ("on",) and
                                         any(w in REQUESTS for w in low[i + 2:i + 5]))):
            total -= 1.0  # "The government threw away ...", "The ministry has been sitting on
            continue  # our request": a charge against the one before
        if c is None and low[i] == "down" and (let := _let_down(low, i)) is not None:
            if at < let:  # "The board let the fans down": a failure charged to the board
                total -= 1.0
            elif at < i and any(w in SELF for w in low[max(0, let - 2):let]):
                total += 1.0  # "We let the manager down": the blame taken, he is cleared
            continue
        if c is None and low[i] in VERDICT_NOUNS and i > 0 and at < i and \
                low[i - 1] in VERDICT_ADJECTIVES:
            total += VERDICT_ADJECTIVES[low[i - 1]]  # "the mayor had made the right decision"
            continue
        if c is None and low[i] == "fail" and at < i and i >= 3 and \
                tuple(low[i - 3:i]) == ("set", "up", "to"):
            total += 1.0  # "the chief had been set up to fail": a victim, defended
            continue
        if c is None and hostile and low[i] in ("earns", "makes") and at < i <= at + 3 and \
                "what" in low[max(0, at - 2):at]:
            total -= 1.0  # "Four million dollars is what this company earns in a few days":
            continue  # a penalty measured against its wealth
        if c is None and hostile and low[i] in GRIEVANCE and \
                not any(low[j] in NEGATIONS for j in range(max(lo, i - 3), i)):
            total -= 1.0  # "GM took billions in taxpayer money", "Telvia made record profits"
            continue
        if c is None and low[i] in COOPERATION and (k := _with_after(low, i)) is not None \
                and at > k:
            total += 1.0  # "it was cooperating fully with the agency" (not "a cooperating
            continue  # witness")
        if hostile and c is None and low[i] in AGGRESSIONS and _aggression_by(
                low, _name_end(sentence, v.spans, at, i), i):
            total -= 1.0  # a speaker's "Cambodian troops had opened fire first": accused
            continue  # (and "Saudi Arabia executed at least 345 people", past the name)
        if c is None and hostile and low[i] in REVERSALS and _demanded(low, at, i):
            total -= 1.0  # "We will stay until the board reverses this decision"
            continue
        if hostile and low[i] in GRANTING and ((
                i >= 2 and low[i - 1] == "to" and _demanded(low, at, i) and
                any(w in URGING for w in low[max(0, at - 3):at])) or (
                i == at + 1 and _demanded_that(low, at, i))):
            total -= 1.0  # "urged the government to allow all parties to campaign freely":
            continue  # it has not
        if hostile and low[i] in DELIVERING and nxt == "on" and _demanded(low, at, i) and \
                any(w in OBLIGATIONS for w in low[i + 2:i + 5]):
            total -= 1.0  # "until the government delivered on promises made last year": it
            continue  # has not
        if hostile and low[i] in KEEPING and i >= 2 and (
                (low[i - 1] == "to" and _demanded(low, at, i)) or _demanded_that(low, at, i)) \
                and any(w in OBLIGATIONS for w in low[i + 1:i + 4]):
            total -= 1.0  # "We expect India to honour its commitments": it has not
            continue
        if c is None and hostile and low[i] == "money" and i >= 2 and low[i - 1] == "more" \
                and low[i - 2] in WANTING and at < i:
            total -= 1.0  # "now they want more money": greed charged
            continue
        if c is None and hostile and low[i] in BREAKING and at < i <= at + 3 and \
                low[i + 1:i + 2] == ("the",) and low[i + 2:i + 3] and \
                low[i + 2] in BROKEN_TERMS:
            total -= 1.0  # "Canada broke the terms of a Pacific trade agreement"
            continue
        if c is None and hostile and low[i] in RAISING and at < i <= at + 10 and \
                (low[i] not in ("pushed", "driven", "drove") or low[i + 1:i + 2] == ("up",)) and \
                low[at] not in ACT_NOUNS and low[at] not in CHARGES_PAID and \
                any(w in CHARGES_PAID for w in low[i + 1:i + 4]) and \
                all(w.isalpha() or w == "-" for w in low[at + 1:i]) and \
                not any(w in NEGATIONS for w in low[at:i]):
            total -= 1.0  # "their municipality has tripled the fee for exhuming the remains":
            continue  # a rise charged to whoever made it, as those who pay tell it (and "a
            # state-backed resort built on the hills above the village has pushed up rents")
        if c is None and hostile and low[i] in PLEDGES and at < i and i >= 2 and \
                low[i - 1] in ("its", "their", "his", "her", "that", "this", "every") and \
                low[i - 2] in BREAKING:
            total -= 1.0  # "the club ... then broken its word": a charge (and "promised clean
            # air once before and broke that promise")
            continue
        if c is None and hostile and low[i] in BREAKING and at < i <= at + 3 and \
                low[i + 1:i + 2] in (("it",), ("that",)) and \
                any(w in LOSABLE or w in PLEDGES for w in low[max(lo, i - 12):at]):
            total -= 1.0  # "For a coeliac, that trust is everything, and Crumb & Co broke
            continue  # it": the trust or word just named, broken by the target
        if hostile and low[i] in CHOOSING and at < i <= at + 4 and \
                (k := next((x for x in range(i + 1, min(len(low), i + 7))
                            if low[x] in ("over", "before")), None)) is not None and \
                any(w in SACRIFICED for w in low[k + 1:k + 5]):
            total -= 1.0  # "has chosen a tiny industry over its international reputation"
            continue
        if hostile and low[i] in CHOOSING and i < at <= i + 3 and \
                (k := next((x for x in range(at + 1, min(len(low), at + 4))
                            if low[x] in ("over", "before")), None)) is not None and \
                any(w in SACRIFICED for w in low[k + 1:k + 5]):
            total -= 1.0  # "The governor has chosen payday lenders over working families":
            continue  # the side a reproached choice served
        if low[i] in ("broke", "broken", "breaks", "breaking") and at < i <= at + 6 and \
                any(w in PROMISE_NOUNS for w in low[max(lo, at - 8):i]) and \
                not any(w in NEGATIONS for w in low[at:i]):
            total -= 1.0  # "a promise they say the government made and then broke"
            continue
        if hostile and low[i] in HOLDING and i < at <= i + 3 and \
                (k := next((x for x in range(at + 1, min(hi, at + 4)) if low[x] == "to"),
                           None)) is not None and k + 1 < len(low) and \
                low[k + 1] in ("account", "its", "their", "his", "her", "the"):
            total -= 1.0  # "would hold the yard to its new timetable", "hold them to account":
            continue  # a pressure put on someone
        if hostile and low[i] in CAMPAIGNING and (k := next((x for x in range(i + 1, min(hi, i + 9))
                                                 if low[x] in ("against", "for")), None)) \
                is not None and (k < at <= k + 6 or
                                 (k < at <= k + 9 and "by" in low[k + 2:at])) and \
                not any(low[x] in (";", "but") or (low[x] == "," and at > x + 2)
                        for x in range(k, at)) and \
                not any(w in (",", "and", "but") or w in NEGATIONS for w in low[i:k]):
            total += 1.0 if low[k] == "for" else -1.0  # "rallied in Bengaluru on Saturday
            continue  # against a state ban", "had lobbied for the ban": a side taken by acts
            # (and "against a hotel complex planned by the developer Dilijan Heights": its
            # maker; an appositive "against the minister, Andrej ...", but not "petitions
            # against the levy, called the ruling ...")
        if hostile and low[i] in ("protest", "protests") and i and low[i - 1] == "in" and \
                nxt in ("at", "against", "over") and i < at <= i + 6:
            total -= 1.0  # "in protest at a government plan": against the plan's maker
            continue
        if c is None and hostile and low[i] in ("receipt", "receipts") and at < i - 2 and \
                i - at <= 5 and low[i - 1] in ("no", "any") and \
                low[i - 2] in ("wrote", "writes", "write", "gave", "gives", "give", "issued",
                               "issues", "issue") and \
                (low[i - 1] == "no" or low[i - 3] in ("not", "never")):
            total -= 1.0  # "gendarmes wrote no receipts": money taken off the books, charged
            continue
        if c is None and hostile and low[i] in LEFT_TO_SPOIL and low[i - 1] == "to" and \
                at >= 1 and low[at - 1] not in ("from", "to", "in", "at", "on", "near") and \
                (left := next((k for k in range(i - 2, max(at, i - 6), -1)
                               if low[k] in LEAVING_FORMS), None)) is not None and \
                at < left <= at + 24 and not any(w in (",", ";", "but") for w in low[at + 1:left]):
            total -= 1.0  # "a decision by the national port company to cut ferry crossings
            continue  # ... was leaving their fruit to ripen on the dock": a harm charged (not
            # to where: "crossings from San Jorge")
        if c is None and hostile and low[i] in CAUSING and at < i and i - at <= 6 and \
                "," not in low[at:i] and nxt in ("to", "in") and \
                (low[i] in ("result", "results", "resulted", "resulting") or nxt == "to") and \
                valence.scores(" ".join(low[i + 2:i + 8]))[0] <= -REACTION_VALENCE:
            total -= 1.0  # "the decision would lead to more tooth decay": a harm charged
            continue
        if c is None and hostile and low[i] == "should" and \
                (at < i <= at + 3 or (low[i - 1] == "and" and at < i <= at + 16 and not any(
                    w in (",", ";", "that", "which", "who", "but") for w in low[at + 1:i]))) and \
                nxt == "have" and i + 2 < len(low) and low[i + 2] != "been" and \
                low[i + 2].endswith("ed"):
            total -= 1.0  # "The company should have acted ...": a reproach (and "the board
            continue  # had known about the doubts for two years and should have fixed it")
        if c is None and hostile and low[i] in ("cost", "costs", "costing") and at < i and \
                (nxt in ("us", "them", "me", "our", "their", "my") or (
                    low[i - 1] in ("would", "could", "will", "may", "might") and
                    nxt.isalpha() and nxt not in NUMBER_WORDS and
                    nxt not in ("about", "more", "less", "around", "roughly", "up", "at")) or
                any(w in LOSSES for w in low[i + 1:i + 4])) and \
                i - at <= 8:  # (and "would cost thousands of jobs")
            total -= 1.0  # "the closures would cost them customers": a harm charged
            continue
        if c is None and hostile and low[i] in ("short",) and at < i and \
                low[i - 1] in ("fell", "falls", "fall", "falling", "fallen") and \
                i - at <= 6:
            total -= 1.0  # "the increase still fell short of what growers could earn"
            continue
        if c is None and hostile and low[i] == "harder" and i >= 2 and low[i - 1] == "it" and \
                low[i - 2] in ("make", "makes", "made", "making") and at < i <= at + 8:
            total -= 1.0  # "the ban would make it harder to recruit leaders": a harm charged
            continue
        if c is None and hostile and low[i] in UNPROVEN and at < i <= at + 6 and \
                "not" in low[max(at, i - 3):i]:
            total -= 1.0  # "the developer had not shown that the herders could move"
            continue
        if c is None and hostile and low[i] in ("enough", "sufficient") and at < i and \
                i - at <= 9 and (low[i - 1] == "not" or (
                    low[i - 1] in ("done", "do", "doing") and "not" in low[i - 4:i - 1])):
            total -= 1.0  # "the punishment was not enough", "had not done enough": a
            # charge of too little
            continue
        if c is None and hostile and low[i] in TREAT_FORMS and at < i and \
                ("like" in low[i + 1:i + 5] or any(
                    low[x] == "as" and low[x + 2:x + 3] == ("own",)
                    for x in range(i + 1, min(len(low) - 2, i + 9)))) and \
                low[i - 1] not in PASSIVE_AUX:
            total -= 1.0  # "Eskom-Vaal has treated the economy like a light switch" (and
            # "had treated a young artist's work as its own piggy bank")
            continue
        if c is None and hostile and low[i] == "too" and at < i and nxt in EXCESSES:
            total -= 1.0  # "the sentence was far too short", "the fine was too small"
            continue
        if c is None and hostile and low[i] in CONSULTING and _owed_undone(low, at, i):
            total -= 1.0  # "India had not consulted Dhaka as a 1996 agreement required"
            continue
        if low[i] in ("supposed", "failed", "refused", "neglected") and at < i and \
                _duty_done(low, at, i):
            total += 1.0  # "Claire did what every nurse is supposed to do": defended (and
            continue  # "the university had done what regulators had failed to do": praised
        if c and c > 0 and at < i and i + 1 < len(low) and low[i + 1] in ("us", "me"):
            # "FIFA should be thanking us": the mention's stance the speaker claims is owed
            # them; owed, so withheld: a reproach when demanded, else no side of the speaker's
            if any(w in ("should", "must", "ought") for w in low[at + 1:i]):
                total -= 1.0
            continue
        if c is None and low[i] in CONDUCT and i >= 1 and low[i - 1] in ACTED_FORMS and \
                at < i and i - at <= 6:
            total += CONDUCT[low[i]]  # "the council had acted lawfully", "Argentina had acted
            continue  # illegally": a verdict on how the subject acted
        if c is None and at < i and (lean := _treatment(low, i)) is not None:
            if lean * TREATED[low[i]] < 0 and not _treated_subject(low, at, i):
                continue  # "this team, and I am being treated unfairly": I am, not the team
            total += lean  # "the federation had treated them fairly": for the federation
            continue
        if c is None and low[i] == "line" and at < i and \
                any(low[k] in CROSS_FORMS for k in range(max(lo, i - 3), i)):
            total -= 1.0  # "the remarks by Sen. Dale Whitmore had crossed every line"
            continue
        if c is None and hostile and low[i] == "wrong" and _named_then_copula(sentence, v, at, i):
            total -= 1.0  # "The FTC is wrong about this deal"
            continue
        if c is None and low[i] == "else" and at < i - 1 and \
                (low[i - 1] in ("nowhere", "nobody") or
                 (low[i - 2], low[i - 1]) == ("no", "one")) and \
                "sell" in low[i + 1:i + 4]:
            total -= 1.0  # "the factory pays 70 and we have no one else to sell to": the one
            continue  # buyer left, blamed
        if c is None and low[i] == "choice" and at < i - 3 and low[i - 1] in ("no", "little") \
                and low[i - 3] in LEAVING and low[i - 2] in ("us", "me", "them", "workers"):
            total -= 1.0  # "Deutsche Bahn leaves us no choice": the one who forces it, blamed
            continue
        if c is None and low[i] == "choice" and at < i - 2 and low[i - 1] in ("no", "little") \
                and (low[i - 2] in HAVE_FORMS or (low[i - 2] in QUOTE_MARKS and i >= 3 and
                                                 low[i - 3] in HAVE_FORMS and at < i - 3)) \
                and "who" not in low[max(at, i - 5):i]:
            total += 1.0  # "the president had 'no choice'": forced, so defended (not "people
            # who have no choice but to take the train")
            continue
        if c is None and low[i] in RANKED and (put := _ranked_wrongly(low, i)) is not None \
                and at < put:
            total -= 1.0  # "Dr. Whitaker is putting the budget ahead of our lives"
            continue
        if c is None and low[i] in PROMISED and nxt == "by" and i + 1 < at <= i + 5 and \
                any(w in ("never", "not") for w in low[at + 1:min(hi, at + 12)]) and \
                any(w in UNDELIVERED for w in low[at + 1:min(hi, at + 14)]):
            total -= 1.0  # "a plant promised by the central government three years ago had
            continue  # never been built": a promise not kept
        if c is None and low[i] in PROMISED and at < i and _broken_promise(low, lo, i):
            total -= 1.0  # "Meridian sold us engines that cannot do what they promised"
            continue
        if c is None and low[i] == "behind" and at > i and _rally_start(low, i) is not None:
            total += 1.0  # "the squad stood behind Zubiria": on his side
            continue
        if c is None and low[i] in STAND_VERBS and \
                (w := _with_after(low, i)) is not None and w < at <= w + 4:
            total += 1.0  # "Egypt said it stood with Somalia": on its side
            continue
        if low[i] in ("hope", "hopes") and i > at and \
                any(low[j] in HOPE_ENDERS for j in range(max(lo, i - 3), i)):
            total -= 1.0  # "dissolved all parties, a move party leaders said ended any hope
            continue  # of a return to civilian rule": the act charged with a loss
        if c is None and nxt == "with" and i > at and _reckless_with(low, i):
            total -= 1.0  # "They are gambling with our livelihoods": a charge against them
            continue
        if low[i] == "anything" and nxt == "wrong" and \
                any(low[j] in NEGATIONS or low[j].endswith(("n't", "n’t"))
                    for j in range(max(lo, i - 4), i)):
            total += 1.0  # "she didn't do anything wrong"
            continue
        if c and low[i] in VICTIM_CUES and (
                (at < i <= at + 6 and any(w in MADE for w in low[at + 1:i])) or
                (at == i + 1 and low[i].endswith(("ing", "ed")))):
            total += 1.0  # "Hahn is being made the scapegoat", "scapegoating migrants"
            continue
        if c and low[i] == "hostage" and at < i <= at + 6 and \
                any(w in ("held", "taken", "kept") for w in low[at + 1:i]):
            total += 1.0  # 'the House "cannot be held hostage by one man"': the captive is
            continue  # defended, the one who holds it blamed
        if c and i > 0 and sentence[v.spans[i][0]].isupper():
            continue  # a cue word inside a name: "Rovers Trust", "Hope Foundation"
        if c and i >= 2 and low[i - 1] == "up" and low[i - 2] in STIRRING:
            continue  # "had tried to stir up support for Greenland's secession": support
            # sought from others, no side the speaker takes
        if c and at < i and _in_relative_of_other(low, at, i):
            continue  # "He is being made the scapegoat for a system that failed": the system's
        if c and low[i] in ("warned", "warns") and low[i - 1] in PASSIVE_AUX:
            continue  # "had not been warned of the risk": a warning it lacked, no threat
        if c and i >= 2 and low[i - 1] == "to" and any(
                w in EVIDENCE_NOUNS for w in low[max(lo, i - 4):i - 1]):
            continue  # "no evidence whatsoever to support his account": corroborate
        if c and i + 1 < len(low) and sentence[v.spans[i + 1][0]].isupper() and \
                low[i] in TITLE_CUES and (i + 1 != at or (
                    i > 0 and low[i - 1] not in ("my", "our", "his", "her", "their", "a"))):
            continue  # a cue word as someone's title: "Former champion Paul Carter said",
            # "Olympic champion Marcus Dwyer has been suspended" (but "our friend Vladimir")
        if c and c > 0 and at < i and i >= 2 and low[i - 1] == "to" and \
                any(w in URGING for w in low[max(lo, at - 3):at]):
            continue  # "urged the government to respect political freedoms": a demand made
            # of it, no praise
        obj = i + 2 if nxt in ('"', "”", "’") or (
            nxt == "against" and low[i].startswith("appeal")) else i + 1  # ('"vigorously
        # defend" the case'; "would appeal against the suspension")
        if obj < len(low) and low[obj] in ("this", "it") and at == obj and \
                low[i] in RESISTING and (obj + 1 == len(low) or low[obj + 1] in (".", "!", ",")):
            total -= 1.0  # "Of course we will fight this.": against whoever's act "this" is
            continue
        if obj + 1 < len(low) and low[obj] in ("the", "this", "that") and \
                at in (obj, obj + 1) and (i == 0 or low[i - 1] not in ("can", "may")) and \
                ((low[i] in CONTESTING and low[obj + 1] in CONTESTED and
                  (not low[i].startswith("defend") or low[obj + 1] in DEFENDED_AGAINST)) or
                 (low[i] in RESISTING and low[obj + 1] in RESISTED)):
            total -= 1.0  # "would defend the case", "will contest the fine", "would fight the
            continue  # closure": against its author (the noun's or its "this": "We will
            # defend this case vigorously"; but "defend the plan", "defended the decision"
            # is no fight)
        if low[i] in CONTESTING and obj < at <= obj + 3 and low[obj] == "the" and \
                low[at].endswith(("'s", "’s")) and at + 1 < len(low) and \
                low[at + 1] in CONTESTED and low[i] not in ("defend", "defends", "defended",
                                                           "defending"):
            total -= 1.0  # "would challenge the transport ministry's decision": against the
            continue  # one whose act it is
        if low[i] in CONTESTING and not low[i].startswith("defend") and i < at <= i + 9 and \
                (k := obj + 2 if low[obj:obj + 2] == ("in", "court") else obj) + 2 < len(low) and \
                low[k] in ("a", "the") and low[k + 1] in CONTESTED and low[k + 2] == "by" and \
                k + 3 <= at <= k + 6 and all(w.isalpha() for w in low[k + 3:at]):
            total -= 1.0  # "would challenge in court a decision by the environment ministry":
            continue  # against the one whose act it is
        if c and low[i].startswith("apologi") and not (nxt == "to" and at == i + 2):
            continue  # an apology sides only with whom it is made to ("apologized to Okafor")
        if c and i < at and _second_predicate(low, i, at):
            continue  # "condemns racism and had apologized to Okafor": the cue is the first act's
        if low[i] in THREATS and i < at and "unless" in low[i + 1:at] and at - i <= 25:
            total -= 1.0  # "threatened to call a strike unless the commission promotes":
            continue  # a demand backed by a threat, against the one it is made of
        if low[i] == "unless" and i < at <= i + 12 and \
                not any(w in (",", ";", ":") for w in low[i:at]) and \
                any(w in ("would", "will") for w in low[max(lo, i - 12):i]) and \
                not any(w in THREATS for w in low[max(lo, i - 25):i]):
            total -= 1.0  # "they would block tour boats unless the regional government gave
            continue  # them a larger share": a demand backed by a threat, made of the target
        if c and hostile and i > at and low[i] in THREATS and at >= lo and \
                not any(low[j] in NEGATIONS for j in range(max(lo, i - 2), i)):
            total -= 1.0  # a speaker's "Findr ... threatened to withhold payments": a charge
            continue
        if c:
            if i > at and low[i] in verbs and not (i > 0 and low[i - 1] in PASSIVE_AUX) and \
                    not (low[i - 1] == "to" and i + 1 < len(low) and
                         low[i + 1] in ("him", "her", "them")):
                continue  # "Greco accused the government": his speech act, no stance toward him
                # (but "had called Alcaraz to congratulate him": aimed back at the mention)
            if not hostile and low[i] in verbs and i > 0 and low[i - 1] in PASSIVE_AUX:
                continue  # the narrator's "X has been criticised by Y" reports Y's stance
            last = at  # the mention's last word: "Health New Zealand had refused"
            while last + 1 < len(low) and last + 1 < i and \
                    sentence[v.spans[last + 1][0]].isupper():
                last += 1
            if low[i] in ACT_VERBS and not (at - 3 <= i <= last + 3):
                continue  # "the board had backed Bernardi ..., the club lacked": not the club's
            if not hostile and low[i] in ACT_VERBS and last < i <= last + 3:
                continue  # the narrator's "Minister X defended the detention": X's own act
            negated = any(low[j] in NEGATIONS or low[j].endswith(("n't", "n’t"))
                          for j in range(max(lo, i - 2), i))  # "don't trust"
            if negated and low[i - 1] == "have" and \
                    any(w in ("should", "shouldn't", "shouldn’t") for w in low[max(lo, i - 3):i]):
                continue  # "I should not have attacked him personally": a regret, no side
            if negated and i >= 3 and low[i - 1] in ("of", "about", "over", "for") and \
                    low[i - 2] == "not" and low[i - 3] == ",":
                continue  # "afraid of competition, not of fraud": the cue is only named as
                # what the matter is not, no side on the mention
            if negated and low[i - 1] == "no" and i + 2 < len(low) and \
                    low[i + 1].isalpha() and low[i + 2] in _SUBJECT_VERBS:
                continue  # "As long as she stays, no corrupt official will go to prison": the
                # "no" counts the subject, the adjective is not denied; no side from it
            if negated and low[i] == "provocation" and (
                    low[i - 1] == "without" or (i > 1 and low[i - 2] == "without")):
                negated = False  # "opened fire without (any) provocation": an accusation still
            if c < 0 and not negated and any(
                    low[x] in ("against", "on") and low[x - 1] in HARMS
                    for x in range(i + 1, min(at, i + 8))):
                total += 1.0  # "a senseless act of violence against a man": for the man
                continue
            if c > 0 and not negated and at < i and \
                    any(low[x] in WRONGING for x in range(at + 1, i)):
                total -= 1.0  # "it punished thousands of honest growers": praise for its
                continue  # victims is a charge against whoever wronged them
            total += -0.5 * c if negated else c  # "not a friend" leans against, weakly
    if total > 0 and _conceded(low, hi, cues):
        return -1.0  # "respected the court but disagreed with its reading": the objection
    if total < 0 and _outweighed(low, hi):
        return 1.0  # "would cost jobs but was better than the alternatives": the verdict
    if total >= 0 and at < hi and _undone(low, hi):
        return -1.0  # "had promised farmers compensation but had paid nothing": the promise
        # the same subject's second verb undoes
    if total == 0 and conditional:
        return 0.0
    return None if total == 0 else (1.0 if total > 0 else -1.0)


#: giving verbs of a body that gives nothing: "but gives us nothing"
GIVING = frozenset({"gives", "gave", "offers", "offered", "pays", "paid", "sends", "sent"})
#: doing verbs of a body that does nothing after a promise: "and delivers nothing"
DOING = frozenset({"does", "did", "delivers", "delivered", "builds", "built"})


def _undone(low: tuple[str, ...] | list[str], hi: int) -> bool:
    """Whether the clause after ``but`` at ``hi``, with the subject of the clause before
    (an auxiliary first, no new subject), says it failed to act (``but had paid nothing``,
    ``but has never delivered``; and ``but gives us nothing``)."""
    if hi + 3 < len(low) and low[hi] == "but" and low[hi + 1] in GIVING and \
            low[hi + 2] in ("us", "them", "me") and low[hi + 3] in ("nothing", "no"):
        return True  # "The agency wants safe mines but gives us nothing to make them safe"
    if hi + 3 >= len(low) or low[hi] != "but" or low[hi + 1] not in AUXILIARIES:
        return False
    after = low[hi + 2:hi + 5]
    return "never" in after or "failed" in after or (
        "nothing" in after and after[0] in ("paid", "done", "delivered", "given", "said"))


#: a verdict that outweighs a harm granted before "but": "but was better than", "but is worth"
VERDICTS_FOR = frozenset({"better", "worth", "right", "necessary", "fair", "acceptable",
                          "reasonable", "justified"})


def _outweighed(low: tuple[str, ...] | list[str], hi: int) -> bool:
    """Whether the clause after ``but`` at ``hi``, with the subject of the clause before
    (no new one), judges it worth its cost (``it would probably cost jobs but was better
    than the alternatives``)."""
    if hi + 2 >= len(low) or low[hi] != "but":
        return False
    k = hi + 1 + (low[hi + 1] == "still")
    return k + 1 < len(low) and low[k] in ("was", "is", "would", "will", "remains", "remained") \
        and any(w in VERDICTS_FOR for w in low[k + 1:k + 3])


#: what an objection after a concession aims back at: "but disagreed with its reading"
OBJECTED_BACK = frozenset({"its", "his", "her", "their", "it", "him", "them", "the"})


def _conceded(low: tuple[str, ...] | list[str], hi: int, cues: Mapping[str, float]) -> bool:
    """Whether the clause after ``but`` at ``hi`` objects to what the clause before granted,
    by the same subject and aimed back at it (``respected the court but disagreed with its
    reading of the evidence``, ``but we will appeal it``); not ``praised Smith but condemned
    Jones``, whose objection names someone else."""
    if hi >= len(low) or low[hi] != "but":
        return False
    k = hi + 1
    while k < len(low) and low[k] in ("we", "it", "they", "i", "he", "she", "will", "would",
                                      "still", "strongly", ","):
        k += 1
    if k >= len(low) or cues.get(low[k], 0) >= 0:
        return False
    after = low[k + 1:k + 4]
    return any(w in OBJECTED_BACK for w in after[1:] if after[0] in ("with", "to")) or \
        (bool(after) and after[0] in OBJECTED_BACK - {"the"})


#: verbs by which one fights an act against oneself ("defend the case", "contest the fine")
CONTESTING = frozenset({"defend", "defends", "defended", "defending", "fight", "fights",
                        "fought", "contest", "contests", "contested", "challenge", "challenges",
                        "challenged", "appeal", "appealed", "appeals"})
#: acts so fought: their authors are the ones fought
CONTESTED = frozenset({"case", "lawsuit", "suit", "charges", "fine", "fines", "ruling",
                       "decision", "motion", "penalty", "ban", "verdict", "suspension",
                       "revocation", "dismissal", "expulsion", "sanctions"})
#: of those, what "defend" fights ("would defend the case"); any other act defended is one
#: stood by ("defended the decision, saying the president was in good health")
DEFENDED_AGAINST = frozenset({"case", "lawsuit", "suit", "charges"})
#: verbs by which one fights another's plan ("will fight the closure"); not "defend"
RESISTING = frozenset({"fight", "fights", "fought", "resist", "resists", "resisted", "contest",
                       "contests", "contested", "challenge", "challenges", "challenged",
                       "block", "blocks", "blocked"})
#: plans so fought: their authors are the ones fought
RESISTED = frozenset({"closure", "closures", "cuts", "layoffs", "plan", "plans", "merger",
                      "takeover", "levy", "tax", "sale", "expansion", "move", "rules",
                      "reform", "reforms"})
#: verbs that ask someone to act: "urged X to respect ...", "called on X to"
URGING = frozenset({"urged", "urges", "urging", "urge", "on", "pressed", "pressing", "asked",
                    "implored", "begged", "demanded"})
#: words that open a second predicate after "and": "and had apologized", "and called on"
PREDICATE_OPENERS = frozenset({"had", "has", "have", "was", "is", "were", "are", "will",
                               "would", "said", "says", "called", "urged", "vowed", "promised"})


def _second_predicate(low: tuple[str, ...] | list[str], i: int, at: int) -> bool:
    """Whether an ``and`` between a stance verb at ``i`` and the mention at ``at`` opens a
    second predicate (``condemns racism and had apologized to X``), so the verb's own object
    came before it; ``praised Smith and Jones`` joins two objects and keeps the verb's."""
    return any(low[x] == "and" and x > i + 1 and
               (low[x + 1] in PREDICATE_OPENERS or
                (low[x + 1].endswith("ed") and low[x + 1] not in ("united", "allied")))
               for x in range(i + 1, at))


def _contrast_between(sentence: str, a: int, b: int) -> bool:
    """Whether a contrast word (``but``, ``while`` ...) stands between offsets ``a`` and
    ``b`` of the sentence."""
    v = _view(sentence)
    i, j = bisect_right(v.ends, a), bisect_right(v.ends, b)
    return any(w in CONTRAST for w in v.low[i:j])


def _verb_after(sentence: str, end: int, past_head: bool = False) -> tuple[str, bool]:
    """The word after the mention ending at ``end``, past auxiliaries and adverbs (and,
    with ``past_head``, past a lower-case head noun: ``The Irish regulator has been``),
    and whether a passive auxiliary was crossed on the way."""
    v = _view(sentence)
    i = next((k for k, (a, _) in enumerate(v.spans) if a >= end), len(v.low))
    if past_head and i + 1 < len(v.low) and not sentence[v.spans[i][0]].isupper() and \
            v.low[i] not in PASSIVE_AUX and v.low[i + 1] in ("has", "have", "was", "were"):
        i += 1
    passive = False
    while i < len(v.low) and (v.low[i] in PASSIVE_AUX or v.low[i] in ("has", "had", "have")
                              or v.low[i].endswith("ly")):
        passive = passive or v.low[i] in PASSIVE_AUX
        i += 1
    return (v.low[i] if i < len(v.low) else ""), passive


def _acts(sentence: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is the subject of a speech or stance verb
    right after it (adverbs and auxiliaries aside): the sentence reports its act."""
    if sentence.endswith(("'s", "’s"), 0, end):
        return False  # "called Ndjock-Ebolo's claim 'premature'": the claim is his, no act
    w, passive = _verb_after(sentence, end)
    if passive:
        return False  # "Greco was accused": done to him
    return w in lexicon.reporting_verbs() or (w in stance_cues() and w.endswith(("ed", "s")))


#: stance cues that are verbs of an act toward someone though no verbs of saying
#: ("Restrepo welcomed the ruling", "the union backed Ruiz"), in finite forms
ACT_VERBS = frozenset({"welcomed", "welcomes", "applauded", "applauds", "commended", "commends",
                       "denounced", "denounces", "endorsed", "endorses", "backed", "backs",
                       "opposed", "opposes", "defended", "defends", "supported", "supports",
                       "sued", "sues", "rejected", "rejects", "refused", "refuses",
                       "congratulated", "congratulates", "credited", "credits",
                       "disagreed", "disagrees", "singled"})  # ("singled out Didj Direct")
#: stance words that are also titles before a name ("former champion Paul Carter")
TITLE_CUES = frozenset({"champion", "hero", "ally", "friend", "enemy", "critic", "rival"})


#: an act the story reports, named by what it is ("welcomed the move")
ACT_NOUNS = frozenset({"move", "plan", "plans", "decision", "measure", "measures", "policy",
                       "cancellation",
                       "proposal", "change", "changes", "ban", "reform", "reforms", "law", "bill",
                       "fee", "cap", "deal", "agreement", "cuts", "rules", "rule", "vote",
                       "tariffs", "duties", "sanctions", "legislation", "layoffs", "closures",
                       "closure", "meeting", "talks", "pact", "project", "practice", "investment",
                       "merger", "takeover", "offer", "cull", "increase", "rise", "hike",
                       "approval", "limit", "pick", "selection", "quota", "extension", "tax",
                       "levy", "contract", "review", "reserve", "payment", "subsidy", "cut",
                       "campaign", "crackdown", "shutdown", "enforcement", "tests", "checks",
                       "raid", "raids", "inspection", "inspections", "seizure", "seizures",
                       "fare", "fares", "price", "fines", "choice", "clearance", "expansion",
                       "lottery"})
#: a reaction's valence (:mod:`toolkit.valence`, -1..1) this far from 0 sets its lean
REACTION_VALENCE = 0.45
# European and international law": a charge against whoever did it)
#: what is someone's own and not the mention's: "belongs to the chiefs, not to an office in "
_NOT_THEIRS = rx.compile(r"\bbelong(?:s|ed)? to [^,;.]{1,50}, not (?:to )?(?:[a-z]+ ){0,4}$")
#: something kept past its time, or sheltered from rivals: "a system built for another
#: century", "outdated rules", "protect the big houses from competition"
_OUTDATED = rx.compile(r"\b(?:built|designed|made|written|meant) for (?:another|a different|"
                       r"the last|a past|an earlier) (?:century|era|age)\b|"
                       r"\b(?:outdated|obsolete|antiquated)\b|"
                       r"\bprotect(?:s|ing|ed)? (?:[\w'’-]+ ){0,4}from (?:competition|rivals|"
                       r"scrutiny)\b")  # (and a shield from rivals: "wants to protect the big
# houses from competition")
#: a fault laid at its owner's door: "the bears come for the city's own overflowing
#: containers" (the blame turned back on whoever blames others)
_OWN_FAULT = rx.compile(r"['’]s own (?:[a-z]+ ){0,2}?(?:overflowing|broken|leaking|crumbling|"
                        r"failing|failures?|mess|neglect|negligence|delays|mistakes|"
                        r"mismanagement|incompetence)\b")
#: the words any match of :data:`_OUTDATED` holds, so most sentences skip the search
_OUTDATED_WORDS = ("century", "era", "age", "outdated", "obsolete", "antiquated", "competition",
                   "rivals", "scrutiny")

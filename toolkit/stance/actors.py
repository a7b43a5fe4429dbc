"""Actors and acts: who did what to whom in an article.

The acts a story reports (bans, fines, rulings, accusations), who did them,
who employs a speaker, which groups and bodies speak, and whom a claim, a denial
or a charge is about: what the pair rules need to aim a reaction.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from functools import cache
from weakref import WeakKeyDictionary

from .. import lexicon, valence
from .. import prefilter as rx
from ..mentions import (
    COMPASS,
    DOCUMENTS,
    PLACE_KINDS,
    Tokens,
    agent_noun,
    group_then_modifier,
    plural_possessive,
    role_noun,
    singular,
    trade_plural,
)
from ..model import Quote, Speaker
from ..segment import Segmentation
from ..speakers import Entity, Registry, org_fits
from ..speakers.entities import (
    MUNICIPALITIES,
    NOT_NAME_STARTS,
    ORG_NOUNS,
    PORTFOLIOS,
    TRADE_BODIES,
    UNION_WORDS,
)
from ..speakers.resolver import GROUP_NOUNS, SPOKES, TWO_OF_A_KIND, _label
from .targets import (
    _OBJECT_DETERMINERS,
    DECIDERS,
    EVENT_VERBS,
    JUDGES,
    NAME_NOUNS,
    NARRATOR,
    PENALTY_ACTS,
    PRONOUN_MENTIONS,
    REGULATOR_NOUNS,
    RULING_NOUNS,
    Target,
    _acronym_body,
    _body_named_next,
    _country_of,
    _geographic,
    _group_head,
    _home,
    _is_court,
    _prior_others,
    _regulator_named,
)
from .words import (
    ACT_NOUNS,
    ACT_VERBS,
    CALL_FORMS,
    CHARACTERISED,
    CHARACTERISING,
    CLAIM_NOUNS,
    CONTESTING,
    CONTRAST,
    DENYING_CLAIMS,
    NEGATIONS,
    PASSIVE_AUX,
    PRONOUNS,
    PROTESTS_AFTER,
    QUOTE_MARKS,
    REACTION_VALENCE,
    URGING,
    _acts,
    _characterised_as,
    _rally_start,
    _verb_after,
    stance_cues,
)

# must be delighted": others, theirs)
_OBJECT_PRONOUN = rx.compile(r"\b(?:him|her|his)\b")


#: verbs that take a side "in favour of" something: "voted in favour of the ban"
VOTING = frozenset({"voted", "votes", "vote", "voting", "spoke", "speaks", "came", "argued"})
#: bodies of members a place's possessive may name ("Leipzig's association of the blind"):
#: their own voice, not the place's
MEMBERS_BODIES = frozenset({"body", "association", "federation", "society", "coalition",
                            "alliance", "chamber"})


#: a capitalised name before an officer's lower-case title in the mention: "Ryanair chief
#: executive Michael O'Leary"
_OTHER_FIRM_BEFORE = rx.compile(r"\b[A-Z][\w&'’-]+ (?:chief executive|chief financial officer|"
                                r"chairman|chairwoman|managing director|finance director|"
                                r"sporting director|technical director|head coach|"
                                r"ceo|spokesman|spokeswoman|spokesperson) $")  # (and
# "Isartal sporting director Markus Hell", "Santaco spokesman Sipho Mthembu-Dube")
_PORTFOLIO_TITLE = rx.compile(r"\b(?:[Mm]inister|[Ss]ecretary|critic|[Ss]hadow)\b"
                              r"(?! [Gg]eneral\b)")  # (an opposition "health critic" shadows
# a portfolio, no body called Nova Scotia Health; a
# "party secretary general" is the party's officer, no portfolio)
_RIVAL_OF = rx.compile(r"\b(?:[Rr]ival|[Oo]pposing|[Cc]ompeting|[Aa]nother)\b")


#: verbs by which a body finds someone not guilty of something ("cleared X of doping")
CLEARING = frozenset({"cleared", "clears", "acquitted", "acquits", "exonerated", "exonerates"})


#: penalties a body imposes, narrated as its act toward whom it punishes ("fined X",
#: "banned X for life", "suspended X")
#: stance verbs whose object always comes first ("sanctioned X for", "accused X of"), so one
#: followed by "for" or "of" is a passive: "athletes sanctioned for doping"
OBJECT_FIRST = frozenset({"sanctioned", "criticised", "criticized", "condemned", "praised",
                          "blamed", "accused", "fined", "punished", "banned", "suspended",
                          "penalised", "penalized", "censured", "reprimanded", "commended",
                          "applauded", "slammed", "faulted", "rebuked"})
#: words before a penalty's noun ("face fines", "heavy fines"), where it is no verb
PENALTY_NOUN_BEFORE = frozenset({"face", "faces", "faced", "facing", "risk", "risks", "pay",
                                 "paid", "pays", "paying", "heavy", "hefty", "new", "the", "a",
                                 "of", "with", "or", "impose", "imposed", "issue", "issued",
                                 "receive", "received", "avoid", "including"})
#: papers whose signers act through them: "signed a letter accusing him of"
SIGNED_PAPERS = frozenset({"letter", "petition", "statement", "complaint", "declaration",
                           "motion", "resolution"})
#: what one may ask an authority to do to someone: "asked the regulator to order the company
#: to dim them", "urged police to investigate the club"
COMPELLING = frozenset({"order", "force", "compel", "oblige", "fine", "punish", "sanction",
                        "penalise", "penalize", "prosecute", "investigate", "sue", "stop",
                        "halt"})
# (and "asked the environment ministry to stop a ski resort from pumping water")
#: of those, the ones that order a further act: "to order X to ..."
COMPELLING_TO = frozenset({"order", "force", "compel", "oblige"})


def _reported_stance(sentence: str, end: int) -> bool:
    """Whether the mention ending at ``end`` (or its head noun) is the subject of a
    passive stance verb of saying (``The Irish regulator has been criticised by ...``):
    the narrator reports someone else's stance, and takes none."""
    w, passive = _verb_after(sentence, end, past_head=True)
    return passive and w in stance_cues() and w in lexicon.reporting_verbs()


@cache
def _stance_verb_pattern() -> re.Pattern:
    """Any stance cue that is also a reporting verb, as a whole lower-case word."""
    return lexicon.word_pattern(w for w in stance_cues() if _act_verb(w))


#: how the called-for removal ends: "to step down", "to be sacked"
OUSTED = ("step down", "stand down", "step aside", "resign", "quit", "go", "sell",
          "be (?:sacked|fired|removed|"
          "dismissed|ousted|impeached|put on trial|tried|prosecuted|jailed|arrested)",
          # (or undo what it did: "called on the prefecture to withdraw it")
          "withdraw", "scrap", "reverse", "rescind", "revoke", "repeal", "abandon")
#: the removal called for, by its noun: "called for the resignation of the prime minister"
REMOVALS = ("resignation", "removal", "ouster", "dismissal", "impeachment", "sacking")
_OUSTER = rx.compile(r"(?:" + "|".join(sorted(CALL_FORMS, key=len, reverse=True)) +
                     r") (?:(?:for|on) (?:[\w’'.-]+ ){1,4}to (?:" + "|".join(OUSTED) + r")\b|"
                     r"for (?:the )?(?:immediate )?(?:" + "|".join(REMOVALS) + r") of\b)")


#: a call to set someone free: "called on the regional authorities to release Omer" (the
#: one to be freed named after its match)
_RELEASE_CALL = rx.compile(r"(?:" + "|".join(sorted(CALL_FORMS, key=len, reverse=True)) +
                           r") (?:for|on) (?:[\w’'.-]+ ){0,4}?(?:to )?(?:release|free|"
                           r"pardon)\b")


#: refusing to work with someone: "ruled out any coalition with", "refused to govern with"
_SHUN = rx.compile(r"\b(?:ruled|rules|ruling|rule)\s+out\s+(?:any\s+|a\s+)?(?:coalition|alliance|"
                   r"deal|cooperation|partnership|talks|pact)s?\s+with\b|\b(?:refused|refuses|"
                   r"refusing|refuse)\s+to\s+(?:govern|work|negotiate|deal|cooperate)\s+with\b")


def _act_verb(w: str) -> bool:
    """A stance cue that names an act of its subject: a reporting verb or an ACT_VERB."""
    return w in ACT_VERBS or w in lexicon.reporting_verbs()


def _narrated_actor(text: str, seg: Segmentation, si: int, q: Quote, a: int, b: int) -> bool:
    """A mention outside the quotation that is itself the subject of a speech or stance
    verb ("Guyana accused Venezuela ..., in what its foreign minister called \"...\""):
    an actor the narration reports, not what the quoted speaker talks about."""
    if q.start <= a < q.end:
        return False
    sent = seg.sentences[si]
    if text.endswith(("a ", "an "), sent.start, a) and \
            _NOUN_GERUND.match(text, b) is not None:
        return False  # "protested against a Constitutional Court ruling": the court's
        # ruling, a noun, no act the narration reports
    return _acts(text[sent.start:sent.end], b - sent.start)


#: a verb form in -ing read as a noun after a name: "a Constitutional Court ruling that"
_NOUN_GERUND = rx.compile(r" (?:ruling|finding|hearing|warning|briefing|meeting)\b")


_NAME = r"[A-Z][\w.\-’']*(?: [A-Z][\w.\-’']*)*"
_OWNER = r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*"
#: the role words of people who speak for someone ("Pike's attorney, Laura Chen"), and of
#: their kin
_AFFILIATES = ("attorney", "lawyer", "spokesman", "spokeswoman", "spokesperson", "aide",
               "adviser", "advisor", "agent", "campaign manager", "press secretary",
               "chief of staff", "owner", "founder", "chief executive", "coach", "manager",
               "wife", "husband", "widow", "mother", "father", "son", "daughter", "brother",
               "sister")  # (kin stand with their own: "His wife, Firuza Nazarova, said")
#: a speaker labelled by whose lawyer or spokesperson they are ("Luca Benedetti's lawyer")
_OWNER_LABEL = rx.compile(r"^([A-Z][\w’'. -]*?)['’]s (?:lawyers?|attorneys?|spokes(?:man|woman|"
                          r"person)|aides?|agent)$")
_AFFILIATE_WORD = rx.compile(r"\b(?:" + "|".join(_AFFILIATES) + r")\b")
#: around a role word: "Pike's attorney, Laura Chen" / "His lawyer, Sarah Whitfield" (owner
#: before, name after); "Laura Chen, Pike's attorney" (both before); "Laura Chen, a lawyer
#: for Pike" (name before, owner after)
_OWNER_BEFORE = rx.compile(rf"(?:\b(?P<owner>{_OWNER})(?:’s|'s|(?<=s)[’'])|"
                           r"\b(?P<pronoun>[Hh]is|[Hh]er)) (?:defen[cs]e )?$")
_NAME_AFTER = rx.compile(rf", (?:[a-z]+ ){{0,2}}(?P<name>{_NAME})")  # ", billionaire Alec"
_NAME_OWNER_BEFORE = rx.compile(rf"\b(?P<name>{_NAME}), (?P<owner>{_OWNER})(?:’s|'s) "
                                r"(?:defen[cs]e )?$")
_NAME_BEFORE = rx.compile(rf"\b(?P<name>{_NAME}), an? (?:defen[cs]e )?$")
_OWNER_AFTER = rx.compile(rf" for (?P<owner>{_OWNER})")
#: "Martha Nakiwala, one of his lawyers": one of several who serve the owner
_ONE_OF_OWNERS = rx.compile(rf"\b(?P<name>{_NAME}), one of (?:(?P<pronoun>his|her)|"
                            rf"(?P<owner>{_OWNER})(?:’s|'s)) (?:defen[cs]e )?(?:lawyers|"
                            r"attorneys|aides|advisers|advisors|spokesmen|spokespeople)\b")
#: an unnamed lawyer's speaker labels, and a named lawyer's mentions by role alone
_LAWYER_LABELS = frozenset({"lawyer", "lawyers", "attorney", "attorneys"})
_LAWYER_MENTIONS = frozenset({"lawyer", "attorney", "his lawyer", "her lawyer", "his attorney",
                              "her attorney"})
#: "A lawyer for the company, Michael Dunstan,": whom the role serves, by its kind
_FOR_THE_FIRM = rx.compile(r" for the (company|firm|operator|group|club|union|airline|bank)"
                           r"(?=, )")


def _affiliations(text: str, seg: Segmentation, registry: Registry,
                  targets: Mapping[str, Target], speakers: Mapping[str, Speaker]
                  ) -> list[tuple[str, str, int]]:
    """(speaker, target, sentence) for a speaker who speaks for a target by role: a
    lawyer, spokesperson or aide of someone stands with them (favor)."""
    out = []
    if not any(w in text for w in _AFFILIATES):
        return out  # most articles name no lawyer or aide

    def serves(who: str | None, owner: str, pos: int) -> None:
        """``who`` stands with ``owner``, a name or a pronoun ("His lawyer, Sarah
        Whitfield": the man the pronoun means), when both are the story's."""
        whom = _pronoun_subject(registry, owner.lower(), pos, speakers) \
            if owner.lower() in PRONOUNS else registry.full_name(owner, pos)
        if who and whom and who != whom and who in speakers and whom in targets:
            out.append((who, whom, seg.sentence_at(pos)))

    for label, sp in speakers.items():  # "Benedetti's lawyer said his client was innocent"
        m = _OWNER_LABEL.match(label)
        if m and sp.mentions and (whom := registry.full_name(m.group(1), sp.mentions[0][0])) \
                and whom in targets:
            out.append((label, whom, seg.sentence_at(sp.mentions[0][0])))
    for role in _AFFILIATE_WORD.finditer(text):
        before = text[max(0, role.start() - 80):role.start()]
        owner = name = None
        possessive = before.endswith(("’s ", "'s ", "s’ ", "s' ", "is ", "er ", "nse ", "nce "))
        # ("Hendricks' lawyer, Daniel Fry": a name ending in s takes a bare apostrophe)
        m = _OWNER_BEFORE.search(before) if possessive else None
        if m:
            after = _NAME_AFTER.match(text, role.end())
            owner, name = m.group("owner") or m.group("pronoun"), after and after.group("name")
        elif possessive and (m := _NAME_OWNER_BEFORE.search(before)) is not None:
            owner, name = m.group("owner"), m.group("name")
        elif before.endswith((", a ", ", an ", "nse ", "nce ")) and \
                (m := _NAME_BEFORE.search(before)) is not None:
            after = _OWNER_AFTER.match(text, role.end())
            owner, name = after and after.group("owner"), m.group("name")
        elif (before.endswith(("A ", "a ", "An ", "an ")) and
              (m := _FOR_THE_FIRM.match(text, role.end())) is not None and
              (named := _NAME_AFTER.match(text, m.end())) is not None):
            # "A lawyer for the company, Michael Dunstan, told": the firm the story calls so
            firm = next((e.name for e, _ in registry.persons_before(role.start())
                         if e.kind == "institution" and
                         org_fits(m.group(1), e.name, e.titles)), None)
            owner, name = firm, named.group("name")
        if not owner or not name:
            continue
        if owner.endswith(".") and owner.count(".") == 1:
            owner = owner[:-1]  # "a spokeswoman for Halvern Auto Parts." ends the sentence
        if name.endswith(".") and name.count(".") == 1:
            name = name[:-1]  # "a statement released by his lawyer, Francis Oduya."
        serves(registry.full_name(name, role.start()), owner, role.start())
    for label, sp in speakers.items():  # "..., his lawyer said.": a lawyer, unnamed or
        # named later ("Lawyer Mariama Sankoh said"), whose client the pronoun names
        unnamed = label in _LAWYER_LABELS
        for a, b in sp.mentions[:1] if unnamed else sp.mentions:
            if not unnamed and text[a:b].lower() not in _LAWYER_MENTIONS:
                continue
            pronoun = text[a:a + 3].lower() if text[a:a + 4].lower() in ("his ", "her ") \
                else text[max(0, a - 4):a].strip().lower()
            if pronoun in ("his", "her"):
                serves(label, pronoun, a)
                break
    for m in _ONE_OF_OWNERS.finditer(text) if "one of " in text else ():
        serves(registry.full_name(m.group("name"), m.start()),
               m.group("pronoun") or m.group("owner"), m.start())
    return out


_EMPLOYED = rx.compile(r", (?:(?:(?:a|an|the) [\w’' -]{2,60}?|(?:president|leader|head|chief|"
                       r"director|chairman|chairwoman|chair|spokesman|spokeswoman|secretary|"
                       r"secretary general|secretary-general|general secretary|treasurer|"
                       r"founder|co-founder|coordinator)) "
                       r"(?:at|of|with|for) (?:the )?|who (?:joined|works for|worked for|heads|"
                       r"leads|ran|led|headed|runs|founded|co-founded) (?:the )?)")
# (", president of the Nigeria Labour ...", ", who joined Stratavault from a rival in 2021,")
#: a descriptor of someone who no longer works for the body: "who worked at", "former"
_FORMER_HAND = rx.compile(r"\b(?:who (?:had )?worked|former|formerly|ex-)")
#: a firm that brings or fights a case: "firm leading the case", "law firm representing"
_CASE_FIRM = rx.compile(r"(?:law )?firm (?:leading|representing|handling|bringing|that "
                        r"(?:is leading|represents|brought|filed))\b")


#: a person's body right after their name, with no comma: "Moses Okello-Lagu of the"
_OF_BODY = rx.compile(r" of (?:the )?")
#: what a rejected object gave, told in its relative clause: "rejected the official results ...,
#: which gave incumbent Joseph Kamanga a second term" (the act reaches whom they favoured)
OBJECT_GRANTS = frozenset({"gave", "handed", "awarded", "granted", "declared", "named"})
#: a kind of place just before that "of": "A blacksmith in the Armenian city of Gyumri" is
#: placed in the city, not employed by it
_PLACE_KIND_END = rx.compile(r"\b(?:city|town|village|island|port|resort|oasis|district|"
                             r"province|region|county)$")
#: ... unless the one placed there holds its office: "A municipal councillor in the Mauritian
#: town of Curepipe" serves the town
_TOWN_OFFICE = rx.compile(r"\b(?:municipal|council|councillor|councilor|councilwoman|councilman|"
                          r"mayor|official|officer|clerk)\b")


#: the offices of :data:`_EMPLOYED` that lead a body: ", president of"
_HEAD_OF = rx.compile(r", (?:president|leader|head|chief|director|chairman|chairwoman|chair|"
                      r"secretary|secretary general|secretary-general|general secretary|"
                      r"treasurer|founder|co-founder|"
                      r"coordinator) of ")


#: after a name, a role named with its body: ", a CCOO representative"
_BODY_ROLE = rx.compile(r", an? ([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}) ([a-z]+)\b")
#: after a name, the body whose office the person holds: ", Ofwat's chief executive"
_OWNER_ROLE = rx.compile(r", ([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})['’]s ((?:[a-z-]+ ){0,3}[a-z-]+)")
#: titles of a company's officers, who speak for the company that employs them
CORPORATE_OFFICERS = frozenset({"chief executive", "ceo", "chief financial officer", "cfo",
                                "chairman", "chairwoman", "chief operating officer",
                                "managing director", "finance director"})
#: "the Tech Workers Coalition, which has been organizing Quantrell employees. Its
#: spokesman": a body named inside a relative clause is not what a later "Its" points to
_IN_RELATIVE = rx.compile(r"\w, (?:which|who|whose) [^.;:!?\"“”]*$")
#: an office of a body named by its bare noun, before the holder: "The dismissed gallery
#: director, "
_NOUN_OFFICER = rx.compile(r"\b[Tt]he (?:[a-z]+ )?([a-z]+) (?:director|head|chief|manager|"
                           r"curator), $")
#: an office named bare before its holder, which an earlier "the club's marketing manager"
#: placed at a body: "The marketing manager, "
_OFFICE_APPOSED = rx.compile(r"\b[Tt]he ((?:[a-z]+ )?[a-z]+), $")
#: "Its president, Rosa Jimenez", "the guild's president, Sandra Okonkwo", "A company
#: spokesman, Felix Brandt"
_ITS_ROLE = rx.compile(r"\b(?:[Ii]ts |[Tt]he (?:(?:district|municipal|county|town|city) )?"
                       r"([a-z]+)['’]s |[Aa] (company|ministry|union|club|"
                       r"government|party) (?=spokes)|([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})['’]s )"
                       r"(?:[A-Za-z-]+ ){0,3}[a-z][a-z-]*(?: in [A-Z][\w-]*)?, $")  # (and
# "WHO's representative in Malawi, "; and "the union's Kano
# chairman, ", "its co-founder, ", "A party spokeswoman, ", "The district council's chairman, ")


#: the head of a body, set off before the holder's name: "The head of the fisheries division, "
#: (group 1: the body's words)
_HEAD_OF_BODY = rx.compile(r"\b[Tt]he (?:head|director|chief|chairman|chairwoman|chair|"
                           r"president|boss|manager) of (?:the |its )?((?:[A-Za-z-]+['’]?s? ){0,3}"
                           r"[A-Za-z-]+), $")
#: a body, then its officer set off in a relative: "Verbraucherwacht, whose director, "
_WHOSE_ROLE = rx.compile(r"([A-Z][\w&-]*)['’]?, whose (?:[a-z-]+ ){0,3}[a-z-]+, $")
#: a spokesperson (or lawyer) of a body named before by its kind: "A spokesman for the
#: association, ", "A lawyer for the association, "
_SPOKES_FOR = rx.compile(r"\b[Aa]n? (?:[a-z]+ )?(?:spokesman|spokeswoman|spokesperson|lawyer|"
                         r"attorney) for the "
                         r"([a-z]+), $")
#: a spokesperson of no body named, set off before the name: "A spokeswoman, "
_BARE_SPOKES = rx.compile(r"\b[Aa] (?:spokesman|spokeswoman|spokesperson), $")
#: a firm's office set bare before its holder's name: "programme director Marián Švehla"
_BARE_OFFICE = rx.compile(r"(?:[Mm]anaging|[Pp]rogramme|[Pp]rogram|[Ee]xecutive|[Tt]echnical|"
                          r"[Aa]rtistic|[Cc]reative|[Ee]ditorial|[Nn]ews|[Ss]ales) director |"
                          r"[Cc]hief executive |[Gg]eneral manager |[Ee]ditor-in-chief ")
#: the offices a body's officer holds, named after the holder
_OFFICES = (r"(?:president|chairman|chairwoman|chair|head|leader|secretary|director|spokesman|"
            r"spokeswoman|spokesperson|chief|manager|officer|coordinator|warden)")
#: an office named after its holder: ", the union's president"
_ROLE_AFTER = rx.compile(r",? the ([a-z]+)['’]s (?:[\w-]+ ){0,2}" + _OFFICES + r"\b")
#: an office of an unnamed body set off after the name: ", general secretary of the
#: dockworkers' union" (group 1: the body's noun)
_ROLE_OF_AFTER = rx.compile(r", (?:the )?(?:[\w-]+ ){0,2}" + _OFFICES + r" of the "
                            r"(?:[\w-]+['’]? ){0,3}?([a-z]+)(?=[,.;])")
#: what a minister or secretary of state heads: "mines ministry", "Department of Transport"
_PORTFOLIO_BODY = rx.compile(r"\b(?:ministry|department|office)\b")
#: a body's label by its owner and a few lower-case words: "Lithuania's central bank"
_STATE_OWNED_LABEL = rx.compile(r"[A-Z][\w .-]*['’]s (?:[a-z-]+ ){0,2}[a-z]+$")


def _titled_by(text: str, ms: int, me: int, name: str, mentions: list[tuple[int, int, str]],
               starts: list[int], registry: Registry) -> str | None:
    """The body named at the head of the speaker's mention ``ms..me``, right before the
    lowercase title that precedes the name: ``HUB Cycling executive director Erin Callow``
    -> HUB Cycling (not a capitalised title's portfolio, "Energy Minister", nor a former
    post: "Former Harwick captain Gary Pollard" speaks against his old club)."""
    at = text.find(name, ms, me)
    if at < 0:
        return None
    for a, b, n in mentions[bisect_left(starts, ms):bisect_left(starts, at)]:
        gap = text[b:at].split()
        if n != name and gap and len(gap) <= 3 and all(w.islower() for w in gap) and \
                not any(w in text[max(0, a - 8):b].lower() for w in ("former ", "ex-")) and \
                gap[-1] in lexicon.titles() and \
                (e := registry.entities.get(n)) is not None and e.kind == "institution" and \
                n.lower() not in lexicon.places():
            return n
    return None


#: what "the ministry's ..., X" may name that is no office: a document or a place
#: people whose agent or counsel a role can be ("the family's solicitor"), no body's office
_PEOPLE_OWNERS = frozenset({"family", "families", "victim", "victims", "man", "woman", "boy",
                            "girl", "child", "children", "parents", "couple", "widow",
                            "widower", "player", "patient", "patients", "buyer", "owner"})
_NO_ROLES = DOCUMENTS | frozenset({"announcement", "contract", "database", "deal", "decision",
                                   "list", "notice", "plan", "press", "proposal", "register",
                                   "tender"})


def _its_unnamed_body(text: str, at: int, mentions: list[tuple[int, int, str]],
                      starts: list[int], registry: Registry, opening: bool = False) -> str | None:
    """The unnamed body an ``Its <role>,`` at ``at`` belongs to: the first unnamed target
    mentioned early in the sentence before (``opening``: only one the sentence opens on,
    ``The council denied the accusation. Its spokeswoman,``); else None."""
    if not text.startswith(("Its ", "Its\xa0"), at):
        return None
    if opening:
        body = _opener_before(text, at, mentions, starts)
        body = body if body is not None and body.islower() else None
    else:
        opens = _sentence_before(text, at)
        k = bisect_left(starts, opens)
        body = next((name for a, _, name in mentions[k:k + 2]
                     if a < min(at, opens + 60) and name.islower()), None)
    return body if body is not None and body not in registry.entities else None


def _sentence_before(text: str, at: int) -> int:
    """Where the sentence before the one that opens at ``at`` starts."""
    return max(text.rfind(". ", 0, at - 2), text.rfind("\n", 0, at - 1)) + 1


def _opener_before(text: str, at: int, mentions: list[tuple[int, int, str]],
                   starts: list[int]) -> str | None:
    """The target the sentence before the one that opens at ``at`` opens on (``The council
    denied the accusation.``, ``Gorica denied any wrongdoing.``), else None."""
    prev = _sentence_before(text, at)
    k = bisect_left(starts, prev)
    return mentions[k][2] if k < len(mentions) and mentions[k][0] <= prev + 4 and \
        mentions[k][0] < at else None


#: a bare office of a kind of body, before its holder's name: "Club president Nenad Šimić"
_CLUB_OFFICE = rx.compile(r"(?:Club|Company|Union|Party) (?:president|chairman|chairwoman|"
                          r"chair|director|spokesman|spokeswoman|spokesperson|secretary|"
                          r"leader|chief) ")


def _titled_by_other_body(text: str, ms: int, me: int | None) -> bool:
    """Whether the words before a name's title name a body of another kind than a firm
    (``Parents' association chairman Torben Højgaard``): an officer of that body, not of
    the company the story is about."""
    words = text[ms:me].split()[:-2] if me is not None else []
    return any(lexicon.source_nouns().get(w.lower().strip("'’")) == "institution" and
               w.lower() not in ("company", "firm", "group", "corporation")
               for w in words)


def _kinds_of(titles: set[str], role: str) -> set[str]:
    """The words titles of two words put before ``role``: "district" of "district official",
    "environment" of "environment minister"."""
    return {words[0] for words in (title.split() for title in titles)
            if len(words) == 2 and words[1] == role}


def _official_of_kind(text: str, q: Quote, mentions: list[tuple[int, int, str]],
                      registry: Registry) -> str | None:
    """The one body a person titled "<kind> official" works for, where the story names one
    body by that word right before its name (``A district official, Dinh Cong Thanh,`` of
    ``The district People's Committee said``), or the one ministry a minister titled bare
    serves; else None."""
    ent = registry.entities.get(q.speaker or "")
    if ent is None or ent.kind != "person":
        return None
    kinds = _kinds_of(ent.titles, "official")
    bodies = {name for a, _, name in mentions for kind in kinds
              if text.endswith(f" {kind} ", 0, a) and name != q.speaker and
              (body := registry.entities.get(name)) is not None and body.kind == "institution"}
    if not bodies and "minister" in ent.titles:  # "Minister Andreas Bjelland Eriksen-Moe" of
        # a story whose one ministry spoke ("The climate and environment ministry said"): his
        # (of his portfolio where his title tells it, and no other state's: not "Indonesia's
        # foreign ministry" for Singapore's environment minister)
        portfolios = _kinds_of(ent.titles, "minister")
        bodies = {name for _, _, name in mentions
                  if name != q.speaker and name.lower().endswith(" ministry") and
                  "'s" not in name and "’s" not in name and
                  (not portfolios or any(p in name.lower().split() for p in portfolios))}
    return bodies.pop() if len(bodies) == 1 else None


def _employer(text: str, q: Quote, mentions: list[tuple[int, int, str]], starts: list[int],
              registry: Registry, spoke: frozenset[str] = frozenset(),
              just_spoke: str | None = None) -> tuple[str | None, bool]:
    """The target named as where the speaker works, right after their name (``Rob Keane,
    a fund manager at Halden Asset Management``) or before it (``The union praised the
    governor. Its president, Rosa Jimenez, said``): the speaker's own side, no target of
    what they say. The flag tells that the speaker holds an office of the body (``Its
    president``), so speaks for it. ``just_spoke``: the speaker of the quote just before,
    in this sentence or the one before (``The National Bus and Rail Union said ... general
    secretary Dermot O'Leary said``: a bare office is that body's)."""
    ms, me = q.mention_start, q.mention_end
    body, _, spokes = (q.speaker or "").rpartition(" ")
    if spokes in SPOKES and (body in registry.entities or
                             (body.islower() and body in spoke)):
        return body, True  # "Chatterly spokesperson": the firm speaks through them (and an
        # unnamed body that spoke itself: "prosecutor general's office spokeswoman")
    officer = _NOUN_OFFICER.search(text, max(0, ms - 60), ms) if ms is not None else None
    if officer is not None and any(name == officer.group(1) for _, _, name in mentions):
        return officer.group(1), True  # "The dismissed gallery director, Peter Benko-Sramek,":
        # an officer of the unnamed body the story calls "the national gallery"
    bare = _OFFICE_APPOSED.search(text, max(0, ms - 40), ms) if ms is not None else None
    if bare is not None and bare.group(1).rsplit(" ", 1)[-1] in lexicon.titles():
        held = [m.start() for m in re.finditer(rf"['’]s {re.escape(bare.group(1))}\b",
                                               text[:bare.start()])]
        k = bisect_left(starts, held[-1]) if held else 0
        owner = next((name for _, b, name in mentions[max(0, k - 3):k] if b == held[-1]),
                     None) if held else None
        if owner is not None and owner != q.speaker:
            return owner, True  # "the club's marketing manager had told him ... The
            # marketing manager, Edyta Gawlas, said": the officer of the body named so
    aside = _WORKS_FOR_ASIDE.match(text, me) if me is not None else None
    if aside is not None and "," not in text[aside.end():aside.end() + 1]:
        k = bisect_left(starts, aside.end())
        if k < len(mentions) and mentions[k][0] == aside.end():
            return mentions[k][2], False  # "A violinist ..., speaking on condition of
            # anonymity because she still works for the orchestra, said": her employer
    after = _ROLE_AFTER.match(text, me) if me is not None else None
    if after is None and me is not None and (after := _ROLE_OF_AFTER.match(text, me)) and \
            lexicon.source_nouns().get(after.group(1)) != "institution":
        after = None
    if after is not None and ms is not None and \
            any(lexicon.source_nouns().get(w) == "institution" and w != after.group(1)
                for w in text[ms:me].lower().split()[:-2]):
        after = None  # "union representative Kinga X, a level designer at the studio": the
        # body her title names, not the one she works at
    if after is not None:  # "said Joseph Obeng, the union's president": the union named before
        # (and "said Domingos Cassule, general secretary of the dockworkers' union")
        noun = after.group(1)
        body = next((e.name for e, _ in registry.persons_before(ms or 0)
                     if e.kind == "institution" and e.name.lower() not in lexicon.places() and
                     (noun in e.name.lower().split() or noun in e.titles)), None)
        if body is None:  # "said Dr. Nicole Ferrante, the department's medical director": the
            # unnamed body that spoke before as "the county's public health department"
            body = next((n for n in sorted(spoke) if n.lower().endswith(" " + noun) and
                         n not in registry.entities), None)
        if body is not None:
            return body, True
    head_of = _HEAD_OF_BODY.search(text, max(0, ms - 70), ms) if ms is not None else None
    if head_of is not None:
        # "The head of the fisheries division, Yvette Ollivierre,": the body she heads, as
        # the story names it (unnamed or named)
        for _, _, name in mentions[bisect_left(starts, head_of.start(1)):
                                   bisect_left(starts, head_of.end(1))]:
            ent = registry.entities.get(name)
            if (ent is None and name.islower()) or \
                    (ent is not None and ent.kind == "institution" and
                     name.lower() not in lexicon.places()):
                return name, True
    role = _ITS_ROLE.search(text, max(0, ms - 60), ms) if ms is not None else None
    if role is not None and q.start <= role.start() < q.end:
        role = None  # the quote's own words ("... 8% of the company's output, analysts at
        # brokerage X estimated"), not a role named before the speaker
    if role is not None and role.group(0)[:-2].rsplit(" ", 1)[-1].lower() in _NO_ROLES:
        role = None  # "An online marketplace named in the ministry's statement, Tiendalia,":
        # a document, no office held
    if role is None and (ent := registry.entities.get(q.speaker or "")) is not None and \
            ent.kind == "person":
        # "Aslef's regional organiser, Kevin Doyle, rejected ... He said": where the person
        # was first named
        first = min(ent.mentions)[0]
        found = _ITS_ROLE.search(text, max(0, first - 60), first)
        role = found if found is not None and found.group(3) else None
    if role is not None and role.group(1) in _PEOPLE_OWNERS:
        role = None  # "The family's solicitor, Gráinne Keaveney,": a person's counsel, no
        # officer of the body named before
    whose = _WHOSE_ROLE.search(text, max(0, ms - 80), ms) if ms is not None else None
    if role is None and whose is not None:  # "the consumer group Verbraucherwacht, whose
        # director, Jonas Reinhardt, called": the body the relative hangs on
        named = registry.mention_ending_at(whose.end(1) + 1, slack=2)
        if named is not None and named.kind == "institution":
            return named.name, True
    if role is not None and role.group(3) and \
            role.group(0)[:-2].rsplit(" ", 1)[-1] not in lexicon.titles() and \
            _country_of(role.group(3)) is not None:
        role = None  # "The director of Ireland's national theatre, Caitríona McLaughlin,":
        # the theatre is hers, not the state
    if role is not None and role.group(3):  # "Aslef's regional organiser, Kevin Doyle,"
        named = registry.mention_ending_at(role.end(3) + 2, slack=2)
        if named is not None and named.kind == "institution":
            return named.name, True
        role = None
    if role is not None and just_spoke and just_spoke not in registry.entities and \
            (text[role.start():role.start() + 4].lower() == "its " or
             (role.group(1) and just_spoke.lower().endswith(" " + role.group(1)))) and \
            _unnamed_body(just_spoke, registry):
        return just_spoke, True  # "The region's hotel association ... said ... Its
        # president, Marta Soler,": the body that just spoke, unnamed as it is (and "The
        # Kissan Ittehad farmers' group said ... the group's chairman")
    if role is not None and role.group(1) in PLACE_KINDS:
        # "The state's commissioner of food safety, K. Sreedevi,": the unnamed body that
        # spoke as "the Telangana food safety department", the words of her office
        field = {w for w in role.group(0)[:-2].lower().split()[2:]
                 if w not in lexicon.titles() and not role_noun(w)} - {"of", "for", "and", "the"}
        body = next((n for n in sorted(spoke) if n not in registry.entities and field and
                     lexicon.source_nouns().get(n.lower().split()[-1]) == "institution" and
                     field <= set(n.lower().split())), None)
        if body is not None:
            return body, True
    if role is not None and (role.group(1) or role.group(2)) == "government":
        return None, False  # "The government's chief adviser, Farhana Haque,": the state's
        # (no party or firm named before her)
    if role is not None and role.group(1) == "opposition":
        party = next((e.name for e, _ in registry.persons_before(ms or 0)
                      if e.kind == "institution" and
                      (e.name.split()[-1] in ("Party", "Movement") or "party" in e.titles) and
                      re.search(rf"\bopposition (?:[\w'’-]+ )?{re.escape(e.name)}",
                                text) is not None),
                     None)
        return party, party is not None  # "The opposition's general secretary, Esi
        # Amponsah,": the opposition party named before, else a side of her own (not the
        # commission the story named last, nor a ruling party named before)
    spoke_body = just_spoke is not None and \
        (last := registry.entities.get(just_spoke)) is not None and \
        last.kind == "institution" and just_spoke.lower() not in lexicon.places()
    if role is None and ms is not None and spoke_body and \
            _BARE_SPOKES.search(text, max(0, ms - 20), ms):
        return just_spoke, True  # "ESO said it had put up platforms ... A spokeswoman, Rasa
        # Petrauskienė, said": the body that just spoke
    if ms is not None and spoke_body and _BARE_OFFICE.match(text, ms):
        return just_spoke, True  # "Rádio Dunaj said ... '...,' programme director Marián
        # Švehla said": an office of the body that just spoke
    if ms is not None and _CLUB_OFFICE.match(text, ms) and \
            (club := _opener_before(text, ms, mentions, starts)) is not None and \
            (ent := registry.entities.get(club)) is not None and ent.kind == "institution":
        return club, True  # "Gorica denied any wrongdoing. Club president Nenad Šimić said":
        # an officer of the club the sentence before opens on
    if role is not None and text.startswith("Its ", role.start()) and spoke_body and \
            "dateline city" not in registry.entities[just_spoke].titles:
        return just_spoke, True  # "The gallery said ... Its director, Aivars Lāce, said": the
        # body that just spoke, not the town the lede placed it in
    if role is not None and (body := _its_unnamed_body(text, role.start(), mentions, starts,
                                                       registry, opening=True)) is not None:
        return body, True  # "The council denied the accusation. Its spokeswoman, X,": the
        # unnamed body the sentence before opens on, before the dateline's town
    spokes_for = _SPOKES_FOR.search(text, max(0, ms - 60), ms) \
        if role is None and ms is not None else None  # "A spokesman for the association,
    # Martín Beltrán,": the association named before
    if spokes_for is not None and lexicon.source_nouns().get(spokes_for.group(1)) != \
            "institution" and "spokes" not in spokes_for.group(0):
        spokes_for = None  # (a lawyer speaks for a body so, but "A lawyer for the singer" for
        # a person, who is a side of his own)
    if role is not None or spokes_for is not None:
        noun = spokes_for.group(1) if spokes_for is not None else \
            role.group(1) or role.group(2)  # the body "the guild's" names, else the last
        unnamed = [n for n in sorted(spoke) if n not in registry.entities and
                   noun in re.split(r"['’]s? |\s", n.lower())] if spokes_for is not None else []
        if len(unnamed) == 1:
            return unnamed[0], True  # "According to the city's chamber of tobacco producers
            # ... A spokesman for the chamber, Octavio Rugama,": the unnamed body that spoke
        city_office = noun == "city" and role is not None and \
            not any(lexicon.source_nouns().get(w) == "institution" and w not in PORTFOLIOS
                    for w in role.group(0)[:-2].lower().split()[2:])  # "The city's culture
        # secretary", "The city's health alderman" (a portfolio; but "the city's police
        # commissioner" is an officer of the police)
        bodies = [e for e, (start, _, _) in registry.persons_before(ms)
                  if e.kind == "institution" and e.name.lower() not in lexicon.places()
                  and (noun is None or org_fits(noun, e.name) or noun in e.titles or
                       (city_office and "dateline city" in e.titles))
                  and not (noun is not None and noun not in MUNICIPALITIES and
                           noun not in ("council", "government", "administration") and
                           (("dateline city" in e.titles and not city_office) or
                            (noun != "city" and
                             not e.titles.isdisjoint(("city", "town", "village")))))
                  and not (_IN_RELATIVE.search(text, max(0, start - 120), start) and
                           "dateline city" not in e.titles)]
        # (nor the town of the dateline, or a town the story calls one, for another body's
        # office: "The band's conductor" of a town's brass band is no officer of the town,
        # "The dolphinarium's director" none of the city)
        # (the dateline's city, named outside any relative, is "The city's" whatever
        # relative names it again: "..., whose displays are the highlight of Medellín's fair";
        # but "the city's police commissioner" is an officer of the police)
        # (the body its noun names first: "The Ghana Football Association suspended ... club
        # Tema Harbour FC ... The association's president": not the club named last)
        held = [w for w in role.group(0)[:-2].lower().split()[2:]
                if lexicon.source_nouns().get(w) == "institution"] \
            if role is not None and role.group(1) in PLACE_KINDS else []
        if held:  # "The speaker of the region's assembly, X,": an office of the assembly, not
            # of whatever body the story named last (the election commission)
            bodies = [e for e in bodies if held[-1] in e.name.lower().split() or
                      held[-1] in e.titles]
        body = next((e.name for e in bodies
                     if noun in e.name.lower().split() or noun in e.titles or
                     (city_office and "dateline city" in e.titles)),
                    bodies[0].name if bodies else None)  # ("The city's parks delegate": the
        # dateline's city, not the district named last)
        if body is not None:
            return body, True
        if role is not None and role.group(1) and role.group(1) not in PLACE_KINDS:
            k = bisect_left(starts, role.start())
            body = next((name for a, _, name in reversed(mentions[max(0, k - 8):k])
                         if name.islower() and name.split()[-1] == role.group(1) and
                         name not in registry.entities), None)
            at = bisect_left(starts, role.start(1))
            if body is None and at < len(mentions) and starts[at] == role.start(1):
                body = mentions[at][2]  # "The council's transport councillor, X,": the
                # target "the council" is a mention of (Praia, whose council acts)
            if body is not None:
                return body, True  # "Nouakchott's regional council unveiled ... The council's
                # president, X,": the unnamed body the story named by that noun
        if role is not None and (body := _its_unnamed_body(text, role.start(), mentions, starts,
                                                           registry)) is not None:
            return body, True  # "The Central African Republic's river transport agency
            # introduced ... Its director, X,": the unnamed body the sentence before names
    ent = registry.entities.get(q.speaker or "")
    if ent is not None and ent.kind == "person" and ms is not None and me is not None:
        # "Board president Teresa Lindqvist": the body named by its head word before the
        # title is hers ("the Madison school board")
        heads = {w.lower() for w in text[ms:me].split()[:-2]
                 if lexicon.source_nouns().get(w.lower()) == "institution"} \
            if not _RIVAL_OF.search(text, ms, me) and \
            not _PORTFOLIO_TITLE.search(text, ms, me) else set()  # ("Rival team boss":
        # another; "Energy Minister X": a portfolio, not Huaxin Energy)
        kind = next((w.lower() for w in reversed(text[ms:me].split()[:-2])
                     if w.lower() in heads), "")
        kind = kind if kind in NAME_NOUNS else ""  # the body's own noun,
        # last before the office: "Health ministry spokesman" is no officer of a health union
        body = next((n for a, b, n in reversed(mentions)
                     if (a < ms or (a == ms and b < me)) and n != q.speaker and
                     (text[a:a + 1].isupper() or text[a:b].lower() in heads) and
                     (e := registry.entities.get(n)) is not None and e.kind == "institution"
                     and (not kind or kind in n.lower().split() or kind in e.titles or
                          text[a:b].lower().split()[-1:] == [kind])
                     and (n.lower().split()[-1] in heads or heads & e.titles or
                          text[a:b].lower() in heads or  # (its "board": "The board of X")
                          any(h in n.lower().split() and org_fits(h, n, e.titles)
                              for h in heads))),  # ("union official X" of the National
                    # Union of Journalists)
                    None) if heads else None  # ("The FNV union ... union negotiator X")
        if body is None and heads & UNION_WORDS:  # "The Polish Game Workers' Union accused
            # ... union representative X": the union the story named, no target of its own
            body = next((e.name for e, _ in registry.persons_before(ms)
                         if e.kind == "institution" and
                         e.name.lower().split()[-1] in heads & UNION_WORDS), None)
        if body is None and heads:  # "Park board chair Brennan Laidlaw": the unnamed
            # board his own title names (no registered body: "Vancouver's park board")
            body = next((n for a, b, n in mentions[bisect_left(starts, ms):
                                                   bisect_left(starts, me)]
                         if n != q.speaker and n not in registry.entities and
                         text[a:b].lower() in heads), None)
        if body is None and heads:  # "Tourism ministry spokesman Bishnu Adhikari-Thapa":
            # the unnamed body that spoke as "the tourism ministry", his title's words
            own = {w.lower() for w in text[ms:me].split()}
            body = next((n for n in [*sorted(spoke), *sorted({n for _, _, n in mentions})]
                         if n not in registry.entities and
                         n.lower().split()[-1] in heads and
                         (set(n.lower().split()) <= own or _STATE_OWNED_LABEL.match(n))),
                        None)  # (or the target it stands as: "ordered the health ministry to
            # reinstate ... Health ministry spokesman Mduduzi Hlophe"; or a body its state
            # owns by its head alone: "Lithuania's central bank ... Bank spokeswoman X")
        if body is None and heads and just_spoke and just_spoke not in registry.entities and \
                just_spoke.lower().rsplit(" ", 1)[-1] in heads and \
                _unnamed_body(just_spoke, registry):
            body = just_spoke  # "The mine's main union said ... union president Héctor
            # Carrasco told": the unnamed union that just spoke
        if body is not None:
            return body, True
    if ent is not None and ent.kind == "person" and ms is not None and me is not None and \
            (body := _titled_by(text, ms, me, ent.name, mentions, starts, registry)):
        return body, True  # "HUB Cycling executive director Erin Callow": HUB Cycling's
    if ent is not None and ent.kind == "person" and ms is not None and me is not None and \
            ent.titles and (body := _acronym_body(text, ms, me, registry)) is not None:
        return body.name, True  # "FTC Chair Lina Okonjo": the body the acronym spells
    if ent is not None and ent.kind == "person":
        # "UniCapital Chief Executive Andrea Bassi": the employer before the title
        firsts = {t.split()[0] for t in ent.titles
                  if " " in t and t.split()[0] in registry.employers}
        portfolio = any(t.endswith((" minister", " secretary")) for t in ent.titles)
        body = next((n for _, _, n in mentions if n.lower().split()[0] in firsts and
                     n != q.speaker and
                     (not portfolio or _PORTFOLIO_BODY.search(n.lower()))), None) \
            if firsts else None  # ("Mines Minister X" of the mines ministry; "Transport
        # Secretary Helen Ashworth" works for no body called Transport Focus)
        if body is not None:
            return body, True
        if just_spoke is not None and ms is not None and me is not None and \
                (last_body := registry.entities.get(just_spoke)) is not None and \
                last_body.kind == "institution" and just_spoke.lower() not in lexicon.places():
            words = text[ms:me].split()
            office = " ".join(words[:-2] if len(words) > 2 else words[:-1]).lower()
            if office in BARE_OFFICES and not _EMPLOYED.match(text, me) and \
                    not any(n.split()[0].lower() in (office + "s", office + "es")
                            for n in spoke if n != just_spoke):
                return just_spoke, True  # ("LTO Nederland said ... chairman Ger Vos said")
                # (not one of a group that spoke before: "Organisers of the race said ...
                # Its insurer, Dunsford Mutual, said ... said organiser Tom Haddow")
        for a, _, _ in ent.mentions:
            firm = _OTHER_FIRM_BEFORE.search(text, max(0, a - 50), a)
            if firm is None:
                continue
            k = bisect_right(starts, firm.start()) - 1  # the mention holding the firm's word
            while k >= 0 and starts[k] > firm.start() - 60:
                s, e, n = mentions[k]
                if s <= firm.start() < e and n != q.speaker:
                    return n, True  # "Apex Arena chief executive Marcus Webb": the firm the
                k -= 1  # story is about, named as the title's
        if ent.titles & CORPORATE_OFFICERS and ms is not None and \
                not _titled_by_other_body(text, ms, me) and \
                not (me is not None and _EMPLOYED.match(text, me)) and \
                not any(_EMPLOYED.match(text, e2) for _, e2, _ in ent.mentions) and \
                not any(_OTHER_FIRM_BEFORE.search(text, max(0, a - 50), a)
                        for a, _, _ in ent.mentions):
            # (nor "Ryanair chief executive X": a firm the story names no more, not the one
            # it is about)
            # (not "Martin Goode, the chairman of Northfield Athletic": an employer named)
            # "Chief Executive Albrecht Leitner said the company ...": in a story about one
            # company, an officer with no employer named is that company's
            counts: dict[str, int] = {}
            for a, _, n in mentions:
                if a < ms and n != q.speaker:
                    counts[n] = counts.get(n, 0) + 1
            firms = [n for n in counts if (e := registry.entities.get(n)) is not None and
                     e.kind == "institution" and org_fits("company", n) and
                     n.lower() not in lexicon.places()]
            if firms:  # the firm that has spoken, then the one named most: "Skyline Air
                # said engines made by Meridian Aero had forced it to ground ... Chief
                # Executive Conor Walsh said" is Skyline's
                # (but one that opened the sentence just before: "Rhein-Ruhr denied any
                # wrongdoing. '...,' chief executive Sabine Hoffmann said")
                last = next((n for a, _, n in reversed(mentions[:bisect_left(starts, q.start)])
                             if n in firms and q.start - a < 120 and
                             (text[max(0, a - 2):a] == ". " or text[a - 1:a] == "\n")), None)
                if last is not None:
                    return last, True
                return max(firms, key=lambda n: (n in spoke, counts[n])), True
    if ms is not None and me is not None and " at " in text[ms:me] and \
            (ent := registry.entities.get(q.speaker or "")) is not None and ent.kind == "person":
        # "A former senior executive at phone maker Lumio testified": the body in the mention
        at = text.index(" at ", ms, me)
        inside = [n for a, b, n in mentions if at < a and b <= me and n != q.speaker]
        if inside:
            return inside[-1], False
    owner = _OWNER_ROLE.match(text, me) if me is not None else None
    if owner is not None and any(w in lexicon.titles() for w in owner.group(2).split()):
        # "said David Blackwood, Ofwat's chief executive": the body whose officer speaks
        i = bisect_left(starts, owner.start(1))
        if i < len(mentions) and mentions[i][0] == owner.start(1):
            return mentions[i][2], True
    body_role = _BODY_ROLE.match(text, me) if me is not None else None
    if body_role is not None and (role_noun(body_role.group(2)) or
                                  body_role.group(2) in lexicon.titles()):
        # "said Lucía Romero, a CCOO representative": the body she represents
        i = bisect_left(starts, body_role.start(1))
        if i < len(mentions) and mentions[i][0] == body_role.start(1):
            return mentions[i][2], True
    m = _EMPLOYED.match(text, me) if me is not None else None
    if m is not None and m.group(0).startswith((", a ", ", an ", ", the ")) and \
            _FORMER_HAND.search(m.group(0)):
        m = None  # "Marc Tremblay, a senior designer who worked at the studio": a former
        # hand, free to speak against it
    if m is not None and _CASE_FIRM.match(text, m.end()):
        m = None  # "Jean-Marc Leduc, a partner at the firm leading the case": a law firm,
        # not the company the story named as a firm
    if m is None and me is not None and ms is not None and \
            (of := _OF_BODY.match(text, me) or _OF_BODY.search(text, ms, me)) is not None and \
            not (_PLACE_KIND_END.search(text, ms, of.start()) and
                 not _TOWN_OFFICE.search(text, ms, of.start())) and \
            (ent := registry.entities.get(q.speaker or "")) is not None and \
            ent.kind == "person":  # (the mention may run into the body's name)
        i = bisect_left(starts, of.end())  # "said Moses Okello-Lagu of the Uganda Patients'
        if i < len(mentions) and mentions[i][0] == of.end() and \
                not (text[mentions[i][0]:mentions[i][1]].endswith(("'s", "’s")) or
                     text.startswith(("'s", "’s"), mentions[i][1])) and \
                (body := registry.entities.get(mentions[i][2])) is not None and \
                body.kind == "institution":  # Network": where he works (not "The mayor of
            return mentions[i][2], False  # Moldova's second city": the city's, not the state)
    if m is None:
        return _official_of_kind(text, q, mentions, registry), False
    i = bisect_left(starts, m.end())
    if i < len(mentions) and mentions[i][0] == m.end():
        return mentions[i][2], _HEAD_OF.match(m.group(0)) is not None  # (", secretary of
        # the Blantyre Vendors Association,": an officer, who speaks for it)
    if _HEAD_OF.match(m.group(0)):  # ", president of Swiss Snowsports Teachers, which
        # represents 9,000 instructors,": a body named only there, whose officer speaks
        body = next((e.name for e in registry.entities.values() if e.kind == "institution" and
                     any(a == m.end() for a, _, _ in e.mentions)), None)
        if body is not None:
            return body, True
        if i < len(mentions) and _DESCRIBED_HEAD.fullmatch(text, m.end(), mentions[i][0]) and \
                mentions[i][2] not in registry.entities:
            return mentions[i][2], True  # ", head of the dockers' union": the unnamed union
            # the story speaks of, whose head speaks for it
    return None, False


#: lower-case words before an unnamed body's head noun: "dockers' " of "the dockers' union"
_DESCRIBED_HEAD = rx.compile(r"(?:[a-z-]+(?:['’]s?)? ){1,2}")


#: offices named with no body ("general secretary Dermot O'Leary"): held in the body that
#: spoke just before
BARE_OFFICES = frozenset({"general secretary", "secretary general", "secretary-general",
                          "president", "chairman", "chairwoman", "chair", "chairperson",
                          "executive director", "director", "spokesman", "spokeswoman",
                          "spokesperson", "leader", "head", "chief executive",
                          "campaigner", "organiser", "organizer", "negotiator"})


#: titles of members of a body named by the body's own word: a commissioner sits on the
#: Commission, a councillor on the council, a senator in the Senate
TITLE_BODIES = {"commissioner": "commission", "councillor": "council", "councilor": "council",
                "councilmember": "council", "senator": "senate"}


#: a member who stood against their body's decision ("Councilor Bryce Halvorsen, who voted
#: no", "The lone dissenting commissioner"): their reactions may be aimed at it
_DISSENT = rx.compile(r"\b(?:who voted (?:no|against)|dissent(?:ing|ed)|lone holdout)\b")


#: a minister named after the place whose minister they are: "Delhi's environment minister, "
_OWNED_MINISTER = rx.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s (?:[a-z-]+ ){0,3}"
                             r"minister, $")


#: a minister's title that names a level below the state: "Provincial economy minister"
_SUBNATIONAL_MINISTER = rx.compile(r"\b(?:[Pp]rovincial|[Rr]egional|[Mm]unicipal) (?:[a-z]+ ){0,3}"
                                   r"minister,? $")


def _local_minister(speaker: str, registry: Registry) -> bool:
    """A minister first named as a city's or a region's (``Delhi's environment minister,
    Kavita Rawal,``): the national government is no government of theirs."""
    ent = registry.entities.get(speaker)
    if ent is None or ent.kind != "person" or not ent.mentions:
        return False
    first = min(ent.mentions)[0]
    owner = _OWNED_MINISTER.search(registry.text, max(0, first - 60), first)
    if _SUBNATIONAL_MINISTER.search(registry.text, max(0, first - 50), first):
        return True  # "Provincial economy minister Noemí Zerpa": a province's, not the state's
    return owner is not None and _country_of(owner.group(1)) is None


#: what precedes "secretary" in titles that hold no government portfolio ("general
#: secretary" of a union, "press secretary"); any other ("Education Secretary", "State
#: Environment Secretary") heads a department of state
NOT_PORTFOLIOS = frozenset({"general", "press", "party", "executive", "union", "company",
                            "club", "federation", "association", "deputy", "assistant"})


def _leader(speaker: str, registry: Registry) -> bool:
    """A head of state or government (``President Gustavo Arenas``): the government is his
    (not an opposition leader's)."""
    ent = registry.entities.get(speaker)
    return ent is not None and ent.kind == "person" and \
        bool(ent.titles & {"president", "prime minister", "premier", "chancellor"})


def _site_reporter(speaker: str, speakers: Mapping[str, Speaker]) -> bool:
    """Whether ``speaker`` is a body reporting on a site ("the coast guard said"), rather
    than people living with it (a minister may still charge its operator in words)."""
    who = speakers.get(speaker)
    return who is not None and who.kind == "institution"


#: a title held no longer, before the name: "former Prime Minister Mirtha Chirinos"
_FORMER_TITLE = rx.compile(r"\b[Ff]ormer (?:[A-Z][\w-]* ){1,3}[A-Z][\w-]*$")


def _state_leader_named(state: str, speaker: str, registry: Registry) -> bool:
    """Someone else the story names is the state's leader by its name (``South African
    President Kagiso Sebego``), so a minister it names with no country (``Foreign Minister
    Lucinda Qwabe``) serves the same government; a former leader does not count."""
    return any(name != speaker and e.kind == "person" and e.leader and state in e.nations and
               not any(_FORMER_TITLE.search(registry.text, max(0, a - 40), b)
                       for a, b, _ in e.mentions)
               for name, e in registry.entities.items())  # (not "former Prime Minister
    # Mirtha Chirinos": no leader now, whom a minister would serve)


#: the title of one who speaks for the government as a whole, just before the name
_STATE_VOICE = rx.compile(r"\b(?:[Gg]overnment|[Jj]unta|[Cc]abinet|[Pp]residential|[Cc]hancellery) "
                          r"spokes(?:man|woman|person) ")
#: the same voice named after the office it speaks for: "A spokesman for the chancellery,
#: Benedikt Leutgeb,"
_VOICE_FOR_STATE = rx.compile(r"\bspokes(?:man|woman|person) for the (?:government|chancellery|"
                              r"presidency|cabinet|junta|prime minister|president)"
                              r"(?:['’]s office)?, $")
#: a word before a title that names whose office it is, a place or a level below the state:
#: "Taliban government spokesman", "Western Australia Premier", "provincial government"
_OWNER_WORD = (r"(?:[A-Z][\w.'’-]*|provincial|regional|state|territorial|city|county|"
               r"municipal|local)")
#: whose government a spokesman's is, named before the title: "Iran's government spokeswoman"
_OWNER_BEFORE_VOICE = rx.compile(_OWNER_WORD + r" $")
#: a place named before a premier's title: "Western Australia Premier", "Flemish regional
#: premier"
_PLACE_BEFORE_PREMIER = rx.compile(_OWNER_WORD + r" [Pp]remier $")


def _national_premier(speaker: str, registry: Registry) -> bool:
    """A premier named with no place before the title (``Premier Tseng Po-jen``) heads the
    government of the state the story is datelined in; ``Western Australia Premier Mark
    Ellison`` heads a region's."""
    at = registry.text.find(" " + speaker.split()[0])
    while at >= 0:
        if registry.text.endswith(("Premier", "premier"), 0, at):
            return _PLACE_BEFORE_PREMIER.search(registry.text, max(0, at - 40), at + 1) is None
        at = registry.text.find(" " + speaker.split()[0], at + 1)
    return False


#: where each person speaker is first named, per registry: a long story asks of the same
#: speakers once per quote, and a person's mentions there run to hundreds
_FIRST_NAMED: WeakKeyDictionary[Registry, dict[str, tuple[int, int] | None]] = \
    WeakKeyDictionary()


def _first_named(speaker: str, registry: Registry) -> tuple[int, int] | None:
    """(start, end) of the mention that first names ``speaker``, a person (it holds any
    title before the name: "Presidential spokesman Askar Bekturov"); None for anyone else."""
    known = _FIRST_NAMED.setdefault(registry, {})
    if speaker not in known:
        ent = registry.entities.get(speaker)
        known[speaker] = min(ent.mentions)[:2] \
            if ent is not None and ent.kind == "person" and ent.mentions else None
    return known[speaker]


def _state_voice(speaker: str, registry: Registry) -> bool:
    """Whether the story titles ``speaker`` as the voice of a whole government
    ("Government spokeswoman Mahnaz Ebrahimi", "junta spokesman Kyaw Soe Lwin",
    "Presidential spokesman Askar Bekturov", "A spokesman for the chancellery, Benedikt
    Leutgeb,"): the state the story is datelined in, whatever other countries it names."""
    if (first := _first_named(speaker, registry)) is None:
        return False
    at = first[0]
    if _VOICE_FOR_STATE.search(registry.text, max(0, at - 60), at) is not None:
        return True
    if not any(t.startswith("spokes") for t in registry.entities[speaker].titles):
        return False
    lo = max(0, at - 32)
    m = re.search(_STATE_VOICE.pattern + re.escape(speaker.split()[0]),
                  registry.text[lo:at + len(speaker) + 32])
    return m is not None and _OWNER_BEFORE_VOICE.search(registry.text, max(0, lo + m.start() - 30),
                                                        lo + m.start()) is None


#: a lede that opens with a state as the doer of its act: "Paraguay summoned Argentina's
#: ambassador" (not "Paraguay's ...", a body of it)
_STATE_LEDE_VERB = rx.compile(r" (?:on [A-Z][a-z]+day )?[a-z]+\b")


def _lede_state_minister(state: str, speaker: str, text: str, opening: int | None,
                         registry: Registry) -> bool:
    """Whether ``speaker``, a minister titled with no country ("Foreign Minister Ramiro
    Cabañas said") or a ministry named so ("the interior ministry said"), serves
    ``state``, the dateline's country, because the lede opens with that state doing what
    the story is about ("ASUNCION - Paraguay summoned Argentina's ambassador"): the other
    side's officials are named with their country ("Argentina's transport secretary, Tomás
    Lavalle")."""
    if opening is None or not text.startswith(state, opening) or \
            _STATE_LEDE_VERB.match(text, opening + len(state)) is None:
        return False
    ent = registry.entities.get(speaker)
    if (first := _first_named(speaker, registry)) is not None:
        at, end = first  # (the mention holds the title)
    elif ent is None and speaker.islower() and \
            (at := text.find("the " + speaker, opening)) >= 0:
        end = at + 4 + len(speaker)  # "the interior ministry said": no country named
    else:
        return False
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind(", ", 0, at))
    titled = [w for w in re.findall(r"[A-Z][\w-]*", text[start + 1:end])
              if w not in speaker.split()]
    return (bool(titled) or ent is None) and \
        not any(_country_of(w) is not None or w.lower() in lexicon.demonyms() for w in titled)


#: a lawmaker of the ruling side, described after the name ("Radmila Radonjic, a lawmaker
#: from the ruling coalition,") or titled before it ("ruling party lawmaker Ana Ruiz")
_RULING_AFTER = rx.compile(r",? (?:a|an|the) (?:senior |leading )?(?:lawmaker|legislator|deputy|"
                           r"senator|MP|parliamentarian|member of parliament) (?:from|of|for) "
                           r"the (?:country['’]s )?ruling\b")
_RULING_BEFORE = rx.compile(r"\bruling (?:[\w-]+ ){0,2}(?:lawmaker|legislator|deputy|senator|MP|"
                            r"parliamentarian) $")


def _ruling_member(speaker: str, registry: Registry) -> bool:
    """Whether the story introduces ``speaker`` as a lawmaker of the ruling party or
    coalition, whose country, the dateline's, is their own side's government ("nobody in
    Montenegro was above the law" is no word against Montenegro)."""
    if (first := _first_named(speaker, registry)) is None:
        return False
    at, end = first
    text = registry.text
    return _RULING_AFTER.match(text, end) is not None or \
        _RULING_BEFORE.search(text, max(0, at - 40), at) is not None


def _state_official(speaker: str, registry: Registry) -> bool:
    """A minister or an unnamed ministry (``Mines Minister Bouna Sylla``, ``mines
    ministry``): of the state the story is datelined in, when no country is named."""
    ent = registry.entities.get(speaker)
    if ent is not None and ent.kind == "person":
        # (Kenya's ministers are "Cabinet Secretaries": "Treasury Cabinet Secretary X")
        if _state_voice(speaker, registry):
            return True
        return any(t == "minister" or (t == "premier" and _national_premier(speaker, registry)) or
                   t.endswith((" minister", "cabinet secretary")) or
                   (t.endswith(" secretary") and not set(t.split()) & NOT_PORTFOLIOS) or
                   "ministry" in t.split() for t in ent.titles)  # ("foreign ministry
        # spokeswoman Pham Thu Hang")
    low = speaker.lower()
    return low.endswith((" ministry", " cabinet")) or \
        low in ("treasury", "the treasury", "presidency", "the presidency",
                "president's office", "prime minister's office") or \
        low.startswith("ministry of ") or \
        (len(words := low.split()) == 2 and words[1] == "department" and
         words[0] in STATE_PORTFOLIOS)  # ("the environment department said": the state's)


#: what a state's department is for, when the story calls it by that alone ("the environment
#: department"; not "the fire department", a city's, nor "the transport department", a
#: city's or a state's): a minister's portfolios, and a few more
STATE_PORTFOLIOS = (PORTFOLIOS - {"transport", "housing", "home", "state", "business",
                                  "culture", "treasury", "commerce"}) | \
    {"tourism", "fisheries", "immigration"}


def _unnamed_body(label: str, registry: Registry) -> bool:
    """Whether a speaker label names a body by its noun (``region's hotel association``),
    and not a part of a body the story names (``federation's disciplinary committee`` of
    the Croatian Football Federation)."""
    head = label.split(" of ", 1)[0].rsplit(" ", 1)[-1].lower()  # ("local association of
    # private landlords": an association)
    if head not in ORG_NOUNS and lexicon.source_nouns().get(head) != "institution":
        return False
    owner = re.split("['’]", label, maxsplit=1)
    if len(owner) == 1:
        return True
    poss = owner[0].lower()
    return lexicon.source_nouns().get(poss) != "institution" or not any(
        poss in e.name.lower().split() or poss in e.titles
        for e in registry.entities.values() if e.kind == "institution")


def _part_owner(label: str, found: Mapping[str, Target]) -> str | None:
    """The target an unnamed part of a body belongs to, by the body noun that owns it
    (``association's disciplinary committee``: the football association the story names);
    else None."""
    owner, sep, _ = label.replace("’", "'").partition("'s ")
    if not sep or " " in owner or lexicon.source_nouns().get(owner) != "institution":
        return None
    return next((n for n, t in found.items() if t.kind == "institution" and
                 owner in n.lower().split()), None)


def _portfolio_commissioner(speaker: str, registry: Registry, mention: str) -> bool:
    """A commissioner for a portfolio, by a title or by the words that named them
    (``its environment commissioner said``): a region's minister where its states call
    them so (Nigeria's), the region's own side."""
    ent = registry.entities.get(speaker)
    return ent is not None and ent.kind == "person" and \
        any(len(w := t.split()) == 2 and w[1] == "commissioner" and w[0] in STATE_PORTFOLIOS
            for t in [*ent.titles, mention.lower().removeprefix("its ")])


def _region_leader(speaker: str, registry: Registry) -> bool:
    """A governor or premier (``Gov. Patricia Okafor``): a region's head, whose region is
    their own side."""
    ent = registry.entities.get(speaker)
    return ent is not None and ent.kind == "person" and \
        bool(ent.titles & {"governor", "gov", "gov.", "premier"})


def _dissents(text: str, speaker: str, registry: Registry) -> bool:
    """Whether the story says, next to one of the speaker's names, that they stood against
    their body (:data:`_DISSENT`)."""
    ent = registry.entities.get(speaker)
    return ent is not None and any(_DISSENT.search(text, max(0, a - 30), b + 30)
                                   for a, b, _ in ent.mentions)


def _member_body(speaker: str, mentions: list[tuple[int, int, str]], registry: Registry
                 ) -> str | None:
    """The body a speaker sits on by their title (``Competition Commissioner Elena
    Marchetti``: the European Commission). A member may dissent from their body, so it
    stays a target of what they say; only a reaction that names no one is not aimed at it."""
    ent = registry.entities.get(speaker)
    if ent is None or ent.kind != "person":
        return None
    words = {TITLE_BODIES[t.split()[-1]] for t in ent.titles if t.split()[-1] in TITLE_BODIES}
    return next((n for _, _, n in mentions if n != speaker and
                 (e := registry.entities.get(n)) is not None and e.kind == "institution"
                 and words & set(n.lower().split())), None) if words else None


#: "overriding objections from some parents who said ...": a group named as objecting
_OBJECTION = rx.compile(r"\b(?:objections?|opposition|criticism|protests?|complaints?|outcry|"
                        r"backlash) (?:from|by|among) (?:[A-Za-z-]+ ){0,2}[a-z]+ $")  # (and
# "rejecting objections from Sami herders who say")


def _objectors(text: str, seg: Segmentation, quotes: list[Quote],
               mentions: list[tuple[int, int, str]], starts: list[int]
               ) -> list[tuple[str, str, int]]:
    """(speaker, target, sentence) for speakers the narrator names as objecting to what
    the sentence's first-named actor did (``The board voted ..., overriding objections
    from some parents who said ...``): against that actor."""
    out = []
    for q in quotes:
        ms = q.mention_start
        if not q.speaker or ms is None or text[ms:q.mention_end].lower() != "who":
            continue
        m = _OBJECTION.search(text, max(0, ms - 80), ms)
        if m is None:
            continue
        si = seg.sentence_at(ms)
        lo = seg.sentences[si].start
        i = bisect_left(starts, lo)
        if i + 1 < len(mentions) and text.endswith(("'s", "’s"), 0, mentions[i][1]) and \
                mentions[i + 1][0] == mentions[i][1] + 1 and mentions[i + 1][2] != q.speaker:
            i += 1  # "Norway's energy regulator approved ..., rejecting objections from Sami
            # herders who say": the body, not the country that owns it
        if i < len(mentions) and mentions[i][0] < m.start() and mentions[i][2] != q.speaker:
            out.append((q.speaker, mentions[i][2], si))
    return out


#: the acts one may seek of a maker: "pushed for the ban", "lobbied for the duty"
_SOUGHT_NOUNS = (r"(?:ban|shutdown|closure|rules?|limits?|cap|law|levy|tax|tariffs|duty|duties|"
                 r"quota|curbs|measure|change)")
#: a speaker set off as having sought the act: "WWF Romania, which has pushed for the ban,"
_SOUGHT_ACT = rx.compile(r", (?:which|who) (?:had |has |have )?(?:long )?(?:requested|sought|"
                         r"pushed for|campaigned for|lobbied for|called for|asked for) "
                         r"(?:the|a) (?:[a-z-]+ )?" + _SOUGHT_NOUNS + r"(?:,| and\b)")
#: a sentence's subject told as having sought the act: "Pan Trinbago, the body that runs the
#: movement, had lobbied for the duty for three years"
_LOBBIED = rx.compile(r"\b(?:had |has |have )?(?:long )?(?:lobbied|campaigned|pushed) for the "
                      r"(?:[a-z-]+ )?" + _SOUGHT_NOUNS + r"\b")


def _backers(text: str, seg: Segmentation, quotes: list[Quote], lede: str | None,
             registry: Registry) -> list[tuple[str, str, int]]:
    """(backer, doer, sentence) for speakers set off as having sought the act the lede's
    doer made (``WWF Romania, which has pushed for the ban, said``), and for a sentence's
    named subject the narrator says sought it (``Pan Trinbago ... had lobbied for the
    duty``): for that doer."""
    out: list[tuple[str, str, int]] = []
    if lede is None:
        return out
    for q in quotes:
        if not q.speaker or q.speaker == lede or q.mention_end is None or \
                _SOUGHT_ACT.match(text, q.mention_end) is None:
            continue
        out.append((q.speaker, lede, seg.sentence_at(q.mention_end)))
    if "for the " not in text:
        return out
    for m in _LOBBIED.finditer(text):
        si = seg.sentence_at(m.start())
        sent = seg.sentences[si]
        body = next((e for e in registry.entities.values()
                     if any(a == sent.start for a, _, _ in e.mentions)), None)
        if body is not None and body.kind == "institution" and body.name != lede and \
                not any(q.start <= m.start() < q.end for q in quotes):
            out.append((body.name, lede, si))  # (the narrator's own telling, no quote: a
            # body that need not speak itself)
    return out


#: "The cuts drew sharp criticism from the Tech Workers Coalition": a body named as reacting
_DRAWN_ANCHORS = ("drew ", "draws ", "drawn ", "drawing ", "sparked ", "sparking ", "met with ",
                  "prompted ", "prompting ", "triggered ", "triggering ")
_DRAWN = rx.compile(r"\b(?:" + "|".join(a.strip() for a in _DRAWN_ANCHORS) + r") (?:sharp |"
                    r"strong |fierce |swift |immediate |widespread |harsh |warm |broad )?"
                    r"(?:(criticism|condemnation|anger|outrage|protests?|opposition)|"
                    r"(praise|support)) (?:from|by) (?:the )?")


def _drawn_reactions(text: str, seg: Segmentation, registry: Registry,
                     mentions: list[tuple[int, int, str]], starts: list[int],
                     referent: Callable[[str, int, str], str | None]
                     ) -> list[tuple[str, str, float, int]]:
    """(body, target, value, sentence) for a body the narrator names as reacting to an act
    (``The cuts drew sharp criticism from the Tech Workers Coalition``): the act is the
    target named before the verb in its sentence, else the story's principal actor's."""
    out: list[tuple[str, str, float, int]] = []
    if not any(w in text for w in _DRAWN_ANCHORS):
        return out  # (most stories have none: a plain substring test is far cheaper)
    for m in _DRAWN.finditer(text):
        body = next((e.name for e in registry.entities.values() if e.kind != "person" and
                     any(mn[0] == m.end() for mn in e.mentions)), None)
        if body is None:  # "condemnation from lawmakers of both parties": a group
            t = Tokens.of(text, m.end(), min(len(text), m.end() + 40))
            body = _group_label(t, 0, 1) if len(t) and t.is_word(0) else None
        if body is None:
            continue
        si = seg.sentence_at(m.start())
        i = bisect_left(starts, seg.sentences[si].start)
        named = mentions[i][2] if i < len(mentions) and mentions[i][0] < m.start() else None
        target = named if named is not None and named != body else referent("act", m.start(),
                                                                            body)
        if target is not None and target != body:
            out.append((body, target, -1.0 if m.group(1) else 1.0, si))
    return out


#: reporting verbs that foretell a harm: an act someone "warned" of is one they oppose
WARNING_CUES = frozenset({"warned", "warn", "warns", "warning", "feared", "fear", "fears"})
#: an act that sums up the clause before it, then who characterised it: ", a ruling the
#: player called", ", a decision that the union described as"
_SUMMED_ACT = rx.compile(r", (?:in )?(?:a|an|the) (?:[a-z]+ )?(?:ruling|decision|move|ban|verdict|"
                         r"sentence|step|measure|order|penalty|punishment|suspension|fine|rule|"
                         r"law|policy|plan|tax|levy|fee|cap|limit|quota|change|cut|rise|"
                         r"increase|reform|closure)"
                         r"(?: that| which)? $")


#: a clause that tells the act a summing phrase then names: "after the road agency began
#: fining lorries, a move ..."
_ACT_CLAUSE_OPENS = rx.compile(r"\b(?:after|when|because|since) ")


def _summed_acts(text: str, seg: Segmentation, quotes: list[Quote],
                 mentions: list[tuple[int, int, str]], starts: list[int]
                 ) -> list[tuple[str, str, float, int]]:
    """(speaker, target, value, sentence) for a characterisation of an act that sums up the
    clause before it (``The union banned Arturs Kalnins for two years, a ruling the player
    called "a witch hunt."``): aimed at the clause's subject, the sentence's first target,
    by the quoted words' stance cues, else their clear valence."""
    out: list[tuple[str, str, float, int]] = []
    for q in quotes:
        ms = q.mention_start
        if not q.speaker or q.kind not in ("partial", "indirect") or ms is None or \
                _SUMMED_ACT.search(text, max(0, ms - 50), ms) is None:  # (and ", a move the
            # European Commission said could breach EU rules")
            continue
        si = seg.sentence_at(ms)
        i = bisect_left(starts, seg.sentences[si].start)
        if i >= len(mentions) or mentions[i][0] >= ms:
            continue
        summed = _SUMMED_ACT.search(text, max(0, ms - 50), ms)
        after = max((m.end() for m in _ACT_CLAUSE_OPENS.finditer(
            text, seg.sentences[si].start, summed.start())), default=None)
        k = bisect_left(starts, after) if after is not None else len(mentions)
        if k < len(mentions) and mentions[k][0] < min(after + 25, summed.start()):
            i = k  # "Truck drivers queued ... after the road agency began fining lorries, a
            # move transporters say has choked the route": the act's own doer
        subject = _possessor_body(text, mentions[i], quotes, mentions)
        if subject == q.speaker:
            continue
        words = re.findall(r"\w+", text[q.start:q.end].lower())
        cues = stance_cues()
        directions = {cues[w] for w in words if w in cues}
        if len(directions) == 1:
            value = directions.pop()
        elif (q.cue or "").lower() in WARNING_CUES or _OBJECTING.search(text, q.start, q.end):
            value = -1.0  # "in a move owners warned could close about a third of them": a
            # harm foretold
        else:
            c = valence.scores(text[q.start:q.end])[0]
            if abs(c) < REACTION_VALENCE:
                continue
            value = 1.0 if c > 0 else -1.0
        out.append((q.speaker, subject, value, si))
    return out


def _attribution_tail(text: str, q: Quote, a: int) -> bool:
    """A mention in an aside after the quote and its speaker (``..." said Ngozi Adeyemi, the
    group's Nigeria director``; ``..., its water minister said on Monday, a move likely to
    deepen a dispute with Egypt``): it describes the speaker or is the narrator's, not what
    the speaker talks about (an addressee, ``Delgado told Whitman``, is)."""
    return q.mention_end is not None and a >= q.end and \
        a >= q.mention_end and "," in text[q.mention_end:a] and \
        not (q.mention_end <= q.start and
             (act := _SECOND_ACT.match(text, q.end, a)) is not None and
             (not act.group(0).endswith("asked") or
              _ASKED_TO.match(text, act.end()) is not None)) and \
        not (text.find(", in protest ", q.mention_end, a) >= 0 and
             _IN_PROTEST.search(text, q.mention_end, a))  # (but "..., their association
    # said, in protest at a government plan": the speaker's protest)


_IN_PROTEST = rx.compile(r", in protest (?:at|against|over) ")
#: whom a second act asks, and to do what: " the postal service, Correio Nacional, to
#: destroy" (not " the fisheries ministry for emergency loans": a plea)
_ASKED_TO = rx.compile(r" (?:the |an? )?(?:[\w'’-]+ ){0,3}?[\w'’-]+(?:, [^,.;]{1,40},)? to [a-z]")
#: the subject's next act after its reported clause: "Fishers said that ..., and demanded
#: compensation from the port operator"
_SECOND_ACT = rx.compile(r"[\"”]?,? and (?:demanded|accused|blamed|criticised|criticized|"
                         r"condemned|called on|urged|asked|praised|thanked|welcomed|sued)\b")
# (and past the close of a few words quoted: 'said the omission was "an insult to 380
# people" and asked the postal service')


_PLACE_BEFORE = rx.compile(r"\b(?:outside|at|in|near|from|inside)\s+(?:the\s+)?$")


def _attribution_place(text: str, q: Quote, a: int) -> bool:
    """A mention in the attribution's place (``told a rally outside the board's
    headquarters that ...``, ``," he told supporters in Ankara``): where the speaker
    spoke, not whom they spoke of."""
    before = q.cue_end is not None and q.cue_end <= a < q.start
    after = q.mention_end is not None and a >= q.end and a >= q.mention_end  # '," he told
    return (before or after) and \
        _PLACE_BEFORE.search(text, max(0, a - 20), a) is not None  # supporters in Ankara


#: from a mention to the speaker's name: "His coach, ", "Kalnins's lawyer, "
_OWNER_OF_ROLE = rx.compile(r"[\w-]+(?:['’]s?)? (?:[a-z-]+['’]? ){0,2}[a-z-]+(?: [A-Z][\w-]*)?, $")
# (and "The club's largest supporters' group, Nordkurve 1907,": the club's fans; "The head of
# Spain's state weather agency AEMET, Lucía Montalbán-Ruiz,": the agency by its name)


def _role_owner(text: str, q: Quote, a: int) -> bool:
    """A mention that owns the speaker's role (``His coach, Ilze Berzina, said``): whose
    coach or lawyer the speaker is (:func:`_affiliations`), not whom the words are about."""
    ms = q.mention_start
    return ms is not None and a < ms and ms - a <= 40 and \
        _OWNER_OF_ROLE.match(text, a, ms) is not None and \
        (text[a:a + 4].lower() in ("his ", "her ") or text[a:ms].split(" ", 1)[0].endswith(
            ("'s", "’s", "s'", "s’")) or
         text[max(0, a - 6):a].lower().endswith(("its ", "their ")))  # ("Its Alberta
    # director, Marc Thibodeau, said": the body's director for Alberta)


#: how close (characters) a subject of untold gender must be to a pronoun to be its person
_JUST_BEFORE = 250


def _pronoun_subject(registry: Registry, pronoun: str, pos: int,
                     speakers: Mapping[str, Speaker] | None = None,
                     not_: str | None = None) -> str | None:
    """Who "He accused Guyana ..." names: the person last mentioned before ``pos`` whose
    gender fits (he / she), or the institution last mentioned (it / they). ``not_``: the
    clause's own subject, whom its object pronoun cannot mean ("Recean-Moraru thanked him":
    another man)."""
    want = PRONOUNS.get(pronoun)
    unknown = None  # a person of unknown gender, only if none of the right one comes first
    first = True  # the first person looked at: the one mentioned last
    for e, (_, end, subject) in registry.persons_before(pos):
        if e.name == not_:
            continue
        # the gender the resolved speakers carry where the names alone did not tell
        gender = e.gender if e.gender != "unknown" or not speakers or e.name not in speakers \
            else speakers[e.name].gender
        if want and e.kind == "person" and gender == want:
            return e.name
        if want and first and e.kind == "person" and gender == "unknown" and subject and \
                " " in e.name and pos - end < _JUST_BEFORE:
            return e.name  # "Energy Minister Sergiu Dabija said ... He accused Moscow": the
            # subject just before, whose gender the story never told, not a man named earlier
        first = first and not (e.kind == "person" and " " in e.name)  # (a one-word
        # "person" is most often a place or people read as a name: "Transnistria's authorities")
        if want and e.kind == "person" and gender == "unknown" and unknown is None and \
                " " in e.name:
            unknown = e.name
        if not want and e.kind == "institution":
            return e.name
    return unknown
#: verbs of saying that open a second reported clause after "and"
SAID_FORMS = frozenset({"said", "says", "added", "told"})
#: verbs of asking that open a second act after "and", addressed to whoever follows:
#: "supported the sellers and asked the municipality to phase in the rise"
ASKING_FORMS = frozenset({"asked", "asks"})
#: verbs that deny what someone said: "denied the accusation", "disputed the claims"
DENYING = frozenset({"denied", "denies", "deny", "denying", "disputed", "disputes", "dispute",
                     "contested", "contests"})
# (and "a charge Belgrade dismissed as 'pure invention'")
#: a reported claim summed up, then denied by whom the story names: "Drivers said only one
#: of the two scales was working, a claim the agency rejected"
_REPORTED_CLAIM_DENIED = rx.compile(r"[,\"”]*, an? (?:claim|charge|allegation|accusation) "
                                    r"(?:that )?([^,.;\"“”]{1,40}?)\b(?:" +
                                    "|".join(sorted(DENYING)) +
                                    r"|rejected|rejects|dismissed|dismisses)\b")


def _claims_denied(text: str, seg: Segmentation, quotes: list[Quote],
                   mentions: list[tuple[int, int, str]], starts: list[int]
                   ) -> list[tuple[str, str, int]]:
    """(speaker, denier, sentence) for a speaker's words the story sums up as a claim that
    someone denied (``Drivers said only one of the two scales was working, a claim the
    agency rejected``): the claim's maker is at odds with the one who denies it, as the
    denier is with the maker."""
    out = []
    for q in quotes:
        if not q.speaker or q.speaker == NARRATOR or q.kind == "partial":
            continue
        m = _REPORTED_CLAIM_DENIED.match(text, q.end)
        if m is None:
            continue
        i = bisect_left(starts, m.start(1))
        if i < len(mentions) and mentions[i][0] < m.end(1) and mentions[i][2] != q.speaker:
            out.append((q.speaker, mentions[i][2], seg.sentence_at(q.start)))
            if any(d.speaker == mentions[i][2] for d in quotes):
                out.append((mentions[i][2], q.speaker, seg.sentence_at(q.start)))  # (and
                # the denier, who speaks in the story, with the maker)
    return out


#: a reported doubt of what was said before: "Several farmers said they doubted the
#: pasteuriser was broken"
_DOUBTED = rx.compile(r"(?:they|he|she|we|it) (?:doubted|doubt|doubts|questioned|question) "
                      r"(?:that |whether )?|(?:they|we) (?:have|had) heard (?:that|it) "
                      r"(?:all )?before")
# (and "Riders say they have heard that before": a promise doubted, whatever its words)
#: a quote that opens by calling the last speaker's word an old one: '"He has said that since
#: July," said X', "they had been promising that for years"
_SAID_BEFORE = rx.compile(r"([Hh]e|[Ss]he|[Tt]hey) (?:has|have|had) (?:been )?"
                          r"(?:said|saying|promised|promising) (?:that|this|it|so) "
                          r"(?:since|for|before|every|many|again|all)\b")


def _whose_word(speaker: str, found: Mapping[str, Target],
                employers: Mapping[str, str | None]) -> str:
    """The target whose word a speaker's quote gives: the body they speak for (their
    employer; for an anonymous "<body> official", the one such body the story names, as "A
    ministry official told Reuters" is the commerce ministry's), else the speaker."""
    owner = employers.get(speaker) or speaker
    words = speaker.lower().split()
    if owner not in found and len(words) == 2 and words[1] in ("official", "officials"):
        bodies = [n for n, tg in found.items() if tg.kind == "institution" and
                  n.lower().split()[-1] == words[0]]
        owner = bodies[0] if len(bodies) == 1 else owner
    return owner


def _is_group_label(label: str) -> bool:
    """Whether a speaker's label names an unnamed group by its trade ("melon pickers",
    "rice farmers near Kasese"), which is a side of a dispute though no target yet."""
    head = _group_head(label).split()
    return label[:1].islower() and bool(head) and trade_plural(head[-1].lower())


def _doubted_claims(text: str, seg: Segmentation, quotes: list[Quote],
                    found: Mapping[str, Target], employers: Mapping[str, str | None]
                    ) -> list[tuple[str, str, int]]:
    """(speaker, claimant, sentence) for reported words that doubt what another speaker
    said before (``The factory said it had halted purchases while it repaired a broken
    pasteuriser ... Several farmers said they doubted the pasteuriser was broken``): the
    latest earlier speaker, a target, whose words share a long word with the doubted
    clause."""
    out = []
    quote_words: dict[int, set[str]] = {}

    def words_of(i: int) -> set[str]:
        """The words of quote ``i``, found once: a doubt may look back over every quote."""
        if i not in quote_words:
            quote_words[i] = set(re.findall(r"[a-z]+", text[quotes[i].start:quotes[i].end].lower()))
        return quote_words[i]

    for qi, q in enumerate(quotes):
        if not q.speaker or q.speaker == NARRATOR:
            continue
        if (said := _SAID_BEFORE.match(text, q.start)) is not None:
            # '"He has said that since July," said X': the last other speaker's word, the
            # person's own where "he" or "she" points at one
            last = next((p.speaker for p in reversed(quotes[:qi])
                         if p.speaker and p.speaker not in (q.speaker, NARRATOR) and
                         p.end <= q.start and
                         (p.speaker in found or _is_group_label(p.speaker))), None)
            if last is not None:
                if said.group(1).lower() == "they" or last not in found or \
                        found[last].kind != "person":
                    last = _whose_word(last, found, employers)
                out.append((q.speaker, last, seg.sentence_at(q.start)))
            continue
        if q.kind != "indirect":
            continue
        m = _DOUBTED.match(text, q.start)
        if m is None and (q.cue or "").lower() not in DENYING:
            continue  # (and "The exporter denied that it had ignored complaints": the
            # pickers' charge that it "had ignored repeated warnings")
        words = {w for w in re.findall(r"[a-z]+", text[m.end() if m else q.start:q.end].lower())
                 if len(w) >= 6}
        heard = m is not None and " heard " in m.group(0)
        claimant = next((p.speaker for pi in range(qi - 1, -1, -1) if (p := quotes[pi]).speaker
                         and p.speaker not in (q.speaker, NARRATOR) and
                         (p.speaker in found or _is_group_label(p.speaker)) and
                         p.end <= q.start and (heard or not words.isdisjoint(words_of(pi)))),
                        None)
        if claimant is not None:
            claimant = _whose_word(claimant, found, employers)  # ("Its spokesman, X, told
            # reporters ... Riders say they have heard that before": his ministry's word)
            out.append((q.speaker, claimant, seg.sentence_at(q.start)))
    return out


#: a verb an earlier speaker said was not done: "but the company had not replied"
_NOT_DONE = rx.compile(r"\b(?:had|has|have) (?:not|never) ([a-z]{4,}ed)\b")
#: the same verb said done: "it had replied to the mayor's letter"
_DONE = rx.compile(r"\b(?:had|has|have) ([a-z]{4,}ed)\b")


#: a figure given before, cut down by another speaker: "could have been done for half that
#: amount", "a fraction of that price"
_FIGURE_UNDERCUT = rx.compile(r"\b(?:half|a third of|a quarter of|a fraction of|far less than|much "
                              r"less than) (?:that|this) (?:amount|sum|price|cost|figure)\b")
#: a reported clause that gives a sum: "repairs costing about 400,000 Swiss francs"
_GIVES_SUM = rx.compile(r"\b\d[\d,.]* (?:[A-Z][a-z]+ )?(?:francs|euros|dollars|pounds|kronor|"
                        r"kroner|zlotys|leva|lei|forints|koruna|crowns|rupees|yen)\b|[$€£]\d")


def _figures_undercut(text: str, seg: Segmentation, quotes: list[Quote],
                      found: Mapping[str, Target]) -> list[tuple[str, str, int]]:
    """(speaker, claimant, sentence) for reported words that cut down a sum another speaker
    gave just before (``the old organ needed repairs costing about 400,000 Swiss francs ...
    the repairs could probably have been done for half that amount``): a rebuttal of the
    one who gave it."""
    out = []
    for k, q in enumerate(quotes):
        if not q.speaker or q.speaker == NARRATOR or \
                _FIGURE_UNDERCUT.search(text, q.start, q.end) is None:
            continue
        claimant = next((p.speaker for p in reversed(quotes[:k])
                         if p.speaker and p.speaker != q.speaker and p.speaker in found and
                         _GIVES_SUM.search(text, p.start, p.end)), None)
        if claimant is not None:
            out.append((q.speaker, claimant, seg.sentence_at(q.start)))
    return out


def _contradicted(text: str, seg: Segmentation, quotes: list[Quote],
                  found: Mapping[str, Target], employers: Mapping[str, str | None]
                  ) -> list[tuple[str, str, int]]:
    """(speaker, claimant, sentence) for reported words that say done what another speaker
    said was not (``the company had not replied ... A company spokeswoman said it had
    replied to the mayor's letter``): a rebuttal, at odds with whoever said it, whatever
    the kind words around it."""
    out = []
    undone: dict[str, Quote] = {}  # each verb said not done, by the latest quote saying so
    for q in quotes:
        if not q.speaker or q.speaker == NARRATOR:
            continue
        if q.kind == "indirect":
            for m in _DONE.finditer(text, q.start, q.end):
                p = undone.get(m.group(1))
                if p is None or p.speaker == q.speaker or p.end > q.start or \
                        not (p.speaker in found or _is_group_label(p.speaker)):
                    continue
                claimant = p.speaker if p.speaker in found and \
                    found[p.speaker].kind == "person" else \
                    _whose_word(p.speaker, found, employers)  # (a person's own word)
                if claimant != q.speaker:
                    out.append((q.speaker, claimant, seg.sentence_at(q.start)))
                break
        for m in _NOT_DONE.finditer(text, q.start, q.end):
            undone[m.group(1)] = q
    return out


#: a characterisation of what was just said, by a pronoun: 'called that "an empty promise"'
_CALLED_THAT = rx.compile(r"\b(?:called|dismissed|described) (?:that|this|the promise|the "
                          r"pledge|the offer)(?: as)? [\"“]$")  # (not "it": the act, mostly)
#: words that dismiss a statement so characterised
DISMISSIVE = frozenset({"empty", "lie", "lies", "nonsense", "joke", "insult", "fantasy",
                        "propaganda", "hollow", "meaningless", "fiction", "excuse", "excuses"})


def _called_that(text: str, quotes: list[Quote], found: Mapping[str, Target],
                 employers: Mapping[str, str | None], seg: Segmentation
                 ) -> list[tuple[str, str, int]]:
    """(speaker, claimant, sentence) for a few words that dismiss what the last other speaker
    said (``wages would be paid "as soon as possible" ... Union leader X called that "an
    empty promise"``): at odds with whoever said it (or the body they speak for)."""
    out = []
    priors = _prior_others(quotes)
    for q in quotes:
        if q.kind != "partial" or not q.speaker or q.speaker == NARRATOR or \
                _CALLED_THAT.search(text, max(0, q.start - 24), q.start) is None:
            continue
        words = re.findall(r"[a-z]+", text[q.start:q.end].lower())
        if not (DISMISSIVE & set(words) or any(CHARACTERISED.get(w, 0) < 0 for w in words)):
            continue
        p = priors.get(id(q))
        if p is None or seg.sentence_at(q.start) - seg.sentence_at(max(p.start, p.end - 1)) > 1:
            continue
        claimant = _whose_word(p.speaker, found, employers)
        if claimant in found and claimant != q.speaker:
            out.append((q.speaker, claimant, seg.sentence_at(q.start)))
    return out


#: a quote that opens by echoing someone's words as a question: '"A week? I applied on
#: Oct. 10 and I am still waiting,"', '"Consulted? They called us to one meeting"'
_ECHO_QUESTION = rx.compile(r"(?:(?:[Aa]n?|[Tt]he|[Oo]nly|[Jj]ust) )?"
                            r"([A-Za-z][a-z]+(?: [a-z]+)?)\? ")


#: a quote that opens by belittling what the last speaker offered, then sets the speaker's own
#: case against it: '"A grant covers one month. The rent rises for every month,"'
_ECHO_BELITTLED = rx.compile(r"(?:[Aa]n?|[Tt]he) ([a-z]+) (?:covers|lasts|pays for|buys|"
                             r"feeds) (?:one|a|two|three|half|only)\b[^.?!\"“”]{0,30}\. [A-Z]")


#: a reported clause that opens on what someone offered and dismisses it: "the loans were
#: no help to people already in debt" (group 1: the thing offered)
_OFFER_DISMISSED = rx.compile(r"the ([a-z]{4,}) (?:was|were|would be|will be|is|are) (?:of )?"
                              r"(?:no help|no use|useless|no solution|no answer|not the answer|"
                              r"too little|too small|not enough)\b")


def _echoed_in_doubt(text: str, seg: Segmentation, quotes: list[Quote],
                     found: Mapping[str, Target], employers: Mapping[str, str]
                     ) -> list[tuple[str, str, int]]:
    """(speaker, claimant, sentence) for a direct quote that opens by echoing the words of
    the other speaker quoted just before as a question (``the permits took about a week ...
    "A week? I applied on Oct. 10 and I am still waiting"``), or belittles what they
    offered (``could apply for a hardship grant ... "A grant covers one month. The rent
    rises for every month"``; in reported words, ``would instead offer low-interest loans
    ... Tappers said the loans were no help``): disbelief, at whoever said them (or the
    body they speak for)."""
    out = []
    for qi, q in enumerate(quotes):
        if not q.speaker or q.speaker == NARRATOR or qi == 0 or \
                (m := (_ECHO_QUESTION.match(text, q.start) or
                       _ECHO_BELITTLED.match(text, q.start, q.end))
                 if q.kind == "direct" else
                 _OFFER_DISMISSED.match(text, q.start, q.end) if q.kind == "indirect"
                 else None) is None:
            continue
        p = quotes[qi - 1]
        if not p.speaker or p.speaker in (q.speaker, NARRATOR) or \
                seg.sentence_at(q.start) - seg.sentence_at(p.end - 1) > 2 or \
                re.search(rf"\b{re.escape(m.group(1).lower())}\b",
                          text[p.start:p.end].lower()) is None:
            continue
        claimant = _whose_word(p.speaker, found, employers)
        if claimant in found and claimant != q.speaker:
            out.append((q.speaker, claimant, seg.sentence_at(q.start)))
    return out
#: what an act is for, backed as the act is: "said it supported the goal but urged"
ACT_AIMS = frozenset({"goal", "aim", "aims", "idea", "principle", "intention"})
#: acts made with a partner: "a lithium contract with Chinese battery maker Huaxin Energy"
DEAL_NOUNS = frozenset({"deal", "contract", "agreement", "pact", "accord", "partnership"})
_DEAL_WITH = rx.compile(r"\b(?:" + "|".join(sorted(DEAL_NOUNS)) + r")s? with ")


def _deal_partner(text: str, mentions: list[tuple[int, int, str]], starts: list[int],
                  pos: int, subject: str, home: set[str]) -> str | None:
    """The partner of the last deal the story named "with" someone before ``pos``
    (``a $1 billion lithium contract with Chinese battery maker Huaxin Energy``): the target
    the phrase names, past a country's adjective; not the subject or their own country."""
    last = max(_DEAL_WITH.finditer(text, 0, pos), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    stop = min((i for i in (text.find(c, last.end(), last.end() + 80) for c in ",.;\n")
                if i >= 0), default=last.end() + 80)
    return next((n for a, b, n in mentions[bisect_left(starts, last.end()):
                                           bisect_left(starts, stop)]
                 if n != subject and n not in home and
                 text[a:b].lower() not in lexicon.demonyms()), None)  # (not "Chinese")


def _claim_before(t: Tokens, i: int) -> int | None:
    """The claim noun of ``..., a claim the drivers' group disputed`` when the verb at ``i``
    ends such a summing appositive (its subject, up to five words, between the noun and the
    verb), else None."""
    for j in range(i - 2, max(1, i - 7), -1):
        if t.low[j] in CLAIM_NOUNS and t.low[j - 1] in ("a", "an") and j >= 2 and \
                t.low[j - 2] == "," and all(t.is_word(x) or plural_possessive(t, x)
                                            for x in range(j + 1, i)):
            return j
    return None


def _object_referent(t: Tokens, k: int, referent: Callable[[str, int, str], str | None],
                     subject: str) -> str | None:
    """Who the object at token ``k`` stands for: ``that`` / ``the criticism`` -> the last
    other speaker, ``the ruling`` -> the court; None for any other object."""
    if k >= len(t):
        return None
    pos = t.spans[k][0]
    if t.low[k] in ("that", "this", "it") and (k + 1 == len(t) or not t.is_word(k + 1)):
        return referent("claim", pos, subject)  # "Hollis rejected that."
    if k + 1 < len(t) and _RIVAL.match(f"{t.word(k)} {t.word(k + 1)}"):
        return referent("rival", pos, subject)  # "He congratulated his rival"
    if t.low[k] == "any" and k + 1 < len(t) and t.low[k + 1] in CLAIM_NOUNS and \
            (k + 2 == len(t) or t.low[k + 2] not in ("of", "by", "from")):
        return referent("claim", pos, subject)  # "rejected any suggestion that Russia was
        # involved": whoever suggested it
    if t.low[k] not in _OBJECT_DETERMINERS or k + 1 >= len(t):
        return None
    head = t.low[k + 1]
    if t.low[k] == "the" and head not in CLAIM_NOUNS and k + 2 < len(t) and \
            t.low[k + 2] in CLAIM_NOUNS and t.is_word(k + 1) and not t.is_cap(k + 1) and \
            (k + 3 == len(t) or t.low[k + 3] not in ("of", "by", "from", "against")):
        return referent("claim", pos, subject)  # "rejected the kidnapping charge"
    if head == "appeal" and t.low[k] == "the" and (k + 2 == len(t) or not t.is_word(k + 2)):
        return referent("appeal", pos, subject)  # "backed the appeal.": the appellant's
    if head in ("request", "demand", "demands", "plea") and t.low[k] == "the" and \
            (k + 2 == len(t) or not t.is_word(k + 2)):
        return referent("request", pos, subject)  # "Maori leaders rejected the request.":
        # of whoever asked
    if head in RULING_NOUNS:
        court = referent("ruling", pos, subject)
        if court is None and head == "decision" and t.low[k] == "the":
            # (no court in the story: "Navajo leaders welcomed the decision" of the park
            # service that decided, as any act is its principal actor's)
            return referent("act", pos, subject)
        if court is None and head == "order" and t.low[k] == "the":
            return referent("order", pos, subject)  # (no court: "Costa Rica's environment
            # ministry has ordered hotels ... welcomed the order": whoever ordered it)
        return court
    if head in CLAIM_NOUNS and (k + 2 == len(t) or t.low[k + 2] not in ("of", "by", "from")):
        return referent("claim", pos, subject)
    if head.endswith(("'s", "’s")) and head[:-2] in DOCUMENTS and k + 2 < len(t) and \
            t.low[k + 2] in CLAIM_NOUNS:
        return referent("claim", pos, subject)  # "rejected the report's conclusions": of
        # whoever spoke in that report
    if (head in ACT_NOUNS or head in ACT_AIMS) and t.low[k] == "the" and (
            k + 2 == len(t) or not t.is_word(k + 2) or
            t.low[k + 2] in ("but", "and", "as", "because", "while", "after", "on", "in", "a",
                             "an")):
        return referent("act", pos, subject)  # "welcomed the move.", "backed the plan,"
        # ("called the plan a betrayal of workers")
    if t.low[k] == "the" and (k + 2 == len(t) or not t.is_word(k + 2)) and \
            _told_act(t.text, head, pos):
        return referent("act", pos, subject)  # "Tanzanian fisheries officers burned more
        # than 2,000 illegal nets ... Conservationists welcomed the burning.": the act told
    if t.low[k] == "the" and k + 3 < len(t) and t.low[k + 2] == "but" and head.isalpha() and \
            t.low[k + 3] in _RESERVING and not t.is_cap(k + 1) and not role_noun(head) and \
            not agent_noun(head) and head not in _PENALTIES:
        return referent("act", pos, subject)  # "he supported the shuttle but warned that
        # ...": a thing weighed with a reservation is the act the story is about (not "but
        # accused the government of ...": a charge, weighed on its own; nor "welcomed the
        # fine but said": a penalty, aimed at whoever pays it, not made by the story's actor)
    return None


def _told_act(text: str, head: str, pos: int) -> bool:
    """Whether ``head`` is the -ing noun of a verb the story told in its past form before
    ``pos`` ("the burning" after "officers burned"; "the jailing" after "was jailed")."""
    if len(head) < 6 or not head.endswith("ing") or not head.isalpha():
        return False
    stem = head[:-3]  # ("closing": "clos" + "ed"; "banning": "banned"; "burning": "burnt")
    return rx.compile(rf"\b{stem}(?:ed|t)\b", re.IGNORECASE).search(text, 0, pos) is not None


#: verbs of fighting an act: "are fighting a plan by", "fought the ban"
FIGHTING = frozenset({"fight", "fights", "fighting", "fought"})
#: words that open a subordinate clause with a subject of its own: "after he voted against"
SUBORDINATE_OPENERS = frozenset({"after", "because", "when", "since", "before", "until",
                                 "while", "although", "though", "as", "once"})
#: penalties, which fall on someone: "welcomed the fine" is no backing of the one fined
_PENALTIES = frozenset({"fine", "fines", "penalty", "penalties", "punishment", "sentence",
                        "sentences", "suspension", "sanction", "sanctions"})
#: a body's end sought by the subject: "The justice ministry sought the dissolution of the
#: group, Taza Ertis" (against whom it names after)
_END_SOUGHT = rx.compile(r"(?:sought|seeks|requested|demanded|pushed for|applied for) the "
                         r"(?:dissolution|liquidation|closure|deregistration|banning) of\b")
#: the verbs of a reservation after a backing: "supported the shuttle but warned"
_RESERVING = frozenset({"warned", "feared", "worried", "cautioned", "noted", "urged", "asked",
                        "said", "added"})
#: between a subject's name and its verb: "Costa Rica's environment ministry has ordered" (or
#: the day: "The Philippines' Ombudsman on Friday ordered")
_SUBJECT_GAP = rx.compile(r"(?:['’]s)?(?: (?:[a-z-]+|[A-Z][a-z]+day)){0,3} ")
#: the words that name a public office: "Department for Transport", "the agency"
_OFFICE_HEADS = frozenset({"department", "ministry", "agency", "authority", "government",
                           "commission", "office", "police", "service", "regulator",
                           "administration", "municipality", "council", "cabinet"})
#: the titles of those who hold public office
_OFFICE_TITLES = ("minister", "secretary", "mayor", "governor", "president", "premier",
                  "commissioner")


def _official(speaker: str | None, registry: Registry,
              employers: Mapping[str, str | None]) -> bool:
    """Whether ``speaker`` is a public office, works for one (``A spokesman, Paul Greer,``
    of the Trade Department) or holds one (``Information Minister X``)."""
    if not speaker:
        return False
    body = employers.get(speaker)
    if any(n is not None and (not _OFFICE_HEADS.isdisjoint(n.lower().split()) or
                              ((e := registry.entities.get(n)) is not None and
                               e.kind == "country"))
           for n in (speaker, body)):
        return True
    ent = registry.entities.get(speaker)
    return ent is not None and any(t.endswith(_OFFICE_TITLES) for t in ent.titles)
#: act nouns that are also their verb's past form: "the government cut the grant" ... "the cut"
SAME_FORM_ACTS = frozenset({"cut", "cuts"})
#: the verb forms of an act's noun, by which the story has its doer do it: "fines" after
#: "began fining", "the ban" after "banned"
_ACT_VERB_FORMS = {"fine": "fined|fining", "ban": "banned|banning",
                   "expulsion": "expelled|expelling", "suspension": "suspended|suspending",
                   "cancellation": "cancelled|canceled|cancelling",
                   "order": "ordered|ordering"}
#: what follows such a verb: its object's determiner
_VERB_OBJECT = rx.compile(r" (?:the|a|an|its|their|his|her|all|funding|spending)\b")


def _announced_in(text: str, seg: Segmentation, mentions: list[tuple[int, int, str]],
                  starts: list[int], noun: str, pos: int, others: set[str | None],
                  end: int | None = None) -> str | None:
    """The target that tells of the act ``noun`` names as its own document between ``pos``
    and ``end`` (``The Ladakh administration said in its order that ...``, or in a notice or
    decree that gives it): its author, named in that sentence before the words; else
    None."""
    said = rx.compile(rf"\b(?:said|says|announced|stated|wrote) in (?:(?:its|their) (?:[a-z]+ )?"
                      rf"{re.escape(noun)}|(?:its|their|an?) (?:[a-z]+ )?(?:notice|decree|"
                      rf"circular))\b").search(text, pos, len(text) if end is None else end)
    # (and the official paper an order is given in: "The district People's Committee said
    # in a notice that the extensions broke rules")
    if said is None:
        return None
    opens = seg.sentences[seg.sentence_at(said.start())].start
    k = bisect_left(starts, said.start()) - 1
    while k >= 0 and starts[k] >= opens:
        if mentions[k][2] not in others:
            return mentions[k][2]
        k -= 1
    return None
#: a deciding act, by the decider as its subject ("the ministry awarded") or as the one
#: charged for it ("criticised the ministry for awarding")
_DECIDED = rx.compile(r"\b(?:decided|awarded|approved|chose|granted|selected|picked)\b")
_FOR_DECIDING = rx.compile(r" for (?:awarding|approving|choosing|granting|selecting|picking|"
                           r"deciding)\b")


def _decider(text: str, mentions: list[tuple[int, int, str]], starts: list[int], pos: int,
             subject: str) -> str | None:
    """Who made the last decision the story told before ``pos``: the target just before a
    deciding verb (``the ministry awarded``), or the one a speaker charged for deciding
    (``criticised Botswana's tourism ministry for awarding a lease``); else None."""
    found = []
    for m in _DECIDED.finditer(text, 0, pos):
        k = bisect_left(starts, m.start()) - 1
        if k >= 0 and mentions[k][2] != subject and \
                _SUBJECT_GAP.fullmatch(text, mentions[k][1], m.start()):
            found.append((m.start(), mentions[k][2]))
    for m in _FOR_DECIDING.finditer(text, 0, pos):
        k = bisect_left(starts, m.start()) - 1
        if k >= 0 and mentions[k][2] != subject and m.start() - mentions[k][1] <= 40 and \
                not re.search(r"[.,;]", text[mentions[k][1]:m.start()]):
            found.append((m.start(), mentions[k][2]))
    return max(found)[1] if found else None


def _doer_of(text: str, mentions: list[tuple[int, int, str]], starts: list[int], noun: str,
             pos: int, subject: str) -> str | None:
    """Who did the act ``the <noun>`` names, where a sentence before has a named one do it
    with the same word as its verb right after their name (``after the government cut the
    theatre's annual grant``); else None."""
    doers = _doers(text, mentions, noun)
    for k in reversed(doers[:bisect_left(doers, bisect_left(starts, pos))]):
        if mentions[k][2] != subject:
            return mentions[k][2]
    return None


#: the last mention list :func:`_doers` read, and what it found there for each noun
_doers_memo: tuple[object, dict[str, list[int]]] = (None, {})


def _doers(text: str, mentions: list[tuple[int, int, str]], noun: str) -> list[int]:
    """The indices, in order, of the mentions right after which the act ``noun`` names is
    done (found once per article and noun, since every quote that names an act asks)."""
    global _doers_memo
    seen, memo = _doers_memo
    if seen is not mentions:
        memo = {}
        _doers_memo = (mentions, memo)
    if noun in memo:
        return memo[noun]
    if noun not in SAME_FORM_ACTS:
        # "Moldova's energy regulator approved a 27 percent rise in heating tariffs ...
        # called the rise 'brutal'": whoever the story had decide on it (or write it:
        # "Interior Minister Herve Ngoua, who drafted the bill,")
        decided = rx.compile(r"(?: \d{2,4})?(?:, who)?(?: on [A-Z][a-z]+day)? "
                             r"(?:has |have |had )?(?:approved|announced|imposed|introduced|"
                             r"ordered|unveiled|proposed|adopted|agreed|drafted|sponsored|tabled|wrote|authored|"
                             r"levied|filed|lodged|(?:began |started )?"
                             r"(?:charging|levying)) (?:an? |the |its |their )?"
                             r"(?:[\w%.-]+ ){0,3}" + re.escape(noun) + r"\b")
        forms = _ACT_VERB_FORMS.get(noun.removesuffix("s"))
        doing = rx.compile(r"(?: on [A-Z][a-z]+day)? (?:has |have |had )?"
                           r"(?:began |begun |started )?(?:" + forms +
                           r")\b") if forms else None  # ("the road agency began fining
        # overloaded lorries ... called the fines 'a tax on the poor driver'")
        found = [k for k, (_, e, _) in enumerate(mentions)
                 if decided.match(text, e) or (doing is not None and doing.match(text, e))]
    else:
        verb = " " + noun.removesuffix("s")  # "the cuts": the government "cut the" grant
        found = [k for k, (_, e, _) in enumerate(mentions)
                 if text.startswith(verb, e) and _VERB_OBJECT.match(text, e + len(verb))]
    memo[noun] = found
    return found


def _quoted_owner(text: str, before: list[Quote], found: Mapping[str, Target], noun: str,
                  others: set[str | None]) -> str | None:
    """The target whose latest report before names ``noun`` as what it does (``The festival
    said it had used X-ray and ultrasound scans ... He called the scans "unreliable"``: the
    festival's scans; "Oradea will spend ... on Christmas lights, the city hall said ...
    called the lights 'a slap in the face'"); else None."""
    if len(noun) < 4 or noun in PRONOUN_MENTIONS or not before:
        return None
    n = re.escape(noun)
    own = rx.compile(rf"\b(?:it|they|we) (?:had |has |have |would |will |was |were )?"
                     rf"(?:[a-z]+ed|used|made|spent|spend|set|put|built|bought|began|cut) "
                     rf"(?:[\w,$%.-]+ ){{0,5}}?{n}\b|"
                     rf"\b(?:the|its|their|our) {n} (?:would|will) (?:continue|go on|resume)\b")
    # ("the strike would continue until ...": the union's own strike)
    first = rx.compile(rf"(?:[\w'’-]+ ){{1,6}}?(?:will|would|has|had|is to|plans to) "
                       rf"(?:[\w,$%.-]+ ){{1,10}}?{n}\b")  # (the lede's own act)
    return next((d.speaker for d in reversed(before)
                 if d.kind == "indirect" and d.speaker in found and d.speaker not in others and
                 (own.search(text, d.start, d.end) or
                  (d is before[0] and first.match(text, d.start, d.end)))), None)
_BLAMED = rx.compile(r"(?:, which |, who )?\b(?:blamed|blames)\b")


def _blamer(text: str, mentions: list[tuple[int, int, str]], starts: list[int], pos: int,
            subject: str) -> str | None:
    """Who laid the blame ``the blame`` at ``pos`` refers to: the target whose mention
    ends right before the last ", which blamed" before ``pos``; None if the story names
    no one so."""
    last = max(_BLAMED.finditer(text, 0, pos), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    k = bisect_left(starts, last.start()) - 1
    if last.group(0).startswith(",") and k >= 0 and \
            text[mentions[k][1]:last.start()].strip(" '’") == "" and mentions[k][2] != subject:
        return mentions[k][2]  # "a survey by the country's beekeepers' society, which blamed"
    return None
#: a legal action, whose author is who said they would take it to court
LEGAL_ACTS = frozenset({"case", "lawsuit", "suit", "complaint", "action", "claim"})


def _suer(text: str, quotes: list[Quote], found: Mapping[str, Target], pos: int,
          subject: str) -> str | None:
    """Who brings the legal action named at ``pos``: the last target other than ``subject``
    who said before it they would go to court ("The Commerce Commission said ... it would
    take both to court ... Foodland said it would 'vigorously defend' the case")."""
    return next((p.speaker for p in reversed(quotes) if p.start < pos and p.speaker and
                 p.speaker != subject and p.speaker in found and
                 _TO_COURT.search(text, p.start, p.end)), None) or \
        next((p.speaker for p in quotes if p.speaker and p.speaker != subject and
              p.speaker in found and _prosecution(text, found[p.speaker])), None)  # (a
    # criminal case is the prosecutors': "The prosecutor general's office said it would appeal
    # ... the case had been built on the testimony of a single witness")


#: a prosecutor's title right before their name: "Prosecutor Desislava Marinova told the court"
_PROSECUTOR_TITLE = rx.compile(r"\b[Pp]rosecutor,? (?=[A-Z])")


def _prosecution(text: str, target: Target) -> bool:
    """Whether a speaker is the prosecution: by its label (``prosecutor general's office``)
    or by the title a person is named with (``Prosecutor Desislava Marinova``)."""
    return "prosecut" in target.name.lower() or any(
        _PROSECUTOR_TITLE.search(text, max(0, s - 24), e) for s, e in target.mentions)
#: words by which a speaker says they will go to court: "it would take both to court"
_TO_COURT = rx.compile(r"\b(?:to court|sue|sued|suing|a lawsuit|legal action|file (?:a )?"
                       r"(?:case|complaint|suit))\b")


@cache
def _owned_act(noun: str) -> re.Pattern:
    """Right after a mention: ``'s plan``, `` plan``, ``'s new plan``, `` over a plan``
    (``a grievance against the school district over a plan``; ``sued the Ontario government
    over a ban``): the act is the mention's."""
    return rx.compile(rf"(?:['’]s)? (?:(?:government )?over (?:a|an|its|their) )?(?:[\w-]+ )?"
                      rf"{re.escape(noun)}\b")


def _subject_says(text: str, seg: Segmentation, q: Quote) -> bool:
    """Whether the speaker of a relative clause's attribution is the subject its sentence
    opens on (``Thousands of riders rallied against a ban, which they say has cost them``):
    the sentence's act is theirs, not only the clause."""
    lo = seg.sentences[seg.sentence_at(q.mention_start or q.start)].start
    return bool(q.speaker) and q.speaker.lower() in text[lo:min(lo + 40, q.start)].lower()


def _modifies_next(text: str, mentions: list[tuple[int, int, str]], k: int) -> bool:
    """Whether mention ``k`` only modifies the person named right after it, past a role
    (``Real Castellon striker Iker Zubiria``, ``Acme chief executive Jo Lee``)."""
    if k + 1 >= len(mentions):
        return False
    between = text[mentions[k][1]:mentions[k + 1][0]]
    return 0 < len(between) <= 30 and _ROLE_BETWEEN.fullmatch(between) is not None and \
        any(w in lexicon.titles() for w in between.split())


_ROLE_BETWEEN = rx.compile(r"(?:\s+[a-z][a-z-]*){1,3}\s+")


def _mention_end(near: tuple[int, Entity]) -> int:
    """Where the registry mention starting at ``near[0]`` ends."""
    return next(e for s, e, _ in near[1].mentions if s == near[0])


_AFTER_PREPOSITION = rx.compile(r"\b(?:in|from|at|of|across|on|near)\s+(?:the\s+)?"
                                r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?$")
# (and "A fishermen's union in southern Chile has sued": a compass word before the place)
#: a place in a region's part: "in southern "
_IN_COMPASS = rx.compile(r"\b(?:in|from|at|across|near)\s+(?:north|south|east|west|central)"
                         r"(?:ern)?\s+$")
#: a lower-case possessor after a capitalised word, which only opens its phrase: "Motor
#: racing's governing body"
_MODIFIES_POSSESSOR = rx.compile(r" [a-z]+['’]s\b")
#: what a possessor's mention may be followed by when a group of its people acts: "the
#: village's bell ringers accuse", "the club's fans booed"
_POSSESSED = rx.compile(r"['’]s ((?:[a-z-]+ ){0,2}([a-z]+s))\b")


def _possessed_group(text: str, end: int, stop: int) -> bool:
    """Whether the mention ending at ``end`` only owns the group that acts (``the
    village's bell ringers accuse``): their own people, not the possessor, are the subject."""
    m = _POSSESSED.match(text, end)
    return m is not None and m.end() <= stop and \
        (role_noun(m.group(2)) or agent_noun(singular(m.group(2))))

#: a municipality's kind before its name: "city of ", "Town of "
_MUNICIPAL_OF = r"(?:[Cc]ity|[Tt]own|[Vv]illage|[Mm]unicipality|[Bb]orough) of\s+"
#: "The city of Dayton sued": the place so named is the body that acts, not a place after
#: a preposition
_CITY_OF = rx.compile(r"\b" + _MUNICIPAL_OF + "$")
#: a subject that is itself the city so named: "The city of Dayton", "The Dutch town of"
_SUBJECT_CITY_OF = rx.compile(r"(?:[Tt]he )?(?:[A-Za-z-]+ ){0,3}" + _MUNICIPAL_OF)


#: between a subject and its verb inside quotation marks: 'said it "strongly disagreed"'
MARKS_AND_STRESS = QUOTE_MARKS | {"strongly", "firmly"}


#: a removal told just before a name: "voted on Wednesday to remove the province's premier,
#: Derick Kuve"
_REMOVED_BEFORE = rx.compile(r"\b(?:remove|removed|oust|ousted|dismiss|dismissed|sack|sacked|"
                             r"impeach|impeached|unseat|unseated|expel|expelled)\b[^.;:]{0,50}$")


def _removed_in_lede(text: str, name: str) -> bool:
    """Whether the story's first paragraph removes ``name`` from office: the name follows a
    removal verb there (``to remove the province's premier, Derick Kuve``)."""
    lede_end = text.find("\n")
    first = text.find(name, 0, lede_end if lede_end >= 0 else len(text))
    return first > 0 and _REMOVED_BEFORE.search(text, max(0, first - 60), first) is not None


def _stance_acts(text: str, start: int, end: int, registry: Registry,
                 mentions: list[tuple[int, int, str]],
                 speakers: Mapping[str, Speaker] | None = None,
                 referent: Callable[[str, int, str], str | None] | None = None,
                 said_by: Mapping[int, str] | None = None
                 ) -> list[tuple[str, str, float]]:
    """Narrated stance acts: ``Lee praised Hale but condemned Reyes`` gives
    (Lee, Hale, +1) and (Lee, Reyes, -1). The subject is the named person or body
    before a stance verb (a coordinated verb keeps the previous subject); the
    targets are those mentioned after the verb in its clause. A negated act
    (``did not condemn``) is no evidence either way. ``said_by``: the speaker each quote's
    speaker mention (by its start) was resolved to."""
    from ..mentions import clause_subject, mention_left

    if not mentions and referent is None and not _OBJECT_PRONOUN.search(text, start, end):
        return []  # (with a referent, "The Kremlin dismissed the claims" names no target)
    cues = stance_cues()
    verbs = lexicon.reporting_verbs()
    t = Tokens.of(text, start, end)
    out = []
    subject_name: str | None = None
    for i, w in enumerate(t.low):
        c = cues.get(w)
        at = i  # the verb whose subject acts
        rally = _rally_start(t.low, i) if w == "behind" else None
        shun = _SHUN.search(text, max(start, t.spans[i][0] - 60), t.spans[i][1]) \
            if w == "with" and any(x == "out" or x.startswith("refus")
                                   for x in t.low[max(0, i - 6):i]) else None
        ouster = _OUSTER.match(text, t.spans[i - 1][0]) \
            if w in ("for", "on") and i and t.low[i - 1] in CALL_FORMS else None
        freed = _RELEASE_CALL.match(text, t.spans[i - 1][0]) \
            if w in ("for", "on") and i and t.low[i - 1] in CALL_FORMS and ouster is None \
            else None
        sought = _END_SOUGHT.match(text, t.spans[i][0]) \
            if w in ("sought", "seeks", "requested", "demanded", "pushed", "applied") else None
        if ouster is not None:  # "called for Pryce to step down", "called on Herrero to
            c, at = -1.0, i - 1  # resign": against Pryce, against Herrero
        elif sought is not None:
            c = -1.0  # "sought the dissolution of the group, Taza Ertis": against the group
        elif freed is not None:
            c, at = 1.0, i - 1  # "called on the regional authorities to release Omer": for
            # Omer (only those named after the call's verb: see below)
        elif rally is not None:
            c, at = 1.0, rally  # "the union threw its support behind X"
        elif shun is not None and shun.end() == t.spans[i][1]:
            c, at = -1.0, t.index_at(shun.start())  # "ruled out any coalition with the AfD"
        elif c is None and w in CHARACTERISING and i + 1 < len(t) and \
                t.low[i + 1] not in ("on", "for", "off", "in", "out", "up") and \
                (named := _characterised_as(t, i, cues)) is not None:
            c = named  # "called the plan a betrayal of workers": against whose plan it is
        elif c is None and w in DENYING and i + 2 < len(t) and \
                t.low[i + 1] in _OBJECT_DETERMINERS and t.low[i + 2] in CLAIM_NOUNS and \
                not (i + 4 < len(t) and t.low[i + 3] == "," and
                     t.low[i + 4] in ("his", "her", "their", "its") and
                     any(t.low[x] in ("said", "says") for x in range(i + 5, min(len(t), i + 14)))):
            c = -1.0  # "Lazarev's campaign denied the accusation": against whoever made it
            # (no one named in "X denies the charges, his lawyer, Y, said": not the lawyer)
        elif c is None and w in DENYING and _claim_before(t, i) is not None:
            c = -1.0  # "..., a claim the drivers' group disputed": against its maker
        elif c is None and w in ("favour", "favor") and i >= 2 and t.low[i - 1] == "in" and \
                t.low[i - 2] in VOTING and t.low[i + 1:i + 2] == ("of",):
            c, at = 1.0, i - 2  # "Mayor Grace Liang-Lam voted in favour of the ban"
        elif c is None and w in DENYING and i + 2 < len(t) and \
                t.low[i + 1] in ("that", "this", "it") and t.low[i + 2] in (".", ";", ","):
            c = -1.0  # "The retailers' association disputed that.": what was said before
            # (and "Mill owners dispute that, saying ...")
        elif c is None and w in FIGHTING and not t.caps[i] and any(
                t.low[x] in ACT_NOUNS for x in range(i + 1, min(len(t), i + 4))) and \
                t.low[i + 1:i + 2] != ("for",):
            c = -1.0  # "Villagers are fighting a plan by the Monastery of Agios Theodoros":
            # against the act's maker (not "fighting for", nor "fight fires")
        elif c is None and w in CLEARING and not t.caps[i] and \
                not (i and t.low[i - 1] in PASSIVE_AUX) and \
                any(t.low[x] == "of" for x in range(i + 2, min(len(t), i + 7))):
            c = 1.0  # "The agency cleared Czech player Tereza Novakova of intentional doping"
        elif c is None and w in PENALTY_ACTS and not t.caps[i] and \
                not (i and t.low[i - 1] in PASSIVE_AUX) and \
                not (i and t.low[i - 1] in PENALTY_NOUN_BEFORE):
            c = -1.0  # "The European Commission fined Nordhavn Line": against the fined
            # (not "remove graffiti or face fines of up to 5,000 euros": a noun)
        elif c is None and w in COMPELLING and not t.caps[i] and i >= 3 and \
                t.low[i - 1] == "to" and \
                any(t.low[k] in URGING and t.low[k] != "on" for k in range(max(1, i - 6), i - 1)) \
                and (w not in COMPELLING_TO or "to" in t.low[i + 2:i + 8]):
            c = -1.0  # "asked the environment regulator to order the company to dim them":
            # against the one to be ordered, by whoever asks (not the one asked)
        elif c is None and w in PROTESTS_AFTER and not t.caps[i] and \
                (k := next((x for x in range(i + 1, min(len(t), i + 10))
                            if t.low[x] in ("after", ",", ";")), None)) is not None and \
                t.low[k] == "after":
            c = -1.0  # "Dockworkers blocked the quays on Friday after the port's operator
            # brought in two cranes": a protest at what came after "after"
        elif not c or not (w in verbs or w in ACT_VERBS) or t.caps[i] or \
                (i and t.low[i - 1] in PASSIVE_AUX):
            continue  # ("Greco was accused by ...": done to the subject, not by it)
        elif w.startswith("agree") and t.low[i + 1:i + 2] in (("to",), ("on",)):
            continue  # "agreed to resume talks": a deal made, no side taken toward anyone
        elif w in CONTESTING and any(t.low[x] in LEGAL_ACTS or t.low[x] == "fine"
                                     for x in range(i + 1, min(len(t), i + 5))):
            continue  # "said it would defend the case": against the suer, as the speaker's
            # own words have it (:func:`_cue_value`), no act in favour of anyone
        if "if" in t.low[max(0, i - 3):i]:
            continue  # "promised money if they backed Lazarev": a condition, no act
        if at == i and w in OBJECT_FIRST and t.low[i + 1:i + 2] in (("for",), ("of",),
                                                                   ("over",)):
            continue  # "80 athletes sanctioned for doping": done to them, a reduced passive
        subject = mention_left(t, at, 0)
        paper_group = None
        told = [s for s in said_by or () if start <= s < t.spans[at][0]] \
            if at and (t.low[at - 1] in ("and", "but") or (
                at == i and w.endswith("ing") and at >= 3 and t.low[at - 1] == "," and
                any(t.low[x] in verbs for x in range(max(0, at - 5), at - 1)))) else []
        # (and "X, their union said, accusing the owner of using power cuts": the participle
        # is the attribution's speaker's act)
        teller = bool(told) and any(t.low[x] in verbs
                                    for x in range(t.index_at(max(told)), at - 1))
        if teller:
            # "Free Summits said the rule would hurt young climbers ... and called on the
            # prefecture to withdraw it": the one whose words came first acts too
            subject, subject_name = None, said_by[max(told)]
        if subject is not None and subject[0] >= 3 and t.low[subject[0] - 1] == "by" and \
                t.low[subject[0] - 2].endswith("ed") and t.low[0] in ("the", "a", "an") and \
                all(t.is_word(x) for x in range(subject[0] - 2)):
            # "The mayor of a coastal town devastated by Typhoon Amihan accused": the
            # participle's agent describes the subject; the phrase before it acts
            subject = (0, subject[0] - 2)
        relative = next((k for k in range(2, at) if t.low[k] in ("who", "which")), None) \
            if t.low[0] == "the" and at > 3 and all(t.is_word(x) for x in range(at)) else None
        before_relative = relative is not None and relative <= 7 and \
            all(not t.is_cap(x) for x in range(1, relative))
        if before_relative:
            # "The family of a jogger who died on a beach ... in Brittany has sued": the
            # phrase the relative clause describes acts, not a place inside the clause
            subject_name = " ".join(t.word(x) for x in range(1, relative))
            subject = None
        group_end = at
        urged = next((k for k in range(at - 3, max(0, at - 7), -1) if t.low[k] in URGING and
                      k != 0 and t.low[k] != "on"), None) \
            if at >= 3 and t.low[at - 1] == "to" else None
        if urged is not None and (w in COMPELLING or all(t.is_word(x) and not t.is_cap(x)
                                                         for x in range(urged + 1, at - 1))):
            # "urged members to reject the offer": the one who urged takes the side
            subject = mention_left(t, urged, 0)
        if subject is None and at and t.low[at - 1] in MARKS_AND_STRESS:
            # 'said it "strongly disagreed" with': the subject before the marks
            j = at - 1
            while j > 0 and t.low[j] in MARKS_AND_STRESS:
                j -= 1
            subject = mention_left(t, j + 1, 0)
        if subject is not None and subject[1] - subject[0] == 1 and \
                t.low[subject[0]] in ("which", "who") and subject[0] > 1 and \
                t.low[subject[0] - 1] == ",":
            # "tensions with Washington, which has accused Brussels of ...": its antecedent
            subject = mention_left(t, subject[0] - 1, 0, skip=False)
        if subject is None and i > 1 and t.low[i - 1] == "," and not w.endswith("ing"):
            # "The union, which represents half of Hanbit's staff, called ...": the subject
            # before the relative clause that the comma closes
            rel = next((k for k in range(i - 2, 0, -1) if t.low[k] in ("which", "who") and
                        t.low[k - 1] == ","), None)
            if rel is not None and "," not in t.low[rel:i - 1]:
                subject = mention_left(t, rel - 1, 0, skip=False)
                if subject is None and 0 < rel - 1 <= 3:
                    group_end = rel - 1  # "Indigenous Atacameño communities, who brought the
                    # case, hailed": a group before the relative clause
        if subject is None and i > 1 and t.low[i - 1] == "," and w.endswith("ing") and \
                not teller:
            # "Congress voted to remove Quispe, accusing him of ...": the sentence's subject
            subject = clause_subject(t, 0, i - 1)
            subject_name = None
        # (the paper may have its addressee after it: "filed a complaint with the national
        # federation accusing HNK Gorica of": the club that filed it, not the federation)
        paper = i - 1 if i >= 1 and t.low[i - 1] in SIGNED_PAPERS else next(
            (k for k in range(i - 3, max(0, i - 7), -1) if t.low[k] in SIGNED_PAPERS and
             t.low[k + 1] in ("with", "to") and
             all(t.is_word(x) for x in range(k + 1, i))), None) if w.endswith("ing") else None
        if at == i and w.endswith("ing") and i >= 3 and paper is not None and \
                (subject is None or subject[1] == i):
            # "after more than half of its musicians signed a letter accusing him of": those
            # who signed it, the subject of the clause the paper is the object of
            opening = max((k + 1 for k in range(paper - 1) if t.low[k] in SUBORDINATE_OPENERS
                           or t.low[k] in (",", ";")), default=0)
            subject = clause_subject(t, opening, paper)
            signer = next((k for k in range(opening + 1, paper) if t.low[k] in
                           ("signed", "sent", "wrote", "filed", "issued", "published",
                            "delivered", "submitted", "presented")), None)
            if signer is not None and (subject is None or subject[1] > signer):
                subject, subject_name = None, None
                paper_group = _group_label(t, opening, signer)  # ("more than half of its
                # musicians": the musicians)
        if subject is None and subject_name is None and at and \
                t.low[at - 1] in ("and", "but"):
            # "Infantino said the tournament would unite the world and praised Saudi Arabia":
            # the sentence's subject does both (and "... and called on him to sell")
            subject = clause_subject(t, 0, at)
            if subject is not None and subject[1] - subject[0] == 1 and \
                    t.low[subject[0]] in ("her", "his", "their", "its", "our", "my") and \
                    (first := next((x for x in range(at - 2, subject[0] + 1, -1)
                                    if t.low[x].endswith("ed") and not t.is_cap(x) and
                                    t.low[x - 1] == ","), None)) is not None:
                subject = mention_left(t, first, 0)  # "Her only rival, former minister
                # Sorcha Cassidy of the governing Fine Gael party, conceded ... and
                # congratulated her": the name the possessive's aside gives, not "her"
        if subject is not None and subject[1] - subject[0] == 1 and \
                t.low[subject[0]] in ("many", "some", "most") and subject[0] >= 3 and \
                t.low[subject[0] - 1] in ("and", "but") and t.low[subject[0] - 2] == "," and \
                (noun := next((k for k in range(subject[0] - 3, -1, -1)
                               if t.is_word(k) and not t.is_cap(k) and t.low[k].endswith("s")
                               and (role_noun(t.low[k]) or agent_noun(singular(t.low[k])))),
                              None)) is not None:
            opening = clause_subject(t, 0, subject[0] - 2)
            head = t.low[opening[1] - 1] if opening is not None else ""
            subject = opening if opening is not None and head.endswith("s") and \
                (role_noun(head) or agent_noun(singular(head))) else (noun, noun + 1)
            # "hundreds of vendors are still selling ..., and many accuse the municipal
            # council": the vendors (and "Landowners said ..., and some accused": the
            # sentence's own subject, not the developers its clause names)
        if subject is not None and subject[1] - subject[0] == 1 and \
                t.low[subject[0]] == "they" and subject[0] >= 3 and \
                t.low[subject[0] - 1] in ("and", "but") and t.low[subject[0] - 2] == "," and \
                (opening := clause_subject(t, 0, subject[0] - 2)) is not None and \
                opening[0] == 0 and t.low[opening[1] - 1].endswith("s"):
            subject = opening  # "Farmers on the island say ..., and they accuse the operator
            # of": the group that opens the sentence, not a place inside its clause
        # "Rival sellers welcomed the fine": a group no speaker noun list names
        group = _group_label(t, 0, group_end) if subject is None and 0 < group_end <= 3 and \
            all(t.is_word(k) for k in range(group_end)) else paper_group
        if subject is not None and subject[1] + 2 < at and t.low[subject[1]] == "," and \
                t.low[at - 1] == "," and at - subject[1] <= 7 and \
                all(t.is_cap(x) or (x == subject[1] + 1 and t.low[x] == "the")
                    for x in range(subject[1] + 1, at - 1)) and t.is_cap(at - 2):
            subject = (subject[1] + 1 + (t.low[subject[1] + 1] == "the"), at - 1)  # "The
            # club's largest supporters' group, the Kelvinside Trust, backed": the name set off
        if subject is not None:
            a, b = t.char_span(*subject)
            # the name nearest the verb: "Council member Ana Ruiz" is Ana Ruiz, not the council
            # (not a place after a preposition: "Sikh advocacy groups in Canada criticized")
            inside = [(s, e2, e) for s, e2, e in registry.mentions_over(a, b) if
                      not _MODIFIES_POSSESSOR.match(text, e2) and
                      not (s > a and _AFTER_PREPOSITION.search(text, max(a, s - 20), s) and
                           not (_CITY_OF.search(text, max(a, s - 16), s) and
                                _SUBJECT_CITY_OF.fullmatch(text, a, s)))]
            # ("The city of Dayton sued": the city; not "Street artists in the Chilean port
            # city of Valparaíso accused": the artists)
            near = max(((s, e) for s, e2, e in inside
                        if not any(s2 < s and e3 >= e2 and o is not e and
                                   o.kind == "institution" for s2, e3, o in inside)),
                       key=lambda x: (x[0], x[1].kind == "person"), default=None)
            # (not a name inside another's: "Arts" of "the National Commission for Culture
            # and the Arts")
            # (at one start, the person: "Vermont's attorney general" is hers, not Vermont's)
            # ("The governor of the Philippine province of ...": not a name after "of the")
            subject_name = near[1].name if near else None
            if t.low[subject[0]] in ("a", "an") and subject[1] - subject[0] >= 3 and \
                    t.low[subject[0] + 1] in ORG_NOUNS and \
                    t.low[subject[0] + 2].endswith("ing") and \
                    (later := _body_named_next(registry, t.low[subject[0] + 1], a, 800)):
                # a lede's "A union representing pilots at Indian budget carrier SkyJet
                # accused": the union the story names next, not the carrier inside its phrase
                subject_name = later.name
            elif t.low[subject[0]] in ("a", "an") and subject[1] - subject[0] >= 2 and \
                    (noun := t.low[subject[1] - 1]) in ORG_NOUNS and \
                    (near is None or near[1].name.lower() in lexicon.places()) and \
                    (later := _body_named_next(registry, noun, a, 800)) is not None and \
                    f"he {noun}, {later.name}" in text:
                # "A Portuguese consumer group has accused ... The group, Consumo Justo,
                # said": the body the story names so next, not the country of its demonym
                subject_name = later.name
                near = None
            opening = t.spans[subject[0] + 1][0] if t.low[subject[0]] in NOT_NAME_STARTS and \
                subject[1] - subject[0] >= 2 else a  # (a capital adjective that opens no
            # name: "Indigenous Atacameño communities")
            if near is not None and near[0] in (a, opening) and \
                    len(near[1].mentions) == 1 and subject[1] - subject[0] >= 2 and \
                    (grouped := _group_label(t, *subject) or _group_in_place(t, *subject)):
                subject_name = grouped  # "Rival sellers welcomed": a group, no "Rival" (and
                # "Transit advocates in New York criticized": no "Transit")
            if near is not None and near[0] in (a, opening) and len(near[1].mentions) == 1 and \
                    (near[1].kind != "person" or (" " not in near[1].name and
                                                  near[1].name.endswith("s"))) and \
                    "and" in t.low[subject[0] + 1:subject[1] - 1] \
                    and all(t.is_word(x) and (x == subject[0] or not t.is_cap(x))
                            for x in range(subject[0], subject[1])):
                subject_name = _label(t, *subject)  # "Astronomers and bird protection groups
                # welcomed": both groups, as their quotes are labelled
            # (the head noun, before any "of": "Leipzig's association of the blind")
            head_at = next((k - 1 for k in range(subject[0] + 1, subject[1])
                            if t.low[k] == "of"), subject[1] - 1)
            if subject_name is None and t.low[subject[0]] == "the" and \
                    t.low[head_at] in TRADE_BODIES | {"union"} and head_at + 2 < subject[1] \
                    and t.low[head_at + 1] == "of" and t.is_cap(head_at + 2) and \
                    all(t.is_word(x) or plural_possessive(t, x)
                        for x in range(subject[0] + 1, subject[1])):
                # "The fishermen's association of Peniche accused the government": the body
                # by its description, which names no target
                subject_name = _label(t, subject[0] + 1, subject[1])
            if (pair := TWO_OF_A_KIND.search(text, max(start, a - 30), b)) is not None:
                subject_name = f"{pair.group('a')} and {pair.group('b')}"  # "The CCOO and UGT
                # unions welcomed": both, as their quotes are labelled
            if near is not None and (t.low[head_at] in ORG_NOUNS or
                                     t.low[head_at] in MEMBERS_BODIES) and \
                    (text.startswith(("'s", "’s"), _mention_end(near)) or
                     text[near[0]:_mention_end(near)].endswith(("'s", "’s"))):
                # "Spain's footballers' union threw its support behind": the union, as the
                # story names it later ("The union, AFE, said"), not the country
                head = t.low[head_at]
                regulator = head in REGULATOR_NOUNS
                later = [e for e in registry.entities.values() if e.kind == "institution" and
                         (head in e.titles or head == "body" or
                          (head_at + 1 < subject[1] and t.low[head_at + 1] == "of" and
                           head in e.name.lower().split()) or
                          _regulator_named(head, e.name)) and e.mentions and
                         b < min(e.mentions)[0] < b + 400 and
                         not (regulator and min(e.mentions)[0] < end) and
                         e.name.lower() not in lexicon.places()]
                # (a regulator is named in a later sentence, not by "the EU's privacy law" in
                # its own)
                # ("Cycling's anti-doping body banned ... The International Testing Agency
                # said": a body described, the next the story names)
                # (and "Kenya's association of deaf people has accused ... The Kenya National
                # Association of the Deaf said": a body by its members, its name holding the
                # noun)
                subject_name = min(later, key=lambda e: min(e.mentions)[0]).name \
                    if later else None
            elif near is not None and not t.is_cap(subject[1] - 1) and \
                    (text.startswith(("'s", "’s"), _mention_end(near)) or
                     text[near[0]:_mention_end(near)].endswith(("'s", "’s"))) and \
                    (held := next((p for h in (" ".join(t.low[subject[1] - 2:subject[1]]),
                                               t.low[subject[1] - 1])
                                   if h in lexicon.titles() and
                                   (p := registry.titled_later(h, set(), a))), None)):
                # a lede's "Oregon's attorney general sued": the holder the story names
                subject_name = held.name  # next ("Attorney General Rebecca Thornbury")
            if near is not None and subject_name == near[1].name and \
                    (t.low[subject[1] - 1] == "embassy" or
                     t.low[subject[1] - 2:subject[1]] == ("foreign", "ministry")) and \
                    not t.is_cap(subject[1] - 1) and near[0] == a and \
                    text[near[0]:_mention_end(near)].endswith(("'s", "’s")) and \
                    near[1].name.lower() in lexicon.places():
                subject_name = text[a:b]  # "Taiwan's foreign ministry thanked": the ministry,
                # as its quotes are labelled, not the country
            if near is not None and not t.is_cap(subject[1] - 1) and \
                    _mention_end(near) < b and \
                    text[near[0]:_mention_end(near)].lower() in lexicon.demonyms():
                # "Some South Korean civic groups criticized": the groups, not their country
                subject_name = text[near[0]:b]
                body = t.low[subject[1] - 1]
                kinds = {t.low[x] for x in range(subject[0], subject[1] - 1)
                         if t.is_word(x) and not t.is_cap(x) and len(t.low[x]) > 3}
                if (body in ORG_NOUNS or body in REGULATOR_NOUNS) and kinds and \
                        (later := min(((min(e.mentions)[0], e.name)
                                       for e in registry.entities.values()
                                       if e.kind == "institution" and e.mentions and
                                       b < min(e.mentions)[0] < b + 600 and
                                       kinds & set(e.name.lower().split())),
                                      default=None)) is not None:
                    subject_name = later[1]  # "The Philippine gaming regulator suspended
                    # ... The Philippine Amusement and Gaming Corporation said": the body
                    # named next, its name holding what the lede said it does
            if near is not None and t.low[subject[0]] == "the" and \
                    (t.low[subject[1] - 1] in ORG_NOUNS or
                     t.low[subject[1] - 1] in MEMBERS_BODIES) and \
                    not t.is_cap(subject[1] - 1) and _mention_end(near) < b and \
                    ((near[1].kind == "institution" and
                      (_geographic(near[1].name) or
                       near[1].name.lower().endswith((" county", " province")))) or
                     any(plural_possessive(t, x) for x in range(subject[0] + 2,
                                                                subject[1] - 1))) and \
                    not text.startswith(("'s", "’s"), _mention_end(near)):
                # "The Leon County teachers' union condemned": the union, by its
                # description, not the county it is in (and "The Colca guides' association
                # accused": its members' trade before it, whatever the name, as written)
                subject_name = text[t.spans[subject[0] + 1][0]:b]
            if said_by and a in said_by:  # "The Austrian tourism association welcomed":
                subject_name = said_by[a]  # as it is named where it speaks
            if near is None and subject[1] - subject[0] == 1 and \
                    t.low[subject[0]] in ("he", "she", "it", "they"):
                teller = [s for s in said_by or () if start <= s < a] \
                    if subject[0] > 0 and (t.low[subject[0] - 1] in SAID_FORMS or (
                        t.low[subject[0] - 1] == "that" and
                        any(t.low[x] in SAID_FORMS
                            for x in range(max(0, subject[0] - 6), subject[0] - 1)))) else []
                # (and "said in a statement that it welcomed": the teller still)
                if not teller and subject[0] > 0 and t.low[subject[0] - 1] == "and" and \
                        speakers:
                    kind = "institution" if t.low[subject[0]] == "it" else "person"
                    teller = [s for s in said_by or () if start <= s < a and
                              (who := speakers.get(said_by[s])) is not None and
                              who.kind == kind][-1:]  # "The ministry said ..., and it
                    # accused the nurses' union": the teller, whose second act it is
                body_before = max((x for x in said_by or () if start - 300 < x < start),
                                  default=None) \
                    if subject[0] == 0 and t.low[0] == "it" and not teller else None
                if body_before is not None and speakers and \
                        (who := speakers.get(said_by[body_before])) is not None and \
                        who.kind == "institution":
                    teller = [body_before]  # "The metro operator said ... It accused the
                    # union of": the body that spoke in the sentence before, though unnamed
                subject_name = said_by[max(teller)] if teller else \
                    _pronoun_subject(registry, t.low[subject[0]], a, speakers)
                # ("Hotel owners said they supported the measure": the ones who said so, not
                # the body named last)
            elif near is None and subject_name is None:
                noun = t.low[subject[1] - 1]
                same = [n for n in speakers or () if n.islower() and
                        (n == noun or n.endswith(" " + noun))] \
                    if t.low[subject[0]] == "the" and subject[1] - subject[0] == 2 and \
                    noun.endswith("s") else []
                placed = next((k for k in range(subject[0], min(subject[1] - 2, subject[0] + 3))
                               if t.low[k + 1] in ("on", "at", "in", "near", "from", "along")
                               and t.low[k].endswith(("s", "men")) and not t.is_cap(k)), None)
                if not same and placed is not None and speakers:
                    same = [n for n in speakers if n.lower() == t.low[placed]]
                    # ("Coffee growers on the slopes of Mount Elgon ... have accused the
                    # regulator ... Growers say": the group under the bare label it speaks by)
                subject_name = same[0] if len(same) == 1 else \
                    _group_label(t, *subject) or \
                    _group_in_place(t, *subject)  # "Environmental groups praised" (and "The
                # artists singled out Didj Direct": the "Indigenous artists" who spoke)
                if subject_name is None and subject[1] - subject[0] >= 4 and \
                        group_then_modifier(t, subject[1] - 1, subject[0]) == subject:
                    subject_name = _label(t, *subject)  # "Fishermen at Senga Bay on Lake
                    # Malawi have accused lakeshore hotels": the group at its site, though
                    # it says nothing of its own
                if subject_name is None and subject[1] - subject[0] >= 3 and \
                        t.low[subject[0] + 1] == "of" and t.low[subject[0]].endswith("s") and \
                        (role_noun(t.low[subject[0]]) or agent_noun(t.low[subject[0]])) and \
                        all(t.is_word(x) and (not t.is_cap(x) or x == subject[0])
                            for x in range(subject[0], subject[1])):
                    subject_name = _label(t, *subject)  # "Survivors of the 2018 eruption
                    # accused": a group by what befell it
                if subject_name is None and t.low[subject[0]:subject[1]] == ("the", "government"):
                    subject_name = "government"  # "The government has called the lawsuit an
                    # attack": labelled as its quotes are ("the government said": government)
                if subject_name is None and t.low[subject[0]] == "the" and \
                        subject[1] - subject[0] >= 3 and \
                        t.low[subject[0] + 1].endswith(("'s", "’s")) and \
                        _possessed_group(text, t.spans[subject[0] + 1][1] - 2, b):
                    subject_name = _label(t, subject[0] + 1, subject[1])  # "the village's
                    # bell ringers accuse the diocese": the ringers, as their quotes are
                    # labelled, not the village
                if subject_name is None:  # "The union accused the company": the union the
                    # story named before, as its targets have it (not a place after a
                    # preposition)
                    subject_name = next((n for ms, me, n in mentions if ms < b and me > a and
                                         not _AFTER_PREPOSITION.search(text, max(a, ms - 6),
                                                                       ms) and
                                         not _IN_COMPASS.search(text, max(a, ms - 20), ms)),
                                        None)
                if subject_name is None and t.low[subject[0]] in ("a", "an") and \
                        (person := registry.titled_later(t.low[subject[1] - 1], set(), a)):
                    subject_name = person.name  # a lede's "A Democratic senator accused":
                    # the senator the story names next ("Sen. Marisol Ortega")
                head = t.low[subject[1] - 1]
                where = next((x for x in range(subject[0] + 3, subject[1] - 1)
                              if t.low[x] in ("in", "from") and t.is_cap(subject[1] - 1) and
                              all(t.is_cap(y) or t.low[y] in COMPASS
                                  for y in range(x + 1, subject[1]))), subject[1])
                head = t.low[where - 1]  # ("A fishermen's union in southern Chile has sued":
                # the union, its place named after it)
                if subject_name is None and t.low[subject[0]] in ("the", "a", "an") and \
                        (head in ORG_NOUNS or head in ("association", "federation")) and \
                        where - subject[0] >= 3 and \
                        all(t.is_word(x) and not t.is_cap(x) or t.low[x] in ("'", "’")
                            for x in range(subject[0] + 1, where)):
                    # "The police officers' union praised the mayor": a body the story
                    # describes and never names, by its description
                    later = _body_named_next(registry, head, a, 800) \
                        if t.low[subject[0]] != "the" else None  # ("A consumer group sued
                    # ... The group, Safe Kids, said": the body named next)
                    subject_name = later.name if later is not None else \
                        _label(t, subject[0] + 1, subject[1])
                if subject_name is None and t.low[subject[0]] in ("a", "an") and \
                        head in DECIDERS | {"court", "tribunal"}:
                    # "A Cypriot court convicted ...": the court the story names next
                    later = _body_named_next(registry, head, a, 800)
                    subject_name = later.name if later is not None else None
                if subject_name is None and head in ("body", "authority") and \
                        any(t.low[k].endswith(("'s", "’s")) for k in range(*subject)) and \
                        (later := _body_named_next(registry, head, end, 800)) is not None:
                    subject_name = later.name  # a lede's "Scottish soccer's governing body
                    # fined ...": the Scottish Football Association the story names next
                if subject_name is None and t.low[subject[0]] == "the" and \
                        subject[1] - subject[0] in (2, 3) and \
                        lexicon.titles().get(head) is not None and \
                        lexicon.titles()[head].kind == "title" and head != "speaker" and \
                        all(t.is_word(x) and not t.is_cap(x)
                            for x in range(subject[0] + 1, subject[1])):
                    titled = next((e.name for e, _ in registry.persons_before(a)
                                   if e.kind == "person" and head in e.titles), None)
                    subject_name = titled or _label(t, subject[0] + 1, subject[1])  # "The
                    # energy minister blamed the U.S. embargo": the minister named before,
                    # else by the description, as a quote labels him
        elif group is not None:
            subject_name = group
        elif before_relative or (told and subject_name is not None):
            pass  # (the phrase before a relative clause, or the speaker, named above)
        elif not (i and t.low[i - 1] in ("and", "but", "then", "also")):
            subject_name = None
        if subject_name is not None and subject is not None and said_by and \
                subject_name[:1].islower() and \
                (spoken := next((who for ms, who in said_by.items()
                                 if t.spans[subject[0]][0] <= ms < t.spans[subject[1] - 1][1]
                                 and who != subject_name and
                                 who.lower().startswith(subject_name.lower() + " ")),
                                None)) is not None:
            subject_name = spoken  # "Hundreds of vendors in the eastern Ugandan town of Iganga
            # refused ..., saying": the group as it is labelled where it speaks
        if subject_name is None or (t.low[at - 1] != "," and any(
                t.low[j] in NEGATIONS for j in range(max(0, at - 2), at))):
            continue  # ("did not condemn"; not "Whitfield, who voted no, accused")
        # (the clause ends at a contrast or at ", saying ...": "Leitner rejected that claim,
        # saying the company's margins had shrunk" rejects the claim, not the company)
        stop = next((j for j in range(i + 1, len(t)) if t.low[j] in CONTRAST or
                     (t.low[j] in ("”", '"') and t.low[j - 1] in (",", ".", "?", "!")) or
                     (t.low[j] == "," and j + 1 < len(t) and t.low[j + 1].endswith("ing") and
                      t.low[j + 1] in verbs) or
                     # ("which supports the farmers, accused the government": the relative
                     # clause ends where the subject's own act begins)
                     (t.low[j] == "," and j + 1 < len(t) and t.low[j + 1] in cues and
                      t.low[j + 1].endswith("ed") and
                      (t.low[j + 1] in verbs or
                       any(t.low[x] in ("which", "who") for x in range(max(0, i - 3), i)))) or
                     # (and "Mining companies, which had warned that ..., welcomed the
                     # ruling": the warning's clause ends where the companies' act begins)
                     (t.low[j] == "and" and j + 1 < len(t) and
                      (t.low[j + 1] in SAID_FORMS or t.low[j + 1] in ASKING_FORMS or
                       t.low[j + 1] in ("believed", "believes", "thought", "thinks") or
                       (t.low[j + 1] in cues and t.low[j + 1].endswith("ed") and
                        (cues[t.low[j + 1]] > 0) != (c > 0)))) or
                     (t.low[j] == "," and _attribution_follows(t, j + 1)) or
                     # ("praised the local pilots' union, whose head ... has asked the
                     # directorate": a relative clause on the object acts on its own)
                     (t.low[j] == "," and j > i + 1 and j + 2 < len(t) and
                      t.low[j + 1] in ("whose", "who", "which") and
                      t.low[j + 2] not in OBJECT_GRANTS) or
                     (t.low[j] in SUBORDINATE_OPENERS and j + 1 < len(t) and
                      t.low[j + 1] in ("he", "she", "they")) or
                     # ("rejected a bill ..., after the government and the banks lobbied
                     # against it": a clause of its own subject, set off by its comma)
                     (t.low[j] in SUBORDINATE_OPENERS and t.low[j - 1] == "," and
                      j + 2 < len(t) and t.low[j + 1] == "the" and
                      any(t.low[x].endswith("ed") and not t.is_cap(x)
                          for x in range(j + 2, min(len(t), j + 8))
                          if "," not in t.low[j + 2:x]))),
                    len(t))  # ("welcomed the decision and said the combined airline ...",
        # "disagreed with it and believed Valcarcel was innocent": a report of its own;
        # "expelled a lawmaker ... after he voted against the government's budget": a
        # clause of its own subject ends the act's;
        # "welcomed the toll and criticized New Jersey's challenge": a second act, the other
        # way)
        clause_end = t.spans[stop][0] if stop < len(t) else end
        if w in ("accused", "accuses", "accusing", "blamed", "blames", "blaming", "criticized",
                 "criticised", "criticizes", "criticises", "condemned", "condemns") and \
                t.low[i + 1:i + 2] != ("each",) and t.low[i + 1:i + 2] != ("one",):
            # "accused Brussels of targeting American firms": the accused, not the victims
            # ("criticized the government for moving closer to Japan": not Japan)
            cut = ("of", "for") if w.startswith(("acc", "bla")) else ("for",)
            of = next((j for j in range(i + 2, stop) if t.low[j] in cut), None)
            if of is not None:
                clause_end = min(clause_end, t.spans[of][0])
        if w in DENYING_CLAIMS and i + 3 < len(t) and t.low[i + 1] in ("the", "any") and \
                t.low[i + 2] in CLAIM_NOUNS and t.low[i + 3] == "that":
            # "rejected the suggestion that it restricted Vanuatu's sovereignty": the claim's
            # maker, not who its clause names
            clause_end = min(clause_end, t.spans[i + 3][0])
        home = _home(subject_name, registry)
        aimed = [name for k, (ms, me, name) in enumerate(mentions)
                 if t.spans[i][1] <= ms < clause_end and name != subject_name and
                 _country_of(subject_name) != name and
                 (name not in home or (text[ms:me] in ("government", "authorities") and
                                       not _state_official(subject_name, registry) and
                                       not _leader(subject_name, registry))) and
                 not _modifies_next(text, mentions, k)]
        if freed is not None:
            aimed = [n for n in aimed if any(freed.end() <= ms < clause_end and n == name
                                             for ms, _, name in mentions)]
        # (a firm's own country is no target, but "blaming the government" is: its rulers)
        if not aimed and i + 2 < len(t) and t.low[i + 1] == "the" and t.is_word(i + 2) and \
                (i + 3 == len(t) or not t.is_word(i + 3) or t.low[i + 3] in ("and", "but")):
            titled = next((e.name for e, _ in registry.persons_before(t.spans[i][0])
                           if e.kind == "person" and t.low[i + 2] in e.titles and
                           e.name != subject_name), None)  # "thanked the collector and said":
            # the person the story gave that title ("The collector, Friedrich Amsel-Wend,"),
            # the nearest first, the look-up stopping there
            aimed = [titled] if titled is not None else []
        out.extend((subject_name, name, c) for name in aimed)
        if referent is not None and not aimed:
            # "Restrepo welcomed the ruling" (the court's), "Hollis rejected that" (what
            # the speaker before said): an object that stands for a target
            k = i + 1
            while k < len(t) and t.low[k] in ('"', "”", "’", "'"):
                k += 1  # ('it "strongly disagreed" with the findings')
            if w.startswith("disagree") and t.low[k:k + 1] == ("with",):
                k += 1  # "disagreed with the findings"
            if w in ("favour", "favor") and t.low[k:k + 1] == ("of",):
                k += 1  # "voted in favour of the ban"
            claim = _claim_before(t, i)  # ("said the strike had minimal impact, a claim
            # the drivers' group disputed": the claim's maker, said before it)
            whom = referent("claim", t.spans[claim][0], subject_name) if claim is not None \
                else _object_referent(t, k, referent, subject_name)
            if whom and whom != subject_name:
                # "Landowners ... welcomed the vote", the lede's vote to remove him: a side
                # against the one removed (and for him when the vote is condemned)
                out.append((subject_name, whom,
                            -c if t.low[k:k + 2] in (("the", "vote"), ("the", "motion"),
                                                     ("the", "decision"), ("the", "move"))
                            and _removed_in_lede(text, whom) else c))
        if i + 1 < len(t) and t.low[i + 1] in ("him", "her", "his"):
            # "he accused her of ...", "Rao dismissed her remarks as 'baseless'"
            objective = t.low[i + 1] == "him" or (
                t.low[i + 1] == "her" and (i + 2 >= len(t) or
                                           t.low[i + 2] in ("of", "for", "as", "on", "and",
                                                            "after") or
                                           not t.is_word(i + 2)))
            # (not a possessive, the subject's own: "thanked her coaches", "defended his
            # company's record"; but "congratulated her.": she is someone else)
            whom = _pronoun_subject(registry, t.low[i + 1], t.spans[i][0], speakers,
                                    subject_name if objective else None)
            if whom is None and objective:
                pos = t.spans[i + 1][0]
                whom = next((n for a, _, n in reversed(mentions) if a < pos and
                             n != subject_name and
                             getattr(registry.entities.get(n), "kind", None) == "person"),
                            None)  # "dismissed its chief conductor after musicians signed a
                # letter accusing him": the role the story names its holder by later
            if whom and whom != subject_name:
                out.append((subject_name, whom, c))
    return out


def _attribution_follows(t: Tokens, k: int) -> bool:
    """Tokens from ``k`` to the sentence's end are a final attribution (``the Culture
    Ministry said Tuesday.``): whose words the clause before is, no object of its act
    ("... after geologists warned that the cliffs were unstable, the Culture Ministry
    said": no warning aimed at the ministry)."""
    said = next((x for x in range(k + 1, min(len(t), k + 6)) if t.low[x] in SAID_FORMS), None)
    return said is not None and all(t.is_word(x) for x in range(k, said)) and \
        all(t.is_word(x) or t.low[x] in (".", "!", "?") for x in range(said + 1, len(t))) and \
        len(t) - said <= 5
#: words by which a reaction points at someone it does not name: "They knew", "I don't
#: trust them", "This is a company that ...", "That is not an accident", "A company that
#: cheated shoppers for years", "calling her opponent 'a puppet'"
_RIVAL_WORDS = r"(?:[Hh]is|[Hh]er|[Tt]heir) (?:opponents?|rivals?|challengers?)"
# (whole words: not the "it" of "intimidate")
_RIVAL = rx.compile(r"\b" + _RIVAL_WORDS + r"\b")


def _group_label(t: Tokens, a: int, b: int) -> str | None:
    """A group no name tells (``Environmental groups``, ``Critics``, ``Some economists``)
    as a stance holder: its words in lower case, as a speaker label would have them;
    None for anything else."""
    from ..mentions import agent_noun

    head = t.low[b - 1]
    if a >= 1 and t.low[a - 1] in ("had", "has", "have") and t.low[a].endswith("ed"):
        return None  # "plantations had used chemicals banned in Laos": a verb and its object,
        # no group
    of = next((k for k in range(b - 2, a - 1, -1) if t.low[k] == "of"), None)
    if of is not None and of > a and t.is_cap(of - 1) and t.is_cap(of + 1):
        return None  # "Cyprus's House of Representatives": a body's own name, no group
    if of is not None:
        a = of + 1  # "71% of members": the members
    if head == "opposition" and b - a <= 2 and not any(t.is_cap(k) for k in range(a + 1, b)):
        return "opposition"  # "The opposition called on Kallis to resign"
    first = a + 1 if t.low[a] in NOT_NAME_STARTS else a  # ("Indigenous Atacameño communities")
    if not head.endswith(("s", "men")) or any(t.is_cap(k) for k in range(first + 1, b)) or \
            b - a > 3:
        return None
    stem = head[:-3] + "y" if head.endswith("ies") else head[:-1]  # ("communities")
    if not (role_noun(head) or agent_noun(stem) or head in GROUP_NOUNS or  # ("fishermen")
            lexicon.source_nouns().get(stem) in ("anonymous", "institution")):
        return None
    return _label(t, a, b).lower()


def _group_in_place(t: Tokens, a: int, b: int) -> str | None:
    """``Officials in Punjab``, ``Sikh advocacy groups in Canada``, ``Knitters on Fair
    Isle``, ``Guides at the mud-and-stick mosque in ... Larabanga``: a group named by where
    it is, as a stance holder (a speaker label), else None."""
    p = next((k for k in range(a + 1, b - 1) if t.low[k] in ("in", "from", "across", "on",
                                                              "near", "at")), None)
    of = next((k for k in range(p - 1, a - 1, -1) if t.low[k] == "of"), None) \
        if p is not None else None
    if of is not None and of + 1 < p:
        a = of + 1  # "Almost 80% of the 1,200 voters in Villarejo": the voters
        while a + 1 < p and (t.low[a] == "the" or t.low[a][:1].isdigit()):
            a += 1
    if p is None or _group_label(t, a, p) is None and not (
            t.low[p - 1].endswith(("s", "men", "people", "children")) and t.is_word(p - 1)):
        # ("Local fishermen in the Seychelles")
        return None
    if t.low[p] in ("on", "near") and not (
            t.is_cap(p + 1) and all(t.is_word(x) and not t.low[x][:1].isdigit()
                                    for x in range(a, p)) and
            t.low[a] not in ("least", "most", "more", "some")):
        return None  # (a group on an island, not "at least 43 people on Sunday")
    return _label(t, a, b)


def _member_of_group(text: str, found: Mapping[str, Target], at: int) -> str | None:
    """The group target whose member the speaker named at ``at`` is introduced as (``One
    sand miner, who gave only his first name, Okurut``), else None."""
    before = text[max(0, at - 60):at]
    for name, target in found.items():
        if target.kind != "group":
            continue
        one = singular(name.split()[-1])
        if re.search(rf"\b(?:One|A|An|Another|one|a|an|another) (?:[a-z-]+ )?{re.escape(one)}"
                     rf"\b[^.;]*$", before):
            return name
    return None


def principal(targets: Mapping[str, Target]) -> list[str]:
    """Targets the story is about, most mentioned first (then the one named first); a
    target named once is no principal actor."""
    counts = {n: len(t.mentions) - len(t.members) - len(t.described)
              for n, t in targets.items()}
    return sorted((n for n in targets if counts[n] >= 2),
                  key=lambda n: (-counts[n], targets[n].mentions[0]))


def _continues_unnamed(text: str, seg: Segmentation, quotes: list[Quote], qi: int,
                       starts: list[int]) -> bool:
    """Whether ``q`` (which says *they*) follows the same speaker's reported clause, in the
    sentence before, whose subject is a definite noun that is no target: ``said the
    government was using the investigation ... "They are arresting grandmothers"``: *they*
    is that noun, not the story's principal actor."""
    q = quotes[qi]
    if _THEY_WORDS.search(text, q.start, q.end) is None:
        return False
    first = seg.sentence_at(q.start)
    p = None
    for k in range(qi - 1, -1, -1):  # (quotes are in reading order: look back, not at all)
        if seg.sentence_at(quotes[k].start) < first - 1:
            break
        if quotes[k].end <= q.start and quotes[k].speaker == q.speaker and \
                quotes[k].kind == "indirect":
            p = quotes[k]
            break
    if p is None:
        return False
    m = _DEFINITE_SUBJECT.match(text, p.start)
    if m is None or m.group(1) in EVENT_VERBS or m.group(1) in THINGS:
        return False  # ("the ruling was long overdue ... caught up with them": no one)
    if not m.group(1).endswith("s") and m.group(1) not in ORG_NOUNS and \
            not lexicon.source_nouns().get(m.group(1)) and m.group(1) not in ("police", "people"):
        return False  # ("the new site was too far ... They want to destroy": no one "they"
        # can be, a single thing)
    k = bisect_left(starts, p.start)
    return not (k < len(starts) and starts[k] < m.end())


_THEY_WORDS = rx.compile(r"\b(?:[Tt]hey|them)\b")
#: a reported clause opening on a definite noun ("the government was", "police had")
_DEFINITE_SUBJECT = rx.compile(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) (?:[a-z]+ )?([a-z]+) "
                               r"(?:was|were|is|are|had|has|have|would|will)\b")
#: subjects that are things, never the *they* of a reaction
THINGS = frozenset({"law", "laws", "plan", "plans", "bill", "deal", "report", "rules", "policy",
                    "proposal", "move", "change", "changes", "case", "trial", "process",
                    "meetings", "hearings", "consultations", "talks"})


#: after a name, the narrator's account of harm done to that person ("Harold Jennings, was
#: shot once", "who was killed"): a victim, at whom no reaction is aimed
_VICTIM_AFTER = rx.compile(
    r"(?:,\s*\d+)?,?\s+(?:who\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:shot|killed|stabbed|injured|wounded|attacked|murdered|beaten|kidnapped|abducted|"
    r"assaulted|robbed)\b")


def _victims(text: str, found: Mapping[str, Target]) -> set[str]:
    """People the story reports harm done to (:data:`_VICTIM_AFTER`)."""
    return {n for n, t in found.items() if t.kind == "person" and
            any(_VICTIM_AFTER.match(text, b) for _, b in t.mentions)}


#: an office named by its holder's title: "governor's office", "provincial governor's office"
_OFFICE_OF = rx.compile(r"(?:[a-z]+ )?([a-z]+)['’]s office")


def _heads_office(ent: Entity | None, body: str) -> bool:
    """Whether ``ent`` holds the office ``body`` is named for by its holder's title
    (``Governor X`` of "governor's office")."""
    return ent is not None and body.endswith("office") and \
        (holder := _OFFICE_OF.fullmatch(body.lower())) is not None and \
        any(holder.group(1) in title.split() for title in ent.titles)


def _titled_member(registry: Registry, who: str, body: str) -> bool:
    """Whether ``who`` holds a title of ``body`` by its noun (``Council President Andrea
    Jenkins`` of the Minneapolis City Council)."""
    ent = registry.entities.get(who)
    if ent is not None and _is_court(body, registry) and \
            any(w in JUDGES for title in ent.titles for w in title.split()):
        return True  # "Presiding judge Katrin Overbeck-Lenz" of the court that ruled
    if _heads_office(ent, body):
        return True  # "Governor Tumurbaatar Lkhagva" of "the provincial governor's office"
    words = set(body.lower().split()) & NAME_NOUNS
    return ent is not None and bool(words) and \
        any(w in words for title in ent.titles for w in title.split())


#: a legislator's title and the chamber nouns it sits in: "Lawmaker Dunia Anaya" of
#: "Honduras' Congress", "Senator X" of the Senate, "Alderman X" of the City Council
LEGISLATOR_SEATS: Mapping[str, frozenset[str]] = {
    "lawmaker": frozenset({"congress", "parliament", "assembly"}),
    "legislator": frozenset({"congress", "parliament", "assembly"}),
    "congressman": frozenset({"congress"}), "congresswoman": frozenset({"congress"}),
    "senator": frozenset({"senate"}), "alderman": frozenset({"council"}),
    "deputy": frozenset({"assembly", "congress", "parliament"}),  # ("Deputy Yorleny Badilla"
    # of Costa Rica's Legislative Assembly)
    "alderwoman": frozenset({"council"}), "councillor": frozenset({"council"}),
    "councilor": frozenset({"council"}), "councilman": frozenset({"council"}),
    "councilwoman": frozenset({"council"})}


def _sits_in(registry: Registry, who: str, body: str) -> bool:
    """Whether ``who`` is titled a member of the chamber ``body`` (``Lawmaker Dunia Anaya``
    of ``Honduras' Congress``): an unnamed reaction of hers is no reaction to her own
    chamber, which acted with her."""
    ent = registry.entities.get(who)
    last = body.lower().rsplit(" ", 1)[-1]
    return ent is not None and any(last in LEGISLATOR_SEATS.get(title, ())
                                   for title in ent.titles)


#: sources that are counts, not voices: "according to government figures" reacts to no one
COUNTS = frozenset({"figures", "data", "statistics", "estimates", "results", "census", "count",
                    "tally", "records", "projections", "forecast", "forecasts", "numbers"})


#: a count's words before the body that keeps it: "according to figures from the Tamil Nadu
#: government" (the attribution's mention may open on the count or after it)
_COUNT_FROM = rx.compile(r"\baccording to (?:the )?(?:[a-z]+ )?(?:figures|data|statistics|"
                         r"estimates|records|numbers|count) (?:from|by|of|released by|"
                         r"compiled by) ")


def _count_label(speaker: str) -> bool:
    """Whether the speaker's label is a count itself (``government figures``)."""
    return speaker.rsplit(" ", 1)[-1].lower() in COUNTS


def _is_count(text: str, q: Quote) -> bool:
    """Whether the quote is a count (``according to government figures``, ``AIU figures``,
    ``according to figures from the Tamil Nadu government``), which takes no side."""
    return bool(q.speaker) and (_count_label(q.speaker) or (
        q.mention_start is not None and
        _COUNT_FROM.search(text, max(0, q.mention_start - 40),
                           q.mention_end or q.mention_start) is not None))


#: a speaker's own first person: "we", "our", "my"
_FIRST_PERSON = rx.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Mm]y|I|[Mm]e)\b")
#: the speaker's own lot told in the first person, or by a "you" that means anyone there: "At
#: 30 degrees you cannot sit still in the water. You shiver"
_OWN_LOT = rx.compile(_FIRST_PERSON.pattern +
                      r"|\b[Yy]ou (?:cannot|can't|can not|have to|shiver|freeze)\b")
# (and "We are part of the square": a trade's place defended against its removal; "We are
# not criminals": a living defended against the act that treats it as a crime)
#: words that tell what a lay speaker does for a living, after the name: ", who runs a shop",
#: ", a fisherman"
_LIVELIHOOD = rx.compile(r", (?:\d+, )?(?:from [A-Z][\w-]*(?: [A-Z][\w-]*)?, )?"
                         r"(?:whose (?:family|father|mother|parents|grandfather) "
                         r"(?:has |have |had )?(?:run|sold|owned|made|farmed|fished|grown|"
                         r"worked)\b|"  # (", whose family has sold kites for four
                         # generations")
                         r"whose (?:\d+-year-old |elderly |young )?(?:mother|father|son|"
                         r"daughter|husband|wife|child|children|parents) (?:has|have|is|are) "
                         r"(?:been )?(?:on|in|at)\b|"  # (", whose 74-year-old mother has been on
                         # dialysis": a patient's kin)
                         r"who (?:has |had )?(?:run|runs|ran|owns|owned|farms|employs|"
                         r"farmed|fishes|fished|sells|sold|works|worked|grows|grew|lives|lived|"
                         r"rents|herds|weaves|makes|drives|rows|plays|has (?:fished|farmed|sold|"
                         r"worked|lived|run|grown|played|driven))\b|"
                         r"who (?:has|had) (?:bathed|swum|shopped|prayed|worshipped|eaten) "
                         r"(?:there|here|at [\w' -]{1,40}?) every (?:morning|day|week|evening)\b|"
                         # (", who has bathed there every morning for 20 years": a regular,
                         # whose own lot the place's change is)
                         r"an? (?:[\w-]+ )?(?:farmer|fisherman|"
                         r"fisher|vendor|trader|grower|herder|driver|weaver|baker|owner|"
                         r"mother|father|grandmother|grandfather|resident|picker|diver|"
                         r"carpenter|welder|miner|guide|"
                         r"boatman|shopkeeper|student|nurse|teacher|worker|captain|hairdresser|"
                         r"tailor|barber|mechanic|cleaner|labourer|laborer|hawker|seamstress|"
                         r"cook|waiter|waitress|plumber|electrician|receptionist|porter|"
                         r"housekeeper|bartender|chambermaid|clerk|cashier|security guard)\b)")


def _voice_of_group(text: str, seg: Segmentation, quotes: list[Quote], si: int,
                    registry: Registry) -> tuple[str, float, int, str] | None:
    """Where sentence ``si`` tells only that a group the story names by what its members are
    took a side on an act (``Scientists at the University of Burundi backed the ban.``) and
    the next sentence of its paragraph opens on a direct quote of a named person, or on
    the name of a person it reports: that
    person, who speaks as one of the group, the side (+1 or -1), where the act's noun is
    and what it is, "act" (or, for ``Growers disputed that.``, "claim": the *that*, what
    was said before); else None."""
    sent = seg.sentences[si]
    m = _GROUP_TOOK_SIDE.fullmatch(text, sent.start, sent.end) or \
        _GROUP_DISPUTED.fullmatch(text, sent.start, sent.end)
    if m is None or si + 1 >= len(seg.sentences) or \
            seg.sentences[si + 1].paragraph != sent.paragraph:
        return None
    nxt = seg.sentences[si + 1]
    q = next((q for q in quotes if (q.kind == "direct" and nxt.start <= q.start <= nxt.start + 1)
              or (q.mention_start is not None and q.start < nxt.end and
                  (q.mention_start == nxt.start or
                   (m.re.pattern == _GROUP_DISPUTED.pattern and
                    _ITS_HEAD.fullmatch(text, nxt.start, q.mention_start))))), None)
    # (or opens on the name of one who speaks: "Some traders welcomed the rule. Mariatu
    # Kanu, who sells rice at the market, said"; or on a disputing body's head: "Its
    # president, Epifânio Cravid, said")
    ent = registry.entities.get(q.speaker or "") if q is not None else None
    if ent is None or ent.kind != "person":
        return None
    return q.speaker, (1.0 if m.group(1) in _BACKING else -1.0), m.start(2), \
        "claim" if m.re.pattern == _GROUP_DISPUTED.pattern else "act"
#: a sentence that only tells a group disputed what was said before: "Growers disputed that."
#: (the quote that follows is one of them answering the claim's maker)
_GROUP_DISPUTED = rx.compile(r"(?:(?:Some |Many |Most )?[A-Z][a-z]+(?:s|men)(?: [\w'’-]+){0,5}|"
                             r"The (?:[\w'’-]+ ){0,4}?(?:association|union|federation|"
                             r"cooperative)(?: of(?: [\w'’-]+){1,3})?) "
                             r"(disputed|dispute|denied|deny|rejected|reject) (that|this)\.\s*")
# (or a body of them: "The national association of artisanal fishermen disputed that.")
#: the head of the body just named, opening the next sentence: "Its president, Epifânio
#: Cravid, said"
_ITS_HEAD = rx.compile(r"Its (?:president|leader|chairman|chairwoman|head|spokesman|"
                       r"spokeswoman|secretary[- ]general), ")


#: a sentence that only tells a group's side on an act: "Scientists at the University of
#: Burundi backed the ban.", "Pensioners' groups condemned the vote."
_GROUP_TOOK_SIDE = rx.compile(r"(?:(?:Some|Many|Most|Several|Other) [a-z]+(?:s|s['’]|men)|"
                              r"[A-Z][a-z]+(?:s|s['’]|men)|Some|Many|Others)"
                              r"(?: [\w'’-]+){0,7} (backed|welcomed|praised|"
                              r"supported|hailed|applauded|condemned|criticised|criticized|"
                              r"opposed|rejected|denounced|slammed|questioned) (the|this) "
                              r"[a-z]+(?: [a-z]+)?\.\s*")  # (and "Some questioned the decision.")
#: the verbs of :data:`_GROUP_TOOK_SIDE` that take the act's side
_BACKING = frozenset({"backed", "welcomed", "praised", "supported", "hailed", "applauded"})


def _lay_grievance(text: str, q: Quote, registry: Registry, speakers: Mapping[str, Speaker],
                   employers: Mapping[str, str | None]) -> bool:
    """Whether a direct quote is a lay person's word on their own lot ('"We walk for hours
    to gather the nuts. Then the trader tells us the price," said Fuseina Abdul-Rahman, who
    leads a cooperative'): a named person the story describes by their living, who holds
    no office and works for no body it names, speaking in the first person. A loss such a
    quote tells reacts to whoever the story says acted, as a pronoun's reaction does (the
    living told where the person is first named: "Woodcarver Elena Sârbu, who has sold at
    the market for 15 years, said ... 'I would have to sell twice as many spoons,' she
    said")."""
    who = speakers.get(q.speaker or "")
    ent = registry.entities.get(q.speaker or "")
    if who is None or who.kind != "person" or ent is None or ent.kind != "person" or \
            employers.get(q.speaker) is not None or q.mention_end is None:
        return False
    titles = lexicon.titles()
    if any(titles.get(w) is not None and titles[w].kind in ("title", "military")
           for t in ent.titles for w in t.split()):
        return False  # (a mayor, a minister, a director: an office, not a lot)
    return (_LIVELIHOOD.match(text, q.mention_end) is not None or
            any(_LIVELIHOOD.match(text, e2) is not None for _, e2, _ in ent.mentions) or
            any(" " not in t and agent_noun(t) and t not in SPOKES and
                (titles.get(t) is None or titles[t].kind == "role")
                for t in ent.titles) or  # ("said driver Djimet Ngarlejy": a trade before it)
            (q.mention_start is not None and
             _SAID_ONE_OF_THEM.search(text, max(0, q.mention_start - 120), q.mention_start)
             is not None)) and \
        _OWN_LOT.search(text, q.start, q.end) is not None


#: a speaker set off as one of the group just told of: 'said one of them, a 16-year-old who
#: gave only his first name, Jhonny'
_SAID_ONE_OF_THEM = rx.compile(r"\bsaid one of them, [^.;\"“”]*$")


#: a speaker's aside that names where they work: ", speaking on condition of anonymity
#: because she still works for "
_WORKS_FOR_ASIDE = rx.compile(r"(?: who [a-z ]+)?, [^.;:\"“”]*\b(?:works?|working|"
                              r"employed) (?:for|at|with|by) (?:the )?")
#: how an objection to an act is told: "will end a trade", "cannot afford", "refused"
_OBJECTING = rx.compile(r"\b(?:refused?|refusing|cannot afford|can't afford|could not afford|"
                        r"will end|would end|end an?|kill|flood|shut (?:us|them) out|"
                        r"drive (?:us|them) out|unaffordable|too high|ruin|destroy|"
                        r"(?<!corrected an )(?<!corrects an )(?<!ended an )(?<!ends an )"
                        r"(?<!fixed an )(?<!replaced an )unfair|"  # (not "corrected an unfair
                        # system": the wrong the act undoes)
                        r"only a fraction|too small|too little|not enough|too short|"
                        r"(?:voiced|expressed|raised) [\"“]?(?:serious |deep |grave |strong )?"
                        r"concerns?\b|"  # ('expressed "serious concern" and urged Kyrgyzstan
                        # to protect the rights of Chinese investors')
                        r"too far (?:from|away)\b|"  # ("the new market was too far from the
                        # beach for tourists to find")
                        r"(?:was|is|were|are|would be) (?:very |deeply |extremely )?"
                        r"(?:short-sighted|shortsighted|misguided|ill-conceived|unrealistic|"
                        r"unworkable|impractical)\b|"  # ("the deadline was unrealistic")
                        r"(?:would|will|could) (?:cut|halve|slash|wipe out) (?:their|our|its|"
                        r"his|her) (?:[\w-]+ ){0,2}?(?:takings|income|earnings|revenues?|sales|"
                        r"profits)\b|"  # ("the rule would cut their summer takings by a third")
                        r"\b(?:[Ww]e|[Tt]hey|I) (?:were|was|had) not (?:been )?(?:consulted|"
                        r"told how much)\b|"  # ("they had not been told how much they would
                        # be paid for their bars")
                        r"(?:would|will|could) add (?:at least |about |up to |more than |"
                        r"another |an extra )?[\w-]+ (?:minutes|hours|days)\b|"  # ("the plan
                        # would add at least 40 minutes to each trip")
                        r"(?:you|they) (?:cannot|can't|can not) (?:ask|expect|force) (?:us|them|"
                        r"people|passengers|families|residents|farmers|drivers|pensioners)\b|"
                        # ("You cannot ask them to change buses twice")
                        r"(?:favou?red|favou?rs|favou?ring) (?:the )?(?:large|big|bigger|larger|"
                        r"wealthy|rich|richer|foreign) (?:operators|companies|firms|chains|"
                        r"players|agencies|hotels|landlords|businesses)\b|"  # ("the auction
                        # clearly favoured large operators": unfair to the speaker's kind)
                        r"(?:would|will) (?:[a-z]+ )?break (?:a|the|its|their) (?:[a-z]+ )?"
                        r"(?:promise|pledge|commitment)|"
                        r"(?:ignored|ignores|ignore) (?:how|what|the needs|the fact)|"
                        r"(?:would|will|could) (?:[a-z]+ )?cost (?:us|them|members|their|our|"
                        r"its members)|"
                        r"(?:would|will|could) hit (?:honest|small|local|our|their|us|them)\b|"
                        r"without (?:income|work|jobs|a living|pay)|nowhere to|"
                        r"without (?:any )?(?:warning|notice|consultation)|"
                        r"(?:was|is|would be) a (?:big |grave |serious )?(?:mistake|blunder)|"
                        r"(?:come|came|comes) (?:(?:years|decades|months|far|much) )?too late|"
                        r"(?:was|is|would be) (?:far |much )?too late\b|"
                        r"(?:would|will) not work\b|(?:would|will|could) divide\b|"
                        r"(?:would|will) only (?:move|shift|push|displace) the problem\b|"
                        r"price (?:[\w-]+ ){0,3}?out of\b|discriminatory|"
                        r"punish(?:es|ed)? (?:responsible|honest|law-abiding|innocent|pensioners|"
                        r"families|the poor|the elderly|the many)\b|"
                        r"(?:was|is|would be|will be) no (?:substitute|replacement)\b|"
                        r"(?:would|will|could) force (?:[\w,-]+ ){0,6}?to (?:close|shut|raise|"
                        r"hire|lay off|cut)\b|(?:with|on|at) only (?:[\w'’-]+ ){1,3}?notice\b|"
                        r"no compensation (?:had|has|was|would)|"
                        r"(?:decision|plan|move|measure|season|ban|order|quota|it) "
                        r"(?:broke|breaks|breached|breaches|violated|violates|flouted|flouts) "
                        r"(?:the )?(?:[A-Z]{2,} |European |international |national )?"
                        r"(?:law|laws|rules|treaty|treaties)|"  # ("the decision broke EU law":
                        # the act itself, not "owners who broke the rules")
                        r"no plans to (?:change|allow|accept|approve|introduce)|"
                        # ("turned copyright 'upside down'")
                        r"(?:turned|turns|turn) (?:[\w'’-]+ ){1,3}?[\"“]?upside down\b|"
                        # ("the law was probably unconstitutional", "would shut out Italians
                        # from the rest of the country", "far above what the market could bear")
                        r"(?:probably |clearly |likely )?unconstitutional\b|"
                        r"(?:would|will|could) shut out\b|"
                        r"(?:above|beyond) what (?:the market|we|they|people|families|farmers|"
                        r"consumers|customers) (?:can|could) (?:bear|afford|pay)\b|"
                        r"(?:would|will|could) delay (?:[\w-]+ ){1,8}?by (?:years|decades)\b|"
                        # ("the quota would weaken Lithuanian teams", "well meant but badly
                        # timed")
                        r"(?:would|will|could) (?:seriously |badly )?weaken\b|"
                        r"(?:would|will|could) (?:[a-z]+ )?bankrupt\b|"  # ("would bankrupt
                        # small village committees", "would wipe out a key source of winter
                        # income")
                        r"(?:treated|treats|treat|treating) (?:[\w'’-]+ ){1,3}?like "
                        r"(?:criminals|poachers|thieves|smugglers|suspects|terrorists|"
                        r"outlaws|slaves|animals)\b|"  # ("the rule treated them like
                        # poachers")
                        r"(?:would|will|could) (?:[a-z]+ )?wipe out (?:[a-z'’-]+ ){0,5}?"
                        r"(?:income|incomes|livelihood|livelihoods|jobs|earnings|business|"
                        r"trade)\b|"
                        r"(?:risked|risks|would risk) [\"“]?(?:dumbing|undermining|destroying|"
                        r"killing|damaging)\b|interfered with\b|"
                        r"(?:amounted|amounts|amount) to (?:censorship|theft|robbery|"
                        r"expropriation)\b|"
                        r"(?:badly|poorly|ill)[- ]timed\b|"
                        # ("would probably leave some school bands without instruments", "the
                        # duty was 'protectionism dressed up as culture'", "the rule was rushed
                        # and would double the cost of some monuments", "would almost certainly
                        # close if the fines continued")
                        r"(?:leave|leaves|left) (?:[a-z-]+ ){1,4}without\b|"
                        r"(?:was|is|were|are) (?:[a-z]+ )?[\"“]?(?:protectionism|rushed)\b|"
                        r"dressed up as\b|(?:would|will|could) (?:[a-z]+ )?double the cost\b|"
                        r"(?:would|will|could) (?:[a-z]+ ){0,2}(?:close|shut) if the\b|"
                        # ("could cost up to 300 jobs", "the few plantations charge up to five
                        # times more than local woodcutters")
                        r"(?:would|will|could) (?:[a-z]+ )?cost (?:up to |about |some |around |"
                        r"as many as )?(?:[\d,]+ |thousands of |hundreds of )?jobs\b|"
                        r"(?:charge|charges|cost|costs) (?:up to |about |nearly |almost )?"
                        r"(?:two|three|four|five|six|ten|\d+) times (?:more|as much)\b|"
                        # ("the rule could cut their business by half", "no proper survey had
                        # been done", "the rules treated a sacred medicine like a drug")
                        r"(?:would|will|could) (?:[a-z]+ )?cut (?:their|our|its|members['’]) "
                        r"(?:business|income|takings|earnings|sales|trade)\b|"
                        r"\bno (?:proper |full |independent )?(?:survey|study|consultation|"
                        r"assessment) (?:had|has) been (?:done|carried out|made|conducted)\b|"
                        r"(?:treated|treats|treat) (?:[a-z-]+ ){1,4}like (?:a |an )?(?:drug|"
                        r"criminals?|commodity|toy)\b|"
                        # ("would ask a court to strike down the registry", "would ask a court
                        # to block the scanning")
                        r"(?:ask|asked|asking) (?:a|the) (?:[a-z]+ )?court to (?:block|halt|"
                        r"stop|suspend|annul|overturn|strike down|quash)\b|"
                        r"(?:review|reverse|overturn|suspend|scrap|withdraw|revoke) "
                        r"(?:the|a|its) (?:new )?(?:order|rules?|ban|limit|cap|fee|decision)|"
                        r"(?:ask|asked|asking|urge|urged|urging) (?:the )?(?:[a-z]+ ){0,2}?"
                        r"(?:councillors|councilors|council|government|ministry|city|lawmakers|"
                        r"officials|authorities) to (?:drop|scrap|withdraw|reverse|abandon|"
                        r"rethink|reconsider)\b|"  # ("would ask councillors to drop the
                        # audition")
                        r"(?:ask|asked|asking|urge|urged|urging) (?:the )?(?:[a-z]+ ){0,3}?"
                        r"(?:minister|ministry|government|president|governor|her|him) to "
                        r"(?:step in|intervene|overrule)\b|"  # ("had written to the regional
                        # culture minister asking her to step in")
                        r"(?:challenge|contest) (?:the|its) (?:new )?(?:permit|permits|"
                        r"decision|ban|rules?|approval|licen[cs]e|order)\b|"  # ("would
                        # challenge the permit at the Council of State")
                        r"(?:file|filed|lodge|lodged|mount|launch) (?:a |an )?"
                        r"(?:constitutional complaint|legal challenge)|"  # ("would file a
                        # constitutional complaint, arguing that the rule violated parents'
                        # freedom")
                        r"(?:rule|ban|law|order|decision|curfew|measure) (?:violated|violates|"
                        r"infringed|infringes) (?:[\w'’-]+ ){0,3}?(?:freedom|rights?)|"
                        r"(?:treated|treats|treat) (?:[a-z-]+ ){1,4}as (?:a |an )?(?:[a-z]+ )?"
                        r"(?:hazard|threat|crime|criminals?)\b)\b")  # ("treated a national


#: plain lower-case words between a possessive and what it owns: " film "
_LOWER_WORDS = rx.compile(r"(?: [a-z-]+)* ")


def _possessor_body(text: str, mention: tuple[int, int, str], quotes: list[Quote],
                    mentions: list[tuple[int, int, str]]) -> str:
    """The target ``mention`` names, or, where it opens a body's name, that body: the one
    that acts, not the country its name opens on. The body is a longer mention at the same
    place, one the possessive's plain words lead to (``Nigeria's film censors board``), or a
    speaker's label that is a target too (``Uruguay's central bank will replace ..., the bank
    said``). ``mentions`` is sorted by start, so the nearby ones are found by bisection."""
    a, b, name = mention
    here = bisect_left(mentions, (a,))
    longer = max((m for m in mentions[here:bisect_left(mentions, (a + 1,))]
                  if m[1] > b and m[2] != name), key=lambda m: m[1], default=None)
    if longer is not None:
        return longer[2]  # the body a longer mention at the same place names
    if not text.startswith(("'s ", "’s "), b - 2):
        return name
    owned = next((m for m in mentions[bisect_left(mentions, (b + 1,)):
                                      bisect_left(mentions, (b + 21,))]
                  if m[2] != name and _LOWER_WORDS.fullmatch(text, b, m[0])), None)
    if owned is not None:
        return owned[2]  # "Nigeria's film censors board will ...": the body its words name
    return next((d.speaker for d in quotes if d.speaker and d.speaker != name and
                 text.startswith(d.speaker, a) and any(n == d.speaker for _, _, n in mentions)),
                name)

"""Reactions: quotes that answer the story's act without naming who did it.

The lede's doer, the penalised and the punisher; a reaction aimed at them by
its stance words, else its valence, else ``REACTION_PRIOR``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping

from .. import lexicon, valence
from .. import prefilter as rx
from ..model import Quote, Speaker
from ..segment import Segmentation, Sentence
from ..speakers import Registry, dateline_country, dateline_end, org_fits
from ..speakers.entities import ORG_NOUNS, UNNAMED_TOWN_LEDE
from .actors import (
    _OBJECTING,
    _OWN_LOT,
    _RIVAL,
    _RIVAL_WORDS,
    DEAL_NOUNS,
    _announced_in,
    _continues_unnamed,
    _deal_partner,
    _doer_of,
    _is_count,
    _lay_grievance,
    _leader,
    _official,
    _possessor_body,
    _quoted_owner,
    _sits_in,
    _state_official,
    _suer,
    _titled_member,
    _victims,
    principal,
)
from .targets import (
    _DECIDED_BY_ACT,
    _LEDE_ASIDE,
    _LEDE_VERB,
    _PLURAL_NP,
    _SOMEONE_FROM,
    _THEY,
    _UNNAMED_LEDE,
    CIVIL_HEADS,
    EVENT_VERBS,
    NARRATOR,
    PENALTY_ACTS,
    RULING_NOUNS,
    Target,
    _capital_as_place,
    _declines_comment,
    _echoed,
    _group_head,
    _home,
    _kin_named,
    _lede_opening,
    _named_for,
    _owned_body,
    _works_at,
)
from .words import (
    _ASKED_BEFORE,
    _TAKES_ADVANTAGE,
    ACT_NOUNS,
    CHARACTERISING,
    CONTRAST,
    PENALTIES,
    REACTION_VALENCE,
    RESISTING,
    URGING,
    _champion,
    _cue_value,
    _stem,
    stance_cues,
)

#: a quoted sentence that turns on the one before: "Instead ...", "But ..."
_TURN_OPENER = rx.compile(r"[“\"‘' ]*(?:Instead|But|Yet|However)\b")
#: a mention a harm befalls, right after it: "a disaster for the bank's credibility", "a blow
#: to Kenya", "a slow death for Narva": the victim, whom the harm's word takes no side against
_HARM_BEFALLS = rx.compile(r"\b(?:disaster|blow|setback|catastrophe|tragedy|nightmare|death|"
                           r"insult|humiliation|embarrassment)s? (?:for|to) "
                           r"(?:the |(?:everyone|anyone|all|those) who (?:[a-z]+ ){1,2})?$")
#: a firm's management named bare as a quoted sentence's subject: '"Management simply
#: pretends it never received it," said'
_MANAGEMENT_SUBJECT = rx.compile(r"(?:(?<=[.!?] )|(?<=[“\"]))Management (?=[a-z])")


#: a lede that opens on an office acting: "The governor's office in ... has banned"
_OFFICE_LEDE = rx.compile(r"[Tt]he (governor|mayor|president|prime minister|premier)['’]s "
                          r"office\b")
# (and "Nobody in the city hall has asked how he gets to school": no one asked after them)
#: a life without the thing at issue, said of someone: "Councillor Quintela-Ramos has never
#: run a business in her life" (unfit to judge it)
_NEVER_IN_LIFE = rx.compile(r" (?:has|have|had) never (?:[\w'’-]+ ){1,6}?in (?:his|her|their) "
                            r"(?:whole |entire )?(?:life|lives)\b|"
                            # "The minister clearly has never stood in an orchard": no
                            # knowledge of the place their decision falls on
                            r" (?:[a-z]+ly )?(?:has|have|had) (?:[a-z]+ly )?never (?:stood|set "
                            r"foot|worked|spent (?:a|one) day) (?:in|on|inside|at)\b|"
                            # "The mayor has clearly never carried a suitcase over these
                            # stones": never borne what the rule puts on others
                            r" (?:[a-z]+ly )?(?:has|have|had) (?:[a-z]+ly )?never (?:carried|"
                            r"lifted|pushed|pulled|dragged|ridden|driven|walked|queued|waited) "
                            r"(?:a|an|the|in|on|over|up|down|with|for)\b")
#: a newcomer who chose the nuisance he complains of: "He bought a house next to a brass
#: band and now he wants silence"
_CAME_TO_NUISANCE = rx.compile(r" (?:bought|rented|built|moved into) (?:a |an |his |her |their )?"
                               r"(?:house|home|flat|apartment|property) next to (?:a|an|the)\b"
                               r".{0,60}?\band now\b")
#: a request answered with less: "had asked the company for experienced staff and had been
#: sent a student"
_SENT_LESS = rx.compile(r" for (?:[\w-]+ ){1,4}?and (?:(?:had|has|have) been|was|were) "
                        r"(?:sent|given|offered) (?:a|an|only|just)\b")
#: a duty to tell the speaker, left undone: "they should have told me"
_SHOULD_HAVE_TOLD = rx.compile(r" should have (?:told|asked|warned|consulted|informed) (?:me|us)\b")
#: a rush the other side forced, told by the one blamed for what went wrong: "the council
#: had insisted on switching all the junctions on before Christmas"
_INSISTED_ON = rx.compile(r" had (?:repeatedly )?insisted on [a-z]+ing\b")
#: a trouble known of and left alone, said of someone: "the minister had known for months
#: that emergency rooms were closing", "has known about these leaks for thirty years", "and
#: the government knew that" (a charge of inaction)
_KNEW_LONG = rx.compile(r" (?:had |has |have )?(?:known|knew) (?:about (?:it|[a-z]+ [a-z]+) )?"
                        r"(?:for (?:[a-z]+ )?(?:months|years|decades|weeks|a long time|some "
                        r"time)|all along|since (?:[A-Z][a-z]+|\d{4}|last [a-z]+) that)\b|"
                        # "has known about this deadline since 2022.": known, then the sentence
                        r" (?:had |has |have )?known about (?:it|this|that|the|[a-z]+ [a-z]+)"
                        r"(?: [a-z]+)? since (?:[A-Z][a-z]+|\d{4}|last [a-z]+)[.,;]|"
                        # "Transplants of this plant rarely succeed, and the government knew
                        # that": the trouble just told, known of beforehand
                        r" (?:had |has |have )?(?:always )?(?:known|knew) (?:that|it|this)"
                        r"(?=[,.;!?\"”’]| all along\b| from the (?:start|beginning)\b)")
#: intimidation charged: "Nobody dares to refuse"
_NOBODY_DARES = rx.compile(r"\b(?:[Nn]obody|[Nn]o one) dares? (?:to )?(?:refuse|complain|say no|"
                           r"speak|object|protest)\b")
# (and "We trusted him with the keys to the vault for eleven years": a trust once given,
# spoken of when it is gone; "I trusted their name more than my own eyes": a trust rued)
#: an objection set right: "We are not against security, we are against losing the river"
_NOT_AGAINST_BUT = rx.compile(r"\b(?:We|I|we)(?: are|'re|’re| am|'m|’m) not against "
                              r"[^.;!?]{1,60}?,? (?:but )?(?:we|I)(?: are|'re|’re| am|'m|’m) "
                              r"against\b")
#: the guilty let off: "would let people accused of serious crimes walk free"
_WALK_FREE = rx.compile(r"\b(?:let|lets|letting|allow|allows|allowing|help|helps|helping) "
                        r"(?:[\w-]+ ){1,6}?(?:walk free|go free|go unpunished|escape justice|"
                        r"escape punishment)\b")
#: the speaker's side giving back what was lost: "Today we return to our chiefs the place
#: they should never have lost" (of a council the government restored)
_WE_RESTORE = rx.compile(r"\b[Ww]e (?:are )?(?:return|restore|returning|restoring|give back|"
                         r"giving back|hand back|handing back) ")
#: a quoted sentence that opens by telling "you" what cannot be done: a reproach of whoever
#: is doing it ("You cannot cut a city's memory into pieces and put it back like furniture")
_YOU_CANNOT = rx.compile(r"\bYou (?:cannot|can't|can’t|can not) [a-z]")
#: asking of others what one does not do oneself: "They ask customers to save water while
#: their own pipes pour it into the ground"
_DOUBLE_STANDARD = rx.compile(r"\b(?:ask|asks|asked|tell|tells|told|expect|expects|want|wants)"
                              r" (?:\w+ ){1,3}to [^.;!?]{3,60}? while (?:their|its|his|her) own"
                              r"\b")
#: an act mocked by the name its doers give it: "and calling it an improvement"
_CALLING_IT = rx.compile(r"\band (?:then )?(?:call|calls|calling|called) (?:it|this|that) (?:an? )?"
                         r"(?:[a-z]+ )?(?:improvement|progress|reform|modernisation|"
                         r"modernization|development|upgrade|protection|help|solution|"
                         r"consultation|investment|freedom|safety|security|justice|peace)\b")
#: a demand held until someone gives way: "until the government listens"
_UNTIL_BEFORE = rx.compile(r"\buntil (?:the |this )?$")
_HEEDS_AFTER = rx.compile(r" (?:listens|listen|acts|act|responds|respond|backs down|gives in|"
                          r"changes course|pays|pay|keeps its promises?)\b")
#: words set aside for what matters: "The councillor talks about trams, but my customers are
#: elderly people going to hospital"
_TALKS_ABOUT = rx.compile(r" (?:talks|talked|keeps talking|likes to talk) about [^.;!?]{1,60}?,? "
                          r"but\b")
#: a neglect charged to the mention: "the mayor had never shown residents the survey he
#: cited", "the ministry has not consulted us"
_NEVER_TOLD = rx.compile(r" (?:had |has |have )?(?:never|not|did not|didn['’]t|has not|"
                         r"hasn['’]t|had not|hadn['’]t) (?:once |even )?(?:shown|showed|show|"
                         r"told|tell|consulted|consult|explained|explain|informed|inform|"
                         r"listened|listen|studied|study|assessed|assess|considered|"
                         r"(?:sent|send) (?:an? |any )?(?:inspector|official|engineer|expert|"
                         r"anyone|one))\b")
# (and "the government had not studied cheaper options": a duty of care left undone; "the
# ministry never sent an inspector": a judgment made unseen)
#: the same past a short relative clause on its subject: "the agency that fined him had never
#: told millers where else to put it"
_NEVER_TOLD_PAST = rx.compile(r" (?:that|which|who) [a-z]+(?: [a-z]+){0,2}?" +
                              _NEVER_TOLD.pattern)
#: a promise recalled as never kept: "had promised a direct-sales platform two years ago that
#: never materialised"
_PROMISED_NEVER = rx.compile(r" (?:had |has )?(?:promised|pledged) [^.;!?\"“”]{1,80}? "
                             r"(?:that|which) never (?:materiali[sz]ed|came|arrived|happened|"
                             r"appeared)\b")
#: a request the mention left unanswered: "asked the government for help buying freezers but
#: had not received a reply", "had written to the government twice without reply"
_UNANSWERED = rx.compile(r" [^.;!?\"“”]{0,80}?\b(?:(?:but|and) (?:had |has |have )?(?:(?:not "
                         r"received|received no|got no|had no)(?: a)? (?:reply|response|answer)|"
                         r"heard nothing)|without (?:a |any )?(?:reply|response|answer))\b")
_NOBODY_LISTENED = rx.compile(r"[^.;!?\"“”]{0,120}[.!?] ?[\"“]?[^.;!?\"“”]{0,80}?\b(?:and |but )"
                              r"(?:nobody|no one|no-one) (?:listened|answered|replied|responded|"
                              r"did anything)\b")
#: a claim the speaker answers at once: "The company says it is not their fault, but the
#: wells were full before the mine came" (a claim rebutted)
_SAYS_BUT = rx.compile(r" (?:says|said|say|claims|claimed|claim|insists|insisted|insist|"
                       r"tells us|told us|tell us) "
                       r"[^.;!?\"“”]{1,80}?(?:, but|\. But)\b")
#: a promise, then what came instead: "He promised to wipe out the debt. Now he is
#: offering us a new loan with a nicer name" (a promise broken)
_PROMISED_THEN = rx.compile(r" (?:had |has )?(?:promised|pledged|vowed) (?:to |that |us )"
                            r"[^.!?]{0,140}[.!?] (?:(?:Now|Instead|But now|Today|But instead),? "
                            r"(?:he|she|they|it)\b|It (?:has|is) (?:made|taken|become|got)\b|"
                            r"Nothing (?:has|had) (?:happened|changed|been done|come of it|"
                            r"arrived)\b)")
# (and "promised us the new system would cut waiting to two hours. It has made it two days":
# the promise, then what came of it; "promised us in October that everything would be sorted
# out. Nothing has happened.": a promise, nothing done)
#: a promise that something would not happen, recalled when it has: "The minister promised us
#: in January that the price of gas would not go up this year" (not one said to be kept)
_PROMISED_NOT = rx.compile(r" (?:had |has )?(?:promised|pledged|vowed|assured) (?:[a-z]+ )?"
                           r"(?:(?:in|last|on) [A-Za-z]+ |[a-z]+ ago )?that [^.;!?\"“”]{1,100}?\b"
                           r"(?:would|will) (?:not|never)\b(?![^.;!?]{0,100}\b(?:kept|keeps|"
                           r"has kept)\b)")
#: a better course someone failed to take: "the office could have worked with us instead
#: of against us"
_OTHERWISE = rx.compile(r" (?:could|should|might) have (?:[\w'’-]+ ){1,8}?(?:instead|rather)"
                        r"\b")
#: a trust refused: "No one will trust the result of an election run by these people"
_TRUST_REFUSED = rx.compile(r"\b(?:[Nn]o one|[Nn]obody) (?:will |would |can |could )?(?:ever )?"
                            r"trusts?\b|\bcan(?:not|['’]t) be trusted\b")
#: idioms that charge whoever they are said of, whatever their words' valence
_CHARGE_PHRASE = rx.compile(r"\b(?:above the (?:law|rules)|gamed the system|gaming the system|"
                            r"changed (?:his|her|their) stor(?:y|ies)|"
                            r"moved the goalposts|moving the goalposts|"
                            # "We will not accept this": the act refused
                            r"(?:will|would|shall) not accept (?:this|that|it)\b|"
                            r"(?:won['’]t|cannot|can['’]t|refuse to) accept (?:this|that|it)\b|"
                            # "the company had a history of late payments": a past charged
                            r"(?:has|had|have) a (?:long )?history of|"
                            # "They came, they took photographs, and they left": a neglect
                            r"came, (?:[\w ]+, ){0,2}(?:and )?(?:then )?(?:they )?left\b|"
                            r"(?:would|will) not hesitate to (?:take action|act|intervene)|"
                            r"(?:paying|paid|pay|pays) the price|"
                            # "They went behind our back": a betrayal
                            r"(?:went|gone|going|go|acted|worked) behind (?:our|my|their|"
                            r"his|her|its|the club['’]s) backs?\b|"
                            # "the report was 'a whitewash'": a cover-up charged
                            r"\b(?:a|an|the) (?:[\"“])?(?:whitewash|cover-up)\b|"
                            # "the case was politically motivated": an abuse of office
                            r"(?<!not )(?<!n't )(?<!n’t )politically (?:motivated|driven)\b|"
                            # "They want to make an example of her": a punishment for show
                            r"\b(?:make|makes|making|made) an example of\b|"
                            # "the president was playing politics": a motive charged
                            r"\b(?:playing|plays|played|play) (?:party )?politics\b|"
                            # "the newspaper had broken the law": an offence charged
                            r"\b(?:broken|broke|breaking|breaks|violated|violates|violating) "
                            r"the law\b|"
                            # "the Colorado Party controls every institution": the state seized
                            r"\b(?:controls?|controlled|controlling|captured|captures?) "
                            r"(?:every |all (?:the )?)(?:state )?(?:institutions?|branch(?:es)? "
                            r"of (?:the )?(?:state|government))\b|"
                            # "the trial was political": the same charge, shorter
                            r"(?:(?<=\btrial)|(?<=\bcase)|(?<=\bcharges)|(?<=\barrest)|"
                            r"(?<=\bverdict)|(?<=\bprosecution)|(?<=\binvestigation)|"
                            r"(?<=\bdecision)|(?<=\bruling)|(?<=\bban)|(?<=\bdismissal)) "
                            r"(?:was|were|is|are) (?:purely |entirely )?political\b"
                            r"(?! (?:one|question|matter|issue|decision|choice))|"
                            # "This decision could be the end of a species": a ruin caused
                            r"(?:could|would|will|may|might) (?:be|mean|spell) the end of "
                            r"(?!it\b|that\b|this\b|the matter\b|the story\b)|"  # (not "that
                            # would be the end of it": a matter closed)
                            # "They knew, and they waited": a neglect
                            r"\bknew,? and (?:they |he |she )?(?:waited|did nothing|said "
                            r"nothing|kept quiet|stayed silent)\b|"
                            # "the government has not trained enough teachers": a shortfall
                            r"(?:has|have|had|did) not (?:[a-z]+ )?(?:[a-z]+ed|done|built|"
                            r"paid|spent|given) enough\b|"
                            # "treating our island like a piggy bank": used, not served
                            r"(?:treating|treats|treated|treat) (?:[\w'’-]+ ){1,3}like (?:an? )?"
                            r"(?!(?:family|royalty|kings|queens|heroes|friends|equals|adults|"
                            r"humans|human beings|people|guests)\b)[\w-]+|"
                            r"(?:holding|held|hold|holds) (?:[\w'’-]+ ){1,4}to ransom|"
                            # "The court has taken the employer's side": a bias charged
                            r"\b(?:taken|took|takes|taking) (?:the )?[\w-]+['’]s? side\b|"
                            # "has once again sided with the polluters": siding with wrongdoers
                            r"(?:sided|sides|siding|side) with (?:the )?(?:polluters|criminals|"
                            r"gangs|cartels|oligarchs|speculators|profiteers|loggers|poachers)\b|"
                            # "pushing the population toward extinction to win votes"
                            r"towards? extinction|to the brink of extinction|to win votes\b|"
                            # "the government had not learned the lessons of 2019"
                            r"(?:has|had|have) not learned (?:the |its |any )?lessons?\b|"
                            # "cleaned the banks for the cameras": a show, not a remedy
                            r"(?<!pay )(?<!paid )(?<!pays )\bfor the cameras\b|"
                            # "sacrificing a protected species to please the farm lobby"
                            r"to please (?:the )?(?:[a-z]+ )?lobby\b|"
                            r"(?:failed|fails|fail) to learn\b|"
                            # "the decision would leave 100 families without income": a harm
                            r"\bleave (?:[\w,-]+ ){0,5}without (?:income|work|jobs|a job|"
                            r"homes|a home|water|food|power|electricity|a livelihood|"
                            r"moorings|land|shelter)\b|"
                            # "the fee rise could push backpackers to cheaper parks": a loss
                            r"\b(?:will|would|could) (?:push|drive) (?:[\w-]+ ){0,3}?(?:away|"
                            r"elsewhere|to (?:cheaper|other|rival))\b|"
                            # "rules that will force many small camps to close": a harm
                            r"\b(?:will|would|could) force (?:[\w-]+ ){0,4}?(?:to (?:close|shut)|"
                            r"out of business)\b|"
                            # "had decided everything behind closed doors": no say given
                            r"\bbehind closed doors\b|"
                            # "a plan by X ... will end a ride that has fed their families"
                            r"(?:will|would) (?:end|destroy|ruin|kill) [^.;]{0,40}?\bthat "
                            r"(?:has|have) (?:fed|supported|sustained) (?:their|our|his|her) "
                            r"families\b|"
                            # "cranes that the union says will eliminate about 300 jobs"
                            r"\b(?:will|would|could) (?:eliminate|destroy|wipe out) (?:about |"
                            r"some |up to |nearly |more than |at least )?[\d,]+ jobs\b|"
                            # "now the assembly wants more from us": a grievance
                            r"\b(?:wants?|takes?|took|demands?) (?:even )?(?:more|everything) "
                            r"from us\b|"
                            # "Now they pretend it does not exist": a promise disowned
                            r"\bpretend(?:s|ed|ing)? (?:it|that|this|nothing)\b|"
                            # "This decision clearly punishes families": a wrong done
                            r"\b(?:punish(?:es|ed|ing)?|penali[sz](?:es|ed|ing)) (?:the )?"
                            r"(?:families|workers|people|residents|farmers|fishermen|us|the "
                            r"poor|ordinary people|small businesses)\b|"
                            # "a plan could end the centuries-old practice of cutting peat"
                            r"(?:could|would|will|may) end (?:the |a |our |their )?"
                            r"(?:[\w-]+ ){0,3}?(?:practice|tradition|way of life|livelihoods?|"
                            r"industry)\b|"
                            # "a government campaign ... has done little to help": a remedy
                            # that does not work
                            r"(?:do|does|did|done|doing) (?:very )?little to (?:help|ease|"
                            r"stop|curb|reduce|solve|fix|address|tackle|protect|improve|"
                            r"change|prevent|relieve|end|slow|bring)\b|"
                            r"(?<!never )(?:amounted|amounts) to an admission|"  # (no "did
                            # not amount to an admission of wrongdoing")
                            # "He knew, and he kept them in there anyway": a wrong done knowingly
                            r"knew\b[^.;!?]{0,60}\banyway\b|"
                            r"(?:protects?|protecting|protected) (?:its|their|his|her) own\b|"
                            r"rush(?:ed|ing|es)? to judg(?:e)?ment|"
                            r"(?:looked|looking|look|looks) the other way|"
                            # "he prefers not to look": a wrong known and let be
                            r"(?:prefers?|preferred|chooses?|chose) not to (?:look|see|notice|"
                            r"know)\b|(?:turns?|turned|turning) a blind eye\b|"
                            r"(?:did|does|do|would|will|didn['’]t|doesn['’]t|don['’]t)"
                            r"(?: not)? go far enough|(?:is|are|was|were) not enough|"
                            r"only cares? about|(?:fell|falls|fall) short|"
                            r"(?:change|changes|changed|changing) (?:their|its|his|her) minds? "
                            r"overnight|"
                            r"(?:throw|throws|throwing|threw|thrown) (?:it|them|this|that) "
                            r"away|"
                            r"(?:treat|treats|treated|treating) (?:\w+ ){1,2}(?:as|like) "
                            r"(?:numbers|slaves|criminals|animals|objects|machines|"
                            r"second-class)|"
                            r"(?:polluted|pollutes|polluting|contaminated|contaminates|poisoned|"
                            r"poisons) (?:the|a|an|its|their|our|local|nearby)|"
                            r"(?:lived|lives|living|live) like (?:a )?kings?|"
                            r"(?:put|puts|putting|placed|placing|chose|chosen|choose|chooses|"
                            r"choosing) (?:profits?|money|output) (?:before|over|ahead of)|"
                            r"(?:create|creates|created|creating|cause|causes|caused) "
                            r"(?:\w+ )?uncertainty|less competitive|"
                            r"(?:could|would|will|to) cost (?:\w+ ){0,3}(?:jobs|bookings|lives|"
                            r"livelihoods)|"
                            r"(?:drive|drives|driving|drove|force|forces|forcing|forced|push|"
                            r"pushes|pushing|pushed|put|puts|putting)(?: \w+){1,3} out of "
                            r"business|"
                            r"(?:made|make|makes|making) it impossible for|"
                            # "the app takes a quarter of everything": a cut charged
                            r"(?:takes|took|take|taking) (?:a quarter|a third|half|a fifth|"
                            r"a cut|a share) of (?:everything|every|all|what)\b|"
                            # "Every time we send the plans, they ask for one more thing"
                            r"(?:ask|asks|asked|asking) for (?:one|yet) (?:more|another) "
                            r"(?:thing|form|document|paper|survey|study|report)|"
                            # "they looked where it suited them": a self-serving choice
                            r"(?:where|when|what|whatever|as) it suit(?:s|ed) (?:them|him|her|"
                            r"it|itself|themselves)\b|"
                            r"(?:a )?game of [Rr]ussian roulette|"
                            r"(?:was|is|are|were|be|been|dealt) [\"“]?(?:a )?(?:heavy |major |"
                            r"serious )?blow to|"  # ("the ruling was 'a blow to every voter'")
                            r"(?:deepen|deepens|deepened|deepening|widen|widens|widened|"
                            r"widening) (?:[\w’']+ ){0,3}(?:divide|divisions?|rift|crisis))\b")


#: a contrast word in running text, as :data:`CONTRAST` has them
_CONTRAST_WORD = rx.compile(r"\b(?:" + "|".join(sorted(w for w in CONTRAST if w.isalpha())) +
                            r")\b|;")


#: a quote's "These dangerous actions", "this decision": an act named before it
_THESE_NOUN = rx.compile(r"\b[Tt]h(?:ese|is|ose) (?:[a-z]+ )?(actions|moves|measures|"
                         r"attacks|decisions|remarks|comments|policies|threats|tactics|"
                         r"reform|plan|proposal|law|bill|policy|measure|decision|move)\b")
#: a reported clause that opens on an act ("the project meets ..."), and who built it
_THE_ACT = rx.compile(r"[Tt]he (project|pipeline|plan|scheme|mine|dam|plant|programme|program)\b")
_BUILT_BY = rx.compile(r"\b(?:built|developed|run|operated|owned|proposed|planned) by\b[^.]*$")
_THE_DEAL = rx.compile(r"\b[Tt]he (?:" + "|".join(sorted(DEAL_NOUNS)) + r")\b")
_ACT_NOUN_AT = rx.compile(r"\w+ (\w+)")


#: the act a speaker's own relative clause names, which a reported "it" then is: "Senator
#: Solenne Ekoga, who led the opposition to the bill, said it"
_OWN_CLAUSE_ACT = rx.compile(r", who (?:[a-z]+ ){1,5}?the (bill|law|measure|proposal|plan|"
                             r"amendment|motion|reform|ordinance|budget|ban|change)s?, ")
#: a reported clause that opens on the speaker's own side, as a slight's subject: "it had
#: not been consulted" (the slight itself: :data:`_DISMAY`)
_SELF_SUBJECT = rx.compile(r"(?:it|they|we|I) ")
#: a reported clause that opens on an act and tells what it did: "the raids had hurt"
_THE_ACT_DONE = rx.compile(r"the (\w+) (?:had|have|has|were|was|would|will|came|comes|"
                           r"set|sets|appeared|seemed) ")
#: the harms an act is told to have done, in the clause that opens on it: "has left"
_HARMS_DONE = ("left|forced|cost|hurt|driven|pushed|killed|destroyed|ruined|halved|emptied|"
               "(?:roughly |nearly |almost |more than )?(?:doubled|tripled) the cost|"
               "made [a-z]+ (?:so |too )?(?:expensive|costly|unaffordable)")
# (and "has roughly doubled the cost of building the instrument": a charge on those who pay)
#: the harm an act so described would do to the speakers: "would cost each of them", "would
#: put us out of work", "would force many of them"
_WOULD_HARM = (r"would (?:cost (?:each of )?(?:them|us|their|our)|ruin|bankrupt|put (?:them|us) "
               r"out|force (?:(?:many|most|some|all) of )?(?:them|us)) ")
#: the harm an act will do, right after its "would": "cut their work", "ruin a season"
_HARM_TO_COME = rx.compile(r"(?:cut|halve|ruin|destroy|bankrupt|wipe out|kill|eating|"
                           r"swallowing|scatter|tear|demolish) (?:their|our|the|a|an|up|into)\b|"
                           r"drive (?:away|out) (?:the |their |our )?[a-z]+")  # (and "would
# drive away students and travelling players")
#: a city named as the place its squares or streets are, no body that acts: "who had made
#: the city's squares lively"
_PLACE_OF_CITY = rx.compile(r"[Tt]he (?:city|town)['’]s (?:[a-z]+ )?(?:squares?|streets?|parks?|"
                            r"centre|center|old town|cafes?|bars?|restaurants?|beaches?|"
                            r"hotels?|shops?|markets?|neighbou?rhoods?|skyline)\b")
#: a reported clause that opens on an act described by its aim and tells what it did: "an
#: order to move their tents back from the shore would ruin"
_AN_ACT_DONE = rx.compile(r"an? (?:(?:planned|proposed|new) |[a-z]+ [a-z]+ing )?(?:export |"
                          r"import |entry |building |fishing |municipal |provincial |federal |"
                          r"quarantine |health |safety |food safety |hygiene )?(\w+) "
                          r"(?:(?:to|on|for|of|moving|closing) [^,;.\"“]{1,120}? "
                          r"(?:would|will|could) |"
                          r"on [^,;.\"“]{1,120}? (?:was|is) (?=eating|swallowing)|"
                          r"(?:requiring|forcing|obliging|against|holding|keeping|barring|"
                          r"stopping|banning|that obliges|that requires|that forces) "
                          r"[^,;.\"“]{1,120}? (?:threatens |threaten |(?:has|have|had) "
                          rf"(?:{_HARMS_DONE}) |{_WOULD_HARM})|"
                          r"(?:for|on) [^;.\"“]{1,160}? (?:has|have|had) (?:halved |cut (?:their|"
                          r"our) )|"
                          r"(?:put up|built|erected) [^,;.\"“]{1,120}? (?:has|have|had) "
                          r"cut (?:them|us) off )")
# (and "an insecticide spraying campaign against armyworms has killed most of their bees"; "a
# fence put up around the ruins ... had cut them off from the river")
#: works told by their gerund, which a lede may charge: "dredging for a new marina"
WORKS = ("dredging", "drilling", "blasting", "logging")
#: a reported clause that opens on such works and tells the harm they did: "dredging for a
#: new marina had clouded the water over their beds and killed"
_WORKS_DONE = rx.compile(r"(" + "|".join(WORKS) + r") (?:for|of|on|in|at|by|near) "
                         r"[^;.\"“]{1,80}? (?:has|have|had) [^;.\"“]{0,80}?\b(?:killed|destroyed|"
                         r"ruined|poisoned|damaged|polluted|silted|clouded|emptied|halved)\b")
#: the harm an act so described did, ending its match: "... had halved "
_HARM_DONE_END = rx.compile(rf"(?:threatens |threaten |(?:has|have|had) (?:{_HARMS_DONE}|"
                            r"cut (?:their|our)|cut (?:them|us) off) |"
                            rf"{_WOULD_HARM})$")
# ("a new rule requiring export permits for every shipment has left warehouses full", "a new
# rule requiring visitors to buy a 125-yuan ticket ... had halved their trade", "a new export
# permit for carved wooden goods, which costs ..., had cut their sales")
#: a second reported clause that faults a cut as the answer to a hard time: "but that
#: cutting pay was not the answer" (group 1: the act)
_CUT_FAULTED = rx.compile(r" (?:but|and) that (cut)ting (?:[a-z]+ ){1,2}(?:was|is|would be) "
                          r"(?:not the answer|no answer|not the solution|no solution|"
                          r"a mistake|wrong)\b")
#: a reported clause that opens on a charge's rise and tells what it would do: "a fourfold
#: increase in the entry fee to Madidi National Park would keep backpackers away" (the act:
#: the fee)
_RISE_IN_CHARGE = rx.compile(r"an? (?:[a-z\d-]+ )?(?:increase|rise|hike|jump) in the "
                             r"(?:[a-z]+ )?(fee|tax|toll|fare|levy|rent) (?:(?:to|on|for|of) "
                             r"[^,;.\"“]{1,120}? )?(?:would|will|could|has|had) ")
#: an act's own words, which a reported clause may open on for the act, the "it" after them
#: no thing of their own: "said the wording was so vague that it could be used against
#: journalists"
_ACT_WORDS = frozenset({"wording"})
#: a plea to keep what someone ended: "asking him to keep the subsidy" (group 1: the thing)
_ASKED_TO_KEEP = rx.compile(r"\b(?:asking|urging|calling on|asked|urged) (?:him|her|them|the "
                            r"[a-z]+) to (?:keep|restore|reinstate|maintain|extend) the "
                            r"([a-z]+)\b")
#: acts told by their gerund, which a quoted sentence may open on to tell the harm they
#: would do: "Closing the pans could actually hurt the flamingos"
_GERUND_ACTS = frozenset({"closing", "banning", "cutting", "ending", "shutting", "draining",
                          "demolishing", "removing", "scrapping"})
_GERUND_HARM = rx.compile(r"(?<![\w-])((?i:" + "|".join(sorted(_GERUND_ACTS)) + r")) "
                          r"(?:the |our |these |this |that )?(?:[a-z-]+ ){0,2}?(?:could|would|"
                          r"will|may|might) (?:actually |only |really |even )?(?:hurt|harm|kill|"
                          r"ruin|destroy|damage|endanger)\b")
#: the acts a reported clause may open on to tell the harm they did: the act nouns, its
#: words, an order and a toll ("said the toll would add to already high costs")
_DONE_ACTS = ACT_NOUNS | _ACT_WORDS | {"order", "toll", "tolls", "fine", "fines", "damages",
                                       "suspension", "suspensions", "expulsion", "expulsions",
                                       "report", "permit", "permits", "fence", "fences",
                                       "wall", "barrier", *WORKS, *_GERUND_ACTS}
#: a chamber's motion against someone, which a reported clause may open on to fault it: "the
#: motion was 'a political show'" (its mover's, not the chamber's that voted it down)
MOTION_NOUNS = frozenset({"motion", "impeachment"})
#: what follows the name of whoever brought a motion: "Blas Cardozo, who led the impeachment
#: effort,", "Mirsad Kurpejović, who drafted the motion,"
_MOVED = rx.compile(r"(?:, who)? (?:has |had )?(?:led|drafted|filed|tabled|brought|sponsored|"
                    r"moved|introduced|initiated|proposed) the (?:(?:[\w-]+ ){0,2}motion|"
                    r"(?:impeachment|no-confidence|censure|recall) (?:effort|bid|drive|push|"
                    r"case))\b")
#: the legal actions a reported clause may open on to fault them: "the case had been built on"
CASE_NOUNS = frozenset({"case", "lawsuit", "suit"})
#: a criminal case's acts against a person, the prosecution's or the police's
ARREST_NOUNS = frozenset({"arrest", "arrests", "detention", "prosecution", "indictment"})
#: a legal action named as the object of a reaction: "would 'vigorously defend' the case"
_LEGAL_OBJECT = rx.compile(r"\b(?:the|this) (?:case|lawsuit|suit|complaint|legal action)\b")
#: the lean of a reaction with no clear valence: a little against. On the 127 wire
#: fixtures, reactions aimed at a story's principal actor are mostly criticism (as the
#: team's stance gold is: 133 of 189 pairs are against); this is a prior, so a speaker's
#: explicit words always outweigh it.
REACTION_PRIOR = -0.1
#: an act said to be aimed at others, not at the speaker's side: "It is against the criminals"
_AIMED_AT_OTHERS = rx.compile(r"(?:[Ii]t|[Tt]his|[Tt]hat) (?:is|was) (?:not )?(?:aimed )?"
                              r"against (?!us\b|me\b|our\b|my\b)")
#: a reported clause that announces the speaker's own act: "(said) it would stop using"
_OWN_ACT_ANNOUNCED = rx.compile(r"(?:it|they) (?:would|will|plans? to|planned to|is to|was to|"
                                r"had decided to|has decided to) ")
#: an act said to have been due long before: "the ban was overdue"
_OVERDUE = rx.compile(r" (?:(?:was|is|had been|has been) (?:long |well |(?:[\w-]+ ){0,2}?)?|"
                      r"[\"“](?:long |well )?)overdue\b|"  # (and 'called the ban "long overdue"')
                      r" (?:had |has )?(?:come|came|comes) [\"“]?not a (?:day|moment|minute) "
                      r"too soon\b")  # ('the ban had come "not a day too soon"')
#: a fight against the act, with or without a manner after it: "resist it peacefully"
_FIGHT_IT = rx.compile(r"\b(?:" + "|".join(sorted(RESISTING)) + r") (?:this|it)\b")
#: a vow to fight the act just reported, its sentence ending there: "Of course we will
#: fight this."
_FIGHT_THIS = rx.compile(_FIGHT_IT.pattern + r"(?=[.!,])")
#: "instead of protecting it": a pronoun for the object the clause just named
_INSTEAD_OF_DOING = rx.compile(r"\b(?:instead of|rather than) [a-z]+ing $")
#: where an issue will be taken, no one it is aimed at: "raise the issue at the IWC"
_VENUE_BEFORE = rx.compile(r"\b(?:at|to|before) the $")
#: a reaction of dismay that names no one: 'her country was "deeply disappointed"'
_DISMAY = rx.compile(r"\b(?:disappointed|dismayed|appalled|outraged|shocked|angered)\b"
                     r"(?![\"”’]? (?:by|with|at|that) (?:the|our|my|its|their) (?:own|result|"
                     r"loss|defeat|performance)\b)|"
                     # "said they had not been consulted", "But nobody asked us": a slight
                     r"\b(?:had|have|has|were|was) (?:never |not )been (?:properly |fully |"
                     r"adequately |even )?(?:consulted|asked|informed|warned)\b|"
                     r"\b(?:were|was) (?:never |not )(?:properly |fully |adequately |even )?"
                     r"(?:consulted|asked|informed|warned)\b|"
                     r"\b(?:[Nn]obody|[Nn]o one)(?: (?:at|from) the [a-z]+)? (?:has |had )?"
                     r"(?:asked|consulted|informed|warned|told|called|contacted) (?:us|them|"
                     r"the (?:people|families|residents|staff|workers) who)\b|"
                     r"\bshould have been (?:asked|consulted|informed|warned|told)\b|"
                     r"\b(?:had|have|has) (?:received|got|had) no (?:reply|response|answer)\b|"
                     r"\bthe promised (?:[a-z]+ ){0,2}(?:had|have|has) (?:still )?(?:not|never) "
                     r"been (?:built|paid|delivered|given|made|finished|opened|handed over)\b|"
                     r"\bthe new (?:market|site|location|yard|hall|building|place|spot|stalls?) "
                     r"(?:was|were|is|are|would be|will be) (?:too|very) (?:far|small|remote|"
                     r"expensive|cramped)\b|"
                     r"\b(?:[Aa]n |[Tt]he |[Tt]heir |[Ii]ts )?(?:apology|apologies|[Ss]orry)"
                     r"(?: [a-z]+){0,3} (?:is|was|are|were) not enough\b|"
                     r"\b(?:I|[Ww]e) paid for (?:a |an |the )?[\w'’ -]{1,30}? and "
                     r"(?:got|received)\b|"
                     r"\b(?:[Ww]e|I) (?:were|was) told to (?:focus on|wait|be patient|keep quiet|"
                     r"stay quiet|get on with)\b|\btaken out of context\b|"
                     r"\b(?:is|was|are) (?:a |an |pure |just )?(?:fantasy|fiction)\b|"
                     r"\b(?:is|was|are|were) being (?:punished|penali[sz]ed) for\b|"
                     r"\b(?:is|was|are|were) being treated (?:like|as) (?:common )?"
                     r"(?:criminals?|terrorists?|animals|slaves|enemies|"
                     r"second-class citizens)\b|"
                     r"\b(?:I am|I'm|I’m|we are|we're|we’re) the only (?:one|ones) (?:who |that )?"
                     r"(?:pays?|paying|is punished|are punished|gets? punished|"
                     r"(?:is|are|gets?|got) blamed)\b|"
                     r"\b(?:(?:learned|learnt|heard) (?:of|about) (?:the |this |that |it |her |"
                     r"his |their |its )?(?:[a-z]+ ){0,2}?|found out (?:about (?:it|this|that) )?)"
                     r"(?:from|through|on|in) "
                     r"(?:a colleague|colleagues|a friend|friends|a neighbou?r|neighbou?rs|"
                     r"reporters|journalists|the (?:news|radio|newspapers?|internet)|"
                     r"social media|Facebook)\b|"
                     r"\b(?:[Nn]obody|[Nn]o one) (?:listened|listens|would listen|wanted to "
                     r"listen|took (?:it|us|me|them) seriously)\b|"
                     r"\b(?:decided|decides|thinks|think|acts as if|act as if) (?:we|I|they) "
                     r"(?:do|does|did) not (?:exist|matter|count)\b")
# (and "had not been properly consulted", "We should have been asked", "nobody has told them where
# to trade", "Nobody asked the people who have cared for them", "had received no reply", "the
# promised stalls had not been built": a promise unkept; "Nobody at the paper has called us": a
# silence; "the new market was too far from the visitors' route": a move's cost to those moved; "An
# apology by email is not enough": amends that fall short; "I paid for a baker's bread and got a
# factory's": a sale that cheated; "We were told to focus on the season": a concern brushed off;
# words "taken out of context", "are being treated like criminals": a wrong done to the speaker;
# "Eight years is a fantasy": the act's premise dismissed; "was being punished for a leak she knew
# nothing about", "Now I am the only one who pays for it": a penalty that fell on the wrong one, or
# on one alone; "she learned of the change from a colleague": news of one's own fate that came from
# others, a slight; "A computer decided we do not exist": being left out; "Nobody listened then": a
# warning unheeded)
#: a grave concern, a dismay only in the mouth of one the act punished ("The BBC said it was
#: 'deeply concerned'"; a mediator's concern at a clash takes no side)
_GRAVE_CONCERN = rx.compile(r"\b(?:deeply|seriously|gravely) concerned\b")
#: how a slight in :data:`_DISMAY` opens, as against a feeling ("disappointed")
_SLIGHTED = ("had ", "have ", "has ", "were ", "was ", "nobody ", "no one ", "should ",
             "the promised ", "the new ", "i am the only ", "i'm the only ", "i’m the only ",
             "we are the only ", "we're the only ", "we’re the only ")
#: a body's law or rules after its name: "EU law", "FIFA rules"
_LAW_OF = rx.compile(r"(?:['’]s)?(?: and [a-z]+)? (?:law|laws|rules|regulations|treaty|"
                     r"directive)\b")  # (and "European and international law")
#: a breach of the law that follows: "broke EU law", "in breach of FIFA rules": a charge
#: against the one who broke it, not against the lawgiver
_BREACHED = rx.compile(r"\b(?:broke|breaks|break|breaking|breached|breaches|breach|violated|"
                       r"violates|violate|violating|violation|flouted|flouts|defied|defies|"
                       r"contravened|contravenes)(?: of)? (?:the )?$|"
                       r"\b(?:illegal|unlawful) (?:under|in) (?:the )?$")  # ("it is illegal under
#: relief that others are spared: "but at least no other family will go through this"
_SPARED_OTHERS = rx.compile(r"\bbut at least (?:no other|nobody else|no one else|no more|"
                            r"other (?:families|parents|children|patients) will not)\b")
#: no one harmed by what is objected to: "Nobody on Eigg has ever gone cold because of it"
_NO_HARM = rx.compile(r"\b(?:Nobody|No one|no one|nobody)\b[^.;]{0,50}?\b(?:gone|went|go|goes|"
                      r"suffered|lost|died|starved|been hurt|got hurt)\b[^.;]{0,30}?"
                      r"\bbecause of (?:it|this|that|them)\b")
#: "Without this money there would be no festival": what the speaker could not do without
_INDISPENSABLE = rx.compile(
    r"\b[Ww]ithout (?:this|that|these|their|its|his|her|the) (?:[a-z]+ ){0,2}?"
    r"(?:money|support|funding|help|sponsorship|investment|backing|aid|grants?|donations?|"
    r"contributions?|partnership)\b[^.;]{0,80}?\b(?:no|not|nobody|nothing|never|cannot|"
    r"couldn['’]t|wouldn['’]t)\b")
_REACTION_PRONOUN = rx.compile(
    r"\b(?:[Tt]hey|them|(?<!returned )(?<!sold )(?<!bought )(?<!stole )"
    r"[Ii]t(?! (?:is|was) about whether\b| (?:takes|took)\b)|"  # (not "had returned it":
    # a thing, no one)
    r"(?<![Ll]ike )[Tt]his(?! (?:week|month|year|summer|winter|spring|autumn|"
    r"season|morning|afternoon|evening|weekend)\b)|"
    r"(?<!ome of )(?<!any of )(?<!ost of )(?<!All of )(?<!all of )(?<!ach of )"
    r"(?<!One of )(?<!one of )(?:[Tt]hese|[Tt]hose)|That|"
    r"that(?= (?:is|was)\b)|"
    r"[Ss]uch (?=(?:products|firms|companies|practices)\b)|"  # ("such products were")
    r"[Aa] (?:company|firm|government|bank|university|school|club|party) "
    r"(?=(?:that|which|who|of (?:this|its|that|their) size)\b)|" + _RIVAL_WORDS + "|"
    r"(?:felt|feel|feels|feeling) (?=(?:betrayed|abandoned|cheated|deceived|misled|let down|"
    r"ignored)\b)|"  # ("many students felt betrayed": by whoever the story is about)
    r"(?!(?<=within )the law\b)"  # (the law of the land, no act: "had always acted within
    # the law"; but "No one is above the law" charges someone)
    r"[Tt]he (?:(?!of\b|and\b)[a-z-]{3,} (?=(?:plans?|move|decision|proposal|policy|"
    r"scheme|changes|measures?|reform|project|offer)\b (?:was|is|were|are)\b))?"
    r"(?=(?:plans?|move|"  # ("the retraining plan was vague": an act judged)
    r"decision|deal|ban|bill|law|proposal|policy|cuts|layoffs|fine|veto|attack|strike|recall|"
    r"merger|takeover|offer|vote|reform|closure|closures|response|changes|handling|launch|"
    r"test|fee|fees|cap|measure|ordinance|legislation|practice|practices|scheme|tactics|"
    r"conduct|project|investment|factory|expansion|overhaul|tunnel|pipeline|dam|"
    r"reservoirs|stadium|case|scandal|affair|measures|order|ruling|verdict|agreement|"
    r"punishment|penalty|sentence|sanctions|review|contract|arrests|cut|concessions|"
    r"settlement|decree|hike|rise|increase|charge|payment|reserve|threat|threats|"
    r"logging|limit|halt|freeze|moratorium|resignation|apology)\b))\b")
#: a quoted sentence that opens on a bare noun as its subject ("Heat is normally our
#: friend"), the antecedent of an "it" later in the sentence
_THING_SUBJECT = rx.compile(r"[\"“]?([A-Z][a-z]+) (?:is|was|has|had|can|will|comes|came)\b")
#: sentence-opening words that are no thing an "it" could stand for
NOT_THINGS = frozenset({"it", "this", "that", "there", "what", "everything", "nothing",
                        "something", "everyone", "nobody", "somebody", "everybody", "he",
                        "she", "they", "we", "i", "you", "who", "which", "one", "now", "here"})
#: a challenge to produce proof: "If there was mismanagement, show me one document"
_SHOW_ME = rx.compile(r"\b[Ss]how (?:me|us) (?:one|a single|any|the) (?:document|paper|proof|"
                      r"evidence|report|study|figure)s?\b")
#: a denial that what someone called a thing exists: "There is no such thing as a paperwork
#: error in aviation" (after an airline called its lapses "paperwork errors")
_NO_SUCH_THING = rx.compile(r"\b(?:[Tt]here is|[Tt]here's|[Tt]here are) no such (?:thing|things) "
                            r"as (?:an? )?")
#: a report named as where its author speaks: "In a report to parliament, the Ombudsman ...
#: said"
_IN_A_REPORT = rx.compile(r"\b[Ii]n (?:a|an|its|her|his|their) (?:[a-z-]+ ){0,2}report\b")
def _report_author(text: str, seg: Segmentation, before: list[Quote], other: str
                   ) -> str | None:
    """Who last spoke in a report among the quotes ``before`` (``In a report to parliament,
    the Ombudsman, Hendrina Garises, said``), other than ``other``: the report's author."""
    return next((d.speaker for d in reversed(before)
                 if d.speaker and d.speaker not in (other, NARRATOR) and _IN_A_REPORT.search(
                     text, seg.sentences[seg.sentence_at(d.start)].start, d.start)), None)


#: what a body concluded, as a reaction names it: "said it accepted the findings",
#: "welcomed the report" (only with a verb that answers them: "the findings" of a study are
#: its authors' own)
_FINDINGS = rx.compile(r"\b(?:(accepts?|accepted|accepting|welcomed|welcomes|welcoming)|"
                       r"rejects?|rejected|disputes?|disputed|contests?|contested|challenged) "
                       r"the (?:findings|conclusions|report)\b")
#: a partial quote's object that is someone's claims: 'called the claims "baseless"'
_CLAIMS_OBJECT = rx.compile(r" (?:the|these|those|that|this|his|her|their|its) "
                            r"(?:claims?|allegations?|accusations?|charges?)\b()")
#: a reported clause that rebuts a claim: "said the claim was not backed by evidence"
_CLAIM_REBUTTED = rx.compile(r"(?:the|that|this|these|those) (?:[a-z]+['’]s )?"
                             r"(?:(?:turnout|official|government|casualty|death|vote) )?"
                             r"(?:claims?|assertions?|argument|"
                             r"figures?|numbers?|estimates?|tally) "
                             r"(?:was|were|is|are) (?:probably |likely |grossly |vastly |"
                             r"greatly |almost certainly )?"
                             r"(?:not (?:backed|supported) by (?:any )?"
                             r"(?:evidence|data|facts)|false|untrue|wrong|baseless|unfounded|"
                             r"misleading|inflated|exaggerated|overstated|too optimistic|"
                             r"invented|made up|fabricated|fake|"
                             r"too rosy)\b()")
# (and "said the figure was probably inflated": a count another gave, doubted)
#: an act told as punishing the innocent: "the ban punished people who had done nothing
#: wrong"
_PUNISHES_INNOCENT = rx.compile(r"\b(?:punish|penalis|penaliz|hurt)(?:es|ed|ing|s)? "
                                r"(?:people|families|residents|owners|those|us|them|everyone)"
                                r"(?: who)? (?:had |have |has )?done nothing wrong\b")
#: a promise met with disbelief: "said he had heard that promise before" (group 1 empty)
_PROMISE_HEARD = rx.compile(r"(?:he|she|they|we|it|(?:the )?[a-z]+s) (?:had|has|have) (?:already )?"
                            r"heard (?:that|this|the same|such|those|these) (?:promises?|"
                            r"pledges?) (?:before|many times|last (?:year|month)|"
                            r"in [A-Z][a-z]+)\b()")  # (and "workers had heard that promise in
# August and again in October")
#: a quoted dismissal of someone's charges: '"The accusations are absurd," said'
_CHARGES_DISMISSED = rx.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir) "
                                r"(?:claims|allegations|accusations|charges) (?:are|were) "
                                r"(?:completely |totally |simply |utterly )?"
                                r"(?:absurd|false|baseless|untrue|ridiculous|nonsense|lies|"
                                r"groundless|unfounded|fabricated|invented|made up)\b()")

#: a characterisation that hails an act: 'called the vote "a historic day"', '"historic"'
_HISTORIC = rx.compile(r'(?:an? )?historic(?:(?=[.,]?["”’])| (?:day|moment|step|agreement|deal|'
                       r"victory|success|achievement|reform|win|breakthrough)\b)|"
                       # 'called the decision "a lifeline" for the birds', "a step forward"
                       r"(?:an? )?(?:lifeline|godsend|milestone|breakthrough|step forward)\b")
#: a quote that opens on a group, which its "them" then means: "Customers think we are"
_GROUP_THEN_THEM = rx.compile(r"(?:[A-Z][a-z]+s|People|Children|Women|Men) (?:think|say|"
                              r"believe|feel|know|want|tell|told|thought|said)\b[^.?!]*\bthem\b")
#: a reported clause on a thing, then "it" for the thing: "the tower was stable for now but
#: that there was no doubt it needed to be reinforced"
_THING_THEN_IT = rx.compile(r"(?:the|this) ([a-z]+) (?:was|is|had|has|would|could|will)\b"
                            r"[^.?!]*\bit\b")
#: a reaction to a kind of firm or its wares: "such products", "such companies"
_SUCH_FIRMS = rx.compile(r"\b(?:[Ss]uch (?:products|firms|companies)|"
                         r"(?<![\w ])The (?:companies|firms)(?! (?:that|which|who)\b))\b")
#: a cost the speaker now bears: "now I pay more than half my pension in rent"
_NOW_WE_PAY = rx.compile(r"\bnow (?:I|we) (?:pay|spend|owe) (?:more|double|twice|three times|"
                         r"half|most)\b")
#: a promise recalled in a reaction: "They promised us a metro in 2016" (and not kept), "Now
#: they tell me to wait again"
_PROMISED_US = rx.compile(r"\b[Tt]hey (?:promised|told|tell|keep telling) (?:us|me)\b")
#: "they" telling of something: "They tell us about a path, but nobody has seen a drawing of
#: it" (whoever spoke of the path before)
_THEY_TELL = rx.compile(r"(?:(?<=[“\"])|(?<=[.!?] ))They (?:tell|told|say|said|claim|claimed|"
                        r"talk|talked|keep saying|kept saying)(?: us| me| people| everyone)?"
                        r"(?: about| of| that)?(?: an?| the| their| this)?\b")
#: "a university that ...": a reaction that names the kind of body it means
_A_KIND_THAT = rx.compile(r"\b[Aa] (company|firm|government|bank|university|school|club|"
                          r"party) (?:that|which|who|of (?:this|its|that|their) size)\b")
#: the object of a characterisation that is a court's act: 'called the order "an attack"'
_RULED = rx.compile(r"(?:the|this|that|today's|friday's) (?:" + "|".join(sorted(RULING_NOUNS)) +
                    r")\b")
#: "this street is dead", "this town": a place the speaker stands in, nobody's act
_PLACE_THIS = rx.compile(r"[Tt]his (?:street|city|town|village|country|neighbou?rhood|"
                         r"community|place|region|state|island|district|area)\b")
_REPLY = rx.compile(r"(?:that|this) (?:was|is|would|will)\b")
_SELF_PRONOUN = frozenset({"it", "they", "them"})  # an institution's own, in reported speech
#: a town's own offices, named after it: "The Nikko tourism bureau" (not "the Azores
#: whale-watching association", which may stand against its islands' government)
_TOWN_OFFICES = frozenset({"bureau", "office", "board", "department", "council", "hall",
                           "municipality", "administration", "government"})
#: words of a loss suffered: "we cannot", "we lost", "nothing saved", "go hungry"
_LOSS = rx.compile(r"\b(?:cannot|can't|can not|could not|couldn't|lost|lose|losing|nothing|"
                   r"(?:a stranger|strangers) (?:on|in) (?:my|our) own|"
                   r"(?<=[Nn]ow )(?:I|we) (?:make|earn|get|sell|do) (?:only )?(?:one|two|three|"
                   r"half|\d)|"
                   r"(?:[Nn]obody|[Nn]o one) will (?:come|buy|take|walk|travel|go|pay|visit)|"
                   r"[Ww]here (?:do|will|would|can|should) (?:we|I) go|"
                   r"nowhere|no longer|no future|hungry|empty|gone|half|afford|survive|"
                   r"(?:is|are) (?:spoiling|rotting)|(?:threw|thrown|throw) away|"
                   r"more (?:for (?:the |a |my |our )?\w+ )?than (?:I|we) (?:make|earn)|"
                   r"(?:does not|doesn['’]t|do not|don['’]t|cannot|can['’]t) feed (?:my|our)|"
                   r"just to pay|(?:twice|three times) as (?:many|much)|"
                   r"(?:will|would) have to (?:sell|close|shut|leave|give up) (?:my|our)|"
                   r"(?:twice|(?:three|four|five|ten) times) what (?:I|we) (?:earn|make)|"
                   r"call(?:ed|ing|s)? (?:me|us) (?:a |an )?(?:thief|thieves|liar|liars|"
                   r"criminal|criminals|cheat|cheats)|"
                   r"(?:a|the) (?:parking )?(?:ticket|fine) (?:was )?on (?:my|our|the) "
                   r"(?:window|windscreen|windshield|car))\b")
# (and "Now a man from Lomé tells me I am a stranger on my own mountain": a place lost;
# "Before, I made four trips a day. Now I make two": a living halved; "If the workshops
# close, where do we go?": a place to work lost;
# "Nobody will take a bus to the edge of the city to buy a kilo of meat": custom lost;
# and "by noon the fish is spoiling": a catch lost; and "I would have to sell twice as many
# spoons just to pay for the stall", "A legal net
# costs three times what I earn in a month": a cost beyond the speaker's means; and "got a
# message calling me a thief": a shame put on them; and "Now I will have to sell my bike":
# a livelihood given up; and "a ticket was on the window": a fine the speaker came back to)
#: a lay trade defended as no wrong: "Mahjong is part of our culture, not a crime"
_NO_CRIME = rx.compile(r"\b(?:is|are|was|were)(?: [\w'’-]+){0,6},? not an? (?:crime|drug|"
                       r"vice|danger|threat|hazard)\b|"
                       r"\b[Ww]e are (?:a |the )?(?:part|heart|soul) of (?:the|this|our) [a-z]+|"
                       r"\b(?:[Ww]e are|[Ww]e['’]re|I am|I['’]m) not (?:criminals|a criminal|"
                       r"thieves|a thief|beggars|a beggar)\b")


def _lede_doer(text: str, seg: Segmentation, mentions: list[tuple[int, int, str]],
               starts: list[int], found: Mapping[str, Target],
               registry: Registry) -> str | None:
    """The country or body that opens the lede as the subject of its own act ("Kyrgyzstan
    plans to pave ...", "The Portuguese fishing town of Nazaré will require ..."), not of
    a reporting verb; else None."""
    opening = _lede_opening(text, seg)
    if opening is None:
        return None
    first = bisect_left(starts, opening)
    # (past a demonym inside the phrase, "The Norwegian municipality of Ullensvang wants",
    # and past "The city" before "of Almaty")
    for k in range(first, min(first + 5, len(mentions))):
        if mentions[k][0] - opening > 60:
            break
        if _ONE_OF_LEDE.fullmatch(text, opening, mentions[k][0]) and \
                text.startswith(", ", mentions[k][1]) and \
                _LEDE_VERB.match(text, mentions[k][1] + 1, mentions[k][1] + 31) and \
                found[mentions[k][2]].kind == "institution":
            return mentions[k][2]  # "One of Sweden's largest publishers, Norrsken & Berg,
            # will use": the body the opening describes, then names
        if not _LEDE_SUBJECT.fullmatch(text, opening, mentions[k][0]) and not (
                text.startswith("A ", opening) and mentions[k][0] == opening + 2 and
                mentions[k][2].lower().endswith(" court")):  # ("A Bahraini appeals court
            continue  # on Sunday upheld": a court, unnamed, is the one that ruled)
        a, b, name = max((m for m in mentions[k:k + 4] if m[0] == mentions[k][0]),
                         key=lambda m: m[1])  # (the body, not the country its name opens
        # on: "New Zealand's conservation department proposed")
        if _LEDE_VERB.match(text, b, b + 45) and found[name].kind in ("country", "institution"):
            return name
        if found[name].kind == "country" and text.startswith(" authorities", b) and \
                _LEDE_VERB.match(text, b + 12, b + 42) and \
                not _LEDE_SAID.search(text, b, seg.sentences[seg.sentence_at(b)].end):
            return name  # "Moroccan authorities have ordered the tanneries ...": the state,
            # not a body that speaks for the order later (but "Philippine authorities will
            # enforce a cap ..., the tourism department said": the department's act)
        if (aside := _LEDE_ASIDE.match(text, b) or _LEDE_RELATIVE.match(text, b)) is not None \
                and _LEDE_VERB.match(text, aside.end(), aside.end() + 30) and \
                found[name].kind == "institution":
            return name  # "The city council of Liepāja, Latvia's third-largest city, voted"
            # (and "Heuvelland Koers, which organises the Omloop ..., has dropped")
        if (organ := _LEDE_ORGAN.match(text, b, b + 60)) is not None and \
                (label := text[a:organ.end(1)]) in found:
            return label  # "Peru's health ministry will require ...": the ministry the story
            # names by its country, a target of its own
        if organ is not None and found[name].kind == "country" and \
                (owned := _owned_body(text, found[name], a, registry)) is not None and \
                owned.name in found:
            return owned.name  # "Burkina Faso's communications regulator has suspended ...
            # The Superior Council of Communication said": the body named next
        if organ is not None and organ.group(1).endswith("commissioner") and \
                found[name].kind == "country":
            return name  # "Kenya's data protection commissioner has fined": the state's
            # office, no target of its own, acts for the state
    town = UNNAMED_TOWN_LEDE.match(text, opening)
    if town is not None and (k := bisect_left(starts, town.start(1))) < len(mentions) and \
            mentions[k][0] == town.start(1) and found[mentions[k][2]].kind == "institution":
        return mentions[k][2]  # "A town in the Czech Republic's Vysočina region has cut
        # ...": the town the dateline names (:class:`speakers.Registry`)
    body = _A_BODY_LEDE.match(text, opening)
    named = [n for n, t in found.items() if t.kind == "institution" and
             body.group(1) in n.lower().split()[1:]] if body is not None else []
    if len(named) == 1:
        return named[0]  # "A Norwegian health trust will close ...": the one body the story
        # names with that word, "Vestre Viken Health Trust"
    if body is not None and not named and body.group(1) in ORG_NOUNS and \
            len(seg.paragraphs) > 1 and \
            (k := bisect_left(starts, seg.paragraphs[1].start)) < len(mentions) and \
            mentions[k][0] == seg.paragraphs[1].start and \
            found[mentions[k][2]].kind == "institution":
        return mentions[k][2]  # "A second-division football club in eastern Poland has
        # dismissed ...\n\nSokół Łomża said": the body the next paragraph opens on
    office = _OFFICE_LEDE.match(text, opening)
    if office is not None:  # "The governor's office in Turkey's ... province of Şanlıurfa
        # has banned ...": the governor the story names, whose office it is
        title = office.group(1).lower() + " "
        head = next((n for n, t in found.items() if t.kind == "person" and
                     any(text[max(0, a - len(title)):a].lower() == title or
                         text[a:b].lower().startswith(title) or a == opening
                         for a, b in t.mentions)), None)
        if head is not None:
            return head
    unnamed = _UNNAMED_LEDE.match(text, opening)
    if unnamed is not None and \
            (k := bisect_left(starts, unnamed.start(1))) < len(mentions) and \
            mentions[k][0] == unnamed.start(1) and found[mentions[k][2]].kind == "institution":
        return mentions[k][2]  # "A housing cooperative in ... has banned ...": the body
        # whose board speaks for it (:func:`_lede_owned_voice`)
    if _AUTHORITIES_LEDE.match(text, opening) and len(seg.paragraphs) > 1:
        nxt = seg.paragraphs[1].start
        k = bisect_left(starts, nxt)
        return next((n for a, _, n in mentions[k:k + 1]
                     if a - nxt <= 4 and found[n].kind == "institution" and
                     n.lower().split()[0] in _LOCAL_GOVERNING), None)  # "Authorities in
        # Moldova's autonomous region of Gagauzia have capped ... \n\nThe regional executive
        # committee said the cap ... was needed": the body that answers for the act
    return None


#: a lede's attribution: "..., the tourism department said on Tuesday"
_LEDE_SAID = rx.compile(r", (?:the |an? )?[^,.;\n]{0,60}\b(?:said|says|announced)\b")
#: a lede that opens on authorities it does not name: "Authorities in Moldova's autonomous
#: region of Gagauzia have capped"
_AUTHORITIES_LEDE = rx.compile(r"(?:[Tt]he )?(?:local |regional |provincial |state )?"
                               r"[Aa]uthorities in [^,.;:\n]{3,80}? (?:have|has|will)\b")
#: the first words of a local government's body: "regional executive committee"
_LOCAL_GOVERNING = frozenset({"regional", "provincial", "municipal", "city", "county",
                              "district", "local", "state", "town"})
#: a lede that opens on a body as one of its kind: "One of Sweden's largest publishers, "
_ONE_OF_LEDE = rx.compile(r"(?:One|Two) of (?:the |[A-Z][\w-]+['’]s )[a-z -]{3,50}, ")
#: a relative clause between a lede's subject and its verb: ", which organises the race,"
_LEDE_RELATIVE = rx.compile(r", (?:which|that) [^,;:\n\"“]{3,80},")
#: a lede's act told in the passive, its doer unnamed: "Europe's longest sled dog race will
#: be cut by almost half"
_PASSIVE_ACT = rx.compile(r"[^,.;\"“]{1,90}?(?:, [^,.;\"“]{1,40}?,[^,.;\"“]{0,40}?)? "
                          r"(?:will|would) (?:be (?:[a-z]+ly )?"
                          r"(?:[a-z]+(?:ed|en)|cut|shut|set|paid)|have to)\b")
# (and past an aside: "Musicians who perform the sega, Mauritius's traditional dance music, at
# beach hotels will be paid")


#: a lede's penalty told without who laid it: "A driver in Plovdiv was fined 50 leva"
_LEDE_FINED = rx.compile(r"\b(?:was|were|has been|have been) (?:fined|ticketed|disqualified)\b"
                         r"(?! by\b)")
#: a body's reported words that stand by a fine: "its inspectors had acted correctly", "the
#: fine was lawful", "the decision was final"
_STOOD_BY_FINE = rx.compile(r"(?:its|their) (?:[a-z]+ )?(?:inspectors|officers|wardens|staff|"
                            r"employees|attendants) (?:had )?acted (?:correctly|properly|lawfully|"
                            r"within the (?:law|rules))\b|the (?:fine|ticket|penalty|fines|"
                            r"tickets) (?:was|were|had been) (?:correct|lawful|justified|valid)\b|"
                            r"\bthe decision (?:was|is) final\b")
#: a maker named right before a lede's charge: "a government ban", "the council's new fee"
_MAKER_BEFORE = rx.compile(r"\b(?:government|state|official|municipal|council|city|ministry|"
                           r"federal|provincial|regional)(?:['’]s)? (?:new )?$")
#: the makers a lede's charge may be told by, whose one speaking body of that kind made it
_OWN_MAKERS = frozenset({"municipal", "provincial", "regional", "federal"})
# (not "a city rule ... Gyeongju city hall said": the city, as the gold has it)
#: a charge the lede tells without its maker: "a new processing fee on goods", "tolls on a
#: new bridge"
_LEDE_CHARGE = rx.compile(r"\b(fee|fees|tax|taxes|levy|levies|toll|tolls|tariff|tariffs|"
                          r"surcharge|charge|charges|ban|permit|permits|spraying|culling|order|"
                          r"ticket|tickets|rule|rules|cap|caps|quota|quotas|fence|fences|"
                          r"wall|barrier|plan|" + "|".join(WORKS) + r")\b")
#: a route before the place it leads to, which is no side: "the road to La Paz"
_ROUTE_TO = rx.compile(r"\b(?:road|roads|route|highway|bus|buses|flight|flights|train|trains|"
                       r"ferry|ferries) (?:to|from) $")
#: a reported clause that announces a fight against a charge: "it would challenge the
#: deadline", "they would appeal the fines"
_CHALLENGES_ACT = rx.compile(r"(?:it|they|we) (?:would|will|planned to|plans to|intended to|"
                             r"intends to) (?:challenge|contest|appeal|fight) (?:the|its|their) "
                             r"(?:new )?(?:deadline|rule|rules|ban|fee|fees|fine|fines|order|"
                             r"decision|cap|toll|tax|levy|licence|permit)s?\b")
#: a reported clause that opens by valuing things a charge is about: "the stone roofs were
#: what made the town unique" (group 1: the things)
_THINGS_DEFENDED = rx.compile(r"the (?:[a-z-]+ ){0,2}([a-z]{4,}s) (?:were|are) (?:what made|what "
                              r"make|part of|essential|vital|necessary)\b")
#: a body's official named after their office, just before their name: "The forestry
#: ministry's regional delegate, " (group 1: the body)
_BODY_OFFICIAL = rx.compile(r"[Tt]he ((?:[a-z]+ ){1,2}(?:ministry|agency|department|authority|"
                            r"directorate|service|board))['’]s (?:[a-z-]+ ){0,2}(?:delegate|"
                            r"director|head|chief|official|representative|spokesman|"
                            r"spokeswoman|spokesperson|commissioner|inspector|officer), $")
#: a body's relative clause that has it make a charge: ", which set the toll in March,"
_WHICH_SET = rx.compile(r", which (?:set|imposed|introduced|raised|doubled|tripled|approved|"
                        r"issued|brought in) the (?:new )?([a-z]+)\b")
#: two named bodies joined as one speaker: "The Tanzania Navy and the Kenya Navy" (not "the
#: hotels and tourism ministry", one body for two fields)
_TWO_NAMED = rx.compile(r" and (?:the )?[A-Z]")
#: a charge the lede has someone make: "has tripled the entry fee"
_CHARGE_MADE = rx.compile(r"\b(?:has|have|had|will|would) (?:tripled|doubled|raised|increased|"
                          r"introduced|imposed|set) (?:the|a|an|its|their) (?:[a-z-]+ )?"
                          r"(?:fee|fees|tax|taxes|levy|toll|tolls|charge|charges|ban|rule|"
                          r"rules)\b")
# (and a ban told without its maker: "a ban on moving livestock ... The veterinary department
# said the ban was necessary"; a spraying: "an insecticide spraying campaign ... The
# agriculture ministry said the spraying was necessary"; an entry ticket: "a new rule
# requiring visitors to buy a 125-yuan ticket ... The ... Management Committee said the ticket
# paid for the upkeep of the walls"; a rule: "a new rule requiring foreign hikers to hire
# guides licensed in Yangon ... The hotels and tourism ministry said the rule improved safety")


def _lede_fine_defender(text: str, seg: Segmentation, quotes: list[Quote],
                        speakers: Mapping[str, Speaker], employers: Mapping[str, str | None]
                        ) -> Quote | None:
    """The quote of the body that stands by a penalty the lede tells without who laid it (``A
    driver in Plovdiv was fined 50 leva ... The city's parking company said its inspectors
    had acted correctly``; ``The police said ... the fine was lawful``; an officer's "the
    decision was final" for the club she chairs): the one who laid it, first for the
    reactions; else None."""
    if not seg.paragraphs or \
            _LEDE_FINED.search(text, seg.paragraphs[0].start, seg.paragraphs[0].end) is None:
        return None
    return next((q for q in quotes
                 if q.kind == "indirect" and q.start >= seg.paragraphs[0].end and q.speaker and
                 (getattr(speakers.get(q.speaker), "kind", None) == "institution" or
                  employers.get(q.speaker) is not None) and
                 _STOOD_BY_FINE.search(text, q.start, q.end)), None)


def _lede_charge_defender(text: str, seg: Segmentation, quotes: list[Quote],
                          found: Mapping[str, Target], registry: Registry | None = None,
                          speakers: Mapping[str, Speaker] | None = None) -> str | None:
    """The body that answers for a charge the lede tells without its maker (``a new
    processing fee ... would push them into smuggling``): the institution whose reported
    words open on it and tell its purpose (``The Zambia Revenue Authority said the fee
    covered the cost``; and after another clause: ``the fee had not risen since 2009 and
    would pay for more park rangers``), a target or, given ``registry``, a body the story
    names only as it speaks (``Bolivia's protected areas service, SERNAP, said``), or given
    ``speakers``, any body that speaks so (``The Batman governor's office said the rule
    followed an accident``), where the lede has no one make the charge (not "a private
    company ... has tripled the entry fee ... The prefecture ... said the fee would pay");
    or the body a relative clause has make it, whatever it says (``The departmental
    government of La Paz, which set the toll in March, said``); else None."""
    if not seg.paragraphs:
        return None
    lede = seg.paragraphs[0]
    m = _LEDE_CHARGE.search(text, lede.start, lede.end)
    if m is None:
        return None
    if (maker := _MAKER_BEFORE.search(text, max(lede.start, m.start() - 24), m.start())):
        # (not "a government ban": a charge the lede gives its maker; but "a municipal
        # order ... The Chanthaburi municipality said", "a provincial plan ... The Phrae
        # provincial highways office said": the one body that speaks by that word)
        kind = maker.group(0).split()[0].lower().removesuffix("'s").removesuffix("’s")
        bodies = {q.speaker for q in quotes if q.kind == "indirect" and q.speaker and
                  q.start >= lede.end and kind in _OWN_MAKERS and
                  (not q.speaker.islower() or kind == "federal") and
                  getattr((speakers or {}).get(q.speaker), "kind", None) == "institution" and
                  any(w.lower().startswith(kind[:7]) for w in q.speaker.split())}
        return bodies.pop() if len(bodies) == 1 else None
    defender = None
    made = _CHARGE_MADE.search(text, lede.start, lede.end)
    answering = [q for q in quotes
                 if q.kind == "indirect" and q.start >= lede.end and q.speaker and
                 not (q.mention_start is not None and q.mention_end is not None and
                      (_TWO_NAMED.search(text, q.mention_start, q.mention_end) or
                       text.endswith(" and ", 0, q.mention_start))) and
                 # (not one of two that spoke together: "The Tanzania Navy and the Kenya Navy
                 # said the rules followed smuggling")
                 ((q.speaker in found and found[q.speaker].kind == "institution") or
                  (q.speaker not in found and
                   ((registry is not None and
                     (ent := registry.entities.get(q.speaker)) is not None and
                     ent.kind == "institution") or
                    (getattr((speakers or {}).get(q.speaker), "kind", None) == "institution"
                     and made is None))))]  # (the bodies that may answer for a charge, once)
    for charge in _LEDE_CHARGE.finditer(text, m.start(), lede.end):  # (each charge the lede
        # names, first to last: "a new rule requiring visitors to buy a ... ticket")
        if charge.start() > m.start() and \
                _MAKER_BEFORE.search(text, max(lede.start, charge.start() - 24), charge.start()):
            continue
        opening = rx.compile(rf"[Tt]he (?:new )?{charge.group(1)}(?:, [^.;,\"“]{{1,40}},)? "
                             rf"(?:[^.;,]{{1,60}}? and )?"
                             r"(?:would |will |was |were |"
                             r"is |are )?(?:pay for|paid for|pays for|cover|covered|covers|fund|"
                             r"required|requires|"
                             r"funded|funds|repay|repaid|repays|finance|financed|finances|needed|"
                             r"necessary|designed|meant|aimed|intended|improved|improves|improve|"
                             r"protects|protected|protect|followed|follows|came after|"
                             r"comes after|a response to|responded to|responds to)\b")
        # (its purpose or its cause, told by the body that answers for it; not "the tax
        # would close farms", a critic's)
        own = rx.compile(rf"(?:its|their) (?:new )?{charge.group(1)}\b")  # ("said its
        # dredging had stopped in October": the act its own)
        defender = next((q.speaker for q in answering
                         if opening.match(text, q.start) or own.match(text, q.start) or
                         (q.mention_end is not None and
                          (which := _WHICH_SET.match(text, q.mention_end)) is not None and
                          which.group(1) == charge.group(1))), None)
        if defender is None:
            # "a rule that obliges them to repair their roofs with traditional stone slabs ...
            # The National Institute of Cultural Heritage said the stone roofs were what made
            # the town unique": a state body defending the things the charge is about
            things = set(re.findall(r"\b([a-z]{4,}s)\b",
                                    text[charge.end():min(lede.end, charge.end() + 120)]))
            defender = next((q.speaker for q in answering
                             if (held := _THINGS_DEFENDED.match(text, q.start, q.end))
                             is not None and held.group(1) in things and
                             q.speaker.split()[-1].lower() not in CIVIL_HEADS), None)
        if defender is None and made is None:
            # "The forestry ministry's regional delegate, Hamadou Ndjidda, said the permit
            # was needed to track ...": the body its official answers for
            defender = next((official.group(1).lower() for q in quotes
                             if q.kind == "indirect" and q.start >= lede.end and
                             q.mention_start is not None and opening.match(text, q.start) and
                             (official := _BODY_OFFICIAL.search(
                                 text, max(lede.end, q.mention_start - 90), q.mention_start))
                             is not None), None)
        if defender is not None:
            break
    done = rx.compile(r" ([a-z]{3,})ing (?:[\w-]+ ){0,2}?([a-z]{3,}s)\b").match(text, m.end())
    if defender is None and done is not None:
        # "protested against an order closing 40 mines ... The National Mining Agency said
        # the mines had failed safety inspections and would stay closed": the body whose
        # reported words tell the act done to the same things
        object_word = rx.compile(rf"\b{done.group(2).removesuffix('s')}s?\b(?:.*\b{done.group(1)}|"
                                 r"[^.;]*\b(?:had|has|have|must|needed|needs|need) to be "
                                 r"[a-z]{3,}ed\b)", re.S)  # (and "a quarantine rule holding
        # their trucks at a checkpoint ... said ... every truck from the west had to be
        # checked": the act on the same things, told as a need)
        defender = next((q.speaker for q in answering
                         if object_word.search(text, q.start, q.end)), None)
    if defender is None and len(seg.paragraphs) > 1:
        # "The commerce ministry introduced the permits in October": the body the next
        # paragraph has bring the charge in, first thing
        made = rx.compile(rf"[^.]{{0,90}}? (?:introduced|imposed|brought in|announced|doubled|"
                          rf"tripled|raised) (?:the|its|a|an) (?:new |daily |annual |monthly )?"
                          rf"{m.group(1).removesuffix('s')}s?\b")  # (and "The National
        # Administration of Conservation Areas (ANAC) doubled the daily fee")
        nxt = seg.paragraphs[1]
        if made.match(text, nxt.start) is not None:
            defender = next((n for n, tg in found.items() if tg.kind == "institution" and
                             any(nxt.start <= a < nxt.start + 60 for a, _ in tg.mentions)),
                            None)
    return defender


def _passive_lede_voice(text: str, seg: Segmentation, quotes: list[Quote],
                        found: Mapping[str, Target]) -> str | None:
    """The body or group whose word the lede is when the lede tells its act in the passive
    (``Europe's longest sled dog race ... will be cut by almost half ..., organisers
    said``, ``Guides ... will have to pass a state exam ..., the ministry said``): the act is
    its announcer's; a person announcing is no such doer."""
    opening = _lede_opening(text, seg)
    lede = quotes[0] if quotes else None
    if opening is None or lede is None or lede.kind != "indirect" or \
            lede.start != opening or not lede.speaker or lede.speaker not in found or \
            found[lede.speaker].kind not in ("institution", "group"):
        return None
    return lede.speaker if _PASSIVE_ACT.match(text, lede.start, lede.end) else None


#: the lede's act set in apposition before a reaction to it: ", a decision local politicians
#: called", ", a move that churches called"
_ACT_APPOSED = rx.compile(r", an? (?:decision|move|measure|step|plan|ruling)\b")
#: a lede that opens on a body it names later: "A Norwegian health trust will close"
_A_BODY_LEDE = rx.compile(r"An? (?:[A-Za-z-]+ ){0,2}?([a-z]+)(?: in [^,.;\n\"“]{3,40}?)? "
                          r"(?=(?:will|has|have|plans|wants|ordered|banned|decided|approved)\b)")


#: a lede's state organ named by its country's possessive: "Peru's health ministry will"
_LEDE_ORGAN = rx.compile(r"(?:['’]s)? ((?:[a-z-]+ ){0,2}(?:ministry|department|agency|regulator|"
                         r"authority|commission|office|service|association|federation|"
                         r"commissioner|central bank))(?: on [A-Z][a-z]+day)? "
                         r"(?:will|plans|has|is|wants|ordered|banned|began|decided|approved|proposed|"
                         r"ended|suspended|fined|revoked)\b")
# (and "Malaysia's Pahang state have ordered", "Belfast City Council on Monday approved",
# "The city of Encarnación in southern Paraguay has fined",
# "The town council of Sighișoara in Romania voted on Thursday to ban",
# "The food safety department of the state of Kerala seized", "Kasane Town Council
# demolished")


#: the lede's accusation and the words of its object: "accused the government's fisheries
#: division " (group 1: the object's words, where the accused's mention is looked for)
_LEDE_ACCUSED = rx.compile(r" (?:on [A-Z][a-z]+day )?(?:accused|accuse|accusing|have accused|"
                           r"has accused) "
                           r"((?:the |a |an )?(?:[a-z]+['’]s )?(?:[a-z]+ ){0,3})")
#: what follows the accused's mention: " on Monday of", " of"
_ACCUSED_OF = rx.compile(r",?(?: on [A-Z][a-z]+day)? of\b")
#: the lede's protest against a body's act, and the words of its object: "have protested
#: against the town council's decision" (group 1: where the body's mention is looked for)
_LEDE_PROTESTED = rx.compile(r" (?:on [A-Z][a-z]+day )?(?:have |has )?(?:protested|rallied|"
                             r"marched|demonstrated) (?:on [A-Z][a-z]+day )?against "
                             r"((?:the |a )?(?:[a-z]+ ){0,3})")
#: what follows the body's mention in a protest: "'s decision", "'s plan"
_BODYS_ACT = rx.compile(r"['’]s (?:decision|plan|ban|move|order|rule|proposal|refusal)\b")


def _lede_accused(text: str, seg: Segmentation, mentions: list[tuple[int, int, str]],
                  starts: list[int], found: Mapping[str, Target]) -> str | None:
    """The body the lede's subject accuses (``Fishermen in St Vincent and the Grenadines
    accused the government's fisheries division on Monday of leaving the ice plant ...
    broken``): the target whose mention ends the accusation's object; else None."""
    opening = _lede_opening(text, seg)
    if opening is None:
        return None
    sent = seg.sentences[seg.sentence_at(opening)]
    m = _LEDE_ACCUSED.search(text, opening, min(sent.end, opening + 320))
    after = _ACCUSED_OF
    if m is None:
        # ("Pensioners in the southern Bosnian town of Trebinje have protested against the
        # town council's decision to end free bus travel": the body whose act they protest)
        m = _LEDE_PROTESTED.search(text, opening, min(sent.end, opening + 320))
        after = _BODYS_ACT
    if m is None:
        return None
    for _, b, name in mentions[bisect_left(starts, m.start(1)):
                               bisect_left(starts, min(sent.end, m.end(1) + 60))]:
        if after.match(text, b) and found[name].kind in ("institution", "country"):
            return name  # (and one named in apposition: "the province's biggest buyer,
            # Yantzaza Cocoa Company, on Friday of")
    return None


#: a hope that others do at last what they failed to: "I hope they listen now"
_HOPE_NOW = rx.compile(r"\b(?:I|[Ww]e) hope (?:that )?(?:they|he|she|it) (?:will )?[a-z]+ "
                       r"(?:(?:to )?(?:us|me|them) )?(?:now|this time)\b")


#: two sides that each lay the fault on the other: "are blaming each other", "accused each
#: other of", "traded blame"
_EACH_OTHER = rx.compile(r"\b(?:blam|accus)(?:e|es|ed|ing) each other\b|"
                         r"\btrad(?:e|es|ed|ing) (?:blame|accusations)\b")


def _mutual_blame(text: str, seg: Segmentation, mentions: list[tuple[int, int, str]],
                  starts: list[int]) -> list[tuple[int, str, str]]:
    """The narrator's ``the city council and the Unite union blaming each other``: for each
    such sentence, its index and the two targets joined by "and" right before the verb (the
    last two named before it, in its clause)."""
    out = []
    for m in _EACH_OTHER.finditer(text):
        si = seg.sentence_at(m.start())
        sent = seg.sentences[si]
        opening = max(sent.start, text.rfind(", ", sent.start, m.start()) + 2,
                      text.rfind(" with ", sent.start, m.start()) + 6)
        named = mentions[bisect_left(starts, opening):bisect_left(starts, m.start())]
        sides = list(dict.fromkeys(n for _, _, n in named))
        if len(sides) == 2 and " and " in text[named[0][1]:named[-1][0]]:
            out.append((si, sides[0], sides[1]))
    return out


def _voice_of(target: str, quotes: list[Quote], found: Mapping[str, Target]) -> str | None:
    """The speaker label under which a target speaks: its own name, or the label of a quote
    whose attribution is one of its mentions ("the municipality said")."""
    if any(q.speaker == target for q in quotes):
        return target
    spans = set(found[target].mentions)
    return next((q.speaker for q in quotes if q.speaker and
                 (q.mention_start, q.mention_end) in spans), None)


def _lede_penalised(text: str, seg: Segmentation, mentions: list[tuple[int, int, str]],
                    starts: list[int], lede: str) -> list[str]:
    """Whom the lede's doer punishes in the lede's sentence (``The Ghana Football Association
    has relegated Premier League club Kpando Stars``, ``has suspended the BBC and Voice of
    America``): every target the penalty verb's object names (up to a preposition or comma),
    in order, the verb right after the doer; else empty. The last is the one punished
    (``Premier League club Kpando Stars``)."""
    opening = _lede_opening(text, seg)
    if opening is None:
        return []
    sent = seg.sentences[seg.sentence_at(opening)]
    doer = next((b for a, b, n in mentions[bisect_left(starts, opening):
                                          bisect_left(starts, sent.end)] if n == lede), None)
    if doer is None and (first := next((b for a, b, n in mentions[
            bisect_left(starts, opening):bisect_left(starts, sent.end)] if a == opening),
            None)) is not None and _LEDE_ORGAN.match(text, first):
        doer = first  # "Burkina Faso's communications regulator has suspended": the organ
        # the lede names by its state, the doer the story names later
    if doer is not None and (then := next(
            (b for a, b, n in mentions[bisect_left(starts, doer):bisect_left(starts, sent.end)]
             if n == lede and text[doer:a] == " of "), None)) is not None:
        doer = then  # "The city of Encarnación": past the name that follows
    verb = _PENALTY_VERB.match(text, doer) if doer is not None else None
    if verb is None and doer is not None and (where := _WHERE_ASIDE.match(text, doer)):
        verb = _PENALTY_VERB.match(text, where.end())  # "The city of Encarnación in southern
        # Paraguay has fined": past where the doer is
    if verb is None and doer is not None and (organ := _LEDE_ORGAN.match(text, doer)):
        verb = _PENALTY_VERB.match(text, organ.end(1))  # "Kenya's data protection
        # commissioner has fined digital lender Tuzo Credit": the state's own office
    if verb is None:
        return []
    stop = _OBJECT_STOP.search(text, verb.end(), min(sent.end, verb.end() + 80))
    named = [n for _, _, n in mentions[bisect_left(starts, verb.end()):
                                      bisect_left(starts, stop.start() if stop else sent.end)]
             if n != lede]
    if not named and stop is not None and stop.group() == "," and \
            (k := bisect_left(starts, stop.end() + 1)) < len(mentions) and \
            mentions[k][0] == stop.end() + 1 and mentions[k][2] != lede and \
            _POSSESSED_ROLE.fullmatch(text, verb.end(), stop.start()):
        return [mentions[k][2]]  # "dismissed his deputy, Ratu Josaia Vakatawa,": the one the
        # role names, set off after it
    if not named and _DESCRIBED_OBJECT.match(text, verb.end()) and \
            seg.sentence_at(opening) + 1 < len(seg.sentences):
        # "expelled a lawmaker from Korçë ... Fatmir Dashi, who has represented": the one
        # described, named where the next sentence opens
        nxt = seg.sentences[seg.sentence_at(opening) + 1].start
        k = bisect_left(starts, nxt)
        if k < len(mentions) and mentions[k][0] == nxt and mentions[k][2] != lede and \
                text.startswith(",", mentions[k][1]):
            return [mentions[k][2]]
    return named


#: where a lede's doer is, between its name and its verb: " in southern Paraguay"
_WHERE_ASIDE = rx.compile(r" in (?:[a-z]+ )?[A-Z][\w-]+(?: [A-Z][\w-]+)?(?=[ ,])")
#: a penalty's object described, not named: " a lawmaker", " an athlete"
_DESCRIBED_OBJECT = rx.compile(r" an? (?:[a-z-]+ )?[a-z]+\b")


#: an act refused, named "this": "We will not accept this" (the act's, not its object's)
_REFUSED_ACT = rx.compile(r"\b(?:not|n['’]t|never|refuse to) accept (?:this|that|it)\b")
#: where the object of a lede's verb ends: "relegated ... club Kpando Stars for fielding"
_OBJECT_STOP = rx.compile(r"[,.;]| (?:for|over|after|from|in|on|with|to|until|because)\b")
#: a role its holder is named after: " his deputy", " the finance minister"
_POSSESSED_ROLE = rx.compile(r" (?:his|her|its|their|the) (?:[a-z-]+ ){0,2}[a-z-]+")
#: a penalty the lede's doer hands out, right after its name: " has relegated", " fined",
#: " voted on Thursday to remove", " upheld a prison sentence for", "'s prime minister on
#: Monday dismissed"
_PENALTY_VERB = rx.compile(r" (?:prime minister|president)(?: on [A-Z][a-z]+day)? "
                           r"(?:has |had )?(?:dismissed|sacked|fired)\b|"
                           r"(?: on [A-Z][a-z]+day)? (?:has |have |had )?(?:(?:" +
                           "|".join(sorted(PENALTIES)) + r")|"
                           r"voted (?:on [A-Z][a-z]+day )?to "
                           r"(?:remove|expel|impeach|suspend|ban|strip|oust|dismiss|censure)|"
                           r"upheld (?:an? |the )?(?:[\w-]+ ){0,3}?(?:sentence|conviction|ban|"
                           r"fine|suspension) (?:for|against|of)(?= ))\b")  # ("upheld a
# six-month prison sentence for former lawmaker Jawad Al-Sayegh": the one it was passed on)


#: a place named as where someone is: "bakeries in Comrat", "in the regional capital Comrat"
_WHERE_BEFORE = rx.compile(r"\b(?:in|at|near|outside|reached|into) (?:the |a )?"
                           r"(?:[a-z-]+ ){0,3}$")  # (and "medicines had reached the port")


#: a charging act right after its doer's mention: "Prosecutors had accused"
_CHARGING_AFTER = rx.compile(r"(?: in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?(?: police)?"
                             r"(?: on [A-Z][a-z]+day)? (?:had |has |have )?"
                             r"(?:accused|charged|arrested|detained|sued|"
                             r"fined|jailed|raided|prosecuted|indicted)\b")


#: a reported clause that opens on a plural noun: "Teachers were not consulted"
_PLURAL_OPENING = rx.compile(r"([A-Z][a-z]+s) ")


def _members_subject(text: str, q: Quote) -> re.Match | None:
    """The members a body's label names, opening its reported clause (``Teachers were not
    consulted, according to the local teachers' union``): the body's own people, as "it" or
    "they" would be."""
    label = (q.speaker or "").lower().replace("’", "'")
    m = _PLURAL_OPENING.match(text, q.start)
    return m if m is not None and f"{m.group(1).lower()}' " in label + " " else None


#: the people an unnamed body is of, before its noun: "the local fishermen's cooperative"
_MEMBERS_OF = rx.compile(r"\w(?:s['’]|['’]s) (?:[a-z]+ )?$")


def _members_own_body(text: str, name: str, target: Target) -> bool:
    """Whether ``name`` is an unnamed cooperative of the story's own people (``the local
    fishermen's cooperative``, ``the growers' cooperative``): it speaks for those who react,
    and no reaction is aimed at it unless it is named. (A union so named stays a side: in a
    strike the employer's words are aimed at it.)"""
    words = name.split()
    return target.kind == "institution" and name[:1].islower() and \
        words[-1] == "cooperative" and \
        (_MEMBERS_OF.search(name, 0, len(name) - len(words[-1])) is not None or
         any(_MEMBERS_OF.search(text, max(0, a - 30), a) for a, _ in target.mentions))


#: speakers who comment on an act without a side in it: "Analysts said the suspension was a
#: serious blow to Arenas' policy" weighs the act, and takes no side against its doer
_OBSERVERS = frozenset({"analysts", "analyst", "economists", "economist", "experts",
                        "observers"})


def _foreign_word(speaker: str, lede: str | None, found: Mapping[str, Target],
                  registry: Registry, homes: dict[str, set[str]]) -> bool:
    """Whether an office speaks of another state's act: the lede's doer is a country that
    is not the office's own ("Nicaragua has stripped ... The U.S. State Department said the
    move was part of a 'campaign of repression'")."""
    return lede is not None and lede in found and found[lede].kind == "country" and \
        bool(own := _home(speaker, registry, homes)) and lede not in own


#: the employer named after a job cut: "the workers laid off by Île Bleue Resorts"
_LAID_OFF_BY = rx.compile(r"\b(?:laid off|dismissed|sacked|fired|let go|made redundant) by ")


def _reactions(text: str, seg: Segmentation, quotes: list[Quote], found: dict[str, Target],
               registry: Registry, mentions: list[tuple[int, int, str]], starts: list[int],
               evidence: Mapping[tuple[str, str], list], employers: Mapping[str, str | None],
               speakers: Mapping[str, Speaker], homes: dict[str, set[str]],
               resolved: set[int] = frozenset(),
               referent: Callable[[str, int, str], str | None] | None = None,
               lede: str | None = None, punished: str | None = None,
               accused: str | None = None, charger: str | None = None,
               penalised: frozenset[str] = frozenset()
               ) -> list[tuple[str, str, float, int]]:
    """A reaction that names no one (``"They knew, and they kept selling them," said a
    lawyer``) is aimed at the story's principal actor: the target mentioned most, other
    than the speaker, their employer and their own country (``mentions`` and ``starts``:
    every target mention, sorted, as :func:`stance` indexes them). Each quoted sentence that
    names no target but points at someone (``they``, ``them``, ``it``, ``this``, ``that
    is``; in reported speech an institution's or a group's ``it`` and ``they`` are its own)
    is evidence of weight 1: its explicit stance words, else its valence when clear, else
    :data:`REACTION_PRIOR`. Toward an actor the speaker already has a stance on, only
    explicit stance words add (``called the launch "a clear provocation"``). ``resolved``:
    where quoted pronouns were already resolved to a named target (no reaction: the
    pronoun is someone). ``lede``: the lede's doer (:func:`_lede_doer`), aimed at where the
    story names no principal actor, and in place of the body that only announced its act;
    ``punished``: whom that doer punishes in the lede (:func:`_lede_penalised`); ``accused``:
    the body the lede's subject accuses (:func:`_lede_accused`), where a lay person's loss
    is aimed; ``charger``: the body that answers for a charge the lede tells without its
    maker (:func:`_lede_charge_defender`), the first actor though named after the quote;
    ``penalised``: all whom the lede's doer punishes (:func:`_lede_penalised`), whose own
    reactions answer the doer, not one another."""
    victims = _victims(text, found)  # ("a senseless act of violence": not at the victim)
    ranked = [n for n in principal(found) if n not in victims and
              not (found[n].kind != "person" and not found[n].implied and
                   all(_WHERE_BEFORE.search(text, max(0, a - 40), a)
                       for a, _ in found[n].mentions))]
    # (not a town named only as where people are: "bakers in the regional capital Comrat",
    # "14 small bakeries in Comrat")
    ranked = [n for n in ranked if not _members_own_body(text, n, found[n])]
    # where an act was named ("the ruling", "the fine"), by sentence, with its agent
    acts = sorted((a, n) for n, t in found.items() for a, b in t.mentions
                  if b - a <= 9 and text[a:b].lower() in EVENT_VERBS)
    act_starts = [a for a, _ in acts]
    decision_by = "decision by" in text  # (once, not per quote: the text may be long)
    # the charge the lede tells without its maker, as a later quote names it: "could not get
    # the gum past checkpoints without the permit" answers its maker (``charger``)
    charge = _LEDE_CHARGE.search(text, seg.paragraphs[0].start, seg.paragraphs[0].end) \
        if charger is not None and seg.paragraphs else None
    charged = rx.compile(rf"\bthe (?:new )?{charge.group(1).removesuffix('s')}s?\b") \
        if charge is not None else None
    laid = _LAID_OFF_BY.search(text)  # the employer that laid workers off, named after it
    at = bisect_left(starts, laid.end()) if laid is not None else len(mentions)
    laid_off_by = mentions[at][2] if at < len(mentions) and mentions[at][0] == laid.end() \
        else None
    out = []
    for qi, q in enumerate(quotes):
        # a partial quote's object stands between its verb and the marks: 'called the
        # launch "a clear provocation"'
        begin = q.cue_end if q.kind == "partial" and q.cue_end is not None and \
            q.cue_end <= q.start and q.start - q.cue_end < 40 else q.start
        # "said it accepted the findings": a reaction to whoever found, as told before
        findings = _FINDINGS.search(text, begin, q.end) \
            if referent is not None and q.speaker and q.speaker != NARRATOR else None
        if findings is None and referent is not None and q.speaker and \
                q.speaker != NARRATOR and q.mention_end is not None and \
                q.mention_end < q.start < q.mention_end + 60:
            findings = _FINDINGS.match(text, q.mention_end + 1, q.start)  # "The students'
            # organisation welcomed the report and demanded that": its own act, told first
        if findings is None and q.kind == "partial" and begin < q.start and \
                referent is not None and q.speaker and q.speaker != NARRATOR and \
                (q.cue or "").lower() in CHARACTERISING:
            # 'called the claims "baseless"': a dismissal of whoever made them (group 1
            # stays empty: no agreement)
            findings = _CLAIMS_OBJECT.match(text, begin)
        if findings is None and q.kind == "indirect" and referent is not None and \
                q.speaker and q.speaker != NARRATOR:
            findings = _CLAIM_REBUTTED.match(text, begin) or \
                _PROMISE_HEARD.match(text, begin)  # "said the claim was not backed
            # by evidence": a rebuttal of whoever made it (group 1 empty: no agreement)
        if findings is None and q.kind == "direct" and referent is not None and \
                q.speaker and q.speaker != NARRATOR:
            findings = _CHARGES_DISMISSED.search(text, q.start, q.end)  # '"These are aid
            # workers, not spies. The accusations are absurd," said': whoever made them
        finder = referent("claim", findings.start(), q.speaker) \
            if findings is not None else None
        if findings is not None and findings.group().endswith("report"):
            finder = _report_author(text, seg, quotes[:qi], q.speaker)  # "In a report to
            # parliament, the Ombudsman ... said": the report's author, not whoever spoke last
        # 'called the rise "brutal"': the act's doer, as the story told it ("the regulator
        # approved a 27 percent rise")
        characterised = q.kind == "partial" and begin < q.start and \
            (q.cue or "").lower() in CHARACTERISING and \
            (obj := _ACT_NOUN_AT.match(text, begin + 1)) is not None and \
            (_doer_of(text, mentions, starts, obj.group(1), begin, q.speaker) is not None or
             _quoted_owner(text, quotes[:qi], found, obj.group(1),
                           {q.speaker, employers.get(q.speaker)}) is not None or
             (obj.group(1) in ("decision", "move", "operation", "crackdown", "rule", "rules",
                               "limit", "cap", "ban", "cull", "delay", "amendment") and
              text.startswith(" the ", begin)))  # ('called the decision "short-sighted"':
        # the act of the story's principal actor, as "welcomed the move" is)
        # "If there was mismanagement, show me one document": a challenge to whoever
        # spoke of the mismanagement
        challenge = _SHOW_ME.search(text, begin, q.end) \
            if q.speaker and q.speaker != NARRATOR and "show me" in text[begin:q.end] else None
        if challenge is None and q.speaker and q.speaker != NARRATOR and \
                "such thing as" in text[begin:q.end]:
            challenge = _NO_SUCH_THING.search(text, begin, q.end)
        grievance = q.kind == "direct" and q.speaker is not None and \
            _lay_grievance(text, q, registry, speakers, employers)
        # "said the raids had hurt honest shops": the act's, as "welcomed the raids" is
        act_opening = _THE_ACT_DONE.match(text, q.start) if q.kind == "indirect" else None
        risen = addressed = None
        if act_opening is None and q.kind == "indirect" and text.startswith("a", q.start):
            act_opening = _AN_ACT_DONE.match(text, q.start)  # "said an order to move their
            # tents back from the shore would ruin a season": the act, described
            if act_opening is None:
                act_opening = risen = _RISE_IN_CHARGE.match(text, q.start)
        if act_opening is None and q.kind == "indirect" and \
                text.startswith(WORKS, q.start):
            act_opening = _WORKS_DONE.match(text, q.start)  # "said dredging for a new marina
            # had clouded the water ... and killed about a third of this season's oysters"
        if act_opening is None and q.kind == "indirect" and seg.paragraphs and \
                (keep := _ASKED_TO_KEEP.search(text, q.start, q.end)) is not None and \
                rx.compile(rf"\b(?:end|ending|ended|scrap|scrapping|scrapped|abolish|"
                           rf"abolishing|abolished|withdraw|withdrawing|withdrew|cut|cutting) "
                           rf"(?:a|the|its) (?:[a-z-]+ ){{0,2}}{keep.group(1)}\b").search(
                               text, seg.paragraphs[0].start, seg.paragraphs[0].end):
            act_opening = risen = keep  # "she had written to the minister, asking him to keep
            # the subsidy": the lede's ending of it, asked undone
            ministries = [n for n in found if n.lower().endswith(" ministry")]
            if len(ministries) == 1 and \
                    re.search(r"\bto the minister\b", text[q.start:keep.start()]):
                addressed = ministries[0]  # (the minister written to: the one ministry)
        if act_opening is None and q.kind == "direct" and \
                (harm := _GERUND_HARM.search(text, q.start, q.end)) is not None and \
                text[harm.start():harm.start() + 1].isupper():
            act_opening = risen = harm  # '"Closing the pans could actually hurt the
            # flamingos"': the act, by its gerund, and the harm it would do
        if (act_opening is None or act_opening.group(1).lower() not in _DONE_ACTS) and \
                q.kind == "indirect" and \
                (faulted := _CUT_FAULTED.search(text, q.start, q.end)) is not None:
            act_opening = risen = faulted  # "the industry
            # was going through a hard year but that cutting pay was not the answer"
        if act_opening is None and q.kind == "indirect" and \
                (second := text.find(" and that the ", q.start, q.end)) != -1:
            act_opening = _THE_ACT_DONE.match(text, second + 10)  # "said drivers already paid
            # for roads and that the toll set a dangerous precedent": the second clause's act
        if act_opening is not None and (act_opening.group(1).lower() not in _DONE_ACTS and
                                        act_opening.group(1).lower() not in CASE_NOUNS and
                                        act_opening.group(1).lower() not in MOTION_NOUNS and
                                        act_opening.group(1).lower() not in ARREST_NOUNS or
                                        (_official(q.speaker, registry, employers) and
                                         not _foreign_word(q.speaker, lede, found, registry,
                                                           homes))):
            act_opening = None  # (an office's word on an act is most often its own act's
            # defence: "the rule was designed to protect consumers from counterfeit goods";
            # not another state's office's: "The U.S. State Department said the move was")
        if act_opening is not None and (q.speaker or "").lower() in _OBSERVERS:
            continue  # an observer's word on an act takes no side: "Analysts said the
            # expulsion was likely to deepen tensions"
        # "said it had not been consulted": a complaint of being left out of another's act
        left_out = q.kind == "indirect" and \
            ((own_subject := _SELF_SUBJECT.match(text, q.start)) is not None or
             (own_subject := _members_subject(text, q)) is not None) and \
            (slight := _DISMAY.match(text, own_subject.end())) is not None and \
            (" been " in slight.group(0) or slight.group(0).startswith(("were ", "was ")))
        if q.kind == "indirect" and q.speaker and charger is not None and \
                q.speaker != charger and charger in found and q.speaker not in found and \
                employers.get(q.speaker) != charger and \
                _CHALLENGES_ACT.match(text, q.start) is not None:
            out.append((q.speaker, charger, -1.0, seg.sentence_at(q.start)))
            continue  # "The pony owners' association said it would challenge the deadline in
            # the Madras High Court": a fight taken to the charge's maker
        names_charge = charged is not None and charged.search(text, begin, q.end) is not None
        if not q.speaker or q.speaker == NARRATOR or \
                _is_count(text, q) or \
                (_REACTION_PRONOUN.search(text, begin, q.end) is None and finder is None and
                 _DISMAY.search(text, begin, q.end) is None and not characterised and
                 not (q.speaker in penalised and _GRAVE_CONCERN.search(text, begin, q.end)) and
                 challenge is None and not grievance and act_opening is None and
                 not (names_charge and q.speaker != charger)):
            continue  # (most quotes point at no one unnamed; figures react to no one)
        if _GROUP_THEN_THEM.search(text, begin, q.end) and \
                not names_charge and \
                all(m.group() in ("them", "they", "They", "it", "It")
                    for m in _REACTION_PRONOUN.finditer(text, begin, q.end)):
            continue  # "Customers think we are cheating them": the group it named, no one
            # the story is about
        opposed = None
        thing = _THING_THEN_IT.match(text, begin) if q.kind == "indirect" else None
        if thing is not None and thing.group(1) == "opposition":
            # "said the opposition had lost because it had no programme": the one the story
            # titles its leader, no one else (else no one)
            leaders = {e.name for e, _ in registry.persons_before(q.start)
                       if e.kind == "person" and "opposition leader" in e.titles}
            if len(leaders) != 1 or q.speaker in leaders:
                continue
            opposed = leaders.pop()
        if opposed is None and thing is not None and \
                lexicon.source_nouns().get(thing.group(1)) is None and \
                thing.group(1).lower() not in MOTION_NOUNS and \
                thing.group(1).lower() not in _ACT_WORDS and \
                not any(a <= thing.start(1) < b for a, b, _ in
                        mentions[max(0, bisect_left(starts, begin) - 1):
                                 bisect_left(starts, thing.end(1))]) and \
                all(m.group() in ("it", "It")
                    for m in _REACTION_PRONOUN.finditer(text, begin, q.end)):
            continue  # "said the tower was stable for now but ... it needed to be
            # reinforced": the thing the clause opened on, no one the story is about
        home = _home(q.speaker, registry, homes)
        if (kin := _kin_named(text, registry, q.speaker)) is not None:
            home = home | {kin}  # "His daughter, Willemijn Veldkamp, said ... 'Nobody at the
            # paper has called us'": her own father is no one she reacts to
        if (body := employers.get(q.speaker)) is not None and \
                (ent := registry.entities.get(body)) is not None and ent.nations:
            home = home | ent.nations  # "said the operator's director" of "Armenia's national
            # postal operator": her body's country is hers
        elif body is not None and body not in registry.entities:
            home = home | _home(body, registry, homes)  # "The corporation's chief executive"
            # of "Samoa's state shipping corporation": its state is his own
        if q.mention_start is not None and q.mention_end is not None and \
                (town := next((n for a, b, n in mentions[bisect_left(starts, q.mention_start):
                                                         bisect_left(starts, q.mention_end)]
                               if (text.startswith(("'s", "’s"), b) and
                                   text[a:b].lower().endswith(("town", "city", "village"))) or
                               (q.speaker.startswith(text[a:b] + " ") and
                                q.speaker[b - a + 1:b - a + 2].islower() and
                                q.speaker.rsplit(" ", 1)[-1] in _TOWN_OFFICES)),
                              None)) is not None:
            home = home | {town}  # "The town's artisans' union said the order was
            # unrealistic": its own town is no one it reacts to (nor is Nikko to "The Nikko
            # tourism bureau")
        # (a body named for a country aims an unnamed reaction at others first: "Technology
        # Ireland" at EirGrid, not Ireland)
        named = _named_for(q.speaker)
        order = sorted(ranked, key=lambda n: n in named)
        first = seg.sentence_at(q.start)
        # "Consumer groups criticized the ruling. Flores said it would ...": the act just
        # named (``the ruling``, ``the fine``) is what "it" is, and the act is its agent's
        k = bisect_left(act_starts, q.end) - 1  # (or named in the quote: "the vote showed")
        act = acts[k] if k >= 0 and seg.sentence_at(acts[k][0]) >= first - 1 else None
        if act and act[1] != q.speaker and (act[1] == employers.get(q.speaker) or
                                            act[1] in home or
                                            _titled_member(registry, q.speaker, act[1])):
            continue  # "Council President Andrea Jenkins said the vote showed ...": her own
            # body's act, no one else's (and a minister's of her own government's)
        if charger is not None and charger in found:  # (ranked or not: "Gradski Parkingi",
            # named twice, that fined the driver the lede tells of)
            order = [charger] + [n for n in order if n != charger]
        target = act[1] if act and act[1] != q.speaker else \
            next((n for n in order if n != q.speaker and n not in home and
                  n != employers.get(q.speaker) and not _works_at(q.speaker, n) and
                  (found[n].mentions[0][0] < q.start or n == charger) and
                  not _titled_member(registry, q.speaker, n) and
                  not _sits_in(registry, q.speaker, n)), None)
        if act is None and q.kind == "indirect" and text.startswith("it ", q.start) and \
                q.mention_end is not None and q.cue_start is not None and \
                (own := _OWN_CLAUSE_ACT.match(text, q.mention_end, q.cue_start)) and \
                (doer := _doer_of(text, mentions, starts, own.group(1), own.start(1),
                                  q.speaker)) is not None and \
                doer not in home and doer != employers.get(q.speaker):
            target = doer  # "Senator Solenne Ekoga, who led the opposition to the bill, said
            # it was aimed at ...": the bill, whose drafter the story named
        if act is None and grievance and accused is not None and accused not in home and \
                accused not in (q.speaker, employers.get(q.speaker)):
            target = accused  # "Fishermen ... accused the government's fisheries division of
            # leaving the ice plant broken ... 'by noon the fish is spoiling'": a lay loss at
            # the body the lede accuses
        if target is None and act is None and \
                (boss := _MANAGEMENT_SUBJECT.search(text, begin, q.end)) is not None:
            target = next((e.name for e, _ in registry.persons_before(boss.start())
                           if e.kind == "institution" and e.name in found and
                           e.name not in home and e.name != q.speaker and
                           e.name != employers.get(q.speaker) and
                           e.name.lower() not in lexicon.places() and
                           org_fits("management", e.name, e.titles)), None)
            # '"Management simply pretends it never received it," said X, head of the
            # dockers' union': the firm the union faces, named once before
        if act is None and lede is not None and q.speaker in penalised and \
                lede not in home and lede != q.speaker:
            target = lede  # "... has suspended the BBC and Voice of America ... The BBC said
            # it was 'deeply concerned'": the suspension's maker, not the other suspended
            # (and "voted to remove Deputy President Ezekiel Chepkwony ... 'This process was
            # decided long before'": the remover, not the president he fell out with)
        if act is None and target is not None and target == punished and \
                lede not in (q.speaker, employers.get(q.speaker)) and lede not in home and \
                _REFUSED_ACT.search(text, q.start, q.end) is not None:
            target = lede  # "The Ghana Football Association has relegated Kpando Stars ...
            # 'We will not accept this'": the punisher's act, not the club it punished
        if act is None and q.kind == "direct" and qi > 0 and \
                (said := quotes[qi - 1]).kind == "indirect" and \
                seg.sentence_at(said.start) == first - 1 and \
                _THEY.search(text, q.start, q.end) is not None:
            # 'Patients' rights groups said the ministry had known about the problem for
            # months. "They knew, and they waited,"': the body the clause before opened on
            k = bisect_left(starts, said.start)
            if k < len(mentions) and mentions[k][0] - said.start <= 4 and \
                    (n := mentions[k][2]) not in (q.speaker, employers.get(q.speaker)) and \
                    n not in home and found[n].kind in ("institution", "country"):
                target = n
        if act is None:  # "... they do nothing," he said. The Accra Metropolitan Assembly
            # did not respond to a request for comment": the party asked for its side
            end_si = seg.sentence_at(max(q.end - 1, q.start))
            hi_at = seg.sentences[min(end_si + 2, len(seg.sentences) - 1)].end
            silent = next((n for a, b, n in mentions[bisect_left(starts, q.end):
                                                     bisect_left(starts, hi_at)]
                           if n != q.speaker and n not in home and
                           n != employers.get(q.speaker) and _declines_comment(text, b)), None)
            target = silent or target
        if act is None and grievance and laid_off_by is not None and \
                laid_off_by not in (q.speaker, employers.get(q.speaker)) and \
                laid_off_by not in home:
            target = laid_off_by  # "the workers laid off by Île Bleue Resorts ... 'I gave that
            # hotel 28 years, and they replaced me'": a worker's loss, at the employer that cut
            # the job
        if target is None and act is None and lede is not None and \
                lede != q.speaker and lede not in home and lede != employers.get(q.speaker):
            target = lede  # "Kyrgyzstan plans to pave the road to Song-Kol ... Some herders say
            # it will bring trucks": the state whose act the lede tells, though named once
        if target is None and act is None and first <= 3:
            # an early reaction before the story names whom it faces ("We can't absorb this,"
            # said the organiser ... The bridge's operator, the ... Authority, said): the
            # principal body named next, not a country
            target = next((n for n in order if n != q.speaker and n not in home and
                           found[n].kind == "institution" and
                           n != employers.get(q.speaker)), None)
        if target is None and act is None and grievance:
            target = next((n for n in order if n != q.speaker and n not in home and
                           found[n].kind == "institution" and
                           n != employers.get(q.speaker)), None)  # (a lay person's loss
            # before the story names the body that caused it)
        if target is None and act is None and not ranked and \
                (state := dateline_country(text, seg)) in found and \
                state not in home and state != q.speaker and \
                any(a >= dateline_end(seg) and not _capital_as_place(text, a, b)
                    for a, b in found[state].mentions):
            # (named in the story, not only where it was filed: "NAIROBI, Kenya (Reuters) -
            # Charcoal from Somalia ..."; nor only as the capital where things are: "Owners
            # of public bathhouses in Tokyo")
            target = state  # "Denmark's parliament voted to raise the pension age ... the
            # reform was unfair": a story about one state that names it once
        if target is None and act is None and grievance and lede is None:
            target = next((d.speaker for d in quotes[qi + 1:]
                           if d.speaker in found and found[d.speaker].kind == "institution"
                           and d.speaker not in home and d.speaker != q.speaker and
                           d.speaker != employers.get(q.speaker)), None)  # ("Now they build
            # a bridge where my boat stops," said a boatman ... The Roads and Transport
            # Authority said): the body that answers, though named once
        ruling = _RULED.match(text, q.cue_end + 1) if q.kind == "partial" and \
            q.cue_end is not None and q.cue_end <= q.start else None
        if ruling is not None:  # 'called the order "an attack on free expression"': aimed
            # at the court or judge that ruled, else at no one (not at a party to the case)
            court = referent("ruling", q.start, q.speaker) if referent is not None else None
            target = court if court != q.speaker else None
        if finder is not None and act is None:
            target = finder  # "said it accepted the findings": of whoever found them
        if challenge is not None and act is None:
            no_such = challenge.re.pattern == _NO_SUCH_THING.pattern
            target = _echoed(text, quotes[:qi], challenge.end() if no_such else begin,
                             q.end, found, {*home, q.speaker})
        told = _THEY_TELL.search(text, begin, q.end) if act is None else None
        if told is not None and (teller := _echoed(text, quotes[:qi], told.end(), q.end,
                                                   found, {*home, q.speaker})) is not None:
            target = teller  # "They tell us about a path": who spoke of a path before
        if q.kind == "partial" and begin < q.start and act is None and \
                (obj := _ACT_NOUN_AT.match(text, begin + 1)) is not None and \
                (doer := _doer_of(text, mentions, starts, obj.group(1), begin,
                                  q.speaker) or
                 _quoted_owner(text, quotes[:qi], found, obj.group(1),
                               {*home, q.speaker, employers.get(q.speaker)})) is not None:
            target = doer  # 'called the cut "an act of cultural vandalism"': the cut's doer
        elif characterised and act is None and referent is not None and \
                (doer := referent("act", begin + 1, q.speaker) or lede) is not None and \
                doer not in home and doer != q.speaker:
            target = doer  # 'called the decision "short-sighted"': whose decision it was (or
            # the lede's doer: "Guatemala will allow ... called the rule "a decision taken in
            # an office"")
        if target is not None and target == quotes[0].speaker and lede is not None and \
                lede not in (q.speaker, employers.get(q.speaker)) and lede not in home and \
                any(quotes[0].start <= a < quotes[0].end for a, _ in found[lede].mentions):
            target = lede  # "Estonia will close the crossing ..., the interior ministry said
            # ... called the decision "a blow"": the state whose act it is, not its announcer
        legal = _LEGAL_OBJECT.search(text, begin, q.end)
        if legal is not None and act is None and \
                (suer := _suer(text, quotes, found, legal.start(), q.speaker)) is not None:
            target = suer  # "said it would 'vigorously defend' the case": the suer's case
        if act is None and _SUCH_FIRMS.search(text, begin, q.end):
            # "such products were 'a game of Russian roulette'": the firm whose products the
            # story is about, not the regulator that warned of them
            target = next((n for n in [*order, *(n for n in found if n not in order)]
                           if n != q.speaker and n not in home and
                           found[n].kind == "institution" and
                           org_fits("company", n, titles := registry.entities[n].titles
                                    if n in registry.entities else frozenset()) and
                           not org_fits("regulator", n, titles)), target)
            # (not "The regulator, Sernapesca,": no firm)
        kind_of = _A_KIND_THAT.search(text, begin, q.end)
        if kind_of is not None and act is None:  # "This is a university that invests in
            # weapons makers": the university the story is about, not its president
            target = next((n for n in order if n != q.speaker and n not in home and
                           kind_of.group(1) in n.lower().split()), target)
        elif kind_of is not None and not org_fits(kind_of.group(1), act[1]) and \
                (firm := next((n for n in order if n not in (q.speaker, act[1]) and
                               n not in home and found[n].kind == "institution" and
                               org_fits(kind_of.group(1), n)), None)) is not None:
            act, target = None, firm  # "welcomed the fine ... 'This is pocket change for a
            # company of this size'": the company fined, not the regulator that fined it
        named_act = _THESE_NOUN.search(text, begin, q.end) if act is None else None
        if named_act is not None:  # '... condemned China's actions. "These dangerous
            # actions put lives at risk," the ambassador wrote': whose actions the sentence
            # before named
            lo_at = seg.sentences[max(0, first - 1)].start
            owner = rx.compile(r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)['’]s (?:[a-z]+ )?" +
                               re.escape(named_act.group(1)) + r"\b")
            for o in owner.finditer(text, lo_at, q.start):
                k = bisect_left(starts, o.start())
                if k < len(starts) and starts[k] == o.start() and \
                        mentions[k][2] not in home and mentions[k][2] != q.speaker:
                    target = mentions[k][2]
            target = _champion(text.lower(), seg, mentions, starts, named_act.group(1),
                               q.start, {*home, q.speaker}) or target
            # ("President X defended the reform": hers)
        if _THE_ACT.match(text, begin) is not None and \
                any(_BUILT_BY.search(text, max(0, a - 60), a)
                    for a, _, n in mentions if n == q.speaker and a < begin):
            continue  # "a crude oil pipeline being built by ... TotalEnergies ... TotalEnergies
            # has said the project meets international standards": its own project
        decided = _DECIDED_BY_ACT.search(text, begin, q.end) \
            if act is None and referent is not None and decision_by else None
        if decided is not None and (doer := referent("act", decided.start(1), q.speaker)) \
                is not None and doer not in home and doer != q.speaker:
            target = doer  # "a decision by Kosovo's power distributor ... regarded the move
            # as a provocation": the distributor's move
        deal = _THE_DEAL.search(text, begin, q.end) if act is None else None
        if deal is not None and (partner := _deal_partner(text, mentions, starts, q.start,
                                                           q.speaker, home)) is not None:
            target = partner  # "said the deal would leave Potosí 'with the holes'": the deal
            # "with Chinese battery maker Huaxin Energy"
        if _RIVAL.search(text, begin, q.end):  # "calling her opponent 'a puppet'": the other
            # person the story is about, though the lede names him only after
            target = next((n for n in order if n != q.speaker and
                           found[n].kind == "person"), target)
        # "Whitlock said the government was committed ... Kane said that was 'not remotely
        # enough'": a reply that opens on "that" or "this" answers the speaker before
        if q.kind != "direct" and _REPLY.match(text, q.start):
            before = [p for p in quotes if p.end <= q.start and p.speaker and
                      p.speaker != q.speaker and seg.sentence_at(p.start) >= first - 1]
            if before and before[-1].speaker in found:
                target = before[-1].speaker
        if act_opening is not None and act_opening.group(1).lower() in CASE_NOUNS:
            target = _suer(text, quotes, found, q.start, q.speaker)  # "the case had been
            # built on the testimony of a single witness": against whoever brought it
        elif act_opening is not None and act_opening.group(1).lower() in ARREST_NOUNS:
            target = next((n for a, b, n in reversed(mentions[:bisect_left(starts, q.start)])
                           if n not in (q.speaker, employers.get(q.speaker)) and
                           n not in home and _CHARGING_AFTER.match(text, b) and
                           not text.endswith(" in ", 0, a)), None) or \
                next((p.speaker for p in quotes if p.speaker and p.speaker in found and
                      p.speaker not in (q.speaker, employers.get(q.speaker)) and
                      ("prosecut" in p.speaker.lower() or "police" in p.speaker.lower())),
                     None)  # "said the arrest appeared designed to intimidate reporters": the
            # accuser the story told charging someone (else the prosecution or police that
            # speaks; "Police in Dominica arrested": the police, not where they are)
        elif act_opening is not None and act_opening.group(1).lower() in MOTION_NOUNS:
            target = next((n for _, b, n in reversed(mentions[:bisect_left(starts, q.start)])
                           if n != q.speaker and _MOVED.match(text, b)), None)  # "said the
            # motion was 'a political show'": whoever brought it, not the chamber voting
        elif act_opening is not None and act is None and lede is not None and \
                lede not in (q.speaker, employers.get(q.speaker)) and lede not in home:
            target = lede  # "said the raids had hurt honest shops": the acts the lede's doer
            # did ("The food safety department ... seized about 900 kg of sweets")
        if act is None and lede is not None and q.mention_start is not None and \
                lede not in (q.speaker, employers.get(q.speaker)) and lede not in home and \
                (opened := _lede_opening(text, seg)) is not None and \
                seg.sentence_at(q.mention_start) == seg.sentence_at(opened) and \
                (apposed := _ACT_APPOSED.search(text, opened, q.mention_start)) is not None and \
                text[apposed.end():q.mention_start].count(" ") <= 2:
            target = lede  # "Authorities in ... Gagauzia have capped the price of bread, a
            # move bakers in the regional capital Comrat said could force": the act's doer,
            # not the town the bakers work in
        if act_opening is not None and act is None and lede is None and \
                (doer := _doer_of(text, mentions, starts, act_opening.group(1).lower(),
                                  q.start, q.speaker or "")) is not None and \
                doer not in home and doer != employers.get(q.speaker):
            target = doer  # "after the provincial People's Committee ordered their removal
            # ... said the order would wipe out her family's income": the order's maker
        if target is None and act_opening is not None and act is None:
            target = _announced_in(text, seg, mentions, starts, act_opening.group(1), q.end,
                                   {q.speaker, employers.get(q.speaker), *home})
            if qi == 0 and lede is None:
                lede = target  # (whose act the story's later reactions answer too)
            # ("Camp owners said an order to move their tents would ruin a season ... The
            # Ladakh administration said in its order that": the order's author, named once)
        if act_opening is not None and act is None and lede is None and \
                (author := _announced_in(text, seg, mentions, starts, act_opening.group(1),
                                         0, {q.speaker, employers.get(q.speaker), *home},
                                         q.start)) is not None:
            target = author  # "The commission said in its report that ... Jagessar said the
            # report was 'a whitewash'": the report's author, not whom it cleared
        if addressed is not None and addressed != q.speaker:
            target = addressed
        if left_out and act is None and lede is not None and \
                lede not in (q.speaker, employers.get(q.speaker)):
            target = lede  # "Malta will ban ... The federation said it had not been
            # consulted": left out of the act the lede's doer did, its own state too
        if left_out and act is None and lede is None and quotes[0].speaker and \
                quotes[0].speaker not in (q.speaker, employers.get(q.speaker)) and \
                quotes[0].speaker in found and quotes[0].speaker not in home and \
                _OWN_ACT_ANNOUNCED.match(text, quotes[0].start):
            target = quotes[0].speaker  # "Skive municipality said it would stop using
            # tablets ... Teachers were not consulted, according to the ... union": left out
            # of the act the lede's speaker announced as its own
        target = opposed or target
        if target is None:
            continue
        # (a "they" that goes on with the same speaker's reported clause is its subject; a
        # slight in the same quote still reacts: "They are being used ... Nobody asked the
        # people who have cared for them")
        slighted = any(m.group(0).lower().startswith(_SLIGHTED)
                       for m in _DISMAY.finditer(text, begin, q.end))
        goes_on = _continues_unnamed(text, seg, quotes, qi, starts)
        if goes_on and not slighted:
            continue  # (a feeling, "We are disappointed by the new rules", may be the clause's)
        # toward an actor the speaker already has a stance on, only a characterisation
        # adds ('called the launch "a clear provocation"'), by its explicit stance words (or
        # a slight: "Nobody asked the people who")
        known = any(abs(v) >= FLAT for v, _, _ in evidence.get((q.speaker, target), ()))
        # (a mention that read flat is no side taken: "Fishermen in Mwanza, the lake's
        # biggest port in Tanzania, said the crackdown was hitting the poorest hardest"; but
        # only a reaction read in so many words outweighs it, not the prior below)
        flat = not known and (q.speaker, target) in evidence
        if known and not slighted and stance_cues().keys().isdisjoint(
                re.findall(r"\w+", text[begin:q.end].lower())) and \
                not _CHARGE_PHRASE.search(text, begin, q.end) and \
                not _FIGHT_THIS.search(text, begin, q.end):
            continue
        last = seg.sentence_at(max(q.end - 1, q.start))
        own = {q.speaker, employers.get(q.speaker), *home, *named}
        who = speakers.get(q.speaker)
        # "urged them to allow shipments through": the one urged, no one reacted to
        addressed = (q.cue or "").lower() in URGING
        own_said = q.kind != "direct" and who is not None and \
            (who.kind == "institution" or (who.kind == "anonymous" and q.speaker.endswith("s")))
        for si in range(first, last + 1):
            sent = seg.sentences[si]
            lo, hi = max(begin, sent.start), min(q.end, sent.end)
            k = bisect_left(starts, lo)
            while k < len(starts) and starts[k] < hi and (
                    mentions[k][2] in own or mentions[k][:2] in found[mentions[k][2]].implied or
                    _HARM_BEFALLS.search(text, max(0, starts[k] - 30), starts[k]) or
                    _SOMEONE_FROM.search(text, max(0, starts[k] - 40), starts[k]) or
                    _ROUTE_TO.search(text, max(0, starts[k] - 16), starts[k]) or
                    (finder is not None and _capital_as_place(text, starts[k], mentions[k][1])) or
                    (_LAW_OF.match(text, mentions[k][1]) and
                     _BREACHED.search(text, max(0, starts[k] - 16), starts[k])) or
                    (act_opening is not None and
                     act_opening.start() <= starts[k] < act_opening.end() and
                     found[mentions[k][2]].kind == "country") or
                    (act_opening is not None and starts[k] >= act_opening.end() and
                     ", which " in text[act_opening.end():starts[k]]) or
                    _PLACE_OF_CITY.match(text, starts[k])):
                k += 1  # (nor a victim: "a disaster for the bank's credibility"; nor, in a
                # rebuttal, a capital named as where: "the turnout figure was invented and
                # that many polling stations in Libreville had been almost empty"; nor a country
                # the act's own description names: "permits for every shipment to Vietnam";
                # nor where someone comes from: "Now a man from Lomé tells me", or a road
                # leads: "a new toll on the road to La Paz"; nor the law
                # broken: "illegal under European and international law"; nor a place a
                # relative after the harm names: "..., which the state of Chiapas counts as
                # part of its heritage")
            if k < len(starts) and starts[k] < hi and not (
                    _DISMAY.search(text, lo, starts[k]) and
                    _VENUE_BEFORE.search(text, max(lo, starts[k] - 12), starts[k])):
                continue  # the quoted words name a target: judged as such (not a venue
                # after a dismay: 'was "deeply disappointed" and would raise the issue at
                # the International Whaling Commission')
            m = next((m for m in _REACTION_PRONOUN.finditer(text, lo, hi)
                      if not (own_said and m.group(0).lower() in _SELF_PRONOUN and
                              m.start() >= q.start) and  # ('called it "painful"': the
                      # object of the verb, outside the marks, is no one's self)
                      not _PLACE_THIS.match(text, m.start()) and
                      not (m.group(0).lower() == "it" and
                           (thing := _THING_SUBJECT.match(text, lo)) is not None and
                           thing.end() <= m.start() and
                           thing.group(1).lower() not in NOT_THINGS and
                           thing.start(1) not in starts) and  # ("Heat is our friend, but the
                      # storms come right after it": the heat, the sentence's own subject)
                      not (m.start() == q.start and addressed) and
                      not (m.group(0).lower() == "it" and
                           _INSTEAD_OF_DOING.search(text, max(lo, m.start() - 30),
                                                    m.start())) and  # ("fights corruption
                      # instead of protecting it": the thing just named)
                      not (m.group(0).lower() in ("they", "them") and
                           _PLURAL_NP.search(text, begin, m.start()))), None)
            if goes_on:
                m = None  # (the pronoun is the clause's subject)
            answers = finder is not None and (lo <= findings.start() < hi or
                                              sent.start <= findings.start() < q.start <= lo)
            # (or told before the words, in their sentence: "welcomed the report and demanded
            # that")
            if answers:
                m = findings  # "said it accepted the findings": what it answers
            if m is None and challenge is not None and lo <= challenge.start() < hi:
                m = challenge
            if m is None and characterised and lo <= begin < hi:
                m = _ACT_NOUN_AT.match(text, begin + 1)  # (the act the words characterise)
            if m is None and act_opening is not None and lo <= act_opening.start() < hi:
                m = act_opening
            dismay = (_DISMAY.search(text, lo, hi) or
                      (_GRAVE_CONCERN.search(text, lo, hi) if q.speaker in penalised else None)) \
                if m is None or slighted else None
            if dismay is not None:
                m = dismay  # 'her country was "deeply disappointed"': at whoever acted (a
                # slight before any pronoun: "Nobody asked the people who have fed them")
            lament = None
            no_crime = _NO_CRIME.search(text, lo, hi) if grievance else None
            if m is None and grievance and ((loss := _LOSS.search(text, lo, hi)) or no_crime):
                lament = m = _OWN_LOT.search(text, lo, hi) or (
                    loss if _OWN_LOT.search(text, q.start, q.end) else None)
                # '"If we cannot lift stones, our children will go hungry," said a stone
                # collector': a lay person's own loss, at whoever the story says acted (and
                # '"We saw the locusts for ten days ... Now there is nothing left for the
                # goats"': the loss in a sentence of its own, the speaker's by the quote)
            if m is None or m.start() in resolved or lo in resolved:
                continue  # (or the sentence is about kin: "She trusted the people in those")
            if text.endswith("above ", 0, m.start()) and any(lo <= x < hi for x in resolved):
                continue  # "No one is above the law, however high the office he once held":
                # the warning is to the one the pronoun names, judged as such
            a = m.start()
            sentence = text[sent.start:sent.end]
            cue = _cue_value(sentence, a - sent.start)
            if _PUNISHES_INNOCENT.search(text, lo, hi):
                cue = -1.0  # "said the ban punished people who had done nothing wrong": not
                # the warmth of "nothing wrong"
            if _TRUST_REFUSED.search(text, lo, hi):
                cue = -1.0  # "No one will trust the result of an election run by these
                # people": whatever the warmth of "trust"
            if _NOT_AGAINST_BUT.search(text, lo, hi):
                cue = -1.0  # "We are not against security, we are against losing the river":
                # the second word is the one that stands
            if _SAYS_BUT.match(text, m.end(), q.end):
                cue = -1.0  # "They say it will not be banned, but every year there are more
                # rules": their word, doubted
            if _CALLING_IT.search(text, m.end(), hi):
                cue = -1.0  # "They are building a second market ... and calling it an
                # improvement": the doers' own word for the act, mocked
            if answers:  # agreement with whoever found, or a dispute
                cue = 1.0 if findings.group(1) else -1.0
            if dismay is not None or m is challenge:
                cue = -1.0
            if cue is None and no_crime is not None:
                cue = -1.0  # "Mahjong is part of our culture, not a crime": the trade defended
                # against the act that treats it as one
            if cue is None and _SPARED_OTHERS.search(text, lo, hi):
                cue = 1.0  # "Nothing will bring my sister back, but at least no other family
                # will go through this in that place": the act approved for sparing others
            if cue is None and _NO_HARM.search(text, lo, hi):
                cue = 1.0  # "Nobody on Eigg has ever gone cold because of it": a defence
            if cue is None and _INDISPENSABLE.search(text, lo, hi):
                cue = 1.0  # "Without this money there would be no festival": its worth
            if cue is None and _CHARGE_PHRASE.search(text, lo, hi):
                cue = -1.0  # "Charities are not above the law": a warning in an idiom
            if cue is None and _NOBODY_DARES.search(text, q.start, q.end):
                cue = -1.0  # "They collect the money ... with soldiers standing behind them.
                # Nobody dares to refuse": intimidation charged
            if cue is None and _TAKES_ADVANTAGE.search(text, lo, hi):
                cue = -1.0  # "They are taking advantage of us because we have nowhere else to
                # sell": exploitation charged
            if cue is None and _PROMISED_US.search(text, lo, hi):
                cue = -1.0  # "They promised us a metro in 2016": a promise recalled, unkept
            if cue is None and _NOW_WE_PAY.search(text, lo, hi):
                cue = -1.0  # "They painted the facade ..., and now I pay more than half my
                # pension in rent": a cost the act put on the speaker
            if cue is None and _DOUBLE_STANDARD.search(text, lo, hi):
                cue = -1.0  # "They ask customers to save water while their own pipes pour
                # it into the ground": a double standard
            if _HOPE_NOW.search(text, lo, hi):
                cue = -1.0  # "Nobody listened then. I hope they listen now": what they failed
                # to do, hoped for at last
            if cue is None and _WE_WERE_TOLD.match(text, lo):
                cue = -1.0  # "We were told it was the price of excellence": an excuse
                # given to the speaker, recalled as a grievance
            if cue is None and _YOU_CANNOT.search(text, lo, min(hi, lo + 24)):
                cue = -1.0  # "You cannot cut a city's memory into pieces": a reproach
            if cue is None and _WALK_FREE.search(text, lo, hi):
                cue = -1.0  # "said the change would let people accused of serious crimes
                # walk free": a harm the act does
            if cue is None and _WE_RESTORE.search(text, lo, hi):
                cue = 1.0  # "Today we return to our chiefs the place they should never have
                # lost": a wrong undone, for those it is undone for
            overdue = act_opening is not None and lo <= act_opening.start() <= m.start() and \
                _OVERDUE.search(text, act_opening.start(), hi) is not None
            if overdue:
                cue = 1.0  # 'said the ban had come "not a day too soon"': approval
            if cue is None and q.kind == "partial" and _HISTORIC.match(text, q.start):
                cue = 1.0  # 'called the vote "a historic day for the pensioners"': praise
            if cue is None and _AIMED_AT_OTHERS.match(text, m.start()):
                continue  # "It is against the criminals who hide among them": whom the act
                # is aimed at, told by its defender, no side taken on its maker
            if cue is None and _FIGHT_IT.search(text, lo, hi):
                cue = -1.0  # "urged Zimbabweans to resist it peacefully": a fight called
                # against it, however peaceful
            if cue is None and known:
                continue
            if cue is None:
                # "I believe in free markets, but this looks like a company that ...": the
                # valence of the pronoun's own clause, after the contrast before it
                turn = max((x.end() for x in _CONTRAST_WORD.finditer(text, lo, a)), default=lo)
                c = valence.scores(text[turn:hi])[0]
                cue = (1.0 if c > 0 else -1.0) if abs(c) >= REACTION_VALENCE else REACTION_PRIOR
            if flat and abs(cue) <= abs(REACTION_PRIOR) and \
                    not any(q.start <= x < q.end for x, _ in found[target].mentions) and \
                    not (lament is not None and any(q.start <= x < q.end for x in resolved)):
                continue  # (the prior alone outweighs a flat reading only of the quote's own
                # words: '"The ministry says there is no money, yet it finds money for
                # everything else"'; not of a mention in the speaker's description, "The
                # 61-year-old, who led her Labour Party"; nor a loss told after a pronoun
                # the quote aims: '"They came at 2 a.m. with bulldozers. I lost my fridge"')
            if act_opening is not None and \
                    (m is act_opening or act_opening.start() <= m.start() < act_opening.end()) \
                    and (_HARM_DONE_END.search(act_opening.group(0)) is not None or
                         (act_opening.group(0).endswith(("would ", "will ", "was ", "is ")) and
                          _HARM_TO_COME.match(text, act_opening.end()) is not None)):
                cue = -1.0  # "a new rule requiring visitors to buy a ticket ... had halved
                # their trade": the harm the act did, told as its outcome (or will do: "a cap
                # of 125 visitors a day ... would cut their work by about half"; or is doing:
                # "a new toll on the road to La Paz was eating the little profit")
            if risen is not None and m is risen:
                cue = -1.0  # "a fourfold increase in the entry fee ... would keep backpackers
                # away": a charge raised on those who pay it, whatever it is said to do
            if act_opening is not None and m is act_opening and cue >= REACTION_PRIOR and \
                    not overdue:
                continue  # (an act's opening tells a side only when the clause holds a harm
                # done: "the raids had hurt honest shops"; "the checks were necessary" is
                # most often the doer's own defence)
            if lament is not None and cue > 0:
                continue  # (a lay person's warm words, "We support a clean lake", take no
                # side on whoever acted: only a loss is read as one)
            if cue < 0 and out and out[-1][:2] == (q.speaker, target) and \
                    out[-1][3] == si - 1 and out[-1][2] > 0 and \
                    _TURN_OPENER.match(text, lo) is not None:
                out[-1] = (q.speaker, target, cue, si - 1)  # '"They promised us a fair
                # transition. Instead they are throwing us away"': a promise broken
            if punished is not None and target == punished and \
                    lede in (q.speaker, employers.get(q.speaker)):
                cue = -1.0  # "The association said clubs were responsible for the behaviour
                # of their supporters": the punisher's word on whom it punished, its case
            if (lament is not None or (dismay is not None and m is dismay and
                                       " being " not in m.group())) and \
                    punished is not None and target == lede and q.speaker not in penalised:
                target = punished  # "Kenya's data protection commissioner has fined digital
                # lender Tuzo Credit ... 'My boss got a message calling me a thief'": a lay
                # person's loss at the one punished for causing it, not at the punisher (and
                # a grievance: "I paid for a baker's bread and got a factory's"; not "We are
                # being punished for the actions of a few", nor the dismay of one punished:
                # the punisher's)
            out.append((q.speaker, target, cue, si))
    return out


def _penalised_by(text: str, seg: Segmentation,
                  evidence: Mapping[tuple[str, str], list[tuple[float, float, int]]],
                  who: str, before: int) -> str | None:
    """Who the story says punished ``who`` before ``before`` (``Scottish soccer's governing
    body fined Kelvinside Athletic``), where no court or panel ruled: the actor whose
    narrated act against ``who`` is a penalty (:data:`PENALTY_ACTS`). An appeal by ``who``
    is against them."""
    here = seg.sentence_at(before)
    found = []
    for (actor, target), ev in evidence.items():
        if target != who or actor in (NARRATOR, who):
            continue
        for value, _, si in ev:
            sent = seg.sentences[si]
            if value < 0 and si < here and any(
                    w in PENALTY_ACTS for w in re.findall(r"[a-z]+", text[sent.start:sent.end])):
                found.append((si, actor))
    return min(found)[1] if found else None
# (not "who worked at the studio for nine years": a former hand, no side of it now)
#: an excuse recalled by those it was given to: "We were told it was the price of excellence"
_WE_WERE_TOLD = rx.compile(r"[\"“]?(?:We|I) (?:were|was) (?:always |just |simply )?told "
                           r"(?:that )?(?:it|this|they|he|she|the)\b")
#: whose lawyer a speaker is, in the words before their name: "Quispaya-Vaca's lawyer, "
_LAWYER_OF = rx.compile(r"\b([A-Z][\w-]+)['’]s (?:lawyer|attorney|counsel|solicitor)s?, $")


def _client_of(text: str, registry: Registry, speaker: str) -> str | None:
    """The person whose lawyer ``speaker`` is, by the possessive before the lawyer's first
    naming (``Quispaya-Vaca's lawyer, Silvia Antezana,``)."""
    ent = registry.entities.get(speaker)
    if ent is None or not ent.mentions:
        return None
    a = min(m[0] for m in ent.mentions)
    m = _LAWYER_OF.search(text, max(0, a - 60), a)
    if m is None or m.end() != a:
        return None
    return next((e.name for e in registry.entities.values()
                 if e is not ent and e.kind == "person" and m.group(1) in (e.last, e.name)),
                None)


#: a penalty's object described by its role: "suspended a national team coach"
_PENALTY_OBJECT = rx.compile(r"\b(" + "|".join(sorted(PENALTY_ACTS)) + r")\s+(?:an?|the)\s+"
                             r"(?:[\w-]+\s+){0,3}?(coach|player|manager|official|referee|"
                             r"athlete|rider|driver|director|chief|executive|judge|officer|"
                             r"doctor|teacher|employee|worker|member)\b")


def _penalised_as_described(text: str, seg: Segmentation, found: Mapping[str, Target],
                            who: str, before: int) -> str | None:
    """The body that the story says punished someone it described before naming: "The
    Georgian Chess Federation suspended a national team coach ... The coach, Levan
    Beridze-Gelashvili, said he would appeal": the body acting in a sentence before
    ``before`` whose penalty verb takes "a ... <noun>" that "The <noun>, <who>" names; or,
    for a lawyer who speaks for them ("A lawyer for four of the referees, ... said her
    clients would appeal"), the body whose penalty verb takes those clients ("banned eight
    referees")."""
    here = seg.sentence_at(before)
    clients = _COUNSEL_FOR.search(text, seg.sentences[here].start, before)
    punished = rx.compile(r"\b(?:" + "|".join(sorted(PENALTY_ACTS)) + r")\s+(?:[\w-]+\s+){0,3}?" +
                          re.escape(clients.group(1)) + r"\b") if clients is not None else None
    for si in range(here):
        sent = seg.sentences[si]
        for m in _PENALTY_OBJECT.finditer(text, sent.start, sent.end):
            if not re.search(rf"\b[Tt]he {m.group(2)}, {re.escape(who)}\b", text):
                continue
            actors = [n for n, t in found.items() if t.kind == "institution" and n != who and
                      any(sent.start <= a < m.start() for a, _ in t.mentions)]
            if len(actors) == 1:
                return actors[0]
        if punished is not None:  # "A lawyer for four of the referees, X, said her clients
            # would appeal": against whoever "banned eight referees"
            for m in punished.finditer(text, sent.start, sent.end):
                actors = [n for n, t in found.items() if t.kind == "institution" and
                          any(sent.start <= a < m.start() for a, _ in t.mentions)]
                if len(actors) == 1:
                    return actors[0]
    return None


#: whom a speaker acts for: "A lawyer for four of the referees, ... said"
_COUNSEL_FOR = rx.compile(r"\blawyers? (?:for|representing) (?:[\w-]+ of )?(?:the )?"
                          r"(?:[\w-]+ ){0,2}?([a-z]+s)\b")


def _grantor(text: str, found: Mapping[str, Target], noun: str, speaker: str) -> str | None:
    """The one target the story says granted the ``noun`` ("The regional environmental
    authority, which granted the permit in June", "the ministry approved the licence")."""
    granted = rx.compile(r"(?:, which|, who)? (?:had |has )?(?:granted|issued|approved|awarded)"
                         rf" (?:the|a|an|its) (?:[\w-]+ ){{0,2}}?{noun}\b")
    out = {n for n, t in found.items() if n != speaker and t.kind != "person" and
           any(granted.match(text, b) for _, b in t.mentions)}
    return next(iter(out)) if len(out) == 1 else None


#: "we would still be at Moscow's mercy", "at the mercy of the railway": a power over the
#: speakers, held against whoever holds it (not "mercy" as a kindness)
_AT_MERCY = rx.compile(r"(?:['’]s)? mercy\b")
_AT_MERCY_OF = rx.compile(r"\bat the mercy of (?:the )?$")


#: others heard before the speakers: "The government talks to investors first and to us
#: last", "puts tourists first and us last"
_US_LAST = rx.compile(r" (?:talks|talked|talk|listens|listened|listen|puts|put|comes to|"
                      r"goes to|went to|speaks|spoke) (?:to )?[^.;!?]{2,40}? first,? and "
                      r"(?:to |about )?(?:us|me|locals|residents|villagers|the people) last\b")
#: a cost set against what someone offers: "was far beyond what the federation was
#: offering" (too little given)
_BEYOND_WHAT = rx.compile(r"\b(?:far |well |way |much )?(?:beyond|above|more than) what "
                          r"(?:the )?$")
_OFFERING = rx.compile(r" (?:was |is |had |has |were |are )?(?:offering|offered|offers|offer|"
                       r"promised|promising|pays|paid|paying)\b")
#: a promise still unkept, before the one who made it: "have yet to receive the
#: compensation promised by Madrid"
#: an offer or letter left unanswered by the mention: "had offered to cut port fees by half,
#: but the company had not replied"
_NOT_REPLIED = rx.compile(r" (?:had|has|have) (?:not|never|still not) (?:yet )?(?:replied|"
                          r"responded|answered)\b")
_YET_TO_RECEIVE = rx.compile(r"\b(?:yet to|still to|still waiting for|never) (?:receive|see|get|"
                             r"received|seen|got) (?:the |any (?:of the )?)?(?:[a-z-]+ ){0,3}"
                             r"promised by (?:the )?$")
#: a harm charged to an act: "the rise would push budget travellers to neighbouring
#: countries", "will drive customers away"
_DRIVES_AWAY = rx.compile(r" (?:would|will|could) (?:push|drive) (?:[a-z-]+ ){0,3}?(?:to|away|"
                          r"out|into|elsewhere)\b")
#: a lay speaker moved on by the mention: "The city wants us in a car park where nobody
#: walks", "they want us out", "wanted us to pay twice"
_WANTS_US_MOVED = rx.compile(r" (?:wants|want|wanted) (?:(?:us|me) (?:out|gone|off|elsewhere|"
                             r"in an? |in the |to (?:leave|move|pay|go)\b)|to (?:sweep|throw|"
                             r"push|drive|kick|chase|clear) (?:us|me)\b)")
# (and "Now the deputy mayor wants to sweep us away like sand")
#: what the mention should do rather than what it does: "the city fines me. It should catch
#: the vandals instead"
_SHOULD_INSTEAD = rx.compile(r" should (?:[\w'’-]+ ){1,6}?instead\b")
#: a harm the mention is doing: "Now they are making the boat unaffordable too"
_MAKES_IT_HARD = rx.compile(r" (?:are|is|were|was|have been|has been) making (?:[\w'’-]+ ){1,4}?"
                            r"(?:unaffordable|impossible|unbearable|unliveable|unlivable)\b")
#: a penalty laid on the speaker, in their own words: "and the city fines me"
_PUNISHES_US = rx.compile(r" (?:fines|fined|punishes|punished|penalises|penalised|penalizes|"
                          r"penalized) (?:me|us)\b")
#: what the mention wants done, that the speaker cannot pay for: "They want to dig up my
#: husband next week and I do not even have the money for a box"
_WANTS_UNAFFORDABLE = rx.compile(r" (?:wants|want|wanted) to [^.;!?]{1,60}? and (?:I|we) "
                                 r"(?:do not|don't|cannot|can't|could not|did not) (?:even )?"
                                 r"(?:have the money|afford)\b")
#: a blank cheque wanted: "The commander wants a blank cheque"
_BLANK_CHEQUE = rx.compile(r" (?:wants|want|wanted|is asking for|are asking for|asks for|asked "
                           r"for|demands|demanded|expects) a blank (?:cheque|check)\b")
#: people exploited: "The port authority is milking the only people who still bring tourists"
_MILKING = rx.compile(r" (?:is|are|has been|have been|was|were|keeps|keep) milking\b")
#: gains set against what others are left with: "The rail company earns millions and we get
#: the dust", "The province takes the fee and we take nothing"
_GAINS_WE_PAY = rx.compile(r" (?:(?:earns|earned|makes|made|pockets|pocketed|rakes in|raked in|"
                           r"collects|collected) (?:the )?(?:millions|billions|a fortune|"
                           r"fortunes|profits?)|(?:takes|took|keeps|kept) (?:the|all the) "
                           r"(?:fees?|money|profits?))\b[^.;!?]{0,24}?,? (?:and|while|but|"
                           r"whereas) (?:we|us|our|residents|the town|the people)\b")
#: a demand whose cost is left to others: "They want the colours of 1874, but they do not want
#: to pay for them"
_WANTS_NOT_PAY = rx.compile(r" (?:wants?|wanted|demands?|demanded|orders?|ordered|expects?|"
                            r"expected) [^.;!?]{1,60}?,? but (?:they|he|she|it) (?:(?:do|does|"
                            r"did) not|don['’]t|doesn['’]t|didn['’]t|(?:will|would) not|"
                            r"won['’]t|refuses? to) (?:want to |intend to |plan to |offer to )?"
                            r"pay\b")
#: an elder's belittling of one who was a child when they began: "My father sold coffee here
#: when the mayor was in nappies"
_IN_NAPPIES = rx.compile(r" (?:was|were) (?:still )?in (?:nappies|diapers|short trousers|short "
                         r"pants|primary school|kindergarten)\b")
#: a thing built for a use it will never have: "has built a market for fish that will never
#: see the sea"
_BUILT_IN_VAIN = rx.compile(r" (?:has |have |had )?(?:built|opened|made|bought) (?:a|an) "
                            r"[^.;!?]{1,40}? that (?:will|would) never (?:see|be used|open|"
                            r"work|fill)\b")
#: a thing promised and never delivered: "They fine us for the black water, but they never
#: built the ponds they promised us"
_NEVER_DELIVERED = rx.compile(r"[^.;!?]{0,60}?\b(?:never|did not|didn't|didn’t|have not|has not|"
                              r"had not) (?:built|delivered|paid|kept|opened|finished|fixed|gave|"
                              r"given|made|sent|repaired) (?:us |me )?(?:the|a|an|any) "
                              r"[^.;!?]{1,40}? (?:they|it|he|she) (?:had )?(?:promised|pledged)\b")
#: what an act of the mention would take from the speakers: "a cable car planned by the state
#: tourism agency would carry day-trippers over the village and leave nothing for the families"
_LEAVES_NOTHING = rx.compile(r" (?:would|will|would only) (?:[\w'’-]+ ){0,8}?(?:and )?leave "
                             r"(?:nothing|little|no money|no work) (?:for|to)\b")
#: labour given to the mention unpaid: "For 600 shillings we are working for the company for
#: free" (a complaint, whatever "free" reads as)
_FOR_FREE = rx.compile(r" for (?:free|nothing)\b")
#: a silence kept until the matter suited: "did not say a word about this pool for ten years"
_SILENT_BEFORE = rx.compile(r" (?:did not|didn't|didn’t|never|has not|had not|hasn't|hasn’t) "
                            r"(?:say|said|utter|uttered|raise|raised) a (?:single )?word\b")
#: a promise left undone: "had promised in July to pay the fuel bill and had not answered his
#: letters since"
_PROMISED_UNDONE = rx.compile(r" (?:had |has )?(?:promised|pledged|vowed) [^.;!?\"“”]{0,80}? "
                              r"(?:and|but) (?:had|has|have) (?:not|never|still not) [a-z]+")
#: a late champion mocked: "Now that it is sold, she is its greatest friend" (the opening
#: before the mention, then the praise after it)
_NOW_THAT_BEFORE = rx.compile(r"\bNow(?: that [^,.;!?]{1,60})?, $")
_LATE_CHAMPION = rx.compile(r" (?:is|are|has become|have become) (?:its|their|the) (?:greatest|"
                            r"biggest|best|loudest|most loyal) (?:friend|defender|champion|"
                            r"supporter|fan)s?\b")
#: a bargain the other side is said to break: "We intend to keep to it, even if he does not"
_EVEN_IF_BEFORE = rx.compile(r"\beven if $")
_DOES_NOT = rx.compile(r" (?:does|do|did|will|would) not\b")
#: a decision taken alone, or no one of those concerned heard: "has clearly decided on his
#: own", "He has not spoken to a single cruise line"
_DECIDED_ALONE = rx.compile(r" (?:has |had )?(?:clearly |simply )?decided (?:this |it )?(?:on "
                            r"(?:his|her|their|its) own|alone|unilaterally)\b|"
                            r" (?:has|have|had|did) not (?:spoken|talked|consulted|listened|met|"
                            r"asked|called) (?:to |with )?a single\b")
#: a place wished kept for oneself: "would like Mdina to be a museum with her as the only
#: visitor"
_FOR_HERSELF = rx.compile(r" (?:would like|wants|want|would prefer|would rather have) "
                          r"[^.;!?]{3,60}? (?:with|for) (?:her|him|them)(?:self|selves)? "
                          r"(?:as the only|alone)\b")
#: bad faith charged: "Mr Rapanut's members will earn more ..., and he knows it" (the
#: mention knows the truth it argues against)
_AND_KNOWS_IT = rx.compile(r"[^.;!?]*?,? (?:and|but) (?:he|she|they) (?:knows|know|knew) "
                           r"(?:it|that|this)(?: (?:very|perfectly|full) well)?[.,!?\"”]")
#: a place ruined by the mention's act: "has turned the busiest bridge in South America into a
#: car park"
_TURNED_INTO = rx.compile(r" (?:has |have |had )?turned (?:[\w'’-]+ ){1,8}?into an? (?:car park|"
                          r"parking lot|rubbish dump|dump|ghost town|building site|prison|"
                          r"desert|circus|swamp|mess|queue)\b")
#: a debt paid in words, a charge at whoever the sentence speaks of (its payer may be a
#: pronoun before the name: '"He ... paid us with promises," X said of the exporter, Y')
_PAID_IN_WORDS = rx.compile(r" (?:paid|pays|pay) (?:us|them|me|her|him|the [a-z]+) (?:only )?"
                            r"(?:with|in) (?:promises|words|excuses|apologies)\b")
#: a promise made before, and not kept: "The department has promised jobs before."
_PROMISED_BEFORE = rx.compile(r" (?:has|have|had) (?:already )?promised [^.;!?\"“”]{1,60}? "
                              r"before(?=[.,;!?\"”])")  # (not "promised a grant ... that
# it appeared unlikely to arrive before August")
#: acting before checking, charged at whoever the sentence speaks of: "She wants to shoot the
#: dogs first and check the papers afterwards"
_ACTS_FIRST = rx.compile(r"\b(?:shoot|shooting|act|arrest|demolish|cull|kill|fire|sack|sign|"
                         r"build|cut|punish|ban|close|evict) (?:[\w'’-]+ ){0,3}first and "
                         r"(?:then )?(?:check|ask|look|think|read|count|investigate|listen)\b"
                         r"[^.;!?]{0,40}?\b(?:afterwards|later|after)\b")
#: land or people shut away by the mention: "Assal Minerals, has fenced off the best part of
#: the salt flats and is turning away their camels"
_FENCED_OFF = rx.compile(r",? (?:has |have |had |is |are )?(?:fenced off|fencing off|walled off|"
                         r"turning away|turned away|locked out|shut out)\b")
#: a pretence charged: "He is now pretending to be surprised"
_PRETENDING = rx.compile(r" (?:is|are|was|were) (?:now |just |only |simply )?pretending\b")
#: a late discovery mocked: "The mayor discovered the river last month"
_LATE_DISCOVERY = rx.compile(r" (?:has |have |had |only )?(?:discovered|found out about|noticed) "
                             r"(?:the |this |our )?[\w'’-]+(?: [\w'’-]+)? (?:only )?(?:last "
                             r"(?:month|week|year)|yesterday|recently)\b")
#: a permission or an opinion that waves the other side off: "Mr Shala is free to put his
#: tables inside his café", "Mrs Durán is welcome to read the timetable", "The archbishop is
#: welcome to his opinion, but", "is entitled to her views" (not "is free to go")
_FREE_TO = rx.compile(r" (?:is|are) (?:(?:welcome|free) to (?!go\b|leave\b|return\b|come\b)"
                      r"[a-z]+|entitled to (?:his|her|their|its) (?:own )?(?:opinions?|views?))"
                      r"\b")
#: a bill sent for what others built: "builds one pontoon and sends us the bill"
_SENDS_BILL = rx.compile(r" (?:[a-z]+ [^.;!?]{0,60}? and )?(?:sends?|sent|hands?|handed|gives?|"
                         r"gave) (?:us|them|me|residents|the [a-z]+) (?:the bill|the fine|a "
                         r"fine)\b")  # (and "measured the noise of a hotel's air conditioning
# and gave me the fine": the punishment for another's fault)
#: a person wanting others to do their own work for them: "wants the town to build her car
#: park for her"
_WANTS_DONE_FOR = rx.compile(r" (?:wants|want|wanted|expects|expected) (?:[\w-]+ ){1,3}?to "
                             r"[a-z]+ (?:her|his|their|its) (?:[\w'’-]+ ){1,3}?for "
                             r"(?:her|him|them|it)\b")
#: time the mention had and let pass: "has had 20 years to dig there", "had two years to fix
#: it" (a reproach of the delay, or of a late objection)
_HAD_YEARS_TO = rx.compile(r" (?:has|have|had) (?:already )?had (?:\d+|[a-z]+) (?:whole |full |"
                           r"long )?(?:years|decades|months) to [a-z]+\b")
#: public money taken and not accounted for: "had received 2.4 billion tenge in subsidies but
#: could not show how many passengers it had carried"
_CANNOT_ACCOUNT = rx.compile(r",? (?:had |has )?(?:received|taken|been paid|got) [^;!?]{3,80}? "
                             r"but (?:could not|cannot|can't|has not been able to|failed to) "
                             r"(?:show|explain|account for|prove|justify)\b")
#: a livelihood ended by an act: "to extend the ban ... will put most of the remaining family
#: businesses out of work"
_PUTS_OUT = rx.compile(r"\b(?:will|would|could) put (?:[a-z-]+ ){0,6}?out of (?:work|business)\b")
#: a buyer or employer paying the speakers less: "now MIFCO pays us less"
_PAYS_LESS = rx.compile(r"\s+(?:now |still )?(?:pays?|paid|gives?|gave|offers?|offered) "
                        r"(?:us|me|them|farmers|fishermen|workers|growers) (?:less|nothing|"
                        r"too little|a pittance)\b")


#: a stance value too small to read as a side (``the closure`` in a sentence of no valence)
FLAT = 0.05


#: a power denied the mention ('the board "clearly has no power" to review') or overstepped
#: ("the council had clearly exceeded its powers", "had overstepped his constitutional role")
_NO_POWER = rx.compile(r" [\"“]?(?:clearly |simply |plainly )?(?:has|had|have) no (?:legal )?"
                       r"(?:power|authority|right|mandate|jurisdiction)\b|"
                       r" (?:has |had |have )?(?:clearly |simply |plainly )?(?:exceeded|"
                       r"overstepped) (?:its|their|his|her) (?:legal |constitutional )?"
                       r"(?:powers?|authority|mandate|jurisdiction|role|remit)\b")


#: idioms right after a mention that charge it whatever the clause's own words ("has never
#: run a business in her life", "wants a blank cheque", "is free to put his tables inside")
_IDIOMS_AFTER = (_NEVER_DELIVERED, _LEAVES_NOTHING, _FOR_FREE, _NEVER_IN_LIFE, _TALKS_ABOUT,
                 _OTHERWISE, _PROMISED_NEVER, _US_LAST, _NO_POWER,
                 _DRIVES_AWAY, _SHOULD_INSTEAD, _SHOULD_HAVE_TOLD, _SENT_LESS, _CAME_TO_NUISANCE,
                 _PUNISHES_US, _MAKES_IT_HARD, _PROMISED_NOT, _DECIDED_ALONE, _FOR_HERSELF,
                 _TURNED_INTO, _PROMISED_BEFORE, _FENCED_OFF, _PRETENDING, _LATE_DISCOVERY,
                 _FREE_TO, _SENDS_BILL, _WANTS_DONE_FOR, _BLANK_CHEQUE, _MILKING, _SILENT_BEFORE,
                 _PROMISED_UNDONE, _HAD_YEARS_TO, _CANNOT_ACCOUNT, _GAINS_WE_PAY,
                 _WANTS_NOT_PAY, _IN_NAPPIES, _BUILT_IN_VAIN)


def _charged_after(text: str, span: tuple[int, int], sent: Sentence, has_cue: bool) -> bool:
    """Whether an idiom right after the mention at ``span`` charges it, whatever the clause's own
    stance words ("has never run a business in her life", "talks about trams, but", "talks
    to investors first and to us last", "says it is not their fault, but", "far beyond what
    the federation was offering", "yet to receive the compensation promised by Madrid",
    "would push budget travellers to neighbouring countries", "should catch the vandals
    instead", "they should have told me", "asked the company for experienced staff and had
    been sent a student", "bought a house next to a brass band and now he wants silence",
    "the city fines me", "they are making the boat unaffordable", "to extend the ban ...
    will put most of the remaining family businesses out of work", "promised to wipe out the
    debt. Now he ...", "promised us that the price would not go up", "had promised a
    platform that never materialised", "could have worked with us instead", "are building
    a second market ... and calling it an improvement"), or, where the clause has none
    (``has_cue`` false), "had known for months that", "had insisted on switching ... before
    Christmas", "had never shown residents the survey",
    "asked the government for help but had not received a reply", "ask customers to save
    water while their own pipes ...", "put in new windows, and now I pay more than half my
    pension in rent", "until the government listens", "want to dig up my husband ... and I
    do not even have the money". A claim may be rebutted in the next sentence, so its "But"
    is read past the sentence's end ("They say the students keep the discount. But")."""
    start, end = span
    if any(p.match(text, end, sent.end) for p in _IDIOMS_AFTER) \
            or (text.endswith("at ", 0, start) and _AT_MERCY.match(text, end, sent.end)) \
            or _AT_MERCY_OF.search(text, max(sent.start, start - 16), start) \
            or (_BEYOND_WHAT.search(text, max(sent.start, start - 30), start) and
                _OFFERING.match(text, end)) \
            or _YET_TO_RECEIVE.search(text, max(sent.start, start - 80), start) \
            or _PUTS_OUT.search(text, end, sent.end) \
            or _CALLING_IT.search(text, end, sent.end) \
            or (_LATE_CHAMPION.match(text, end, sent.end) and
                _NOW_THAT_BEFORE.search(text, max(sent.start, start - 70), start)) \
            or (_DOES_NOT.match(text, end, sent.end) and
                _EVEN_IF_BEFORE.search(text, max(sent.start, start - 10), start)) \
            or _AND_KNOWS_IT.match(text, end, sent.end + 1) \
            or _PAID_IN_WORDS.search(text, sent.start, sent.end) \
            or _ACTS_FIRST.search(text, sent.start, sent.end) \
            or _SAYS_BUT.match(text, end, sent.end + len(". But")) \
            or _PROMISED_THEN.match(text, end, end + 220):
        return True
    return not has_cue and (
        _PAYS_LESS.match(text, end, sent.end) is not None or
        _NOW_WE_PAY.search(text, end, sent.end) is not None or
        _KNEW_LONG.match(text, end, sent.end) is not None or
        _INSISTED_ON.match(text, end, sent.end) is not None or
        _NEVER_TOLD.match(text, end, sent.end) is not None or
        _NEVER_TOLD_PAST.match(text, end, sent.end) is not None or
        _WANTS_US_MOVED.match(text, end, sent.end) is not None or
        _WANTS_UNAFFORDABLE.match(text, end, sent.end) is not None or
        _UNANSWERED.match(text, end, sent.end) is not None or
        _NOT_REPLIED.match(text, end, sent.end) is not None or
        (_ASKED_BEFORE.search(text, max(sent.start, start - 24), start) is not None and
         _NOBODY_LISTENED.match(text, end, sent.end + 90) is not None) or
        _DOUBLE_STANDARD.match(text, end + 1, sent.end) is not None or
        (_UNTIL_BEFORE.search(text, max(sent.start, start - 12), start) is not None and
         _HEEDS_AFTER.match(text, end) is not None))


#: acts a speaker may object to and another defend by name: "new food safety rules"
DEFENDED_ACTS = frozenset({"rules", "rule", "ban", "fee", "fees", "fines", "order", "plan", "law",
                           "scheme", "tax", "levy", "limit", "limits", "cap", "policy",
                           "requirements", "regulations", "reform", "closure", "tariff", "tariffs",
                           "charge", "grants", "grant", "compensation", "aid", "subsidy",
                           "subsidies", "dam", "project", "mine", "airport", "highway",
                           "redesign", "overhaul", "quota", "quotas"})
#: an act named as news in a speaker's own sentence: "new food safety rules", "an order to"
_ACT_NAMED = rx.compile(r"\b(?:new|an?|the|its|their|this) (?:[a-z-]+ ){0,3}?(" +
                        "|".join(sorted(DEFENDED_ACTS)) + r")\b")
# custom as a health hazard")
#: what may come before a lede's subject named: "The Portuguese fishing town of "
_LEDE_SUBJECT = rx.compile(r"(?:[Aa]uthorities in )?"  # ("Authorities in Malaysia's Pahang
                           # state have ordered": the state they govern)
                           r"(?:(?:[Tt]he|[A-Z][\w-]+['’]s) (?:[A-Za-z-]+ ){0,3}(?:town|city|"
                           r"village|island|port|"
                           r"resort|municipality|county|province|region|state|government|"
                           r"(?:town|city|municipal) council) "
                           r"of |[Tt]he |[A-Z][\w.]*(?: [A-Z][\w.]*)?['’]s "
                           r"(?:ruling |governing |main opposition |opposition )?|"
                           r"(?:[Tt]he )?(?:[A-Z][\w-]+(?:['’]s)? )?(?:[a-z-]+ ){0,2}(?:operator|"
                           r"company|firm|carrier|airline|carmaker|retailer|broadcaster|utility|"
                           r"insurer|lender|chain|developer|producer|agency|regulator|watchdog) "
                           r"|[Aa] (?:private |public |state-owned |state |commercial )?"
                           r"(?:[A-Z][\w-]+ )?(?:radio|television|TV) "
                           r")?")  # (and "A private Slovak radio station has replaced")
# (and "The government of Nunavut will raise", "The Czech National Library has signed",
# "Albania's ruling Socialist Party expelled",
# "Danish rail operator DSB will remove", "Mexico's environmental protection agency Profepa
# has seized")
#: an approval of an act, opening the speaker's words: "the rules were reasonable"
_APPROVING = rx.compile(r"the (?:new )?(?:[a-z-]+ )?(?:rules?|ban|fee|order|plan|law|scheme|cap|"
                        r"limits?|measures?|checks|tax|levy|redesign|overhaul|registry|"
                        r"registration|suspension|decision|dismissal|expulsion|removal) "
                        r"(?:was|were|is|are) (?:probably |clearly |certainly )?[\"“]?"
                        r"(?:a |long )?"
                        r"(?:reasonable|sensible|necessary|needed|welcome|overdue|fair|justified|"
                        r"the right|small|modest|good)\b|"  # ("the tax was small compared
                        # with", "the cap was a good first step")
                        r"the (?:new )?(?:[a-z-]+ )?(?:rules?|ban|fee|order|plan|law|scheme|cap|"
                        r"limits?|measures?|checks) (?:would|will) (?:probably |likely |also )?"
                        r"(?:protect|improve|strengthen|help|speed up|ease)\b|"  # ("the rules
                        # would probably protect the ceremony's reputation", "would speed up
                        # turnover")
                        r"the (?:new )?(?:rules?|ban|plan|law|measures?) (?:would|will) "
                        r"(?:finally |probably |also )?make (?:[\w'’-]+ ){1,4}?(?:look like|"
                        r"easier|safer|cleaner|better)\b|"  # ("the rule would finally make
                        # the square look like a world heritage site")
                        r"(?:it|they|he|she|the (?:town|city|village|council|region|county|union|"
                        r"group|association)) (?:supported|supports|backed|backs|welcomed|welcomes|"
                        r"would support) (?:a|an|the) (?:new )?(?:[a-z-]+ )?(?:rules?|ban|fee|"
                        r"order|plan|law|scheme|cap|limits?|measures?|checks|move|decision|"
                        r"takeover|operation|clean-up|crackdown|curfew)\b|"  # (and "she welcomed
                        # the move if it meant regular pay", "it supported the operation")
                        r"(?:most|many) (?:[a-z]+ )?(?:supporters|fans|residents|members|parents|"
                        r"customers|visitors|families|users|people) (?:welcomed|welcome|"
                        r"supported|support|backed|back|liked|like) the\b|"  # ("most supporters
                        # welcomed the shorter evenings")
                        r"(?:it|the (?:new )?(?:rules?|quota|cap|limits?|plan|law|scheme)) "
                        r"(?:would|will) (?:probably |likely |also )?make (?:[\w-]+ ){1,4}?"
                        r"easier\b")  # ("it would probably make salaries easier to manage")
#: a reservation right after a reported approval: ", but warned that ..."
_BUT_AFTER = rx.compile(r"[\"”’]?,? (?:but|though|although|while) ")
#: a body telling of an act as its own: "it would extend a spring ban"
_OWN_ACT = rx.compile(r"\b(?:it|they) (?:would|will|had|has|was|is) (?:[a-z]+ ){1,2}?"
                      r"(?:(?:a|an|the|its|their) )?(?:[a-z-]+ ){0,3}?(?:{nouns})\b")


def _judges_act(text: str, q: Quote) -> bool:
    """Whether a reported clause judges an act as someone else's: it objects to it (``the
    rule would cost hundreds of jobs``) or approves of it with a reservation (``the cap was
    a good first step but should be lower``). A maker's own review of its act (``would
    review the cap after a year``) is no such judgement, nor its plain defence (``the rules
    would protect consumers``)."""
    objecting = _OBJECTING.search(text, q.start, q.end)
    if objecting is not None and not objecting.group(0).startswith("review"):
        return True
    if " not go far enough" in text[q.start:q.end]:
        return True  # ("the ban did not go far enough": weighed as another's, whichever side
        # the speaker takes)
    approving = _APPROVING.match(text, q.start, q.end)
    return approving is not None and " but " in text[approving.end():q.end]  # ("the cap was
    # a good first step but should be lower": another's act, weighed)


#: a narrated act of backing: "Environmental groups backed the levy."
_BACKED = rx.compile(r"\b(?:welcomed|backed|supported|praised|hailed|applauded)\b")
#: a clause that fights an act: "would challenge the rules in court"
_CHALLENGED = rx.compile(r"\b(?:challenge|challenged|fight|fought|contest|contested|oppose|"
                         r"opposed|resist|resisted|appeal against|sue over) the\b")


#: between a name and its refusal: " had ", " "
_BEFORE_REFUSAL = rx.compile(r" (?:had |has |have |flatly )?")


def _act_defenders(text: str, seg: Segmentation, quotes: list[Quote],
                   found: Mapping[str, Target], speakers: Mapping[str, Speaker],
                   mentions: list[tuple[int, int, str]], registry: Registry,
                   lede: str | None = None) -> list[tuple[str, str, float, int]]:
    """An objection to an act the story names (women who make cheese "say new food safety
    rules ... will end a trade"; potters "refused to obey an order ..., saying they cannot
    afford the switch") is against the one body that speaks of it as its own afterwards
    ("ONSSA said the rules would protect consumers", "The regional environment office said
    ... the order would not be withdrawn"): its maker, named only then. ``lede``: the
    lede's doer (:func:`_lede_doer`), the maker where no body speaks of the act."""
    out = []
    starts = [a for a, _, _ in mentions]  # (sorted, as the mentions are)
    for q in quotes:
        if not q.speaker or q.speaker == NARRATOR:
            continue
        si = seg.sentence_at(q.start)
        if q.kind == "direct" and (
                bisect_left(starts, q.start) < bisect_left(starts, q.end) or  # (names one)
                _OBJECTING.search(text, q.start, q.end) is None or
                (si > 0 and _BACKED.search(text, seg.sentences[si - 1].start, q.start))):
            continue  # (a quoted objection that names no one is the act's, as a reported
            # one is: "Harnesses will kill the spirit of the festival"; but not the harm an
            # act's backers quote: "Environmental groups backed the levy. 'Sachets block our
            # gutters and flood our streets'")
        sent = seg.sentences[si]
        objection = _OBJECTING.search(text, q.start, q.end)
        if objection is not None and objection.group().startswith("refus") and any(
                name != q.speaker and
                _BEFORE_REFUSAL.fullmatch(text, b, objection.start())
                for _, b, name in mentions[bisect_left(starts, q.start):
                                           bisect_left(starts, objection.start())]):
            continue  # "she had offered to share a portion and Kaartinen had refused": the
            # refusal of someone the quote names, no objection of the speaker's
        value = -1.0 if objection else \
            1.0 if _APPROVING.match(text, q.start, q.end) or (
                (k := text.find(" and that ", q.start, q.end)) >= 0 and
                _APPROVING.match(text, k + 10, q.end)) else None  # (or its second clause:
        # "said animals were easier to recognise and that the redesign was long overdue")
        if value == -1.0 and q is quotes[0] and lede is not None and lede in found and \
                any(q.start <= a <= q.start + 4 for a, _ in found[lede].mentions):
            continue  # "Norway will allow its whalers to kill up to 1,400 minke whales, the
            # fisheries ministry said": the lede's own act announced, no objection
        if value == 1.0 and _BUT_AFTER.match(text, q.end):
            value = None  # "said the ban would probably improve air quality ..., but warned
            # that traffic could simply move": approval taken back
        if value is None:
            continue  # (the objection or approval is the speaker's own words, not the
            # sentence's)
        nouns = {m.group(1) for m in _ACT_NAMED.finditer(text, sent.start, sent.end)}
        if not nouns:
            if value > 0 and lede is not None and lede != q.speaker and \
                    quotes[0].speaker != q.speaker and not _state_official(q.speaker, registry):
                out.append((q.speaker, lede, value, si))  # "Gabon's government will take over
                # the hospital ... Dr. Sylvie Moussavou said she welcomed the move": the lede's
                # act, approved without its name
                continue
            if value < 0 and lede is None and \
                    (body := _announcing_body(text, quotes, found, q)) is not None:
                out.append((q.speaker, body, value, si))  # "Barcelona's city hall will ban
                # ... Skaters said a park on the edge of the city was no substitute"
                continue
            if value < 0 and (doer := lede) is not None and doer != q.speaker and \
                    (quotes[0].speaker != q.speaker or
                     not quotes[0].start <= min(found[doer].mentions)[0] < quotes[0].end) and \
                    not (found[doer].kind == "country" and _state_official(q.speaker, registry)):
                out.append((q.speaker, doer, value, si))  # "The city of Almaty will close
                # the rink ... Skaters said the team would have nowhere to train": the lede's
                # act, objected to without its name (not by the one who announced it, nor
                # by an officer of the state; but by the lede's own gap clause: "Belfast City
                # Council approved ..., a decision unionist councillors said would divide")
            continue
        alternatives = "|".join(sorted(nouns))
        said = rx.compile(r"\bthe (?:new |proposed )?(?:" + alternatives + r")\b")
        own = rx.compile(_OWN_ACT.pattern.replace("{nouns}", alternatives))
        bodies = [d for d in quotes if d.speaker and d.speaker not in (q.speaker, NARRATOR)
                  and d.kind == "indirect" and
                  (d.speaker in found or
                   getattr(speakers.get(d.speaker), "kind", "") == "institution")]
        makers = [d.speaker for d in bodies if d.end <= q.start and own.search(text, d.start,
                                                                                d.end)]
        opener = _lede_act_doer(text, quotes[0], mentions, q.speaker) \
            if quotes[0] is not q and quotes[0].end <= q.start else None
        if not makers and value < 0 and opener is not None and found[opener].kind == "country":
            makers = [opener]  # "Argentina will charge a 5% tax ..., the agriculture ministry
            # said ... The breeders' association said the tax would hit small stud farms":
            # the state whose act the lede tells, before a defender who speaks after
        if not makers and lede is not None and lede != q.speaker and lede in found:
            makers = [lede]  # "Porto council will cap river cruises ... Boat operators said
            # the cap would cost hundreds of jobs": the lede's doer, before anyone who
            # speaks of the act later
        if not makers:
            makers = [d.speaker for d in bodies if d.start > q.end and
                      said.search(text, d.start, d.end) and value < 0 and
                      not _CHALLENGED.search(text, d.start, d.end) and
                      not _judges_act(text, d)]  # (one who speaks of the act after an
            # objection to it may be its maker; but not one who fights it too, "the healers'
            # association would challenge the rules in court", or objects to it)
        if value > 0 and (quotes[0].speaker == q.speaker or
                          getattr(speakers.get(q.speaker), "kind", "") == "institution" and
                          _state_official(q.speaker, registry)):
            continue  # (the maker's own approval of its act is no side on anyone)
        if not makers and opener is not None:
            makers = [opener]  # "Alberobello ... will stop issuing new licences, Mayor X said
            # ... Owners said the rule was unfair": the lede's doer, which made the rule (not
            # the country of a demonym: "Kenyan marathon runner Faith Jeptoo ... has been
            # banned")
        if not makers:
            makers = [n for n in (_narrated_maker(text, seg, quotes, mentions, nouns, si,
                                                  q.speaker),)
                      if n is not None and (found[n].kind != "person" or value > 0)]
            # (a person the narration names with the act is no maker an objection answers:
            # "Catalan separatist leader Oriol Ferrer ... could return under the law")
        if not makers and lede is None:
            makers = [n for n in (_announcing_body(text, quotes, found, q),) if n is not None]
            # ("The city council said it had opened four fenced areas ... SOS Animal said the
            # fines punished responsible owners")
        if not makers and lede is not None and lede != q.speaker:
            makers = [lede]  # "New Zealand's conservation department proposed a fee ...
            # Ngāi Tahu said it supported a fee if ...": the lede's doer, not itself quoted
        if makers:  # (the one that announced it as its own before, else its defender after)
            out.append((q.speaker, makers[0], value, si))
    homes: dict[str, set[str]] = {}
    return [row for row in out if not _works_at(row[0], row[1]) and
            not _titled_member(registry, row[0], row[1]) and
            not _sits_in(registry, row[0], row[1]) and
            not (_leader(row[0], registry) and
                 row[1] in _home(row[0], registry, homes))]  # (not a body's own official against
    # it: "An official at the ministry ... said some farmers had refused"; nor its judge or
    # member: "Justice Enock Mwita" of the High Court that blocked a plan, "Alderman Raymond
    # Kowalczyk" of the council that rejected a tax; nor a president's own state)


def _lede_act_doer(text: str, first: Quote, mentions: list[tuple[int, int, str]],
                   speaker: str) -> str | None:
    """The target the story's first report opens on as its subject (``Alberobello ... will
    stop issuing new licences, Mayor X said``: Alberobello), other than ``speaker`` and not
    a demonym (``Kenyan marathon runner Faith Jeptoo ... has been banned``); else None."""
    opening = [(a, b, n) for a, b, n in mentions
               if first.start <= a < first.start + 40 and
               _LEDE_SUBJECT.fullmatch(text, first.start, a) and
               text[a:b].lower() not in lexicon.demonyms()]
    if not opening:
        return None
    n = _possessor_body(text, opening[0], [first], mentions)
    return n if n != speaker else next((n for _, _, n in opening if n != speaker), None)


#: an act a body announces as its own: "will ban skateboarding", "had opened four fenced areas"
_ANNOUNCED_ACT = rx.compile(r"\b(?:will|would|had|has|is to) (?:[a-z]+ )?(?:ban|close|remove|"
                            r"replace|cut|raise|charge|limit|cap|scrap|end|stop|fine|demolish|shut|"
                            r"auction|sell|require|impose|introduce|need|"
                            r"opened|banned|closed|removed|replaced|introduced|imposed)\b|"
                            r"\bmust (?:[a-z]+ ){0,4}?(?:buy|pay|obtain|apply|register)\b")
# (and a duty it lays on others: "eagle hunters ... must from next year buy a permit")


#: a preposition of place just before a mention: "marched through ", "gathered in "
_PLACE_PASSED = rx.compile(r"\b(?:through|in|at|on|near|from|into|around|outside|across|to) $")


def _announcing_body(text: str, quotes: list[Quote], found: Mapping[str, Target],
                     q: Quote) -> str | None:
    """The story's principal body, where the story's first quote is that body announcing its
    own act (``Barcelona's city hall will ban ...``, ``The city council said it had opened
    four fenced areas``): the maker of an act another speaker (``q``) objects to or approves
    of with no maker named; else None."""
    first = quotes[0]
    body = next(iter(principal(found)), None)
    if body is None or body == q.speaker or first is q or found[body].kind != "institution" or \
            (first.speaker != body and not (first.speaker or "").startswith(body + "'s ")):
        return None
    return body if _ANNOUNCED_ACT.search(text, first.start, first.end) else None


def _narrated_maker(text: str, seg: Segmentation, quotes: list[Quote],
                    mentions: list[tuple[int, int, str]], nouns: set[str], si: int,
                    speaker: str) -> str | None:
    """The body the last narrated sentence before opens on, where that sentence names
    the act (``The Canal & River Trust ... is raising licence fees ..., with an extra
    charge``, "proposed capping the price"), as the maker of an act objected to later (``the
    extra charge ... was discriminatory``, "a cap on medicines could force"); else None."""
    for sj in range(si - 1, -1, -1):
        s2 = seg.sentences[sj]
        if not any(not any(d.start <= m.start() < d.end for d in quotes)
                   for n in nouns
                   for m in rx.compile(rf"\b{n}(?:{n[-1]}?(?:ing|ed))?\b").finditer(
                       text, s2.start, s2.end)):
            continue  # (named in the narrator's words, not inside someone's report)
        return next((n for a, b, n in mentions if s2.start <= a <= s2.start + 40 and
                     n != speaker and not text.startswith(("'s", "’s"), b) and
                     not text.endswith(("'s", "’s"), a, b) and
                     not _PLACE_PASSED.search(text, max(s2.start, a - 12), a)), None)
        # (not a place the subject went through: "Dozens of dog owners marched through
        # Porto's City Park")
    return None


#: a denial told as a lack in the speaker's own books: "it had no record of"
_NO_RECORD = rx.compile(r"(?:it|he|she|they|we) (?:had|has|have) no (?:record|records|evidence|"
                        r"knowledge) (?:of|that)\b")
#: the verbs of a denial that repeats what it denies: "denied that crews had been cut"
DENIAL_CUES = frozenset({"denied", "denies", "deny", "denying", "rejected", "rejects"})
#: a denial whose words come after a participle: "The department denied that, saying ..."
_DENIED_THEN = rx.compile(r"\b(?:denied|denies|rejected|rejects|disputed|disputes)(?: (?:that|"
                          r"it|this|the (?:accusation|allegation|charge|claim)s?))?, $")


def _denial(text: str, seg: Segmentation, q: Quote) -> bool:
    """Whether ``q`` is a denial: said with a verb of denying, or after one ("denied that,
    saying the supplier had changed its schedule")."""
    cue = (q.cue or "").lower()
    if cue in DENIAL_CUES:
        return True
    if q.kind == "indirect" and _NO_RECORD.match(text, q.start):
        return True  # "said it had no record of the capsule being moved": a denial by
        # what the speaker's own books lack
    if cue != "saying" or q.cue_start is None:
        return False
    sent = seg.sentences[seg.sentence_at(q.cue_start)]
    return _DENIED_THEN.search(text, max(sent.start, q.cue_start - 60), q.cue_start) is not None


def _stems(words: str) -> set[str]:
    """The content words of ``words``, stemmed by :func:`_stem` and a doubled last consonant
    cut (``cutting`` and ``cut``, ``crews`` and ``crew`` as one)."""
    out = set()
    for w in re.findall(r"[a-z]{3,}", words.lower()):
        if w in _STEM_STOP:
            continue
        w = _stem(w)
        out.add(w[:-1] if len(w) >= 4 and w[-1] == w[-2] else w)
    return out


_STEM_STOP = frozenset({"that", "this", "with", "from", "have", "been", "were", "would",
                        "could", "their", "there", "which", "said", "says", "they", "about",
                        "had", "has", "the", "and", "for", "was", "not", "its", "are", "but",
                        "who", "will", "our", "all"})


#: a sentence that goes on with its subject as a pronoun: "It accused the RSF of ..."
_PRONOUN_GOES_ON = rx.compile(r"(?:It|They|He|She) ")


def _accused_in(said: str, speaker: str) -> bool:
    """Whether ``said`` accuses the speaker, or the country or body its label opens on
    (``accused South Africa of`` and *South Africa's water and sanitation department*), or
    the speaker by a word of its label (``accused the department of``)."""
    owner = re.split(r"['’]s ", speaker, maxsplit=1)[0]
    if len(owner) > 2 and any(said.startswith(owner, m.end())
                              for m in _ACCUSED_NAMED.finditer(said)):
        return True
    kinds = {w for w in speaker.lower().split() if len(w) > 3}
    return any(m.group(1).lower() in kinds for m in _ACCUSED_THE.finditer(said))
    # ("accused the department of ignoring warnings": the National Department of Health)


#: a charge laid on a body by its kind: "accused the department of"
_ACCUSED_THE = rx.compile(r"\baccus(?:ed|es) the (\w+) of\b")


def _denials_of_told_charges(text: str, seg: Segmentation, quotes: list[Quote],
                             evidence: Mapping[tuple[str, str], list[tuple[float, float, int]]]
                             ) -> list[tuple[str, str, int]]:
    """The accused's denial of a charge the story told as its accuser's act ("A consumer
    group has accused the supplier of overcharging ... The supplier, Lumena Energia, denied
    that it had overcharged anyone"): against the accuser, whose act against the denier is
    already evidence from an "accus..." sentence in the six before."""
    out = []
    for q in quotes:
        if q.kind != "indirect" or not q.speaker or not _denial(text, seg, q):
            continue
        si = seg.sentence_at(q.start)
        for (accuser, accused), ev in evidence.items():
            if accused == q.speaker and accuser not in (q.speaker, NARRATOR) and \
                    (q.speaker, accuser) not in evidence and \
                    any(v < 0 and w >= 2.0 and 0 < si - at <= 6 and
                        "accus" in text[seg.sentences[at].start:seg.sentences[at].end]
                        for v, w, at in ev):
                out.append((q.speaker, accuser, si))
    return out


def _opened_since(seg: Segmentation, by_start: list, starts: list[int], si: int,
                  pos: int) -> list:
    """The items of ``by_start`` (quotes or their indices, in the order of ``starts``) that
    open from sentence ``si`` (the first, if before it) up to ``pos``: found by bisection,
    so that a long article costs no more per quote than a short one."""
    return by_start[bisect_left(starts, seg.sentences[max(0, si)].start):
                    bisect_left(starts, pos)]


#: a word negated in a quote: "We are not afraid of anyone" (its group 1)
_NOT_WORD = rx.compile(r"\b(?:not|never|n['’]t) (?:(?:at all|really|so|that) )?([a-z]{5,})\b")
#: words quoted inside a report: 'said the coalition was "afraid of the voters"'
_QUOTED_WORDS = rx.compile(r"[\"“]([^\"“”]{3,80})[\"”]")


def _negated_echoes(text: str, seg: Segmentation, quotes: list[Quote],
                    found: Mapping[str, Target]) -> list[tuple[str, str, int]]:
    """A quote that says "not" to the very words another speaker was quoted with in the
    three sentences before (Kovačič said the coalition was "afraid of the voters"; Gorjup:
    "We are not afraid of anyone"): against that speaker."""
    out = []
    by_start = sorted(quotes, key=lambda x: x.start)
    starts = [x.start for x in by_start]
    for q in quotes:
        if not q.speaker or q.speaker == NARRATOR:
            continue
        negated = {_stem(m.group(1)) for m in _NOT_WORD.finditer(text, q.start, q.end)
                   if m.group(1) not in _STEM_STOP}
        if not negated:
            continue
        si = seg.sentence_at(q.start)
        near = _opened_since(seg, by_start, starts, si - 3, q.start)
        for p in reversed([p for p in near if p.end <= q.start and p.speaker and
                           p.speaker not in (q.speaker, NARRATOR) and p.speaker in found]):
            quoted = {_stem(w) for m in _QUOTED_WORDS.finditer(text, p.start, p.end + 1)
                      for w in re.findall(r"[a-z]{5,}", m.group(1).lower())
                      if w not in _STEM_STOP}
            if negated & quoted:
                out.append((q.speaker, p.speaker, si))
                break
    return out


def _denied_echoes(text: str, seg: Segmentation, quotes: list[Quote],
                   found: Mapping[str, Target]) -> list[tuple[str, str, int]]:
    """A denial that repeats another speaker's charge (she "blamed the government for
    cutting the island's fire crews"; the ministry "denied that crews had been cut"):
    against the speaker whose sentence, in the three before, shares two of its words."""
    out = []
    by_start = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    starts = [quotes[i].start for i in by_start]
    for q in quotes:
        if q.kind != "indirect" or not q.speaker or not _denial(text, seg, q):
            continue
        denied = _stems(text[q.start:q.end])
        if len(denied) < 2:
            continue
        si = seg.sentence_at(q.start)
        near = _opened_since(seg, by_start, starts, si - 3, q.start)  # (three sentences)
        for p in reversed([p for i in sorted(near) if (p := quotes[i]).end <= q.start and
                           p.speaker and p.speaker != q.speaker and p.speaker in found and
                           si - seg.sentence_at(p.start) <= 3]):
            sent = seg.sentences[seg.sentence_at(p.start)]
            said = text[sent.start:sent.end]
            after = seg.sentence_at(p.start) + 1
            if after < si and _PRONOUN_GOES_ON.match(text, seg.sentences[after].start):
                said += " " + text[seg.sentences[after].start:seg.sentences[after].end]  # ("It
                # accused the RSF of genocide against civilians": the speaker's next act)
            shared = denied & _stems(said)
            if len(shared) >= 2 or any(len(w) >= 8 for w in shared):  # (or one long
                # word: "blamed a wave of extortion" ... "denied that extortion was")
                out.append((q.speaker, p.speaker, si))
                break
        else:
            # "accused South Africa of withholding royalty payments" ... "South Africa's
            # water and sanitation department denied that any payments were outstanding":
            # the accused's denial, against whoever accused it in the six sentences before
            window = _opened_since(seg, by_start, starts, si - 6, q.start)
            accuser = next((p.speaker for i in reversed(sorted(window)) if (p := quotes[i])
                            and p.end <= q.start and p.speaker and p.speaker != q.speaker and
                            p.speaker in found and
                            0 < si - (pi := seg.sentence_at(p.start)) <= 6 and
                            (_accused_in(text[seg.sentences[pi].start:seg.sentences[pi].end],
                                         q.speaker) or
                             (p.kind == "indirect" and _named_in_charge(text[p.start:p.end],
                                                                        q.speaker)))), None)
            if accuser is not None:
                out.append((q.speaker, accuser, si))
    return out


def _named_in_charge(said: str, speaker: str) -> bool:
    """Whether a reported charge names the denier by the noun its label ends on (the society
    "said the capsule had been dug up and reburied by a council road crew"; *Timaru District
    Council* "said it had no record of the capsule being moved")."""
    head = speaker.lower().rsplit(" ", 1)[-1]
    return len(head) > 3 and head in lexicon.institution_nouns() and \
        re.search(rf"\b{re.escape(head)}\b", said.lower()) is not None


def _answered_charges(text: str, seg: Segmentation, quotes: list[Quote],
                      mentions: list[tuple[int, int, str]],
                      starts: list[int]) -> list[tuple[str, str, int]]:
    """The accused answering a charge by naming its maker ("Kuuskemaa ... claimed the bridge
    would cost twice ... and accused Raudsepp of hiding the true cost"; '"Mr Kuuskemaa says a
    lot of things. None of them are in the engineers' report," Raudsepp said'): against
    the accuser, whose report shares the charge's sentence, in the two sentences after."""
    out = []
    for m in _ACCUSED_NAMED.finditer(text) if "accus" in text else ():
        k = bisect_left(starts, m.end())
        if k >= len(mentions) or mentions[k][0] != m.end():
            continue
        accused, si = mentions[k][2], seg.sentence_at(m.start())
        accuser = next((q.speaker for q in quotes if q.speaker and q.speaker != accused and
                        seg.sentence_at(q.start) == si), None)
        if accuser is None:
            continue
        for reply in quotes:
            if reply.speaker == accused and reply.start > m.end() and \
                    seg.sentence_at(reply.start) - si <= 2 and \
                    any(name == accuser for _, _, name in
                        mentions[bisect_left(starts, reply.start):
                                 bisect_left(starts, reply.end)]):
                out.append((accused, accuser, seg.sentence_at(reply.start)))
                break
    return out


#: a charge laid on a party ("blamed the U.S. trade embargo") and the clause of its answer
#: in the same sentence (", while Washington said")
_BLAMED = rx.compile(r"\b(?:blamed|accused) (?:the )?")
_ANSWER_OPENS = rx.compile(r",? (?:while|whereas) ")


def _blame_answered(text: str, seg: Segmentation, quotes: list[Quote],
                    mentions: list[tuple[int, int, str]], starts: list[int],
                    found: Mapping[str, Target]) -> list[tuple[str, str, int]]:
    """The blamed party's answer in the blame's own sentence ("Cuba's government blamed the
    U.S. trade embargo on Saturday for a blackout ..., while Washington said the crisis was
    the result of decades of mismanagement"): against the party that laid the blame, the
    last one named before the verb."""
    out = []
    for q in quotes:
        if q.kind != "indirect" or not q.speaker or q.mention_start is None:
            continue
        si = seg.sentence_at(q.start)
        sent = seg.sentences[si]
        answers = list(_ANSWER_OPENS.finditer(text, sent.start, q.mention_start))
        blames = list(_BLAMED.finditer(text, sent.start, answers[-1].start())) if answers \
            else []
        if not blames:
            continue
        blame = blames[-1]
        k, j = bisect_left(starts, blame.end()), bisect_left(starts, blame.start()) - 1
        if k >= len(mentions) or mentions[k][0] != blame.end() or j < 0 or \
                mentions[j][0] < sent.start:
            continue
        blamed, accuser = mentions[k][2], mentions[j][2]
        if accuser != blamed and accuser != q.speaker and \
                (q.mention_start, q.mention_end) in found[blamed].mentions:
            out.append((q.speaker, accuser, si))
    return out


#: a charge laid on someone named: "accused Raudsepp of"
_ACCUSED_NAMED = rx.compile(r"\baccus(?:ed|es|ing) (?=[A-Z])")


#: the narrator's aside right after a speaker's name, a relative clause or a noun phrase:
#: ", who has fished the reef since he was a boy,", ", a priest at the nearby church,"
_MEMBER_ASIDE = rx.compile(r"(?:, \d{1,3})?, (?:who|whose|a|an|the) ([^,;:\"“”]{1,160})"
                           r"(?:,|\.(?=\s|$))")  # (past an age, and to the sentence's end
# after an inverted attribution: '..." said Prasert Hengkaew, 44, who has driven a longtail
# for 20 years.')
#: words of a group's label that tell no trade
_NO_TRADE = frozenset({"own", "local", "small", "young", "old", "many", "some", "other"})


def _trade_stem(word: str) -> str:
    """A trade word's crude stem, so that ``fishermen`` meets ``fished`` and ``farmers``
    meets ``farms``."""
    word = word.lower().removesuffix("men")
    for suf in ("ers", "er", "ed", "es", "s", "ing", "en"):  # (and "driven" meets "drivers")
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[:-len(suf)].removesuffix("e")
    return word.removesuffix("e")  # ("guesthouse" meets "guesthouses")


def _plies_trade(text: str, q: Quote, group: str) -> bool:
    """Whether the narrator's aside on ``q``'s speaker, right after the name, tells the trade
    the group ``group`` is named for (``Vezo fishermen ...``; ``Lahimaro Tsiavahy, who has
    fished the reef since he was a boy, said``): one of the group, though their first words
    are reported rather than quoted."""
    if q.mention_end is None or (aside := _MEMBER_ASIDE.match(text, q.mention_end)) is None:
        return False
    trade = {_trade_stem(w) for w in re.findall(r"[a-z]+", _group_head(group).lower())
             if len(w) >= 3} - _NO_TRADE
    return any(_trade_stem(w) in trade for w in re.findall(r"[a-z]+", aside.group(1).lower())) \
        or _THE_TRADE.search(aside.group(1)) is not None  # ("who learned the trade from his
    # father")


#: an aside that names the trade itself, whatever it is: "who learned the trade"
_THE_TRADE = rx.compile(r"\b(?:the|this|that|his|her|their) (?:trade|craft)\b")


#: how strong a group's stance must be for a voice heard right after it to share it: its
#: explicit words, not a lean its sentence had by its mood
VOICE_LEAN = 0.99
#: the same for a voice the narrator ties to the group's trade (:func:`_plies_trade`): a
#: cue's value as the sentence's mood tempers it too ("said that a tea trading company had
#: stopped buying their leaves", -0.97), not a mood alone ("saying traders from Nigeria and
#: Ghana used to pay twice", -0.93)
TIED_LEAN = 0.95


def _group_voices(seg: Segmentation, quotes: list[Quote], speakers: Mapping[str, Speaker]
                  ) -> list[tuple[str, str, float]]:
    """Triples (person, group, lean) where a person's direct quote comes right after a
    group's reported words, the next quote, at most three sentences on (``Tournament
    organisers said the tests would bankrupt small village committees. "The village ones
    will just stop," said Baldev Ghuman, who has organised a tournament``): one of that group
    speaking, unless the narrator sets them apart (``but``, ``however``) or the group is
    someone else's (``Their lawyers said``). A reported quote counts too where the narrator
    ties its speaker to the group's trade. ``lean``: how strong the group's stance must be
    to be shared (:data:`VOICE_LEAN`, :data:`TIED_LEAN`)."""
    out = []
    for p, q in zip(quotes, quotes[1:], strict=False):
        group, member = speakers.get(p.speaker or ""), speakers.get(q.speaker or "")
        if group is None or member is None or group.kind != "anonymous" or \
                member.kind != "person" or p.kind != "indirect" or \
                (not (head := _group_head(group.name)).endswith(("s", "men")) and
                 not head.split(" of ")[0].endswith(("s", "men"))) or q.start < p.end:
            # ("Fishermen on Martinique's Atlantic coast", "Elders of the red-clay village of
            # Abyaneh": a group by its head noun)
            continue
        tied = _plies_trade(seg.text, q, group.name)
        if q.kind != "direct" and not tied:
            continue  # (a reported voice is the group's only where the narrator says so)
        if p.mention_start is None or \
                p.mention_start > seg.sentences[seg.sentence_at(p.mention_start)].start + 4 or \
                seg.text.startswith(("Their ", "His ", "Her "), p.mention_start):
            continue  # (the group opens its own sentence: not "in a move critics said would
            # shut out Italians", a label the lede puts on the act; nor someone else's group,
            # "Their lawyers said they would appeal", before a victim's mother)
        if not 0 <= seg.sentence_at(q.start) - seg.sentence_at(p.end - 1) <= 3:
            continue
        between = seg.text[p.end:q.start].lower()
        if " but " in between or "however" in between:
            continue
        out.append((member.name, group.name, TIED_LEAN if tied else VOICE_LEAN))
    return out


#: a party office before its holder's name, the party left unnamed: "said party lawmaker X"
_PARTY_OFFICE = rx.compile(r"([Pp]arty|[Oo]pposition) (?:lawmaker|legislator|leader|chairman|"
                           r"chairwoman|chair|spokesman|spokeswoman|spokesperson|secretary|"
                           r"official|deputy|MP|president|chief) ")
#: the opposition narrated as a side, which an opposition lawmaker then speaks for
_THE_OPPOSITION = rx.compile(r"\b[Tt]he (?:main )?opposition\b")


def _party_voices(seg: Segmentation, quotes: list[Quote], registry: Registry
                  ) -> list[tuple[str, str]]:
    """Pairs (person, party) where a direct quote's speaker is named by a bare party office
    (``said party lawmaker Vasile Cojocaru``) and a party was named in that sentence or the
    one before (``But the opposition Party of Socialists accused the government ...``), or by
    an opposition office after the opposition was (``asked opposition lawmaker X``): the
    party's voice, as a group's member speaks for the group just heard."""
    out = []
    for q in quotes:
        ms = q.mention_start
        if q.kind != "direct" or not q.speaker or ms is None or \
                (office := _PARTY_OFFICE.match(seg.text, ms)) is None:
            continue
        here = seg.sentence_at(ms)
        if office.group(1).lower() == "opposition":  # "the opposition accused the government
            # ... asked opposition lawmaker X": the opposition the story just made a side
            lo = seg.sentences[max(0, here - 1)].start
            party = "opposition" if _THE_OPPOSITION.search(seg.text, lo, ms) else None
        else:
            party = next((e.name for e, (start, _, _) in registry.persons_before(ms, limit=40)
                          if e.kind == "institution" and "Party" in e.name.split() and
                          here - seg.sentence_at(start) <= 1), None)
        if party is not None and party != q.speaker:
            out.append((q.speaker, party))
    return out


def _share_with_officer(evidence: dict[tuple[str, str], list[tuple[float, float, int]]],
                        officer: str, target: str, ev: list[tuple[float, float, int]],
                        lean: float = 0.5) -> None:
    """An officer shares the stance the body they speak for took toward ``target`` (its
    explicit words or a lean of at least ``lean``, ``ev``), at weight 1, where they show
    none of their own."""
    if officer != target and (officer, target) not in evidence:
        kept = [(v, 1.0, si) for v, w, si in ev if w >= 2.0 or abs(v) >= lean]
        if kept:
            evidence[(officer, target)] = kept


#: what joins a group to where it lives: "Villagers in the south of", "Farmers in northern"
_OWN_PLACE = rx.compile(r" (?:in|from) (?:the (?:(?:far |deep )?(?:north|south|east|west|"
                        r"north-east|north-west|south-east|south-west|centre|center|interior)"
                        r"(?:ern)? (?:part )?of )?|(?:northern|southern|eastern|western|"
                        r"central|rural) )?")


#: the narrator's relative clause on a speaker, right after the name: ", who won the first
#: round with about 23 percent of the vote,"
_WHO_ASIDE = rx.compile(r", (?:who|whose) [^,;:\"“”]{1,160},")


def _own_aside(text: str, seg: Segmentation, q: Quote, si: int, at: int) -> bool:
    """Whether the mention at ``at`` lies in the narrator's relative clause about the speaker
    (``Kathy Doolan, whose family has worked land next to the mine for four generations,
    said``) with no stance word of its own: who they are, not where they stand."""
    if q.mention_end is not None and q.mention_end <= at < q.start and \
            _OWN_PLACE.fullmatch(text, q.mention_end, at):
        return True  # "Villagers in the south of Mauritius have gone to court": where they
        # live, no side taken on it
    if q.mention_end is None or not q.mention_end <= at < q.start or \
            not text.startswith((", who ", ", whose "), q.mention_end):
        return False
    if q.cue_start is not None and q.cue_start <= at and \
            (aside := _WHO_ASIDE.match(text, q.mention_end)) is not None and \
            aside.end() <= q.cue_start:
        return False  # past the aside, the object of the speaker's own verb: "Dorin
        # Magureanu, who won the first round with 23 percent, called the ruling 'a coup'"
    sent = seg.sentences[si]
    return _cue_value(text[sent.start:sent.end], at - sent.start) is None

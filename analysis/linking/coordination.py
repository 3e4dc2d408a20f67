"""Which actors a sentence joins into one group: "and", commas, "or", hyphens, "between" groups, lists
and chains of place names.

Why a module of its own: actors joined by "and", a comma, "or" or a hyphen share their role ("China and Russia
condemned Japan": two sources, co-agents); whether a comma joins a list or names a speaker, and whether a country
after a comma closes a chain of place names ("a Russian drone attack on Dnipro, Ukraine"), is worked out once per
sentence here, for ``_sentence_facts``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.linking.vocabulary import _LOCATIVE

# "Israel and the United States", "Gabriel and his Turkish colleague": an article or a possessive after
# "and" or "or" still joins; after a bare comma it
# does not ("... in Liberia, the World Food Program said" names the speaker, not a co-actor).
_COORD = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+(?:the\s+)?)?|(?:and|or|&|as well as)\b\s*(?:(?:the|his|her|its|their)\s+)?|"
                    r"[-\u2013/])\s*",
                    re.IGNORECASE)

_MUTUAL_WORDS = ("between", "among", "amongst")

_COMMA_AND = re.compile(r",\s*(?:and|or)\b", re.IGNORECASE)
_BETWEEN_REACH = 48
_LIST_COMMA = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)  # "Turkey, the United Kingdom, and the United States"

_POSSESSIVE_S = ("'s", "\u2019s")
# The rest of a name or a title between two mentions: capitalised words and name particles, and a title's "of" before
# a capitalised word (links-219: "United States Secretary of State Rex Tillerson" is one actor, as "President" was).
_NAME_WORDS = re.compile(r"(?:\s+(?:[A-Z][\w.'\u2019-]*|bin|ibn|al|el|de|da|del|van|von|der|la|le|of(?=\s+[A-Z])))+\s*")

_BETWEEN = re.compile(r"\b(?:" + "|".join(_MUTUAL_WORDS) + r")\b", re.IGNORECASE)

# "a Russian drone attack on Dnipro, Ukraine, kills four": a place named with its country after a
# comma.  The country is the place, not the start of another clause: the commas of the chain are no
# clause break, and after a locative word the country is named as a place like the town before it.
# The chain: capitalised words (and these lower-case place words) after a preposition, commas between.
_CHAIN_PREPOSITION = re.compile(r"\b(?:in|near|inside|outside|at|across|throughout|on|onto|into|to|from|over|"
                                r"toward|towards|against|targeting|around)\s+(?:the\s+)?")
_CHAIN_LOWER = frozenset(("of", "the", "and", "al", "el", "de", "region", "province", "city", "district", "governorate",
                          "state", "county", "oblast", "village", "town", "camp"))
_CHAIN_REACH = 90

# What may follow the country for it to close the chain: punctuation, the end, or a preposition,
# conjunction or participle, never a verb ("talks in Geneva, Russia says" opens a new clause).
_AFTER_CHAIN = re.compile(r"\s*(?:$|[,.;:)\]\u2014\u2013-]|(?:in|on|at|for|to|from|after|before|during|near|"
                          r"with|by|over|as|amid|since|where|which|killing|leaving|wounding|injuring)\b|\w+ing\b)")

# "In Syria, Russian jets bomb Idlib", "Following a tip-off from the United States, Russia arrests two
# men": an opening phrase that ends at the first actor's comma is no list with the actor after it.
_FRONTED = re.compile(r"\s*(?:in|near|inside|outside|at|across|throughout|following|after|before|despite|amid|"
                      r"amidst|during|under|citing|upon|since)\b[^,;:]*$", re.IGNORECASE)

# "The Spanish government and the UK government reach an agreement": two noun phrases with one head noun after
# each actor are coordinated like the actors alone ("Indian and Chinese troops")
_HEAD_AND = re.compile(r"\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:and|or|&)\s+(?:the\s+)?")

# ... the earlier owned act: "'s", its noun (a few words), and the preposition of its object
_OWNER_PARALLEL = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+){1,3}(?:against|on|of|in|into|over|toward|towards|"
                             r"with|to|for)\s+(?:the\s+)?")


def _same_head(sentence: str, gap_start: int, gap_end: int, end: int) -> bool:
    """Whether the gap between two mentions is a head noun then "and", and the same head noun follows the second
    mention (ending at ``end``)."""
    head = _HEAD_AND.fullmatch(sentence, gap_start, gap_end)
    if head is None:
        return False
    word = head.group(1)
    return sentence.startswith(" " + word, end) and not sentence[end + 1 + len(word):end + 2 + len(word)].isalnum()


# A title in lower case between a state and its own person: "Australian prime minister Anthony Albanese and Japanese
# prime minister Sanae Takaichi sign a treaty" (links-107: the capitalised "Prime Minister" joined them, the lower-case
# one did not, and the treaty linked one of the two states)
_LOWER_TITLE = re.compile(r"\s+(?:(?:prime|minister|president|vice|deputy|foreign|defen[cs]e|interior|finance|trade|"
                          r"secretary|chancellor|king|queen|crown|prince|princess|emir|sultan|leader|supreme|premier|"
                          r"general|commander|chief|head|ambassador|envoy|spokes(?:man|woman|person)|former|acting|"
                          r"opposition|army|military|national|security|adviser|advisor|of|state|the|for|affairs|"
                          r"representative|special|top|senior|lieutenant|colonel|admiral|marshal|speaker|governor|"
                          r"de\s+facto|president-elect|chairman|chairwoman|director|health|economy|energy|justice|"
                          r"intelligence|navy|air|force|naval|agriculture|commerce|culture)\s+){1,5}")

# links-138: "clashes between Israeli troops and Palestinian citizens": after "between" two noun phrases, each led by a
# demonym or a name, are the two parties whatever their head nouns (_same_head wants one head for both)
# (not "among": its group are co-participants, "protests spread among Iranian students and Afghan migrants": reader25)
_BETWEEN_OPENS = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN_GROUP_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}and\s+(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){0,3}")


def _between_group(sentence: str, first_start: int, first_end: int, second_start: int) -> bool:
    """Whether the mention at ``first_start`` opens a "between" group whose second noun phrase holds the mention at
    ``second_start``: "between Israeli troops and Palestinian citizens"."""
    return (_BETWEEN_OPENS.search(sentence, max(0, first_start - 16), first_start) is not None
            and _BETWEEN_GROUP_GAP.fullmatch(sentence, first_end, second_start) is not None)


def _coordination(sentence: str, starts: list[int], ends: list[int], codes: list[str],
                  kinds: Sequence[str] = ()) -> tuple[list[bool], list[tuple[int, int]]]:
    """Which mentions are coordinated with the one before them (``joined[i]``: mention i with mention i - 1,
    "China and Russia", "Australia, the United Kingdom, and the United States"), and the text spans between
    joined mentions (``gaps``)."""
    n = len(starts)
    joined = [False] * n
    gaps = []
    for i in range(1, n):
        if ends[i - 1] <= starts[i] and (_joins(sentence, ends[i - 1], starts[i], codes[i - 1] == codes[i])
                                         or _same_head(sentence, ends[i - 1], starts[i], ends[i])
                                         or _between_group(sentence, starts[i - 1], ends[i - 1], starts[i])
                                         or (codes[i - 1] == codes[i] and i < len(kinds) and kinds[i] == "person"
                                             and _LOWER_TITLE.fullmatch(sentence, ends[i - 1], starts[i]) is not None
                                             # (not after a bare comma's join: "targets inside Syria, Syrian president
                                             # Bashar al-Assad has threatened": the place is no part of the subject)
                                             and not (i > 1 and joined[i - 1]
                                                      and sentence[ends[i - 2]:starts[i - 1]].strip() == ","))
                                         ) and not (
                # "Russia's war on Ukraine, China's growing military power": a possessive after a bare
                # comma opens the list's next noun phrase (or an apposition: "Russia, China's ally")
                sentence[ends[i]:ends[i] + 2] in _POSSESSIVE_S and sentence[ends[i - 1]:starts[i]].strip() == ","
        ) and not (
                # "Israel's attacks against Iran and Israel's occupation of parts of Lebanon": a possessive after
                # "and" that follows the object of an earlier owner's act opens a second owned act, parallel to it
                i > 1 and sentence[ends[i]:ends[i] + 2] in _POSSESSIVE_S
                and sentence[ends[i - 1]:starts[i]].strip().lower() == "and"
                and _OWNER_PARALLEL.fullmatch(sentence, ends[i - 2], starts[i - 1]) is not None
        ) and not (
                # "Following phone calls between Trump, Sheinbaum, and Trudeau, Trump announces": a list closed by
                # "and" takes no further member after a bare comma (links-190)
                codes[i - 1] != codes[i] and sentence[ends[i - 1]:starts[i]].strip() == ","
                and _list_closed(sentence, starts, ends, codes, joined, i - 1)
        ) and not (
                # "targeting the headquarters of the U.S. Fifth Fleet, and Iranian drones strike": ", and"
                # closes a list of three or more ("Russia, China, and Iran"); after a lone name it opens a clause
                not joined[i - 1] and _COMMA_AND.search(sentence, ends[i - 1], starts[i])
                and not (i > 1 and _LIST_COMMA.fullmatch(sentence, ends[i - 2], starts[i - 1]))
                # "between the Tajikistan capital, Dushanbe, and the Uzbekistan city of Bukhara"
                and not _BETWEEN.search(sentence, max(0, starts[i - 1] - _BETWEEN_REACH), starts[i - 1])):
            joined[i] = True
            gaps.append((ends[i - 1], starts[i]))
    # links-227: until no more join, so that two articles in a row join too: "Germany, the Netherlands, the United
    # Kingdom, and the U.S." (the second joins on its ", and" only after the first was passed over)
    more = True
    while more:
        more = False
        for i in range(1, n - 1):
            # "Australia, the United Kingdom, and the United States": an article after a bare comma joins
            # when the list closes with ", and" (alone it names another noun phrase: "in Liberia, the
            # World Food Program said")
            if (not joined[i] and joined[i + 1] and ends[i - 1] <= starts[i]
                    and _LIST_COMMA.fullmatch(sentence, ends[i - 1], starts[i])
                    and (_COMMA_AND.search(sentence, ends[i], starts[i + 1])
                         or (_list_goes_on(sentence, starts, ends, joined, i)
                             and not _list_speaks(sentence, ends, joined, i)))):
                joined[i] = more = True
                gaps.append((ends[i - 1], starts[i]))
    if (n > 1 and joined[1] and sentence[ends[0]:starts[1]].strip() == ","
            and _FRONTED.fullmatch(sentence, 0, starts[0])):
        # "In Syria, Russian jets bomb Idlib", "In a meeting at the White House, U.S. President Donald Trump
        # and Chinese Vice Premier Liu He sign": the comma ends the opening phrase, unless a list that
        # began at it closes with a comma of its own ("In Syria, Iraq and Lebanon, protests erupt")
        t = 2
        while t < n and joined[t]:
            t += 1
        if not (t > 2 and sentence[ends[t - 1]:ends[t - 1] + 2].lstrip().startswith(",")):
            joined[1] = False
            gaps.remove((ends[0], starts[1]))
    return joined, gaps


_AND_OR = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)


def _list_closed(sentence: str, starts: list[int], ends: list[int], codes: list[str], joined: list[bool],
                 i: int) -> bool:
    """Whether mention ``i`` closes a list of different actors joined by "and" or "or" before it ("Trump, Sheinbaum,
    and Canadian Prime Minister Justin Trudeau": one actor's title and name are one member)."""
    t = i
    while t > 0 and joined[t]:
        if codes[t - 1] != codes[t]:
            return _AND_OR.search(sentence, ends[t - 1], starts[t]) is not None
        t -= 1
    return False


# links-185: an article after a bare comma inside a list that goes on: "Germany, the Netherlands, Norway, and Sweden",
# "France, the Netherlands and Germany" (only a closing ", and" right after the article's mention joined it)
_LIST_AND = re.compile(r"\s*(?:and|or)\s+(?:the\s+)?", re.IGNORECASE)

# ... not when a speech or report verb follows the list's last member, a few words on: "Iran fired missiles at Israel,
# the United States and Britain said", "…, the South Korean military and the Japanese coast guard said": the list
# names who reports, a subject of its own (links-194)
_LIST_SPEAKS = re.compile(r"(?:\s+(?!(?:that|which|who|to|and|or|in|on|at|of|for|with|from|by)\b)[a-z][\w-]*){0,3}?"
                          r"\s+(?:(?:have|has|had|also|both|all|jointly|separately|later)\s+)?"
                          r"(?:say|says|said|report|reports|reported|confirm|confirms|confirmed|announce|announces|"
                          r"announced|stated|claimed|allege|alleges|alleged|tell|tells|told|add|adds|added|noted|"
                          r"warn|warns|warned|condemn|condemns|condemned|denounce|denounces|denounced)\b")


def _list_speaks(sentence: str, ends: list[int], joined: list[bool], i: int) -> bool:
    """Whether a speech or report verb follows the last member of the list mention ``i`` stands in
    (``_LIST_SPEAKS``), an actor named before that list (the clause's subject: the list stands in its predicate; a
    list opening the sentence is the speaker itself, "Canada, the Netherlands and the U.S. announce …")."""
    g = i - 1
    while g > 0 and joined[g]:
        g -= 1
    if g == 0:
        return False
    t = i + 1
    while t + 1 < len(ends) and joined[t + 1]:
        t += 1
    return _LIST_SPEAKS.match(sentence, ends[t]) is not None


def _list_goes_on(sentence: str, starts: list[int], ends: list[int], joined: list[bool], i: int) -> bool:
    """Whether mention ``i`` (after a bare comma and an article) stands in a list: the mention before it joined by a
    bare comma to the one before that, or the mentions after it joined by bare commas until one joined by "and"."""
    if i > 1 and joined[i - 1] and _LIST_COMMA.fullmatch(sentence, ends[i - 2], starts[i - 1]):
        return True
    t = i + 1
    while t < len(starts) and joined[t]:
        if _LIST_AND.fullmatch(sentence, ends[t - 1], starts[t]) or _COMMA_AND.match(sentence, ends[t - 1], starts[t]):
            return True
        if not _LIST_COMMA.fullmatch(sentence, ends[t - 1], starts[t]):
            return False
        t += 1
    return False


def _joins(sentence: str, gap_start: int, gap_end: int, same_code: bool) -> bool:
    """Whether the mentions either side of ``sentence[gap_start:gap_end]`` share their role: joined by
    "and", a comma or a hyphen, after the rest of a name ("King Salman bin Abdulaziz Al Saud and United
    States President Donald Trump"), or one actor named twice with only a title between ("United
    States President Donald Trump")."""
    if _COORD.fullmatch(sentence, gap_start, gap_end):
        return True
    name = _NAME_WORDS.match(sentence, gap_start, gap_end)
    if name is None or name.end() == gap_start:
        return False
    return (same_code and name.end() == gap_end) or _COORD.fullmatch(sentence, name.end(), gap_end) is not None


def _apposed(sentence: str, start: int, end: int, floor: int) -> tuple[list[int], bool] | None:
    """For the mention at ``sentence[start:end]``: when it closes a chain of place names after a
    preposition ("on Dnipro, Ukraine", "in Bohodukhiv, Kharkiv Oblast, Ukraine"), the chain's commas and
    whether its preposition names a place (``_LOCATIVE``'s words); else None.  ``floor``: where the
    mention before it ends (a chain holds no mention)."""
    at = start
    while at > 0 and sentence[at - 1].isspace():
        at -= 1
    if at == start or at == 0 or sentence[at - 1] != "," or not _AFTER_CHAIN.match(sentence, end):
        return None
    lo = max(floor, start - _CHAIN_REACH)
    prepositions = list(_CHAIN_PREPOSITION.finditer(sentence, lo, at - 1))
    if not prepositions:
        return None
    preposition = prepositions[-1]
    commas = []
    for segment in sentence[preposition.end():at - 1].split(","):
        words = segment.split()
        if not any(word[:1].isupper() for word in words):
            return None
        for word in words:
            if not word[:1].isupper() and word.lower() not in _CHAIN_LOWER and not word.startswith("al-"):
                return None
    i = sentence.find(",", preposition.end(), at)
    while i >= 0:
        commas.append(i)
        i = sentence.find(",", i + 1, at)
    return commas, _LOCATIVE.search(sentence, preposition.start(), preposition.end()) is not None

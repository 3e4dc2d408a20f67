import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.term_scan import TermScanner
from analysis.trie_regex import after_boundary, compile_terms


def found(scanner, text, pos=0, endpos=None):
    return [m.group() for m in scanner.finditer(text, pos, endpos)]


def by_regex(scanner: TermScanner) -> TermScanner:
    """The same scanner past its word-by-word budget: it scans with its compiled trie regex."""
    scanner._budget = -1
    return scanner


@pytest.fixture(params=["words", "regex"])
def scan(request):
    def make(terms):
        scanner = TermScanner(terms)
        return by_regex(scanner) if request.param == "regex" else scanner
    return make


def test_separators_between_words(scan):
    s = scan([("Self", "Defense", "Forces"), ("South", "Korea")])
    text = "Self-Defense Forces, Self - Defense Forces, Self  -  Defense Forces, South, Korea, South_Korea, South'Korea"
    assert found(s, text) == ["Self-Defense Forces", "Self - Defense Forces", "South'Korea"]


def test_dotted_initials_are_words(scan):
    s = scan([("U", "S"), ("U", "S", "Army"), ("U", "N")])
    assert found(s, "U.S. troops, the U.S. Army, U. N. staff, US, U.S") == ["U.S", "U.S. Army", "U. N", "U.S"]


def test_wildcards_match_any_ending_of_a_word(scan):
    s = scan([("escalat*",), ("ease", "tension*"), ("ease*",)])
    assert found(s, "escalation, ease tensions, eased, easel, decrease, escala") == \
        ["escalation", "ease tensions", "eased", "easel"]


def test_longest_term_wins_and_words_are_whole(scan):
    s = scan([("Japan",), ("Japanese",), ("Japan", "Times"), ("Xi",), ("Xi", "Jinping")])
    assert found(s, "Japanese, Japan Times, Japanesey, Xi Jinping, Xi, Xin, 1Japan, Japan1, Japan_") == \
        ["Japanese", "Japan Times", "Xi Jinping", "Xi", "Japan"]


def test_overlapping_names_do_not_overlap_and_the_scan_resumes_after_a_match(scan):
    s = scan([("North", "Korea"), ("Korea", "Times"), ("Korea",)])
    assert found(s, "North Korea Times") == ["North Korea"]
    assert found(s, "the Korea Times of North Korea") == ["Korea Times", "North Korea"]


def test_the_regex_order_decides_not_the_length(scan):
    # The trie regex tries an exact word before a wildcard and takes the first term it completes:
    # "abc c" here although "ab* c d" would be longer.  The scanner keeps that order.
    s = scan([("abc", "c"), ("ab*", "c", "d"), ("foo",), ("foo*", "bar")])
    assert found(s, "abc c d; abx c d; foo bar; food bar") == ["abc c", "abx c d", "foo", "food bar"]


def test_a_range_reads_as_the_look_behind_regex_does(scan):
    s = scan([("Japan",), ("China",)])
    text = "China and Japanese"
    assert found(s, text, 1) == []  # "hina" is no word start
    assert found(s, text, 0, len("China and Japan")) == ["China", "Japan"]  # cut short: "Japan"


def test_a_word_that_is_no_word_is_refused():
    with pytest.raises(ValueError, match="not a word"):
        TermScanner([("a-b",)])


def test_no_terms_find_nothing():
    assert not TermScanner([])
    assert found(TermScanner([]), "anything") == []


TERMS = [("war",), ("war", "crimes"), ("war", "crimes", "tribunal"), ("ease*",), ("U", "S"), ("U", "S", "Army"),
         ("Japan",), ("Japanese",), ("talks",), ("abc", "c"), ("ab*", "c", "d"), ("foo",), ("foo*", "bar"),
         ("fo*",), ("foob*",), ("Élysée",), ("a1",), ("1",)]
PIECES = ["war", "War", "crimes", "tribunal", "Army", "ease", "easel", "U.S.", "U", "S", "Japan", "Japanese", "talks",
          "_", "1", "a1", "-", "'", ".", " ", "  ", " - ", "...", "\n", "\t", "é", "Élysée", "İ", "toward", "postwar",
          "abc", "c", "d", "foo", "bar", "foobar", "foob"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.data())
def test_the_scanner_finds_what_the_trie_regex_finds(text, data):
    scanner = TermScanner(TERMS)
    pattern = compile_terms(TERMS)
    assert [m.span() for m in scanner.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    opening = after_boundary(pattern)  # the actor scan's former form: " " + text, the name in group 1
    expected = [(m.start(1) - 1, m.end(1) - 1) for m in opening.finditer(" " + text, pos, endpos + 1)]
    assert [m.span() for m in scanner.finditer(text, pos, endpos)] == expected
    assert [m.span() for m in by_regex(TermScanner(TERMS)).finditer(text, pos, endpos)] == expected


def test_the_actor_names_read_the_same_word_by_word_and_by_regex():
    from analysis.actors import ActorDictionary

    text = ("The U.S. and South Korea held talks in Seoul; Japan's Self-Defense Forces and the Japan Times "
            "reported it.  He said North Korea's Kim Jong Un and President Xi Jinping would meet in Beijing.")
    words = ActorDictionary.load()
    regex = ActorDictionary.load()
    by_regex(regex._scanner)
    assert [m.span() for m in regex.name_matches(text)] == [m.span() for m in words.name_matches(text)]
    assert len(words.name_matches(text)) > 8
    spans = [(0, 95), (97, len(text))]
    assert regex.match_sentences(text, spans) == words.match_sentences(text, spans)
    assert regex.mask_names(text) == words.mask_names(text)

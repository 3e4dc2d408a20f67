from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.trie_regex import after_boundary, compile_terms


def spans(pattern, text):
    return [m.group() for m in pattern.finditer(text)]


def test_longest_term_wins_and_words_are_whole():
    p = compile_terms([("Japan",), ("Japanese",), ("Japan", "Times"), ("Xi",), ("Xi", "Jinping")])
    assert spans(p, "Japanese, Japan Times, Japanesey, Xi Jinping, Xi, Xin") == ["Japanese", "Japan Times", "Xi Jinping", "Xi"]


def test_separators_and_wildcards():
    p = compile_terms([("Self", "Defense", "Forces"), ("U", "S"), ("escalat*",), ("ease", "tension*"), ("ease*",)],
                      ignore_case=True)
    text = "Self-Defense Forces, U.S., Escalation, ease tensions, eased, easel, decrease"
    assert spans(p, text) == ["Self-Defense Forces", "U.S", "Escalation", "ease tensions", "eased", "easel"]


def test_no_terms_no_pattern():
    assert compile_terms([]) is None


TERMS = [("war",), ("war", "crimes"), ("ease*",), ("U", "S"), ("Japan",), ("Japanese",), ("talks",)]
PIECES = ["war", "War", "crimes", "ease", "easel", "U.S.", "Japan", "Japanese", "talks", "_", "1", "-", "'", ".",
          " ", "\n", "é", "İ", "toward", "postwar"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_after_boundary_finds_the_spans_the_look_behind_pattern_finds(text):
    pattern = compile_terms(TERMS)
    opening = after_boundary(pattern)
    assert [(m.start(1) - 1, m.end(1) - 1) for m in opening.finditer(" " + text)] == \
        [m.span() for m in pattern.finditer(text)]

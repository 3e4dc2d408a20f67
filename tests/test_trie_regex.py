from analysis.trie_regex import compile_terms


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

import pytest

from analysis import score_text
from analysis.tension import CueLexicon, lexicon_cues


def test_great_talk_in_curly_quotes_is_positive():
    s = score_text("Trump told reporters he had a \u201cgreat talk\u201d with Takaichi on Monday night.")
    assert s.sentiment > 0.3
    assert s.tension < 0


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("China condemned Japan's remarks.", 1),
        ("Russian missiles struck Kyiv, killing civilians.", 1),
        ("Beijing threatened sanctions against Taipei.", 1),
        ("The two leaders signed a trade agreement.", -1),
        ("Japan and the United States reaffirmed their alliance.", -1),
        ("The sides agreed a ceasefire.", -1),
        ("Nothing of note happened in the capital.", 0),
    ],
)
def test_tension_sign_follows_the_cues(text, sign):
    t = score_text(text).tension
    assert (t > 0) - (t < 0) == sign


def test_negation_flips_and_damps_a_conflict_cue():
    plain = score_text("Trump pressured Takaichi.").tension
    negated = score_text("Trump did not pressure Takaichi.")
    assert plain > 0 > negated.tension
    (cue,) = [c for c in negated.cues if c.term == "pressure"]
    assert cue.modifiers == ("negation:not",)


def test_prevention_turns_the_act_it_governs_into_de_escalation_and_leaves_the_rest():
    """What is avoided is the escalating; the tensions are there (a modifier governs one act)."""
    s = score_text("He urged her to avoid escalating tensions with China.")
    weights = {c.term: c.weight for c in s.cues if c.source == "lexicon"}
    assert weights["escalating"] < 0 < weights["tensions"]
    assert score_text("He urged both sides to avoid escalating.").tension < 0


def test_hypotheticals_count_less_than_acts():
    act = score_text("China blockades Taiwan.").tension
    maybe = score_text("China could blockade Taiwan.").tension
    assert 0 < maybe < act


def test_modifiers_stop_at_the_clause():
    s = score_text("Nobody was hurt, but the army attacked the town.")
    (cue,) = [c for c in s.cues if c.category == "military_action"]
    assert cue.weight > 0 and cue.modifiers == ()


@pytest.mark.parametrize("text", [
    'Trump promises "fire and fury like the world has never seen" if North Korea threatens the United States.',
    "Aid never came after Russia threatened Ukraine.",
])
def test_a_negation_does_not_reach_into_a_quotation_or_the_next_clause(text):
    (threat,) = [c for c in lexicon_cues(text) if c.term.startswith("threaten")]
    assert threat.weight > 0 and not any(m.startswith("negation") for m in threat.modifiers)


@pytest.mark.parametrize(
    ("text", "act", "sign"),
    [
        ("Iran promised to retaliate against the United States.", "retaliate", 1),
        ("China pledged to strike back at Japan.", "strike", 1),
        ("Russia vowed to support Serbia.", "support", -1),
        ("China promised to cooperate with Japan.", "cooperate", -1),
    ],
)
def test_a_promise_takes_the_side_of_the_act_it_announces_and_is_no_cue_of_its_own(text, act, sign):
    cues = lexicon_cues(text)
    assert [c.term for c in cues] == [act]
    assert (cues[0].weight > 0) - (cues[0].weight < 0) == sign
    assert cues[0].modifiers[0].startswith("intent:")


def test_a_promise_alone_is_still_a_cooperation_cue():
    (cue,) = lexicon_cues("Japan kept its promise to China.")
    assert cue.term == "promise" and cue.weight < 0


def test_a_war_torn_place_is_no_act_of_war():
    cues = lexicon_cues("Britain promised to continue military aid to war-torn Mozambique.")
    assert [c.term for c in cues] == ["military aid"] and cues[0].weight < 0
    assert [c.term for c in lexicon_cues("Russia declared war on Ukraine.")] == ["war"]



@pytest.mark.parametrize("text", [
    "Ukraine says that its troops now control 74 settlements inside Russia.",
    "Israeli settlers moved into a settlement near Nablus.",
])
def test_a_settlement_as_a_place_and_its_settlers_are_no_agreement(text):
    assert [c for c in lexicon_cues(text) if c.weight < 0] == []


def test_settlers_do_not_turn_their_attack_into_its_prevention():
    (cue,) = lexicon_cues("Israeli settlers attacked Palestinian villages.")
    assert cue.term == "attacked" and cue.weight > 0 and not cue.modifiers


@pytest.mark.parametrize("text", [
    "Russia and Ukraine reached a settlement on grain exports.",
    "Both sides seek a political settlement.",
])
def test_a_settlement_named_as_an_agreement_is_still_cooperation(text):
    assert [c.weight < 0 for c in lexicon_cues(text)] == [True]


def test_troops_advancing_on_a_city_is_an_act_of_war():
    (cue,) = lexicon_cues("Russian troops advanced on Kyiv.")
    assert cue.category == "military_action"

def test_cues_explain_the_score_with_spans_and_weights():
    text = "Tensions intensified after China condemned Takaichi\u2019s remarks."
    s = score_text(text)
    assert s.cues
    for cue in s.cues:
        assert text[cue.start:cue.end] == cue.term
        assert cue.category
        assert -1 <= cue.weight <= 1
    assert s.conflict > 0 and s.cooperation == 0


def test_phrases_in_the_ignore_list_score_nothing():
    assert lexicon_cues("According to the United States Security Council.") == []


def test_lexicon_categories_have_sides_and_weights_in_range():
    lex = CueLexicon()
    assert {"threat", "military_action", "coercion", "protest", "escalation",
            "de_escalation", "cooperation", "agreement", "alliance", "consultation"} <= set(lex.categories)
    for cat in lex.categories.values():
        assert 0 < cat.weight <= 1


def test_learned_words_alone_below_the_floor_score_zero():
    from analysis.scoring import LEARNED_FLOOR, tension_cues
    from analysis.word_model import WordModel

    model = WordModel({"phone": -0.1, "citing": 0.05, "bombardment": 0.6})
    assert tension_cues("The leaders spoke by phone, citing nothing new.", model=model) == []
    strong = tension_cues("The bombardment went on by phone.", model=model)
    assert abs(sum(c.weight for c in strong)) >= LEARNED_FLOOR and {c.term for c in strong} == {"bombardment", "phone"}
    # Beside a lexicon cue the small learned words still count: the floor is for learned-only scores.
    with_cue = tension_cues("The leaders condemned it by phone.", model=model)
    assert {c.source for c in with_cue} == {"lexicon", "model"}


def test_words_whose_side_is_their_modifier_are_no_learned_cues():
    from analysis.word_model import default_model

    assert not {"diplomatic", "measures"} & set(default_model().weights)


def test_a_cue_word_inside_an_actors_name_is_no_act():
    # (a body's word such as "Fund" is no cue even in a name the dictionary lacks: cues.yaml body_names)
    text = "The North Atlantic Treaty Organization met Egypt."
    assert [c.term for c in score_text(text).cues if c.source != "model"] == ["met"]
    assert "Treaty" in [c.term for c in lexicon_cues(text)]  # the word is a cue
    (released,) = [c for c in score_text("Hamas releases three Israeli hostages.").cues if c.source != "model"]
    assert released.term.startswith("releases") and released.weight < 0  # a cue running into a name stays


def test_a_golf_win_by_one_shot_is_no_shooting():
    text = "In golf, Japan's Hinako Shibuno wins the year's final major championship by one shot over American Lizette Salas."
    assert [c for c in lexicon_cues(text) if c.weight] == []
    assert [c.category for c in lexicon_cues("Japanese police shot an American suspect.")] == ["military_action"]

import math

import pytest

from analysis import score_text
from analysis.word_model import WordModel, default_model, read_model


def test_shipped_weights_load_and_are_versioned():
    model = default_model()
    # about a hundred: a word the lexicon reads is never learned
    assert len(model.weights) > 50 and model.version.startswith("un-news")


def test_each_distinct_weighted_word_is_one_cue_with_its_span():
    model = WordModel({"attack": 0.5, "talks": -0.25})
    text = "The attack on the talks. Another attack."
    cues = model.cues(text)
    assert [(c.term, c.weight, c.source) for c in cues] == [("attack", 0.5, "model"), ("talks", -0.25, "model")]
    for c in cues:
        assert text[c.start:c.end] == c.term


def test_tension_is_tanh_of_all_cue_weights():
    weighted = next(iter(default_model().weights))
    s = score_text(f"China condemned the Japanese {weighted}.")
    assert s.tension == pytest.approx(math.tanh(sum(c.weight for c in s.cues)))
    assert {c.source for c in s.cues} == {"lexicon", "model"}


def test_weights_file_round_trip_and_bad_line(tmp_path):
    path = tmp_path / "w.tsv"
    WordModel({"war": 1.25, "peace": -0.5}, "v1").save(path, ["test"])
    back = read_model(path)
    assert back.weights == {"war": 1.25, "peace": -0.5} and back.version == "v1"
    path.write_text("word\tweight\nwar\tnot-a-number\n")
    with pytest.raises(ValueError, match=r"w\.tsv, line 2"):
        read_model(path)


def test_missing_file_means_lexicon_only(tmp_path):
    assert read_model(tmp_path / "none.tsv").cues("war") == []


def test_fit_learns_signs_from_labels():
    from analysis.word_model import fit_word_model  # needs scikit-learn (requirements-dev.txt)

    texts = ["shelling and looting reported"] * 20 + ["workshop and training held"] * 20
    labels = [True] * 20 + [False] * 20
    model = fit_word_model(texts, labels, [0.5] * 20 + [-0.5] * 20, c=1.0, prune=0.0)
    assert model.weights["shelling"] > 0 > model.weights["workshop"]


STATE_NAMES = ["Israel", "Libya", "France", "Chile", "the United States", "Japan", "China", "Afghanistan", "Lebanon"]


@pytest.mark.parametrize("template", [
    "{a} condemned {b}'s raid on the border town.",
    "{a} and {b} signed a cooperation agreement after talks.",
    "Officials in {a} said {b} had no plans to escalate the dispute.",
])
def test_names_carry_no_tension_only_words_do(template):
    """Swapping who is named leaves tension as it was: learned weights never see actor names."""
    tensions = {round(score_text(template.format(a=a, b=b)).tension, 12)
                for a, b in zip(STATE_NAMES, reversed(STATE_NAMES)) if a != b}
    assert len(tensions) == 1


def test_masking_blanks_names_in_place_and_keeps_pronouns():
    from analysis.word_model import names_masked

    text = "Israel condemned the United States and Member States; Takaichi’s aide said she left."
    masked = names_masked(text)
    assert len(masked) == len(text)
    assert "Israel" not in masked and "United States" not in masked and "Takaichi" not in masked
    assert "Member States" in masked and " she " in masked and "condemned" in masked


def test_a_name_is_never_a_learned_cue_even_if_weighted():
    model = WordModel({"israel": 2.0, "raid": 0.5})
    assert [c.term for c in model.cues("Israel condemned the raid.")] == ["raid"]


def test_no_learned_word_is_a_lexicon_word_a_never_cue_or_a_stop_word():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from analysis.tension import default_lexicon
    from analysis.word_model import never_cues

    lexicon, never = default_lexicon(), never_cues()
    for word in default_model().weights:
        assert word not in never and word not in ENGLISH_STOP_WORDS, word
        assert not lexicon.cues.matches(word) and not lexicon.modifiers.matches(word), word


def test_a_statement_or_appeal_is_never_a_learned_word(tmp_path):
    # cues.yaml's neutral list (CAMEO 01 and 02): "encourage" had been learned as cooperation (-1.0)
    from analysis.tension import default_lexicon
    from analysis.word_model import WEIGHTS_PATH

    neutral = default_lexicon().neutral_terms
    shipped = [line.split("\t")[0] for line in WEIGHTS_PATH.read_text(encoding="utf-8").splitlines()
               if line and not line.startswith("#") and line != "word\tweight"]
    assert shipped and not [w for w in shipped if w in neutral]
    path = tmp_path / "w.tsv"
    WordModel({"encourage": -1.0, "raid": 0.5}, "v").save(path)
    assert read_model(path).weights == {"raid": 0.5}


def test_a_hand_edited_never_cue_is_ignored(tmp_path):
    path = tmp_path / "w.tsv"
    WordModel({"committee": -0.97, "raid": 0.5}, "v").save(path)
    assert read_model(path).weights == {"raid": 0.5}


def test_a_lexicon_cue_is_never_also_a_learned_cue():
    """Fitted on UN prose, "genocide" had learned -0.91 against the lexicon's +0.95: the same word on both sides."""
    model = WordModel({"genocide": -0.91, "accused": -0.34, "donbas": 0.2})
    from analysis.scoring import tension_cues

    cues = tension_cues("Russia accused Ukraine of genocide in the Donbas.", model=model)
    assert {c.term: c.source for c in cues}.get("genocide") == "lexicon"
    assert [c.term for c in cues if c.source == "model"] == ["Donbas"]


STATEMENTS = [
    "The minister said on Tuesday that the report would be published next month.",
    "A government spokesman told reporters the president would speak to the nation on Friday.",
    "The agency announced the figures in a statement released in the capital.",
    "Officials urged residents to stay indoors as the storm approached the coast.",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_a_statement_or_appeal_without_cues_scores_zero(text):
    s = score_text(text)
    assert s.tension == 0.0 and s.cues == [], [(c.term, c.weight) for c in s.cues]


def test_fit_pulls_neutral_words_to_zero_and_drops_weights_against_a_words_own_side():
    from analysis.word_model import fit_word_model

    texts = (["shelling and looting near town"] * 20 + ["workshop and training near town"] * 20
             + ["harvest festival near town"] * 20)
    labels = [1] * 20 + [-1] * 20 + [0] * 20
    model = fit_word_model(texts, labels, [0.5] * 20 + [-0.5] * 20 + [0.0] * 20, c=1.0, prune=0.05,
                           min_df=1)
    assert model.weights["shelling"] > 0 > model.weights["workshop"]
    assert "town" not in model.weights  # everywhere: no side


def test_words_of_office_place_time_sequence_and_crime_topics_are_never_learned_cues():
    # The wider fit (learned words need only be words of real news) turned these into cues:
    # "followed" read cooperation in the seed's "His conversation ... followed shortly after a call",
    # "laundering" and "offences" cooperation from UN sentences about new laws.
    from analysis.scoring import tension_cues
    from analysis.word_model import never_cues

    banned = {"followed", "ways", "fully", "executive", "cabinet", "embassy", "overnight", "colonel", "laundering",
              "offences", "piracy"}
    assert banned <= never_cues()
    assert not banned & set(default_model().weights)
    cues = tension_cues("His conversation with the Japanese leader followed shortly after a call with Xi Jinping.")
    assert "followed" not in {c.term.lower() for c in cues}


def test_every_shipped_learned_word_is_a_reviewed_candidate_on_its_side():
    # The file people may edit holds only words a person read as cues, each with the side read in it:
    # no style word of UN prose ("effective", "despite") and no word against its own news meaning.
    from analysis.word_model import read_cue_candidates

    sides = read_cue_candidates()
    weights = default_model().weights
    assert {"effective", "important", "despite", "problem", "maritime", "armed", "protection"}.isdisjoint(weights)
    stray = {w: v for w, v in weights.items() if w not in sides or v * sides[w] <= 0}
    assert not stray


def test_a_fit_on_candidates_reads_no_other_word_and_drops_a_candidate_against_its_side():
    from analysis.word_model import fit_word_model

    texts = (["shelling and looting near town"] * 20 + ["workshop and training near town"] * 20
             + ["harvest festival near town"] * 20)
    labels = [1] * 20 + [-1] * 20 + [0] * 20
    sums = [0.5] * 20 + [-0.5] * 20 + [0.0] * 20
    model = fit_word_model(texts, labels, sums, c=1.0, prune=0.0, min_df=1,
                           sides={"shelling": 1, "training": 1, "workshop": -1})
    assert set(model.weights) == {"shelling", "workshop"}  # "training" fits cooperation: not its side
    assert model.weights["shelling"] > 0 > model.weights["workshop"]


def test_a_candidates_file_names_the_line_of_a_bad_side(tmp_path):
    from analysis.word_model import read_cue_candidates

    path = tmp_path / "candidates.txt"
    path.write_text("# words\nconflict: war shelling\ncooperation: talks\n")
    assert read_cue_candidates(path) == {"war": 1, "shelling": 1, "talks": -1}
    path.write_text("conflict: war\nhostile: raid\n")
    with pytest.raises(ValueError, match=r"candidates\.txt, line 2"):
        read_cue_candidates(path)
    path.write_text("conflict: war\ncooperation: war\n")
    with pytest.raises(ValueError, match="both sides"):
        read_cue_candidates(path)

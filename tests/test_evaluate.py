"""The evaluation's own arithmetic, on data the tests make (the real data lives outside the project)."""

import json

import pandas as pd

from analysis.evaluate import main, roc_auc, stratified_folds


def test_roc_auc_known_values():
    assert roc_auc([0.9, 0.8, 0.1, 0.2], [True, True, False, False]) == 1.0
    assert roc_auc([0.1, 0.2, 0.9, 0.8], [True, True, False, False]) == 0.0
    assert roc_auc([0.5, 0.5], [True, False]) == 0.5


def test_folds_are_stratified_disjoint_and_cover_everything():
    labels = [True] * 50 + [False] * 30
    folds = stratified_folds(labels, 5)
    assert sorted(i for f in folds for i in f) == list(range(80))
    for f in folds:
        assert sum(labels[i] for i in f) == 10


def test_missing_data_says_where_it_looked(tmp_path, capsys):
    assert main(["--data", str(tmp_path)]) == 1
    assert "un_quadclass_dev.tsv" in capsys.readouterr().err


def made_up_un(path):
    rows = []
    for i in range(40):
        rows += [(f"Troops shelled the town and killed {i} civilians.", 1),
                 (f"The ministry signed {i} cooperation agreements.", 2),
                 (f"The Council expressed deep concern at {i} violations.", 3),
                 (f"The Council welcomed {i} new partnerships.", 4), (f"Item {i} of the agenda.", 0)]
    pd.DataFrame(rows, columns=["text", "quadclass"]).to_csv(path, sep="\t", index=False)


def test_runs_end_to_end_on_small_made_up_sets(tmp_path, capsys):
    made_up_un(tmp_path / "un_quadclass_dev.tsv")
    event = {"text": "China condemned Japan.", "event": "DISAPPROVE",
             "source": [{"code": "CHN"}], "target": [{"code": "JAP"}]}
    (tmp_path / "plover_gsr_cameo.jsonl").write_text(pd.Series([event] * 3).map(json.dumps).str.cat(sep="\n"))
    assert main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "ROC AUC conflict vs cooperation" in out and "per fold" in out
    assert "precision 1.000, recall 1.000" in out


def test_held_out_file_is_scored_with_the_shipped_weights_on_both_groupings(tmp_path, capsys):
    made_up_un(tmp_path / "held.tsv")
    assert main(["--held-out", str(tmp_path / "held.tsv")]) == 0
    out = capsys.readouterr().out
    assert "conflict 1+3 vs cooperation 2+4" in out and "classes 1+2 vs 3+4" in out and "vader_auc" in out


def test_unreadable_held_out_file_is_named(tmp_path, capsys):
    (tmp_path / "bad.tsv").write_text("no such columns\n1\n")
    assert main(["--held-out", str(tmp_path / "bad.tsv")]) == 1
    assert "bad.tsv" in capsys.readouterr().err


# links24
def test_pair_figures_show_how_much_relation_is_read_into_pairs_labelled_neutral():
    from analysis.evaluate import _pair_figures

    items = [{"sentence": "China condemned Japan.", "pairs": {"CHN-JPN": "conflict"}},
             {"sentence": "Russia praised Turkey.", "pairs": {"RUS-TUR": "cooperation"}},
             {"sentence": "Trump had a great talk with Takaichi about China.",
              "pairs": {"JPN-USA": "cooperation", "CHN-JPN": "neutral", "CHN-USA": "neutral"}}]
    figures = _pair_figures(items)
    row = figures.loc["all pairs"]
    assert row["pairs"] == 3 and row["neutral_pairs"] == 2
    # the talk is the US's with Japan: China's pairs get a share of it, less than the sentence's tension
    assert 0 < row["neutral_abs_pair"] < row["neutral_abs_sentence"]


def test_held_back_figures_score_labelled_sentences_and_their_pairs():
    from analysis.evaluate import held_back_figures
    from analysis.tension import default_lexicon

    items = [{"id": "a", "sentence": "China condemned Japan.", "sentence_label": "conflict",
              "pairs": {"CHN-JPN": "conflict"}},
             {"id": "b", "sentence": "Russia praised Turkey.", "sentence_label": "cooperation",
              "pairs": {"RUS-TUR": "cooperation"}},
             {"id": "c", "sentence": "It rained in Paris.", "sentence_label": "neutral", "pairs": {}}]
    figures, pairs = held_back_figures(items, default_lexicon())
    assert figures["sentences"] == 3 and figures["sided"] == 2
    assert figures["tension_auc"] == 1.0 and figures["neutral_zero"] == 1.0
    assert pairs.loc["all pairs", "pairs"] == 2 and pairs.loc["all pairs", "per_pair_auc"] == 1.0

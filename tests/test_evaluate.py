"""The evaluation's own arithmetic, on data the tests make (the real data lives outside the project)."""

import pandas as pd
import pytest

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


def test_runs_end_to_end_on_small_made_up_sets(tmp_path, capsys):
    pytest.importorskip("sklearn")
    rows = []
    for i in range(40):
        rows += [(f"Troops shelled the town and killed {i} civilians.", 1),
                 (f"The ministry signed {i} cooperation agreements.", 2),
                 (f"The Council expressed deep concern at {i} violations.", 3),
                 (f"The Council welcomed {i} new partnerships.", 4), (f"Item {i} of the agenda.", 0)]
    pd.DataFrame(rows, columns=["text", "quadclass"]).to_csv(tmp_path / "un_quadclass_dev.tsv", sep="\t", index=False)
    event = {"text": "China condemned Japan.", "event": "DISAPPROVE",
             "source": [{"code": "CHN"}], "target": [{"code": "JAP"}]}
    (tmp_path / "plover_gsr_cameo.jsonl").write_text(pd.Series([event] * 3).map(__import__("json").dumps).str.cat(sep="\n"))
    assert main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "ROC AUC conflict vs cooperation" in out and "per fold" in out
    assert "precision 1.000, recall 1.000" in out

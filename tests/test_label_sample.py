"""scripts/draw_label_sample.py: a fresh sample to label skips every labelled sentence and carries what the labeller
needs (labels/GUIDELINES.md)."""

import json

from scripts.draw_label_sample import draw, labelled_sentences


def test_a_fresh_sample_skips_labelled_sentences_and_lists_actors_and_pairs(tmp_path):
    corpus = tmp_path / "news.jsonl"
    docs = [{"date": "2024-05-01", "title": "t", "source": "s", "text": "China condemned Japan. It rained in Paris today."},
            {"date": "2024-05-02", "title": "t", "source": "s", "text": "Russia praised Turkey for its mediation."},
            {"date": "2024-05-03", "title": "t", "source": "s", "text": "Floods hit the north of the region again."}]
    corpus.write_text("\n".join(json.dumps(d) for d in docs), encoding="utf-8")
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "old.jsonl").write_text(json.dumps({"sentence": "Russia praised Turkey for its mediation."}) + "\n")
    skip = labelled_sentences(labels)
    items = draw(corpus, n_pairs=5, n_single=5, seed=1, skip=skip)
    by_sentence = {i["sentence"]: i for i in items}
    assert "Russia praised Turkey for its mediation." not in by_sentence
    assert by_sentence["China condemned Japan."]["pairs"] == ["CHN-JPN"]
    assert by_sentence["China condemned Japan."]["actors"] == ["CHN:China", "JPN:Japan"]
    assert by_sentence["Floods hit the north of the region again."]["pairs"] == []
    assert len({i["id"] for i in items}) == len(items)

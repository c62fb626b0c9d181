"""geo.app.reader: an article laid out for reading as an ArticleView."""

from __future__ import annotations

import pytest
from _app_fixtures import make_corpus

from geo.app.index import index_corpus
from geo.app.reader import ArticleView, PlaceCount, article_reader


@pytest.fixture
def index():
    return index_corpus(make_corpus())


def test_reader_marks_mentions_and_furniture(index):
    doc = article_reader(index, "a1")
    assert isinstance(doc, ArticleView)
    assert doc.title == "Border work in Điện Biên"
    assert [p.furniture for p in doc.paragraphs] == [False, False, False, True, True]
    assert doc.paragraphs[0].title is True
    assert doc.paragraphs[1].html.count("<mark") == 2
    assert doc.places[0] == PlaceCount("post:tay-trang", "Tây Trang Border Post", "border_post",
                                       2)
    hidden = article_reader(index, "a1", show_furniture=False)
    assert len(hidden.paragraphs) == 3


def test_reader_escapes_title_text(index):
    doc = article_reader(index, "b2")
    assert doc.title == "<script>alert('t')</script>"  # raw: the page escapes or st.html's it
    assert all("<script" not in p.html for p in doc.paragraphs)


def test_reader_unknown_article_is_a_key_error(index):
    with pytest.raises(KeyError):
        article_reader(index, "nope")


def test_reader_opened_on_a_passage_marks_its_paragraph_and_mention(index):
    # "In 2024 the Tây Trang post held 12 patrols." is the third paragraph
    # (title, "Guards of ...", this one): the second Tây Trang of the text
    text = index.articles["a1"].text
    start = text.index("Tây Trang", text.index("In 2024"))
    doc = article_reader(index, "a1", focus=(start, start + len("Tây Trang")))
    assert [p.focus for p in doc.paragraphs] == [False, False, True, False, False]
    focused = doc.paragraphs[2].html
    assert focused.count('<mark class="geo-mention geo-focus-mention"') == 1
    assert "In 2024 the " in focused
    assert all("geo-focus-mention" not in p.html for p in doc.paragraphs if not p.focus)


def test_reader_keeps_a_furniture_passage_it_was_opened_on(index):
    # furniture hidden, but the passage asked for ("Tây Trang teaser.") stays
    text = index.articles["a1"].text
    start = text.index("Tây Trang teaser")
    doc = article_reader(index, "a1", show_furniture=False, focus=(start, start + 9))
    assert [(p.furniture, p.focus) for p in doc.paragraphs][-1] == (True, True)
    assert len(doc.paragraphs) == 4

"""Text → Article: title, date, dateline, byline, body and furniture."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from geo.model import Article, Span
from geo.reading import _furniture as fur
from geo.reading.articles import body_text, in_body, parse_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
INPUTS = Path(__file__).resolve().parent / "data" / "inputs"

DBP = "Điện Biên Phủ newspaper (English edition)"

# Expected parts of the five seed pages, read off the files by hand.
SEED_CASES = [
    pytest.param(
        "000_dedc6cf91859ad52",
        dict(
            title="Building firm whole people’s border defense posture in Điện Biên",
            date=None,
            byline="Hà Linh",
            dateline="ĐBP -",
            body_starts="Building strong relationship with the people",
            body_ends="security issues based on nearly 2,500 reports.",
            in_body=["Si Pha Phìn Border Post", "five border markers (from markers 107 to 111)",
                     "Border guards from the Tây Trang International Border Post assist",
                     "Building a firm whole people’s border defense posture"],
            not_in_body=["Háng Pu Xi village", "Hà Linh", "You have 500/500 characters left",
                         "New face of Pú Nhung", "Rạng Đông", "SOCIAL AFFAIRS -"],
        ),
        id="000",
    ),
    pytest.param(
        "001_ecd96f9a6b292574",
        dict(
            title="Điện Biên border guards practice “good mass mobilization”",
            date=None,
            byline="Hà Linh",
            dateline="ĐBP -",
            body_starts="Without loud slogans or superficial gestures",
            body_ends="helping build a solid people’s defense at the nation’s gateway.",
            in_body=["Pa Xa Lào village, Thanh Yên commune",
                     "Troops at the Sen Thượng Border Post guide locals in livestock care.",
                     "Senior Colonel Phan Văn Hóa, Commander of the provincial"],
            not_in_body=["Please enter 5 or more characters!!!", "Recent news",
                         "The people’s consensus"],
        ),
        id="001",
    ),
    pytest.param(
        "002_f447b384136a2931",
        dict(
            title="Firmly safeguarding national sovereignty and border security",
            date=None,
            byline="Senior Colonel Phan Văn Hóa",
            dateline="ĐBP -",
            body_starts="As the core and specialized force in managing",
            body_ends="peaceful, friendly, stable, cooperative, and prosperous.",
            in_body=["Conducted 2,650 patrols with 27,803 personnel",
                     "A joint patrol between the A Pa Chải Border Post and Mengzi"],
            not_in_body=["Senior Colonel Phan Văn Hóa",
                         "Commander of the Điện Biên provincial Border Guard Command",
                         "Early Tết shopping on online markets", "ECONOMY -"],
        ),
        id="002",
    ),
    pytest.param(
        "003_6e08b6e2bc4add28",
        dict(
            title="Dien Bien Provincial Border Guard promotes its core role in building robust "
                  "all-people border defence",
            date="2024-08-15",
            byline="Commander of the PBG of Dien Bien",
            dateline=None,
            body_starts="Building strong all-people border defence represents",
            body_ends="friendship, stability, cooperation, and development.",
            in_body=["Na Bung Border Guard Post and the militia and self-defence force (photo:",
                     "Resolution 33-NQ/TW dated 28 September 2018"],
            not_in_body=["Friday, September 20, 2024", "Thursday, August 15, 2024",
                         "Commander of the PBG of Dien Bien", "Your Comment (0)"],
        ),
        id="003",
    ),
    pytest.param(
        "004_254c39c735b64e9a",
        dict(
            title="Building the Điện Biên provincial Military Party Committee to be pure, strong, "
                  "“outstanding and exemplary”",
            date=None,
            byline="Comrade Trần Quốc Cường",
            dateline="ĐBP -",
            body_starts="Điện Biên is a mountainous, border province in the Northwest",
            body_ends="and effectively organize social security activities.",
            in_body=["Comrade Trần Quốc Cường chairs a meeting of the provincial Military Party "
                     "Committee. File photo", "flash floods in Mường Pồn"],
            not_in_body=["Member of the Party Central Committee, Secretary of the provincial",
                         "Spring comes to Điện Biên - Faith from the Congress"],
        ),
        id="004",
    ),
]


def _seed(stem: str) -> Article:
    path = SEEDS / f"{stem}.txt"
    return parse_article(path.read_text(encoding="utf-8"), article_id=stem, path=str(path))


def _occurrences(text: str, phrase: str) -> list[int]:
    out, pos = [], text.find(phrase)
    while pos >= 0:
        out.append(pos)
        pos = text.find(phrase, pos + 1)
    return out


@pytest.mark.parametrize(("stem", "expected"), SEED_CASES)
def test_seed_parts(stem, expected):
    a = _seed(stem)
    assert a.title == expected["title"]
    assert a.text[a.title_span.start:a.title_span.end] == expected["title"]
    assert a.date == expected["date"]
    assert a.byline == expected["byline"]
    if expected["dateline"] is None:
        assert a.dateline is None
    else:
        assert a.text[a.dateline.start:a.dateline.end] == expected["dateline"]
    body = body_text(a)
    assert body.startswith(expected["body_starts"])
    assert body.endswith(expected["body_ends"])
    for phrase in expected["in_body"]:
        starts = _occurrences(a.text, phrase)
        assert starts, phrase
        assert all(in_body(a, s, s + len(phrase)) for s in starts), phrase
    for phrase in expected["not_in_body"]:
        starts = _occurrences(a.text, phrase)
        assert starts, phrase
        assert not any(in_body(a, s, s + len(phrase)) for s in starts), phrase


@pytest.mark.parametrize("stem", [p.values[0] for p in SEED_CASES])
def test_seed_furniture_is_outside_body_and_complete(stem):
    a = _seed(stem)
    furniture = "\n".join(a.text[s.start:s.end] for s in a.furniture)
    after_body = a.text[a.body.end:]
    for marker in ("Comment", "You have 500/500 characters left",
                   "Please enter 5 or more characters!!!", "Recent news"):
        if marker in after_body:
            assert marker in furniture
    # every teaser (its own "ĐBP -" lead) is furniture
    for pos in _occurrences(a.text, "ĐBP - ")[1:]:
        assert not a.in_body(pos, pos + 3)
        assert any(s.start <= pos < s.end for s in a.furniture)
    assert "characters left" not in body_text(a)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) + sorted(INPUTS.glob("*.txt")),
                         ids=lambda p: p.name)
def test_spans_are_consistent(path):
    text = path.read_text(encoding="utf-8")
    a = parse_article(text, article_id=path.stem)
    assert a.text is text
    spans = sorted(a.furniture, key=lambda s: s.start)
    assert list(a.furniture) == spans
    for prev, cur in zip(spans, spans[1:], strict=False):
        assert prev.end <= cur.start
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == text[s.start:s.end].strip()
    assert 0 <= a.body.start <= a.body.end <= len(text)
    assert body_text(a) == body_text(a).strip()
    if a.dateline:
        assert a.dateline.end <= a.body.start


def test_seed_003_publication_date_is_the_one_by_the_title():
    """The page's first line is the site header's date; the article's is above the title."""
    a = _seed("003_6e08b6e2bc4add28")
    assert a.date == "2024-08-15"
    first = a.text.index("Friday, September 20, 2024")
    assert any(s.start <= first < s.end for s in a.furniture)


# --- the next page of the same sites, and similar outlets -------------------


def _input(name: str) -> Article:
    path = INPUTS / name
    return parse_article(path.read_text(encoding="utf-8"), article_id=path.stem)


def test_next_page_same_site_other_teasers_and_headers():
    a = _input("next_page_dbp.txt")
    body = body_text(a)
    assert a.title == "Mường Nhé border guards keep watch over the tripoint"
    assert a.byline == "Thu Hằng"
    assert a.text[a.dateline.start:a.dateline.end] == "ĐBP -"
    assert body.startswith("At the A Pa Chải Border Post")
    assert body.endswith("through the rainy season.")
    assert "• 96 patrols with 480 personnel;" in body  # a list inside the body stays body
    assert "Officers of the A Pa Chải Border Post on patrol near marker 0." in body  # caption
    for gone in ("Tủa Chùa", "Nậm Pồ", "1000/1000", "Related news", "Thu Hằng", "ECONOMY"):
        assert gone not in body


def test_similar_outlet_markdown_byline_date_inline_furniture_tags_share():
    a = _input("similar_outlet.md")
    body = body_text(a)
    assert a.title == "Border trade picks up at Tây Trang gate"
    assert a.text[a.title_span.start:a.title_span.end] == a.title  # "# " is not title
    assert a.byline == "Nguyễn Minh Anh"
    assert a.date == "2024-08-15"
    assert a.text[a.dateline.start:a.dateline.end] == "ĐIỆN BIÊN (VNA) –"
    assert body.endswith("grow further next year.")
    assert "(Photo: VNA)" in body
    read_more = a.text.index("Read more: Điện Biên plans")
    assert a.body.start < read_more < a.body.end
    assert not a.in_body(read_more, read_more + 20)
    assert in_body(a, a.text.index("Na Ư commune"))
    for gone in ("Tags:", "Facebook", "Lai Châu", "Most read"):
        assert gone not in body


def test_signature_without_furniture():
    a = _input("plain_with_signature.txt")
    assert a.byline == "Colonel Nguyễn Văn Bình"
    assert body_text(a).endswith("40 meetings with local people last year.")
    assert "Political Commissar" not in body_text(a)


def test_teasers_without_a_header_are_furniture():
    a = _input("teasers_without_header.txt")
    assert a.byline == "Hà Linh"
    assert body_text(a).endswith("The festival lasted three days.")
    assert "Nậm Kè" not in body_text(a)


def test_a_caption_above_the_dateline_is_no_body():
    # added 2026-12-04 (eighth session), after round 44's first sight: an IRIN page puts the
    # photo's credit and caption between the headline and the dateline
    a = parse_article(
        "IRIN Asia | Humanitarian news and analysis\n\nVIETNAM: Rising water squeezes "
        "minorities\n\nPhoto: Nguyen Thu/IRIN\nCaption: A Hmong family outside their new "
        "house above Muong Lay\n\nHANOI/MUONG NHE, 3 April 2008 (IRIN) - When the Da River "
        "rises, most of Muong Lay town will disappear.\n\nOfficials plan new lives for 1,200 "
        "families.\n", article_id="a")
    assert body_text(a).startswith("When the Da River rises")
    assert "Hmong family" not in body_text(a)
    assert a.date == "2008-04-03"


def test_a_hard_wrapped_first_sentence_is_body_not_a_short_line_of_furniture():
    # twenty-fourth session, round 180: an aggregator's copy wraps every line at 55
    # characters; the first line of the text is short, but its sentence goes on below
    a = parse_article(
        "VOV.VN  >  Society\nDien Bien, Phongsaly survey site for new border\ngate pair\n"
        "Updated: Friday, 10:20, 25/08/2017\n\nVOV.VN - Authorities of Vietnam's Dien Bien "
        "province\nand Laos' Phongsaly province on August 24 conducted a\nbilateral survey of "
        "the Na Bung - Lao Phu Chai border\ncrossing.\n\nThe survey team inspected the planned "
        "site in Na Bung commune,\nabout 2 km from the border line.\n", article_id="a")
    assert body_text(a).startswith("Authorities of Vietnam's Dien Bien province")
    assert a.date == "2017-08-25"


def test_a_pages_source_over_its_dated_line_is_head_not_body():
    # twenty-fourth session, round 181: a provincial department's page puts its own name in
    # italics between the title and "Posted: ... · section"; the text starts after both
    a = parse_article(
        "[Home](/) · [News](/news)\n\n# Phongsaly presents aid to flood victims in Dien Bien\n\n"
        "*Phongsaly Provincial Department of Information, Culture and Tourism*\n"
        "*Posted: 11/08/2025 · News / External relations*\n\n---\n\nA delegation of Phongsaly "
        "province handed over 10 tonnes of rice to flood victims in Dien Bien.\n",
        article_id="a")
    assert body_text(a).startswith("A delegation of Phongsaly province")
    assert a.date == "2025"  # 11/08 reads both ways: only the year is sure


def test_a_wikis_see_also_and_references_are_furniture():
    # added 2026-12-04 (eighth session), after round 43's first sight: a wiki page copied with
    # its "[edit]" links
    a = parse_article(
        "A Pa Chải border gate\nFrom Wikipedia, the free encyclopedia\n\nA Pa Chải border gate "
        "is a border crossing in Sín Thầu commune, Điện Biên province.\n\nHistory [edit]\nA "
        "market was opened beside marker 3 in 2011.\n\nSee also [edit]\n Tây Trang "
        "International Border Gate\n Mường Nhé district\n\nReferences [edit]\n 1. \"Chợ ngã "
        "ba biên giới A Pa Chải\". 2013.\n", article_id="a")
    assert body_text(a).endswith("beside marker 3 in 2011.")


def test_a_newsletters_contents_line_is_furniture():
    # added 2026-12-04 (eighth session), after round 43's first sight
    a = parse_article(
        "ĐIỆN BIÊN EXTERNAL INFORMATION BULLETIN\nMonthly English digest of the Department of "
        "Foreign Affairs | Issue 10/2020 | Published 30/10/2020\n\n"
        "In this issue: Sen Thượng · Si Pa Phìn · Mường Mươn\n\nFrom the editor\n\nOctober "
        "brought the first cold mornings to the high border, where guards keep 78 checkpoints "
        "running.\n\nOn 21 October, officers of the Sen Thượng Border Post patrolled 4.2 km of "
        "the border.\n", article_id="a")
    assert "In this issue" not in body_text(a)
    assert "Sen Thượng Border Post patrolled" in body_text(a)


# --- odd text ---------------------------------------------------------------


def test_crlf_and_nfd_give_the_same_parts():
    text = (SEEDS / "000_dedc6cf91859ad52.txt").read_text(encoding="utf-8")
    plain = parse_article(text, article_id="x")
    for variant in (text.replace("\n", "\r\n"), unicodedata.normalize("NFD", text)):
        a = parse_article(variant, article_id="x")
        assert a.text is variant
        assert a.byline == plain.byline
        assert unicodedata.normalize("NFC", body_text(a).replace("\r\n", "\n")) == body_text(plain)
        assert len(a.furniture) == len(plain.furniture)


def test_zero_width_nbsp_and_curly_quotes_in_furniture_lines():
    text = ("A title\n\nĐBP\u00a0- The body sentence with “curly” quotes\u200b.\n\n"
            "\u200bHà\u00a0Linh\nComment\u200b\n\nYou have 500/500\u00a0characters left\n\n"
            "Recent\u00a0news\n\n  • 'Other story\n\n    SOCIAL AFFAIRS -\n    ĐBP - Teaser.\n")
    a = parse_article(text, article_id="x")
    assert body_text(a) == "The body sentence with “curly” quotes\u200b."
    assert a.byline == "Hà Linh"
    assert a.text[a.dateline.start:a.dateline.end] == "ĐBP\u00a0-"


def test_empty_and_title_only_texts_have_empty_body_and_warning():
    for text in ("", "Just a title\n"):
        a = parse_article(text, article_id="t")
        assert a.body.start == a.body.end
        assert a.warnings and "no article body" in a.warnings[0]


def test_long_single_line_is_body_not_title():
    text = "word " * 200_000
    a = parse_article(text, article_id="long")
    assert a.title is None
    assert body_text(a) == text.strip()


def test_meta_wins_and_differing_date_is_noted():
    text = (SEEDS / "003_6e08b6e2bc4add28.txt").read_text(encoding="utf-8")
    a = parse_article(text, article_id="003", meta={"title": "T", "outlet": "O",
                                                     "date": "2024-08-16"})
    assert (a.title, a.outlet, a.date) == ("T", "O", "2024-08-16")
    assert any("differs" in w for w in a.warnings)
    b = parse_article(text, article_id="003", meta={"title": "", "date": ""})
    assert b.title.startswith("Dien Bien Provincial") and b.date == "2024-08-15"


def test_in_body_helper_single_offset():
    a = Article(id="x", text="0123456789", body=Span(2, 8), furniture=(Span(4, 5),))
    assert in_body(a, 2) and in_body(a, 7) and not in_body(a, 8) and not in_body(a, 1)
    assert not in_body(a, 4) and not in_body(a, 3, 5)


# --- line classifiers: valid and invalid inputs -----------------------------

DATE_LINES = [
    # a weekly's issue of several days is dated by its first day (round 179)
    ("Issue No. 52, July 7 - 9, 1998", "1998-07-07"),
    ("7-9 July 1998", "1998-07-07"),
    ("Issue No. 114, March 3, 2004", "2004-03-03"),
    ("Vol. 3, No. 41 -- June 14-20, 1996", "1996-06-14"),
    ("Friday, September 20, 2024, 08:32 (GMT+7)", "2024-09-20"),
    ("Thursday, August 15, 2024, 09:13 (GMT+7)", "2024-08-15"),
    ("15/08/2024 09:13", "2024-08-15"),
    ("Thursday, 15/08/2024 09:13 GMT+7", "2024-08-15"),
    ("August 15, 2024", "2024-08-15"),
    ("15 August 2024", "2024-08-15"),
    ("Updated: 2024-08-15", "2024-08-15"),
    ("Aug. 15, 2024 9:13 am", "2024-08-15"),
]
NOT_DATE_LINES = ["On November 8, comrade Mùa A Vảng", "2021-2026 term", "31/02/2024",
                  "Directive 01/CT-TTg", "Comment", "August 2024",
                  "Feb 30-31, 2001", "Issue No. 52, 1998"]


@pytest.mark.parametrize(("line", "iso"), DATE_LINES)
def test_date_lines(line, iso):
    assert fur.parse_date_line(line) == iso


@pytest.mark.parametrize("line", NOT_DATE_LINES)
def test_not_date_lines(line):
    assert fur.parse_date_line(line) is None


FURNITURE = ["Comment", "Comments", "Your Comment (0)", "You have 500/500 characters left",
             "You have 1000/1000 characters left", "Please enter 5 or more characters!!!",
             "Recent news", "Related news", "Latest news", "Most read", "Most viewed news",
             "Related articles", "Other news", "Read more", "See also", "Tags: border, Laos",
             "Tags", "Share", "Share this article", "Facebook", "Print", "Copyright © 2024",
             "Leave a comment", "3 comments",
             "Like us on Facebook or follow us on Twitter to get the latest news about Vietnam!",
             "Follow us on Zalo for more border news",
             # a printed page's other stories (sixteenth session, round 119)
             "ALSO ON THIS PAGE", "Also in this issue",
             # ... and "in this section" (twentieth session, round 131: a VNS archive page)
             "Other stories in this section", "More news from this category"]
NOT_FURNITURE = ["Where there are people, there are border guards",
                 "Comment on the draft law was collected from 300 people.",
                 "Recent years have seen progress", "Deep bond between soldiers and people",
                 "Share of households in poverty fell to 30%.", "Hà Linh",
                 "Diverse models to support people",
                 "Follow-up visits to the families were made by the post.",
                 "Other stories in this section tell of the 1979 war on the border."]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines(line):
    assert fur.is_furniture_start(fur.line_key(line))


@pytest.mark.parametrize("line", NOT_FURNITURE)
def test_not_furniture_lines(line):
    assert not fur.is_furniture_start(fur.line_key(line))


NAMES = ["Hà Linh", "Senior Colonel Phan Văn Hóa", "Comrade Trần Quốc Cường", "By Hà Linh",
         "Thu Hằng (VNA)", "Lieutenant Colonel Vũ Văn Cảnh", "Hà Linh - Thu Hằng",
         "Hoàng Minh/VOV-Northwest", "Minh Thuy / VOV Northwest",
         # with the writer's role (eleventh session, round 59's Nikkei page)
         "KENJI SATO, Nikkei staff writer", "Jane Doe, Post reporter",
         "Rebecca Ratcliffe, South-east Asia correspondent"]
NOT_NAMES = ["Where there are people, there are border guards", "Outstanding results include:",
             "Comment", "Diverse models to support people", "Deep bond between soldiers and people",
             "Building a firm whole people’s border defense posture", "Hà Linh.",
             "Imports/exports rose sharply this year.", "Senior reporter", "The reporter"]


@pytest.mark.parametrize("line", NAMES)
def test_name_lines(line):
    assert fur.is_name_line(fur.line_key(line))


@pytest.mark.parametrize("line", NOT_NAMES)
def test_not_name_lines(line):
    assert not fur.is_name_line(fur.line_key(line))


@pytest.mark.parametrize(("line", "token"), [
    ("ĐBP - The collective economy", "ĐBP -"), ("    ĐBP - Teaser", "ĐBP -"),
    ("(VNA) - Goods", "(VNA) -"), ("HÀ NỘI — The", "HÀ NỘI —"),
    # a wire's day, year and agency (added 2026-12-04, after round 41's first sight)
    ("HANOI, Oct 14, 2008 (AFP) - Vietnamese border guards", "HANOI, Oct 14, 2008 (AFP) -"),
    ("KUNMING, June 3 (Xinhua) -- China", "KUNMING, June 3 (Xinhua) --"),
    # two places and a day-first date (added 2026-12-04, eighth session, after round 44)
    ("HANOI/MUONG NHE, 3 April 2008 (IRIN) - When the Da River",
     "HANOI/MUONG NHE, 3 April 2008 (IRIN) -"),
    # the country, then the day (added 2026-12-04, tenth session, after round 52: AFP)
    ("DIEN BIEN PHU, Vietnam, May 6 (AFP) - Half a century after",
     "DIEN BIEN PHU, Vietnam, May 6 (AFP) -"),
    ("NA BUNG, Vietnam (Reuters) - Border guards", "NA BUNG, Vietnam (Reuters) -"),
    # RFA's em dash glued to both words (sixteenth session, round 119)
    ("HANOI—Ethnic Hmong parents in a remote corner", "HANOI—"),
])
def test_datelines(line, token):
    start, end, _ = fur.match_dateline(line)
    assert line[start:end] == token


@pytest.mark.parametrize("line", ["Hà Nội - the capital", "COVID-19 - a disease", "A - b",
                                  "Điện Biên is a mountainous, border province", "ĐBP -"])
def test_not_datelines(line):
    assert fur.match_dateline(line) is None


@pytest.mark.parametrize(("line", "token"), [
    # a place in title case opening the first paragraph, maybe with its country (UN Women,
    # IOM, CARE; sixteenth session, rounds 75, 101, 107: the golds call it a dateline)
    ("Dien Bien, Viet Nam — Lo Thi Hien was 19 when a woman she met at the market offered",
     "Dien Bien, Viet Nam —"),
    ("Dien Bien – When Mua Thi Chia, 19, was handed back by Chinese police at the gate",
     "Dien Bien –"),
    ("Điện Biên, Vietnam – Ten days after a flash flood tore through Háng Pu Xi village",
     "Điện Biên, Vietnam –"),
])
def test_a_lead_opens_on_a_title_case_dateline(line, token):
    start, end, _ = fur.match_dateline(line, lead=True)
    assert line[start:end] == token
    assert fur.match_dateline(line) is None  # elsewhere in a page, a line like any


@pytest.mark.parametrize("line", [
    "The Tây Trang – Pang Hốc border gate pair handled 214,000 passengers this year.",
    "Dien Bien - When Mua Thi Chia, 19, was handed back by Chinese police at the gate",
    "Dien Bien – a mountainous province",
    "Mường Nhé district – where most of the cardamom grows – sold 118 tonnes last year.",
])
def test_a_lead_opening_on_no_title_case_dateline(line):
    assert fur.match_dateline(line, lead=True) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("SOCIAL AFFAIRS -", True), ("NEWS - POLITICS -", True), ("CULTURE - TOURISM -", True),
    ("BUSINESS -", True), ("XÃ HỘI -", True), ("Business -", False), ("ĐBP - Text", False),
    ("2021 - 2025", False),
])
def test_section_labels(line, expected):
    assert fur.is_section_label(line) is expected


# --- a page saved badly: masthead over the menu, a headline box inside the body ---------

_PARA_1 = ("On January 13, the Pa Thơm Border Post presented 215 gifts to poor households in "
           "three villages of Thanh Yên commune, each with rice, oil and a warm blanket.")
_PARA_2 = ("Soldiers and villagers also wrapped 400 square sticky rice cakes together at the "
           "post's headquarters, a tradition the unit has kept for more than ten years.")
_PARA_3 = ("On the same day, the Tây Trang International Border Gate Border Post presented 120 "
           "gifts to households in Ka Hâu village, Sam Mứn commune.")


def test_masthead_menu_and_share_line_are_not_title_or_body():
    text = ("ĐIỆN BIÊN PHỦ NEWSPAPER - ENGLISH EDITION\nHome | Politics | Border | Photo\n"
            "Published: 14/01/2026 08:10\n\nPa Thơm Border Post brings an early Tết\n\n"
            f"Share: Facebook | Zalo | Print\n\nĐBP - {_PARA_1}\n")
    a = parse_article(text, article_id="x")
    assert a.title == "Pa Thơm Border Post brings an early Tết"
    assert (a.date, a.date_source) == ("2026-01-14", "text:published")
    assert a.text[a.dateline.start:a.dateline.end] == "ĐBP -"
    assert body_text(a).startswith("On January 13")


def test_an_upper_case_title_over_its_text_stays_the_title():
    a = parse_article(f"BORDER GUARDS BRING TẾT TO VILLAGES\n\n{_PARA_1}\n", article_id="x")
    assert a.title == "BORDER GUARDS BRING TẾT TO VILLAGES"


def test_a_headline_box_inside_the_body_is_furniture_and_the_body_goes_on():
    box = ("MOST READ\n1. Mường Nhé farmers earn big from cardamom season\n"
           "2. Sín Thầu commune completes 300 houses for the poor\n")
    text = (f"Pa Thơm post brings an early Tết\n\n{_PARA_1}\n\n{box}\n{_PARA_2}\n\n{_PARA_3}\n\n"
            "Tags: Dien Bien, border guard\n\nRELATED NEWS\nBorder guards seize heroin\n")
    a = parse_article(text, article_id="x")
    body = a.text[a.body.start:a.body.end]
    assert body.startswith("On January 13") and body.endswith("Sam Mứn commune.")
    at = text.index("Mường Nhé")
    assert not in_body(a, at, at + len("Mường Nhé"))  # the box is furniture
    assert in_body(a, text.index("Ka Hâu"))
    assert "Sín Thầu" not in body_text(a)


def test_a_related_news_list_with_teasers_still_ends_the_body():
    teaser = ("Officers of the Mường Mươn Border Post arrested two people transporting 2.5 kg "
              "of heroin near marker 82, close to the border with Laos.")
    text = (f"Pa Thơm post brings an early Tết\n\n{_PARA_1}\n\n{_PARA_2}\n\nRELATED NEWS\n"
            f"Border guards seize 2.5 kg of heroin\n{teaser}\n\nMường Lay hosts a festival\n"
            f"{teaser}\n")
    a = parse_article(text, article_id="x")
    assert a.text[a.body.start:a.body.end].endswith("more than ten years.")
    assert not in_body(a, text.index("Mường Mươn"))


_LEAD = ("Border guards in the northwestern province of Điện Biên have dismantled three "
         "cross-border drug trafficking rings since early October, seizing 24 kg of heroin.")


@pytest.mark.parametrize(("head", "title", "date"), [
    # the outlet's name over a long menu, then the section as a path
    ("VietnamPlus\nHome | Politics | Business | Society | World | Sci-Tech | Travel | Video\n"
     "Society / Law\n\nĐiện Biên border guards bust three drug rings\n\n"
     "Updated: 16/10/2025 18:42\n\nĐiện Biên (VNA) – ", "Điện Biên border guards bust three "
     "drug rings", "2025-10-16"),
    # the outlet's name, then its section word, then the title
    ("Viet Nam News\nEconomy\n\nTrade through Tay Trang border gate rebounds\n\n"
     "Tuesday, March 14, 2023 10:32\n\nDIEN BIEN — ", "Trade through Tay Trang border gate "
     "rebounds", "2023-03-14"),
    ("VOV.VN\nSociety\n\nBorder guards bring new homes to Điện Biên villages\n\nVOV.VN - ",
     "Border guards bring new homes to Điện Biên villages", None),
    # the outlet's credit between the date and the text
    ("Dien Bien border guards rescue seven Vietnamese\n\nThursday, May 16, 2024 16:05 GMT+7\n"
     "Tuoi Tre News\n\n", "Dien Bien border guards rescue seven Vietnamese", "2024-05-16"),
])
def test_outlet_names_sections_and_credits_around_the_title(head, title, date):
    a = parse_article(head + _LEAD + "\n", article_id="x")
    assert (a.title, a.date) == (title, date)
    assert body_text(a).endswith(_LEAD) and len(body_text(a)) < len(_LEAD) + 20


def test_page_footers_and_running_headers_of_a_pdf_are_furniture():
    para = ("The border area comprises 29 communes in four districts with 41,260 households "
            "and 203,500 people of 11 ethnic groups, mainly Mông, Thái and Khơ Mú.")
    text = ("REPORT\nResults in the border communes of Dien Bien province\n\n"
            f"{para}\n\nDien Bien Provincial People's Committee — Page 1 of 3\n\n"
            f"No. 2846/BC-UBND\n{para}\n\nDien Bien Provincial People's Committee — Page 2 of 3"
            f"\n\nNo. 2846/BC-UBND\n{para}\n\n- 3 -\n\nNo. 2846/BC-UBND\n{para}\n")
    a = parse_article(text, article_id="x")
    assert body_text(a).count("mainly Mông") == 4
    for needle in ("Page 1 of 3", "Page 2 of 3", "- 3 -"):
        assert not in_body(a, text.index(needle))
    assert all(not in_body(a, i) for i in range(len(text))
               if text.startswith("No. 2846", i))



# --- pages as tools save them (round 7): a browser's copy, Markdown, a scraper's dump ----

_LEAD7 = ("Border guards in the northern mountainous province of Điện Biên have broken up a "
          "line trafficking synthetic drugs from Laos, the provincial command said.")


@pytest.mark.parametrize(("page", "title", "date"), [
    # a browser's copy: the site's menu one item a line, the sapo, then the date and buttons
    ("Skip to main content\nVietnamPlus\nHotline: 0919 411 881\nTiếng Việt\nHome\nPolitics\n"
     "Society\nLaw\nĐiện Biên border guards dismantle a drug line from Laos\n\n"
     f"{_LEAD7}\n\nUpdated: 18/09/2025 15:27\nFacebook\nZalo\n\n{_LEAD7}\n",
     "Điện Biên border guards dismantle a drug line from Laos", "2025-09-18"),
    ("Skip to main content\nĐIỆN BIÊN PHỦ NEWSPAPER - ENGLISH EDITION\nSearch...\nHOME\n"
     "SOCIAL AFFAIRS\nHOME  /  NEWS - POLITICS\nBorder guards bring cows and roads to "
     "villages\nThursday, 13/11/2025 | 08:27 GMT+7\nShare\nFacebook\nCopy link\n"
     f"Font size  A-  A+\n\nĐBP - {_LEAD7}\n", "Border guards bring cows and roads to villages",
     "2025-11-13"),
    # Markdown: a logo, a menu of links, the heading, a bold byline and a VNS date
    ("[![Viet Nam News](https://vietnamnews.vn/logo.png)](https://vietnamnews.vn/)\n\n"
     "* [Politics](https://vietnamnews.vn/politics)\n* [Economy](https://vietnamnews.vn/e)\n\n"
     "# Trade through Dien Bien's border gates rises 21 per cent\n\n**By Tùng Lâm**\n\n"
     f"**Update:** October, 08/2025 - 09:14\n\n{_LEAD7}\n",
     "Trade through Dien Bien's border gates rises 21 per cent", "2025-10-08"),
    # a scraper's dump: fields, a separator, the page's own chrome
    ("=== META ===\nsource_url: https://laotiantimes.com/a\nog:title: Phongsaly and Dien Bien "
     "agree\narticle:published_time: 2025-12-04T16:05:22+07:00\nextractor: trafilatura\n"
     "=== TEXT ===\nLaos News\nHome » Laos » Phongsaly and Dien Bien agree on the border\n"
     "Phongsaly and Dien Bien agree on the border\nBy Latsamy Phonevilay\nDecember 4, 2025\n"
     f"Share Tweet WhatsApp Telegram\n\n{_LEAD7}\n",
     "Phongsaly and Dien Bien agree on the border", "2025-12-04"),
    # reader mode: the site, a bare byline, the date, a reading time
    ("Border guards give children a proper school\nvovworld.vn\nThu Hằng\n"
     f"Thursday, 12 September 2024 | 09:41\n5–6 minutes\n\n{_LEAD7}\n",
     "Border guards give children a proper school", "2024-09-12"),
])
def test_pages_as_tools_save_them_give_their_title_date_and_text(page, title, date):
    a = parse_article(page, article_id="x")
    assert (a.title, a.date) == (title, date)
    assert body_text(a).rstrip().endswith(_LEAD7)
    assert "Facebook" not in body_text(a) and "Hotline" not in body_text(a)


def test_a_byline_with_its_date_after_a_label():
    a = parse_article("Yunnan border county draws record crowds to its trade fair\n"
                      "By Global Times Published: Oct 27, 2025 09:48 PM\n\n"
                      f"{_LEAD7}\n", article_id="x")
    assert (a.date, a.byline) == ("2025-10-27", "Global Times")


def test_markdown_sections_at_the_end_are_furniture():
    page = ("# Trade through Dien Bien's border gates rises\n\n"
            f"{_LEAD7}\n\n**Tags:** [Dien Bien](https://x/tags/dien-bien) [Laos](https://x/t)\n\n"
            "### Related news\n\n* [Lao Cai border gates handle record exports](https://x/1)\n")
    a = parse_article(page, article_id="x")
    assert body_text(a).rstrip().endswith(_LEAD7)
    assert not in_body(a, page.index("Lao Cai"))


def test_a_markdown_tags_line_of_links_ends_the_body_after_the_signature():
    page = (f"# Border markers inspected\n\n{_LEAD7}\n\n**Tùng Lâm**\n\n"
            "Tags: [Điện Biên](https://en.nhandan.vn/tags/dien-bien.html) "
            "[Phongsaly](https://en.nhandan.vn/tags/phongsaly.html) "
            "[border markers](https://en.nhandan.vn/tags/border-markers.html)\n")
    a = parse_article(page, article_id="x")
    assert a.byline == "Tùng Lâm"
    assert not in_body(a, page.index("[Phongsaly]") + 1)


def test_a_wire_signature_and_read_next_teasers_end_the_body():
    text = ("Meth seizures rise on the Lao border\n\n"
            "HANOI, May 2 (Reuters) - Border guards in Dien Bien seized 1.2 tonnes of "
            "methamphetamine last year, officials said.\n\n"
            "(Reporting by Mai Lan in Hanoi; Editing by John Roe)\n\n"
            "Our Standards: The Thomson Reuters Trust Principles.\n\n"
            "Read Next\nThailand seizes pills in Chiang Rai raid\n")
    a = parse_article(text, article_id="r")
    body = body_text(a)
    assert "1.2 tonnes" in body
    assert "Reporting by" not in body and "Thailand" not in body and "Standards" not in body


# --- added 2026-12-04 (ninth session), after the first sight of round 48


def test_a_menu_with_a_slash_inside_an_item_is_a_menu_and_the_motto_over_it_no_title():
    page = ("RFA\nfree news for Asia\na service of an independent broadcaster\n\n"
            "Asia | Laos | Human Rights | Drugs/Crime | Environment\n\n"
            "LAOS: Villagers flee floods near the border\n\n"
            "Villagers in Phongsaly fled their homes on Monday after heavy rain, officials "
            "said.\n")
    a = parse_article(page, article_id="x")
    assert a.title == "LAOS: Villagers flee floods near the border"
    assert body_text(a).startswith("Villagers in Phongsaly")


def test_a_photo_caption_between_the_title_and_the_dateline_is_no_text():
    page = ("Border guards rebuild a school\n\nPhoto: Nguyen Van A/VNA\n"
            "Soldiers carry bricks up the hill to Huoi Lech village\n\n"
            "DIEN BIEN, 3 March 2015 (VNA) - Border guards in Muong Nhe have rebuilt a "
            "school for 120 pupils.\n")
    a = parse_article(page, article_id="x")
    assert body_text(a).startswith("Border guards in Muong Nhe")
    assert "Huoi Lech" not in body_text(a)


def test_a_dateline_with_the_country_and_the_agency_is_no_text():
    page = ("Meth floods the hills\n\nSIN THAU, Vietnam (AFP) - On the ridge above Sin Thau "
            "commune, border guards wait for the couriers.\n")
    a = parse_article(page, article_id="x")
    assert body_text(a).startswith("On the ridge")
    page = ("Border talk\n\nSIN THAU, Muong Nhe - the two communes met.\n")
    assert body_text(parse_article(page, article_id="y")).startswith("SIN THAU, Muong Nhe")


def test_a_deck_without_a_stop_over_the_writer_and_date_is_no_text():
    # Nikkei (round 59): headline, deck, writer with role, date, then a dateline with "--"
    page = ("Nikkei Asia\nBusiness | Economy | Politics\n\nEconomy\n\nVietnam's far northwest "
            "pins hopes on Laos and China gates\n\nDien Bien seeks Mekong money and rail links "
            "as new communes take charge of the frontier\n\nKENJI SATO, Nikkei staff writer\n"
            "September 4, 2025 11:00 JST\n\nHANOI -- When Vietnam abolished its district level "
            "of government on July 1, the border province of Dien Bien lost 10 districts.\n")
    a = parse_article(page, article_id="n")
    assert a.title == "Vietnam's far northwest pins hopes on Laos and China gates"
    assert (a.date, a.byline) == ("2025-09-04", "KENJI SATO")
    assert body_text(a).startswith("When Vietnam abolished")
    assert a.text[a.dateline.start:a.dateline.end] == "HANOI --"
    # a lead that ends a sentence stays text, though a writer and a date follow it
    lead = page.replace("of the frontier\n", "of the frontier.\n")
    assert body_text(parse_article(lead, article_id="m")).startswith("Dien Bien seeks")


def test_a_box_of_highlights_over_the_storys_own_dateline_is_text():
    # twelfth session, round 74's World Bank story: "STORY HIGHLIGHTS" bullets, then the
    # story's dateline; bullets over a dateline end the text only after the text has begun
    page = ("Clean Water Reaches Border Villages in Điện Biên\n\nJune 14, 2022\n\nSTORY "
            "HIGHLIGHTS\n\n- Six piped water schemes now serve about 21,000 people in four "
            "border districts.\n\n- Women and girls save up to two hours a day that they used "
            "to spend carrying water.\n\nĐIỆN BIÊN, June 14, 2022 – Every morning before school, "
            "Lò Thị Mai used to walk down to the stream below Pa Xa Lào village.\n\nThe scheme "
            "in Pa Thơm serves 412 households.\n")
    assert "412 households" in body_text(parse_article(page, article_id="w"))
    # ... while a list of other stories after the text still ends it
    page = ("Border guards seize opium\n\nĐBP - The Nậm Kè Border Post seized 6 kg of opium "
            "in Nậm Kè commune on Tuesday, the post said.\n\n- Floods hit Mường Nhé\n\n"
            "ĐIỆN BIÊN, June 14, 2022 – Floods cut the road to Mường Nhé.\n")
    assert "Floods" not in body_text(parse_article(page, article_id="x"))


def test_a_rule_of_dashes_is_no_list_item():
    # twelfth session, round 75's parish bulletin: a rule line, then an item's heading with a
    # dash ("MISSION SUNDAY – A LETTER FROM MƯỜNG NHÉ"): not a list of other stories
    page = ("ST BRIGID'S PARISH BULLETIN\nTwenty-Ninth Sunday in Ordinary Time (Year B) · 20 "
            "October 2024 · World Mission Sunday\n\nParish Priest: Fr Declan Murphy | Office "
            "hours Tue–Fri 9am–1pm | Weekend Masses: Sat 6pm (Vigil), Sun 8am, 10am, 5.30pm\n\n"
            + "-" * 65 + "\n\nMISSION SUNDAY – A LETTER FROM MƯỜNG NHÉ\n\nBy Margaret "
            "Tran, Sister-School Project coordinator\n\nDear parishioners,\n\nIn September I "
            "travelled for the fourth time to the remote highlands of Điện Biên, in Vietnam's "
            "far north-west, to visit the boarding school our parish has supported since "
            "2016.\n\nThe Mường Nhé Ethnic Boarding Secondary School has 412 pupils, 236 of them "
            "girls.\n")
    assert "412 pupils" in body_text(parse_article(page, article_id="p"))


def test_a_deck_over_the_writer_date_and_the_pages_links_is_no_text():
    # the Guardian of 2009 (round 70): the deck, "X in Y", the site and the date, then a
    # link ("Article history") before the text; plural writers of Nikkei
    page = ("theguardian.com\nNews | Sport | Comment | Culture | Business\n\nNews > World news "
            "> Vietnam\n\nOn the heroin trail from the Golden Triangle to Vietnam's wild west\n\n"
            "As Thailand and China tighten their borders, traffickers are turning to the forests "
            "of northern Laos\n\nHarriet Dunmore in Dien Bien Phu\nguardian.co.uk, Tuesday 17 "
            "March 2009 13.05 GMT\nArticle history\n\nAt the district police station in Muong "
            "Nhe, a row of plastic bags sits on a table. Each holds heroin seized this month.\n")
    a = parse_article(page, article_id="g")
    assert (a.date, a.byline) == ("2009-03-17", "Harriet Dunmore")
    assert body_text(a).startswith("At the district police station")
    page = ("Nikkei Asia\nPolitics | Economy | Business\n\nChina's drug crackdown in Yunnan "
            "pushes trade toward Laos and Vietnam\n\nPolice along the new railway report record "
            "hauls\n\nBy WANG YUE and KENJI NAKAMURA, Nikkei staff writers\nMarch 8, 2023 05:00 "
            "JST\n\nKUNMING, China -- For years, Yunnan was the gateway through which heroin and "
            "methamphetamine from Myanmar reached the rest of China. Now the trade is moving "
            "south and east, into Laos and Vietnam.\n")
    assert body_text(parse_article(page, article_id="k")).startswith("For years, Yunnan")


@pytest.mark.parametrize(("page", "title", "date", "starts"), [
    # an outlet's name with its motto after a dash is no dateline (round 61's CAND page)
    ("PUBLIC SECURITY NEWS - The People's Public Security of Viet Nam\nHome | Politics | "
     "Crime & Law | Society\n\nCrime & Law\n\nĐiện Biên police take the fight against drugs "
     "to the new communes\n\nMonday, 05/01/2026 09:15\n\nPSN – Six months after district "
     "police were abolished, the provincial police say the drug rings have moved.\n",
     "Điện Biên police take the fight against drugs to the new communes", "2026-01-05",
     "Six months"),
    # a portal's masthead in capitals with its English name after a dash (round 63)
    ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN - DIEN BIEN PROVINCE PORTAL\nHome | Government | "
     "Citizens | English\n\nLegal documents > Decisions of the Provincial People's Committee"
     "\n\nAllocation of 2026 capital for projects in border communes\n\n16/01/2026 08:30\n\n"
     "The Provincial People's Committee has issued a decision on the 2026 capital plan.\n",
     "Allocation of 2026 capital for projects in border communes", "2026-01-16", "The Provincial"),
    # an agency's names over its breadcrumbs; a press release's place and date (round 59)
    ("United Nations Office on Drugs and Crime\nUNODC Regional Office for Southeast Asia and "
     "the Pacific\nHome > Press releases > 2024\n\nMethamphetamine flows shift to northern "
     "Lao PDR routes, UNODC report finds\n\nBangkok (Thailand), 30 May 2024 - Methamphetamine "
     "seizures in the Mekong region reached a record 171 tonnes in 2023.\n",
     "Methamphetamine flows shift to northern Lao PDR routes, UNODC report finds", "2024-05-30",
     "Methamphetamine seizures"),
    # the writer and the photographer, then the date, in one line (round 60)
    ("VIETNAM PICTORIAL\nHome | Politics | Photo\n\nPHOTO\n\nAt the westernmost point: a day "
     "with Sín Thầu's border keepers\n\nStory: Thu Hằng - Photos: Trần Việt | 15/11/2025\n\n"
     "Sín Thầu, the commune at the western tip of Việt Nam, now covers three former communes.\n",
     "At the westernmost point: a day with Sín Thầu's border keepers", "2025-11-15", "Sín Thầu,"),
    # a report's cover: subtitle and fields under the title (round 60)
    ("HIGHLAND WATER PARTNERSHIP\nClean Water and Hygiene for Border Villages, Dien Bien "
     "Province\nMid-term progress report (Phase II)\n\nReporting period: 1 January - 30 June "
     "2024\nSubmitted to the donor: 22 July 2024\nPrepared by: Programme team, field office"
     "\n\nPhase II of the project brings gravity-fed water to remote villages in two border "
     "districts of Dien Bien.\n",
     "Clean Water and Hygiene for Border Villages, Dien Bien Province", "2024-07-22", "Phase II"),
    # a forum repost: breadcrumb, a "Chu de:" (topic) line, the poster's cells, "Dang luc:"
    # (Vietnamese "posted at", its diacritics lost), then the headline (round 65)
    ("Dien dan Xe Tay Bac  >  Tin tuc - Su kien  >  Duong bien gioi\n\nChu de: [Tin] Dien "
     "Bien khao sat cua khau Huoi Puoc\n\nbacsi_tayrung   |   Thanh vien tich cuc   |   Bai "
     "viet: 1.284\nDang luc: 17/01/2026 08:15   |   #1\n\n\nDIEN BIEN SURVEYS SITE TO UPGRADE "
     "HUOI PUOC GATE\n\nA working delegation of Dien Bien province on January 16 surveyed the "
     "area of the Huoi Puoc gate in Muong Nha commune.\n",
     "DIEN BIEN SURVEYS SITE TO UPGRADE HUOI PUOC GATE", "2026-01-17", "A working delegation"),
])
def test_more_heads_of_pages(page, title, date, starts):
    # added 2026-12-04 (eleventh session), after the first sight of rounds 59-63
    a = parse_article(page, article_id="h")
    assert (a.title, a.date) == (title, date)
    assert body_text(a).startswith(starts)


def test_an_outlets_name_opening_the_text_is_still_a_dateline():
    page = ("Dien Bien's border trade tops US$100 million\n\nTHE SAIGON TIMES - Trade through "
            "the border gates of Dien Bien reached US$104.6 million last year.\n")
    a = parse_article(page, article_id="s")
    assert body_text(a).startswith("Trade through")
    assert a.text[a.dateline.start:a.dateline.end] == "THE SAIGON TIMES -"


def test_a_labelled_date_closing_a_line_of_publishers_under_the_title_dates_the_page():
    page = ("LAI CHÂU STATISTICAL YEARBOOK 2020          Page 88\n"
            "Lai Châu Statistical Office | Statistical Publishing House | Released 14/05/2021\n"
            "----------------------------------------------------------------\n\n"
            "Border communes hold 12,400 households.\n")
    a = parse_article(page, article_id="x")
    assert (a.date, a.date_source) == ("2021-05-14", "text:published")
    assert body_text(a).startswith("Border communes hold")


def test_a_wiki_pages_last_edited_footer_dates_a_page_with_no_other_date():
    page = ("Nậm Kè\n\nFrom Wikipedia, the free encyclopedia\n\nNậm Kè is a commune of Mường "
            "Nhé district with 1,420 households.\n\nReferences\n\n1. A source.\n\n"
            "This page was last edited on 7 May 2024, at 10:15 (UTC).\n")
    a = parse_article(page, article_id="w")
    assert (a.date, a.date_source) == ("2024-05-07", "text:last-edited")
    dated = ("Nậm Kè\n\nPublished: 2 March 2023\n\nNậm Kè is a commune.\n\n"
             "This page was last edited on 7 May 2024, at 10:15 (UTC).\n")
    assert parse_article(dated, article_id="d").date == "2023-03-02"  # the page's own date wins


def test_a_portals_name_in_capitals_under_the_title_is_head():
    page = ("Lai Châu reviews 2025\n\nCỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU – LAI CHÂU PROVINCE "
            "PORTAL\nHome | News – Events | English\nPosted: 06/01/2026 10:30\n\n"
            "On January 5, the Provincial People's Committee held a conference to review "
            "2025 and set the tasks of 2026 for the border communes of the province.\n")
    a = parse_article(page, article_id="p")
    assert (a.date, a.date_source) == ("2026-01-06", "text:posted")
    assert body_text(a).startswith("On January 5")
    headline = ("Border report\n\nON THE ROOF OF NẬM NHỪ\n\nThe post sits above the clouds.\n")
    assert "NẬM NHỪ" in body_text(parse_article(headline, article_id="h"))  # no outlet's name


@pytest.mark.parametrize("masthead", ["LAI CHÂU PROVINCE PORTAL", "TUOI TRE NEWS",
                                      "PUBLIC SECURITY NEWS - CAND ONLINE",
                                      "KPL - Lao News Agency"])
def test_more_outlets_that_write_numeric_dates_day_first(masthead):
    page = (f"{masthead}\nHome | News | Society\n\nBorder guards seize opium\n\n"
            "06/03/2024 09:05 | Society\n\nBorder guards of the Nậm Kè post seized 2 kg of opium "
            "on a forest trail near the border on Tuesday, the post said.\n")
    a = parse_article(page, article_id="o")
    assert (a.date, a.date_source, a.date_precision) == ("2024-03-06", "text:numeric-date",
                                                         "day")


def test_a_byline_ending_in_a_stop_and_a_labelled_cell_of_a_bar_line_date_the_page():
    page = ("Vietnam Investment Review\nHome > Infrastructure\n\nDien Bien opens a logistics "
            "centre\n\nBy Thanh Tam. February 10, 2026 | 14:05\n\nThe province opened a 24-ha "
            "logistics centre near the Tay Trang border gate on Monday, officials said.\n")
    a = parse_article(page, article_id="v")
    assert (a.date, a.byline) == ("2026-02-10", "Thanh Tam")
    show = ("VOV5 - THE VOICE OF VIETNAM ENGLISH SERVICE\nVietnam Discovery | Broadcast: Monday, "
            "16/09/2019 | Transcript\n\nAn evening class at the border post\n\nPRESENTER: Hello "
            "and welcome. This week we travel to Nậm Pồ, one of the poorest districts.\n")
    assert parse_article(show, article_id="s").date == "2019-09-16"


def test_a_tags_line_before_the_text_does_not_end_it():
    # added 2026-12-04 (tenth session), after round 54's forum thread: "Tags:" under the
    # thread's title is the head's, not the end of the text
    a = parse_article(
        "BikeAsia Travel Forum › Vietnam › Border crossings\nThread: Tay Trang crossing to Muang "
        "Khua?\nTags: border crossing, Laos, Dien Bien Phu, bus\n\n----------\n#1  sanne  "
        "Posted: Mon Mar 11, 2019 9:14 am\n\nHi all, planning to go from Dien Bien Phu into "
        "Laos next week. Does the bus to Muang Khua still run?\n\n#2  mike\n\nBus leaves Dien "
        "Bien Phu at 5:30 am, ticket was 130,000 dong to Muang Khua.\n", article_id="t")
    body = body_text(a)
    assert "130,000 dong" in body and "Tags:" not in body
    # the breadcrumb (items split by "›") is furniture, the labelled thread its title
    assert a.title == "Tay Trang crossing to Muang Khua?"


def test_a_related_list_after_captions_still_ends_the_text():
    # the guard: a photo story's captions end without a stop, and "Related:" after them is
    # the end of its text (round 46's Xinhua photos)
    caption = ("Hani villagers perform a bamboo dance at a border gathering in Qushui Town of "
               "Jiangcheng County, Feb. 7, 2024. (Xinhua/Chen Xinbo)")
    a = parse_article(f"Border residents celebrate Spring Festival\n\n{caption}\n\n{caption}\n\n"
                      "Related:\nChina's Yunnan sees booming border tourism\n", article_id="t")
    assert "Yunnan sees" not in body_text(a) and "bamboo dance" in body_text(a)



def test_a_related_line_in_markdown_emphasis_is_furniture():
    # twenty-seventh session (round 213): "*Related:*" read as "Related:"
    a = parse_article("# Border villages twin\n\nThree villages of Mai District twinned with "
                      "villages of Na U Commune.\n\n---\n\n*Related:* [Vietnam Hands Over New "
                      "School to Phongsaly's Samphanh District](#) · [Luang Prabang and Dien "
                      "Bien Agree to Boost Trade](#)\n", article_id="t")
    assert "Na U Commune" in body_text(a) and "Samphanh" not in body_text(a)
    # a paragraph in emphasis stays text
    b = parse_article("# Border villages twin\n\n*Three villages of Mai District twinned with "
                      "villages of Na U Commune.*\n\nThe ceremony was held at Pang Hok.\n",
                      article_id="t")
    assert "Mai District" in body_text(b)

@pytest.mark.parametrize(("text", "joined"), [
    # a PDF's or a mail's hard-wrapped paragraph: a figure's noun on the next line
    ("In 2023 the posts handled 186 drug cases, seizing 92.4 kg of heroin and 312,000 synthetic"
     "\npills, and persuaded 26 addicts to undergo treatment.", True),
    ("The project was implemented in nine border communes of Dien Bien province from April\n"
     "2011 to December 2013, with a total budget of USD 1.84 million.", True),
    # not a title over its date line, a field, a line of cells, a word broken at its hyphen
    ("Laos, Vietnam complete joint inspection of border markers in the north\n05 December "
     "2024 14:32 | Views: 812", False),
    ("pubDate: Tue, 14 Mar 2023 07:45:00 +0700 and a long field value\ndescription: Opium.",
     False),
    ("Nậm Kè commune (former Mường Nhé district)      1,480\ntotal of the border communes    "
     "    3,200", False),
    ("The team also vaccinated 146 children under five against measles and chil-\ndren over "
     "five against diphtheria.", False),
])
def test_hard_wrapped_paragraphs_are_joined_and_other_lines_kept(text, joined):
    # added 2026-12-04 (tenth session), after round 54's press release and mail; the text
    # keeps its length (a space for each line break joined), so every offset holds
    a = parse_article(f"Border news\n\n{text}\n", article_id="t")
    assert len(a.text) == len(f"Border news\n\n{text}\n")
    assert ("\n" not in a.text[13:-1]) == joined


def test_related_news_headed_in_vietnamese_ends_the_text():
    # eleventh session, round 65: a province's English page leaves "Tin liên quan" (related
    # news) in Vietnamese; its items name other places and figures
    page = ("Border guards seize heroin\n\nĐBP - The Nậm Kè Border Post seized 1.2 kg of heroin "
            "in Nậm Kè commune on Sunday.\n\nTin liên quan\n- Tuần Giáo: Police destroy 2,000 m2 "
            "of poppy\n- Mường Chà: Arrest of a heroin courier\n")
    a = parse_article(page, article_id="t")
    assert "Tuần Giáo" not in body_text(a) and body_text(a).endswith("on Sunday.")


def test_a_byline_under_a_headline_is_not_joined_to_it():
    # thirteenth session, round 77: "by Staff Writers" under the headline is no wrapped line
    a = parse_article("Mekong Daily\n\nLaos and Vietnam open a new border market at Tây Trang"
                      "\nby Staff Writers\nVientiane (AFP) Sep 4, 2012\n\nThe market opened on "
                      "Monday with 40 stalls, officials said, and 300 traders came.\n",
                      article_id="t")
    assert a.title == "Laos and Vietnam open a new border market at Tây Trang"


WIKI = (
    "Main page\nContents\nCurrent events\nRandom article\n\nNà Hỳ commune\n\nFrom Wikipedia, "
    "the free encyclopedia\n\nNà Hỳ is a rural commune of Nậm Pồ district in Điện Biên province, "
    "on the border with Laos. It had 5,400 inhabitants in 2019.[1][2]\n\nContents\n1 Geography"
    "\n2 Economy\n3 See also\n4 References\n\nGeography[edit]\nThe commune lies in the hills "
    "west of the district centre and borders Phongsaly province of Laos for 21 km.[3]\n\n"
    "Economy[edit]\nMost households grow upland rice and maize; in 2020 the commune had 120 ha of "
    "cardamom under the forest canopy.[3]\n\nSee also[edit]\nNậm Pồ district\nNà Hỳ Border "
    "Post\n\nReferences[edit]\n1. ^ \"Kết quả Tổng điều tra dân số\" (PDF). General Statistics "
    "Office of Vietnam. Retrieved 2 March 2021.\n2. ^ \"Nà Hỳ đón Tết\". Báo Điện Biên Phủ. "
    "Retrieved 2 March 2021.\n3. ^ \"Thảo quả Nậm Pồ\". Báo Lai Châu. Retrieved 5 March 2021."
    "\n\nCategories: Communes of Điện Biên province\n\nThis page was last edited on 14 March "
    "2021, at 09:12 (UTC).\n"
)


def test_a_wiki_pages_contents_and_references_are_no_text():
    # thirteenth session, round 76's encyclopaedia pages: the contents box in the text is
    # furniture and the text goes on after it (its paragraphs end on citation marks); the
    # references after "See also" end the text, however many
    a = parse_article(WIKI, article_id="t")
    body = body_text(a)
    assert body.startswith("Nà Hỳ is a rural commune") and "120 ha of cardamom" in body
    assert "1 Geography" not in body and "Retrieved" not in body and "Báo Lai Châu" not in body


def test_a_broadcast_scripts_production_cues_are_no_text():
    # thirteenth session, round 81: what the screen shows and the reporter's sign-off are
    # cues; a name strap stays (it tells whose "we" the quote after it is)
    page = ("VTV NEWS\n\nBorder guards break up heroin ring\n\n[00:00] ANCHOR: Border guards in "
            "Điện Biên have broken up a ring that carried heroin from Laos, officials said.\n\n"
            "[01:29] [VISUALS: border marker, soldiers on patrol, Nậm Kè market]\nREPORTER: The "
            "post keeps 14 trails under watch.\n\n[01:51] SUPER: Giàng A Lử - Head of Tàng Phon "
            "hamlet\nSOUNDBITE (Giàng A Lử): \"Last year 23 households here signed pledges.\"\n\n"
            "[02:36] SIGN-OFF: Thu Trang, VTV News, Mường Nhé, Điện Biên.\n")
    a = parse_article(page, article_id="t")
    assert not a.in_body(page.index("Nậm Kè market"), page.index("Nậm Kè market") + 6)
    assert not a.in_body(page.index("Mường Nhé, Điện"), page.index("Mường Nhé, Điện") + 9)
    assert a.in_body(page.index("Tàng Phon"), page.index("Tàng Phon") + 9)
    assert "14 trails" in body_text(a)


@pytest.mark.parametrize("header", ["Video khác / More videos", "Video khác",
                                    "Related infographics", "More podcasts"])
def test_lists_of_other_videos_and_infographics_end_the_text(header):
    # thirteenth session, round 81: a broadcaster's page lists its other videos, maybe
    # headed in two languages; their titles name other places and figures
    page = ("Border posts build houses\n\nĐBP - The Nà Bủng Border Post handed over 21 houses to "
            f"poor families in Nà Bủng commune on Friday.\n\n{header}\n- Mường Nhé: 300 "
            "households get clean water\n- Tuần Giáo farmers harvest 2,000 tonnes of rice\n")
    a = parse_article(page, article_id="t")
    assert body_text(a).endswith("on Friday.")


def test_a_forum_threads_replies_are_its_comments():
    # thirteenth session, round 82: the first post is the trip report; "#2 <poster>" over its
    # "Posted:" date opens the replies
    page = ("Travel Forum » Laos - Vietnam Border Crossings\n\nThread: Dien Bien Phu to Muang "
            "Khua by bus\n\n#1  slowboat_steve  (Member, posts: 212)\nPosted: Mon Mar 17, 2014 "
            "8:42 pm\n\nDid this crossing last Friday, so here is the report. The bus left Dien "
            "Bien Phu at 5:30am and the ticket cost 105,000 dong.\n\nThe border at Tay Trang "
            "took an hour.\n\n#2  mekongmike  (Member, posts: 1,877)\nPosted: Tue Mar 18, 2014 "
            "7:15 am\n\nGreat report. The Huoi Puoc crossing is still locals-only.\n")
    a = parse_article(page, article_id="t")
    assert body_text(a).endswith("took an hour.") and a.date == "2014-03-17"


def test_a_press_kits_contents_list_is_furniture_and_the_text_goes_on():
    # thirteenth session, round 87: a contents box of numbered sections with dot leaders and
    # pages, then the sections under their headings (no prose right after the box)
    page = ("ĐIỆN BIÊN PROVINCIAL BORDER GUARD COMMAND\n\nPRESS KIT\n65 years of the Border "
            "Guard\n\nThis kit was prepared for the media covering the 65th anniversary of the "
            "Border Guard in Điện Biên Phủ city on 3 March 2024.\n\nCONTENTS\n1. The border at a "
            "glance ........ 1\n2. Five years of work "
            "........ 2\n3. Contacts ........ 3\n\n1. THE BORDER AT A GLANCE\n\nBorder length: "
            "455.573 km\nBorder posts: 16\n\nThe province borders Laos and China. Its 16 border "
            "posts patrol 455.573 km of border through 15 border communes.\n")
    a = parse_article(page, article_id="t")
    body = body_text(a)
    assert "15 border communes" in body and "........" not in body


def test_a_photos_credit_closing_its_caption_is_no_text():
    # thirteenth session, round 90: "Photo courtesy of Dien Bien Border Guard" names who took
    # the picture; the caption before it stays text
    page = ("Border guards evacuate families\n\nBorder guards moved 27 families to safety after a "
            "flash flood in Na Hy Commune on Sunday, officials said.\n\nSoldiers carry belongings "
            "in Na Hy 2 village, June 24, 2018. Photo courtesy of Dien Bien Border Guard\n\n"
            "The water rose 2 meters in less than an hour.\n")
    a = parse_article(page, article_id="t")
    at = page.index("Dien Bien Border Guard")
    assert not a.in_body(at, at + 9) and a.in_body(page.index("Na Hy 2"), page.index("Na Hy 2") + 7)


def test_a_wires_desk_closing_its_last_paragraph_is_no_text():
    # twenty-sixth session, round 205: Reuters' "((Hanoi newsroom, +84 ...))" on the line of the
    # last sentence is where the desk sits; the sentence before it stays text, and a bracket
    # inside a sentence is text
    page = ("Vietnam, Laos to open Tay Trang gate\n\nHANOI, March 12 (Reuters) - Vietnam and Laos "
            "agreed to open the Tay Trang gate, state media said.\n\nThe two allies aim to raise "
            "trade to $500 million by 2000. ((Hanoi newsroom, +84 4 825 9623))\n")
    a = parse_article(page, article_id="t")
    desk = page.index("Hanoi newsroom")
    assert not a.in_body(desk, desk + 5) and a.in_body(page.index("$500"), page.index("$500") + 4)
    inside = parse_article("Gate opens\n\nThe gate (the province's ((first)) crossing) opened "
                           "in Tay Trang on Monday.\n", article_id="u")
    assert inside.in_body(inside.text.index("first"), inside.text.index("first") + 5)



@pytest.mark.parametrize("credit", [
    "Reporting by Panu Wongcha in Bangkok and Khanh Vu in Hanoi; Editing by Martin Petty",
    "(Additional reporting by Francesca Lim in Bangkok; Writing by Khanh Vu; Editing by Ed Davies)",
    "Associated Press writer Kaweewit Kaewjinda in Bangkok contributed to this report.",
])
def test_a_wires_credits_are_no_text(credit):
    # fifteenth session, rounds 52 and 70: where the reporters sat is no place of the story
    page = ("Vietnam seizes meth near Laos border\n\nHANOI (Reuters) - Border guards in Điện Biên "
            "seized 30 kg of methamphetamine on Monday, police said.\n\nThe drugs came from "
            "Laos.\n\n" + credit + "\n")
    a = parse_article(page, article_id="t")
    assert body_text(a).rstrip().endswith("came from Laos.")
    pos = page.index("Bangkok")
    assert not a.in_body(pos, pos + 7)


def test_a_title_case_dateline_opening_the_body_is_the_dateline():
    a = parse_article("Women learn to migrate safely\n\nDien Bien, Viet Nam — Lo Thi Hien was 19 "
                      "when a woman she met at the market offered her a job in China.\n",
                      article_id="a")
    assert a.text[a.dateline.start:a.dateline.end] == "Dien Bien, Viet Nam —"
    assert a.text[a.body.start:].startswith("Lo Thi Hien")

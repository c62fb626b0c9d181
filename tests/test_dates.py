"""Publication dates read from the page: forms, stamps, ambiguity, wire leads, the era."""

from __future__ import annotations

import pytest

from geo.mentions.era import era_of_date
from geo.reading.articles import parse_article
from geo.reading.datebounds import date_bounds
from geo.reading.dates import read_date_line
from geo.reading.pagedate import numeric_order, settle

# (line, iso, precision, pattern): read off the line.
DATE_LINES = [
    ("Updated: 14/03/2023 10:32", "2023-03-14", "day", "updated"),
    ("Last updated 14/03/2023, 10:32 AM", "2023-03-14", "day", "updated"),
    ("Tuesday, March 14, 2023", "2023-03-14", "day", "long-date"),
    ("Tue, March 14, 2023 | 10:32", "2023-03-14", "day", "long-date"),
    ("14/03/2023 - 10:32", "2023-03-14", "day", "numeric-date"),
    ("14-03-2023 10:32", "2023-03-14", "day", "numeric-date"),
    ("14.3.2023", "2023-03-14", "day", "numeric-date"),
    ("10:32 14/03/2023", "2023-03-14", "day", "numeric-date"),
    ("Thứ Ba, 14/3/2023 - 10:32 (GMT+7)", "2023-03-14", "day", "numeric-date"),
    ("date 2023-03-14", "2023-03-14", "day", "date-field"),
    ("Date: 2023-03-14", "2023-03-14", "day", "date-field"),
    ("Published: 14/03/2023 08:10", "2023-03-14", "day", "published"),
    ("Posted on March 14th, 2023", "2023-03-14", "day", "posted"),
    ("Published on 14/03/2023 at 10:32", "2023-03-14", "day", "published"),
    ("Publication date: 14 March 2023", "2023-03-14", "day", "published"),
    ("2023-03-14", "2023-03-14", "day", "iso-date"),
    ("2023-03-14T10:32:00+07:00", "2023-03-14", "day", "iso-date"),
    # year first with points or slashes (sixteenth session, round 119: RFA's "2010.11.04")
    ("2010.11.04", "2010-11-04", "day", "iso-date"),
    ("2019/7/5", "2019-07-05", "day", "iso-date"),
    ("03/14/2023", "2023-03-14", "day", "numeric-date"),  # only month-first reads
    ("Published: March 2023", "2023-03", "month", "published"),
    ("Date: 2023-03", "2023-03", "month", "date-field"),
    ("Date: 2023", "2023", "year", "date-field"),
    # what a page prints after its date
    ("14 March 2023 10:32 | Views: 2,310", "2023-03-14", "day", "long-date"),
    ("Posted: 14/03/2023 10:32 | Print | Font size: A- A+", "2023-03-14", "day", "posted"),
    ("Published 2023-03-14 10:32 ICT · 4 min read", "2023-03-14", "day", "published"),
    # a learners' site: reading time and length after the date
    ("October 3, 2024 · Reading time: 3 minutes · Words: 352", "2024-10-03", "day", "long-date"),
    ("3 October 2024 · 352 words", "2024-10-03", "day", "long-date"),
    ("March 14, 2023 7:42 AM GMT+7 Updated 3 hours ago", "2023-03-14", "day", "long-date"),
    # a letter's place and date; a broadcast's air time with its duration
    ("Điện Biên, 14 March 2023", "2023-03-14", "day", "letterhead"),
    ("Hà Nội, 14/03/2023", "2023-03-14", "day", "letterhead"),
    ("Broadcast: 19:15, Tuesday 14 March 2023 | Duration: 12'40\"", "2023-03-14", "day",
     "published"),
    # thirteenth session: an encyclopaedia's link after its date (round 76); a wire's place
    # and agency before it (round 77)
    ("Last Updated: Jan 22, 2026 • Article History", "2026-01-22", "day", "updated"),
    # round 81's broadcasts: a label given in two languages, a script's "AIR:"
    ("Phát sóng / Aired: 20:45 - 24/02/2026 | Lượt xem: 1.204", "2026-02-24", "day",
     "published"),
    ("AIR: 14/08/2025 06:00", "2025-08-14", "day", "published"),
    ("HANOI (Reuters) 3 March 2021", "2021-03-03", "day", "letterhead"),
    # a report's cover: its place and month (seventeenth session, round 121)
    ("Hanoi, March 2016", "2016-03", "month", "letterhead"),
    ("Vientiane, Sept. 2019", "2019-09", "month", "letterhead"),
    # nineteenth session, round 126: a label, its time, then "on" the date
    ("Updated at 14:05 on 22/01/2026", "2026-01-22", "day", "updated"),
    ("Posted at 10:32 am on March 3, 2023", "2023-03-03", "day", "posted"),
    # ... and its publisher before them, parted by dots or bars (nineteenth session, round 123)
    ("UNODC Country Office for Viet Nam · Hà Nội · June 2008", "2008-06", "month",
     "letterhead"),
    ("Asian Development Bank | Manila | Dec. 2011", "2011-12", "month", "letterhead"),
    ("Mekong Forest Trust · Working Paper No. 7 · April 2019", "2019-04", "month",
     "issue-date"),  # ... or its number: an issue's (round 127)
    # twenty-first session, rounds 137-139: a journal's number and month after a dash, a
    # wire's day, month and year hyphenated, a Vietnamese letter's "ngày ... tháng ... năm"
    ("Vietnam Law & Legal Forum, No. 113 - January 2004", "2004-01", "month", "issue-date"),
    ("28-OCT-1997 05:41 GMT", "1997-10-28", "day", "long-date"),
    ("Điện Biên, ngày 12 tháng 01 năm 2026", "2026-01-12", "day", "letterhead"),
    ("ngay 12 thang 01 nam 2026", "2026-01-12", "day", "long-date"),
]
NOT_DATE_LINES = [
    "2023", "March 2023", "2020-2025", "2010.13.04", "2019.1", "2021-2026 term", "31/02/2024",
    "14/13/2023",
    "On May 21, the Nậm Kè Border Post seized 6 kg of opium.",
    "Directive 01/CT-TTg", "Decree No.03/2019/NĐ-CP", "Last visited: 20/03/2023 14:02",
    "Date: 2023-13", "Comment", "Updated by Hà Linh", "Views: 2,310 | Print",
    "On Monday, 14 March 2023", "Điện Biên, 2023", "Hanoi (AFP) - officials said on Monday",
    "Air pollution: 2025", "Home / News: 14/03/2023",
    "In Hanoi, March 2016", "Hanoi, March 2016 was cold", "Hanoi, Mars 2016",
    "Seized 12 kg · March 2016", "Hà Nội · June 2008 report", "UNODC · Hà Nội · 2008",
    "Điện Biên Phủ - May 1954", "12 tháng 13 năm 2026",
]


@pytest.mark.parametrize(("line", "iso", "precision", "pattern"), DATE_LINES)
def test_date_line_forms(line, iso, precision, pattern):
    found = read_date_line(line)
    if iso is None:
        assert found is None
        return
    assert (found.iso, found.precision, found.pattern) == (iso, precision, pattern)
    assert found.alt is None


@pytest.mark.parametrize("line", NOT_DATE_LINES)
def test_not_date_lines(line):
    assert read_date_line(line) is None


@pytest.mark.parametrize("line", ["05/06/2021", "Updated: 05/06/2021 09:00", "05.06.2021"])
def test_ambiguous_numeric_keeps_both_readings(line):
    found = read_date_line(line)
    assert (found.iso, found.alt) == ("2021-06-05", "2021-05-06")
    assert settle(found, None) == ("2021", "year", True)
    assert settle(found, "day-first")[:2] == ("2021-06-05", "day")
    assert settle(found, "month-first")[:2] == ("2021-05-06", "day")


def test_same_day_and_month_is_not_ambiguous():
    assert read_date_line("05/05/2021").alt is None


@pytest.mark.parametrize(("text", "order"), [
    ("Recent news\n- Flood relief 25/03/2023", "day-first"),
    ("Thứ Hai, 06/03/2023", "day-first"),
    ("ngày 05/06/2021", "day-first"),
    ("More stories: 03/25/2023", "month-first"),
    ("05/06/2021 only", None),
    ("25/03/2023 and 03/25/2023", None),  # conflicting evidence is none
])
def test_numeric_order_evidence(text, order):
    assert numeric_order(text) == order


# --- whole pages: what date the article reports -----------------------------

def _page(text: str, **meta) -> tuple:
    a = parse_article(text, article_id="x", meta=meta or None)
    return a.date, a.date_source, a.date_precision


BODY = "The Nậm Kè Border Post seized 6 kg of opium in Nậm Kè commune.\n"
#: A body of two paragraphs, as pages with a menu and a section over the title have.
LEAD = ("Border police from Jiangcheng county and border guards from Dien Bien Province last "
        "week completed a three-day joint inspection of the boundary markers east of the "
        "tripoint.\n\nThe teams checked markers No. 1 to No. 12 along 21 km of the line.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # provincial paper: the timestamp under the title
    (f"Border guards seize opium\nUpdated: 14/03/2023 10:32\n\nĐBP - {BODY}",
     ("2023-03-14", "text:updated", "day")),
    # army paper: site header date (the day the page was viewed), then the article's own
    (f"Monday, March 20, 2023, 08:32 (GMT+7)\n\nTuesday, March 14, 2023, 09:13 (GMT+7)\n"
     f"Border guards seize opium\n\n{BODY}", ("2023-03-14", "text:long-date", "day")),
    # scraper metadata block on top
    (f"title: Border guards seize opium\nurl: https://example.vn/a\ndate 2023-03-14\n\n{BODY}",
     ("2023-03-14", "text:date-field", "day")),
    (f"Date: 2023-03-14\nSource: VNA\nBorder guards seize opium\n\n{BODY}",
     ("2023-03-14", "text:date-field", "day")),
    # published beats updated, wherever they stand
    (f"Border guards seize opium\nUpdated: 16/03/2023 10:00\nPublished: 14/03/2023 08:10\n\n"
     f"{BODY}", ("2023-03-14", "text:published", "day")),
    (f"Border guards seize opium\n14/03/2023 - 10:32\n\n{BODY}",
     ("2023-03-14", "text:numeric-date", "day")),
    (f"Border guards seize opium\nBy Hà Linh\n2023-03-14T10:32:00+07:00\n\n{BODY}",
     ("2023-03-14", "text:iso-date", "day")),
    (f"Border guards seize opium\nPublished: March 2023\n\n{BODY}",
     ("2023-03", "text:published", "month")),
    # army paper: a header date above the title (the day viewed), "Updated" below it
    (f"Monday, 27/03/2023 08:00 (GMT+7)\nBorder guards seize opium\n"
     f"Updated: 26/03/2023 - 17:45\n\nQĐND - {BODY}", ("2023-03-26", "text:updated", "day")),
    # scraped page: breadcrumb and visited stamp above the title, wire lead below
    ("Home | Politics | Society\nLast visited: 21/03/2023 09:15\nBorder guards seize opium\n"
     "Advertisement 20/03/2023\nHanoi (VNA) – Border guards on March 13 seized 6 kg of opium "
     "in Nậm Kè commune.\n", ("2023-03-13", "text:wire-lead", "day")),
    # a byline with the date on one line
    (f"Border guards seize opium\nBy Hà Linh | 14/03/2023 10:32\n\nĐBP - {BODY}",
     ("2023-03-14", "text:numeric-date", "day")),
    (f"Border guards seize opium\nHà Linh - Tuesday, March 14, 2023\n\n{BODY}",
     ("2023-03-14", "text:long-date", "day")),
    # an upper-case masthead over a section label, then the title and its date
    (f"BORDER DEFENCE WEEKLY\nNational Defence - Border Guard\n\nBorder guards seize opium on "
     f"the Lao border\n"
     f"Last updated: Tuesday, March 14, 2023, 10:32 (GMT+7)\n\n{BODY}",
     ("2023-03-14", "text:updated", "day")),
    # a sapo, then the byline and the date under it
    ("Border guards seize opium\n\nA long night on the border ends with a seizure that shows "
     "how the couriers are changing their routes across the frontier.\n\nBy Hà Linh and Trần "
     f"Nam\nMarch 14, 2023\n\n{BODY}", ("2023-03-14", "text:long-date", "day")),
    # a blog's "Posted on ... by ..." under a menu saved as one spaced line
    ("Hill Roads | notes from the uplands\nHome   Vietnam   Laos   About   Contact\n\n"
     "Border guards seize opium on the Lao border\n\nPosted on March 14, 2023 by Ann Lee · "
     f"6 min read · 2 comments\n\n{BODY}", ("2023-03-14", "text:posted", "day")),
    # a labelled date inside a line over the title, a byline in words before the lead
    ("WORLD DAILY\nSource: World Daily  Published: Mar 14, 2023 08:36 PM\n\nBorder guards "
     "seize opium on the Lao border\n\nBy World Daily staff reporter Ann Lee in Kunming\n\n"
     "Officers of the Nậm Kè Border Post seized 6 kg of opium in Nậm Kè commune on Monday, the "
     "provincial Border Guard Command said.\n", ("2023-03-14", "text:published", "day")),
    # a byline and its date on one line with no separator; a bare name, then the date
    ("Border guards seize opium on the Lao border\nBy Hoang Phuong   March 14, 2023 | 08:30 am "
     f"GMT+7\n\n{BODY}",
     ("2023-03-14", "text:long-date", "day")),
    # an outlet's initials before the date line
    (f"Border guards seize opium\nWVR - March 14, 2023 | 10:15\n\n{BODY}",
     ("2023-03-14", "text:long-date", "day")),
    # the date first, then the author
    (f"Border guards seize opium\n14/03/2023 09:15 | Thu Hà\n\n{BODY}",
     ("2023-03-14", "text:numeric-date", "day")),
    # an official document's fixed head: agency, republic, motto, number, place and date
    ("ĐIỆN BIÊN PROVINCIAL BORDER GUARD COMMAND\nSOCIALIST REPUBLIC OF VIETNAM\n"
     "Independence – Freedom – Happiness\n\nNo. 21/TB-BĐBP\nĐiện Biên, 14 March 2023\n\n"
     f"REPORT\nOn drug cases detected in the border area in February 2023\n\n{BODY}",
     ("2023-03-14", "text:letterhead", "day")),
    # an agency's head with its section between it and the document number; a label over
    # the title
    ("ĐIỆN BIÊN PROVINCIAL BORDER GUARD COMMAND\nPolitical Section\nNo. 9/TB-BCH\n\n"
     "PRESS RELEASE\nResults of the drive against drug crime in March\n\n"
     f"Điện Biên, 2 April 2023\n\n{BODY}", ("2023-04-02", "text:letterhead", "day")),
    # an outlet's domain before the date; labelled fields before it
    (f"Border guards seize opium\nVOV.VN - Friday, 17/03/2023 | 14:05\n\n{BODY}",
     ("2023-03-17", "text:numeric-date", "day")),
    (f"Border guards seize opium\nSource: Xinhua | Editor: huaxia | 2023-03-14 18:32:05\n\n"
     f"{BODY}", ("2023-03-14", "text:iso-date", "day")),
    # a bulletin: its period, then when it was compiled
    (f"Border desk - Issue 12/2023\nCovering: Mon 6 March - Sun 12 March 2023\n"
     f"Compiled: 13 March 2023, 08:00\n\nSUMMARY\n{BODY}",
     ("2023-03-13", "text:published", "day")),
    # a long upper-case masthead over a menu
    ("ĐIỆN BIÊN PHỦ ONLINE NEWSPAPER - ENGLISH EDITION\nHome | Politics | Society\n\n"
     f"Border guards seize opium\n\nUpdated: 14/03/2023 | 10:20\n\nĐBP - {BODY}",
     ("2023-03-14", "text:updated", "day")),
    # an ambiguous numeric date settled by its weekday (5 August 2023 was a Saturday,
    # 8 May a Monday); a weekday that fits neither settles nothing
    (f"Border guards seize opium\nSaturday, 05/08/2023 | 15:20\n\n{BODY}",
     ("2023-08-05", "text:numeric-date", "day")),
    (f"Border guards seize opium\nMonday, 05/08/2023 | 15:20\n\n{BODY}",
     ("2023-05-08", "text:numeric-date", "day")),
    (f"Border guards seize opium\nFriday, 05/08/2023 | 15:20\n\n{BODY}",
     ("2023", "text:numeric-date", "year")),
    # a Vietnamese outlet's mark at the head: day-first
    (f"Border guards seize opium\n03/07/2023 | 10:05\n\nĐBP - {BODY}",
     ("2023-07-03", "text:numeric-date", "day")),
    ("VietNamNet Global\nSociety\n\nBorder guards seize opium on the Lao border in Nậm Kè\n"
     f"03/07/2023 10:05\n\n{BODY}",
     ("2023-07-03", "text:numeric-date", "day")),
    (f"Border guards seize opium\n03/07/2023 | 10:05\n\n{BODY}", ("2023", "text:numeric-date",
                                                                "year")),
    # more Vietnamese outlets (added 2026-12-04, tenth session, after round 53's SGGP item)
    ("SGGP English Edition\nHome | Society\n\nFloods kill 3 in border district\n\nUpdate: "
     f"11/08/2008 10:05\n\n{BODY}", ("2008-08-11", "text:updated", "day")),
    ("THANH NIEN NEWS\nHome | Society\n\nBorder guards seize opium\n\n05/06/2021 09:40 GMT+7"
     f"\n\n{BODY}", ("2021-06-05", "text:numeric-date", "day")),
    # the Guardian: a standfirst without a stop, the writer and where from, a time with a point
    ("The Guardian\nWorld > Vietnam\n\nMemories of war at the edge of Vietnam\n\nIn 1979 "
     "China invaded Vietnam's northern frontier, and the border is now a place of trade and "
     f"selfies\n\nRebecca Ratcliffe in Sin Thau\nSun 17 Feb 2019 07.00 GMT\n\n{BODY}",
     ("2019-02-17", "text:long-date", "day")),
    # Nikkei: a deck, the writer with a role, a date with a time zone (eleventh session)
    ("Nikkei Asia\nBusiness | Economy\n\nEconomy\n\nVietnam's far northwest pins hopes on "
     "Laos gates\n\nDien Bien seeks Mekong money and rail links as new communes take charge "
     f"of the frontier\n\nKENJI SATO, Nikkei staff writer\nSeptember 4, 2025 11:00 JST\n\n{BODY}",
     ("2025-09-04", "text:long-date", "day")),
    # twelfth session, rounds 67-69: an archive's date in brackets, a section's name before
    # the date, the date between a source and an editor, "Written by" after the date
    ("NHAN DAN ONLINE\nHome | Politics\n\nPolitics\n\nThree countries plant tri-junction "
     f"marker\n\n(28-06-2005)\n\n{BODY}", ("2005-06-28", "text:numeric-date", "day")),
    ("International Labour Organization\nILO in Viet Nam > News\n\nSafe migration project "
     f"reaches border communes\n\nNews | 20 May 2016\n\n{BODY}",
     ("2016-05-20", "text:long-date", "day")),
    # thirteenth session, round 77: a wire's place and agency before the date (Space Daily's
    # family of sites), under a headline with its writers on the next line
    ("Mekong Daily\nNews from the Mekong\nHome | Laos | Vietnam | Thailand\n\nLaos and Vietnam "
     "open a new border market\nby Staff Writers\nVientiane (AFP) Sep 4, 2012\n\n" + BODY,
     ("2012-09-04", "text:letterhead", "day")),
    # thirteenth session, round 81: a radio script's head, its air date among its cells;
    # a day-first broadcaster's ambiguous date
    ("VOICE OF VIETNAM - VOV1 NEWS\nEnglish relay script\n\nSLUG: DIEN BIEN / FLOOD\n"
     "FILED: 03/08/2025 22:10 by Lò Hoàng Anh\nAIR: 04/08/2025 06:00   DURATION: 2'55\"   "
     "READER: Minh Ngọc\n\n" + BODY, ("2025-08-04", "text:published", "day")),
    ("VIETNAM+ INFOGRAPHICS\nHome > Infographics > Politics\n\nĐiện Biên Border Guard: the "
     "year at a glance\n\nPublished: 06/01/2022 08:15 | Text version for screen readers\n\n"
     + BODY, ("2022-01-06", "text:published", "day")),
    # thirteenth session, round 73: the date first, then the page's kind and place
    ("International Organization for Migration | Viet Nam\nHome | Where we work | Media\n\n"
     "Border communes learn safe migration\n\n14 June 2021 | Press release | Điện Biên, Viet "
     f"Nam\n\n{BODY}", ("2021-06-14", "text:long-date", "day")),
    ("YUNNAN GATEWAY | Yunnan's official English news portal\nHome | News | Business | Culture | "
     "Travel | Prefectures | Photos\n\nJiangcheng and Dien Bien inspect boundary markers, "
     "plan Longfu upgrade\n\nSource: Yunnan Gateway  |  2025-04-22 16:05  |  Editor: Yang Xue"
     f"\n\n{LEAD}", ("2025-04-22", "text:iso-date", "day")),
    ("VIETNAM LOGISTICS REVIEW\nHome | News | Transport | Warehousing | Supply Chain | "
     "Cross-border | Events | Magazine\n\nCROSS-BORDER\n\nThe long road west: can Điện Biên's "
     "border gates become a logistics corridor?\n\nOct 2, 2025 | Written by Hoàng Minh Đức\n\n"
     f"{LEAD}", ("2025-10-02", "text:long-date", "day")),
    # round 70's international outlets: a press release's place and date alone on its line,
    # the Guardian's old "guardian.co.uk, Tuesday 17 March 2009 13.05 GMT" under the writer
    # (then "Article history"), two writers of Nikkei ("Nikkei staff writers")
    ("UNODC\nUnited Nations Office on Drugs and Crime\nHome | Press | Publications | Data\n\n"
     "PRESS RELEASE\n\nMethamphetamine trafficking in the Mekong reaches new record\n\n"
     f"BANGKOK (Thailand), 29 May 2024 –\n\n{LEAD}", ("2024-05-29", "text:letterhead", "day")),
    ("theguardian.com\nNews | Sport | Comment | Culture | Business | Money | Travel\n\nNews > "
     "World news > Vietnam\n\nOn the heroin trail from the Golden Triangle to Vietnam's wild "
     "west\n\nAs Thailand and China tighten their borders, traffickers are turning to the "
     "forests of northern Laos and Vietnam's poorest province\n\nHarriet Dunmore in Dien Bien "
     f"Phu\nguardian.co.uk, Tuesday 17 March 2009 13.05 GMT\nArticle history\n\n{LEAD}",
     ("2009-03-17", "text:long-date", "day")),
    ("Nikkei Asia\nPolitics | Economy | Business | Tech | Opinion\n\nSpotlight  Drugs in Asia"
     "\n\nChina's drug crackdown in Yunnan pushes Golden Triangle trade toward Laos and Vietnam"
     "\n\nPolice along the new railway and the three-country border report record hauls\n\n"
     "By WANG YUE and KENJI NAKAMURA, Nikkei staff writers\nMarch 8, 2023 05:00 JST\n\n"
     f"{LEAD}", ("2023-03-08", "text:long-date", "day")),
    # fourteenth session, round 104: a rights group's dateline in brackets on the lead's line;
    # a journal's "Published online:"
    ("Human Rights Watch\nHome | News | Publications\n\nVietnam: Stop Pressuring Hmong "
     "Christians\n\n(New York, March 14, 2006) – Local officials in Dien Bien province are "
     "threatening Hmong families.\n", ("2006-03-14", "text:wire-lead", "day")),
    ("Journal of Vietnamese Studies, Vol. 13, No. 1, pp. 62-97\nPublished online: 14 March 2018"
     f"\n\nSettling the Frontier\n\n{BODY}", ("2018-03-14", "text:published", "day")),
    # fifteenth session, round 111: a video page's "Premiered" (and "Streamed live on")
    (f"Marker 0 by motorbike | Vlog EP.14\n\nPremiered Oct 12, 2024\n\n{BODY}",
     ("2024-10-12", "text:published", "day")),
    (f"Border Spring in Nậm Kè | Live\n\nStreamed live on Jan 20, 2023\n\n{BODY}",
     ("2023-01-20", "text:published", "day")),
    # fifteenth session, round 110: the date printed under the story and its writer, over
    # the page's related news (the army's and the border guard's papers)
    (f"QĐND ONLINE\n\nHuổi Puốc gate opens\n\n{BODY}\n{BODY}\n{BODY}\nText: Hoàng Lâm\n\n"
     "Thursday, April 23, 2009 09:40 (GMT+7)\n\nRelated news\n- Lào Cai opens a road\n",
     ("2009-04-23", "text:foot", "day")),
    (f"BIÊN PHÒNG\n\nRewards for drug informants\n\n{BODY}\n{BODY}\n{BODY}\nPosted: 16/11/2011"
     "\n\nMinh Đức\n\nOther news\n- Sơn La: 2 traffickers arrested\n",
     ("2011-11-16", "text:foot", "day")),
    # an aid agency's bulletin: "Date of issue:" (eleventh session, round 62's IFRC page)
    ("IFRC GO | Emergencies | Reports\n\nINFORMATION BULLETIN No. 1\nViet Nam: Flash floods and "
     "landslides in Điện Biên province\n\nDate of issue: 28 July 2023\nGlide number: "
     f"FF-2023-000141-VNM\n\n{BODY}", ("2023-07-28", "text:date-field", "day")),
    ("DAILY BORDER NEWS\nThe voice of the frontier, its people and its guards since 1961\n"
     f"Home » Society\n\nBorder guards seize opium\n\nMarch 14, 2023 - 10:12\n\n{BODY}",
     ("2023-03-14", "text:long-date", "day")),
    # a menu saved as one line with dashes between its items; the date first, then the
    # page's section and views
    ("NEWS AGENCY OF THE NORTH\nPolitics - Society - Economy - World - Sports\n\nBorder guards "
     f"seize opium on the Lao border\n\n21/06/2023 10:48\n\n{BODY}",
     ("2023-06-21", "text:numeric-date", "day")),
    (f"Border guards seize opium on the Lao border\n\n14/09/2023 10:25 | Provinces | Views: 417"
     f"\n\n{BODY}", ("2023-09-14", "text:numeric-date", "day")),
    # a Markdown blog: the "Posted on ... by ..." line in emphasis, then tags, then the text
    ("[Hill Roads](https://hr.example/) · [About](https://hr.example/about)\n\n# Border guards "
     "seize opium on the Lao border\n\n*Posted on 14 March 2023 by Ann Lee · 6 min read*\n\n"
     f"Tags: `laos` `drugs`\n\n{BODY}", ("2023-03-14", "text:posted", "day")),
    # a feed item and a mail: RFC 822 dates with their offset
    ("title: Border guards seize opium\nlink: https://ex.example/a\npubDate: Tue, 14 Mar 2023 "
     f"07:45:00 +0700\ndescription: Opium seized.\n\n{BODY}",
     ("2023-03-14", "text:published", "day")),
    ("From: Border Weekly <news@bw.example>\nTo: reader@example.org\nDate: Tue, 14 Mar 2023 "
     "06:00:00 +0700\nSubject: Border guards seize opium\n\nBORDER WEEKLY\n\nHello, and "
     f"welcome to this week's letter from the border of Vietnam and Laos.\n\n{BODY}",
     ("2023-03-14", "text:date-field", "day")),
    # a social network's post: "at 19:05 · Public", or its audience as an emoji (tenth
    # session, round 54)
    (f"Nậm Kè Border Post\nMarch 14, 2023 at 19:05 · Public\n\n{BODY}",
     ("2023-03-14", "text:long-date", "day")),
    (f"Nậm Kè Border Post\n21 January 2026 at 19:45 · 🌏\n\n{BODY}",
     ("2026-01-21", "text:long-date", "day")),
    # an official document's two-column head, cells split by tabs: the letterhead's date
    ("BORDER GUARD COMMAND\tSOCIALIST REPUBLIC OF VIETNAM\nDRUG SECTION\tIndependence – "
     "Freedom – Happiness\nNo. 12/BC-PCMT\tĐiện Biên, 14 March 2023\n\nREPORT\nResults of "
     f"the first quarter\n\n{BODY}", ("2023-03-14", "text:letterhead", "day")),
    # a magazine page's masthead and its issue, in two cells: the month
    ("FRONTIER REVIEW                       No. 3 · March 2023\nREPORTAGE\nON THE ROOF OF THE "
     f"BORDER\n\n{BODY}", ("2023-03", "text:issue-date", "month")),
    # added 2026-12-04 (tenth session), after round 54's first sight:
    # an agency's name broken over two lines above the document's number and date
    ("MINISTRY OF NATIONAL DEFENCE               SOCIALIST REPUBLIC OF VIETNAM\nBORDER GUARD "
     "HIGH COMMAND              Independence – Freedom – Happiness\nĐIỆN BIÊN PROVINCIAL "
     "BORDER\nGUARD COMMAND\nNo. 214/TB-BCH                                  Điện Biên Phủ, "
     f"28/12/2023\n\nPRESS RELEASE\nResults of the 2023 peak campaigns\n\n{BODY}",
     ("2023-12-28", "text:letterhead", "day")),
    # ... and a notice whose title the text finds (a short headline, a subtitle in brackets)
    ("NẬM PỒ DISTRICT PEOPLE'S COMMITTEE                SOCIALIST REPUBLIC OF VIETNAM\nPROJECT "
     "MANAGEMENT BOARD FOR               Independence – Freedom – Happiness\nCONSTRUCTION "
     "INVESTMENT\nNo. 118/TB-BQLDA"
     "                                      Nậm Pồ, 15/05/2024\n\nNOTICE OF BIDS\n(published "
     f"on the National E-Procurement System)\n\n{BODY}", ("2024-05-15", "text:letterhead", "day")),
    # a mail forwarded from Outlook: "Sent:"
    ("From: Highland Water Partners <news@hwp.example>\nSent: Thursday, 7 September 2023 16:40\n"
     "To: Lan <lan@bw.example>\nSubject: FW: Water reaches two more border villages\n\n"
     f"Dear friends and partners,\n\n{BODY}", ("2023-09-07", "text:date-field", "day")),
    # a transcript's head: a labelled date among cells split by middle dots
    ("VTV4 – VIETNAM TODAY (English news)\nTRANSCRIPT · Segment 3 of 7 · Broadcast 19/04/2024, "
     f"19:30 (GMT+7) · Running time 03:12\n\nBorder gate busy\n\n{BODY}",
     ("2024-04-19", "text:published", "day")),
    # a fact sheet dated only in its footer: "Last updated", maybe with the page's number ...
    ("ĐIỆN BIÊN DEPARTMENT OF FOREIGN AFFAIRS\n\nTHE BORDER AFTER THE MERGER: QUESTIONS AND "
     f"ANSWERS\n\n{BODY}\n\nSources: Điện Biên Border Guard Command\nLast updated: 22/10/2025 · "
     "Page 1 of 1\n", ("2025-10-22", "text:footer", "day")),
    # ... but not the last of several items in one file ("Published:" of another story)
    ("Feed export · 3 items\n\nBorder guards seize opium\n\nĐBP - " + BODY + "\n\n-----\n"
     "[2/3] Water for Tàng Phon\nPublished: Tue, 07 Jun 2011 10:05:00 +0700\n",
     (None, "none", None)),
    # a province's site, in Vietnamese or in its own English (tenth session, round 56)
    (f"Border guards seize opium\nNgày đăng: 07/11/2016 | Lượt xem: 1.254\n\n{BODY}",
     ("2016-11-07", "text:published", "day")),
    (f"Border guards seize opium\nPosted date: 14/08/2019 09:12\n\n{BODY}",
     ("2019-08-14", "text:posted", "day")),
    # a paper's issue number before the date (seventeenth session, round 121's archive page)
    (f"Border guards seize opium\n\nSGT Daily No. 1127 - 15/4/1999\n\n{BODY}",
     ("1999-04-15", "text:numeric-date", "day")),
    # a report's cover: its subtitle and author over its place and month (round 121)
    ("# Light at the End of the Road\n\n**Project completion report (excerpt), 2012–2015**\n\n"
     f"Mekong Energy Access Partnership (MEAP)\nHanoi, March 2016\n\n{BODY}",
     ("2016-03", "text:letterhead", "month")),
    # a broadcaster's bulletin line over the headline, its programme, date and hour (round 126)
    ("VOICE OF VIETNAM - OVERSEAS SERVICE\nEnglish news bulletin | 21.07.1997 | 13:00 GMT\n\n"
     f"LAI CHAU BORDER VOTERS GO TO THE POLLS\n\n{BODY}",
     ("1997-07-21", "text:numeric-date", "day")),
    # a byline with its writer "on" the date (round 127)
    ("Forest news\n\nIn a border reserve, the last elephants walk between two countries\n\n"
     f"by Mai Anh on 7 March 2023\n\n{BODY}", ("2023-03-07", "text:long-date", "day")),
    # a blog in Markdown: its name a "# " heading over its menu, the story's "## " heading
    # over the date (round 128)
    ("# Slow Roads\n\n[Home](/) | [About](/about)\n\n---\n\n## Market day at the western end "
     "of Vietnam\n\n*Posted on 5th November 2017 by Lena · 14 Comments*\n\n" + BODY,
     ("2017-11-05", "text:posted", "day")),
    # ... the same in Markdown, its publisher and place on the date's line (round 123)
    ("# Alternative Development in the Uplands\n\n## Lessons from Điện Biên Province\n\n"
     "*Field review — excerpt: Chapter 3*\n\nUNODC Country Office for Viet Nam · Hà Nội · "
     f"June 2008\n\n{BODY}", ("2008-06", "text:letterhead", "month")),
    # ... not under a paragraph: a sentence is the body's
    (f"Border guards seize opium\n\nThe post reported it.\nHanoi, March 2016\n\n{BODY}",
     (None, "none", None)),
    # a newsletter's writer and date under its standfirst (twenty-first session, round 140)
    ("# Issue #87: Freight records\n\n*Trains, casinos and checkpoints: what moved along the "
     "borders of Laos, Vietnam and China this week.*\n\n**Claire Vong** · Sunday, June 9th, "
     f"2024 · 7 min read\n\n---\n\n{BODY}", ("2024-06-09", "text:long-date", "day")),
    # a weekly's issue, its date and its section in one italic line (twenty-second session,
    # round 153)
    ("# THE SAIGON TIMES WEEKLY — Archive\n\n[Home](/) › [Archive 1998](/archive/1998) › "
     "Business\n\n---\n\n## Kip crisis slows Lai Chau's trade\n\n*Saigon Times "
     f"Weekly, No. 12 (1998) · Saturday, 21.03.1998 · Economy*\n\n{LEAD}",
     ("1998-03-21", "text:numeric-date", "day")),
    # a labelled date opening a line of other fields (round 154)
    ("Interview: a county at the corner of three countries\n\nPublished: 20/01/2026  Source: "
     f"Yunnan Net  Reporter: Chen Lu\n\n{BODY}", ("2026-01-20", "text:published", "day")),
    # the Vientiane Times' "(Latest Update ...)" under its byline, a "Posted at:" label, an
    # outlet's one-word name before its date, the border guard's paper without diacritics
    # (day-first), a report's month alone under its subtitle (twenty-fifth session, rounds
    # 187-195)
    ("Laos hands over 43 citizens\n\nBy Phetsamone Sorbandith\n(Latest Update August 22, "
     f"2023)\n\n{BODY}", ("2023-08-22", "text:updated", "day")),
    (f"Border review\n\nPosted at: 12/01/2026 - 09:15\n\nĐBP - {BODY}",
     ("2026-01-12", "text:posted", "day")),
    (f"Border guards mark anniversary\n\nVietnamPlus | 03/03/2009 16:42\n\n{BODY}",
     ("2009-03-03", "text:numeric-date", "day")),
    ("BIEN PHONG NEWSPAPER - Voice of the Border Guard\n\nCouples register marriages\n\n"
     f"Posted on: 08/06/2021 - 10:15\n\nBP - {BODY}", ("2021-06-08", "text:posted", "day")),
    ("# Reaching the last village\n\n*Field monitoring report — Programme on Health and "
     "Nutrition for Ethnic Minority Children, Northern Mountainous Provinces*\n*June 2014*\n\n"
     f"{BODY}", ("2014-06", "text:letterhead", "month")),
    # an agency's initials before its date with no mark between, a date in emphasis among a
    # page's items, a report's month under three lines of subtitle (twenty-sixth session,
    # round 202)
    (f"Phongsaly, Dien Bien review border cooperation\n\nKPL 14/03/2019 10:05\n\n{BODY}",
     ("2019-03-14", "text:numeric-date", "day")),
    ("# Upgraded road halves travel time to the border\n\n**The Laotian Times** · Economy · "
     f"*Published: 8 August 2024*\n\nBy Phoonsab Thevongsa\n\n---\n\n{BODY}",
     ("2024-08-08", "text:published", "day")),
    ("MEKONG BASIN DISEASE SURVEILLANCE (MBDS) NETWORK\n\nCross-border malaria surveillance "
     "in the Lao–Vietnamese–Chinese border area\n(Phongsaly – Dien Bien – Jiangcheng)\n\n"
     f"Report of the joint field assessment\nMarch 2008\n\n1. Background\n\n{BODY}",
     ("2008-03", "text:letterhead", "month")),
    # an agency's name ending in a press word before its date, two dashes between (round 210)
    ("Agence France-Presse -- 03/03/1998 08:41 GMT\n\nVietnam's last opium frontier: poppies "
     f"give way to rice, and soldiers\n\nby Catherine Mollet\n\n{BODY}",
     ("1998-03-03", "text:numeric-date", "day")),
    # no date at all
    # twenty-seventh session: an outlet's name in words before its date (round 217), and a
    # report's cover naming its "Report date" among other fields (round 220)
    (f"Nà Bủng Border Post keeps the flame alive\n\nBiên phòng - Sunday, 25/07/2021 07:45\n\n"
     f"{BODY}", ("2021-07-25", "text:numeric-date", "day")),
    (f"# Water for border communes\n\n**Annual Progress Report, Year 2**\n\nUNICEF Viet Nam · "
     f"Report date: 20 February 2026 · Grant reference SC-2023-0417\n\n{BODY}",
     ("2026-02-20", "text:published", "day")),
    # twenty-eighth session: the one date of a line of short cells around it (the
    # section, the outlet, the page's kind: rounds 114, 134, 193, 236, 238, 239 ...)
    (f"Gongs ring again on the border\n\nCulture - Society | 22/09/2025 07:45\n\n{BODY}",
     ("2025-09-22", "text:numeric-date", "day")),
    (f"# Phongsaly and Dien Bien review cooperation\n\n**KPL** | 19 August 2025 | Politics"
     f"\n\n{BODY}", ("2025-08-19", "text:long-date", "day")),
    (f"# Border Spring in Noong E\n\n*People's Army Newspaper Online* · Military - Defence · "
     f"**Tuesday, January 20, 2026 09:12**\n\n{BODY}", ("2026-01-20", "text:long-date", "day")),
    # ... day-first when the cell names the border guard's paper in mixed case
    (f"# Light comes to Nậm Đích\n\n*Border Guard Newspaper (Biên phòng) – English edition · "
     f"08/06/2023 · Border life*\n\n{BODY}", ("2023-06-08", "text:numeric-date", "day")),
    # ... not a year alone, which a wire's dateline after it makes a day (a guard)
    ("Yunnan border port sees trade surge\nSource: Xinhua | Published: 2025 | Editor: huaxia"
     f"\n\nKUNMING, June 3 (Xinhua) -- {BODY}", ("2025-06-03", "text:wire-lead", "day")),
    # ... not a line with a sentence among its cells, nor two dates (guards: pass before too)
    (f"Border guards seize opium\n\nNews | 12/03/2021 | 14/03/2021\n\n{BODY}",
     (None, "none", None)),
    (f"Border guards seize opium\n\nUpdate | 22/03/2021 | Border guards of the Nậm Kè post "
     f"seized three kilograms of opium in the village\n\n{BODY}", (None, "none", None)),
    (f"Border guards seize opium\n\nĐBP - {BODY}", (None, "none", None)),
    # the manifest wins and says so
])
def test_page_dates(text, expected):
    assert _page(text) == expected


def test_manifest_date_wins_with_its_source():
    text = f"Border guards seize opium\nUpdated: 14/03/2023 10:32\n\n{BODY}"
    assert _page(text, date="2023-03-15") == ("2023-03-15", "manifest", "day")
    a = parse_article(text, article_id="x", meta={"date": "2023-03-15"})
    assert any("differs" in w for w in a.warnings)


def test_breadcrumb_metadata_and_repeated_title_are_head_furniture():
    text = ("title: Border guards seize opium\nurl: https://example.vn/a\ndate 2023-03-14\n\n"
            f"Border guards seize opium\n\nĐBP - {BODY}")
    a = parse_article(text, article_id="x")
    assert a.title == "Border guards seize opium"
    assert a.text[a.body.start:].startswith("The Nậm Kè Border Post")
    b = parse_article(f"News > Border\nBorder guards seize opium\n\n{BODY}", article_id="y")
    assert b.title == "Border guards seize opium"


def test_byline_with_a_date_gives_both():
    a = parse_article(f"Border guards seize opium\nBy Hà Linh, 14/03/2023\n\n{BODY}",
                      article_id="x")
    assert (a.byline, a.date) == ("Hà Linh", "2023-03-14")
    assert a.text[a.body.start:].startswith("The Nậm Kè")


def test_a_body_sentence_ending_in_a_date_is_not_a_byline():
    text = ("Border guards seize opium\nThe post reported the case to police on 14/03/2023\n\n"
            f"{BODY}")
    assert _page(text) == (None, "none", None)


def test_visited_and_advertisement_stamps_are_not_the_date():
    text = (f"Last visited: 20/03/2023 14:02\nAdvertisement 19/03/2023\n"
            f"Border guards seize opium\n\n{BODY}")
    a = parse_article(text, article_id="x")
    assert (a.date, a.date_source) == (None, "none")
    assert a.title == "Border guards seize opium"  # the stamps are furniture, not the title


def test_dates_of_other_stories_in_the_furniture_are_not_the_date():
    text = (f"Border guards seize opium\n\nĐBP - {BODY}\nRecent news\n"
            "  • Flood relief in Mường Nhé\n    14/03/2023 10:32\n")
    assert _page(text) == (None, "none", None)


def test_event_dates_in_the_body_are_not_the_date():
    text = ("Border guards seize opium\n\nĐBP - On May 21, 2023, the Nậm Kè Border Post "
            "seized 6 kg of opium.\n\nOn May 22, it handed over two suspects.\n")
    assert _page(text) == (None, "none", None)


def test_ambiguous_date_keeps_only_its_year_and_warns():
    text = f"Border guards seize opium\n05/06/2021 10:32\n\n{BODY}"
    a = parse_article(text, article_id="x")
    assert (a.date, a.date_source, a.date_precision) == ("2021", "text:numeric-date", "year")
    assert any("only its year 2021" in w for w in a.warnings)


def test_ambiguous_date_is_settled_by_another_date_of_the_page():
    text = (f"Border guards seize opium\n05/06/2021 10:32\n\n{BODY}\nRelated news\n"
            "  • Border trade grows 25/05/2021\n")
    assert _page(text) == ("2021-06-05", "text:numeric-date", "day")


# the days a page reports as past settle its ambiguous date: it was written after them
# (added 2026-12-04, tenth session; no outlet mark on these pages)
@pytest.mark.parametrize(("head", "body", "expected"), [
    # 8 May is before the floods of August 3: 5 August
    ("Updated: 05/08/2025 16:40 (GMT+7)", "Flash floods in the early hours of August 3 have "
     "killed five people in the border communes of Điện Biên.", ("2025-08-05", "day")),
    # the first ten months of 2025 were over: 6 November, not 11 June
    ("06/11/2025 09:15 | Thu Hà", "Turnover through the gates in the first 10 months of 2025 "
     "reached USD 148.3 million.", ("2025-11-06", "day")),
    ("06/11/2025 09:15", "In the first ten months of the year the gates handled 12,845 "
     "vehicles.", ("2025-11-06", "day")),
    # written the other way round: the patrol of 30 September came after 10 March
    ("10/03/2024 08:00", "On 30 September the Nậm Kè Border Post seized 6 kg of opium.",
     ("2024-10-03", "day")),
    # a day of another year, or before both readings, or after both (a coming event), or a
    # modal "may": no evidence
    ("05/08/2025 16:40", "The floods of August 3, 2024 killed five people.", ("2025", "year")),
    ("05/08/2025 16:40", "On April 2 the post seized 6 kg of opium.", ("2025", "year")),
    ("05/08/2025 16:40", "The border fair will open on December 1 in Điện Biên Phủ.",
     ("2025", "year")),
    ("05/08/2025 16:40", "Villagers may 30 days later return to Nậm Kè.", ("2025", "year")),
])
def test_ambiguous_date_is_settled_by_the_days_the_page_reports(head, body, expected):
    a = parse_article(f"Border guards at work\n{head}\n\n{body}\n", article_id="x")
    assert (a.date, a.date_precision) == expected


# wire copy: the lead gives the day, the page the year
@pytest.mark.parametrize(("text", "expected"), [
    ("Border guards seize opium\n\nĐIỆN BIÊN (VNA) – Border guards of Điện Biên seized 6 kg "
     "of opium on March 13, officials said.\n\nMore.\n\n© 2023 Vietnam News Agency\n",
     "2023-03-13"),
    # the year comes from the page's visited stamp; a December day is the year before
    ("Last visited: 05/01/2024 10:00\nBorder guards seize opium\n\nHÀ NỘI (VNA) – Border "
     "guards seized 6 kg of opium on December 28 in Điện Biên.\n", "2023-12-28"),
    ("Border guards seize opium\n\nĐIỆN BIÊN (VNS) - On Tuesday, March 14, 2023, border guards "
     "seized 6 kg of opium.\n", "2023-03-14"),
    # VNA's English site writes the city in mixed case
    ("Border guards seize opium\n\nHanoi (VNA) – The Border Guard High Command on March 13 "
     "reported 6 kg of opium seized in Điện Biên.\n\nCopyright 2023 VNA\n", "2023-03-13"),
    # no stamp: the body says the year it is written in (added 2026-12-03, fifth session)
    ("Hailstorms hit Dien Bien\n\nDien Bien (VNA) – Hailstorms swept through five districts "
     "on March 13, damaging 1,386 houses.\n\nIt was the third spell of hail since the "
     "beginning of 2016.\n", "2016-03-13"),
    # a dateline carrying its own day and year, of any agency, day-first or not, with two
    # places (added 2026-12-04, eighth session, after round 44's first sight: an IRIN feature)
    ("Rising water squeezes minorities\n\nHANOI/MUONG NHE, 3 April 2008 (IRIN) - When the Da "
     "River rises, most of Muong Lay town will disappear.\n", "2008-04-03"),
    ("Heroin seized\n\nHANOI, Oct 14, 2008 (AFP) - Vietnamese border guards seized heroin "
     "near the frontier.\n", "2008-10-14"),
])
def test_wire_lead_dates(text, expected):
    assert _page(text) == (expected, "text:wire-lead", "day")


@pytest.mark.parametrize("text", [
    # a provincial paper's dateline is not a wire agency: "on May 7" is an event
    "Border guards seize opium\n\nĐBP - On May 7, border guards seized 6 kg of opium.\n\n© 2023\n",
    # a wire lead without any year on the page stays undated
    "Border guards seize opium\n\nHÀ NỘI (VNA) – Border guards seized 6 kg of opium on March 13.\n",
    # the day is in the second paragraph, not the lead
    "Border guards seize opium\n\nHÀ NỘI (VNA) – Border guards seized 6 kg of opium.\n\n"
    "On March 13, they handed it over.\n\n© 2023 VNA\n",
    # a year of the past in the body is no year of the story
    "Border guards seize opium\n\nHÀ NỘI (VNA) – Border guards seized 6 kg of opium on March "
    "13.\n\nIn 2016 the post had seized 2 kg.\n",
    # a dateline's day without a year, of no wire agency, is no date of the page
    "Border guards seize opium\n\nDIEN BIEN, March 5 - Border guards seized 6 kg of opium.\n",
])
def test_not_wire_lead_dates(text):
    assert _page(text) == (None, "none", None)


# a thread copied from X: no head date, each post stamped under its text (twelfth session,
# round 66's thread); the first post's stamp is the thread's date
THREAD = ("Post\n\nĐiện Biên Border Guard\n@BDBP_DienBien\nThis week on the border: a heroin "
          "arrest in Mường Nhé and new classrooms in Nậm Pồ. A thread 1/3\n"
          "8:05 AM · Mar 18, 2023\n·\n2,431 Views\n\nĐiện Biên Border Guard\n@BDBP_DienBien\n"
          "On March 14, Nậm Kè Border Post seized 1.3 kg of heroin. 2/3\n"
          "8:06 AM · Mar 19, 2023\n")


def test_a_threads_first_post_stamp_dates_it():
    assert _page(THREAD) == ("2023-03-18", "text:post-stamp", "day")


@pytest.mark.parametrize("text", [
    # a timeline's days are events, not stamps
    "The year on the border\n\nĐBP - The border's year, day by day.\n\nMarch 18, 2023\n"
    "Nậm Kè Border Post seized 1.3 kg of heroin.\n",
    # a stamp without its year dates nothing
    THREAD.replace(", 2023", ""),
])
def test_no_post_stamp_no_date(text):
    assert _page(text) == (None, "none", None)


def test_a_pages_own_date_beats_an_embedded_posts_stamp():
    text = ("Border guards seize heroin\n\nPublished: 20/03/2023\n\nĐBP - The Border Guard "
            "posted on X:\n\nNậm Kè Border Post seized 1.3 kg of heroin.\n"
            "8:05 AM · Mar 18, 2023\n\nMore followed.\n")
    assert _page(text) == ("2023-03-20", "text:published", "day")


# --- partial dates and the era ---------------------------------------------

@pytest.mark.parametrize(("iso", "bounds"), [
    ("2023", ("2023-01-01", "2023-12-31")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2023-12", ("2023-12-01", "2023-12-31")),
    ("2023-03-14", ("2023-03-14", "2023-03-14")),
])
def test_date_bounds(iso, bounds):
    assert date_bounds(iso) == bounds


@pytest.mark.parametrize(("iso", "era"), [
    ("2024", "legacy"), ("2025-06", "legacy"), ("2025-07", "2025"), ("2026", "2025"),
    ("2025", None),  # half of 2025 is before the merger: the year alone decides nothing
    ("2025-06-30", "legacy"), ("2025-07-01", "2025"), (None, None),
])
def test_era_of_partial_dates(iso, era):
    assert era_of_date(iso) == era


def test_era_rule_uses_the_date_read_from_the_text(gaz):
    """Dated 2023 by its page, "Pa Thơm commune" is the legacy commune."""
    from geo.pipeline import process_article

    text = ("Border guards help farmers\nUpdated: 14/08/2023 10:32\n\nĐBP - Officers of the "
            "Pa Thơm Border Post helped farmers in Pa Thơm commune harvest maize.\n")
    result = process_article(parse_article(text, article_id="x"), gaz)
    commune = next(m for m in result.mentions if m.kind == "commune")
    assert gaz.get(commune.place_id).era == "legacy"
    assert (commune.article_date, commune.date_source) == ("2023-08-14", "text:updated")
    row = commune.to_row()
    assert list(row)[-2:] == ["article_date", "date_source"]
    undated = process_article(parse_article(text.replace("Updated: 14/08/2023 10:32\n", ""),
                                            article_id="x"), gaz)
    assert all(m.date_source == "none" and m.article_date is None for m in undated.mentions)


def test_a_masthead_and_a_search_box_under_the_title_are_the_head():
    # added 2026-12-03 (fifth session), from round 37: a masthead "NAME ONLINE - English
    # edition" is no dateline, and "Search..." no sentence; the labelled date is the page's
    text = ("Dien Bien surveys Huổi Puốc border gate\n\nĐIỆN BIÊN PHỦ ONLINE - English edition\n"
            "Home | Politics | Economy | Society | Border – Defence | Sports | Video\n"
            "Search...\n\nHome > Economy > Trade\n\nPublished: 17/01/2026 09:25\n\n"
            "Share: Facebook | Zalo | X | Email | Print\n\n"
            "ĐBP - On January 16, a working delegation of the provincial People's Committee "
            "surveyed the area of border marker No. 144 in Noong É village, Mường Nhà commune.\n")
    a = parse_article(text, article_id="x")
    assert (a.date, a.date_source) == ("2026-01-17", "text:published")
    assert a.text[a.body.start:].startswith("On January 16")


def test_a_labelled_date_line_with_the_pages_items_after_it():
    # added 2026-12-03 (fifth session), from round 36
    text = ("Border guards look back on a year of firm borders\n\n"
            "Posted on 29 December 2025 | Category: Defence – Security | Print | Share\n\n"
            f"{BODY}")
    assert _page(text) == ("2025-12-29", "text:posted", "day")


def test_a_blogs_name_over_its_menu_is_not_the_story_title():
    text = ("# Slow Roads\n\n[Home](/) | [About](/about)\n\n---\n\n## Market day at the "
            "western end of Vietnam\n\n*Posted on 5th November 2017 by Lena*\n\n" + BODY)
    a = parse_article(text, article_id="x")
    assert a.title == "Market day at the western end of Vietnam"
    assert a.text[a.body.start:].startswith("The Nậm Kè Border Post")


def test_a_standfirst_in_italics_over_a_dated_byline_stays_text():
    # twenty-first session, round 140: "*... this week.*" ends on a stop inside its emphasis:
    # a sentence of the text, not a standfirst without a stop
    text = ("# Issue #87: Freight records\n\n*Trains, casinos and checkpoints: what moved along "
            "the borders of Laos, Vietnam and China this week.*\n\n**Claire Vong** · Sunday, "
            f"June 9th, 2024 · 7 min read\n\n---\n\n{BODY}")
    a = parse_article(text, article_id="x")
    assert a.date == "2024-06-09"
    assert a.text[a.body.start:a.body.end].startswith("*Trains, casinos")


@pytest.mark.parametrize(("line", "expected"), [
    # twenty-ninth session, rounds 243 and 252: a blog's post line, whoever wrote it (a
    # handle in lower case) and whatever follows (categories, a dash, a line of cells)
    ("*Posted on November 22, 2010 by rustyrides · Vietnam, Laos, Border crossings · 14 "
     "comments*", ("2010-11-22", "text:posted", "day")),
    ("Posted on 24 January 2026 by Tom | Filed under: Border Crossings, Dien Bien | 7 comments",
     ("2026-01-24", "text:posted", "day")),
    ("*Posted on November 3, 2016 by Tom K. — filed under Vietnam, Motorbiking, Off the beaten "
     "track*", ("2016-11-03", "text:posted", "day")),
    # ... its month alone, after "in" or before the section it is filed in
    ("*Posted in March 2016 by **Tom H.** · Categories: Vietnam, Birding · 7 comments*",
     ("2016-03", "text:posted", "month")),
    ("*Posted March 2021 in Fieldnotes · 7 min read*", ("2021-03", "text:posted", "month")),
])
def test_a_blogs_post_line_dates_the_page(line, expected):
    text = f"# Up the road to the border\n\n{line}\n\n{BODY}"
    assert _page(text) == expected


def test_a_wires_stamp_in_daylight_time():
    # twenty-ninth session: Reuters' "Tue May 3, 2011 5:41am EDT" (EST was read, EDT was not)
    text = f"Rice finds a back road into Laos\n\nTue May 3, 2011 5:41am EDT\n\n{BODY}"
    assert _page(text) == ("2011-05-03", "text:long-date", "day")

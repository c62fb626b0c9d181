"""The theme vocabulary and its rules (geo.figures.themes)."""

from __future__ import annotations

import pytest

from geo.figures.themes import RULES, THEME_LABELS, Theme, theme_for

CASES = [
    # subject, unit, context, theme
    ("patrols", "patrols", "Conducted 2,650 patrols with 27,803 personnel", Theme.PATROLS),
    ("joint patrols", "patrols", "participated in 367 joint patrols with border forces",
     Theme.DIPLOMACY),
    ("officers and soldiers", "officers and soldiers",
     "participated in 367 joint patrols with border forces of China and Laos, involving 1,705 "
     "officers and soldiers", Theme.DIPLOMACY),
    ("provincial-level meetings", "meetings", "held 36 provincial-level and 217 post-level "
     "meetings with foreign counterparts", Theme.DIPLOMACY),
    ("personnel", "personnel", "Conducted 2,650 patrols with 27,803 personnel", Theme.PERSONNEL),
    ("officers", "officers", "the Command deployed 178 officers in 23 operations",
     Theme.PERSONNEL),
    ("border", "km", "managing and protecting 24km of national border", Theme.BORDER),
    ("border", "km", "over 4,400 individuals committed to self-managing 408.616 kilometers "
     "of border", Theme.BORDER),
    ("border markers", "markers", "which includes eight border markers", Theme.BORDER),
    ("collectives", "collectives", "the province has 81 collectives", Theme.SELF_MANAGEMENT),
    ("households", "households", "nearly 3,400 households ... committed to self-managing",
     Theme.SELF_MANAGEMENT),
    ("groups", "groups", "302 groups of 1,682 members", Theme.SELF_MANAGEMENT),
    ("heroin", "kg", "Seized contraband included: 59.7kg of heroin", Theme.DRUGS_CRIME),
    ("synthetic drug tablets", "tablets", "1,220,030 synthetic drug tablets", Theme.DRUGS_CRIME),
    ("suspects", "suspects", "intercepted 406 cases involving 478 suspects", Theme.DRUGS_CRIME),
    ("individuals", "individuals", "persuaded 26 individuals to renounce the “Hồ Chí Minh "
     "spiritualism” cult", Theme.SECURITY_OUTREACH),
    ("cases", "cases", "handled six cases involving eight individuals associated with Pháp "
     "Luân Công", Theme.SECURITY_OUTREACH),
    ("cases", "cases", "handled six cases involving eight individuals associated with Phap "
     "Luan Cong", Theme.SECURITY_OUTREACH),
    ("party cells", "cells", "helped establish 117 new Party cells", Theme.PARTY_BUILDING),
    ("officers", "officers", "eight officers are part of the People’s Councils",
     Theme.PARTY_BUILDING),
    ("workdays", "workdays", "with 15,625 workdays volunteered", Theme.WELFARE),
    ("vehicles", "vehicles", "4,750 personnel and 250 vehicles deployed in disaster relief",
     Theme.WELFARE),
    ("funds", "VND", "mobilized over VND 17.4 billion to help people reduce poverty",
     Theme.WELFARE),
    ("rice", "kg", "each household receives 20kg of rice per month", Theme.WELFARE),
    ("trainees", "%", "Inspection results showed 100% of trainees meeting requirements",
     Theme.TRAINING),
    ("troops", "%", "99.25% of troops met health standards", Theme.TRAINING),
    ("agricultural production", "VND", "The value of agricultural production per capita "
     "reached over VND 1.36 million/year", Theme.OTHER),
    ("hydropower capacity", "MW", "a capacity of 2,500 - 3,000MW", Theme.OTHER),
]


@pytest.mark.parametrize(("subject", "unit", "context", "theme"), CASES,
                         ids=[f"{c[0]}:{c[3]}" for c in CASES])
def test_theme_for(subject, unit, context, theme):
    assert theme_for(subject, unit, context) is theme


def test_vocabulary_is_stable():
    assert [t.value for t in Theme] == [
        "patrols", "personnel", "border", "self_management", "drugs_crime",
        "security_outreach", "party_building", "welfare", "diplomacy", "training", "other"]


def test_every_theme_has_a_label():
    assert set(THEME_LABELS) == set(Theme)


def test_every_rule_names_a_theme_and_at_least_one_condition():
    for theme, head, unit, ctx in RULES:
        assert isinstance(theme, Theme)
        assert (head, unit, ctx) != (None, None, None)


def test_theme_is_a_plain_string_in_output():
    assert str(theme_for("patrols")) == "patrols"

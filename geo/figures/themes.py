"""The theme vocabulary of figures and the rules that assign a theme.

One vocabulary, :class:`Theme`, is used in code, exports and CLI output.  A
figure's theme comes from what it counts (its *subject* and *unit*) and from
the words of its clause (the *context*): "367 joint patrols" is diplomacy,
"26 individuals to renounce the ... cult" is security and religion outreach.

Rules (the first that applies wins; see :data:`RULES`):

1. drug substances, drug tablets → ``drugs_crime``;
2. border length or markers (head noun border, frontier, boundary, markers,
   landmarks), lengths of roads, routes, trails, fences, and any length in
   a clause about the border → ``border``;
3. a clause about joint patrols, foreign counterparts or twinning →
   ``diplomacy``;
4. a clause about renouncing cults, religion, Pháp Luân Công →
   ``security_outreach``;
5. patrols → ``patrols``;
6. meetings, talks, delegations, exchanges → ``diplomacy``;
7. a clause about Party cells, Party members, Party Committees of units,
   Party secretaries or People's Councils → ``party_building``;
8. percentages in a clause about training, readiness, exercises or health
   standards → ``training``;
9. a clause about self-management by residents or security commitments, or
   collectives → ``self_management``;
10. cases, suspects, or a clause about drugs, trafficking, smuggling,
    contraband, arrests → ``drugs_crime``;
11. people deployed (personnel, officers, soldiers, troops, militia,
    operations) → ``personnel``;
12. workdays, houses, vehicles, rice, gifts, children and pupils sponsored,
    money for support, or a clause
    about relief, poverty, support, housing → ``welfare``;
13. reports and tip-offs → ``security_outreach``;
14. households, individuals, groups, members, families, villages →
    ``self_management``;
15. anything else → ``other``.

Context is matched on the NFC, lower-case clause (keywords with diacritics
are listed with and without them), so NFD and undiacritised input give the
same theme.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache


class Theme(StrEnum):
    """What a figure is about: one vocabulary in code, exports and CLI output."""

    PATROLS = "patrols"
    PERSONNEL = "personnel"  # personnel deployed
    BORDER = "border"  # border managed: km, markers
    SELF_MANAGEMENT = "self_management"  # self-management by residents
    DRUGS_CRIME = "drugs_crime"
    SECURITY_OUTREACH = "security_outreach"  # security and religion outreach
    PARTY_BUILDING = "party_building"
    WELFARE = "welfare"  # welfare and relief
    DIPLOMACY = "diplomacy"
    TRAINING = "training"  # training and readiness
    OTHER = "other"


#: Human-readable labels, for maps and tables.
THEME_LABELS: dict[Theme, str] = {
    Theme.PATROLS: "Patrols",
    Theme.PERSONNEL: "Personnel deployed",
    Theme.BORDER: "Border managed",
    Theme.SELF_MANAGEMENT: "Self-management by residents",
    Theme.DRUGS_CRIME: "Drugs and crime",
    Theme.SECURITY_OUTREACH: "Security and religion outreach",
    Theme.PARTY_BUILDING: "Party building",
    Theme.WELFARE: "Welfare and relief",
    Theme.DIPLOMACY: "Diplomacy",
    Theme.TRAINING: "Training and readiness",
    Theme.OTHER: "Other",
}


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_ANY = None
#: (theme, head-noun pattern or None, unit pattern or None, context pattern or None).
#: A rule applies when every pattern it has matches: the head noun is the last
#: word of the subject, the unit the normalised unit, the context the folded
#: clause.
RULES: tuple[tuple[Theme, re.Pattern | None, re.Pattern | None, re.Pattern | None], ...] = (
    (Theme.DRUGS_CRIME, _re(r"^(heroin|opium|meth|methamphetamine|cannabis|marijuana|ketamine|"
                            r"ecstasy|narcotics?|drugs?|tablets|pills|amphetamines?)$"), _ANY,
     _ANY),
    (Theme.BORDER, _re(r"^(border|borders|frontier|boundary|borderline|markers|landmarks|"
                       r"milestones)$"), _ANY, _ANY),
    # lengths of roads and paths (patrol roads, border roads), or any length in a
    # clause about the border ("24 km along the border")
    (Theme.BORDER, _re(r"^(roads?|routes?|trails?|paths?|tracks?|highways?|fences?)$"),
     _re(r"^(km|m)$"), _ANY),
    (Theme.BORDER, _ANY, _re(r"^(km|m)$"), _re(r"border|frontier|boundary|\broads?\b|\broutes?\b|"
                                                r"\btrails?\b")),
    (Theme.DIPLOMACY, _ANY, _ANY, _re(r"joint patrol|counterpart|twinning|bilateral|"
                                      r"foreign (?:forces|side|partners)")),
    (Theme.SECURITY_OUTREACH, _ANY, _ANY, _re(r"renounce|\bcults?\b|religio|spiritualism|"
                                              r"pháp luân|phap luan|falun|heres|superstiti")),
    (Theme.PATROLS, _re(r"^patrols?$"), _ANY, _ANY),
    (Theme.DIPLOMACY, _re(r"^(meetings|talks|delegations|exchanges|visits)$"), _ANY, _ANY),
    (Theme.PARTY_BUILDING, _ANY, _ANY,
     _re(r"party (?:cells?|members?|organi[sz]ations?|secretar|committees of|building)|"
         r"people[’']?s councils?|executive boards?|party members")),
    (Theme.TRAINING, _ANY, _re(r"^%$"), _re(r"train|readiness|exercise|health standard|drill|"
                                            r"combat|qualif")),
    (Theme.SELF_MANAGEMENT, _ANY, _ANY, _re(r"self.manag|self.govern|commitment|"
                                            r"\bcollectives\b")),
    (Theme.DRUGS_CRIME, _re(r"^(cases|suspects|offenders|arrests|smugglers|traffickers|"
                            r"criminals)$"), _ANY, _ANY),
    (Theme.DRUGS_CRIME, _ANY, _ANY, _re(r"\bdrugs?\b|traffick|smuggl|contraband|seiz|crimes?\b|"
                                        r"\barrest|narcotic|heroin|opium|methamphetamine")),
    (Theme.PERSONNEL, _re(r"^(personnel|officers|soldiers|troops|staff|militia|militiamen|"
                          r"guards|forces|cadres|commanders|operations|police|policemen|"
                          r"officers and soldiers)$"), _ANY, _ANY),
    (Theme.WELFARE, _re(r"^(workdays|houses|homes|vehicles|rice|gifts|scholarships|meals|"
                        r"cows|buffaloes|livestock|seedlings|blankets|bicycles|children|"
                        r"pupils|students)$"), _ANY, _ANY),
    (Theme.WELFARE, _ANY, _ANY, _re(r"relief|poverty|support|\bhous(?:e|es|ing)\b|\brice\b|"
                                    r"donat|charit|assistance|disaster|gifts?\b|\bhelp")),
    (Theme.SECURITY_OUTREACH, _re(r"^(reports|tip-offs|denunciations|tips)$"), _ANY, _ANY),
    (Theme.SELF_MANAGEMENT, _re(r"^(households|individuals|groups|members|families|villages|"
                                r"residents|people|teams)$"), _ANY, _ANY),
)


def theme_for(subject: str, unit: str = "", context: str = "") -> Theme:
    """Return the theme of a figure from what it counts and its clause.

    Parameters
    ----------
    subject : str
        What is counted, e.g. ``"joint patrols"``, ``"heroin"``.
    unit : str, optional
        The normalised unit (``"km"``, ``"%"``, ``"VND"``, ``"patrols"``...).
    context : str, optional
        The clause the figure stands in, as written (it is folded here).

    Returns
    -------
    Theme
        The first rule of :data:`RULES` that applies, else ``Theme.OTHER``.

    Examples
    --------
    >>> theme_for("joint patrols", "patrols", "participated in 367 joint patrols")
    <Theme.DIPLOMACY: 'diplomacy'>
    """
    words = subject.lower().split()
    head = "officers and soldiers" if subject.lower().endswith("officers and soldiers") else (
        words[-1] if words else "")
    checks, fallback = _plan(head, unit)
    if checks:
        ctx = unicodedata.normalize("NFC", context).lower() if context else ""
        for theme, ctx_re in checks:
            if ctx_re.search(ctx):
                return theme
    return fallback


@lru_cache(maxsize=4096)
def _plan(head: str, unit: str) -> tuple[tuple[tuple[Theme, re.Pattern], ...], Theme]:
    """Return the context rules left to try for a head noun and unit, and the theme after them.

    :data:`RULES` in order, with the head and unit tests done once per
    (head, unit) instead of once per figure: the context rules whose head
    and unit fit, up to the first rule that needs no context (its theme is
    the fallback).  Few heads and units recur, so the cache stays small.
    """
    checks = []
    for theme, head_re, unit_re, ctx_re in RULES:
        if head_re is not None and not head_re.search(head):
            continue
        if unit_re is not None and not unit_re.search(unit):
            continue
        if ctx_re is None:
            return tuple(checks), theme
        checks.append((theme, ctx_re))
    return tuple(checks), Theme.OTHER

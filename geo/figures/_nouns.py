"""The words of a figure's noun phrase: where it stops, what is no count, who is counted.

Private to :mod:`geo.figures.extract`: word lists only.  A noun phrase after
a number stops at a function word (:data:`STOP`) or a verb (:data:`VERBS`);
its head may be no count at all (:data:`NOT_COUNTED`: "three times", "two
sides", "2,431 Views") unless days are work or events held
(:data:`COUNTED_DAYS`); a pair of :data:`PAIR_REFERENCES` refers back; people
may be counted by their nationality alone (:data:`DEMONYMS`).
"""

from __future__ import annotations

import re

__all__ = ["COUNTED_DAYS", "DEMONYMS", "DROP_LEADING", "NOT_COUNTED", "OBJECT_NEXT",
           "OBJECT_VERBS", "PAIR_REFERENCES", "STOP", "VERBS"]

STOP = frozenset(
    "of in to and or with for from on at by per the a an who that which were was are is be near "
    "have has had will would also as into onto across along between involving including "
    "related associated such than while each every this these those its their "
    "now still already then beside next adjacent behind inside outside within"
    .split())
VERBS = frozenset("came went had took made found brought held left sent got gave kept hid fell "
                  "rose stood ran began said says can could may might must should carries "
                  "brings".split())  # verbs ending a noun: "the heroin came", "600 g ... carries"
#: Words that are verbs before their object, nouns else: "20 kg of opium faces the death
#: penalty" (not "10 outstanding young faces").
OBJECT_VERBS = frozenset({"faces", "means"})
OBJECT_NEXT = re.compile(r"[^\S\n]+(?:the|a|an|up|death|charges?|prison|trial|life|jail)\b",
                         re.IGNORECASE)
NOT_COUNTED = frozenset(
    "years months weeks days decades hours minutes seconds centuries times sides countries borders "
    "nights winters summers seasons quarters "
    "nations frontiers ways parts levels tiers terms generations stays togethers goods "
    "sons daughters thirds fifths tenths halves "
    # a text's own parts ("Three motives came up again and again", "for two reasons")
    "motives reasons lessons questions answers options factors things problems challenges "
    "priorities scenarios explanations arguments themes trends takeaways objectives goals "
    # a post's counters on a social network or a blog ("2,431 Views", "9 Reposts 41 Likes",
    # "· 14 comments")
    "views likes reposts retweets bookmarks reactions shares followers subscribers comments "
    "replies".split())
#: Days that are work or events held, not time: "12 working days", "48 joint examination days"
COUNTED_DAYS = tuple(f"{w} days" for w in "working examination outreach clinic check-up "
                     "checkup market field volunteer".split()) + ("man-days",)
#: A pair of these is a reference ("the two delegations", "two localities"), not a count.
PAIR_REFERENCES = frozenset("delegations localities parties sides partners".split())
#: People named by their nationality alone: "found seven Vietnamese".
DEMONYMS = frozenset("vietnamese chinese lao laotians thai cambodians burmese myanmar hmong "
                     "foreigners".split())
#: Words dropped from the front of what is counted: "new houses" counts houses.
DROP_LEADING = frozenset("new other national more additional total local".split())

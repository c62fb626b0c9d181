"""Words that tell a unit's place in the 2025 merger: new, old, former, absorbed, carved out.

"The new commune" stands for the unit named new ("the new Sín Thầu commune",
"xã Si Pa Phìn (mới)"), not for one named as no longer being: "the former
Muong Pon and Muong Muon", "the old Phìn Hồ commune", "merged from Si Pa
Phìn and Phìn Hồ", "Sín Thầu, which absorbed Sen Thượng", "Nam Po, created
in 2012 from parts of the Muong Nhe and Muong Cha districts".  Patterns only,
read by :meth:`geo.figures._refer.References._nearest`.
"""

from __future__ import annotations

import re

__all__ = ["ABSORBED", "CARVED", "FORMER", "FORMER_BEFORE", "MADE_OF", "NEW_AFTER", "NEW_BEFORE",
           "OLD"]

#: Before a unit named as one of the old ones: "the former communes of", "two old communes, A and"
OLD = re.compile(r"\b(?:old|former)[^\S\n]+(?:communes?|units?|districts?)\b[^.;:\n]*$",
                 re.IGNORECASE)
#: Right before or after a unit named as new: "the new Sín Thầu", "xã Si Pa Phìn (mới)"
NEW_BEFORE = re.compile(r"\bnew[^\S\n]+$")
NEW_AFTER = re.compile(r"[^\S\n]*\((?:mới|new)\)")
#: Right before a unit that no longer is: "formerly stationed in X", "the former X"
FORMER_BEFORE = re.compile(r"\bformer(?:ly[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?(?:in|of|at)[^\S\n]+|"
                           r"[^\S\n]+)(?:the[^\S\n]+)?$")
FORMER = re.compile(r"\b(?i:former|old)[^\S\n]+(?:[A-ZĐ][^.;:,\n]{0,30}?(?:,|[^\S\n]and)"
                    r"[^\S\n]+)?$")  # "the former Muong Pon and Muong Muon"
#: ... or one a new commune took in: "Sín Thầu, which absorbed Sen Thượng and Leng Su Sìn",
#: "merged from xã Si Pa Phìn and xã Phìn Hồ"
ABSORBED = re.compile(r"\b(?:absorb(?:ed|s|ing)|incorporat(?:ed|es|ing)|merged[^\S\n]+from)"
                      r"[^\S\n]+(?:[^.;:,\n]{0,30}?(?:,|[^\S\n]and)[^\S\n]+)?(?:xã[^\S\n]+)?$")
#: ... or the units a new one was made from: "Nam Po, created in 2012 from parts of the Muong
#: Nhe and Muong Cha districts", "carved out of Mường Nhé and Mường Chà districts" (not the
#: district that "the district" stands for)
CARVED = re.compile(r"\b(?:created|formed|carved|split|separated|established)[^\S\n]+(?:in[^\S\n]+"
                    r"\d{4}[^\S\n]+)?(?:(?:out|off)[^\S\n]+(?:of|from)|from)[^\S\n]+"
                    r"(?:(?:parts?|areas?)[^\S\n]+of"
                    r"[^\S\n]+)?(?:the[^\S\n]+)?(?:[A-ZĐ][^.;:,\n]{0,30}?(?:,|[^\S\n]and)"
                    r"[^\S\n]+)?$")
#: The kinds a unit is carved from
MADE_OF = ("district", "commune")

"""Publication dates in the forms news files use, and nothing guessed.

"2025-11-27", "November 7, 2025", "7 Nov 2025", RFC 822 ("Thu, 27 Nov 2025 10:00:00 +0000") and
ISO timestamps parse.  A string that lacks a day, month or year is not completed with today's
values, as a lenient parser would: parse() returns None and the article stays undated.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from dateutil import parser as _dateutil

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_YEAR = re.compile(r"\b(1[89]\d{2}|2\d{3})\b")


class DateError(ValueError):
    """A date that is present but unusable; the message says why."""


def parse_date(value: object) -> dt.date | None:
    """The calendar date in ``value``; None when empty; DateError when present but not a full date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none", "null", "undated"}:
        return None
    m = _ISO.match(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise DateError(f"invalid date {text!r} ({exc})") from None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError):
        pass
    if not _YEAR.search(text):
        raise DateError(f"unrecognised date {text!r} (no year)")
    try:
        # Two different defaults: any field the string does not give would differ between them.
        a = _dateutil.parse(text, default=dt.datetime(2000, 1, 1), fuzzy=False)
        b = _dateutil.parse(text, default=dt.datetime(2001, 2, 2), fuzzy=False)
    except (ValueError, OverflowError) as exc:
        raise DateError(f"unrecognised date {text!r} ({exc})") from None
    if a.date() != b.date():
        raise DateError(f"incomplete date {text!r} (needs day, month and year)")
    return a.date()

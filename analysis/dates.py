"""Publication dates in the forms news files use, and nothing guessed.

"2025-11-27", "November 7, 2025", "7 Nov 2025", RFC 822 ("Thu, 27 Nov 2025 10:00:00 +0000") and
ISO timestamps parse.  A string that lacks a day, month or year is not completed with today's
values, as a lenient parser would: parse() returns None and the article stays undated.

A date can be real and still not fit the tables: their dates are datetime64[ns], which holds
1677-10-01 to 2262-04-11 only (see FIRST_DAY).  parse_date reads any year 1-9999 as written; the loader asks
``representable`` and keeps an article with any other date undated, with a warning, because one
such date would otherwise stop the whole run when the table is built.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from dateutil import parser as _dateutil

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_YEAR = re.compile(r"\b(\d{4})\b")
_WRITTEN_YEAR = re.compile(r"(?<![+\-\d])\b(\d{4})\b")  # not a time zone's "+0100"

#: The first and last calendar days the tables hold.  A datetime64[ns] column starts at
#: 1677-09-21 00:12:43, but a date is also charted by the start of its week and month, and under
#: pandas 2 a 1677-09-22 whose month starts on 1677-09-01 overflowed there and stopped the
#: dashboard: 1677-10-01 is the first day whose Monday (1677-09-27) and first of the month fit.
FIRST_DAY = dt.date(1677, 10, 1)
LAST_DAY = dt.date(2262, 4, 11)
RANGE_TEXT = f"{FIRST_DAY.year}\u2013{LAST_DAY.year}"


class DateError(ValueError):
    """A date that is present but unusable; the message says why."""


def representable(day: dt.date) -> bool:
    """Whether the tables' datetime64[ns] columns can hold ``day``."""
    return FIRST_DAY <= day <= LAST_DAY


def out_of_range_message(day: dt.date) -> str:
    return f"date {day.isoformat()} is outside the range the tables can hold ({RANGE_TEXT}); kept undated"


def _as_written(text: str, day: dt.date) -> dt.date:
    """``day`` with the year the text wrote in four digits.

    Both RFC 822 and dateutil read "01 Jan 0001" as 2001: a year below 100 is taken for a
    two-digit one even when written with four digits.  The text's year is the date meant."""
    years = _WRITTEN_YEAR.findall(text)
    if not years or f"{day.year:04d}" in years:
        return day
    written = int(years[0])
    if written == 0 or day.year - written not in (1900, 2000):
        raise DateError(f"unrecognised date {text!r} (year {years[0]} read as {day.year})")
    try:
        return day.replace(year=written)
    except ValueError as exc:
        raise DateError(f"invalid date {text!r} ({exc})") from None


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
            return _as_written(text, parsed.date())
    except (TypeError, ValueError, IndexError):
        pass
    if not _YEAR.search(text):
        # "not-a-date (no year)" read as if a year were all it lacked
        raise DateError(f"unrecognised date {text!r} " + ("(no four-digit year)" if any(c.isdigit() for c in text)
                                                          else "(no digits: not a date)"))
    try:
        # Two different defaults: any field the string does not give would differ between them.
        a = _dateutil.parse(text, default=dt.datetime(2000, 1, 1), fuzzy=False)
        b = _dateutil.parse(text, default=dt.datetime(2001, 2, 2), fuzzy=False)
    except (ValueError, OverflowError, TypeError) as exc:
        raise DateError(f"unrecognised date {text!r} ({exc})") from None
    if a.date() != b.date():
        raise DateError(f"incomplete date {text!r} (needs day, month and year)")
    return _as_written(text, a.date())

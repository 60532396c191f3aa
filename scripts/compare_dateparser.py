"""Every expression that `build_timeline` or `dateparser.search.search_dates` finds in an
article, side by side, with what each made of it.

    python scripts/compare_dateparser.py ARTICLE [--published 2022-03-14]

A row per stretch of text that either side took for a time expression, in text order:
the phrase each found there, our TIMEX3 value and interval, and the moment dateparser gave
(with `RELATIVE_BASE` set to the publish date, as ours is read against it). The last line
counts the rows where the two agree on the day, where only one side found something, and
where they differ. Which side is right where they differ is for a reader to judge; the gold
sets behind `make eval` (and `scripts/run_eval.py --baseline`) score both sides in bulk.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

from timeline import Event, build_timeline


@dataclass(frozen=True)
class Row:
    """One stretch of text: our event there and dateparser's find there, either may be None."""

    start: int
    ours: Event | None
    theirs: tuple[str, datetime] | None
    published: datetime

    @property
    def verdict(self) -> str:
        """ "same time" when dateparser's moment falls in our interval (or, for our
        PRESENT_REF, on the publish day)."""
        if self.ours is None:
            return "dateparser only"
        if self.theirs is None:
            return "ours only"
        time = self.ours.time
        moment = self.theirs[1].replace(tzinfo=None)
        if time.value == "PRESENT_REF":
            return "same time" if moment.date() == self.published.date() else "differ"
        if time.start is None or time.end is None:
            return "differ"
        start, end = time.start.replace(tzinfo=None), time.end.replace(tzinfo=None)
        return "same time" if start <= moment < end else "differ"


def compare(text: str, published: datetime) -> list[Row]:
    """Our events and search_dates' finds, paired where their spans overlap."""
    events = sorted(build_timeline(text, published).events, key=lambda event: event.span.start)
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": published}) or []
    rows: list[Row] = []
    unmatched = list(events)
    position = 0
    for phrase, moment in found:
        # search_dates gives no offsets: the phrase as a whole word, after the last one.
        place = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)").search(text, position)
        if place is None:
            continue
        start, position = place.span()
        partner = next(
            (e for e in unmatched if e.span.start < position and start < e.span.end), None
        )
        if partner is not None:
            unmatched.remove(partner)
            start = partner.span.start
        rows.append(Row(start, partner, (phrase, moment), published))
    rows += [Row(event.span.start, event, None, published) for event in unmatched]
    return sorted(rows, key=lambda row: row.start)


def render(rows: list[Row]) -> list[str]:
    """The rows as a table, and a last line that counts them by verdict."""
    lines = [f"{'ours':<28} {'value':<12} {'dateparser':<22} {'moment':<19}  verdict"]
    for row in rows:
        ours = row.ours.phrase if row.ours else ""
        value = row.ours.time.value if row.ours else ""
        theirs = row.theirs[0] if row.theirs else ""
        moment = row.theirs[1].replace(tzinfo=None).isoformat(sep=" ") if row.theirs else ""
        lines.append(f"{ours[:28]:<28} {value:<12} {theirs[:22]:<22} {moment:<19}  {row.verdict}")
    counts = {verdict: 0 for verdict in ("same time", "differ", "ours only", "dateparser only")}
    for row in rows:
        counts[row.verdict] += 1
    lines.append(", ".join(f"{verdict}: {count}" for verdict, count in counts.items()))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", type=Path, help="UTF-8 text of the article")
    parser.add_argument("--published", type=date.fromisoformat, default=date(2022, 3, 14))
    args = parser.parse_args(argv)
    published = datetime.combine(args.published, datetime.min.time())
    text = args.article.read_text(encoding="utf-8")
    print("\n".join(render(compare(text, published))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

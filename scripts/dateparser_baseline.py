"""dateparser alone behind our API, so that one scorer measures it and us the same way.

    python scripts/run_eval.py --baseline      # serve this app and score it

`POST /v1/timeline` answers what `dateparser.search.search_dates(text, languages=[language])`
finds, with `RELATIVE_BASE` set to the publish moment; `POST /v1/resolve` what dateparser
makes of the phrase, with `PREFER_DATES_FROM` following `prefer`. dateparser gives moments, not
TIMEX3 values, so each phrase is read once more with `DateDataParser.get_date_data` for the
period it names (`RETURN_TIME_AS_PERIOD`): "in 1953" is then the year 1953, not 1953-03-22,
and a clock time its minute. That is dateparser at its best; only what the scorer reads is
filled in, as this is a yardstick, not a second service.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from dateparser.date import DateDataParser
from dateparser.search import search_dates
from flask import Flask, request

_PREFER = {"auto": "current_period", "past": "past", "future": "future"}


def create_app() -> Flask:
    """The baseline app: `/healthz`, `POST /v1/timeline` and `POST /v1/resolve`, answered by
    dateparser alone; the scorer sends nothing else."""
    app = Flask(__name__)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/timeline")
    def timeline() -> dict[str, Any]:
        fields = request.get_json(force=True)
        text, published = fields["text"], _published(fields["published"])
        settings = {"RELATIVE_BASE": published}
        language = fields.get("language", "en")
        found = search_dates(text, languages=[language], settings=settings)
        parser = _parser(published, language, "auto")
        return {"published": published.isoformat(), "events": _events(text, found or [], parser)}

    @app.post("/v1/resolve")
    def resolve() -> dict[str, Any]:
        fields = request.get_json(force=True)
        parser = _parser(_published(fields["published"]), "en", fields.get("prefer", "auto"))
        return {"phrase": fields["phrase"], "time": _time(parser, fields["phrase"])}

    return app


def _published(value: str) -> datetime:
    """The publish moment's wall time, without its offset: dateparser's `RELATIVE_BASE` is
    read as local time, and the scorer compares times at the reference's offset."""
    return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)


def _parser(published: datetime, language: str, prefer: str) -> DateDataParser:
    settings = {
        "RELATIVE_BASE": published,
        "PREFER_DATES_FROM": _PREFER[prefer],
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=[language], settings=settings)


def _events(
    text: str, found: list[tuple[str, datetime]], parser: DateDataParser
) -> list[dict[str, Any]]:
    """search_dates gives phrases without offsets: each is looked for after the last one."""
    events: list[dict[str, Any]] = []
    position = 0
    for phrase, _moment in found:
        start = text.find(phrase, position)
        time = _time(parser, phrase)
        if start < 0 or time is None:
            continue
        position = start + len(phrase)
        events.append({"id": f"e{len(events) + 1}", "phrase": phrase,
                       "span": [start, position], "time": time})  # fmt: skip
    return events


def _time(parser: DateDataParser, phrase: str) -> dict[str, Any] | None:
    """The period dateparser reads in `phrase` as our `time` object; None if it reads none."""
    data = parser.get_date_data(phrase)
    if data.date_obj is None:
        return None
    moment = data.date_obj.replace(tzinfo=None, second=0, microsecond=0)
    try:
        return _period(moment, data.period or "day")
    except (OverflowError, ValueError):  # an interval past the year 9999: no answer
        return None


def _period(moment: datetime, period: str) -> dict[str, Any]:
    day = moment.replace(hour=0, minute=0)
    if period == "time":
        return _interval("TIME", moment.isoformat(timespec="minutes"), moment,
                         moment + timedelta(minutes=1), "minute")  # fmt: skip
    if period == "year":
        start = day.replace(month=1, day=1)
        return _interval("DATE", f"{start.year:04d}", start, start.replace(year=start.year + 1),
                         "year")  # fmt: skip
    if period == "month":
        start = day.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1)
        return _interval("DATE", f"{start.year:04d}-{start.month:02d}", start, end, "month")
    if period == "week":
        start = day - timedelta(days=day.weekday())
        year, week, _ = start.isocalendar()
        return _interval("DATE", f"{year:04d}-W{week:02d}", start, start + timedelta(days=7),
                         "week")  # fmt: skip
    return _interval("DATE", day.date().isoformat(), day, day + timedelta(days=1), "day")


def _interval(kind: str, value: str, start: datetime, end: datetime, grain: str) -> dict[str, Any]:
    return {"type": kind, "value": value, "start": start.isoformat(), "end": end.isoformat(),
            "granularity": grain}  # fmt: skip

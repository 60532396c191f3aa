"""Each gunicorn worker warms itself before its first client: the hook must do its work."""

from __future__ import annotations

import runpy
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from flask import Flask

from service import create_app
from timeline import build_timeline, warm_up_finder
from timeline.warmup import english_prose

GUNICORN_CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


@dataclass
class _Log:
    failures: list[str] = field(default_factory=list)

    def exception(self, message: str) -> None:
        self.failures.append(message)

    def error(self, message: str, *args: object) -> None:
        self.failures.append(message % args)


@dataclass
class _Worker:
    """What `post_worker_init` uses of a gunicorn worker: its app and its log."""

    wsgi: Flask
    log: _Log = field(default_factory=_Log)


def test_the_worker_hook_warms_without_failing(app: Flask) -> None:
    worker = _Worker(app)
    _post_worker_init()(worker)
    assert worker.log.failures == []


def test_a_server_with_api_keys_warms_with_its_own_key() -> None:
    keys = "first-key-0123456789,second-key-0123456789"
    worker = _Worker(create_app({"TESTING": True, "API_KEYS": keys}))
    _post_worker_init()(worker)
    assert worker.log.failures == []


def test_a_failed_warm_up_request_is_logged() -> None:
    worker = _Worker(create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 100}))  # 413
    _post_worker_init()(worker)
    assert worker.log.failures == ["worker warm-up request answered 413 REQUEST ENTITY TOO LARGE"]


def _post_worker_init() -> Any:
    hooks: dict[str, Any] = runpy.run_path(str(GUNICORN_CONF))
    return hooks["post_worker_init"]


def test_the_warm_up_prose_is_long_english_text() -> None:
    prose = english_prose()
    assert len(prose) > 100_000
    assert prose.count(" the ") > 1_000


def test_warming_the_finder_leaves_its_answers_as_they_were(transit_strike: str) -> None:
    before = build_timeline(transit_strike, published=datetime(2022, 3, 14))
    warm_up_finder()
    after = build_timeline(transit_strike, published=datetime(2022, 3, 14))
    assert [(e.phrase, e.time) for e in after.events] == [(e.phrase, e.time) for e in before.events]

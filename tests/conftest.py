"""Fixtures shared by the test suites: the app under test, and small articles written for them."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import create_app

# A Monday; the weekdays and relative phrases in the articles below are read against it.
PUBLISHED = "2022-03-14"

TRANSIT_STRIKE = (
    "Bus drivers in the capital walked off the job on Friday, leaving thousands of commuters "
    "stranded. The union said yesterday that the strike would go on until the city reopens "
    "wage talks. Two weeks ago the transport authority announced a 4 percent pay offer, which "
    "members rejected last week. The drivers' last contract was signed in 2020, and the mayor "
    "has promised a new proposal in the coming days."
)

HARBOUR_FIRE = (
    "A fire that broke out at the harbour warehouse on Saturday night was put out yesterday "
    "morning, the fire service said. Nobody was hurt. The warehouse, built in 1998, had been "
    "inspected last month."
)


@pytest.fixture
def published() -> str:
    """The publish date of the articles, as the API takes it."""
    return PUBLISHED


@pytest.fixture
def transit_strike() -> str:
    """A short news story with weekday, relative, week and year expressions."""
    return TRANSIT_STRIKE


@pytest.fixture
def harbour_fire() -> str:
    """A second story, for tests that need a different text."""
    return HARBOUR_FIRE


@pytest.fixture
def app() -> Flask:
    """A fresh app per test, with the default configuration."""
    return create_app({"TESTING": True})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()

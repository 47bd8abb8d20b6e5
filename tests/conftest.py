"""Fixtures shared by every test module."""

from __future__ import annotations

import pytest
from builders import interview_with

import thanknote


@pytest.fixture
def panel() -> thanknote.Interview:
    """A four-person panel, each with their own talking points."""
    return interview_with(4)

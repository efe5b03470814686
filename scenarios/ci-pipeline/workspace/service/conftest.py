"""Test setup: the settings of the environment the tests run in (INVOICER_ENV=test)."""
import pytest

from invoicer import settings as settings_module

SETTINGS = settings_module.load()


@pytest.fixture
def settings():
    return dict(SETTINGS)

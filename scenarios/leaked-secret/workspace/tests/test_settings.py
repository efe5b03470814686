# SEC-31: the API key must come from the environment (the secret store injects it), never
# from the code. These tests describe the required behaviour.
import pytest

from notify import settings


def test_api_key_comes_from_environment(monkeypatch):
    monkeypatch.setenv("LARKMSG_API_KEY", "from-the-environment")
    assert settings.api_key() == "from-the-environment"


def test_missing_key_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("LARKMSG_API_KEY", raising=False)
    with pytest.raises(RuntimeError, match="LARKMSG_API_KEY"):
        settings.api_key()

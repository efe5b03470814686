import json

import pytest


@pytest.fixture
def use_flags(tmp_path, monkeypatch):
    """use_flags({"name": value, ...}): the code under test sees exactly these flags."""
    def apply(values):
        path = tmp_path / "flags.json"
        path.write_text(json.dumps(values))
        monkeypatch.setenv("SHOP_FLAGS", str(path))
    apply({})
    return apply

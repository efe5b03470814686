import json

import pytest

from notify import client


@pytest.fixture(autouse=True)
def fake_key(monkeypatch):
    monkeypatch.setenv("LARKMSG_API_KEY", "test-key")
    monkeypatch.setattr(client.settings, "api_key", lambda: "test-key")


def test_build_request_uses_bearer_key():
    req = client.build_request("+4915112345678", "Your order shipped")
    assert req["headers"]["Authorization"] == "Bearer test-key"
    assert json.loads(req["body"])["to"] == "+4915112345678"


def test_rejects_bad_numbers():
    with pytest.raises(ValueError):
        client.build_request("015112345678", "hi")


def test_send_retries_on_429():
    answers = iter([(429, "slow down"), (201, '{"id": "msg_1"}')])
    assert client.send("+4915112345678", "hi", lambda req: next(answers)) == "msg_1"


def test_send_raises_on_error():
    with pytest.raises(client.SendError):
        client.send("+4915112345678", "hi", lambda req: (500, "boom"))

from svc.api import eta_response


def test_eta_ok():
    status, body = eta_response({"carrier": "SwiftPost", "shipped_at": "2024-10-07T08:00:00Z"})
    assert status == 200
    assert body["promised"] == "2024-10-10"


def test_eta_unknown_carrier():
    status, body = eta_response({"carrier": "Pigeon", "shipped_at": "2024-10-07T08:00:00Z"})
    assert status == 400
    assert "RoadRunner" in body["carriers"]


def test_eta_bad_timestamp():
    status, _ = eta_response({"carrier": "Cargola", "shipped_at": "yesterday"})
    assert status == 400

from shop import flags


def test_missing_flag_is_off(use_flags):
    use_flags({})
    assert flags.is_enabled("anything") is False


def test_flag_on(use_flags):
    use_flags({"gift_wrap": True})
    assert flags.is_enabled("gift_wrap") is True


def test_get_with_default(use_flags):
    use_flags({"limit": 3})
    assert flags.get("limit", 1) == 3
    assert flags.get("other", 1) == 1

"""Formatting amounts for a shop's locale and currency."""
from decimal import Decimal, ROUND_HALF_UP

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}


def cents(amount):
    return Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_price(amount, settings):
    value = cents(amount)
    symbol = SYMBOLS.get(settings["currency"], settings["currency"])
    whole, frac = ("%.2f" % value).split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if settings["locale"].startswith("de") or settings["locale"].startswith("fr"):
        return "%s,%s %s" % (".".join(groups), frac, symbol)
    return "%s%s.%s" % (symbol, ",".join(groups), frac)

"""Formatting for customer documents (invoices, receipts, payment reminders): amounts, rates, dates."""
from decimal import Decimal


def format_money(minor, currency):
    """An amount in minor units as customers read it: 123450 EUR -> 'EUR 1,234.50'."""
    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"


def format_percent(rate):
    """A VAT rate: Decimal('10') -> '10%', Decimal('7.5') -> '7.5%'."""
    text = format(Decimal(str(rate)).normalize(), "f")
    return f"{text}%"


def format_date(day):
    """A date as printed on documents: 5 March 2024."""
    return f"{day.day} {day:%B %Y}"

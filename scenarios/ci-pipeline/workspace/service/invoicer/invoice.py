"""Invoices: line items summed per invoice, VAT on the net total, numbered per environment."""
from dataclasses import dataclass, field
from decimal import Decimal

from invoicer.money import to_cents, vat


@dataclass
class Line:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self):
        if self.quantity <= 0:
            raise ValueError("quantity must be positive")
        return to_cents(self.unit_price * self.quantity)


@dataclass
class Invoice:
    number: str
    country: str
    currency: str
    lines: list = field(default_factory=list)

    def add(self, description, quantity, unit_price):
        self.lines.append(Line(description, quantity, Decimal(unit_price)))

    @property
    def net(self):
        return to_cents(sum((line.total for line in self.lines), Decimal("0")))

    @property
    def vat(self):
        return vat(self.net, self.country)

    @property
    def gross(self):
        return self.net + self.vat


def new_invoice(settings, sequence, country):
    return Invoice(number="%s%06d" % (settings["invoice_prefix"], sequence), country=country,
                   currency=settings["currency"])

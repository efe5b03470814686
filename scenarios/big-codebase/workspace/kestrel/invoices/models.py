"""The invoice model. Amounts are int minor units of the invoice's currency (see core/money.py)."""
from dataclasses import dataclass, field
from decimal import Decimal

from kestrel.core.dates import parse_day
from kestrel.core.money import percent_of


@dataclass
class Line:
    description: str
    quantity: int
    unit_price: int          # minor units
    vat_percent: Decimal

    def net(self):
        return self.quantity * self.unit_price

    def vat(self):
        return percent_of(self.net(), self.vat_percent)


@dataclass
class Invoice:
    number: str
    customer: str
    currency: str
    issued: object           # datetime.date
    terms_days: int = 30
    lines: list = field(default_factory=list)

    def subtotal(self):
        return sum(line.net() for line in self.lines)

    def vat(self):
        return sum(line.vat() for line in self.lines)

    def total(self):
        return self.subtotal() + self.vat()

    @classmethod
    def from_dict(cls, d):
        lines = [Line(l["description"], int(l["quantity"]), int(l["unit_price"]), Decimal(str(l["vat_percent"])))
                 for l in d["lines"]]
        return cls(d["number"], d["customer"], d["currency"].upper(), parse_day(d["issued"]),
                   int(d.get("terms_days", 30)), lines)

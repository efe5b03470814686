"""A payment received for an invoice (amount in minor units of its currency)."""
from dataclasses import dataclass

from kestrel.core.dates import parse_day


@dataclass
class Payment:
    id: str
    invoice_number: str
    amount: int
    currency: str
    received: object   # datetime.date
    method: str = "card"

    @classmethod
    def from_dict(cls, d):
        return cls(d["id"], d["invoice_number"], int(d["amount"]), d["currency"].upper(),
                   parse_day(d["received"]), d.get("method", "card"))

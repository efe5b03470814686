"""Data classes for baskets, as the checkout service sends them."""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import List, Optional


@dataclass(frozen=True)
class LineItem:
    sku: str
    unit_price: Decimal
    quantity: int = 1

    def __post_init__(self):
        if self.quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {self.quantity}")
        if self.unit_price < 0:
            raise ValueError(f"unit price cannot be negative: {self.unit_price}")


@dataclass
class Order:
    country: str
    items: List[LineItem] = field(default_factory=list)
    coupon: Optional[str] = None

    def add(self, sku: str, unit_price: str, quantity: int = 1) -> "Order":
        self.items.append(LineItem(sku, Decimal(unit_price), quantity))
        return self

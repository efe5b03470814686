"""Invoice numbers: INV-<year>-<4-digit sequence>, restarting every year."""
import re

_NUMBER = re.compile(r"^INV-(\d{4})-(\d{4})$")


def parse_number(number):
    m = _NUMBER.match(number)
    if not m:
        raise ValueError(f"not an invoice number: {number!r}")
    return int(m.group(1)), int(m.group(2))


def next_number(year, last=None):
    """The number after `last` in `year` (INV-2024-0001 when the year has none yet)."""
    seq = 0
    if last:
        last_year, last_seq = parse_number(last)
        seq = last_seq if last_year == year else 0
    return f"INV-{year}-{seq + 1:04d}"

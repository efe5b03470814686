"""How the on-screen report shows values (for people, not machines)."""


def money(amount, currency):
    """1234.5, 'EUR' -> '1,234.50 EUR' (thousands separators, two decimals)."""
    return "{:,.2f} {}".format(amount, currency)


def cut(text, width):
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(rows, columns, widths):
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths))]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(cut(v, w).ljust(w) for v, w in zip(r, widths)))
    return "\n".join(lines)

"""Order export for a shop's accounting: one CSV line per order, amounts in the shop's currency."""
import csv
import io

from shopcfg.money import cents
from shopcfg.settings import settings_for


def export_orders(shop, orders):
    settings = settings_for(shop)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["order", "amount", "currency", "vat_included"])
    for order in orders:
        writer.writerow([order["id"], "%.2f" % cents(order["amount"]), settings["currency"],
                         "yes" if settings["prices_include_vat"] else "no"])
    return out.getvalue()

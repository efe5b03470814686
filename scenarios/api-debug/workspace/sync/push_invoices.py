"""Nightly job: pushes the billing export's invoices to the Ledger API.

    python3 -m sync.push_invoices [CSV]        (default: data/invoices.csv)

Prints one line per invoice that did not make it and a summary line that monitoring reads:
    created: N, already in ledger: N, rejected: N
Exit status: 0 when every invoice is in the ledger (created now or already there), 1 when some
were rejected, 2 when the ledger cannot be reached.
"""
import sys
import urllib.error

from . import config, http, invoices


def main(argv):
    path = argv[1] if len(argv) > 1 else "data/invoices.csv"
    created = existing = rejected = 0
    for invoice in invoices.load(path):
        try:
            status, _body = http.post_json("/v1/invoices", invoice)
        except urllib.error.URLError as err:
            print("cannot reach the ledger at %s: %s" % (config.ledger_url(), err.reason))
            return 2
        if status == 201:
            created += 1
        elif status == 409:
            existing += 1
        else:
            rejected += 1
            print("failed to push %s" % invoice["number"])
    print("created: %d, already in ledger: %d, rejected: %d" % (created, existing, rejected))
    return 1 if rejected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

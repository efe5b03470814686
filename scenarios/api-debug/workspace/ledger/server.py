#!/usr/bin/env python3
"""Ledger API, development server (vendored from payments-platform/ledger, v2.3).

A copy of the Payments platform team's service for local testing: same routes, same status
codes, invoices kept in memory. Do not edit it here; report problems in #payments-platform.

    python3 ledger/server.py --port 8085 --token-file ledger/dev-token --seed ledger/seed.json

Routes and status codes: see ledger/API.md.
"""
import argparse
import hmac
import json
import re
import sys
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CURRENCIES = {"EUR", "USD", "GBP", "SEK"}
NUMBER = re.compile(r"INV-\d{4,}")
DATE = re.compile(r"\d{4}-\d\d-\d\d")


def invalid(invoice):
    """The first problem with an invoice as (field, detail), or None when it is valid."""
    number = invoice.get("number")
    if not isinstance(number, str) or not NUMBER.fullmatch(number):
        return "number", "must look like INV-1234"
    customer = invoice.get("customer_id")
    if not isinstance(customer, str) or not customer.strip():
        return "customer_id", "is required"
    amount = invoice.get("amount_cents")
    if not isinstance(amount, int) or isinstance(amount, bool):
        return "amount_cents", "must be an integer number of cents"
    if amount <= 0:
        return "amount_cents", "must be positive (credit notes go to /v1/credit-notes)"
    if invoice.get("currency") not in CURRENCIES:
        return "currency", "must be one of " + ", ".join(sorted(CURRENCIES))
    issued = invoice.get("issued_on")
    if not isinstance(issued, str) or not DATE.fullmatch(issued):
        return "issued_on", "must be a date like 2024-03-01"
    return None


class Ledger:
    FIELDS = ("number", "customer_id", "amount_cents", "currency", "issued_on")

    def __init__(self, seed):
        self.lock = threading.Lock()
        self.invoices = {i["number"]: {k: i[k] for k in self.FIELDS} for i in seed}

    def add(self, invoice):
        """Stores the invoice; False when its number is already taken."""
        with self.lock:
            if invoice["number"] in self.invoices:
                return False
            self.invoices[invoice["number"]] = {k: invoice[k] for k in self.FIELDS}
            return True

    def get(self, number):
        with self.lock:
            return self.invoices.get(number)

    def all(self):
        with self.lock:
            return [self.invoices[n] for n in sorted(self.invoices)]


class Handler(BaseHTTPRequestHandler):
    server_version = "ledger-dev/2.3"
    protocol_version = "HTTP/1.1"

    def send_json(self, status, obj, headers=()):
        body = (json.dumps(obj) + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Request-Id", self.request_id)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def authorized(self):
        scheme, _, token = self.headers.get("Authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode("utf-8"), self.server.token.encode("utf-8"))

    def unauthorized(self):
        self.send_json(401, {"error": "unauthorized", "detail": "missing or invalid credentials"},
                       [("WWW-Authenticate", 'Bearer realm="ledger"')])

    def do_GET(self):
        self.request_id = uuid.uuid4().hex[:12]
        if self.path == "/v1/health":
            return self.send_json(200, {"status": "ok"})
        if not self.authorized():
            return self.unauthorized()
        if self.path == "/v1/invoices":
            return self.send_json(200, {"invoices": self.server.ledger.all()})
        match = re.fullmatch(r"/v1/invoices/([^/?#]+)", self.path)
        if match:
            invoice = self.server.ledger.get(match.group(1))
            if invoice:
                return self.send_json(200, invoice)
            return self.send_json(404, {"error": "not_found", "detail": "no invoice " + match.group(1)})
        return self.send_json(404, {"error": "not_found", "detail": "no route " + self.path})

    def do_POST(self):
        self.request_id = uuid.uuid4().hex[:12]
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        raw = self.rfile.read(length) if length > 0 else b""
        if self.path != "/v1/invoices":
            return self.send_json(404, {"error": "not_found", "detail": "no route " + self.path})
        if not self.authorized():
            return self.unauthorized()
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            return self.send_json(415, {"error": "unsupported_media_type",
                                        "detail": "expected application/json, got " + (ctype or "no Content-Type")})
        try:
            invoice = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return self.send_json(400, {"error": "bad_request", "detail": "body is not valid JSON"})
        if not isinstance(invoice, dict):
            return self.send_json(400, {"error": "bad_request", "detail": "body must be a JSON object"})
        problem = invalid(invoice)
        if problem:
            return self.send_json(422, {"error": "invalid_invoice", "field": problem[0], "detail": problem[1]})
        if not self.server.ledger.add(invoice):
            return self.send_json(409, {"error": "duplicate", "detail": invoice["number"] + " already exists"})
        self.send_json(201, self.server.ledger.get(invoice["number"]),
                       [("Location", "/v1/invoices/" + invoice["number"])])

    def log_request(self, code="-", size="-"):
        sys.stderr.write('%s [%s] "%s" %s req=%s ua=%s\n' % (
            self.address_string(), self.log_date_time_string(), self.requestline, code,
            getattr(self, "request_id", "-"), self.headers.get("User-Agent", "-") if self.headers else "-"))
        sys.stderr.flush()


def main():
    parser = argparse.ArgumentParser(description="Ledger API development server")
    parser.add_argument("--port", type=int, default=8085)
    parser.add_argument("--token-file", default="ledger/dev-token")
    parser.add_argument("--seed", default="ledger/seed.json")
    args = parser.parse_args()
    with open(args.token_file, encoding="utf-8") as f:
        token = f.read().strip()
    with open(args.seed, encoding="utf-8") as f:
        seed = json.load(f)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.token, server.ledger = token, Ledger(seed)
    print("ledger-dev listening on http://127.0.0.1:%d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()

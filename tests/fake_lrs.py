#!/usr/bin/env python3
"""fake_lrs.py: a loopback stand-in for a Learning Record Store's statements resource (xAPI
1.0.3), for tests only (tests/test_sync.c).

Usage: fake_lrs.py USER:PASSWORD. The port is the first line on stdout; it exits when its stdin
closes. POST /statements is checked as an LRS would: the X-Experience-API-Version header must be
1.0.3 (else 400), Content-Type application/json (else 400), basic auth must be USER:PASSWORD
(else 401); the body is a statement or an array of them. A batch holding one id twice is
refused whole (400); a batch holding an id already stored is refused whole (409, nothing
stored); else every statement is stored and the answer is 200 with their ids.

Control: POST /_script {"queue": [...]} makes the next requests to /statements answer, in turn,
{"status": 500} (that status, nothing stored) or {"hang": SECONDS} (no answer for that long,
then 503, nothing stored); after the queue, the normal rules. GET /_statements: the stored
statements in arrival order. GET /_requests: one entry per request to /statements:
{"status", "ids", "problems"} (problems: what the headers got wrong). POST /_reset forgets all.
"""
import base64
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler

from loopback_server import serve

EXPECTED_AUTH = "Basic " + base64.b64encode(sys.argv[1].encode()).decode() if len(sys.argv) > 1 else None

lock = threading.Lock()
state = {"statements": [], "ids": set(), "requests": [], "queue": []}


def reset():
    state.update({"statements": [], "ids": set(), "requests": [], "queue": []})


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        return self.rfile.read(int(self.headers.get("Content-Length", "0")))

    def do_GET(self):
        with lock:
            if self.path == "/_statements":
                return self.answer(200, state["statements"])
            if self.path == "/_requests":
                return self.answer(200, state["requests"])
        self.answer(404, {"error": "no such path"})

    def header_problems(self):
        problems = []
        if self.headers.get("X-Experience-API-Version") != "1.0.3":
            problems.append("X-Experience-API-Version is %r" % self.headers.get("X-Experience-API-Version"))
        if not (self.headers.get("Content-Type") or "").startswith("application/json"):
            problems.append("Content-Type is %r" % self.headers.get("Content-Type"))
        if self.headers.get("Authorization") != EXPECTED_AUTH:
            problems.append("Authorization is %r" % self.headers.get("Authorization"))
        return problems

    def statements(self, raw):
        with lock:
            problems = self.header_problems()
            entry = {"status": 0, "ids": [], "problems": problems}
            state["requests"].append(entry)
            scripted = state["queue"].pop(0) if state["queue"] else None
        try:
            batch = json.loads(raw)
        except ValueError:
            batch = None
        batch = [batch] if isinstance(batch, dict) else batch
        if isinstance(batch, list):
            entry["ids"] = [s.get("id") if isinstance(s, dict) else None for s in batch]
        if scripted and "hang" in scripted:
            time.sleep(scripted["hang"])
            entry["status"] = 503
            return self.answer(503, {"error": "hung"})
        if scripted:
            entry["status"] = scripted["status"]
            return self.answer(scripted["status"], {"error": "scripted"})
        if any(p.startswith("Authorization") for p in problems):
            entry["status"] = 401
            return self.answer(401, {"error": "unauthorised"})
        if problems or not isinstance(batch, list) or not all(isinstance(s, dict) and s.get("id") for s in batch):
            entry["status"] = 400
            return self.answer(400, {"error": "bad request", "problems": problems})
        ids = entry["ids"]
        with lock:
            if len(set(ids)) != len(ids):
                entry["status"] = 400
                return self.answer(400, {"error": "a batch holds one id twice"})
            if any(i in state["ids"] for i in ids):
                entry["status"] = 409
                return self.answer(409, {"error": "statement id already stored"})
            state["statements"].extend(batch)
            state["ids"].update(ids)
            entry["status"] = 200
        self.answer(200, ids)

    def do_POST(self):
        raw = self.body()
        if self.path == "/statements":
            return self.statements(raw)
        with lock:
            if self.path == "/_reset":
                reset()
                return self.answer(200, {})
            if self.path == "/_script":
                state["queue"] = json.loads(raw)["queue"]
                return self.answer(200, {})
        self.answer(404, {"error": "no such path"})


if __name__ == "__main__":
    serve(Handler)

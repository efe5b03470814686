#!/usr/bin/env python3
"""fake_anthropic.py: a loopback stand-in for the Anthropic Messages API, for tests only.

Started by tests/test_anthropic_client.c on an ephemeral port; the port is the first line on
stdout. It exits when its stdin closes, so it never outlives the test that started it.
Each POST /v1/messages is checked like the real API would (method, path, x-api-key,
anthropic-version, content-type, a JSON body with model/max_tokens/messages, tool_result
pairing, at most 4 cache_control markers, no sampling parameters for models that reject
them) and answered per the scenario named by the model: "fake-<scenario>" (any other model
gets the plain text stream). GET /_requests returns the request log as JSON; POST /_reset
clears it (and with it every scenario's attempt counter, the script and the cache).

Scripted mode (tests/test_colleague_claude.c): POST /_script {"queue": [...], "auto": bool}
replaces the queue of answers; each request to a non-"fake-" model takes the next one:
{"text": "..."}, {"text": "...", "tool_use": [{"name": ..., "input": {...}}]} (stop_reason
tool_use), {"status": 500} (an HTTP error, retry-after-ms 0). With the queue empty and auto
on, a forced tool_choice gets a canned call of that tool and anything else a short text.
Scripted answers carry usage approximated from the request: a prompt token is 4 bytes of its
JSON; the marked prefix (tools + system up to the cache_control block) counts as
cache_read_input_tokens when that exact prefix was seen before, else as cache creation.
"""
import gzip
import json
import random
import select
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler

from loopback_server import serve

# Reference §3.1, byte for byte.
TEXT_STREAM = r'''event: message_start
data: {"type":"message_start","message":{"model":"claude-sonnet-4-6","id":"msg_017VX1VDFNbm2uGebyvLmHwv","type":"message","role":"assistant","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":17,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"cache_creation":{"ephemeral_5m_input_tokens":0,"ephemeral_1h_input_tokens":0},"output_tokens":2,"service_tier":"standard","inference_geo":"global"}}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: ping
data: {"type": "ping"}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"With elegant syntax and indentation true,"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\nPython turns complex problems into something you can do."}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"input_tokens":17,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":37}}

event: message_stop
data: {"type":"message_stop"}

'''

# Reference §3.2, byte for byte.
TOOL_STREAM = r'''event: message_start
data: {"type":"message_start","message":{"id":"msg_014p7gG3wDgGV9EUtLvnow3U","type":"message","role":"assistant","model":"claude-opus-4-1-20250805","stop_sequence":null,"usage":{"input_tokens":472,"output_tokens":2},"content":[],"stop_reason":null}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: ping
data: {"type": "ping"}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Okay"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":","}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" let"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"'s"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" check"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" the"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" weather"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" for"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" San"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" Francisco"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":","}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" CA"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":":"}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: content_block_start
data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_01T1x1fJ34qAmk2tNTrN7Up6","name":"get_weather","input":{}}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"location\":"}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":" \"San"}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":" Francisc"}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"o,"}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":" CA\""}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":", "}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"\"unit\": \"fah"}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"renheit\"}"}}

event: content_block_stop
data: {"type":"content_block_stop","index":1}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":89}}

event: message_stop
data: {"type":"message_stop"}

'''

ERROR_EVENT = ('event: error\n'
               'data: {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}\n\n')

NON_STREAM_BODY = ('{"model":"claude-sonnet-4-6","id":"msg_01QCj5VkxPS3NQUtrt5Npjcr","type":"message",'
                   '"role":"assistant","content":[{"type":"text","text":"Quantum computing uses ..."}],'
                   '"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":15,'
                   '"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"cache_creation":'
                   '{"ephemeral_5m_input_tokens":0,"ephemeral_1h_input_tokens":0},"output_tokens":35,'
                   '"service_tier":"standard","inference_geo":"global"}}')

NO_SAMPLING = ("claude-opus-4-7", "claude-opus-4-8", "claude-opus-5", "claude-fable")

LOG = []
LOG_LOCK = threading.Lock()
SCRIPT = {"queue": [], "auto": False, "prefixes": set(), "n": 0}


def error_body(etype, message):
    return json.dumps({"type": "error", "error": {"type": etype, "message": message},
                       "request_id": "req_fake_error"})


def count_cache_markers(body):
    n = 1 if isinstance(body.get("cache_control"), dict) else 0
    for tool in body.get("tools") or []:
        n += isinstance(tool, dict) and "cache_control" in tool
    system = body.get("system")
    if isinstance(system, list):
        n += sum(1 for b in system if isinstance(b, dict) and "cache_control" in b)
    for m in body.get("messages") or []:
        content = m.get("content") if isinstance(m, dict) else None
        if isinstance(content, list):
            n += sum(1 for b in content if isinstance(b, dict) and "cache_control" in b)
    return n


def check_tool_pairing(messages, problems):
    for i, m in enumerate(messages):
        content = m.get("content")
        if not isinstance(content, list):
            continue
        results = [b for b in content if isinstance(b, dict) and b.get("type") == "tool_result"]
        if not results:
            continue
        if m.get("role") != "user":
            problems.append("message %d: tool_result outside a user turn" % i)
            continue
        first_other = next((k for k, b in enumerate(content) if b.get("type") != "tool_result"), len(content))
        if any(b.get("type") == "tool_result" for b in content[first_other:]):
            problems.append("message %d: tool_result blocks must come first" % i)
        prev = messages[i - 1] if i > 0 else {}
        prev_content = prev.get("content") if isinstance(prev.get("content"), list) else []
        uses = {b.get("id") for b in prev_content if isinstance(b, dict) and b.get("type") == "tool_use"}
        if prev.get("role") != "assistant" or not uses:
            problems.append("message %d: unexpected tool_use_id found in tool_result blocks" % i)
            continue
        answered = {b.get("tool_use_id") for b in results}
        if answered - uses:
            problems.append("message %d: unexpected tool_use_id found in tool_result blocks: %s"
                            % (i, sorted(answered - uses)))
        if uses - answered:
            problems.append("message %d: tool_use ids were found without tool_result blocks immediately after: %s"
                            % (i, sorted(uses - answered)))


def check_request(handler, raw):
    problems = []
    if handler.command != "POST":
        problems.append("method %s" % handler.command)
    if handler.path != "/v1/messages":
        problems.append("path %s" % handler.path)
    if not handler.headers.get("x-api-key"):
        problems.append("x-api-key missing")
    if handler.headers.get("anthropic-version") != "2023-06-01":
        problems.append("anthropic-version: header is required (got %r)" % handler.headers.get("anthropic-version"))
    if not (handler.headers.get("content-type") or "").startswith("application/json"):
        problems.append("content-type %r" % handler.headers.get("content-type"))
    try:
        body = json.loads(raw)
    except ValueError as e:
        return None, problems + ["body is not JSON: %s" % e]
    if not isinstance(body, dict):
        return None, problems + ["body is not an object"]
    if not isinstance(body.get("model"), str) or not body["model"]:
        problems.append("model: Field required")
    if not isinstance(body.get("max_tokens"), int) or isinstance(body.get("max_tokens"), bool) or body["max_tokens"] < 0:
        problems.append("max_tokens: Field required")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        problems.append("messages: Field required")
        messages = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            problems.append("message %d: bad role" % i)
        elif not isinstance(m.get("content"), (str, list)):
            problems.append("message %d: bad content" % i)
    check_tool_pairing([m for m in messages if isinstance(m, dict)], problems)
    markers = count_cache_markers(body)
    if markers > 4:
        problems.append("A maximum of 4 blocks with cache_control may be provided. Found %d." % markers)
    model = body.get("model") or ""
    if model.startswith(NO_SAMPLING) and any(k in body for k in ("temperature", "top_p", "top_k")):
        problems.append("temperature/top_p/top_k are not supported by %s" % model)
    return body, problems


def marked_prefix(body):
    """tools + system blocks up to the last one carrying cache_control (the cache key's prefix)."""
    tools = body.get("tools") or []
    system = body.get("system")
    blocks = system if isinstance(system, list) else []
    last = max((i for i, b in enumerate(blocks) if isinstance(b, dict) and "cache_control" in b), default=-1)
    if last < 0 and not any(isinstance(t, dict) and "cache_control" in t for t in tools):
        return ""
    return json.dumps({"tools": tools, "system": blocks[:last + 1]}, sort_keys=True)


def approx_usage(body, entry):
    """Usage per the 4-bytes-a-token approximation; records prefix and prompt sizes in entry."""
    prefix = marked_prefix(body)
    prompt = len(json.dumps({"tools": body.get("tools") or [], "system": body.get("system"),
                             "messages": body.get("messages")}, sort_keys=True))
    hit = bool(prefix) and prefix in SCRIPT["prefixes"]
    if prefix:
        SCRIPT["prefixes"].add(prefix)
    entry.update(prefix_bytes=len(prefix), prompt_bytes=prompt, cache_hit=hit)
    cached = len(prefix) // 4
    return {"input_tokens": max(prompt - len(prefix), 0) // 4 if prefix else prompt // 4,
            "cache_read_input_tokens": cached if hit else 0,
            "cache_creation_input_tokens": 0 if hit else cached}


CANNED = {
    "review_decision": {"approved": True, "summary": "Looks good to me: tests green, small diff. Approved.",
                        "comments": [{"path": "shop/pricing.py", "line": 1, "kind": "celebratory",
                                      "text": "Nice minimal fix."}]},
    "grade": {"points": 15, "evidence": "fixed", "why": "The learner kept the manager informed."},
}


def auto_answer(body):
    choice = body.get("tool_choice") or {}
    SCRIPT["n"] += 1
    if choice.get("type") == "tool":
        name = choice.get("name")
        return {"tool_use": [{"name": name, "input": CANNED.get(name, {})}]}
    return {"text": "Thanks for the update! (auto reply %d)" % SCRIPT["n"]}


def sse(event, obj):
    return "event: %s\ndata: %s\n\n" % (event, json.dumps(obj))


def scripted_stream(item, usage, model):
    SCRIPT["n"] += 1
    uses = item.get("tool_use") or []
    start_usage = dict(usage, output_tokens=1)
    out = [sse("message_start", {"type": "message_start", "message": {
        "id": "msg_scripted_%d" % SCRIPT["n"], "type": "message", "role": "assistant", "model": model,
        "content": [], "stop_reason": None, "stop_sequence": None, "usage": start_usage}})]
    index, produced = 0, 0
    text = item.get("text")
    if text:
        out.append(sse("content_block_start", {"type": "content_block_start", "index": index,
                                               "content_block": {"type": "text", "text": ""}}))
        half = len(text) // 2
        for part in (text[:half], text[half:]):
            if part:
                out.append(sse("content_block_delta", {"type": "content_block_delta", "index": index,
                                                       "delta": {"type": "text_delta", "text": part}}))
        out.append(sse("content_block_stop", {"type": "content_block_stop", "index": index}))
        produced += len(text)
        index += 1
    for k, use in enumerate(uses):
        tid = use.get("id") or "toolu_scripted_%d_%d" % (SCRIPT["n"], k)
        out.append(sse("content_block_start", {"type": "content_block_start", "index": index, "content_block": {
            "type": "tool_use", "id": tid, "name": use["name"], "input": {}}}))
        js = json.dumps(use.get("input") or {})
        for part in (js[:len(js) // 3], js[len(js) // 3:]):
            out.append(sse("content_block_delta", {"type": "content_block_delta", "index": index,
                                                   "delta": {"type": "input_json_delta", "partial_json": part}}))
        out.append(sse("content_block_stop", {"type": "content_block_stop", "index": index}))
        produced += len(js)
        index += 1
    final = dict(usage, output_tokens=max(1, produced // 4))
    out.append(sse("message_delta", {"type": "message_delta", "delta": {
        "stop_reason": "tool_use" if uses else "end_turn", "stop_sequence": None}, "usage": final}))
    out.append(sse("message_stop", {"type": "message_stop"}))
    return "".join(out)


def pieces(data, seed):
    """Cuts data into deterministic pseudo-random pieces of 1..48 bytes."""
    rng = random.Random(seed)
    out, at = [], 0
    while at < len(data):
        n = rng.randint(1, 48)
        out.append(data[at:at + n])
        at += n
    return out


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-anthropic/1"

    def log_message(self, fmt, *args):
        pass

    # ---- plumbing ----
    def send_json(self, status, text, extra=None):
        data = text.encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.send_header("request-id", "req_fake_%d" % status)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def start_stream(self):
        self.send_response(200)
        self.send_header("content-type", "text/event-stream; charset=utf-8")
        self.send_header("cache-control", "no-cache")
        self.send_header("transfer-encoding", "chunked")
        self.send_header("request-id", "req_fake_stream")
        self.end_headers()
        self.wfile.flush()

    def chunk(self, data):
        if isinstance(data, str):
            data = data.encode()
        if data:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()

    def end_stream(self):
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def stream(self, text, seed=1):
        self.start_stream()
        for p in pieces(text, seed):
            self.chunk(p)
        self.end_stream()

    def abort(self):
        """Closes the connection at once, mid-whatever."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def wait_for_client_close(self, limit):
        end = time.monotonic() + limit
        while time.monotonic() < end:
            r, _, _ = select.select([self.connection], [], [], 0.05)
            if r:
                try:
                    if not self.connection.recv(1, socket.MSG_PEEK):
                        break
                except OSError:
                    break
        self.abort()

    # ---- endpoints ----
    def do_GET(self):
        if self.path == "/_requests":
            with LOG_LOCK:
                text = json.dumps(LOG)
            self.send_json(200, text)
        else:
            self.send_json(404, error_body("not_found_error", "no such path"))

    def do_POST(self):
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.path == "/_reset":
            with LOG_LOCK:
                LOG.clear()
                SCRIPT.update(queue=[], auto=False, prefixes=set(), n=0)
            self.send_json(200, "{}")
            return
        if self.path == "/_script":
            spec = json.loads(raw or b"{}")
            with LOG_LOCK:
                SCRIPT["queue"] = list(spec.get("queue") or [])
                SCRIPT["auto"] = bool(spec.get("auto"))
            self.send_json(200, "{}")
            return
        body, problems = check_request(self, raw)
        model = (body or {}).get("model") or ""
        scenario = model[5:] if model.startswith("fake-") else "text"
        item = None
        with LOG_LOCK:
            attempt = 1 + sum(1 for r in LOG if r["model"] == model)
            entry = {"model": model, "scenario": scenario, "attempt": attempt, "problems": problems,
                     "retry_count": self.headers.get("x-stainless-retry-count"),
                     "accept_encoding": self.headers.get("accept-encoding"),
                     "time": time.monotonic(), "body": body}
            LOG.append(entry)
            if body is not None and not model.startswith("fake-") and (SCRIPT["queue"] or SCRIPT["auto"]):
                item = SCRIPT["queue"].pop(0) if SCRIPT["queue"] else auto_answer(body)
                usage = approx_usage(body, entry)
        if not self.headers.get("x-api-key"):
            self.send_json(401, error_body("authentication_error", "x-api-key header is required"),
                           {"x-should-retry": "false"})
            return
        if problems:
            self.send_json(400, error_body("invalid_request_error", "; ".join(problems)))
            return
        if item is not None:
            try:
                self.scripted(item, usage, model)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            return
        try:
            getattr(self, "scenario_" + scenario.replace("-", "_"), self.scenario_unknown)(attempt)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True    # the client went away (cancel, or it stopped a failed stream)

    def scripted(self, item, usage, model):
        if "status" in item:
            status = int(item["status"])
            etype = item.get("type") or ("overloaded_error" if status == 529 else "api_error")
            self.send_json(status, error_body(etype, item.get("message") or "scripted error"), {"retry-after-ms": "0"})
            return
        self.stream(scripted_stream(item, usage, model), seed=7)

    # ---- scenarios (attempt counts from 1 per model since the last reset) ----
    def scenario_unknown(self, attempt):
        self.send_json(404, error_body("not_found_error", "unknown fake scenario"))

    def scenario_text(self, attempt):
        self.stream(TEXT_STREAM)

    def scenario_tool(self, attempt):
        self.stream(TOOL_STREAM, seed=2)

    def scenario_429_then_ok(self, attempt):
        if attempt == 1:
            self.send_json(429, error_body("rate_limit_error", "Number of request tokens has exceeded your rate limit"),
                           {"retry-after": "0"})
        else:
            self.stream(TEXT_STREAM)

    def scenario_529_then_ok(self, attempt):
        if attempt == 1:
            self.send_json(529, error_body("overloaded_error", "Overloaded"))
        else:
            self.stream(TEXT_STREAM)

    def scenario_500_always(self, attempt):
        self.send_json(500, error_body("api_error", "Internal server error"), {"retry-after-ms": "20"})

    def scenario_401(self, attempt):
        self.send_json(401, error_body("authentication_error", "invalid x-api-key"), {"x-should-retry": "false"})

    def scenario_400(self, attempt):
        self.send_json(400, error_body("invalid_request_error", "messages: roles must alternate"))

    def scenario_should_retry_400(self, attempt):
        if attempt == 1:
            self.send_json(400, error_body("invalid_request_error", "transient"),
                           {"x-should-retry": "true", "retry-after-ms": "0"})
        else:
            self.stream(TEXT_STREAM)

    def scenario_503_no_retry(self, attempt):
        self.send_json(503, error_body("api_error", "do not retry"), {"x-should-retry": "false"})

    def scenario_drop_then_ok(self, attempt):
        if attempt == 1:
            self.abort()            # connection closed before any response: a connection error
        else:
            self.stream(TEXT_STREAM)

    def scenario_cut(self, attempt):
        cut = TEXT_STREAM.index("event: content_block_stop") - 30   # inside the last text delta's data line
        self.start_stream()
        for p in pieces(TEXT_STREAM[:cut], 3):
            self.chunk(p)
        self.abort()

    def scenario_error_event(self, attempt):
        head = TEXT_STREAM[:TEXT_STREAM.index("event: content_block_delta")]
        first_delta = ('event: content_block_delta\n'
                       'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"With"}}\n\n')
        self.stream(head + first_delta + ERROR_EVENT)

    def scenario_malformed(self, attempt):
        head = TEXT_STREAM[:TEXT_STREAM.index("event: content_block_delta")]
        self.stream(head + 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{\n\n'
                    + TEXT_STREAM[len(head):])

    def scenario_stall(self, attempt):
        self.start_stream()
        self.wait_for_client_close(30)

    def scenario_json_gzip(self, attempt):
        data = NON_STREAM_BODY.encode()
        gz = "gzip" in (self.headers.get("accept-encoding") or "")
        if gz:
            data = gzip.compress(data)
        self.send_response(200)
        self.send_header("content-type", "application/json")
        if gz:
            self.send_header("content-encoding", "gzip")
        self.send_header("content-length", str(len(data)))
        self.send_header("request-id", "req_fake_json")
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()


if __name__ == "__main__":
    serve(Handler)

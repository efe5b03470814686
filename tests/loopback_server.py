"""loopback_server.py: how the tests' stand-in servers (fake_anthropic.py, fake_lrs.py) run:
on an ephemeral loopback port printed as the first line on stdout, one thread per request,
until their stdin closes, so they never outlive the test process that started them."""
import os
import sys
import threading
from http.server import ThreadingHTTPServer


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionError, BrokenPipeError)):
            return                  # a client hanging up (or giving up) is part of the tests
        super().handle_error(request, client_address)


def serve(handler):
    server = Server(("127.0.0.1", 0), handler)
    print(server.server_address[1], flush=True)

    def watch_stdin():
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except OSError:
            pass
        os._exit(0)

    threading.Thread(target=watch_stdin, daemon=True).start()
    server.serve_forever(poll_interval=0.1)

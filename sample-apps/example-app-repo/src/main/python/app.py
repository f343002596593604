"""Serve the orders service on 0.0.0.0:8080 with the standard library's WSGI server.

The s2i run script starts this file with "python app.py", because the app has no app.sh.
"""
import os
import signal
import socketserver
import sys
from wsgiref.simple_server import WSGIServer, make_server

from wsgi import application

HOST = "0.0.0.0"
PORT = 8080


class ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    """A WSGI server that handles each request in its own thread, so a slow client blocks no other."""

    daemon_threads = True


def stop(signum, frame):
    # The s2i run script execs "python app.py", so the app runs as PID 1, and the kernel drops
    # SIGTERM for PID 1 unless the process handles it. Without this handler, "docker stop" would
    # wait for its SIGKILL.
    sys.exit(0)


def main():
    signal.signal(signal.SIGTERM, stop)
    with make_server(HOST, PORT, application, server_class=ThreadingWSGIServer) as server:
        print(f"orders: serving on {HOST}:{PORT} as uid {os.getuid()}", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()

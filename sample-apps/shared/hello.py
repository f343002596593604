"""A tiny HTTP server from the standard library, shared by the sample apps.

GET / answers "Hello from <entry point>"; GET /whoami answers facts about the serving process,
one "name=value" per line, so tests can tell which entry point ran, as whom and with which Python.
"""
import http.server
import os
import platform
import pwd
import sys


def facts(entry_point):
    # The passwd lookup goes through NSS, so it sees the entry that nss_wrapper adds for an
    # arbitrary uid; getpass.getuser() would read $USER first.
    try:
        user = pwd.getpwuid(os.getuid()).pw_name
    except KeyError:
        user = ""
    return {
        "entry_point": entry_point,
        "uid": str(os.getuid()),
        "gid": str(os.getgid()),
        "user": user,
        "python": platform.python_version(),
        "prefix": sys.prefix,
        "virtual_env": os.environ.get("VIRTUAL_ENV", ""),
        "cwd": os.getcwd(),
    }


def serve(entry_point, port=8080):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/whoami":
                body = "".join(f"{k}={v}\n" for k, v in facts(entry_point).items())
            elif self.path == "/":
                body = f"Hello from {entry_point}\n"
            else:
                self.send_error(404)
                return
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    print(f"{entry_point}: serving on port {port} as uid {os.getuid()}", flush=True)
    http.server.ThreadingHTTPServer(("0.0.0.0", port), Handler).serve_forever()

"""A tiny HTTP server from the standard library, shared by the sample apps.

GET / returns "Hello from <entry point>" or the app's own body. GET /whoami returns facts about
the serving process, one "name=value" per line, so tests can tell which entry point ran, as whom
and with which Python. serve() runs the server itself, and wsgi_application() returns a WSGI
callable with the same responses for apps that run under gunicorn, uWSGI or mod_wsgi.
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
        "pid": str(os.getpid()),
        "ppid": str(os.getppid()),
        "python": platform.python_version(),
        "prefix": sys.prefix,
        "virtual_env": os.environ.get("VIRTUAL_ENV", ""),
        "cwd": os.getcwd(),
    }


def response_body(entry_point, path, body=None):
    """Return the body for a GET of path, or None when the path is not found.

    body is the response body of GET /, by default "Hello from <entry point>".
    """
    if path == "/whoami":
        return "".join(f"{name}={value}\n" for name, value in facts(entry_point).items())
    if path == "/":
        return body if body is not None else f"Hello from {entry_point}\n"
    return None


def serve(entry_point, port=8080, body=None):
    """Serve GET / and GET /whoami on all addresses until the process ends."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            text = response_body(entry_point, self.path, body)
            if text is None:
                self.send_error(404)
                return
            data = text.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    print(f"{entry_point}: serving on port {port} as uid {os.getuid()}", flush=True)
    http.server.ThreadingHTTPServer(("0.0.0.0", port), Handler).serve_forever()


def wsgi_application(entry_point, body=None):
    """Return a WSGI callable that serves GET / and GET /whoami like serve()."""

    def application(environ, start_response):
        text = response_body(entry_point, environ.get("PATH_INFO") or "/", body)
        if text is None:
            start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"Not found\n"]
        data = text.encode("utf-8")
        start_response("200 OK", [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(data))),
        ])
        return [data]

    return application

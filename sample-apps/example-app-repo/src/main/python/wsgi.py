"""The orders service as a WSGI application, using only the Python standard library.

GET / returns a JSON greeting and GET /health returns a JSON status. Other paths return 404 and
other methods 405, both with a JSON error body.
"""
import json

SERVICE = "orders"


def json_response(start_response, status, document, extra_headers=()):
    """Start a response with the status and return the document as a JSON body."""
    body = (json.dumps(document) + "\n").encode("utf-8")
    start_response(status, [
        ("Content-Type", "application/json"),
        ("Content-Length", str(len(body))),
        *extra_headers,
    ])
    return [body]


def application(environ, start_response):
    """Serve GET / and GET /health of the orders service."""
    method = environ.get("REQUEST_METHOD", "GET")
    path = environ.get("PATH_INFO") or "/"
    if method != "GET":
        return json_response(start_response, "405 Method Not Allowed",
                             {"error": "method not allowed", "method": method}, [("Allow", "GET")])
    if path == "/":
        return json_response(start_response, "200 OK",
                             {"service": SERVICE, "message": "Hello from the orders service"})
    if path == "/health":
        return json_response(start_response, "200 OK", {"status": "ok"})
    return json_response(start_response, "404 Not Found", {"error": "not found", "path": path})

#!/bin/bash
# Serves wsgi.py with uWSGI, which assemble compiled from its source distribution.
# --need-app exits when wsgi.py fails to load, instead of returning HTTP 500 to every request.
# --die-on-term makes SIGTERM stop uWSGI, which uWSGI 2.0 otherwise takes as a reload request.
set -e
exec uwsgi --http-socket :8080 --master --processes 1 --need-app --die-on-term --wsgi-file wsgi.py

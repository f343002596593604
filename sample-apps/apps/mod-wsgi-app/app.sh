#!/bin/bash
# Serves wsgi.py with mod_wsgi-express, which writes an httpd configuration under /tmp and
# replaces itself with httpd (Debian's /usr/sbin/apache2). Only the httpd binary and modules
# are needed at run time, not /etc/apache2. --log-to-terminal sends httpd's error log and
# --access-log its access log to the container's output.
set -e
exec mod_wsgi-express start-server --port 8080 --log-to-terminal --access-log wsgi.py

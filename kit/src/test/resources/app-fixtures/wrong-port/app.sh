#!/bin/sh
# A fixture app that listens on the wrong port, so it never responds on 8080.
echo "wrong-port: serving on port 8081 instead of 8080"
exec python -m http.server 8081

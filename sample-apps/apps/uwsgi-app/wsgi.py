# The WSGI application that app.sh serves with uWSGI.
import hello

application = hello.wsgi_application("uwsgi", body="Hello World from uWSGI hosted WSGI application!\n")

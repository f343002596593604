# The WSGI application that app.sh serves with mod_wsgi inside Apache httpd.
import hello

application = hello.wsgi_application("mod_wsgi", body="Hello World from mod_wsgi hosted WSGI application!\n")

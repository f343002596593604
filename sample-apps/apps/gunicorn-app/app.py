# The WSGI application that run serves with gunicorn, because .s2i/environment sets
# APP_MODULE=app:application. run must not start this file with "python app.py", though it
# exists. If it does, the process prints an error and exits with status 1.
import sys

import hello

application = hello.wsgi_application("gunicorn")

if __name__ == "__main__":
    sys.exit("ERROR: app.py was started as a script. This app sets APP_MODULE=app:application "
             "in .s2i/environment, so run must serve it with gunicorn instead.")

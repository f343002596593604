# Returns, for GET /, the greeting from the greeting package, the file it was imported from (in
# the virtual environment under /opt/app-root/lib when assemble installed requirements.txt) and
# the working folder that run started the app in.
import os

import greeting
import hello

if __name__ == "__main__":
    body = (f"{greeting.greet('requirements-app')}\n"
            f"greeting_file={greeting.__file__}\n"
            f"cwd={os.getcwd()}\n")
    hello.serve("app.py", body=body)

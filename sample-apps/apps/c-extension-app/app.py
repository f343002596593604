# Serves a body that only the compiled extension can produce: the sum computed by fastsum's C
# function and the file name of the extension module it came from (a .so file).
import os

import fastsum
import hello

if __name__ == "__main__":
    body = (f"fastsum {fastsum.__version__}: add(40, 2) = {fastsum.add(40, 2)}"
            f" from {os.path.basename(fastsum.EXTENSION_FILE)}\n")
    hello.serve("app.py", body=body)

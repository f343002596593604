# Returns, for GET /, the greeting from the greeting package, which assemble installed from the
# index in PIP_INDEX_URL, and the version that its installed metadata records.
import importlib.metadata

import greeting
import hello

if __name__ == "__main__":
    body = (f"{greeting.greet('pip-index-app')}\n"
            f"greeting_version={importlib.metadata.version('greeting')}\n")
    hello.serve("app.py", body=body)

# Returns, for GET /, whether assemble installed this project from setup.py.
import hello
import setup_py_app

if __name__ == "__main__":
    hello.serve("app.py", body=setup_py_app.installation_report())

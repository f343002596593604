# Never served: assemble must fail first, because .s2i/environment enables both pipenv and
# micropipenv.
import hello

if __name__ == "__main__":
    hello.serve("app.py", body="Hello from pipenv-conflict-app\n")

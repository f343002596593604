# The s2i run script starts this file with "python app.py" when the app has no app.sh.
import hello

if __name__ == "__main__":
    hello.serve("app.py")

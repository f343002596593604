"""A sample pure-Python library: one function that returns a greeting."""

__version__ = "1.0.0"


def greet(name="world"):
    """Return the greeting for name, for example "Hello, world!"."""
    return f"Hello, {name}!"

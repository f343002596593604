"""A sample library whose add() is implemented in C, in the extension module fastsum._fastsum."""

from fastsum import _fastsum
from fastsum._fastsum import add

__version__ = "0.1.0"

# The file the extension was loaded from, for example _fastsum.cpython-311-x86_64-linux-gnu.so.
EXTENSION_FILE = _fastsum.__file__

__all__ = ["add", "EXTENSION_FILE", "__version__"]

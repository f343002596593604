#!/bin/bash
# The s2i run script prefers this script over app.py. It prints the Python version first, so the
# log shows what the run script's environment resolves "python" to.
set -e
echo "app.sh: $(python --version 2>&1) at $(command -v python), VIRTUAL_ENV=${VIRTUAL_ENV:-}"
exec python -c 'import hello; hello.serve("app.sh")'

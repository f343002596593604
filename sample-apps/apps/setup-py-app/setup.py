# assemble installs this project with "pip install ." unless DISABLE_SETUP_PY_PROCESSING is set.
# With no pyproject.toml and no wheel package in the virtual environment, pip 23.0.1 runs the
# legacy "setup.py install" with the venv's own setuptools, so no package index is needed.
# NOTE: pip 23.1 and later use the default build backend under build isolation instead (pip 23.1
# release notes), which needs setuptools and wheel from the package index.
from setuptools import setup

setup(
    name="setup-py-app",
    version="1.0.0",
    description="Sample s2i app that assemble installs from setup.py",
    py_modules=["setup_py_app"],
)

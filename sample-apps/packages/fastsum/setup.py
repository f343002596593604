# A sample library with a C extension, fastsum._fastsum, that builds with gcc and the Python
# headers alone. pyproject.toml names setuptools as the build backend, so pip 23 builds it
# under build isolation, with setuptools and wheel from the package index. With
# --no-build-isolation, setuptools and wheel must be installed already.
from setuptools import Extension, setup

setup(
    name="fastsum",
    version="0.1.0",
    description="Sample library with a C extension for the s2ikit conformance suite",
    packages=["fastsum"],
    ext_modules=[Extension("fastsum._fastsum", sources=["fastsum/_fastsum.c"])],
    python_requires=">=3.8",
)

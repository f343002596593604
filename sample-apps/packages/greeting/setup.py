# A pure-Python sample library. pyproject.toml names setuptools as the build backend, so pip 23
# builds it under build isolation, with setuptools and wheel from the package index. With
# --no-build-isolation, setuptools and wheel must be installed already.
from setuptools import setup

setup(
    name="greeting",
    version="1.0.0",
    description="Sample pure-Python library for the s2ikit conformance suite",
    packages=["greeting"],
    python_requires=">=3.8",
)

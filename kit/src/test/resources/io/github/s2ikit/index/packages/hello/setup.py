from setuptools import setup

setup(name="hello", version="1.0.0", py_modules=["hello"])

from setuptools import Extension, setup

setup(name="cadd", version="0.1.0", ext_modules=[Extension("cadd", ["cadd.c"])])

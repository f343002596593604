# Never runs: the fixture's own assemble script fails before the image is built.
print("broken-assemble")

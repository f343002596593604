# Imported at every Python start. The mutation self-test copies it into the virtual environment as
# root, which leaves it root-owned and not group-writable after assemble.

"""The static facts of the reference minimal image, checked with pytest-testinfra.

The benchmark (scripts/benchmark.sh) runs this module with testinfra's docker backend against a
running container of the image, ``pytest --hosts=docker://CONTAINER``, and compares its cost with
the kit's. It checks the same 29 facts, in the same order, as ``StaticFacts.java`` in
``conformance-tests/src/test/java/io/github/s2ikit/conformance/benchmark/``: one test per fact.
A test's id without the host, such as ``test_executable_absent[gcc]``, is the id of the matching
check there, and the benchmark compares the ids of the failed facts of both sides.

The checks use testinfra's modules: ``host.file``, ``host.exists``, ``host.environment`` and
``host.run``. Each module call is one ``docker exec``.
The environment is read once per module, by a fixture, because one ``env -0`` serves all six
variables. The values are those of the reference platform: uid 1001 in group 0, Python 3.11 in
the virtual environment /opt/app-root, and apt-get as the package manager.

Written for Debian 12's python3-testinfra 7.0.1 and python3-pytest 7.2.1.
"""

import re

import pytest

# Where the kit's probe looks for an executable besides PATH.
EXECUTABLE_FOLDERS = ("/usr/bin", "/usr/local/bin", "/bin", "/usr/sbin", "/sbin")

COMPILERS = ("gcc", "cc", "c++", "g++", "clang", "clang++", "cpp")
NODE = ("node", "nodejs", "npm")

ENVIRONMENT = {
    "PYTHONUNBUFFERED": "1",
    "PYTHONIOENCODING": "UTF-8",
    "LC_ALL": "en_US.UTF-8",
    "LANG": "en_US.UTF-8",
    "APP_ROOT": "/opt/app-root",
    "HOME": "/opt/app-root/src",
}

INCLUDE_FOLDERS = ("/usr/include", "/usr/local/include")

EXECUTABLE_FILES = (
    "/usr/libexec/s2i/assemble",
    "/usr/libexec/s2i/run",
    "/usr/libexec/s2i/usage",
    "/usr/bin/fix-permissions",
)


def entry_exists(host, path):
    """Tell whether anything is at the path, a dangling symbolic link included, as the kit's probe does."""
    entry = host.file(path)
    return entry.exists or entry.is_symlink


def places_of(host, name):
    """Return where an executable is: "PATH" when the shell finds it, then each standard folder that has it."""
    places = []
    if host.exists(name):
        places.append("PATH")
    for folder in EXECUTABLE_FOLDERS:
        if entry_exists(host, f"{folder}/{name}"):
            places.append(f"{folder}/{name}")
    return places


def variants_of(listing, name):
    """Return the programs that carry the name with target prefixes or a version, such as gcc-12.

    The pattern is the kit probe's: target prefixes, the name, then an optional version, so that
    x86_64-linux-gnu-gcc-12 counts for gcc and gcc-ar-12 does not.
    """
    form = re.compile(r"([A-Za-z0-9_.]+-)*" + re.escape(name) + r"(-[0-9][0-9.]*)?")
    return sorted({path for path in listing if path.rsplit("/", 1)[1] != name and form.fullmatch(path.rsplit("/", 1)[1])})


@pytest.fixture(scope="module")
def environment(host):
    return host.environment()


@pytest.fixture(scope="module")
def listing(host, environment):
    """List the folders on PATH and the standard folders once, as the kit's probe does with one find."""
    folders = dict.fromkeys(environment.get("PATH", "").split(":") + list(EXECUTABLE_FOLDERS))
    paths = []
    for folder in folders:
        if folder and host.file(folder).is_directory:
            paths += [f"{folder}/{entry}" for entry in host.file(folder).listdir()]
    return paths


def test_uid(host):
    assert int(host.check_output("id -u")) == 1001


def test_gid(host):
    assert int(host.check_output("id -g")) == 0


@pytest.mark.parametrize("name", ENVIRONMENT)
def test_environment(environment, name):
    assert environment.get(name) == ENVIRONMENT[name]


@pytest.mark.parametrize("name", COMPILERS + NODE)
def test_executable_absent(host, listing, name):
    assert places_of(host, name) + variants_of(listing, name) == []


def test_no_python_header(host):
    found = []
    for folder in INCLUDE_FOLDERS:
        if host.file(folder).is_directory:
            found += host.run("find %s -name Python.h 2>/dev/null", folder).stdout.split()
    assert found == []


def test_no_c_header(host):
    assert not entry_exists(host, "/usr/include/stdio.h")


def test_package_manager_present(host):
    assert host.exists("apt-get") or places_of(host, "apt-get")


@pytest.mark.parametrize("name", ("yum", "dnf"))
def test_full_package_manager_absent(host, listing, name):
    assert places_of(host, name) + variants_of(listing, name) == []


def test_python_version(host):
    version = host.check_output("python -c %s", "import platform; print(platform.python_version())")
    assert version.startswith("3.11.")


def test_python_prefix(host):
    assert host.check_output("python -c %s", "import sys; print(sys.prefix)") == "/opt/app-root"


@pytest.mark.parametrize("path", EXECUTABLE_FILES)
def test_executable_file(host, path):
    entry = host.file(path)
    assert entry.exists
    assert not entry.is_directory
    assert entry.mode & 0o111

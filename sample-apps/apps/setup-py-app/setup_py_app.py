"""Reports whether this project's distribution is installed in the virtual environment."""
import importlib.metadata
import sysconfig

DISTRIBUTION = "setup-py-app"


def installation_report():
    """Return "setup-py-app installed: VERSION" or "setup-py-app not installed", with a newline.

    Only site-packages is searched, because the source folder is on sys.path either way and
    "pip install ." may leave a .egg-info folder there.
    """
    site_packages = sysconfig.get_path("purelib")
    found = list(importlib.metadata.distributions(name=DISTRIBUTION, path=[site_packages]))
    if not found:
        return f"{DISTRIBUTION} not installed\n"
    return f"{DISTRIBUTION} installed: {found[0].version}\n"

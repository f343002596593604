package io.github.s2ikit.conformance.mutation;

import static io.github.s2ikit.platform.ImageRole.FULL;
import static io.github.s2ikit.platform.ImageRole.MINIMAL;

import java.util.List;

/**
 * The mutants of the mutation self-test: for every claim of the catalogue at least one image that
 * breaks it, and more where a claim can be broken in several ways.
 *
 * <p>Each mutant is a reference image with one change of the kind an image maintainer could make
 * by mistake. The texts that the evidence must contain are what the failing check reports about
 * the change, so a mutant counts as caught only when its claims fail for that reason.
 */
final class Mutants {

    private static final String RUN = "s2i/bin/run";
    private static final String ASSEMBLE = "s2i/bin/assemble";
    private static final String INIT_WRAPPER = "s2i/bin/init-wrapper";
    private static final String SCRIPTS = "/usr/libexec/s2i/";

    /** The step that installs gcc 12 alone, whose package has only the names gcc-12 and x86_64-linux-gnu-gcc-12. */
    private static final String INSTALL_GCC_12 = "RUN apt-get update && apt-get install -y --no-install-recommends gcc-12"
            + " && apt-get clean && rm -rf /var/lib/apt/lists/*";

    private Mutants() {
    }

    /** Returns every mutant, grouped by the claims they target in catalogue order. */
    static List<Mutant> all() {
        return List.of(
                Mutant.of("user-root", MINIMAL, "The image's user is root (USER root), as a Dockerfile that"
                                + " switches to root for an install step and never switches back")
                        .withDockerfile("USER root")
                        .breaks("IMG-USER-1001", "uid 0"),
                Mutant.of("user-group-1001", FULL, "The image's user is 1001:1001 instead of 1001 with group 0,"
                                + " so files it writes are not shared with arbitrary uids")
                        .withDockerfile("USER 1001:1001")
                        .breaks("IMG-USER-1001", "1001:1001"),

                Mutant.of("run-skips-container-user", MINIMAL, "run no longer sources generate_container_user,"
                                + " so an arbitrary uid gets no passwd entry and no user name")
                        .withEdit(RUN, "source /opt/app-root/etc/generate_container_user\n", "")
                        .withDockerfile("COPY edited/s2i/bin/run " + SCRIPTS + "run")
                        .breaks("IMG-ARBITRARY-UID", "user name ''"),
                Mutant.of("app-root-etc-owned-by-root", FULL, "/opt/app-root/etc belongs to root with mode 0755,"
                                + " as after a COPY into it as root, so run cannot write the passwd file for an"
                                + " arbitrary uid")
                        .withDockerfile("""
                                USER 0
                                RUN chown root:root /opt/app-root/etc && chmod 0755 /opt/app-root/etc
                                USER 1001""")
                        .breaks("IMG-ARBITRARY-UID", "user name ''"),

                Mutant.of("app-root-elsewhere-in-full", FULL, "The full image sets APP_ROOT=/opt/app while the"
                                + " minimal image has /opt/app-root")
                        .withDockerfile("ENV APP_ROOT=/opt/app")
                        .breaks("IMG-APP-ROOT", "APP_ROOT=/opt/app,"),
                Mutant.of("virtual-environment-last-on-path", MINIMAL, "PATH lists the virtual environment's bin"
                                + " folder after the system folders, as a PATH rewritten from a base image's value")
                        .withDockerfile("ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
                                + ":/opt/app-root/src/bin:/opt/app-root/src/.local/bin:/opt/app-root/bin")
                        .breaks("IMG-APP-ROOT", "/usr/local/sbin"),

                Mutant.of("virtual-environment-of-other-python", MINIMAL, "The virtual environment is made with"
                                + " another Python (PyPy, Python 3.9), as a venv made with the platform's default"
                                + " python3 instead of the versioned one")
                        .withDockerfile("""
                                USER 0
                                RUN apt-get update && apt-get install -y --no-install-recommends pypy3 \\
                                    && apt-get clean && rm -rf /var/lib/apt/lists/* \\
                                    && rm -rf /opt/app-root/bin /opt/app-root/lib /opt/app-root/lib64 \\
                                        /opt/app-root/include /opt/app-root/pyvenv.cfg \\
                                    && pypy3 -m venv --without-pip /opt/app-root \\
                                    && chown -R 1001:0 /opt/app-root && fix-permissions /opt/app-root -P
                                USER 1001""")
                        .breaks("IMG-PYTHON-VERSION", "Python 3.9"),

                Mutant.of("port-8000-exposed", MINIMAL, "The recipe exposes port 8000 instead of 8080")
                        .withEdit("minimal.Dockerfile", "EXPOSE 8080", "EXPOSE 8000")
                        .breaks("IMG-EXPOSE-8080", "8000/tcp"),

                Mutant.of("default-command-runs-run", MINIMAL, "The default command is the run script instead of"
                                + " usage, so a container started without a command fails with nothing to run")
                        .withDockerfile("CMD $STI_SCRIPTS_PATH/run")
                        .breaks("IMG-USAGE", "default command: exit 1"),
                Mutant.of("usage-exits-1", FULL, "The usage script prints its text but exits 1")
                        .withEdit("s2i/usage/full", "USAGE\nexit 0", "USAGE\nexit 1")
                        .withDockerfile("COPY edited/s2i/usage/full " + SCRIPTS + "usage")
                        .breaks("IMG-USAGE", "usage: exit 1"),

                Mutant.of("run-not-executable", MINIMAL, "The run script has mode 0644, as when it is copied from a"
                                + " checkout that lost the executable bit")
                        .withDockerfile("""
                                USER 0
                                RUN chmod 0644 /usr/libexec/s2i/run
                                USER 1001""")
                        .breaks("IMG-S2I-SCRIPTS", "run (regular file, mode 0644"),

                Mutant.of("fix-permissions-does-nothing", MINIMAL, "fix-permissions takes the same arguments and"
                                + " exits 0 but changes nothing")
                        .withFile("fix-permissions-does-nothing")
                        .withDockerfile("COPY files/fix-permissions-does-nothing /usr/bin/fix-permissions")
                        .breaks("IMG-FIX-PERMISSIONS", "(mode 600)"),

                Mutant.of("locale-not-installed", MINIMAL, "LC_ALL and LANG name en_US.UTF-8, but the compiled"
                                + " locale archive is gone, as after a clean-up of /usr/lib/locale")
                        .withDockerfile("""
                                USER 0
                                RUN rm /usr/lib/locale/locale-archive
                                USER 1001""")
                        .breaks("IMG-LOCALE", "unsupported locale setting"),
                Mutant.of("python-io-encoding-empty", FULL, "PYTHONIOENCODING is set to an empty value, so Python"
                                + " falls back to the locale's encoding for standard streams")
                        .withDockerfile("ENV PYTHONIOENCODING=")
                        .breaks("IMG-LOCALE", "PYTHONIOENCODING"),

                Mutant.of("display-name-label-empty", MINIMAL, "The io.k8s.display-name label is set to an empty"
                                + " value, which is how an image built on another drops a label")
                        .withDockerfile("LABEL io.k8s.display-name=\"\"")
                        .breaks("IMG-LABELS", "io.k8s.display-name"),
                Mutant.of("tags-without-python", FULL, "The io.openshift.tags label lists only builder, not python")
                        .withDockerfile("LABEL io.openshift.tags=\"builder\"")
                        .breaks("IMG-LABELS", "io.openshift.tags=builder"),

                Mutant.of("compiler-named-cc-only", MINIMAL, "gcc 12 is installed and linked as cc alone, with no"
                                + " gcc on PATH")
                        .withDockerfile("USER 0\n" + INSTALL_GCC_12 + "\nRUN ln -s gcc-12 /usr/bin/cc\nUSER 1001")
                        .breaks("MIN-NO-COMPILERS", "/usr/bin/cc"),
                Mutant.of("versioned-compiler-only", MINIMAL, "gcc 12 is installed under its versioned names only"
                                + " (gcc-12, x86_64-linux-gnu-gcc-12), as a package that depends on it brings it")
                        .withDockerfile("USER 0\n" + INSTALL_GCC_12 + "\nUSER 1001")
                        .breaks("MIN-NO-COMPILERS", "/usr/bin/gcc-12"),
                Mutant.of("compiler-in-usr-local-bin", MINIMAL, "A gcc driver copied from the full image into"
                                + " /usr/local/bin")
                        .withDockerfile("COPY --from={full} /usr/bin/x86_64-linux-gnu-gcc-12 /usr/local/bin/gcc")
                        .breaks("MIN-NO-COMPILERS", "/usr/local/bin/gcc"),

                Mutant.of("python-headers-in-usr-local-include", MINIMAL, "The Python headers copied from the full"
                                + " image into /usr/local/include")
                        .withDockerfile("COPY --from={full} /usr/include/python3.11 /usr/local/include/python3.11")
                        .breaks("MIN-NO-HEADERS", "/usr/local/include/python3.11/Python.h"),
                Mutant.of("c-header-left-behind", MINIMAL, "The C library's stdio.h copied from the full image")
                        .withDockerfile("COPY --from={full} /usr/include/stdio.h /usr/include/stdio.h")
                        .breaks("MIN-NO-HEADERS", "/usr/include/stdio.h (regular file"),

                Mutant.of("npm-without-node", MINIMAL, "npm copied from the full image without Node.js, which it"
                                + " needs to run")
                        .withDockerfile("""
                                COPY --from={full} /usr/share/nodejs/npm /usr/share/nodejs/npm
                                USER 0
                                RUN ln -s ../share/nodejs/npm/bin/npm-cli.js /usr/bin/npm
                                USER 1001""")
                        .breaks("MIN-NO-NODE", "/usr/bin/npm"),

                Mutant.of("package-manager-removed", MINIMAL, "apt-get is deleted to slim the image, so no package"
                                + " can be added to it")
                        .withDockerfile("""
                                USER 0
                                RUN rm /usr/bin/apt-get
                                USER 1001""")
                        .breaks("MIN-PACKAGE-MANAGER", "apt-get at []"),

                Mutant.of("all-locales-installed", MINIMAL, "locales-all is installed, every locale precompiled"
                                + " (about 230 MB), instead of generating the one locale the image uses")
                        .withDockerfile("""
                                USER 0
                                RUN apt-get update && apt-get install -y --no-install-recommends locales-all \\
                                    && apt-get clean && rm -rf /var/lib/apt/lists/*
                                USER 1001""")
                        .breaks("MIN-FEW-PACKAGES", "of the size of"),

                Mutant.of("pip-never-uses-wheels", MINIMAL, "pip is told to build every package from source"
                                + " (PIP_NO_BINARY=:all:), so it takes no wheel")
                        .withDockerfile("ENV PIP_NO_BINARY=:all:")
                        .breaks("MIN-WHEELS-INSTALL", "No matching distribution found"),
                Mutant.of("assemble-ignores-pip-failure", MINIMAL, "assemble goes on when pip install -r"
                                + " requirements.txt fails, so an app whose requirements did not install builds")
                        .withEdit(ASSEMBLE, "    pip install -r requirements.txt\n", "    pip install -r requirements.txt"
                                + " || echo \"WARNING: some requirements were not installed\"\n")
                        .withDockerfile("COPY edited/s2i/bin/assemble " + SCRIPTS + "assemble")
                        .breaks("MIN-NO-SOURCE-BUILDS", "assemble succeeded from source"),

                Mutant.of("full-without-node", FULL, "Node.js and npm are removed from the full image")
                        .withDockerfile("""
                                USER 0
                                RUN apt-get purge -y nodejs
                                USER 1001""")
                        .breaks("FULL-TOOLCHAIN", "node: []"),
                Mutant.of("full-without-python-headers", FULL, "The Python headers (libpython3.11-dev and"
                                + " python3.11-dev) are removed from the full image")
                        .withDockerfile("""
                                USER 0
                                RUN apt-get purge -y libpython3.11-dev
                                USER 1001""")
                        .breaks("FULL-TOOLCHAIN", "Python.h: []")
                        .breaks("FULL-SOURCE-BUILDS", "Python.h: No such file or directory")
                        .breaks("WA-FULL-IMAGE", "Python.h: No such file or directory"),

                Mutant.of("minimal-without-package-sources", MINIMAL, "The minimal image has no package sources"
                                + " configured, so its package manager can install nothing")
                        .withDockerfile("""
                                USER 0
                                RUN sources=$(find /etc/apt/sources.list /etc/apt/sources.list.d -type f 2>/dev/null) \
                                    && test -n "$sources" && rm $sources
                                USER 1001""")
                        .breaks("WA-EXTEND-MINIMAL", "Unable to locate package")
                        .breaks("WA-MULTISTAGE", "Unable to locate package")
                        .breaks("WA-MULTISTAGE-JIB", "Unable to locate package"),
                Mutant.of("minimal-without-libpython", MINIMAL, "The minimal image drops libpython3.11, which its"
                                + " python binary does not need but mod_wsgi and uWSGI link")
                        .withDockerfile("""
                                USER 0
                                RUN apt-get purge -y libpython3.11
                                USER 1001""")
                        .breaks("WA-MULTISTAGE", "libpython3.11.so.1.0")
                        .breaks("WA-MULTISTAGE-JIB", "libpython3.11.so.1.0"),
                Mutant.of("python-headers-in-app-root", FULL, "The full image keeps a copy of the Python headers in"
                                + " the virtual environment ($APP_ROOT/include), which the multi-stage recipe copies"
                                + " into its result")
                        .withDockerfile("""
                                USER 0
                                RUN cp -r /usr/include/python3.11 /opt/app-root/include/ \\
                                    && chown -R 1001:0 /opt/app-root/include && fix-permissions /opt/app-root/include -P
                                USER 1001""")
                        .breaks("WA-MULTISTAGE-LEAN", "/opt/app-root/include/python3.11/Python.h"),

                Mutant.of("assemble-skips-requirements", MINIMAL, "assemble looks for requirement.txt (a typo), so it"
                                + " never installs requirements.txt")
                        .withEdit(ASSEMBLE,
                                "elif [[ -f requirements.txt ]]; then\n    echo \"---> Installing dependencies from",
                                "elif [[ -f requirement.txt ]]; then\n    echo \"---> Installing dependencies from")
                        .withDockerfile("COPY edited/s2i/bin/assemble " + SCRIPTS + "assemble")
                        .breaks("ASM-REQUIREMENTS", "No module named 'greeting'"),
                Mutant.of("assemble-copies-source", MINIMAL, "assemble copies the source into $HOME instead of moving"
                                + " it, so /tmp/src keeps a second copy")
                        .withEdit(ASSEMBLE, "    mv \"${source_files[@]}\" \"$HOME\"",
                                "    cp -a \"${source_files[@]}\" \"$HOME\"")
                        .withDockerfile("COPY edited/s2i/bin/assemble " + SCRIPTS + "assemble")
                        .breaks("ASM-REQUIREMENTS", "entries left in /tmp/src"),

                Mutant.of("assemble-skips-setup-py", MINIMAL, "assemble installs a project only for setup.cfg, not"
                                + " for setup.py")
                        .withEdit(ASSEMBLE, "if [[ ( -f setup.py || -f setup.cfg ) &&", "if [[ -f setup.cfg &&")
                        .withDockerfile("COPY edited/s2i/bin/assemble " + SCRIPTS + "assemble")
                        .breaks("ASM-SETUP-PY", "as is: setup-py-app not installed"),
                Mutant.of("assemble-ignores-disable-setup-py", FULL, "assemble installs a setup.py project even with"
                                + " DISABLE_SETUP_PY_PROCESSING set")
                        .withEdit(ASSEMBLE, "( -f setup.py || -f setup.cfg ) && -z \"$DISABLE_SETUP_PY_PROCESSING\"",
                                "( -f setup.py || -f setup.cfg )")
                        .withDockerfile("COPY edited/s2i/bin/assemble " + SCRIPTS + "assemble")
                        .breaks("ASM-SETUP-PY", "with DISABLE_SETUP_PY_PROCESSING=1: setup-py-app installed"),

                Mutant.of("assemble-skips-pip-ini", MINIMAL, "assemble no longer records PIP_INDEX_URL in"
                                + " $HOME/pip.ini, which tools that start pip with a clean environment read")
                        .withEdit(ASSEMBLE,
                                "    printf '[global]\\nindex-url = %s\\n' \"$PIP_INDEX_URL\" >> \"$HOME/pip.ini\"\n", "")
                        .withDockerfile("COPY edited/s2i/bin/assemble " + SCRIPTS + "assemble")
                        .breaks("ASM-PIP-INDEX-URL", "pip.ini that assemble wrote"),

                Mutant.of("assemble-conflict-exits-0", MINIMAL, "assemble reports ENABLE_PIPENV with"
                                + " ENABLE_MICROPIPENV as an error but exits 0, so the build goes on")
                        .withEdit(ASSEMBLE, "    exit 3\n", "    exit 0\n")
                        .withDockerfile("COPY edited/s2i/bin/assemble " + SCRIPTS + "assemble")
                        .breaks("ASM-TOOL-CONFLICT", "assemble succeeded"),

                Mutant.of("root-owned-file-in-venv", MINIMAL, "A sitecustomize.py copied into the virtual environment"
                                + " as root after the permission fix, so it stays root-owned and not group-writable")
                        .withFile("sitecustomize.py")
                        .withDockerfile("COPY files/sitecustomize.py /opt/app-root/lib/python3.11/site-packages/")
                        .breaks("ASM-PERMISSIONS", "sitecustomize.py"),
                Mutant.of("app-root-owned-by-root", MINIMAL, "The user is 1001 but /opt/app-root belongs to root and"
                                + " is not group-writable, as in a recipe without chown and fix-permissions")
                        .withDockerfile("""
                                USER 0
                                RUN chown -R root:root /opt/app-root && chmod -R go-w /opt/app-root
                                USER 1001""")
                        .breaks("ASM-PERMISSIONS", "Permission denied"),

                Mutant.of("run-prefers-app-py", MINIMAL, "run starts app.py ahead of app.sh")
                        .withEdit(RUN, "if [[ -n \"$APP_SCRIPT\" ]]; then\n    if [[ -f \"$APP_SCRIPT\" ]]; then",
                                "if [[ -n \"$APP_FILE\" && -f \"$APP_FILE\" ]]; then\n"
                                        + "    exec_application python \"$APP_FILE\"\nfi\n\n"
                                        + "if [[ -n \"$APP_SCRIPT\" ]]; then\n    if [[ -f \"$APP_SCRIPT\" ]]; then")
                        .withDockerfile("COPY edited/s2i/bin/run " + SCRIPTS + "run")
                        .breaks("RUN-APP-SCRIPT", "Hello from app.py"),
                Mutant.of("run-without-app-py-default", MINIMAL, "run no longer falls back to app.py when no entry"
                                + " point is set")
                        .withEdit(RUN, "    APP_FILE=app.py\n    app_file_is_default=true\n", "")
                        .withDockerfile("COPY edited/s2i/bin/run " + SCRIPTS + "run")
                        .breaks("RUN-APP-FILE", "don't know how to run your application"),
                Mutant.of("run-ignores-app-module", MINIMAL, "run applies its app.sh and app.py defaults even when"
                                + " APP_MODULE is set, so it starts app.py instead of gunicorn")
                        .withEdit(RUN, "-z \"$APP_SCRIPT\" && -z \"$APP_FILE\" && -z \"$APP_MODULE\"",
                                "-z \"$APP_SCRIPT\" && -z \"$APP_FILE\"")
                        .withDockerfile("COPY edited/s2i/bin/run " + SCRIPTS + "run")
                        .breaks("RUN-APP-MODULE", "app.py was started as a script"),
                Mutant.of("run-exits-0-with-nothing-to-run", MINIMAL, "run prints that it does not know how to run"
                                + " the app but exits 0")
                        .withEdit(RUN, "to launch your application.\" >&2\nexit 1",
                                "to launch your application.\" >&2\nexit 0")
                        .withDockerfile("COPY edited/s2i/bin/run " + SCRIPTS + "run")
                        .breaks("RUN-NOTHING-TO-RUN", "exit 0,"),

                Mutant.of("init-wrapper-without-trap", MINIMAL, "init-wrapper does not trap SIGTERM, so as PID 1 it"
                                + " ignores docker stop until SIGKILL")
                        .withEdit(INIT_WRAPPER, "trap 'kill -TERM \"$child_pid\" 2>/dev/null' TERM INT\n", "")
                        .withDockerfile("COPY edited/s2i/bin/init-wrapper " + SCRIPTS + "init-wrapper")
                        .breaks("RUN-INIT-WRAPPER", "exit status 137"),
                Mutant.of("init-wrapper-loses-exit-status", FULL, "init-wrapper exits 0 whatever the app's exit status")
                        .withEdit(INIT_WRAPPER, "wait \"$child_pid\"\nexit $?", "wait \"$child_pid\"\nexit 0")
                        .withDockerfile("COPY edited/s2i/bin/init-wrapper " + SCRIPTS + "init-wrapper")
                        .breaks("RUN-INIT-WRAPPER", "exit status 0"));
    }
}

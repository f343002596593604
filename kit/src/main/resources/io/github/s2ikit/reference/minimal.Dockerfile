# Reference minimal image: a Debian 12 stand-in for the sclorg Python s2i minimal image
# (python-311-minimal), so that the conformance suite runs without a registry.
# It has the environment, labels, virtual environment in /opt/app-root, s2i scripts in
# /usr/libexec/s2i and user (uid 1001 without a passwd entry) of that image. Like that image,
# it has no compilers, no header files and no Node.js.
#
# Build context: this folder. File modes in the context are not relied on; every mode that
# matters is set below.
FROM debian:bookworm-slim

# The Python version as Debian packages it (bookworm has only 3.11).
ARG PYTHON_VERSION=3.11
# PYTHON_VERSION without the dot, for the image name and tags. Change both together.
ARG PYTHON_VERSION_NODOT=311

ENV PYTHON_VERSION=${PYTHON_VERSION} \
    PYTHONUNBUFFERED=1 \
    PYTHONIOENCODING=UTF-8 \
    LC_ALL=en_US.UTF-8 \
    LANG=en_US.UTF-8 \
    CNB_USER_ID=1001 \
    CNB_GROUP_ID=0 \
    PIP_NO_CACHE_DIR=off \
    STI_SCRIPTS_PATH=/usr/libexec/s2i \
    APP_ROOT=/opt/app-root \
    HOME=/opt/app-root/src \
    PLATFORM=debian12

# The virtual environment's bin folder comes first on PATH, and every bash and interactive sh
# activates the virtual environment.
ENV PATH=${APP_ROOT}/bin:${HOME}/bin:${HOME}/.local/bin:${PATH} \
    BASH_ENV=${APP_ROOT}/bin/activate \
    ENV=${APP_ROOT}/bin/activate \
    PROMPT_COMMAND=". ${APP_ROOT}/bin/activate"

ENV SUMMARY="Minimal reference image for building and running Python ${PYTHON_VERSION} applications with s2i" \
    DESCRIPTION="A Debian 12 stand-in for the sclorg Python ${PYTHON_VERSION} minimal s2i image, made for the s2ikit conformance suite. It contains Python ${PYTHON_VERSION} with a virtual environment in /opt/app-root and the s2i scripts, but no compilers, header files or Node.js."

LABEL summary="${SUMMARY}" \
      description="${DESCRIPTION}" \
      io.k8s.description="${DESCRIPTION}" \
      io.k8s.display-name="Python ${PYTHON_VERSION}" \
      io.openshift.expose-services="8080:http" \
      io.openshift.tags="builder,python,python${PYTHON_VERSION_NODOT},python-${PYTHON_VERSION_NODOT}" \
      name="s2ikit/reference-python-${PYTHON_VERSION_NODOT}-minimal"

EXPOSE 8080

# libpython is the shared library that mod_wsgi and uWSGI link, which Debian's python binary
# does not need. locales provides the en_US.UTF-8 locale and findutils the find command of
# fix-permissions. libnss-wrapper lets generate_container_user name an arbitrary uid.
# The locale in LC_ALL exists only after localedef, so this step runs under C.UTF-8.
RUN export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 LANG=C.UTF-8 && \
    apt-get update && \
    apt-get install -y --no-install-recommends \
        python${PYTHON_VERSION} \
        python${PYTHON_VERSION}-venv \
        libpython${PYTHON_VERSION} \
        locales \
        findutils \
        libnss-wrapper && \
    localedef --inputfile=en_US --charmap=UTF-8 en_US.UTF-8 && \
    apt-get clean && \
    rm -rf /var/lib/apt/lists/*

COPY s2i/bin/ ${STI_SCRIPTS_PATH}/
COPY s2i/usage/minimal ${STI_SCRIPTS_PATH}/usage
COPY root/usr/bin/fix-permissions root/usr/bin/cgroup-limits /usr/bin/
COPY root/opt/app-root/etc/generate_container_user ${APP_ROOT}/etc/

# The virtual environment gets its owner and modes in the step that creates it, because a later
# chown or chmod step would store a second copy of the whole venv in its layer. umask 0002
# makes what venv and pip write group-writable.
RUN umask 0002 && \
    chmod 0755 ${STI_SCRIPTS_PATH} ${STI_SCRIPTS_PATH}/* /usr/bin/fix-permissions /usr/bin/cgroup-limits && \
    chmod 0664 ${APP_ROOT}/etc/generate_container_user && \
    python${PYTHON_VERSION} -m venv ${APP_ROOT} && \
    mkdir -p ${HOME} && \
    chown -R 1001:0 ${APP_ROOT} && \
    fix-permissions ${APP_ROOT} -P

WORKDIR ${HOME}

USER 1001

# Debian's /bin/sh is dash, which does not exec the last command of `sh -c`. With bash, a
# shell-form `CMD /usr/libexec/s2i/run` in an image built FROM this one replaces the shell, so
# run and the application receive `docker stop`'s SIGTERM, as on the sclorg images, whose
# /bin/sh is bash. Images built from this one inherit this setting.
SHELL ["/bin/bash", "-c"]

CMD $STI_SCRIPTS_PATH/usage

# Reference full image: a Debian 12 stand-in for the sclorg Python s2i image (python-311), so
# that the conformance suite runs without a registry.
# It has the environment, labels, virtual environment in /opt/app-root, s2i scripts in
# /usr/libexec/s2i, user `default` (uid 1001, group 0) and ENTRYPOINT of that image. It adds
# the compilers, Python headers, Node.js and Apache httpd that the minimal image leaves out.
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

# PATH in the order of the sclorg full image: $HOME/.local/bin (where assemble links pipenv and
# micropipenv), $HOME/bin, then the virtual environment's bin folder. Every bash and interactive
# sh activates the virtual environment.
ENV PATH=${HOME}/.local/bin/:${HOME}/bin:${APP_ROOT}/bin:${PATH} \
    BASH_ENV=${APP_ROOT}/bin/activate \
    ENV=${APP_ROOT}/bin/activate \
    PROMPT_COMMAND=". ${APP_ROOT}/bin/activate" \
    STI_SCRIPTS_URL=image:///usr/libexec/s2i

ENV SUMMARY="Reference image for building and running Python ${PYTHON_VERSION} applications with s2i" \
    DESCRIPTION="A Debian 12 stand-in for the sclorg Python ${PYTHON_VERSION} s2i image, made for the s2ikit conformance suite. It contains Python ${PYTHON_VERSION} with a virtual environment in /opt/app-root, the s2i scripts, gcc, g++, the Python headers, Node.js with npm, git and Apache httpd with its development files."

LABEL summary="${SUMMARY}" \
      description="${DESCRIPTION}" \
      io.k8s.description="${DESCRIPTION}" \
      io.k8s.display-name="Python ${PYTHON_VERSION}" \
      io.openshift.expose-services="8080:http" \
      io.openshift.tags="builder,python,python${PYTHON_VERSION_NODOT},python-${PYTHON_VERSION_NODOT}" \
      name="s2ikit/reference-python-${PYTHON_VERSION_NODOT}" \
      io.openshift.s2i.scripts-url="image:///usr/libexec/s2i" \
      io.s2i.scripts-url="image:///usr/libexec/s2i"

EXPOSE 8080

# The packages of the minimal image (see minimal.Dockerfile), plus the toolchain for source
# builds (the Python headers, gcc, g++, make, libffi's headers), git, Node.js with npm, and
# Apache httpd with apxs for mod_wsgi.
# The locale in LC_ALL exists only after localedef, so this step runs under C.UTF-8.
RUN export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 LANG=C.UTF-8 && \
    apt-get update && \
    apt-get install -y --no-install-recommends \
        python${PYTHON_VERSION} \
        python${PYTHON_VERSION}-venv \
        libpython${PYTHON_VERSION} \
        locales \
        findutils \
        libnss-wrapper \
        python${PYTHON_VERSION}-dev \
        gcc \
        g++ \
        make \
        git \
        nodejs \
        npm \
        apache2 \
        apache2-dev \
        libffi-dev && \
    localedef --inputfile=en_US --charmap=UTF-8 en_US.UTF-8 && \
    apt-get clean && \
    rm -rf /var/lib/apt/lists/*

# A passwd entry for uid 1001, so that the default user has a name and a home folder.
RUN useradd --uid 1001 --gid 0 --system --home-dir ${HOME} --no-create-home \
        --comment "Default Application User" default

COPY s2i/bin/ ${STI_SCRIPTS_PATH}/
COPY s2i/usage/full ${STI_SCRIPTS_PATH}/usage
COPY root/usr/bin/fix-permissions root/usr/bin/cgroup-limits full/usr/bin/container-entrypoint /usr/bin/
COPY root/opt/app-root/etc/generate_container_user ${APP_ROOT}/etc/

# The virtual environment gets its owner and modes in the step that creates it, because a later
# chown or chmod step would store a second copy of the whole venv in its layer. umask 0002
# makes what venv and pip write group-writable. Once activated, the virtual environment unsets
# BASH_ENV, ENV and PROMPT_COMMAND, so shells started from an activated one do not activate
# it again.
RUN umask 0002 && \
    chmod 0755 ${STI_SCRIPTS_PATH} ${STI_SCRIPTS_PATH}/* \
        /usr/bin/fix-permissions /usr/bin/cgroup-limits /usr/bin/container-entrypoint && \
    chmod 0664 ${APP_ROOT}/etc/generate_container_user && \
    python${PYTHON_VERSION} -m venv ${APP_ROOT} && \
    echo "unset BASH_ENV PROMPT_COMMAND ENV" >> ${APP_ROOT}/bin/activate && \
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

ENTRYPOINT ["container-entrypoint"]
CMD $STI_SCRIPTS_PATH/usage

# Makes Python distribution files from Debian's package archive, as root in a throwaway container
# of a Debian image. The kit runs this file with bash and appends the calls: one
# add_source_entries, then one fetch_orig or fetch_wheel per file, then finish.
#
# Every file that arrives lands in $OUT under its final name. A file that does not arrive is
# reported on a line starting "s2ikit: MISSING", and the script goes on, so that one run lists
# everything that is missing. finish then exits 3. A setup step that fails prints
# "s2ikit: FAILED" and exits 2. The kit compares $OUT with what it asked for.

set -uo pipefail
export DEBIAN_FRONTEND=noninteractive

OUT=/tmp/s2ikit-debian/out
DOWNLOAD=/tmp/s2ikit-debian/download
WORK=/tmp/s2ikit-debian/work
SOURCE_LIST=/etc/apt/sources.list.d/s2ikit-deb-src.list
missing=0

mkdir -p "$OUT" "$DOWNLOAD" "$WORK"
# apt downloads as the _apt user, and falls back to root with a warning when _apt cannot write here.
chown _apt "$DOWNLOAD"

# Prints the archive URIs of the image's `deb` entries for its own release ($1), from one-line
# sources.list files and deb822 .sources files. Entries of other suites (security, updates of
# another release) are left out, because they do not serve the release's sources.
archive_uris() {
    local codename=$1
    local lists=() sources=()
    [ -f /etc/apt/sources.list ] && lists+=(/etc/apt/sources.list)
    for file in /etc/apt/sources.list.d/*.list; do
        [ -f "$file" ] && [ "$file" != "$SOURCE_LIST" ] && lists+=("$file")
    done
    for file in /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] && sources+=("$file")
    done
    {
        if [ ${#lists[@]} -gt 0 ]; then
            # deb [option=value ...] URI SUITE COMPONENT...
            awk -v codename="$codename" '
                $1 == "deb" {
                    i = 2
                    if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                    if ($(i + 1) == codename) print $i
                }' "${lists[@]}"
        fi
        if [ ${#sources[@]} -gt 0 ]; then
            # Stanzas of "Field: value" lines, separated by blank lines.
            awk -v codename="$codename" '
                function flush() {
                    if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " codename " ") && enabled != "no")
                        print uris
                    types = ""; uris = ""; suites = ""; enabled = ""
                }
                /^[ \t]*$/ { flush(); next }
                tolower($1) == "types:" { $1 = ""; types = $0 }
                tolower($1) == "uris:" { $1 = ""; uris = $0 }
                tolower($1) == "suites:" { $1 = ""; suites = $0 }
                tolower($1) == "enabled:" { enabled = tolower($2) }
                END { flush() }' "${sources[@]}" | tr ' ' '\n'
        fi
    } | grep -v '^$' | sort -u
}

# Adds deb-src entries for the given suites, on the archive the image's own entries use, and
# updates the package lists. With no suites it only updates the lists, which binary downloads need.
add_source_entries() {
    local codename uris
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    if [ -z "$codename" ]; then
        echo "s2ikit: FAILED: /etc/os-release names no VERSION_CODENAME, so the image's Debian release is unknown"
        exit 2
    fi
    uris=$(archive_uris "$codename")
    if [ -z "$uris" ]; then
        echo "s2ikit: FAILED: found no 'deb' entry for suite $codename in /etc/apt/sources.list or /etc/apt/sources.list.d"
        exit 2
    fi
    : > "$SOURCE_LIST"
    for uri in $uris; do
        for suite in "$@"; do
            echo "deb-src $uri $suite main" >> "$SOURCE_LIST"
        done
    done
    echo "s2ikit: deb-src entries added:"
    cat "$SOURCE_LIST"
    if ! apt-get update -qq; then
        echo "s2ikit: FAILED: apt-get update exited with an error"
        exit 2
    fi
}

# fetch_orig SOURCE_PACKAGE VERSION UPSTREAM_VERSION SUITE TARGET [SUBFOLDER]
# Downloads the orig tarball of SOURCE_PACKAGE=VERSION and stores it as $OUT/TARGET, or packs only
# its SUBFOLDER there under a top folder named after TARGET.
fetch_orig() {
    local package=$1 version=$2 upstream=$3 suite=$4 target=$5 subfolder=${6:-}
    local orig="$DOWNLOAD/${package}_${upstream}.orig.tar.gz"
    echo "s2ikit: fetching the orig tarball of $package $version (suite $suite)"
    # apt-get source exits 100 when the .dsc or the Debian tarball is missing, even when the orig
    # tarball arrived, so the tarball itself decides.
    (cd "$DOWNLOAD" && apt-get source --download-only -q "$package=$version")
    if [ ! -f "$orig" ]; then
        echo "s2ikit: MISSING ${package}_${upstream}.orig.tar.gz of source package $package $version (suite $suite)"
        missing=$((missing + 1))
        return
    fi
    if [ -z "$subfolder" ]; then
        cp "$orig" "$OUT/$target"
    else
        pack_subfolder "$orig" "$subfolder" "$target"
    fi
}

# pack_subfolder TARBALL SUBFOLDER TARGET
pack_subfolder() {
    local tarball=$1 subfolder=$2 target=$3
    local unpacked="$WORK/${target%.tar.gz}.unpacked" top="${target%.tar.gz}"
    mkdir -p "$unpacked"
    tar -xzf "$tarball" -C "$unpacked"
    # An orig tarball has one top folder, such as flit-3.12.0.
    local tops=("$unpacked"/*)
    if [ ${#tops[@]} -ne 1 ] || [ ! -d "${tops[0]}/$subfolder" ]; then
        echo "s2ikit: MISSING folder $subfolder in $(basename "$tarball")"
        missing=$((missing + 1))
        return
    fi
    mv "${tops[0]}/$subfolder" "$WORK/$top"
    # Fixed order, owners and times, so the same tarball always packs to the same bytes. The time
    # is 2000-01-01 UTC, because a wheel built from these files is a ZIP file, and ZIP cannot
    # store times before 1980 (in local time, so 1980 itself fails west of UTC).
    tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@946684800 -C "$WORK" -cf - "$top" \
        | gzip -n > "$OUT/$target"
}

# fetch_wheel BINARY_PACKAGE VERSION SUITE WHEEL_FILE
# Downloads BINARY_PACKAGE=VERSION and stores the wheel it ships as $OUT/WHEEL_FILE.
fetch_wheel() {
    local package=$1 version=$2 suite=$3 wheel=$4
    local unpacked="$WORK/$package"
    echo "s2ikit: fetching $wheel from binary package $package $version (suite $suite)"
    (cd "$DOWNLOAD" && apt-get download -q "$package=$version")
    # The .deb name has the version with its epoch escaped, so match on the package name alone.
    local debs=("$DOWNLOAD/${package}_"*.deb)
    if [ ! -f "${debs[0]}" ]; then
        echo "s2ikit: MISSING binary package $package $version (suite $suite)"
        missing=$((missing + 1))
        return
    fi
    dpkg-deb -x "${debs[0]}" "$unpacked"
    if [ ! -f "$unpacked/usr/share/python-wheels/$wheel" ]; then
        echo "s2ikit: MISSING $wheel in binary package $package $version; it has:"
        ls "$unpacked/usr/share/python-wheels" 2>&1
        missing=$((missing + 1))
        return
    fi
    cp "$unpacked/usr/share/python-wheels/$wheel" "$OUT/$wheel"
}

finish() {
    echo "s2ikit: made these files:"
    ls -l "$OUT"
    if [ "$missing" -gt 0 ]; then
        echo "s2ikit: $missing file(s) missing"
        exit 3
    fi
}

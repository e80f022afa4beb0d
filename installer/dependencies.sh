#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages Prep Wizard needs to build, run and test, if any are missing.
# Sourced by run.sh and test.sh; call prep_install_dependencies [extra packages...].

prep_build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
    nlohmann-json3-dev ccache libssl-dev
)
# Building and checking the .deb (installer/test-package.sh, installer/build-deb.sh):
# dpkg-shlibdeps computes Depends; the two validators check the menu entry and AppStream metadata.
prep_package_packages=(dpkg-dev desktop-file-utils appstream)
# ./test.sh --all: the libFuzzer targets need clang and its runtime libraries (libFuzzer itself).
prep_fuzz_packages=(clang libclang-rt-14-dev)
# The benchmark (cmake --build build --target bench): its start-up rows run the wizard under Xvfb
# (xauth and xwininfo come with it); sha256sum, which the backup row compares with, is in coreutils.
prep_bench_packages=(xvfb xauth x11-utils)
# The reuse_lint test: every file's copyright and licence (REUSE).
prep_lint_packages=(reuse)
prep_test_packages=(poppler-utils "${prep_package_packages[@]}" "${prep_bench_packages[@]}" "${prep_lint_packages[@]}")
# The Windows collector: cross-built with mingw-w64 (64- and 32-bit, Windows threads) and tested
# under Wine by test.sh (the 64-bit build; the 32-bit one too where wine32:i386 is installed).
# The wizard for Windows (test.sh, where the Qt for Windows is there): the posix-threads compiler
# that Qt was built with, rsvg-convert for its PNG icons, makensis for its installer; its window
# under Wine is driven with xdotool on Xvfb and pictured with ImageMagick's import.
prep_windows_packages=(g++-mingw-w64-x86-64-win32 g++-mingw-w64-i686-win32 wine wine64
                       g++-mingw-w64-x86-64-posix librsvg2-bin nsis xdotool imagemagick)

prep_missing_packages() {
    local package missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    echo "${missing[@]}"
}

prep_install_dependencies() {
    local wanted=("${prep_build_packages[@]}" "$@")
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        echo "Prep Wizard: this script installs its build tools with apt-get on Debian or Ubuntu." >&2
        echo "On this system, install these (or their equivalents) yourself: ${wanted[*]}" >&2
        return 1
    fi
    local missing
    missing=$(prep_missing_packages "${wanted[@]}")
    [ -z "$missing" ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            echo "Prep Wizard needs these Debian packages, and installing them needs root:" >&2
            echo "  sudo apt-get install $missing" >&2
            echo "Run that (or run this script as root), then try again." >&2
            return 1
        fi
    fi
    echo "Installing the packages Prep Wizard needs: $missing"
    # shellcheck disable=SC2086 # the list is meant to split into words
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# The 32-bit Wine (Debian's wine32:i386, through multiarch), for the 32-bit prepprobe.exe tests and
# the NSIS installer, which is a 32-bit program. Tried twice (the i386 index once failed to
# download); when it cannot be had, one line says what is skipped, and the rest goes on.
prep_install_wine32() {
    [ -x /usr/lib/wine/wine ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            echo "Prep Wizard: no 32-bit Wine (sudo apt-get install wine32:i386 after dpkg --add-architecture i386): the 32-bit prepprobe.exe and installer tests are skipped."
            return 0
        fi
    fi
    local try
    for try in 1 2; do
        echo "Installing the 32-bit Wine (wine32:i386) for the 32-bit Windows tests (try $try of 2)"
        if "${sudo[@]}" dpkg --add-architecture i386 &&
            "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wine32:i386 &&
            [ -x /usr/lib/wine/wine ]; then
            return 0
        fi
        sleep 10
    done
    echo "Prep Wizard: wine32:i386 could not be installed: the 32-bit prepprobe.exe and installer tests are skipped."
    return 0
}

# Configures (once) and builds the project in $1 (default: build/ beside this folder); further
# arguments go to the first cmake, e.g. -DPREP_SANITIZE=address,undefined.
prep_build() {
    local source_dir build_dir
    source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    build_dir=${1:-$source_dir/build}
    prep_use_ccache "$source_dir"
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "${@:2}" || return 1
    fi
    cmake --build "$build_dir" -j "$(nproc)" || return 1
}

# ccache keeps compiled objects between builds and between checkouts of the project: paths are
# hashed relative to the folder that holds the checkout, and the working folder is left out, so a
# second clone (CI's) reuses what the first compiled. Debug information then names the first
# checkout's paths, which only a debugger reading a CI build would notice.
prep_use_ccache() {
    export CCACHE_BASEDIR
    CCACHE_BASEDIR=$(dirname "$1")
    export CCACHE_NOHASHDIR=1
}

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package the way Debian builds its own: with dpkg-buildflags' hardening
# (fortify, stack protector, full RELRO, bind-now), then cpack -G DEB.
#   installer/build-deb.sh [BUILD_DIR]      (default: build-deb/ beside this folder)
# Prints the package's path, size and Depends line.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$source_dir/build-deb}
# shellcheck source=installer/dependencies.sh
source "$source_dir/installer/dependencies.sh"
prep_install_dependencies "${prep_package_packages[@]}"

if [ ! -f "$build_dir/build.ninja" ]; then
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
    ldflags=$(dpkg-buildflags --get LDFLAGS)
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
        -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags"
fi
cmake --build "$build_dir" -j "$(nproc)"
rm -f "$build_dir"/prepwizard_*.deb
(cd "$build_dir" && cpack -G DEB)
deb=$(ls "$build_dir"/prepwizard_*.deb)
echo
echo "Package: $deb"
echo "Size:    $(du -k "$deb" | cut -f1) KiB ($(stat -c %s "$deb") bytes), installed $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Prep Wizard and runs the whole test suite with CTest under the offscreen platform.
# ./test.sh --all (what CI runs) goes on with the fuzzers for a bounded time and the whole suite
# again, built with AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
all=false
case "${1:-}" in
    --all) all=true ;;
    "") ;;
    *) echo "usage: ./test.sh [--all]" >&2; exit 2 ;;
esac
# shellcheck source=installer/dependencies.sh
source "$here/installer/dependencies.sh"
extra_packages=()
if $all; then
    extra_packages=("${prep_fuzz_packages[@]}")
fi
prep_install_dependencies "${prep_test_packages[@]}" "${prep_windows_packages[@]}" "${extra_packages[@]}"
prep_install_wine32
prep_build "$here/build"

# The Windows collector, prepprobe.exe: cross-built into build-windows/<architecture>/ and tested
# there, under Wine. The 32-bit build runs only where the 32-bit Wine is installed (Debian's
# wine32:i386, with multiarch); without it, its imports are still checked.
for arch in x86_64 i686; do
    windows_build="$here/build-windows/$arch"
    no_emulator=()
    if [ "$arch" = i686 ] && [ ! -x /usr/lib/wine/wine ]; then
        no_emulator=(-DCMAKE_CROSSCOMPILING_EMULATOR=)
    fi
    # Configured again when the 32-bit Wine came or went since.
    if [ "$(cat "$windows_build/emulator" 2>/dev/null)" != "${no_emulator[*]:-wine}" ]; then
        rm -rf "$windows_build"
    fi
    if [ ! -f "$windows_build/build.ninja" ]; then
        cmake -S "$here" -B "$windows_build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPREP_BUILD_GUI=OFF \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
            -DCMAKE_TOOLCHAIN_FILE="$here/installer/mingw-w64-$arch.cmake" "${no_emulator[@]}"
        echo "${no_emulator[*]:-wine}" >"$windows_build/emulator"
    fi
    cmake --build "$windows_build" -j "$(nproc)"
    (cd "$windows_build" && ctest --output-on-failure -j "$(nproc)")
    if [ "$arch" = x86_64 ]; then
        # Right after the snapshot, before the builds below write gigabytes to the same disk: it
        # compares the snapshot's free space on C: with the disk's, within a gigabyte.
        (cd "$here/build" && PREP_WINE_BUILD="$windows_build" QT_QPA_PLATFORM=offscreen \
            ctest --output-on-failure -R '^tst_winesnapshot$')
    fi
done

# The wizard for Windows: cross-built with the Qt for MinGW-w64 of ../shared/toolchains/ (unpacked
# once into build-windows/qt/, again only when the tarball changes) or of the unpacked folder
# $PREP_QT_WINDOWS, into build-windows/gui/; its tests run there under Wine.
qt_windows=
qt_tarball="$here/../shared/toolchains/qt-6.4.2-mingw-w64-x86_64-posix.tar.xz"
if [ -n "${PREP_QT_WINDOWS:-}" ]; then
    for candidate in "$PREP_QT_WINDOWS" "$PREP_QT_WINDOWS/qt6-mingw64"; do
        [ -x "$candidate/bin/qt-cmake" ] && qt_windows=$(cd "$candidate" && pwd) && break
    done
    [ -n "$qt_windows" ] || { echo "test.sh: PREP_QT_WINDOWS=$PREP_QT_WINDOWS has no bin/qt-cmake" >&2; exit 1; }
elif [ -f "$qt_tarball" ]; then
    qt_windows="$here/build-windows/qt/qt6-mingw64"
    qt_sum=$(sha256sum "$qt_tarball" | cut -d' ' -f1)
    if [ ! -x "$qt_windows/bin/qt-cmake" ] || [ "$(cat "$here/build-windows/qt/tarball.sha256" 2>/dev/null)" != "$qt_sum" ]; then
        rm -rf "$here/build-windows/qt"
        mkdir -p "$here/build-windows/qt"
        tar -C "$here/build-windows/qt" -xf "$qt_tarball"
        echo "$qt_sum" >"$here/build-windows/qt/tarball.sha256"
    fi
fi
if [ -n "$qt_windows" ]; then
    windows_build="$here/build-windows/gui"
    if [ ! -f "$windows_build/build.ninja" ]; then
        "$qt_windows/bin/qt-cmake" -S "$here" -B "$windows_build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DPREP_HOST_PREPWIZARD="$here/build/app/prepwizard"
    fi
    cmake --build "$windows_build" -j "$(nproc)"
    # A Wine prefix made before the 32-bit Wine came (or went) does not start with the other one.
    wine_setup=$([ -x /usr/lib/wine/wine ] && echo wine32+wine64 || echo wine64)
    if [ "$(cat "$windows_build/wine-setup" 2>/dev/null)" != "$wine_setup" ]; then
        rm -rf "$windows_build/wineprefix"
        echo "$wine_setup" >"$windows_build/wine-setup"
    fi
    (cd "$windows_build" && ctest --output-on-failure -j "$(nproc)")
else
    echo "test.sh: no Qt for Windows (../shared/toolchains/ or PREP_QT_WINDOWS): skipping prepwizard.exe, its Wine tests and installer."
fi

# Last, so that its summary closes the output (tst_winesnapshot, run above, skips here).
cd "$here/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)"

if $all; then
    # Each fuzzer for PREP_FUZZ_SECONDS (60) in build-fuzz/ (clang); then the sanitizer build, whose
    # CTest summary closes the output. A leak or the first report of undefined behaviour fails a test.
    "$here/tests/fuzz/run.sh" "$here/build-fuzz"
    prep_build "$here/build-asan" -DPREP_SANITIZE=address,undefined
    cd "$here/build-asan"
    ctest --output-on-failure -j "$(nproc)"
fi

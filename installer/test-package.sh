#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a configured and built tree, unpacks it without root (dpkg -x) and checks
# what a user gets: the installed programs run with no display, the menu entry and the AppStream
# metainfo validate, the control fields name what Qt needs at run time.
#   installer/test-package.sh BUILD_DIR APP_ID [BUILD_TREE_PREPWIZARD]
# Exit status 77 (CTest: skipped) when the Debian tools are missing.
set -euo pipefail
build_dir=$(cd "${1:?usage: test-package.sh BUILD_DIR APP_ID [PREPWIZARD]}" && pwd)
app_id=${2:?usage: test-package.sh BUILD_DIR APP_ID [PREPWIZARD]}
built_prepwizard=${3:-$build_dir/app/prepwizard}

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is missing (Debian packages: dpkg-dev desktop-file-utils appstream)" >&2
        exit 77
    fi
done

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "PASS: $*"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/prepwizard-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# ---- Build the package (its staging files go to the scratch directory, not the build tree) ----
if ! cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "FAIL: expected one .deb in $work/out, found: ${debs[*]}" >&2
    exit 1
fi
deb=${debs[0]}
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# ---- Control fields ----
for field in Package Version Architecture Maintainer Installed-Size Section Depends; do
    echo "  $field: $(dpkg-deb -f "$deb" "$field")"
done
depends=$(dpkg-deb -f "$deb" Depends)
for needed in qt6-qpa-plugins qt6-translations-l10n libqt6svg6 libqt6core6 libqt6gui6 libqt6widgets6 libc6; do
    # A whole package name in the comma-separated list, with or without a version.
    if grep -Eq "(^|, )$needed( \(|,|$)" <<<"$depends"; then
        pass "Depends names $needed"
    else
        fail "Depends lacks $needed: $depends"
    fi
done

# ---- Contents ----
root=$work/root
dpkg -x "$deb" "$root"
for path in usr/bin/prepwizard usr/bin/prepprobe \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    usr/share/man/man1/prepwizard.1.gz usr/share/man/man1/prepprobe.1.gz \
    usr/share/doc/prepwizard/copyright usr/share/doc/prepwizard/changelog.Debian.gz; do
    if [ -e "$root/$path" ]; then pass "installs /$path"; else fail "does not install /$path"; fi
done
unexpected=$(cd "$root" && find . -type f | sed 's|^\./||' | grep -Ev '^usr/(bin|share/(applications|metainfo|icons|man|doc|lintian/overrides))/' || true)
[ -z "$unexpected" ] && pass "nothing else installed" || fail "unexpected files: $unexpected"
# qt_standard_project_setup() gives the programs RUNPATH $ORIGIN:$ORIGIN/../lib (relative, harmless);
# an absolute one would point into the build tree.
for program in prepwizard prepprobe; do
    if readelf -d "$root/usr/bin/$program" | grep -E 'R(UN)?PATH' | grep -Eq '(\[|:)/'; then
        fail "the installed $program has an absolute RPATH: $(readelf -d "$root/usr/bin/$program" | grep PATH)"
    else
        pass "$program has no absolute RPATH"
    fi
done

# ---- The installed programs, with no display and no platform chosen ----
# They use only system libraries (Qt from Debian), so no library path is needed.
run_installed() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u QT_PLUGIN_PATH -u LD_LIBRARY_PATH \
        HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" "$@"
}
mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"
version=$(dpkg-deb -f "$deb" Version)
if out=$(run_installed "$root/usr/bin/prepwizard" --version 2>"$work/err") &&
    [ "$out" = "prepwizard ${version%-*}" ]; then
    pass "installed prepwizard --version: $out"
else
    fail "installed prepwizard --version gave '$out' (expected 'prepwizard ${version%-*}'): $(cat "$work/err")"
fi
if run_installed "$root/usr/bin/prepwizard" --list-paths >"$work/paths" 2>"$work/err" && [ -s "$work/paths" ]; then
    pass "installed prepwizard --list-paths ($(wc -l <"$work/paths") lines)"
    if [ -x "$built_prepwizard" ]; then
        if run_installed "$built_prepwizard" --list-paths 2>/dev/null | cmp -s - "$work/paths"; then
            pass "--list-paths is the same as the build tree's"
        else
            fail "installed --list-paths differs from the build tree's"
        fi
    fi
else
    fail "installed prepwizard --list-paths: $(cat "$work/err")"
fi
if out=$(run_installed "$root/usr/bin/prepprobe" --version 2>&1) && [ "$out" = "prepprobe ${version%-*}" ]; then
    pass "installed prepprobe --version: $out"
else
    fail "installed prepprobe --version gave '$out'"
fi

# ---- Menu entry and AppStream metadata ----
desktop=$root/usr/share/applications/$app_id.desktop
if desktop-file-validate "$desktop"; then pass "desktop-file-validate"; else fail "desktop-file-validate"; fi
exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -x "$root/usr/bin/$exec_program" ] && pass "Exec=$exec_program is in /usr/bin" || fail "Exec=$exec_program is not installed"
[ "$icon" = "$app_id" ] && pass "Icon=$icon" || fail "Icon=$icon, expected $app_id"
# --no-net: the screenshot URL is where the project publishes it, not reachable from CI.
if appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml"; then
    pass "appstreamcli validate --no-net"
else
    fail "appstreamcli validate --no-net"
fi

# ---- Lintian, when installed: errors fail the test, warnings are listed ----
if command -v lintian >/dev/null; then
    if lintian --fail-on error "$deb"; then
        pass "lintian: no errors"
    else
        fail "lintian reported errors"
    fi
else
    echo "NOTE: lintian is not installed; skipped"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "All package checks passed"

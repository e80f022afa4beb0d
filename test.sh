#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Prep Wizard and runs the whole test suite with CTest under the offscreen platform.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=installer/dependencies.sh
source "$here/installer/dependencies.sh"
prep_install_dependencies "${prep_test_packages[@]}"
prep_build "$here/build"
cd "$here/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)"

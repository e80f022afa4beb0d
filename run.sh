#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Prep Wizard if needed and starts it: ./run.sh [prepwizard options], e.g. ./run.sh --lang es
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=installer/dependencies.sh
source "$here/installer/dependencies.sh"
prep_install_dependencies
prep_build "$here/build" >&2
exec "$here/build/app/prepwizard" "$@"

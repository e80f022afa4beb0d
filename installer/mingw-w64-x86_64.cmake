# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross build of prepprobe.exe for 64-bit Windows (Server 2003 x64 and later):
#   cmake -S . -B build-windows/x86_64 -G Ninja -DPREP_BUILD_GUI=OFF \
#         -DCMAKE_TOOLCHAIN_FILE=installer/mingw-w64-x86_64.cmake
set(PREP_MINGW_TRIPLET x86_64-w64-mingw32)
set(PREP_MINGW_PROCESSOR AMD64)
include(${CMAKE_CURRENT_LIST_DIR}/mingw-w64-common.cmake)

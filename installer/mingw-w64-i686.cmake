# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross build of prepprobe.exe for 32-bit Windows (Windows 2000, Server 2003 x86 and later):
#   cmake -S . -B build-windows/i686 -G Ninja -DPREP_BUILD_GUI=OFF \
#         -DCMAKE_TOOLCHAIN_FILE=installer/mingw-w64-i686.cmake
# Running it under Wine needs the 32-bit Wine (Debian: wine32:i386, with multiarch).
set(PREP_MINGW_TRIPLET i686-w64-mingw32)
set(PREP_MINGW_PROCESSOR x86)
include(${CMAKE_CURRENT_LIST_DIR}/mingw-w64-common.cmake)

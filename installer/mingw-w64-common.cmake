# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# What the mingw-w64 toolchain files share; they set PREP_MINGW_TRIPLET and PREP_MINGW_PROCESSOR first.
# Builds the facts layer and prepprobe only (configure with -DPREP_BUILD_GUI=OFF): Qt is not
# available for mingw-w64 here, and prepprobe is meant to run on servers Qt 6 cannot run on.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR ${PREP_MINGW_PROCESSOR})

# Debian's "-win32" compilers use Windows threads directly; prepprobe starts no threads, so it
# needs neither the winpthreads DLL nor its static copy.
set(CMAKE_C_COMPILER ${PREP_MINGW_TRIPLET}-gcc-win32)
set(CMAKE_CXX_COMPILER ${PREP_MINGW_TRIPLET}-g++-win32)
set(CMAKE_RC_COMPILER ${PREP_MINGW_TRIPLET}-windres)

# One .exe to copy to the server: no libgcc or libstdc++ DLL beside it, and no debugging symbols.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++ -s")

# Libraries and headers of the target come from the mingw-w64 root; programs (objdump, wine)
# from the host. nlohmann_json is header-only, so Debian's host package serves both builds.
set(CMAKE_FIND_ROOT_PATH /usr/${PREP_MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# Tests and prepprobe run under Wine where it can run this architecture. A build directory that
# names the emulator itself (-DCMAKE_CROSSCOMPILING_EMULATOR=, empty for none) keeps its choice.
if(NOT DEFINED CMAKE_CROSSCOMPILING_EMULATOR)
    find_program(PREP_WINE wine)
    if(PREP_WINE)
        set(CMAKE_CROSSCOMPILING_EMULATOR ${PREP_WINE})
    endif()
endif()

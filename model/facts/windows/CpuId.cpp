// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CpuId.h"

#if defined(_M_IX86) || defined(_M_X64) || defined(__i386__) || defined(__x86_64__)
#include <intrin.h>
#define PREP_HAS_CPUID 1
#endif

namespace prep::facts::win {

CpuIdFlags cpuIdFlags()
{
    CpuIdFlags flags;
#ifdef PREP_HAS_CPUID
    int registers[4]; // EAX, EBX, ECX, EDX
    __cpuid(registers, 1);
    flags.hypervisor = (static_cast<unsigned>(registers[2]) >> 31) & 1;
    __cpuid(registers, static_cast<int>(0x80000000u));
    if (static_cast<unsigned>(registers[0]) >= 0x80000001u) {
        __cpuid(registers, static_cast<int>(0x80000001u));
        flags.longMode = (static_cast<unsigned>(registers[3]) >> 29) & 1;
    }
#endif
    return flags;
}

} // namespace prep::facts::win

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the processor says of itself through CPUID (x86 and x64 only), whatever Windows knows.

namespace prep::facts::win {

struct CpuIdFlags
{
    bool longMode = false;   // can run 64-bit code, also under a 32-bit Windows
    bool hypervisor = false; // runs under a hypervisor that says so
};

// All false on processors without CPUID (ARM).
CpuIdFlags cpuIdFlags();

} // namespace prep::facts::win

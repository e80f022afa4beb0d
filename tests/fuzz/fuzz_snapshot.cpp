// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: any bytes as a facts snapshot (see SnapshotCheck.h for what must hold).

#include "SnapshotCheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string problem = prep::fuzz::checkSnapshot(std::string(reinterpret_cast<const char *>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_snapshot: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}

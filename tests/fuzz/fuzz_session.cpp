// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: any bytes as the session file (see SessionCheck.h for what must hold).

#include "SessionCheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = prep::fuzz::checkSession(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_session: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}

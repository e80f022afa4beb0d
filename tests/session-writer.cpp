// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Saves the small and the large crash-test session in turn, for ever, through SessionStore, into
// the file named on the command line. Writes a line on stdout after each save ("small", "large"),
// so that tst_crashsafety can pick the moment it kills it.

#include "CrashSessions.h"
#include "checklist/SessionStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: session-writer FILE\n");
        return 3;
    }
    const prep::SessionStore store(QString::fromLocal8Bit(argv[1]));
    const prep::Session sessions[] = {prep::crash::small(), prep::crash::large()};
    QString error;
    for (unsigned long long n = 0;; ++n) {
        if (!store.save(sessions[n % 2], &error)) {
            std::fprintf(stderr, "session-writer: %s\n", qPrintable(error));
            return 1;
        }
        std::puts(n % 2 == 0 ? "small" : "large");
        std::fflush(stdout);
    }
}

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two sessions of very different sizes, saved in turn by session-writer while tst_crashsafety
// kills it: whatever is on disk afterwards must be exactly one of them.

#include "catalog/TaskIds.h"
#include "checklist/Session.h"

namespace prep::crash {

// A few confirmed tasks: a file of about 1 KB.
inline Session small()
{
    Session session;
    session.pathId = QStringLiteral("sbs2000-to-sbs2003");
    session.language = QStringLiteral("en");
    session.operatorName = QStringLiteral("Ana");
    session.serverName = QStringLiteral("SRV01");
    for (const char *id : {taskid::pre::readGuide, taskid::data::fullBackup, taskid::data::virusScan}) {
        ItemState state;
        state.confirmedAt = QDateTime(QDate(2026, 11, 20), QTime(18, 30), Qt::UTC);
        session.items.insert(QString::fromLatin1(id), state);
    }
    return session;
}

// Hundreds of long notes: a file of about 400 KB, so that a kill often lands inside the write.
inline Session large()
{
    Session session = small();
    session.language = QStringLiteral("es");
    session.serverName = QStringLiteral("SERVIDOR-OFICINA");
    for (int i = 0; i < 400; ++i) {
        ItemState state;
        state.confirmedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC).addSecs(i);
        state.note = QStringLiteral("Nota %1: cinta verificada, ñandú. ").arg(i).repeated(30);
        session.items.insert(QStringLiteral("task-%1").arg(i, 3, 10, QLatin1Char('0')), state);
    }
    return session;
}

} // namespace prep::crash

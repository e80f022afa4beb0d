// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What fuzz_session asks of any bytes given as a session file, and tst_fuzzregressions of each
// input kept: SessionStore::parse reads a session or says why not, in words; a session it reads
// can be shown in both languages, and saved and read back it is the same session.

#include "checklist/SessionStore.h"

#include <QJsonDocument>
#include <QLocale>

namespace prep::fuzz {

inline void render(const Session &session, const QLocale &locale)
{
    for (const ItemState &state : session.items) {
        static_cast<void>(renderAll(state.finding.evidence, locale));
        static_cast<void>(renderAll(state.finding.details, locale));
        static_cast<void>(state.finding.measured.toString(locale));
        static_cast<void>(state.finding.threshold.toString(locale));
    }
}

// Empty when all is well, else what went wrong.
inline QString checkSession(const QByteArray &bytes)
{
    Session session;
    QString reason;
    if (!SessionStore::parse(bytes, &session, &reason))
        return reason.isEmpty() ? QStringLiteral("a session was refused without a reason") : QString();
    render(session, QLocale(QLocale::English, QLocale::UnitedStates));
    render(session, QLocale(QLocale::Spanish, QLocale::Spain));
    // Items with nothing in them are not saved.
    session.items.removeIf(
        [](const std::pair<const QString &, ItemState &> &item) { return item.second.isEmpty(); });
    Session again;
    if (!SessionStore::parse(QJsonDocument(session.toJson()).toJson(), &again, &reason))
        return QStringLiteral("a session that was read cannot be read once saved: ") + reason;
    if (!(again == session))
        return QStringLiteral("a session that was read is not the same once saved and read back");
    return {};
}

} // namespace prep::fuzz

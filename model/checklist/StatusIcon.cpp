// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/StatusIcon.h"

#include <QHash>

#ifndef PREP_ICON_SUFFIX
#define PREP_ICON_SUFFIX "svg"
#endif

namespace prep {

QString iconPath(const QString &name)
{
    return QStringLiteral(":/icons/%1." PREP_ICON_SUFFIX).arg(name);
}

QString statusIconPath(ItemStatus status)
{
    return iconPath(QStringLiteral("status-") + statusId(status));
}

QIcon statusIcon(ItemStatus status)
{
    static QHash<int, QIcon> cache; // GUI thread only
    auto it = cache.find(int(status));
    if (it == cache.end())
        it = cache.insert(int(status), QIcon(statusIconPath(status)));
    return *it;
}

} // namespace prep

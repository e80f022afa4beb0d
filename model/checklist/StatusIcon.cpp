// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIcon.h"

#include <QHash>

namespace prep {

QString statusIconPath(ItemStatus status)
{
    return QStringLiteral(":/icons/status-%1." PREP_ICON_SUFFIX).arg(statusId(status));
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

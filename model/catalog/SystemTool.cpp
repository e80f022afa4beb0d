// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/SystemTool.h"

#include "catalog/Task.h"

namespace prep {

QString systemToolButtonText(SystemTool tool)
{
    switch (tool) {
    case SystemTool::DiskCleanup:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Open Disk Clean&up"));
    case SystemTool::DiskDefragmenter:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Open Disk De&fragmenter"));
    case SystemTool::Services:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Open &Services"));
    }
    return QString();
}

QStringList systemToolFiles(SystemTool tool)
{
    switch (tool) {
    case SystemTool::DiskCleanup:
        return {QStringLiteral("cleanmgr.exe")};
    case SystemTool::DiskDefragmenter:
        return {QStringLiteral("dfrg.msc"), QStringLiteral("dfrgui.exe")};
    case SystemTool::Services:
        return {QStringLiteral("services.msc")};
    }
    return {};
}

} // namespace prep

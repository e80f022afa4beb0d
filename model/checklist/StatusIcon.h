// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ItemStatus.h"

#include <QIcon>

namespace prep {

// Each state has its own shape as well as its colour (a tick, a triangle, an octagon, ...).
QIcon statusIcon(ItemStatus status);
QString statusIconPath(ItemStatus status); // ":/icons/status-passed.svg"
// ":/icons/NAME.svg", or NAME.png where the build has no Qt SVG (Windows: model/CMakeLists.txt).
QString iconPath(const QString &name);

} // namespace prep

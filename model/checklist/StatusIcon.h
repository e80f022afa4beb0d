// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ItemStatus.h"

#include <QIcon>

namespace prep {

// Each state has its own shape as well as its colour (a tick, a triangle, an octagon, ...).
QIcon statusIcon(ItemStatus status);
QString statusIconPath(ItemStatus status); // ":/icons/status-passed.svg" (.png on Windows)

} // namespace prep

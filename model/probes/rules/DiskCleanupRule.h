// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// hw.disk-cleanup-defrag: the hard disk drives to clean up and defragment, with their file system
// and free space, from the volumes the collector lists; the Exchange M: drive is not a disk and is
// left out. Running the tools is the operator's: never a pass.
class DiskCleanupRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// os.ntfs-system-drive: the Windows system drive must be NTFS. On another system the wizard
// says what the system volume is and that it cannot answer for the Windows server.
class NtfsSystemDriveRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep

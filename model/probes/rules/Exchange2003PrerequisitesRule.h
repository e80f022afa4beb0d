// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// mail.ex2003-prereqs: what the facts can show of Exchange Server 2003's prerequisites: NTFS on
// the system drive, the Windows services Exchange needs (World Wide Web Publishing, SMTP, NNTP),
// the .NET Framework on Windows 2000. The service-pack levels are shown for the operator to
// compare with the task's first step: the catalog holds no figure for them.
class Exchange2003PrerequisitesRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep

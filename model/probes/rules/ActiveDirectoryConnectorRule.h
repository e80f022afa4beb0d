// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// mail.adc-dc-upgrade: what this server shows of the Exchange 2000 Active Directory Connector (its
// service) and of Exchange's version. Whether another computer is the domain controller to be
// upgraded first the facts do not tell: never a pass.
class ActiveDirectoryConnectorRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// A service the documents say stops working after the upgrade, looked for among this server's
// services before it: Fax Service (app.fax-service), the Microsoft Connector for POP3 Mailboxes
// (post.pop3-router-trigger), the Windows SBS POP3 Connector that another Exchange Server does not
// have (mail.onprem-exchange). Seen or not, the plan is the operator's: never a pass.
class ServiceSightingRule
{
public:
    static Finding fax(const facts::Facts &facts);
    static Finding pop3Connector(const facts::Facts &facts);
    static Finding pop3ConnectorAfterMigration(const facts::Facts &facts);
};

} // namespace prep

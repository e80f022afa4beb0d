// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

#include <QString>

#include <optional>

namespace prep {

// os.logon-as-service-gpo: the Default Domain Controllers Policy must not define "Log on as a
// service" (SeServiceLogonRight in its GptTmpl.inf), and SBS_LOGIN_SCRIPT.bat must be gone. The
// files are read on the server itself, from SYSVOL.
class LogonAsServiceRule
{
public:
    struct Files
    {
        QString policyPath;            // the policy's GptTmpl.inf
        std::optional<QString> policy; // its text; nothing: the file does not exist
        QString policyError;           // why it could not be read
        QString scriptPath;
        bool scriptExists = false;
    };

    // Where the files are for the domain ("oficina.local").
    static Files locate(const QString &domain);
    // Reads them.
    static Files read(const QString &domain);
    static Finding evaluate(const Files &files);
    // A snapshot or another system: the files cannot be read from here.
    static Finding notHere(const facts::Facts &facts, bool snapshot);
};

} // namespace prep

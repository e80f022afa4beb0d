// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace prep {

// mail.rpc-over-http: the RpcProxy ValidPorts value must list the server's fully qualified name
// with the ports the task names (6001-6002 and 6004), or the Office 365 migration tool cannot
// connect to Exchange.
class RpcProxyPortsRule
{
public:
    // One "host:port[-port]" entry of the value.
    struct Entry
    {
        QString host;
        int firstPort = 0;
        int lastPort = 0;
    };

    // "remote.contoso.com:6001-6002;remote.contoso.com:6004" → its entries; malformed ones are left
    // out and named in `rejected`.
    static std::vector<Entry> parse(const QString &validPorts, QStringList *rejected = nullptr);
    // The hosts with every port the task asks for, in order.
    static QStringList hostsWithAllPorts(const std::vector<Entry> &entries);

    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep

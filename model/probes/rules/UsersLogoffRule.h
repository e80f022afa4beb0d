// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

#include <QString>

namespace prep {

// net.users-logoff: the sessions of other users on this computer. Users of workstations who only
// have files open on the server are not sessions here, so the operator still confirms.
class UsersLogoffRule
{
public:
    // `currentUser`: the operator's account, whose own sessions are not counted; empty (a
    // snapshot) counts every session.
    static Finding evaluate(const facts::Facts &facts, const QString &currentUser);
};

} // namespace prep

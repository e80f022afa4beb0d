// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// data.full-backup and data.backup-after-prep: what a full system backup of this server takes in,
// from the facts: its drives (the Exchange M: drive set apart, the documents' Warning), Exchange,
// and the backup software seen. Whether a backup was made the wizard cannot tell: never a pass.
class BackupScopeRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep

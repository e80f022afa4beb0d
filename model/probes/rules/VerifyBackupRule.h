// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Finding.h"
#include "probes/backup/BackupVerifier.h"

namespace prep {

// data.verify-backup: a restored file that differs from an unchanged original means the backup
// cannot be trusted (a blocker); missing or unreadable files are warnings; originals changed
// after the backup are listed but do not fail the check.
class VerifyBackupRule
{
public:
    static Finding evaluate(const BackupReport &report, const QString &originalFolder, const QString &restoredFolder);
};

} // namespace prep

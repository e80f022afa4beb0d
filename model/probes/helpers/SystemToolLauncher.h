// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/SystemTool.h"

#include <QCoreApplication>
#include <QString>

namespace prep {

// Finds and starts the Windows tools the documents name (Disk Cleanup, Services, ...) on this
// computer. Only from the system folder, by full path: a program of the same name in the current
// folder or on the search path is never started instead.
class SystemToolLauncher
{
    Q_DECLARE_TR_FUNCTIONS(SystemToolLauncher)

public:
    // The Windows system folder (GetSystemDirectory); elsewhere than on Windows, none.
    SystemToolLauncher();
    // Another folder, for tests.
    explicit SystemToolLauncher(QString systemFolder);

    // The full path of the file that starts the tool here; empty when this computer lacks it.
    QString program(SystemTool tool) const;
    bool has(SystemTool tool) const { return !program(tool).isEmpty(); }
    // Starts it without waiting for it. On failure, false with *error in words.
    bool start(SystemTool tool, QString *error) const;

private:
    QString m_folder;
};

} // namespace prep

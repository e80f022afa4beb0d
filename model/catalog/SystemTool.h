// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace prep {

// A Windows tool that a task's document tells the operator to open: "To open Disk Cleanup, click
// Start, click Run, and then type Cleanmgr.exe" (Before Upgrading Small Business Server 2000).
enum class SystemTool {
    DiskCleanup,      // Cleanmgr.exe
    DiskDefragmenter, // Dfrg.msc (Windows 2000, 2003); Dfrgui.exe since Windows Vista
    Services,         // Services.msc
};

// The words of the button that opens it, translated, with its mnemonic: "Open Disk &Cleanup".
QString systemToolButtonText(SystemTool tool);
// The files in the Windows system folder that start it, the first one found wins. Plain file
// names: a tool is only ever started from the system folder, never found on a search path.
QStringList systemToolFiles(SystemTool tool);

} // namespace prep

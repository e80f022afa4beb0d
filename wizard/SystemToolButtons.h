// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/SystemTool.h"
#include "probes/helpers/SystemToolLauncher.h"

#include <QWidget>

#include <utility>
#include <vector>

class QPushButton;

namespace prep {

class ChecklistModel;

// Under a task whose document names a Windows tool: a button that opens each tool this computer
// has ("Open Disk Cleanup"). None while the checklist is about another server (a snapshot): the
// tool would open here, not there.
class SystemToolButtons : public QWidget
{
    Q_OBJECT

public:
    SystemToolButtons(const std::vector<SystemTool> &tools, SystemToolLauncher launcher, const ChecklistModel *model,
                      QWidget *parent = nullptr);

    // Whether any of the tools is on this computer: without one, the widget has nothing to show.
    static bool anyAvailable(const std::vector<SystemTool> &tools, const SystemToolLauncher &launcher);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showForMachine();
    void open(SystemTool tool);

    SystemToolLauncher m_launcher;
    const ChecklistModel *m_model;
    QWidget *m_row;
    std::vector<std::pair<SystemTool, QPushButton *>> m_buttons;
};

} // namespace prep

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceChanges.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace prep {

class ChecklistModel;

// The preview of the plan for `prepprobe prepare`: each service with its current and new startup
// type, the exact commands to run on the server, and Save, which writes the plan only when the
// operator confirms and ServicePlanner allows it (a verified backup, or the risk accepted with a
// reason). The rules are ServicePlanner's; this only shows them.
class ServicePlanDialog : public QDialog
{
    Q_OBJECT

public:
    ServicePlanDialog(ChecklistModel *model, const facts::ServicePlan &plan, const QString &planFile,
                      QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void save();

    ChecklistModel *m_model;
    facts::ServicePlan m_plan;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QLabel *m_commands;
    QLabel *m_refusal;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace prep

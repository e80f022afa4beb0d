// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicePlanDialog.h"

#include "checklist/ChecklistModel.h"
#include "probes/services/RecordedStartTypes.h"
#include "probes/services/ServicePlanner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prep {

ServicePlanDialog::ServicePlanDialog(ChecklistModel *model, const facts::ServicePlan &plan, const QString &planFile,
                                     QWidget *parent)
    : QDialog(parent), m_model(model), m_plan(plan), m_intro(new QLabel), m_table(new QTableWidget),
      m_fileLabel(new QLabel), m_file(new QLineEdit(planFile)), m_commands(new QLabel), m_refusal(new QLabel),
      m_reasonLabel(new QLabel), m_reason(new QLineEdit), m_save(new QPushButton), m_close(new QPushButton)
{
    setObjectName(QStringLiteral("servicePlanDialog"));
    m_table->setObjectName(QStringLiteral("planTable"));
    m_file->setObjectName(QStringLiteral("planFile"));
    m_commands->setObjectName(QStringLiteral("planCommands"));
    m_refusal->setObjectName(QStringLiteral("planRefusal"));
    m_reason->setObjectName(QStringLiteral("backupRiskReason"));
    m_save->setObjectName(QStringLiteral("savePlan"));
    for (QLabel *label : {m_intro, m_commands, m_refusal})
        label->setWordWrap(true);
    m_commands->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commands->setTextFormat(Qt::PlainText);
    m_refusal->setTextFormat(Qt::PlainText);
    m_table->setColumnCount(3);
    m_table->setRowCount(int(m_plan.services.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_fileLabel->setBuddy(m_file);
    m_reasonLabel->setBuddy(m_reason);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_save, &QPushButton::clicked, this, &ServicePlanDialog::save);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, &ServicePlanDialog::refresh);
    connect(m_reason, &QLineEdit::textChanged, this, &ServicePlanDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_file);
    layout->addWidget(m_commands);
    layout->addWidget(m_refusal);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    retranslate();
}

void ServicePlanDialog::retranslate()
{
    setWindowTitle(tr("Prepare the services"));
    m_intro->setText(tr("prepprobe prepare sets these services on %1 to the new startup type and stops them. Before each change it writes down the service's startup type and state in a journal, so that prepprobe restore can put everything back.")
                         .arg(QString::fromStdString(m_plan.computer)));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Startup type now"), tr("New startup type")});
    for (int row = 0; row < int(m_plan.services.size()); ++row) {
        const facts::PlannedService &service = m_plan.services[std::size_t(row)];
        const QString name = QString::fromStdString(service.name);
        const QString display = QString::fromStdString(service.displayName);
        const QString label = display.isEmpty() || display == name ? name : tr("%1 (%2)").arg(name, display);
        const QString next = service.stop ? tr("%1, and stop it").arg(RecordedStartTypes::typeText(service.startType))
                                          : RecordedStartTypes::typeText(service.startType);
        const QStringList cells = {label, RecordedStartTypes::typeText(service.currentStartType), next};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_fileLabel->setText(tr("&Plan file:"));
    m_reasonLabel->setText(tr("&Reason for changing the server without a verified backup:"));
    m_save->setText(tr("&Save the plan"));
    m_close->setText(tr("Close"));
    refresh();
}

void ServicePlanDialog::refresh()
{
    const QString file = m_file->text().trimmed();
    m_commands->setText(tr("On the server, in the folder that holds the plan, as an administrator:\n%1\nAfter the upgrade:\n%2")
                            .arg(ServicePlanner::prepareCommand(file), ServicePlanner::restoreCommand(file)));
    const bool verified = ServicePlanner::backupVerified(*m_model);
    m_reasonLabel->setVisible(!verified);
    m_reason->setVisible(!verified);
    const QString refusal = ServicePlanner::refusal(*m_model, m_plan, m_reason->text());
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());
    m_save->setEnabled(refusal.isEmpty() && !file.isEmpty());
}

void ServicePlanDialog::save()
{
    QString error;
    if (!ServicePlanner::save(*m_model, m_plan, m_reason->text(), m_file->text().trimmed(), &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    accept();
}

void ServicePlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace prep

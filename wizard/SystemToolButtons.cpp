// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemToolButtons.h"

#include "FlowLayout.h"
#include "checklist/ChecklistModel.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace prep {

SystemToolButtons::SystemToolButtons(const std::vector<SystemTool> &tools, SystemToolLauncher launcher,
                                     const ChecklistModel *model, QWidget *parent)
    : QWidget(parent), m_launcher(std::move(launcher)), m_model(model), m_row(new QWidget(this))
{
    auto *row = new FlowLayout(m_row);
    row->setContentsMargins(0, 0, 0, 0);
    for (SystemTool tool : tools) {
        if (!m_launcher.has(tool))
            continue;
        auto *button = new QPushButton(m_row);
        button->setObjectName(QStringLiteral("systemToolButton%1").arg(int(tool)));
        connect(button, &QPushButton::clicked, this, [this, tool] { open(tool); });
        row->addWidget(button);
        m_buttons.emplace_back(tool, button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_row);
    connect(m_model, &ChecklistModel::sessionChanged, this, &SystemToolButtons::showForMachine);
    showForMachine();
    retranslate();
}

bool SystemToolButtons::anyAvailable(const std::vector<SystemTool> &tools, const SystemToolLauncher &launcher)
{
    return std::any_of(tools.begin(), tools.end(), [&](SystemTool tool) { return launcher.has(tool); });
}

void SystemToolButtons::showForMachine()
{
    m_row->setVisible(!m_model->session().machine.isSnapshot());
}

void SystemToolButtons::open(SystemTool tool)
{
    QString error;
    if (m_launcher.start(tool, &error))
        return;
    QMessageBox box(QMessageBox::Warning, systemToolButtonText(tool), error, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void SystemToolButtons::retranslate()
{
    for (const auto &[tool, button] : m_buttons)
        button->setText(systemToolButtonText(tool));
}

void SystemToolButtons::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace prep

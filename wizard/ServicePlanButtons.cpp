// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicePlanButtons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace prep {

ServicePlanButtons::ServicePlanButtons(bool withPlan, QWidget *parent) : QWidget(parent), m_journal(new QPushButton)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (withPlan) {
        m_plan = new QPushButton;
        m_plan->setObjectName(QStringLiteral("servicePlanButton"));
        connect(m_plan, &QPushButton::clicked, this, &ServicePlanButtons::planRequested);
        layout->addWidget(m_plan);
    }
    m_journal->setObjectName(QStringLiteral("serviceJournalButton"));
    connect(m_journal, &QPushButton::clicked, this, &ServicePlanButtons::journalRequested);
    layout->addWidget(m_journal);
    layout->addStretch();
    retranslate();
}

void ServicePlanButtons::retranslate()
{
    if (m_plan)
        m_plan->setText(tr("&Prepare the services with prepprobe…"));
    m_journal->setText(tr("Open the prepprobe &journal…"));
}

void ServicePlanButtons::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace prep

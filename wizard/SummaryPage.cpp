// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include "ChecklistModel.h"
#include "StatusIcon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace prep {

SummaryPage::SummaryPage(ChecklistModel *model, QWidget *parent)
    : QWizardPage(parent), m_model(model), m_verdictIcon(new QLabel(this)), m_verdict(new QLabel(this)),
      m_advice(new QLabel(this)), m_counts(new QLabel(this)), m_list(new QTreeView(this)), m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("summaryPage"));
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_verdict->setFont(big);
    m_verdict->setObjectName(QStringLiteral("readinessLabel"));
    m_verdict->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_advice, m_counts}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon);
    verdictRow->addWidget(m_verdict, 1);

    m_list->setObjectName(QStringLiteral("summaryList"));
    m_list->setModel(model);
    m_list->setIconSize(QSize(18, 18));
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(verdictRow);
    layout->addWidget(m_advice);
    layout->addWidget(m_counts);
    layout->addWidget(m_list, 1);
    layout->addLayout(m_actions);

    connect(model, &ChecklistModel::statusesChanged, this, &SummaryPage::refresh);
    connect(model, &QAbstractItemModel::modelReset, m_list, &QTreeView::expandAll);
}

void SummaryPage::initializePage()
{
    m_list->expandAll();
    refresh();
}

void SummaryPage::refresh()
{
    setTitle(tr("Summary"));
    const StatusCounts tally = m_model->counts();
    const Readiness readiness = readinessOf(tally);
    setSubTitle(tr("%1 of %2 done").arg(tally.settled).arg(tally.total));
    m_verdictIcon->setPixmap(statusIcon(readinessLook(readiness)).pixmap(40, 40));
    m_verdictIcon->setAccessibleName(readinessTitle(readiness));
    m_verdict->setText(readinessTitle(readiness));
    m_advice->setText(readinessAdvice(readiness));
    QStringList parts;
    for (ItemStatus status : allStatuses) {
        if (const int n = tally.count(status))
            parts.append(tr("%1: %2", "status word: count").arg(statusTitle(status)).arg(n));
    }
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    m_list->setAccessibleName(tr("All tasks"));
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWizardPage::changeEvent(event);
}

} // namespace prep

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include "ChecklistModel.h"
#include "DeferredRefresh.h"
#include "StatusColumn.h"
#include "ReportText.h"
#include "StatusIcon.h"
#include "TitleTipDelegate.h"
#include "WrappingLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace prep {

SummaryPage::SummaryPage(ChecklistModel *model, QWidget *parent) : DeferredPage(parent), m_model(model)
{
    setObjectName(QStringLiteral("summaryPage"));
}

void SummaryPage::setActions(QWidget *actions)
{
    m_actions = actions;
    m_actions->setParent(this);
    if (isBuilt())
        layout()->addWidget(m_actions);
}

void SummaryPage::build()
{
    m_verdictIcon = new QLabel(this);
    m_verdict = new QLabel(this);
    m_advice = new WrappingLabel(this);
    m_counts = new WrappingLabel(this);
    m_list = new QTreeView(this);
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_verdict->setFont(big);
    m_verdict->setObjectName(QStringLiteral("readinessLabel"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_advice->setTextFormat(Qt::PlainText);
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon);
    verdictRow->addWidget(m_verdict, 1);

    m_list->setObjectName(QStringLiteral("summaryList"));
    m_list->setModel(m_model);
    m_list->setIconSize(QSize(18, 18));
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ChecklistModel::TitleColumn, QHeaderView::Stretch);
    m_list->setItemDelegate(new TitleTipDelegate(m_list)); // titles cut with "…" show whole on hover
    new StatusColumn(m_list, m_model);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(verdictRow);
    layout->addWidget(m_advice);
    layout->addWidget(m_counts);
    layout->addWidget(m_list, 1);
    if (m_actions)
        layout->addWidget(m_actions);

    m_refresh = new DeferredRefresh(this, [this] { refresh(); });
    connect(m_model, &ChecklistModel::statusesChanged, m_refresh, &DeferredRefresh::request);
    connect(m_model, &QAbstractItemModel::modelReset, m_list, &QTreeView::expandAll);
}

void SummaryPage::initializePage()
{
    ensureBuilt();
    m_list->expandAll();
    refresh();
}

void SummaryPage::refresh()
{
    setTitle(tr("Summary"));
    const StatusCounts tally = m_model->counts();
    const Readiness readiness = readinessOf(tally);
    setSubTitle(ChecklistModel::progressText(tally));
    m_verdictIcon->setPixmap(statusIcon(readinessLook(readiness)).pixmap(40, 40));
    m_verdictIcon->setAccessibleName(readinessTitle(readiness));
    m_verdict->setText(readinessTitle(readiness));
    // The verdict's advice, then a request for a new check where results are stale, expired
    // acceptances, and what changed since the previous check.
    QStringList advice{readinessAdvice(readiness, tally)};
    for (const QString &line : {staleAdvice(tally), expiredAdvice(tally), ReportText::changesText(m_model->changes())}) {
        if (!line.isEmpty())
            advice.append(line);
    }
    m_advice->setText(advice.join(u'\n'));
    QString counts = ReportText::countsText(tally);
    if (const int after = m_model->afterUpgradeCounts().total)
        counts += u'\n' + ReportText::afterUpgradeText(after);
    m_counts->setText(counts);
    m_list->setAccessibleName(tr("All tasks"));
}

void SummaryPage::retranslate()
{
    refresh();
}

} // namespace prep

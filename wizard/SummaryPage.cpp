// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include "DeferredRefresh.h"
#include "StatusColumn.h"
#include "TitleTipDelegate.h"
#include "WrappingLabel.h"
#include "catalog/Catalog.h"
#include "checklist/ChecklistModel.h"
#include "checklist/StatusIcon.h"
#include "report/ReportText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QTabWidget>
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

    // The documents' order: its own tab beside the list, so that an 800x600 screen keeps the list's room.
    m_orderTab = new QWidget(this);
    m_orderIntro = new WrappingLabel(m_orderTab);
    m_orderIntro->setTextFormat(Qt::PlainText);
    m_order = new QListWidget(m_orderTab);
    m_order->setObjectName(QStringLiteral("orderList"));
    m_order->setIconSize(QSize(18, 18));
    m_order->setWordWrap(true);
    m_order->setTextElideMode(Qt::ElideNone);
    m_orderSource = new WrappingLabel(m_orderTab);
    m_orderSource->setTextFormat(Qt::PlainText);
    m_orderSource->setObjectName(QStringLiteral("orderSource"));
    auto *orderLayout = new QVBoxLayout(m_orderTab);
    orderLayout->addWidget(m_orderIntro);
    orderLayout->addWidget(m_order, 1);
    orderLayout->addWidget(m_orderSource);
    // A click or Enter on a step opens its task.
    connect(m_order, &QListWidget::itemClicked, this, &SummaryPage::openStep);
    connect(m_order, &QListWidget::itemActivated, this, &SummaryPage::openStep);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("summaryTabs"));
    m_tabs->addTab(m_list, QString());
    m_tabs->addTab(m_orderTab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(verdictRow);
    layout->addWidget(m_advice);
    layout->addWidget(m_counts);
    layout->addWidget(m_tabs, 1);
    if (m_actions)
        layout->addWidget(m_actions);

    m_refresh = new DeferredRefresh(this, [this] { refresh(); });
    connect(m_model, &ChecklistModel::statusesChanged, m_refresh, &DeferredRefresh::request);
    connect(m_model, &QAbstractItemModel::modelReset, m_list, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::modelReset, m_refresh, &DeferredRefresh::request);
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
    m_tabs->setTabText(0, tr("All tasks"));
    refreshOrder();
}

QListWidget *SummaryPage::orderList()
{
    ensureBuilt();
    return m_order;
}

void SummaryPage::refreshOrder()
{
    const UpgradePath *path = m_model->path();
    const bool hasOrder = path && !path->order.isEmpty();
    m_tabs->setTabVisible(1, hasOrder);
    m_order->clear();
    if (!hasOrder)
        return;
    m_tabs->setTabText(1, orderTitle(path->order.kind));
    m_order->setAccessibleName(orderTitle(path->order.kind));
    m_orderIntro->setText(orderIntro(path->order.kind));
    int number = 0;
    for (const Task *task : Catalog::instance().dayOfUpgrade(m_model->pathId())) {
        const QModelIndex index = m_model->indexOf(QLatin1String(task->id));
        if (!index.isValid())
            continue;
        ReportOrderStep step;
        step.taskId = QLatin1String(task->id);
        step.title = index.data(Qt::DisplayRole).toString();
        step.area = categoryTitle(task->category);
        step.status = static_cast<ItemStatus>(index.data(ChecklistModel::StatusRole).toInt());
        step.statusTitle = index.data(ChecklistModel::StatusTitleRole).toString();
        auto *item = new QListWidgetItem(statusIcon(step.status), ReportText::orderStepText(++number, step), m_order);
        item->setData(Qt::UserRole, step.taskId);
        item->setToolTip(tr("%1 — click to open the task", "status — what a click does").arg(step.statusTitle));
        item->setData(Qt::AccessibleDescriptionRole, step.statusTitle);
    }
    if (path->order.end && number > 0) {
        ReportOrderStep end;
        end.title = catalogText(path->order.end);
        // An empty icon of the same size keeps its text in line with the steps above.
        QPixmap blank(m_order->iconSize());
        blank.fill(Qt::transparent);
        auto *item = new QListWidgetItem(QIcon(blank), ReportText::orderStepText(++number, end), m_order);
        item->setFlags(Qt::ItemIsEnabled); // not a task: nothing to open
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    m_orderSource->setText(ReportText::orderSourceText(catalogText(path->order.reference)));
}

void SummaryPage::openStep(QListWidgetItem *item)
{
    const QString taskId = item ? item->data(Qt::UserRole).toString() : QString();
    if (!taskId.isEmpty())
        emit taskRequested(taskId);
}

void SummaryPage::retranslate()
{
    refresh();
}

} // namespace prep

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryPage.h"

#include "DeferredRefresh.h"
#include "PageIds.h"
#include "StatusColumn.h"
#include "TaskDetailsPanel.h"
#include "WrappingItemDelegate.h"
#include "WrappingLabel.h"
#include "checklist/ChecklistModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QResizeEvent>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace prep {

CategoryPage::CategoryPage(Category category, ChecklistModel *model, QWidget *parent)
    : DeferredPage(parent), m_category(category), m_model(model)
{
    setObjectName(QStringLiteral("page-%1").arg(categoryId(category)));
}

void CategoryPage::build()
{
    m_intro = new WrappingLabel(this);
    m_list = new QTreeView(this);
    m_details = new TaskDetailsPanel(m_model, this);
    m_details->setCheckAvailability(m_canCheck);
    m_intro->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("taskList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setMinimumWidth(210); // the splitter never squeezes the list away
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(20, 20));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ChecklistModel::TitleColumn, QHeaderView::Stretch);
    m_list->setTextElideMode(Qt::ElideRight); // a word wider than the column: "…", whole on hover
    m_list->setItemDelegate(new WrappingItemDelegate(m_list));
    new StatusColumn(m_list, m_model);
    m_list->installEventFilter(this); // Space toggles the selected task's done mark
    // Row heights depend on the column width once titles wrap: lay the rows out again after a resize.
    connect(m_list->header(), &QHeaderView::sectionResized, m_list, &QTreeView::doItemsLayout,
            Qt::QueuedConnection);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, m_details,
            [this](const QModelIndex &current) { m_details->setTask(current); });
    connect(m_details, &TaskDetailsPanel::checkRequested, this, &CategoryPage::checkRequested);
    connect(m_details, &TaskDetailsPanel::figureChanged, this, &CategoryPage::figureChanged);
    m_progress = new DeferredRefresh(this, [this] { showProgress(); });
    connect(m_model, &ChecklistModel::statusesChanged, m_progress, &DeferredRefresh::request);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CategoryPage::initializePage);
    for (const TaskWidget &pending : std::as_const(m_pendingTaskWidgets))
        m_details->setTaskWidget(pending.taskId, pending.make(), pending.stretch, pending.shown);
    m_pendingTaskWidgets.clear();
}

bool CategoryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::Resize) {
        // A narrow list (an 800×600 screen) leaves the titles their room: the status shows as the
        // icon beside each title and in words in the task's details.
        const bool narrow = static_cast<QResizeEvent *>(event)->size().width() < fontMetrics().averageCharWidth() * 42;
        if (m_list->isColumnHidden(ChecklistModel::StatusColumn) != narrow)
            m_list->setColumnHidden(ChecklistModel::StatusColumn, narrow);
    }
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier && m_list->currentIndex().isValid()) {
            m_details->toggleDoneByKeyboard();
            return true;
        }
    }
    return DeferredPage::eventFilter(watched, event);
}

QTreeView *CategoryPage::taskList()
{
    ensureBuilt();
    return m_list;
}

TaskDetailsPanel *CategoryPage::details()
{
    ensureBuilt();
    return m_details;
}

void CategoryPage::addTaskWidget(const QString &taskId, WidgetFactory make, int stretch, TaskDetailsPanel::WidgetShown shown)
{
    if (isBuilt())
        m_details->setTaskWidget(taskId, make(), stretch, std::move(shown));
    else
        m_pendingTaskWidgets.append({taskId, std::move(make), stretch, std::move(shown)});
}

void CategoryPage::setCheckAvailability(TaskDetailsPanel::CheckAvailability canCheck)
{
    m_canCheck = std::move(canCheck);
    if (isBuilt())
        m_details->setCheckAvailability(m_canCheck);
}

void CategoryPage::initializePage()
{
    ensureBuilt();
    const QModelIndex root = m_model->categoryIndex(m_category);
    m_list->setRootIndex(root);
    if (root.isValid() && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0, 0, root));
    else
        m_details->setTask(m_list->currentIndex());
    showProgress();
}

int CategoryPage::nextId() const
{
    const std::vector<Category> categories = m_model->categories();
    for (size_t i = 0; i < categories.size(); ++i) {
        if (categories[i] == m_category && i + 1 < categories.size())
            return categoryPageId(categories[i + 1]);
    }
    return SummaryPageId;
}

void CategoryPage::showProgress()
{
    // QWizard lays the whole window out again on each subtitle of the current page, even the same.
    const QString progress = ChecklistModel::progressText(m_model->counts(m_category));
    if (progress != subTitle())
        setSubTitle(progress);
}

void CategoryPage::retranslate()
{
    setTitle(categoryTitle(m_category));
    m_intro->setText(categoryIntro(m_category));
    m_list->setAccessibleName(tr("Tasks: %1").arg(categoryTitle(m_category)));
    showProgress();
}

} // namespace prep

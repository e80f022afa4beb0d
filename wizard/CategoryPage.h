// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeferredPage.h"
#include "TaskDetailsPanel.h"
#include "catalog/Category.h"

#include <functional>

class QLabel;
class QTreeView;

namespace prep {

class ChecklistModel;
class DeferredRefresh;

// One group of tasks (Data, Operating system, ...): the list with status icon and word on the
// left, the opened task on the right. The header shows the progress ("5 of 9 done").
class CategoryPage : public DeferredPage
{
    Q_OBJECT

public:
    using WidgetFactory = std::function<QWidget *()>;

    CategoryPage(Category category, ChecklistModel *model, QWidget *parent = nullptr);

    Category category() const { return m_category; }
    // The page's parts; asking for one builds the page.
    QTreeView *taskList();
    TaskDetailsPanel *details();
    // Shows the widget `make` builds under the task's text while that task is open (the Internet
    // information form, ...); built with the page.
    // `shown`: see TaskDetailsPanel::setTaskWidget().
    void addTaskWidget(const QString &taskId, WidgetFactory make, int stretch = 0, TaskDetailsPanel::WidgetShown shown = {});
    void setCheckAvailability(TaskDetailsPanel::CheckAvailability canCheck);

    void initializePage() override;
    int nextId() const override;

signals:
    void checkRequested(const QString &taskId);
    void figureChanged(const QString &taskId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void build() override;
    void retranslate() override;

private:
    struct TaskWidget
    {
        QString taskId;
        WidgetFactory make;
        int stretch = 0;
        TaskDetailsPanel::WidgetShown shown = {};
    };

    void showProgress();

    Category m_category;
    ChecklistModel *m_model;
    QLabel *m_intro = nullptr;
    QTreeView *m_list = nullptr;
    TaskDetailsPanel *m_details = nullptr;
    DeferredRefresh *m_progress = nullptr;
    QList<TaskWidget> m_pendingTaskWidgets;
    TaskDetailsPanel::CheckAvailability m_canCheck;
};

} // namespace prep

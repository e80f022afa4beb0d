// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Category.h"

#include <QWizardPage>

class QLabel;
class QTreeView;

namespace prep {

class ChecklistModel;
class TaskDetailsPanel;

// One group of tasks (Data, Operating system, ...): the list with status icon and word on the
// left, the opened task on the right. The header shows the progress ("5 of 9 done").
class CategoryPage : public QWizardPage
{
    Q_OBJECT

public:
    CategoryPage(Category category, ChecklistModel *model, QWidget *parent = nullptr);

    Category category() const { return m_category; }
    QTreeView *taskList() const { return m_list; }
    TaskDetailsPanel *details() const { return m_details; }

    void initializePage() override;
    int nextId() const override;

signals:
    void checkRequested(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showProgress();

    Category m_category;
    ChecklistModel *m_model;
    QLabel *m_intro;
    QTreeView *m_list;
    TaskDetailsPanel *m_details;
};

} // namespace prep

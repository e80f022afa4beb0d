// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives the real wizard as the operator does, for GUI tests.

#include "CategoryPage.h"
#include "PageIds.h"
#include "PrepWizard.h"
#include "TaskDetailsPanel.h"
#include "WizardController.h"
#include "checklist/ChecklistModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QTreeView>

#include <algorithm>

// Goes to the task's page with Next and Back and opens the task; null when no page has it.
inline prep::TaskDetailsPanel *openTask(prep::WizardController &controller, const QString &taskId)
{
    using namespace prep;
    PrepWizard *wizard = controller.wizard();
    const QModelIndex task = controller.model()->indexOf(taskId);
    const auto category = std::find_if(allCategories.begin(), allCategories.end(), [&](Category c) {
        return categoryId(c) == task.data(ChecklistModel::CategoryRole).toString();
    });
    if (!task.isValid() || category == allCategories.end())
        return nullptr;
    const int page = categoryPageId(*category);
    for (int step = 0; wizard->currentId() != page && step < 20; ++step)
        QTest::mouseClick(wizard->button(wizard->currentId() < page ? QWizard::NextButton : QWizard::BackButton),
                          Qt::LeftButton);
    auto *categoryPage = qobject_cast<CategoryPage *>(wizard->currentPage());
    if (!categoryPage)
        return nullptr;
    categoryPage->taskList()->setCurrentIndex(task);
    QApplication::processEvents();
    return categoryPage->details();
}

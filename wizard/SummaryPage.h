// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeferredPage.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTabWidget;
class QTreeView;

namespace prep {

class ChecklistModel;
class DeferredRefresh;

// The verdict (Ready / Ready with warnings / Not ready), the counts per state and the whole list;
// beside the list, the documents' order of the tasks for the path ("Day of the upgrade"), each step
// a link to its task.
class SummaryPage : public DeferredPage
{
    Q_OBJECT

public:
    SummaryPage(ChecklistModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    // The print and export buttons, under the list; the page takes them over.
    void setActions(QWidget *actions);
    // The documents' order as shown (empty when the path has none).
    QListWidget *orderList();

signals:
    // A step of the documents' order was clicked: open its task.
    void taskRequested(const QString &taskId);

protected:
    void build() override;
    void retranslate() override;

private:
    void refresh();
    void refreshOrder();
    void openStep(QListWidgetItem *item);

    ChecklistModel *m_model;
    DeferredRefresh *m_refresh = nullptr;
    QWidget *m_actions = nullptr;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_counts = nullptr;
    QTreeView *m_list = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_orderTab = nullptr;
    QLabel *m_orderIntro = nullptr;
    QListWidget *m_order = nullptr;
    QLabel *m_orderSource = nullptr;
};

} // namespace prep

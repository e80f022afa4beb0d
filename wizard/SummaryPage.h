// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeferredPage.h"

class QLabel;
class QTreeView;

namespace prep {

class ChecklistModel;
class DeferredRefresh;

// The verdict (Ready / Ready with warnings / Not ready), the counts per state and the whole list.
class SummaryPage : public DeferredPage
{
    Q_OBJECT

public:
    SummaryPage(ChecklistModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    // The print and export buttons, under the list; the page takes them over.
    void setActions(QWidget *actions);

protected:
    void build() override;
    void retranslate() override;

private:
    void refresh();

    ChecklistModel *m_model;
    DeferredRefresh *m_refresh = nullptr;
    QWidget *m_actions = nullptr;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_counts = nullptr;
    QTreeView *m_list = nullptr;
};

} // namespace prep

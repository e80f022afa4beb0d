// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QHBoxLayout;
class QLabel;
class QTreeView;

namespace prep {

class ChecklistModel;

// The verdict (Ready / Ready with warnings / Not ready), the counts per state and the whole list.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(ChecklistModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    // Where the wizard puts the print and export buttons.
    QHBoxLayout *actionsLayout() const { return m_actions; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ChecklistModel *m_model;
    QLabel *m_verdictIcon;
    QLabel *m_verdict;
    QLabel *m_advice;
    QLabel *m_counts;
    QTreeView *m_list;
    QHBoxLayout *m_actions;
};

} // namespace prep

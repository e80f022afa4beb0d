// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QPushButton;

namespace prep {

class ChecklistModel;
class FittedTextView;
class TitledPanel;

// What the wizard does, who is preparing which server, and whether to continue saved progress.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(ChecklistModel *model, QWidget *parent = nullptr);

    // Offer to continue the session the model holds (it was loaded from the saved file).
    void offerResume(bool offer);
    // A saved session could not be read: say so, in the operator's words.
    void setProblem(const QString &message);

    // Asked before a new checklist replaces the saved one; false keeps the operator on this page.
    void setStartOverCheck(std::function<bool()> check) { m_startOverCheck = std::move(check); }
    // The operator chose to continue the saved checklist.
    bool resumeChosen() const;

    void initializePage() override;
    bool validatePage() override;

signals:
    void startOverRequested();
    // The operator wants to check an older server from a snapshot taken there with prepprobe.
    void openSnapshotRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The planned date as the session has it (not while the operator is typing one).
    void showPlannedDate();

    ChecklistModel *m_model;
    FittedTextView *m_intro;
    QLabel *m_problem;
    TitledPanel *m_resumeBox;
    QLabel *m_resumeText;
    QRadioButton *m_resume;
    QRadioButton *m_startOver;
    QLabel *m_operatorLabel;
    QLineEdit *m_operator;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    QCheckBox *m_hasPlannedDate;
    QDateEdit *m_plannedDate;
    TitledPanel *m_snapshotBox;
    FittedTextView *m_snapshotText;
    QPushButton *m_openSnapshot;
    QString m_problemText;
    std::function<bool()> m_startOverCheck;
};

} // namespace prep

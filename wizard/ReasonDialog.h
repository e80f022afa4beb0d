// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPersistentModelIndex>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace prep {

// Asks the operator why: why a risk is accepted, why a task does not apply, or how a task the
// wizard could not check was checked by hand. The answer is required and printed on the checklist.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { AcceptRisk, NotApplicable, CheckedByHand };

    // `task` is the checklist row; its title follows a language switch while the dialog is open.
    ReasonDialog(Purpose purpose, const QModelIndex &task, QWidget *parent = nullptr);
    QString reason() const;
    // For an accepted risk: the last day it holds, if the operator set one (invalid: no limit).
    QDate until() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    Purpose m_purpose;
    QPersistentModelIndex m_task;
    QLabel *m_question;
    QPlainTextEdit *m_reason;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    QDialogButtonBox *m_buttons;
};

} // namespace prep

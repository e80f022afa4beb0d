// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPersistentModelIndex>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace prep {

// Asks why the operator accepts a warning; the reason is required and printed on the checklist.
class WaiverDialog : public QDialog
{
    Q_OBJECT

public:
    // `task` is the checklist row; its title follows a language switch while the dialog is open.
    WaiverDialog(const QModelIndex &task, QWidget *parent = nullptr);
    QString reason() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QPersistentModelIndex m_task;
    QLabel *m_question;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace prep

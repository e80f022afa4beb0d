// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace prep {

class BackupCheck;
class ChecklistModel;
struct BackupReport;
struct Finding;

// data.verify-backup: the operator names the original folder and the folder the backup files were
// restored to; the wizard compares a random sample of the restored files with the originals, with
// a progress bar and Cancel, and lists what differs, what has no original any more, what changed
// after the backup and what could not be read. The finding goes to the checklist.
class BackupCheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupCheckDialog(ChecklistModel *model, QWidget *parent = nullptr);
    ~BackupCheckDialog() override;

    // Closing stops a comparison that still runs.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void compare();
    void showProgress(int done, int total);
    void showResult(const BackupReport &report, const Finding &finding);
    void updateButtons();
    void retranslate();
    void browse(QLineEdit *edit);

    ChecklistModel *m_model;
    BackupCheck *m_check;
    QLabel *m_intro;
    QLabel *m_originalLabel;
    QLineEdit *m_original;
    QPushButton *m_browseOriginal;
    QLabel *m_restoredLabel;
    QLineEdit *m_restored;
    QPushButton *m_browseRestored;
    QCheckBox *m_knowsBackupTime;
    QDateTimeEdit *m_backupTime;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_mismatchesLabel;
    QListWidget *m_mismatches;
    QLabel *m_missingLabel;
    QListWidget *m_missing;
    QLabel *m_changedLabel;
    QListWidget *m_changed;
    QLabel *m_unreadableLabel;
    QListWidget *m_unreadable;
    QDialogButtonBox *m_buttons;
    QPushButton *m_compare;
    QPushButton *m_cancel;
};

} // namespace prep

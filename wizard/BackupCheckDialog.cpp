// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCheckDialog.h"

#include "WrappingLabel.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/backup/BackupCheck.h"
#include "report/SafeText.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace prep {

namespace {

const QString taskId = taskid::data::verifyBackup;
// The folders are remembered in the session, for the next check and the printout.
const QString originalKey = taskid::data::verifyBackup.formKey("originalFolder");
const QString restoredKey = taskid::data::verifyBackup.formKey("restoredFolder");

QLabel *buddyLabel(QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

BackupCheckDialog::BackupCheckDialog(ChecklistModel *model, QWidget *parent)
    : QDialog(parent), m_model(model), m_check(new BackupCheck(this)), m_intro(new WrappingLabel(this)),
      m_original(new QLineEdit(this)), m_browseOriginal(new QPushButton(this)), m_restored(new QLineEdit(this)),
      m_browseRestored(new QPushButton(this)), m_knowsBackupTime(new QCheckBox(this)),
      m_backupTime(new QDateTimeEdit(QDateTime::currentDateTime(), this)), m_problem(new WrappingLabel(this)),
      m_progress(new QProgressBar(this)), m_summary(new WrappingLabel(this)), m_mismatches(new QListWidget(this)),
      m_missing(new QListWidget(this)), m_changed(new QListWidget(this)), m_unreadable(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)), m_compare(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("backupCheckDialog"));
    m_originalLabel = buddyLabel(m_original, this);
    m_restoredLabel = buddyLabel(m_restored, this);
    m_mismatchesLabel = buddyLabel(m_mismatches, this);
    m_missingLabel = buddyLabel(m_missing, this);
    m_changedLabel = buddyLabel(m_changed, this);
    m_unreadableLabel = buddyLabel(m_unreadable, this);
    m_intro->setObjectName(QStringLiteral("backupIntro"));
    m_original->setObjectName(QStringLiteral("originalFolderEdit"));
    m_restored->setObjectName(QStringLiteral("restoredFolderEdit"));
    m_knowsBackupTime->setObjectName(QStringLiteral("backupTimeCheck"));
    m_backupTime->setObjectName(QStringLiteral("backupTimeEdit"));
    m_backupTime->setCalendarPopup(true);
    m_backupTime->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_mismatches->setObjectName(QStringLiteral("mismatchList"));
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_changed->setObjectName(QStringLiteral("changedList"));
    m_unreadable->setObjectName(QStringLiteral("unreadableList"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_cancel->setObjectName(QStringLiteral("cancelCompareButton"));
    for (QLabel *label : {m_intro, m_problem, m_summary})
        label->setTextFormat(Qt::PlainText);
    m_progress->hide();
    m_original->setText(model->formValue(originalKey));
    m_restored->setText(model->formValue(restoredKey));
    m_buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);

    auto *folders = new QGridLayout;
    folders->addWidget(m_originalLabel, 0, 0);
    folders->addWidget(m_original, 0, 1);
    folders->addWidget(m_browseOriginal, 0, 2);
    folders->addWidget(m_restoredLabel, 1, 0);
    folders->addWidget(m_restored, 1, 1);
    folders->addWidget(m_browseRestored, 1, 2);
    folders->addWidget(m_knowsBackupTime, 2, 0);
    folders->addWidget(m_backupTime, 2, 1);
    auto *lists = new QGridLayout;
    const QList<QPair<QLabel *, QListWidget *>> results = {
        {m_mismatchesLabel, m_mismatches}, {m_missingLabel, m_missing}, {m_changedLabel, m_changed}, {m_unreadableLabel, m_unreadable}};
    for (int i = 0; i < results.size(); ++i) {
        lists->addWidget(results[i].first, 0, i);
        lists->addWidget(results[i].second, 1, i);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(folders);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addLayout(lists, 1);
    layout->addWidget(m_buttons);

    connect(m_browseOriginal, &QPushButton::clicked, this, [this] { browse(m_original); });
    connect(m_browseRestored, &QPushButton::clicked, this, [this] { browse(m_restored); });
    connect(m_original, &QLineEdit::textChanged, this, &BackupCheckDialog::updateButtons);
    connect(m_restored, &QLineEdit::textChanged, this, &BackupCheckDialog::updateButtons);
    connect(m_knowsBackupTime, &QCheckBox::toggled, m_backupTime, &QWidget::setEnabled);
    connect(m_compare, &QPushButton::clicked, this, &BackupCheckDialog::compare);
    connect(m_cancel, &QPushButton::clicked, m_check, &BackupCheck::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupCheckDialog::reject);
    connect(m_check, &BackupCheck::progress, this, &BackupCheckDialog::showProgress);
    connect(m_check, &BackupCheck::finished, this, &BackupCheckDialog::showResult);
    retranslate();
    updateButtons();
    resize(860, 560);
}

BackupCheckDialog::~BackupCheckDialog() = default;

void BackupCheckDialog::browse(QLineEdit *edit)
{
    const QString folder = QFileDialog::getExistingDirectory(this, QString(), edit->text());
    if (!folder.isEmpty())
        edit->setText(QDir::toNativeSeparators(folder));
}

void BackupCheckDialog::updateButtons()
{
    const bool running = m_check->isRunning();
    const QString problem = BackupCheck::problemWith(m_original->text().trimmed(), m_restored->text().trimmed());
    m_problem->setText(problem);
    m_compare->setEnabled(!running && problem.isEmpty());
    m_cancel->setEnabled(running);
    for (QWidget *input : std::initializer_list<QWidget *>{m_original, m_restored, m_browseOriginal, m_browseRestored, m_knowsBackupTime})
        input->setEnabled(!running);
    m_backupTime->setEnabled(!running && m_knowsBackupTime->isChecked());
}

void BackupCheckDialog::compare()
{
    BackupVerifier::Options options;
    options.originalFolder = m_original->text().trimmed();
    options.restoredFolder = m_restored->text().trimmed();
    options.sampleSize = BackupCheck::sampleSize(m_model->session().formValues);
    if (m_knowsBackupTime->isChecked())
        options.backupTime = m_backupTime->dateTime();
    m_model->setFormValue(originalKey, options.originalFolder);
    m_model->setFormValue(restoredKey, options.restoredFolder);
    for (QListWidget *list : {m_mismatches, m_missing, m_changed, m_unreadable})
        list->clear();
    m_summary->clear();
    m_model->setRunning(taskId);
    m_check->start(options);
    m_progress->show();
    showProgress(0, 0);
    updateButtons();
}

void BackupCheckDialog::showProgress(int done, int total)
{
    // A range of 0 to 0 is Qt's busy indicator: the restore folder is still being scanned.
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void BackupCheckDialog::showResult(const BackupReport &report, const Finding &finding)
{
    m_model->applyFinding(taskId, finding);
    m_progress->hide();
    m_mismatches->addItems(report.mismatches);
    m_missing->addItems(report.missing);
    m_changed->addItems(report.changed);
    for (const UnreadFile &file : report.unreadable)
        m_unreadable->addItem(file.text());
    m_summary->setText(renderAll(finding.evidence).join(QLatin1Char('\n')));
    updateButtons();
}

void BackupCheckDialog::reject()
{
    // Closing stops the comparison; the checklist hears that it was cancelled.
    m_check->cancel();
    QDialog::reject();
}

void BackupCheckDialog::retranslate()
{
    setWindowTitle(tr("Compare restored files with the originals"));
    const int files = BackupCheck::sampleSize(m_model->session().formValues);
    QString intro = tr("Restore some files from the backup to another folder, not over the originals. The wizard picks "
                       "up to %n file(s) at random from that folder and compares each with its original (SHA-256).",
                       nullptr, files);
    // The folders are read from this computer; a checklist about another server reaches them
    // over the network.
    const SessionMachine &machine = m_model->session().machine;
    if (machine.isSnapshot()) {
        const QString host = SafeText::oneLine(machine.hostName, 80);
        intro += QLatin1Char('\n')
                 + tr("This checklist is about %1, not this computer: restore the files on %1, and give both folders "
                      "by their network names, for example \\\\%1\\Data and \\\\%1\\Restored.")
                       .arg(host);
    }
    m_intro->setText(intro);
    m_originalLabel->setText(tr("&Original folder:"));
    m_original->setAccessibleName(tr("Original folder"));
    m_restoredLabel->setText(tr("&Restored to:"));
    m_restored->setAccessibleName(tr("Folder the backup files were restored to"));
    m_browseOriginal->setText(tr("Browse…"));
    m_browseOriginal->setAccessibleName(tr("Browse for the original folder"));
    m_browseRestored->setText(tr("Browse…"));
    m_browseRestored->setAccessibleName(tr("Browse for the restored folder"));
    m_knowsBackupTime->setText(tr("The backup was &taken at:"));
    m_backupTime->setAccessibleName(tr("Time the backup was taken"));
    m_progress->setAccessibleName(tr("Progress of the comparison"));
    m_mismatchesLabel->setText(tr("Differ from the original:"));
    m_mismatches->setAccessibleName(tr("Files that differ from the original"));
    m_missingLabel->setText(tr("No original any more:"));
    m_missing->setAccessibleName(tr("Restored files without an original"));
    m_changedLabel->setText(tr("Original changed after the backup:"));
    m_changed->setAccessibleName(tr("Files whose original changed after the backup"));
    m_unreadableLabel->setText(tr("Could not be read:"));
    m_unreadable->setAccessibleName(tr("Files that could not be read"));
    m_compare->setText(tr("&Compare"));
    m_cancel->setText(tr("C&ancel comparison"));
    updateButtons();
}

void BackupCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace prep

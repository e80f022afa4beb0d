// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/backup/BackupCheck.h"

#include "catalog/Catalog.h"
#include "catalog/ChosenFigures.h"
#include "catalog/TaskIds.h"
#include "probes/rules/VerifyBackupRule.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

#include <cmath>

namespace prep {

BackupCheck::BackupCheck(QObject *parent) : QObject(parent), m_pool(1) {}

BackupCheck::~BackupCheck()
{
    // Only the flag: nobody listens any more. The pool waits briefly for the worker.
    if (m_cancelled)
        m_cancelled->store(true);
}

int BackupCheck::sampleSize(const QMap<QString, QString> &formValues)
{
    const Task *task = Catalog::instance().task(taskid::data::verifyBackup);
    const Threshold *files = task ? task->threshold("sampleFiles") : nullptr;
    if (!files)
        return 0;
    return files->chosen ? ChosenFigures::value(*task, *files, formValues) : static_cast<int>(std::lround(files->value));
}

QString BackupCheck::problemWith(const QString &originalFolder, const QString &restoredFolder)
{
    const QFileInfo original(originalFolder);
    const QFileInfo restored(restoredFolder);
    if (originalFolder.isEmpty() || !original.isDir())
        return tr("Choose the folder that holds the original files.");
    if (restoredFolder.isEmpty() || !restored.isDir())
        return tr("Choose the folder you restored the backup files to.");
    if (original.canonicalFilePath() == restored.canonicalFilePath())
        return tr("The two folders are the same. Restore the files to another location, not over the originals.");
    return {};
}

void BackupCheck::start(const BackupVerifier::Options &options)
{
    if (isRunning())
        return;
    m_options = options;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<BackupReport>(this);
    // QFuture reports progress as value and range; total 0 stands for "still scanning".
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int done) { emit progress(done, m_watcher->progressMaximum()); });
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this](int, int maximum) { emit progress(m_watcher->progressValue(), maximum); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] { finish(m_watcher->result()); });
    m_watcher->setFuture(QtConcurrent::run(m_pool.pool(), [options, cancelled = m_cancelled](QPromise<BackupReport> &promise) {
        const BackupReport report = BackupVerifier(options).run(*cancelled, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        });
        promise.addResult(report);
    }));
}

void BackupCheck::cancel()
{
    if (!isRunning())
        return;
    m_cancelled->store(true);
    BackupReport report;
    report.cancelled = true;
    finish(report);
}

void BackupCheck::finish(const BackupReport &report)
{
    // Deleting the watcher drops whatever the worker still reports.
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    emit finished(report, VerifyBackupRule::evaluate(report, m_options.originalFolder, m_options.restoredFolder));
}

} // namespace prep

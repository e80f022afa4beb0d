// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Finding.h"
#include "probes/backup/BackupVerifier.h"
#include "probes/runner/WorkerPool.h"

#include <QFutureWatcher>
#include <QMap>
#include <QObject>

#include <atomic>
#include <memory>

namespace prep {

// data.verify-backup, run for the operator's folders: the comparison on a worker thread, with
// progress and Cancel. It has no time limit (a large restore takes long); cancelling or
// destroying it never waits for more than one block of a file (WorkerPool).
class BackupCheck : public QObject
{
    Q_OBJECT

public:
    explicit BackupCheck(QObject *parent = nullptr);
    ~BackupCheck() override;

    // How many files to compare: the catalog's figure (this program's choice), or the operator's
    // valid value among the session's form values.
    static int sampleSize(const QMap<QString, QString> &formValues = {});
    // Why the two folders cannot be compared, in words; empty when they can.
    static QString problemWith(const QString &originalFolder, const QString &restoredFolder);

    // Starts comparing; does nothing while a comparison runs.
    void start(const BackupVerifier::Options &options);
    // Stops waiting for the comparison: finished() comes at once, as cancelled, and the worker's
    // own result is dropped.
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }

signals:
    // (files compared, files to compare); total 0 while the restore folder is scanned.
    void progress(int done, int total);
    void finished(const prep::BackupReport &report, const prep::Finding &finding);

private:
    WorkerPool m_pool;
    void finish(const BackupReport &report);

    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFutureWatcher<BackupReport> *m_watcher = nullptr; // the comparison running, if any
    BackupVerifier::Options m_options;
};

} // namespace prep

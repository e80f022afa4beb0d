// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/runner/ProbeSettings.h"
#include "probes/runner/WorkerPool.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QTimer;
template<typename T>
class QFutureWatcher;

namespace prep {

class ChecklistModel;

// Runs the background probes of the chosen path, each as its own Qt Concurrent task on a
// dedicated pool, and hands their findings to the model on the GUI thread as they arrive. A probe
// that overruns its time limit (local 5 s, network 3 s by default) is reported unknown and its
// late result ignored; one that throws is reported unknown with the reason.
//
// Never blocking: cancelAll() only sets the probes' cancel flags; probes look at them between
// reads and while waiting for the network (every 20 ms), and have bounded socket waits. The
// destructor waits at most WorkerPool::quitGraceMs for them; a still-blocked worker's pool is kept
// until it finishes (joined before main() returns), its result discarded.
class ProbeRunner : public QObject
{
    Q_OBJECT

public:
    ProbeRunner(ChecklistModel *model, ProbeSettings settings = {}, QObject *parent = nullptr);
    ~ProbeRunner() override;

    // A probe exists for the task, the task is on the chosen path, and probes are enabled.
    bool canCheck(const QString &taskId) const;
    // Every probe of the path's tasks that needs no operator input; those already running go on.
    void checkAll();
    // Re-runs one probe (nothing happens while it is still running).
    void check(const QString &taskId);
    // Checks again with what the session holds now (a figure the operator changed): a run still
    // going, started with the old values, is dropped.
    void recheck(const QString &taskId);
    // Stops waiting for every running probe: they are reported unknown ("cancelled"). Never blocks.
    void cancelAll();
    bool isIdle() const;

    const ProbeSettings &settings() const { return *m_settings; }
    // Other facts (a server snapshot) or servers; running probes are cancelled first.
    void setSettings(ProbeSettings settings);

    // Where the operator's choice of folder for Setup's files is kept in the session.
    static QString setupFolderKey();

signals:
    void finished(const QString &taskId);
    // Every probe started has ended. Also emitted, queued, when checkAll() had nothing to start.
    void allFinished();

private:
    struct Job
    {
        quint64 serial = 0;
        std::shared_ptr<std::atomic_bool> cancelled;
        QFutureWatcher<ProbeOutput> *watcher = nullptr;
        QTimer *watchdog = nullptr;
        QElapsedTimer started; // for the log: how long the check took
    };

    const Probe *probe(const QString &taskId) const;
    void start(const Probe &probe);
    void complete(const QString &taskId, quint64 serial);
    void timeOut(const QString &taskId, quint64 serial, int limitMs);
    void apply(const QString &taskId, const ProbeOutput &output);
    void end(const QString &taskId);

    QPointer<ChecklistModel> m_model;
    std::shared_ptr<const ProbeSettings> m_settings;
    std::shared_ptr<const FactsSource> m_facts;
    WorkerPool m_pool;
    QHash<QString, Job> m_jobs;
    quint64 m_serial = 0;
};

} // namespace prep

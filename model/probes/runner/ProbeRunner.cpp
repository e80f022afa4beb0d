// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/runner/ProbeRunner.h"

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "checklist/Logging.h"
#include "probes/runner/LiveFacts.h"
#include "probes/runner/ProbeRegistry.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <exception>

namespace prep {

namespace {

// Enough threads for every probe at once, so that none waits in a queue while its time runs, and
// some to spare for workers still finishing after a time limit.
constexpr int maxThreads = 32;

Finding unknown(const LocalizedText &reason)
{
    Finding finding;
    finding.status = ItemStatus::Unknown;
    finding.evidence.append(reason);
    return finding;
}

// Runs on the worker: whatever the probe does, a finding comes back.
ProbeOutput guarded(const std::function<ProbeOutput(const ProbeInput &)> &run, const ProbeInput &input)
{
    try {
        return run(input);
    } catch (const std::exception &error) {
        return {unknown(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The check failed: %1"),
                                      {TextArg::text(QString::fromLocal8Bit(error.what()))})),
                {}};
    } catch (...) {
        return {unknown(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The check failed with an unexpected error."))), {}};
    }
}

QString currentUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

ProbeRunner::ProbeRunner(ChecklistModel *model, ProbeSettings settings, QObject *parent)
    : QObject(parent), m_model(model), m_pool(maxThreads)
{
    setSettings(std::move(settings));
}

ProbeRunner::~ProbeRunner()
{
    // Only the flags: the model may be half gone, and nobody listens any more.
    for (const Job &job : std::as_const(m_jobs))
        job.cancelled->store(true);
}

QString ProbeRunner::setupFolderKey()
{
    return taskid::hw::freeDisk.formKey("setupFolder");
}

void ProbeRunner::setSettings(ProbeSettings settings)
{
    cancelAll();
    m_facts = settings.facts ? settings.facts : std::make_shared<LiveFacts>();
    m_settings = std::make_shared<const ProbeSettings>(std::move(settings));
}

const Probe *ProbeRunner::probe(const QString &taskId) const
{
    const std::vector<Probe> &probes = m_settings->probes.empty() ? ProbeRegistry::all() : m_settings->probes;
    for (const Probe &candidate : probes) {
        if (candidate.taskId == taskId)
            return &candidate;
    }
    return nullptr;
}

bool ProbeRunner::canCheck(const QString &taskId) const
{
    return m_settings->enabled && m_model && probe(taskId) && m_model->indexOf(taskId).isValid();
}

bool ProbeRunner::isIdle() const
{
    return m_jobs.isEmpty();
}

void ProbeRunner::checkAll()
{
    if (m_model) {
        for (const Task *task : m_model->tasks()) {
            const QString id = QString::fromLatin1(task->id);
            if (canCheck(id) && !m_jobs.contains(id))
                start(*probe(id));
        }
    }
    if (isIdle())
        QMetaObject::invokeMethod(this, &ProbeRunner::allFinished, Qt::QueuedConnection);
}

void ProbeRunner::check(const QString &taskId)
{
    if (canCheck(taskId) && !m_jobs.contains(taskId))
        start(*probe(taskId));
}

void ProbeRunner::recheck(const QString &taskId)
{
    if (!canCheck(taskId))
        return;
    if (m_jobs.contains(taskId)) {
        m_jobs.value(taskId).cancelled->store(true);
        const Job job = m_jobs.take(taskId); // its result, when it comes, matches no job
        job.watcher->deleteLater();
        job.watchdog->deleteLater();
    }
    start(*probe(taskId));
}

void ProbeRunner::start(const Probe &probe)
{
    const QString id = probe.taskId;
    const int limitMs = m_settings->timeLimitMs(probe.reach);
    Job job;
    job.serial = ++m_serial;
    job.cancelled = std::make_shared<std::atomic_bool>(false);

    // Everything the worker needs is copied or immutable, taken here on the GUI thread.
    ProbeInput input;
    input.facts = m_facts;
    input.settings = m_settings;
    input.task = Catalog::instance().task(id);
    input.path = m_model->path();
    input.targetName = input.path ? input.path->targetText() : QString();
    input.currentUser = m_facts->isSnapshot() ? QString() : currentUser();
    const QString chosenFolder = m_model->formValue(setupFolderKey());
    input.setupFolder = chosenFolder.isEmpty() ? m_settings->setupVolume : chosenFolder;
    input.formValues = m_model->session().formValues;
    input.now = QDateTime::currentDateTime();
    input.deadline = QDeadlineTimer(limitMs);
    input.cancelled = job.cancelled;

    // A later stage's check waits for that stage: nothing runs on the facts of the first.
    if (const UpgradePath *stage = laterStageOf(input)) {
        qCInfo(lcProbes, "%s: not run, it waits for the stage %s", qUtf8Printable(id), stage->id);
        apply(id, {laterStageFinding(*stage), {}});
        return;
    }

    m_model->setRunning(id);
    job.watcher = new QFutureWatcher<ProbeOutput>(this);
    connect(job.watcher, &QFutureWatcherBase::finished, this, [this, id, serial = job.serial] { complete(id, serial); });
    job.watchdog = new QTimer(this);
    job.watchdog->setSingleShot(true);
    job.watchdog->setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early
    connect(job.watchdog, &QTimer::timeout, this, [this, id, serial = job.serial, limitMs] { timeOut(id, serial, limitMs); });
    qCInfo(lcProbes, "%s: started on %s, limit %d ms", qUtf8Printable(id), m_facts->isSnapshot() ? "a snapshot" : "this computer", limitMs);
    job.started.start();
    m_jobs.insert(id, job);
    job.watchdog->start(limitMs);
    job.watcher->setFuture(QtConcurrent::run(m_pool.pool(), [run = probe.run, input] { return guarded(run, input); }));
}

void ProbeRunner::complete(const QString &taskId, quint64 serial)
{
    const auto it = m_jobs.constFind(taskId);
    if (it == m_jobs.cend() || it->serial != serial)
        return; // timed out or cancelled already
    const ProbeOutput output = it->watcher->result();
    qCInfo(lcProbes, "%s: %s in %lld ms", qUtf8Printable(taskId), qUtf8Printable(statusId(output.finding.status)),
           it->started.elapsed());
    apply(taskId, output);
    end(taskId);
}

void ProbeRunner::timeOut(const QString &taskId, quint64 serial, int limitMs)
{
    const auto it = m_jobs.constFind(taskId);
    if (it == m_jobs.cend() || it->serial != serial)
        return;
    it->cancelled->store(true);
    qCInfo(lcProbes, "%s: no answer within %d ms, result ignored", qUtf8Printable(taskId), limitMs);
    apply(taskId, {unknown(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The check did not answer within %1 s; its result, if it comes, is ignored. Use Check again to retry."),
                                         {TextArg::decimal(limitMs / 1000.0)})),
                   {}});
    end(taskId);
}

void ProbeRunner::cancelAll()
{
    const QStringList running = m_jobs.keys();
    for (const QString &taskId : running) {
        m_jobs.value(taskId).cancelled->store(true);
        qCInfo(lcProbes, "%s: cancelled after %lld ms", qUtf8Printable(taskId), m_jobs.value(taskId).started.elapsed());
        apply(taskId, {unknown(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The check was cancelled before it finished."))), {}});
        end(taskId);
    }
}

void ProbeRunner::apply(const QString &taskId, const ProbeOutput &output)
{
    if (!m_model)
        return;
    Finding finding = output.finding;
    // A snapshot's findings are as old as the snapshot (Freshness).
    if (!finding.checkedAt.isValid() && m_facts)
        finding.checkedAt = m_facts->collectedAt();
    if (!finding.checkedAt.isValid())
        finding.checkedAt = QDateTime::currentDateTime();
    m_model->applyFinding(taskId, finding);
    for (auto it = output.formDefaults.cbegin(); it != output.formDefaults.cend(); ++it) {
        if (m_model->formValue(it.key()).isEmpty())
            m_model->setFormValue(it.key(), it.value());
    }
}

void ProbeRunner::end(const QString &taskId)
{
    const Job job = m_jobs.take(taskId);
    // The watcher may still be waiting for a worker that overran: deleting it only drops the
    // result.
    job.watcher->deleteLater();
    job.watchdog->deleteLater();
    emit finished(taskId);
    if (m_jobs.isEmpty())
        emit allFinished();
}

} // namespace prep

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/runner/WorkerPool.h"

#include "checklist/Logging.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QThreadPool>

#include <algorithm>
#include <vector>

namespace prep {

namespace {

QMutex stragglingMutex;
std::vector<QThreadPool *> &straggling()
{
    static std::vector<QThreadPool *> pools;
    return pools;
}

// Deletes the straggling pools that are done by `deadline`; the number left. Called with the
// mutex held.
int reap(QDeadlineTimer deadline)
{
    std::vector<QThreadPool *> &pools = straggling();
    for (auto it = pools.begin(); it != pools.end();) {
        if ((*it)->waitForDone(int(std::max<qint64>(0, deadline.remainingTime())))) {
            delete *it;
            it = pools.erase(it);
        } else {
            ++it;
        }
    }
    return int(pools.size());
}

} // namespace

WorkerPool::WorkerPool(int maxThreads) : m_pool(new QThreadPool)
{
    m_pool->setMaxThreadCount(maxThreads);
}

WorkerPool::~WorkerPool()
{
    const QMutexLocker lock(&stragglingMutex);
    reap(QDeadlineTimer(0)); // the ones that have finished since
    if (m_pool->waitForDone(quitGraceMs)) {
        delete m_pool;
        return;
    }
    qCInfo(lcProbes) << "a worker still runs after" << quitGraceMs << "ms; its pool is kept until it ends";
    straggling().push_back(m_pool);
}

bool WorkerPool::joinStraggling(int ms)
{
    const QMutexLocker lock(&stragglingMutex);
    const int left = reap(QDeadlineTimer(ms));
    if (left > 0)
        qCWarning(lcProbes) << left << "worker pool(s) still blocked after" << ms
                            << "ms (a check stuck in a system call); left to the end of the process";
    return left == 0;
}

int WorkerPool::stragglingCount()
{
    const QMutexLocker lock(&stragglingMutex);
    return int(straggling().size());
}

} // namespace prep

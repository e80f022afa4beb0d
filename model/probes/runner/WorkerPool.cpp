// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/runner/WorkerPool.h"

#include <QThreadPool>

#include <thread>

namespace prep {

WorkerPool::WorkerPool(int maxThreads) : m_pool(new QThreadPool)
{
    m_pool->setMaxThreadCount(maxThreads);
}

WorkerPool::~WorkerPool()
{
    if (m_pool->waitForDone(quitGraceMs)) {
        delete m_pool;
        return;
    }
    // deleteLater() is safe from any thread; if the event loop has already ended (the program is
    // quitting), the pool is simply left to the end of the process.
    QThreadPool *straggling = m_pool;
    std::thread([straggling] {
        straggling->waitForDone();
        straggling->deleteLater();
    }).detach();
}

} // namespace prep

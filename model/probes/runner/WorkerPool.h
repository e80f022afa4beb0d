// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace prep {

// A dedicated thread pool whose destruction never makes the GUI wait long. Workers are expected to
// stop soon after their cancel flag is set; the destructor waits a short grace period for that,
// and leaves a worker that still runs (blocked in a read on a hung network drive, say) to finish
// on its own: a helper thread waits for it and then has the pool deleted on the pool's thread.
class WorkerPool
{
public:
    explicit WorkerPool(int maxThreads);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    QThreadPool *pool() const { return m_pool; }

    // How long the destructor waits for cancelled workers.
    static constexpr int quitGraceMs = 200;

private:
    QThreadPool *m_pool;
};

} // namespace prep

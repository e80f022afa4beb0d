// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace prep {

// A dedicated thread pool whose destruction never makes the GUI wait long. Workers are expected to
// stop soon after their cancel flag is set; the destructor waits a short grace period for that.
// A pool whose worker still runs (blocked in a read on a hung network drive, say) is kept in a
// list of straggling pools, owned there, and deleted once it is done; main() joins them all with
// joinStraggling() before it returns, so no worker outlives the program's end but one stuck in a
// system call past that wait.
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

    // Waits up to `ms` in all for the straggling pools and deletes each one done; true when none
    // is left. A pool still running then is said in the prep.probes log and left to the end of
    // the process.
    static bool joinStraggling(int ms);
    // How many straggling pools are waiting to finish.
    static int stragglingCount();

private:
    QThreadPool *m_pool;
};

} // namespace prep

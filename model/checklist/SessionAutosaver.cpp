// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/SessionAutosaver.h"

#include "checklist/ChecklistModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QtConcurrent>

namespace prep {

SessionAutosaver::SessionAutosaver(ChecklistModel *model, SessionStore *store, QObject *parent)
    : QObject(parent), m_model(model), m_store(store)
{
    m_writer.setMaxThreadCount(1);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &SessionAutosaver::startWrite);
    m_retry.setSingleShot(true);
    m_retry.setInterval(10'000);
    connect(&m_retry, &QTimer::timeout, this, &SessionAutosaver::startWrite);
    connect(&m_write, &QFutureWatcher<Written>::finished, this, &SessionAutosaver::writeFinished);
    connect(model, &ChecklistModel::sessionChanged, this, [this] {
        m_dirty = true;
        m_coalesce.start();
    });
}

SessionAutosaver::~SessionAutosaver()
{
    flush();
}

void SessionAutosaver::startWrite()
{
    if (!m_dirty || m_write.isRunning())
        return; // the write in progress starts the next one when it ends
    m_dirty = false;
    const Session session = m_model->session();
    SessionStore *store = m_store;
    m_write.setFuture(QtConcurrent::run(&m_writer, [store, session] {
        Written written;
        written.ok = store->save(session, &written.error);
        return written;
    }));
}

void SessionAutosaver::writeFinished()
{
    const Written written = m_write.result();
    const QString error = written.ok ? QString() : written.error.isEmpty() ? QStringLiteral("?") : written.error.toString();
    const bool changedSince = m_dirty;
    report(error);
    // A failed write is tried again by the timer, or at once for a change made since.
    if (error.isEmpty() || changedSince)
        startWrite();
}

void SessionAutosaver::flush()
{
    m_coalesce.stop();
    m_retry.stop();
    m_write.waitForFinished();
    if (!m_dirty)
        return;
    m_dirty = false;
    QString error;
    report(m_store->save(m_model->session(), &error) ? QString() : error);
}

void SessionAutosaver::report(const QString &error)
{
    if (!error.isEmpty()) {
        // Not written: the old file stays, the changes stay in memory, and the write is tried
        // again (on the next change, or when the timer runs out).
        m_dirty = true;
        if (!m_retry.isActive())
            m_retry.start();
    } else {
        m_retry.stop();
    }
    if (error.isEmpty()) {
        if (!m_lastError.isEmpty()) {
            m_lastError.clear();
            emit saved();
        }
        return;
    }
    const bool first = m_lastError.isEmpty();
    m_lastError = QCoreApplication::translate("Session", "Your progress could not be saved to %1: %2")
                      .arg(QDir::toNativeSeparators(m_store->filePath()), error);
    if (first)
        emit saveFailed(m_lastError);
}

} // namespace prep

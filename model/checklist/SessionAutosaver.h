// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/SessionStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace prep {

class ChecklistModel;

// Saves the session whenever the checklist changes, so that closing the window, a crash or a
// power cut loses nothing the operator did. The file is written on a thread of its own: a save
// waits for the disk (QSaveFile syncs it), and the window must not wait with it. Changes that come
// in the same turn of the event loop are written once; writes never overlap and keep their order.
class SessionAutosaver : public QObject
{
    Q_OBJECT

public:
    SessionAutosaver(ChecklistModel *model, SessionStore *store, QObject *parent = nullptr);
    // Writes whatever is not saved yet before it goes.
    ~SessionAutosaver() override;

    // Writes now what is not saved yet and returns when it is on disk.
    void flush();
    QString lastError() const { return m_lastError; }
    // After a failed write the changes stay in memory and the write is tried again on the next
    // change and after this long (10 s unless set).
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

signals:
    // The session could not be written; `message` says why in words. Emitted once per failure
    // streak, and saved() once it works again.
    void saveFailed(const QString &message);
    void saved();

private:
    void startWrite();
    void writeFinished();
    void report(const QString &error);

    ChecklistModel *m_model;
    SessionStore *m_store;
    QTimer m_coalesce;
    QTimer m_retry;
    QThreadPool m_writer;
    struct Written
    {
        bool ok = false;
        LocalizedText error; // why not; in words on this thread, never on the writer's
    };
    QFutureWatcher<Written> m_write; // how the last write went
    bool m_dirty = false;            // a change not yet handed to a write
    QString m_lastError;
};

} // namespace prep

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionStore.h"

#include <QObject>

namespace prep {

class ChecklistModel;

// Saves the session whenever the checklist changes, so that closing the window, a crash or a
// power cut loses nothing the operator did.
class SessionAutosaver : public QObject
{
    Q_OBJECT

public:
    SessionAutosaver(ChecklistModel *model, SessionStore *store, QObject *parent = nullptr);

    QString lastError() const { return m_lastError; }

signals:
    // The session could not be written; `message` says why in words. Emitted once per failure
    // streak, and saved() once it works again.
    void saveFailed(const QString &message);
    void saved();

private:
    void save();

    ChecklistModel *m_model;
    SessionStore *m_store;
    QString m_lastError;
};

} // namespace prep

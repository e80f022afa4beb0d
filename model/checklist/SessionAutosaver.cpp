// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionAutosaver.h"

#include "ChecklistModel.h"

#include <QCoreApplication>
#include <QDir>

namespace prep {

SessionAutosaver::SessionAutosaver(ChecklistModel *model, SessionStore *store, QObject *parent)
    : QObject(parent), m_model(model), m_store(store)
{
    connect(model, &ChecklistModel::sessionChanged, this, &SessionAutosaver::save);
}

void SessionAutosaver::save()
{
    QString error;
    if (m_store->save(m_model->session(), &error)) {
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace prep {

SessionStore::SessionStore(QString filePath) : m_filePath(std::move(filePath)) {}

QString SessionStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/session.json");
}

SessionStore::LoadResult SessionStore::load(Session *session, QString *message)
{
    QFile file(m_filePath);
    if (!file.exists())
        return LoadResult::NoSession;
    if (file.size() > maxFileSize) {
        setAside(QCoreApplication::translate("Session", "it is too large to be a session file"), message);
        return LoadResult::SetAside;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setAside(QCoreApplication::translate("Session", "it could not be read (%1)").arg(file.errorString()),
                 message);
        return LoadResult::SetAside;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    QString reason;
    if (bytes.trimmed().isEmpty())
        reason = QCoreApplication::translate("Session", "it is empty");
    else if (parseError.error != QJsonParseError::NoError || !document.isObject())
        reason = QCoreApplication::translate("Session", "it is damaged or incomplete");
    else if (Session::fromJson(document.object(), session, &reason))
        return LoadResult::Loaded;
    setAside(reason, message);
    return LoadResult::SetAside;
}

QString SessionStore::setAside(const QString &reason, QString *message)
{
    const QFileInfo info(m_filePath);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString aside = info.dir().filePath(QStringLiteral("%1.unreadable-%2.json").arg(info.completeBaseName(), stamp));
    for (int n = 2; QFile::exists(aside); ++n)
        aside = info.dir().filePath(
            QStringLiteral("%1.unreadable-%2-%3.json").arg(info.completeBaseName(), stamp).arg(n));
    if (QFile::rename(m_filePath, aside)) {
        *message = QCoreApplication::translate("Session",
                                               "Your saved progress could not be opened because %1. "
                                               "The file was kept as %2. The wizard starts afresh.")
                       .arg(reason, QDir::toNativeSeparators(aside));
    } else {
        *message = QCoreApplication::translate("Session",
                                               "Your saved progress could not be opened because %1, "
                                               "and it could not be moved aside; it stays at %2. "
                                               "The wizard starts afresh and saves to %3 instead.")
                       .arg(reason, QDir::toNativeSeparators(m_filePath),
                            QDir::toNativeSeparators(info.dir().filePath(QStringLiteral("%1-%2.json")
                                                                             .arg(info.completeBaseName(), stamp))));
        const QString kept = m_filePath;
        m_filePath = info.dir().filePath(QStringLiteral("%1-%2.json").arg(info.completeBaseName(), stamp));
        return kept;
    }
    return aside;
}

bool SessionStore::save(const Session &session, QString *error) const
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    Session stamped = session;
    stamped.savedAt = QDateTime::currentDateTimeUtc();
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(stamped.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool SessionStore::remove() const
{
    return !QFile::exists(m_filePath) || QFile::remove(m_filePath);
}

} // namespace prep

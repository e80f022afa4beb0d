// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/SessionStore.h"

#include "checklist/Logging.h"
#include "report/SafeText.h"
#include "report/WholeFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>

namespace prep {

SessionStore::SessionStore(QString filePath) : m_filePath(std::move(filePath)) {}

QString SessionStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/session.json");
}

bool SessionStore::lock(QString *message)
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    m_lock = std::make_shared<QLockFile>(m_filePath + QStringLiteral(".lock"));
    // Held as long as the window is open; one left by a window that crashed is taken over (its
    // process is gone), whatever its age.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        m_heldElsewhere = {};
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    m_lock->getLockInfo(&pid, &host, &application);
    m_heldElsewhere = LocalizedText("Session", QT_TRANSLATE_NOOP("Session",
                                                                 "%1 is open in another Prep Wizard window (process %2 on %3). "
                                                                 "This window does not save to it; close the other one first."),
                                    {TextArg::text(QDir::toNativeSeparators(m_filePath)), TextArg::text(QString::number(pid)),
                                     TextArg::text(host.isEmpty() ? QStringLiteral("?") : host)});
    m_lock.reset();
    *message = m_heldElsewhere.toString();
    return false;
}

SessionStore::LoadResult SessionStore::load(Session *session, QString *message)
{
    if (!m_heldElsewhere.isEmpty()) {
        // Only read: the file and its leftovers are the other window's.
        QString reason;
        return QFileInfo::exists(m_filePath) && read(m_filePath, session, &reason) ? LoadResult::Loaded
                                                                                   : LoadResult::NoSession;
    }
    removeLeftoverTemporaryFiles();
    if (!QFileInfo::exists(m_filePath))
        return LoadResult::NoSession;
    QString reason;
    if (read(m_filePath, session, &reason)) {
        qCInfo(lcSession, "read %s: path %s, %lld tasks answered", qUtf8Printable(SafeText::oneLine(QDir::toNativeSeparators(m_filePath))),
               qUtf8Printable(SafeText::oneLine(session->pathId)), qlonglong(session->items.size()));
        return LoadResult::Loaded;
    }
    qCInfo(lcSession, "set aside %s: %s", qUtf8Printable(SafeText::oneLine(QDir::toNativeSeparators(m_filePath))),
           qUtf8Printable(SafeText::oneLine(reason)));
    setAside(reason, message);
    return LoadResult::SetAside;
}

bool SessionStore::read(const QString &filePath, Session *session, QString *reason)
{
    const QFileInfo info(filePath);
    if (info.isDir()) {
        *reason = QCoreApplication::translate("Session", "it is a folder, not a file");
        return false;
    }
    // A named pipe or a device would block the read or never end.
    if (info.exists() && !info.isFile()) {
        *reason = QCoreApplication::translate("Session", "it is not an ordinary file");
        return false;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = QCoreApplication::translate("Session", "it could not be read (%1)").arg(file.errorString());
        return false;
    }
    if (file.size() > maxFileSize) {
        *reason = QCoreApplication::translate("Session", "it is too large to be a session file");
        return false;
    }
    // One byte more than allowed tells a file that grew since size() from one that fits.
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        *reason = QCoreApplication::translate("Session", "it could not be read (%1)").arg(file.errorString());
        return false;
    }
    if (bytes.size() > maxFileSize) {
        *reason = QCoreApplication::translate("Session", "it is too large to be a session file");
        return false;
    }
    return parse(bytes, session, reason);
}

bool SessionStore::parse(const QByteArray &bytes, Session *session, QString *reason)
{
    if (bytes.trimmed().isEmpty()) {
        *reason = QCoreApplication::translate("Session", "it is empty");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *reason = QCoreApplication::translate("Session", "it is damaged or incomplete");
        return false;
    }
    return Session::fromJson(document.object(), session, reason);
}

void SessionStore::removeLeftoverTemporaryFiles() const
{
    // WholeFile writes "<name>.XXXXXX" beside the file. One younger than a minute may belong to a
    // save in progress in another window.
    const QFileInfo info(m_filePath);
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QFileInfoList leftovers = info.dir().entryInfoList({WholeFile::temporaryPattern(info.fileName())},
                                                             QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &leftover : leftovers) {
        if (leftover.lastModified().toUTC() < recent)
            QFile::remove(leftover.filePath());
    }
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
    LocalizedText why;
    return sayWhy(save(session, &why), why, error);
}

bool SessionStore::save(const Session &session, LocalizedText *error) const
{
    if (!m_heldElsewhere.isEmpty()) {
        *error = m_heldElsewhere;
        return false;
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    Session stamped = session;
    stamped.savedAt = QDateTime::currentDateTimeUtc();
    // Whole or not at all: a full disk leaves the old file as it was and says so.
    return WholeFile::write(m_filePath, QJsonDocument(stamped.toJson()).toJson(QJsonDocument::Indented), error);
}

bool SessionStore::remove() const
{
    if (!m_heldElsewhere.isEmpty())
        return false;
    return !QFile::exists(m_filePath) || QFile::remove(m_filePath);
}

} // namespace prep

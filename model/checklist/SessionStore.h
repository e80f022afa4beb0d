// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/LocalizedText.h"
#include "checklist/Session.h"

#include <QString>

#include <memory>

class QLockFile;

namespace prep {

// Reads and writes the session file. Writes are atomic (WholeFile): after a crash the file is the
// old session or the new one, never a mix. A file that cannot be read is moved aside, never deleted.
class SessionStore
{
public:
    explicit SessionStore(QString filePath = defaultFilePath());

    // <application data location>/session.json
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    enum class LoadResult {
        NoSession, // nothing saved yet
        Loaded,
        SetAside,  // the file was damaged or newer; it was renamed and *message says so in words
    };
    // A file that cannot be read is moved aside; if even that fails, later saves go to a new file
    // beside it so the old one is never overwritten.
    LoadResult load(Session *session, QString *message);
    // Takes the file for this window ("<file>.lock", QLockFile), so that two wizards never write
    // one session. False, with *message naming the process that has it, when another wizard
    // does: then load() only reads, and save() refuses, so that the other's checklist stays.
    bool lock(QString *message);
    bool save(const Session &session, QString *error) const;
    // The same with the reason in words translated when shown, for a save on a worker (the
    // autosave): nothing is translated there.
    bool save(const Session &session, LocalizedText *error) const;
    bool remove() const;

    // Reads the session file at filePath and changes nothing (what load() reads, without moving a
    // bad file aside): false with *reason in words ("it is empty") when it is not one.
    static bool read(const QString &filePath, Session *session, QString *reason);
    // The same from the file's bytes.
    static bool parse(const QByteArray &bytes, Session *session, QString *reason);

    // Larger files are not sessions: refuse them before reading them into memory.
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;

private:
    // Temporary files of saves cut short by a crash or a kill ("session.json.AbC123").
    void removeLeftoverTemporaryFiles() const;
    QString setAside(const QString &reason, QString *message);
    QString m_filePath;
    std::shared_ptr<QLockFile> m_lock;
    LocalizedText m_heldElsewhere; // why save() refuses; empty when this window may write
};

} // namespace prep

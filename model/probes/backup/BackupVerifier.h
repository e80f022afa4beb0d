// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace prep {

// A file that could not be compared, and why. Worked out on the worker, in no language: the
// reason is put in words where it is shown.
struct UnreadFile
{
    QString path;          // relative, as in the lists of BackupReport
    bool notAFile = false; // the original is no ordinary file (a named pipe, a device): not read
    QString error;         // otherwise the system's words (an open or locked file)

    // "path: reason", in the current language.
    QString text() const;
};

// What a comparison of restored files with their originals found, by relative path.
struct BackupReport
{
    int filesInRestore = 0;  // files seen in the restore folder
    int sampled = 0;         // files picked and compared
    QStringList identical;
    QStringList mismatches;  // different content, and the original not changed since the backup
    QStringList missing;     // restored, but no original of that name any more
    QStringList changed;     // different content, and the original changed after the backup
    QList<UnreadFile> unreadable; // locked or open files, and originals that are no files
    bool cancelled = false;
};

// data.verify-backup: the operator restores files from the backup to another folder; this picks
// up to N of them at random (a reservoir sample, so the tree is never held in memory), and
// compares each one's SHA-256 with the original's. A file whose original was modified after the
// backup is reported apart, not as a failure: by the backup time when the operator gives it, else
// by the restored copy's modification time, which restore tools keep.
class BackupVerifier
{
public:
    struct Options
    {
        QString originalFolder;
        QString restoredFolder;
        int sampleSize = 0;
        QDateTime backupTime;             // invalid: unknown
        std::optional<quint32> seed;      // tests: a fixed choice of files
    };
    // (files compared so far, files to compare); total 0 while the restore folder is scanned.
    using Progress = std::function<void(int done, int total)>;

    explicit BackupVerifier(Options options);

    // Blocking; looks at `cancelled` between files and between blocks of a file.
    BackupReport run(const std::atomic_bool &cancelled, const Progress &progress = {}) const;

private:
    QStringList sample(const std::atomic_bool &cancelled, int *seen) const;

    Options m_options;
};

} // namespace prep

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace prep {

// Writes a file whole or not at all; the one writer of the session, the reports and the headless
// output.
// - A regular file (or a new one) is written to a temporary file beside it, with an unpredictable
//   name ("<name>.XXXXXX"), created exclusively, flushed to the disk and renamed over it; a failed
//   write leaves the old file as it was and removes the temporary one. The file keeps its
//   permissions.
// - A device or a named pipe (/dev/null, a FIFO a script reads) is written through, never replaced.
//   A named pipe that nobody reads is refused after 5 s instead of waiting for ever.
// - A symbolic link is refused: following it would write wherever it points (as root, in a shared
//   folder, any file). Give the file it points to instead.
// Errors are said in words, the system's ("No space left on device", "Permission denied").
class WholeFile
{
public:
    // How long a named pipe's reader may take to open its end before the pipe is refused.
    static constexpr int pipeReaderWaitMs = 5000;

    explicit WholeFile(QString filePath);
    ~WholeFile(); // removes the temporary file of a write that was not committed
    WholeFile(const WholeFile &) = delete;
    WholeFile &operator=(const WholeFile &) = delete;

    // Opens early (so that an unwritable place fails before any work); false with *error.
    bool open(QString *error);
    // Writes the whole content and commits it; false with *error, the old file untouched.
    bool commit(const QByteArray &content, QString *error);
    // The two in one.
    static bool write(const QString &filePath, const QByteArray &content, QString *error);
    // Writes all of `content` to an open descriptor (standard output): false with *error.
    static bool writeAll(int descriptor, const QByteArray &content, QString *error);
    static constexpr int standardOutput = 1; // its descriptor, on every system

    // The name of a temporary file of `filePath` ("session.json.Ab3xYz"), for tidying up after a kill.
    static QString temporaryPattern(const QString &fileName);

private:
    void discard();
    QString m_filePath;
    QString m_temporaryPath; // empty when writing through
    int m_descriptor = -1;
    bool m_through = false;
};

} // namespace prep

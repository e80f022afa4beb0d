// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/LocalizedText.h"

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
// - On Windows the same with Win32 calls: the temporary file is created exclusively (CREATE_NEW),
//   flushed (FlushFileBuffers) and moved over the target (MoveFileExW, replacing, write-through);
//   a target another program holds open is tried again for heldRetryMs, then refused in words.
//   A symbolic link or junction, a folder, a read-only file and a name Windows cannot hold
//   (windowsNameProblem) are refused before anything is written.
// Errors are said in words, the system's ("No space left on device", "Permission denied"; on
// Windows FormatMessage's, in the language of Windows). The functions that give them as a
// LocalizedText translate nothing, for a write on a worker (the session's autosave): the thread
// that shows the words renders them; the others give them in the current language.
class WholeFile
{
public:
    // How long a named pipe's reader may take to open its end before the pipe is refused.
    static constexpr int pipeReaderWaitMs = 5000;
    // Windows: how long a target held open by another program (an editor, a viewer, an antivirus
    // scan) is tried again before the write is refused.
    static constexpr int heldRetryMs = 1000;

    explicit WholeFile(QString filePath);
    ~WholeFile(); // removes the temporary file of a write that was not committed
    WholeFile(const WholeFile &) = delete;
    WholeFile &operator=(const WholeFile &) = delete;

    // Opens early (so that an unwritable place fails before any work); false with *error.
    bool open(QString *error);
    bool open(LocalizedText *error);
    // Writes the whole content and commits it; false with *error, the old file untouched.
    bool commit(const QByteArray &content, QString *error);
    bool commit(const QByteArray &content, LocalizedText *error);
    // The two in one.
    static bool write(const QString &filePath, const QByteArray &content, QString *error);
    static bool write(const QString &filePath, const QByteArray &content, LocalizedText *error);
    // Writes all of `content` to an open descriptor (standard output): false with *error.
    // On Windows the bytes go as they are (no CR LF added: the same report as on Linux), except to
    // a console window, which is given the UTF-8 text as UTF-16 so that accents show.
    static bool writeAll(int descriptor, const QByteArray &content, QString *error);
    static bool writeAll(int descriptor, const QByteArray &content, LocalizedText *error);
    static constexpr int standardOutput = 1; // its descriptor, on every system

    // Why Windows cannot hold a file of this name ("CON", "aux.txt", "report.", "a?b"), in words;
    // empty when it can. Only the name, not its folder. Checked by open() on Windows.
    static QString windowsNameProblem(const QString &fileName);

    // The name of a temporary file of `filePath` ("session.json.Ab3xYz"), for tidying up after a kill.
    static QString temporaryPattern(const QString &fileName);

private:
    static LocalizedText nameProblem(const QString &fileName); // windowsNameProblem(), not rendered
    bool commitContent(const QByteArray &content, LocalizedText *error);
    void discard();
    QString m_filePath;
    QString m_temporaryPath; // empty when writing through
#ifdef Q_OS_WIN
    void *m_handle = nullptr; // the temporary file's HANDLE
#else
    int m_descriptor = -1;
#endif
    bool m_through = false;
};

} // namespace prep

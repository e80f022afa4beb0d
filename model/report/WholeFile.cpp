// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/WholeFile.h"

#include "checklist/Logging.h"
#include "report/SafeText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <string>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

namespace prep {

namespace {
// The system's own words for an error ("No space left on device"), as they are.
LocalizedText systemWords(const QString &words)
{
    //: The system's own words for an error ("No space left on device"), shown as they are.
    return LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "%1"), {TextArg::text(words)});
}

#ifdef Q_OS_UNIX
LocalizedText systemError(int code)
{
    return systemWords(QString::fromLocal8Bit(std::strerror(code)));
}
#endif

#ifdef Q_OS_WIN
// Windows' own words for an error code, in the language of Windows, without the final full stop;
// empty when Windows has none.
QString windowsWords(DWORD code)
{
    wchar_t buffer[512];
    DWORD length = ::FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, code, 0,
                                    buffer, DWORD(sizeof buffer / sizeof buffer[0]), nullptr);
    while (length > 0 && (buffer[length - 1] == L'\r' || buffer[length - 1] == L'\n' || buffer[length - 1] == L' '
                          || buffer[length - 1] == L'.'))
        --length;
    return QString::fromWCharArray(buffer, int(length));
}

LocalizedText systemError(DWORD code)
{
    const QString words = windowsWords(code);
    if (words.isEmpty())
        return LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "Windows error %1"), {TextArg::text(QString::number(code))});
    return systemWords(words);
}

std::wstring nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdWString();
}

bool isHeldError(DWORD code)
{
    return code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION || code == ERROR_ACCESS_DENIED;
}

// Whether another handle on `target` keeps it from being replaced: one without FILE_SHARE_DELETE
// makes this open fail with a sharing violation.
bool isHeldOpen(const std::wstring &target)
{
    const HANDLE probe = ::CreateFileW(target.c_str(), DELETE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                       nullptr, OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (probe == INVALID_HANDLE_VALUE)
        return ::GetLastError() == ERROR_SHARING_VIOLATION || ::GetLastError() == ERROR_LOCK_VIOLATION;
    ::CloseHandle(probe);
    return false;
}

LocalizedText heldMessage()
{
    return LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "another program has it open; close it there and try again"));
}

// Writes all of `data` to `handle` (a file or a pipe), in pieces of at most 1 MiB; each round
// writes something or fails, so the loop ends.
bool writeHandle(HANDLE handle, const char *data, qsizetype size, LocalizedText *error)
{
    qsizetype left = size;
    while (left > 0) {
        const DWORD piece = DWORD(std::min<qsizetype>(left, 1 << 20));
        DWORD written = 0;
        if (!::WriteFile(handle, data, piece, &written, nullptr)) {
            *error = systemError(::GetLastError());
            return false;
        }
        if (written == 0) {
            *error = systemError(ERROR_HANDLE_DISK_FULL);
            return false;
        }
        data += written;
        left -= qsizetype(written);
    }
    return true;
}

// A console window takes UTF-16, whatever its code page: the UTF-8 text as such, in pieces that
// never split a surrogate pair.
bool writeConsole(HANDLE handle, const QByteArray &content, LocalizedText *error)
{
    const QString text = QString::fromUtf8(content);
    const wchar_t *data = reinterpret_cast<const wchar_t *>(text.utf16());
    qsizetype left = text.size();
    while (left > 0) {
        qsizetype piece = std::min<qsizetype>(left, 8192);
        if (piece < left && QChar::isHighSurrogate(char16_t(data[piece - 1])))
            --piece;
        DWORD written = 0;
        if (!::WriteConsoleW(handle, data, DWORD(piece), &written, nullptr)) {
            *error = systemError(::GetLastError());
            return false;
        }
        if (written == 0) {
            *error = systemError(ERROR_WRITE_FAULT);
            return false;
        }
        data += written;
        left -= qsizetype(written);
    }
    return true;
}
#endif

QString randomSuffix()
{
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix.append(QLatin1Char(letters[QRandomGenerator::system()->bounded(int(sizeof letters - 1))]));
    return suffix;
}
} // namespace

WholeFile::WholeFile(QString filePath) : m_filePath(std::move(filePath)) {}

WholeFile::~WholeFile()
{
    discard();
}

QString WholeFile::windowsNameProblem(const QString &fileName)
{
    const LocalizedText problem = nameProblem(fileName);
    return problem.isEmpty() ? QString() : problem.toString();
}

LocalizedText WholeFile::nameProblem(const QString &fileName)
{
    const TextArg name = TextArg::text(fileName);
    // Characters no Windows file name may have; ':' would write into a hidden stream of another file.
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    for (const QChar c : fileName) {
        if (c.unicode() < 0x20 || forbidden.contains(c))
            return LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile",
                                                                "“%1” has a character that Windows does not allow in a file name "
                                                                "(one of < > : \" / \\ | ? * or a control character)"),
                                 {name});
    }
    if (fileName.endsWith(QLatin1Char('.')) || fileName.endsWith(QLatin1Char(' ')))
        return LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "“%1” ends with a dot or a space, which Windows drops; remove it"),
                             {name});
    // The names of devices, with any extension ("aux.txt" is the device AUX too).
    const QString base = fileName.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList devices = [] {
        QStringList names{QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL"),
                          QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
        for (int i = 1; i <= 9; ++i)
            names << QStringLiteral("COM%1").arg(i) << QStringLiteral("LPT%1").arg(i);
        return names;
    }();
    if (devices.contains(base))
        return LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "“%1” is a name that Windows keeps for a device (%2); choose another name"),
                             {name, TextArg::text(base)});
    return {};
}

QString WholeFile::temporaryPattern(const QString &fileName)
{
    return fileName + QStringLiteral(".??????");
}

void WholeFile::discard()
{
#ifdef Q_OS_UNIX
    if (m_descriptor >= 0)
        ::close(m_descriptor);
    m_descriptor = -1;
    if (!m_temporaryPath.isEmpty())
        ::unlink(QFile::encodeName(m_temporaryPath).constData());
    m_temporaryPath.clear();
#endif
#ifdef Q_OS_WIN
    if (m_handle)
        ::CloseHandle(HANDLE(m_handle));
    m_handle = nullptr;
    if (!m_temporaryPath.isEmpty())
        ::DeleteFileW(nativePath(m_temporaryPath).c_str());
    m_temporaryPath.clear();
#endif
}

bool WholeFile::open(QString *error)
{
    LocalizedText why;
    return sayWhy(open(&why), why, error);
}

bool WholeFile::open(LocalizedText *error)
{
    discard();
    if (m_filePath.isEmpty()) {
        *error = LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "no file name was given"));
        return false;
    }
#ifdef Q_OS_UNIX
    const QByteArray target = QFile::encodeName(m_filePath);
    struct stat status = {};
    mode_t mode = 0666;
    bool keepMode = false;
    if (::lstat(target.constData(), &status) == 0) {
        if (S_ISLNK(status.st_mode)) {
            *error = LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "it is a symbolic link; give the file it points to"));
            return false;
        }
        if (S_ISDIR(status.st_mode)) {
            *error = LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "it is a folder"));
            return false;
        }
        if (!S_ISREG(status.st_mode)) {
            // A device or a named pipe: written through. Non-blocking, so that a pipe nobody reads
            // fails now (ENXIO) instead of waiting for ever; O_NOFOLLOW, so that a link put in its
            // place since is not followed.
            // A reader just started may open its end a moment later: up to 5 s, then refused.
            for (int waited = 0;; waited += 10) {
                m_descriptor = ::open(target.constData(), O_WRONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
                if (m_descriptor >= 0 || errno != ENXIO || waited >= pipeReaderWaitMs)
                    break;
                ::usleep(10'000);
            }
            if (m_descriptor < 0) {
                *error = errno == ENXIO ? LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "it is a named pipe that no program reads")) : systemError(errno);
                return false;
            }
            // Writes wait for the reader from here on.
            const int flags = ::fcntl(m_descriptor, F_GETFL);
            if (flags >= 0)
                ::fcntl(m_descriptor, F_SETFL, flags & ~O_NONBLOCK);
            m_through = true;
            return true;
        }
        mode = status.st_mode & 07777;
        keepMode = true;
    }
    const QFileInfo info(m_filePath);
    const QString folder = info.absolutePath();
    // Exclusive, never following a link: a name someone planted is skipped, not used.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = QDir(folder).filePath(info.fileName() + QLatin1Char('.') + randomSuffix());
        const int descriptor = ::open(QFile::encodeName(candidate).constData(),
                                      O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, keepMode ? 0600 : 0666);
        if (descriptor >= 0) {
            m_descriptor = descriptor;
            m_temporaryPath = candidate;
            if (keepMode)
                ::fchmod(descriptor, mode);
            m_through = false;
            return true;
        }
        if (errno != EEXIST && errno != ELOOP) {
            *error = systemError(errno);
            return false;
        }
    }
    *error = systemError(EEXIST);
    return false;
#else
    m_through = false;
    const QFileInfo info(m_filePath);
    const LocalizedText problem = nameProblem(info.fileName());
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const DWORD attributes = ::GetFileAttributesW(nativePath(m_filePath).c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES) {
        // A symbolic link or a junction: replacing it would write where it points, or drop the link.
        if (attributes & FILE_ATTRIBUTE_REPARSE_POINT) {
            *error = LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "it is a symbolic link; give the file it points to"));
            return false;
        }
        if (attributes & FILE_ATTRIBUTE_DIRECTORY) {
            *error = LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile", "it is a folder"));
            return false;
        }
        if (attributes & FILE_ATTRIBUTE_READONLY) {
            *error = LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile",
                                                                  "the file is read-only; clear Read-only in its properties or "
                                                                  "choose another name"));
            return false;
        }
    }
    const QString folder = info.absolutePath();
    // Exclusive: a name someone planted (a file or a link) is skipped, not used.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = QDir(folder).filePath(info.fileName() + QLatin1Char('.') + randomSuffix());
        const HANDLE handle = ::CreateFileW(nativePath(candidate).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                                            FILE_ATTRIBUTE_NORMAL, nullptr);
        if (handle != INVALID_HANDLE_VALUE) {
            m_handle = handle;
            m_temporaryPath = candidate;
            return true;
        }
        const DWORD code = ::GetLastError();
        if (code != ERROR_FILE_EXISTS && code != ERROR_ALREADY_EXISTS) {
            *error = systemError(code);
            return false;
        }
    }
    *error = systemError(ERROR_FILE_EXISTS);
    return false;
#endif
}

bool WholeFile::writeAll(int descriptor, const QByteArray &content, QString *error)
{
    LocalizedText why;
    return sayWhy(writeAll(descriptor, content, &why), why, error);
}

bool WholeFile::writeAll(int descriptor, const QByteArray &content, LocalizedText *error)
{
#ifdef Q_OS_UNIX
    const char *data = content.constData();
    qsizetype left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(descriptor, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            *error = systemError(errno);
            return false;
        }
        if (written == 0) {
            *error = systemError(ENOSPC);
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
#else
    // The C runtime's descriptor's handle; a program started without one (a GUI program from a
    // console) may still have been given a standard output handle.
    const intptr_t osHandle = ::_get_osfhandle(descriptor);
    HANDLE handle = osHandle == -1 || osHandle == -2 ? INVALID_HANDLE_VALUE : HANDLE(osHandle);
    if (handle == INVALID_HANDLE_VALUE && descriptor == standardOutput)
        handle = ::GetStdHandle(STD_OUTPUT_HANDLE);
    if (handle == INVALID_HANDLE_VALUE || handle == nullptr) {
        *error = systemError(ERROR_INVALID_HANDLE);
        return false;
    }
    DWORD consoleMode = 0;
    if (::GetConsoleMode(handle, &consoleMode))
        return writeConsole(handle, content, error);
    return writeHandle(handle, content.constData(), content.size(), error);
#endif
}

bool WholeFile::commit(const QByteArray &content, QString *error)
{
    LocalizedText why;
    return sayWhy(commit(content, &why), why, error);
}

bool WholeFile::commit(const QByteArray &content, LocalizedText *error)
{
    const QString shown = SafeText::oneLine(QDir::toNativeSeparators(m_filePath));
    if (!commitContent(content, error)) {
        // In English whatever the language: the log is written on the worker too (the autosave).
        qCInfo(lcFiles, "not written %s: %s", qUtf8Printable(shown), qUtf8Printable(SafeText::oneLine(error->untranslated())));
        return false;
    }
    qCInfo(lcFiles, "wrote %s: %lld bytes%s", qUtf8Printable(shown), qlonglong(content.size()),
           m_through ? " (written through: a device or pipe)" : "");
    return true;
}

bool WholeFile::commitContent(const QByteArray &content, LocalizedText *error)
{
#ifdef Q_OS_UNIX
    if (m_descriptor < 0 && !open(error))
        return false;
    if (!writeAll(m_descriptor, content, error)) {
        discard();
        return false;
    }
    if (m_through) {
        const int closed = ::close(m_descriptor);
        m_descriptor = -1;
        if (closed != 0 && errno != EINTR) {
            *error = systemError(errno);
            return false;
        }
        return true;
    }
    // On the disk before the rename: after a power cut the file is the old one or the new one.
    if (::fsync(m_descriptor) != 0 && errno != EINVAL) {
        *error = systemError(errno);
        discard();
        return false;
    }
    const int closed = ::close(m_descriptor);
    m_descriptor = -1;
    if (closed != 0) {
        *error = systemError(errno);
        discard();
        return false;
    }
    if (::rename(QFile::encodeName(m_temporaryPath).constData(), QFile::encodeName(m_filePath).constData()) != 0) {
        *error = systemError(errno);
        discard();
        return false;
    }
    m_temporaryPath.clear();
    // The rename itself on the disk too.
    const int folder = ::open(QFile::encodeName(QFileInfo(m_filePath).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
#else
    if (!m_handle && !open(error))
        return false;
    if (!writeHandle(HANDLE(m_handle), content.constData(), content.size(), error)) {
        discard();
        return false;
    }
    // On the disk before the move: after a power cut the file is the old one or the new one.
    if (!::FlushFileBuffers(HANDLE(m_handle))) {
        *error = systemError(::GetLastError());
        discard();
        return false;
    }
    const BOOL closed = ::CloseHandle(HANDLE(m_handle));
    m_handle = nullptr;
    if (!closed) {
        *error = systemError(::GetLastError());
        discard();
        return false;
    }
    const std::wstring temporary = nativePath(m_temporaryPath);
    const std::wstring target = nativePath(m_filePath);
    // A target another program has open cannot be replaced; an antivirus scan or a file indexer
    // lets go within moments, an editor not: tried again for heldRetryMs, then said.
    constexpr int retryStepMs = 50;
    for (int waited = 0;; waited += retryStepMs) {
        if (::MoveFileExW(temporary.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
            break;
        const DWORD code = ::GetLastError();
        const DWORD attributes = ::GetFileAttributesW(target.c_str());
        const bool readOnly = attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY);
        if (!isHeldError(code) || readOnly || attributes == INVALID_FILE_ATTRIBUTES || waited >= heldRetryMs) {
            // Windows has words for ERROR_ACCESS_DENIED; the number stands in if it had none.
            const QString words = windowsWords(code);
            if (readOnly)
                *error = LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile",
                                                                      "the file is read-only; clear Read-only in its properties or "
                                                                      "choose another name"));
            else if (code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION || isHeldOpen(target))
                *error = heldMessage();
            else if (code == ERROR_ACCESS_DENIED && attributes != INVALID_FILE_ATTRIBUTES)
                *error = LocalizedText("WholeFile", QT_TRANSLATE_NOOP("WholeFile",
                                                                      "%1; another program may have it open: close it there and try "
                                                                      "again"),
                                       {TextArg::text(words.isEmpty() ? QString::number(code) : words)});
            else
                *error = systemError(code);
            discard();
            return false;
        }
        ::Sleep(DWORD(retryStepMs));
    }
    m_temporaryPath.clear();
    return true;
#endif
}

bool WholeFile::write(const QString &filePath, const QByteArray &content, QString *error)
{
    LocalizedText why;
    return sayWhy(write(filePath, content, &why), why, error);
}

bool WholeFile::write(const QString &filePath, const QByteArray &content, LocalizedText *error)
{
    WholeFile file(filePath);
    return file.open(error) && file.commit(content, error);
}

} // namespace prep

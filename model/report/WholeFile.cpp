// SPDX-License-Identifier: GPL-3.0-or-later
#include "WholeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace prep {

namespace {
#ifdef Q_OS_UNIX
QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

QString randomSuffix()
{
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix.append(QLatin1Char(letters[QRandomGenerator::system()->bounded(int(sizeof letters - 1))]));
    return suffix;
}
#endif
} // namespace

WholeFile::WholeFile(QString filePath) : m_filePath(std::move(filePath)) {}

WholeFile::~WholeFile()
{
    discard();
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
}

bool WholeFile::open(QString *error)
{
    discard();
    if (m_filePath.isEmpty()) {
        *error = QCoreApplication::translate("WholeFile", "no file name was given");
        return false;
    }
#ifdef Q_OS_UNIX
    const QByteArray target = QFile::encodeName(m_filePath);
    struct stat status = {};
    mode_t mode = 0666;
    bool keepMode = false;
    if (::lstat(target.constData(), &status) == 0) {
        if (S_ISLNK(status.st_mode)) {
            *error = QCoreApplication::translate("WholeFile", "it is a symbolic link; give the file it points to");
            return false;
        }
        if (S_ISDIR(status.st_mode)) {
            *error = QCoreApplication::translate("WholeFile", "it is a folder");
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
                *error = errno == ENXIO ? QCoreApplication::translate("WholeFile", "it is a named pipe that no program reads") : systemError(errno);
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
    return true;
#endif
}

bool WholeFile::writeAll(int descriptor, const QByteArray &content, QString *error)
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
    Q_UNUSED(descriptor);
    Q_UNUSED(content);
    *error = QCoreApplication::translate("WholeFile", "not supported on this system");
    return false;
#endif
}

bool WholeFile::commit(const QByteArray &content, QString *error)
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
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.flush()
        || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
#endif
}

bool WholeFile::write(const QString &filePath, const QByteArray &content, QString *error)
{
    WholeFile file(filePath);
    return file.open(error) && file.commit(content, error);
}

} // namespace prep

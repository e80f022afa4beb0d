// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>

#ifdef _WIN32
#include <io.h>
#include <process.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace {

#ifdef _WIN32
constexpr int binaryFlag = _O_BINARY;
constexpr int noFollowFlag = 0;
int openFile(const char *path, int flags, int mode)
{
    return ::_open(path, flags, mode);
}
int closeFile(int descriptor)
{
    return ::_close(descriptor);
}
long long writeSome(int descriptor, const char *data, size_t size)
{
    return ::_write(descriptor, data, unsigned(size > 0x40000000 ? 0x40000000 : size));
}
int syncFile(int descriptor)
{
    return ::_commit(descriptor);
}
int processId()
{
    return ::_getpid();
}
#else
constexpr int binaryFlag = 0;
constexpr int noFollowFlag = O_NOFOLLOW | O_CLOEXEC;
int openFile(const char *path, int flags, int mode)
{
    return ::open(path, flags, mode_t(mode));
}
int closeFile(int descriptor)
{
    return ::close(descriptor);
}
long long writeSome(int descriptor, const char *data, size_t size)
{
    return ::write(descriptor, data, size);
}
int syncFile(int descriptor)
{
    return ::fsync(descriptor) == 0 || errno == EINVAL ? 0 : -1;
}
int processId()
{
    return int(::getpid());
}
#endif

std::string systemError(int code)
{
    return std::strerror(code);
}

// Six letters and digits nobody can guess.
std::string randomSuffix()
{
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static std::mt19937_64 generator = [] {
        std::random_device device;
        std::seed_seq seed{device(), device(), unsigned(processId()),
                           unsigned(std::chrono::steady_clock::now().time_since_epoch().count())};
        return std::mt19937_64(seed);
    }();
    std::uniform_int_distribution<size_t> pick(0, sizeof letters - 2);
    std::string suffix;
    for (int i = 0; i < 6; ++i)
        suffix += letters[pick(generator)];
    return suffix;
}

// Replaces `path` by `temporary` in one step.
bool replaceFile(const std::string &temporary, const std::string &path, std::string &error)
{
#ifdef _WIN32
    // rename() refuses an existing destination on Windows. The names are in the ANSI code page,
    // as fopen() and the command line have them.
    if (::MoveFileExA(temporary.c_str(), path.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    const DWORD code = ::GetLastError();
    char message[512];
    DWORD length = ::FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, code, 0,
                                    message, sizeof message, nullptr);
    while (length > 0 && (message[length - 1] == '\r' || message[length - 1] == '\n' || message[length - 1] == '.'))
        --length;
    error = length > 0 ? std::string(message, length) : "error " + std::to_string(code);
    return false;
#else
    if (std::rename(temporary.c_str(), path.c_str()) == 0)
        return true;
    error = systemError(errno);
    return false;
#endif
}

#ifndef _WIN32
// Writes `content` into `path` as it is (a device or a named pipe). Opened non-blocking so that a
// pipe nobody reads fails now instead of waiting for ever; writes then wait for the reader.
bool writeThrough(const std::string &path, const std::string &content, std::string &error)
{
    // A reader just started may open its end a moment later: up to 5 s, then refused.
    int descriptor = -1;
    for (int waited = 0;; waited += 10) {
        descriptor = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
        if (descriptor >= 0 || errno != ENXIO || waited >= 5000)
            break;
        ::usleep(10000);
    }
    if (descriptor < 0) {
        error = errno == ENXIO ? "it is a named pipe that no program reads" : systemError(errno);
        return false;
    }
    const int flags = ::fcntl(descriptor, F_GETFL);
    if (flags >= 0)
        ::fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK);
    const bool written = writeAllTo(descriptor, content, error);
    if (::close(descriptor) != 0 && written && errno != EINTR) {
        error = systemError(errno);
        return false;
    }
    return written;
}
#endif

} // namespace

bool writeAllTo(int descriptor, const std::string &content, std::string &error)
{
    const char *data = content.data();
    size_t left = content.size();
    while (left > 0) {
        const long long written = writeSome(descriptor, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            error = systemError(errno);
            return false;
        }
        if (written == 0) {
            error = systemError(ENOSPC);
            return false;
        }
        data += written;
        left -= size_t(written);
    }
    return true;
}

bool writeAtomically(const std::string &path, const std::string &content, std::string &error)
{
    int mode = 0666;
#ifdef _WIN32
    const DWORD attributes = ::GetFileAttributesA(path.c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_REPARSE_POINT)) {
        error = "it is a symbolic link; give the file it points to";
        return false;
    }
    mode = _S_IREAD | _S_IWRITE;
#else
    struct stat status = {};
    bool keepMode = false;
    if (::lstat(path.c_str(), &status) == 0) {
        if (S_ISLNK(status.st_mode)) {
            error = "it is a symbolic link; give the file it points to";
            return false;
        }
        if (S_ISDIR(status.st_mode)) {
            error = "it is a folder";
            return false;
        }
        // A device or a named pipe (/dev/null, a FIFO a script reads) is written to, never
        // replaced by a file: the rename below would put one in its place.
        if (!S_ISREG(status.st_mode))
            return writeThrough(path, content, error);
        keepMode = true;
    }
#endif
    std::string temporary;
    int descriptor = -1;
    for (int attempt = 0; attempt < 100 && descriptor < 0; ++attempt) {
        temporary = path + "." + randomSuffix();
        descriptor = openFile(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | binaryFlag | noFollowFlag, mode);
        if (descriptor < 0 && errno != EEXIST && errno != ELOOP) {
            error = systemError(errno);
            return false;
        }
    }
    if (descriptor < 0) {
        error = systemError(EEXIST);
        return false;
    }
#ifndef _WIN32
    if (keepMode)
        ::fchmod(descriptor, status.st_mode & 07777);
#endif
    bool ok = writeAllTo(descriptor, content, error);
    if (ok && syncFile(descriptor) != 0) {
        error = systemError(errno);
        ok = false;
    }
    if (closeFile(descriptor) != 0 && ok) {
        error = systemError(errno);
        ok = false;
    }
    if (!ok || !replaceFile(temporary, path, error)) {
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

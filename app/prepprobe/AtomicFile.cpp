// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef _WIN32
#include <windows.h>
#else
#include <sys/stat.h>
#endif

namespace {

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
    error = std::strerror(errno);
    return false;
#endif
}

#ifndef _WIN32
// Writes `content` into `path` as it is (a device or a named pipe).
bool writeThrough(const std::string &path, const std::string &content, std::string &error)
{
    std::FILE *file = std::fopen(path.c_str(), "wb");
    if (!file) {
        error = std::strerror(errno);
        return false;
    }
    const bool written = std::fwrite(content.data(), 1, content.size(), file) == content.size();
    const int writeErrno = errno;
    if (std::fclose(file) != 0 || !written) {
        error = std::strerror(written ? errno : writeErrno);
        return false;
    }
    return true;
}
#endif

} // namespace

bool writeAtomically(const std::string &path, const std::string &content, std::string &error)
{
#ifndef _WIN32
    // A device or a named pipe (/dev/null, a FIFO a script reads) is written to, never replaced
    // by a file: the rename below would put one in its place, even over /dev/null for root.
    struct stat status = {};
    if (::stat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode) && !S_ISDIR(status.st_mode))
        return writeThrough(path, content, error);
#endif
    const std::string temporary = path + ".tmp";
    std::FILE *file = std::fopen(temporary.c_str(), "wb");
    if (!file) {
        error = std::strerror(errno);
        return false;
    }
    const bool written = std::fwrite(content.data(), 1, content.size(), file) == content.size();
    const int writeErrno = errno;
    const bool closed = std::fclose(file) == 0;
    if (!written || !closed) {
        error = std::strerror(written ? errno : writeErrno);
        std::remove(temporary.c_str());
        return false;
    }
    if (!replaceFile(temporary, path, error)) {
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

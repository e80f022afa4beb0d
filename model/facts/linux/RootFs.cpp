// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RootFs.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <filesystem>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace prep::facts {

namespace fs = std::filesystem;

namespace {

// Closes the descriptor on every path out of read().
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

std::string withoutTrailingSlashes(std::string root)
{
    while (!root.empty() && root.back() == '/')
        root.pop_back();
    return root;
}

} // namespace

RootFs::RootFs(std::string root) : root_(withoutTrailingSlashes(std::move(root))) {}

std::string RootFs::hostPath(const std::string &path) const
{
    return root_ + path;
}

FileText RootFs::read(const std::string &path) const
{
    // Plain read(2): /proc and /sys files report size 0, and some fail only when read
    // (/sys/class/net/lo/speed gives EINVAL), which a stream would hide. Non-blocking, so that a
    // named pipe in the place of a file does not wait for a writer; only ordinary files are read
    // (not /dev/zero linked in the place of /proc/cpuinfo), and at most maxReadBytes of them.
    FileText result;
    const FileDescriptor fd(::open(hostPath(path).c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (fd.get() < 0) {
        result.error = errno;
        return result;
    }
    struct stat status = {};
    if (::fstat(fd.get(), &status) != 0) {
        result.error = errno;
        return result;
    }
    if (!S_ISREG(status.st_mode)) {
        result.error = notAnOrdinaryFile;
        return result;
    }
    std::array<char, 65536> buffer{};
    for (;;) {
        const ssize_t count = ::read(fd.get(), buffer.data(), buffer.size());
        if (count == 0)
            return result;
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0) {
            result.error = errno;
            result.text.clear();
            return result;
        }
        result.text.append(buffer.data(), static_cast<std::size_t>(count));
        if (result.text.size() > maxReadBytes) {
            result.error = tooLarge;
            result.text.clear();
            return result;
        }
    }
}

bool RootFs::exists(const std::string &path) const
{
    std::error_code error;
    return fs::exists(hostPath(path), error);
}

bool RootFs::isDirectory(const std::string &path) const
{
    std::error_code error;
    return fs::is_directory(hostPath(path), error);
}

std::vector<std::string> RootFs::list(const std::string &path) const
{
    std::vector<std::string> names;
    std::error_code error;
    for (fs::directory_iterator it(hostPath(path), error), end;
         !error && it != end && names.size() < maxListEntries; it.increment(error))
        names.push_back(it->path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::optional<std::string> RootFs::linkTarget(const std::string &path) const
{
    std::error_code error;
    const fs::path target = fs::read_symlink(hostPath(path), error);
    if (error)
        return std::nullopt;
    return target.string();
}

std::string describeError(const std::string &path, int error)
{
    if (error == notAnOrdinaryFile)
        return "cannot read " + path + " (it is not an ordinary file)";
    if (error == tooLarge)
        return "cannot read " + path + " (it is larger than " + std::to_string(maxReadBytes / (1024 * 1024)) +
               " MiB)";
    return "cannot read " + path + " (" + std::generic_category().message(error) + ")";
}

} // namespace prep::facts

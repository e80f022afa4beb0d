// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolumeList.h"

#include "Win32Text.h"

#include <windows.h>

namespace prep::facts::win {

namespace {

using Problems = std::vector<std::string>;

// "C:\", "D:\", … of every drive letter in use.
std::vector<std::wstring> driveRoots(Problems &problems)
{
    wchar_t buffer[26 * 4 + 1];
    const DWORD length = ::GetLogicalDriveStringsW(static_cast<DWORD>(sizeof buffer / sizeof buffer[0]), buffer);
    if (length == 0 || length > sizeof buffer / sizeof buffer[0]) {
        problems.push_back("Volumes: cannot list the drives: " + errorText(::GetLastError()));
        return {};
    }
    std::vector<std::wstring> roots;
    for (const wchar_t *root = buffer; *root; root += roots.back().size() + 1)
        roots.emplace_back(root);
    return roots;
}

// The drive that holds Windows itself, "C:\" as a rule.
std::wstring systemDrive()
{
    wchar_t folder[MAX_PATH];
    const UINT length = ::GetSystemWindowsDirectoryW(folder, MAX_PATH);
    return length >= 3 && length < MAX_PATH ? std::wstring(folder, 3) : std::wstring();
}

void describeVolume(const std::wstring &root, VolumeFacts &volume, Problems &problems)
{
    wchar_t name[MAX_PATH + 1];
    wchar_t fileSystem[MAX_PATH + 1];
    DWORD flags = 0;
    if (::GetVolumeInformationW(root.c_str(), nullptr, 0, nullptr, nullptr, &flags, fileSystem, MAX_PATH + 1)) {
        volume.fileSystem = toUtf8(fileSystem);
        volume.readOnly = (flags & FILE_READ_ONLY_VOLUME) != 0;
    } else {
        problems.push_back("Volumes: cannot read the file system of " + volume.mountPoint + ": " +
                           errorText(::GetLastError()));
    }
    // "\\?\Volume{…}\": the name that stays when the drive letter changes.
    if (::GetVolumeNameForVolumeMountPointW(root.c_str(), name, MAX_PATH + 1))
        volume.device = toUtf8(name);
    else
        problems.push_back("Volumes: cannot read the volume name of " + volume.mountPoint + ": " +
                           errorText(::GetLastError()));
}

} // namespace

std::vector<VolumeFacts> listVolumes(const DiskSpaceFunction &diskSpace, Problems &problems)
{
    const std::wstring windowsDrive = systemDrive();
    std::vector<VolumeFacts> volumes;
    for (const std::wstring &root : driveRoots(problems)) {
        if (::GetDriveTypeW(root.c_str()) != DRIVE_FIXED)
            continue;
        VolumeFacts volume;
        volume.mountPoint = toUtf8(root);
        volume.system = equalsIgnoringCase(root, windowsDrive);
        describeVolume(root, volume, problems);
        std::string error;
        if (const auto space = diskSpace(volume.mountPoint, error)) {
            volume.totalBytes = space->totalBytes;
            volume.freeBytes = space->freeBytes;
        } else {
            problems.push_back("Volumes: cannot measure " + volume.mountPoint + ": " + error);
        }
        volumes.push_back(std::move(volume));
    }
    return volumes;
}

std::optional<DiskSpace> diskFreeSpace(const std::string &path, std::string &error)
{
    ULARGE_INTEGER available{};
    ULARGE_INTEGER total{};
    if (!::GetDiskFreeSpaceExW(toWide(path).c_str(), &available, &total, nullptr)) {
        error = errorText(::GetLastError());
        return std::nullopt;
    }
    return DiskSpace{total.QuadPart, available.QuadPart};
}

} // namespace prep::facts::win

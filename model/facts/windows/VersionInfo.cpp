// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionInfo.h"

#include "Win32Text.h"

#include <windows.h>

#include <vector>

namespace prep::facts::win {

namespace {

struct Translation
{
    WORD language;
    WORD codePage;
};

// The string tables to look in: those the resource lists, then US English in Unicode and in
// Windows-1252, which files with a wrong or missing translation list still use.
std::vector<Translation> translationsOf(const void *resource)
{
    std::vector<Translation> translations;
    void *data = nullptr;
    UINT bytes = 0;
    if (::VerQueryValueW(resource, L"\\VarFileInfo\\Translation", &data, &bytes) && data) {
        const auto *listed = static_cast<const Translation *>(data);
        translations.assign(listed, listed + bytes / sizeof(Translation));
    }
    translations.push_back({0x0409, 0x04b0});
    translations.push_back({0x0409, 0x04e4});
    return translations;
}

// "040904b0": the name of a string table.
std::wstring tableName(Translation translation)
{
    const wchar_t *digits = L"0123456789abcdef";
    std::wstring name;
    for (const WORD word : {translation.language, translation.codePage})
        for (int shift = 12; shift >= 0; shift -= 4)
            name += digits[(word >> shift) & 0xf];
    return name;
}

std::string companyNameOf(const void *resource)
{
    for (const Translation &translation : translationsOf(resource)) {
        const std::wstring query = L"\\StringFileInfo\\" + tableName(translation) + L"\\CompanyName";
        void *data = nullptr;
        UINT length = 0;
        if (::VerQueryValueW(resource, query.c_str(), &data, &length) && data && length > 0)
            return toUtf8(static_cast<const wchar_t *>(data));
    }
    return {};
}

std::string fileVersionOf(const void *resource)
{
    void *data = nullptr;
    UINT bytes = 0;
    if (!::VerQueryValueW(resource, L"\\", &data, &bytes) || !data || bytes < sizeof(VS_FIXEDFILEINFO))
        return {};
    const auto *fixed = static_cast<const VS_FIXEDFILEINFO *>(data);
    return std::to_string(HIWORD(fixed->dwFileVersionMS)) + "." + std::to_string(LOWORD(fixed->dwFileVersionMS)) + "." +
           std::to_string(HIWORD(fixed->dwFileVersionLS)) + "." + std::to_string(LOWORD(fixed->dwFileVersionLS));
}

} // namespace

std::optional<VersionInfo> readVersionInfo(const std::wstring &path, std::string &error)
{
    DWORD handle = 0;
    const DWORD size = ::GetFileVersionInfoSizeW(path.c_str(), &handle);
    if (size == 0) {
        const DWORD code = ::GetLastError();
        error = code == ERROR_RESOURCE_DATA_NOT_FOUND || code == ERROR_RESOURCE_TYPE_NOT_FOUND
                    ? std::string("no version information in the file")
                    : errorText(code);
        return std::nullopt;
    }
    std::vector<char> resource(size);
    if (!::GetFileVersionInfoW(path.c_str(), 0, size, resource.data())) {
        error = errorText(::GetLastError());
        return std::nullopt;
    }
    return VersionInfo{companyNameOf(resource.data()), fileVersionOf(resource.data())};
}

bool isMicrosoft(const std::string &companyName)
{
    return companyName.compare(0, 9, "Microsoft") == 0;
}

} // namespace prep::facts::win

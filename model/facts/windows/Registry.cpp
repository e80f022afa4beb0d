// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Registry.h"

#include "SystemFunction.h"

#include <algorithm>

namespace prep::facts::win {

RegistryKey::RegistryKey(HKEY parent, const std::wstring &path, REGSAM view) : view_(view)
{
    if (!parent) {
        error_ = ERROR_INVALID_HANDLE;
        return;
    }
    HKEY key = nullptr;
    error_ = ::RegOpenKeyExW(parent, path.c_str(), 0, KEY_READ | view, &key);
    if (error_ == ERROR_SUCCESS)
        key_ = key;
}

RegistryKey::~RegistryKey()
{
    if (key_)
        ::RegCloseKey(key_);
}

RegistryKey::RegistryKey(RegistryKey &&other) noexcept : key_(other.key_), view_(other.view_), error_(other.error_)
{
    other.key_ = nullptr;
}

std::vector<std::wstring> RegistryKey::subkeys() const
{
    std::vector<std::wstring> names;
    if (!key_)
        return names;
    for (DWORD index = 0;; ++index) {
        wchar_t name[256]; // the longest key name the registry allows is 255 characters
        DWORD length = 256;
        if (::RegEnumKeyExW(key_, index, name, &length, nullptr, nullptr, nullptr, nullptr) != ERROR_SUCCESS)
            break;
        names.emplace_back(name, length);
    }
    return names;
}

std::optional<std::wstring> RegistryKey::raw(const wchar_t *name, DWORD wantedType) const
{
    if (!key_)
        return std::nullopt;
    DWORD type = 0;
    DWORD bytes = 0;
    if (::RegQueryValueExW(key_, name, nullptr, &type, nullptr, &bytes) != ERROR_SUCCESS)
        return std::nullopt;
    const bool isText = type == REG_SZ || type == REG_EXPAND_SZ;
    if (type != wantedType && !(wantedType == REG_SZ && isText))
        return std::nullopt;
    // One more character than stored: a string value need not end in a null.
    std::wstring value(bytes / sizeof(wchar_t) + 1, L'\0');
    bytes = static_cast<DWORD>(value.size() * sizeof(wchar_t));
    if (::RegQueryValueExW(key_, name, nullptr, &type, reinterpret_cast<BYTE *>(value.data()), &bytes) != ERROR_SUCCESS)
        return std::nullopt;
    value.resize(bytes / sizeof(wchar_t));
    return value;
}

std::optional<std::wstring> RegistryKey::text(const wchar_t *name) const
{
    auto value = raw(name, REG_SZ);
    if (value)
        value->erase(std::min(value->find(L'\0'), value->size()));
    return value;
}

std::optional<std::vector<std::wstring>> RegistryKey::texts(const wchar_t *name) const
{
    const auto value = raw(name, REG_MULTI_SZ);
    if (!value)
        return std::nullopt;
    std::vector<std::wstring> strings;
    std::size_t start = 0;
    while (start < value->size()) {
        const std::size_t end = std::min(value->find(L'\0', start), value->size());
        if (end == start)
            break; // the empty string that ends the list
        strings.push_back(value->substr(start, end - start));
        start = end + 1;
    }
    return strings;
}

std::optional<unsigned long> RegistryKey::number(const wchar_t *name) const
{
    if (!key_)
        return std::nullopt;
    DWORD type = 0;
    DWORD value = 0;
    DWORD bytes = sizeof value;
    if (::RegQueryValueExW(key_, name, nullptr, &type, reinterpret_cast<BYTE *>(&value), &bytes) != ERROR_SUCCESS ||
        type != REG_DWORD)
        return std::nullopt;
    return value;
}

namespace {

bool runsOn64BitWindows()
{
    if (sizeof(void *) == 8)
        return true;
    // IsWow64Process came with Windows XP SP2; a Windows without it has no WOW64 either.
    auto *isWow64Process = systemFunction<decltype(::IsWow64Process)>(L"kernel32.dll", "IsWow64Process");
    BOOL wow64 = FALSE;
    return isWow64Process && isWow64Process(::GetCurrentProcess(), &wow64) && wow64;
}

} // namespace

std::vector<REGSAM> softwareViews()
{
    if (runsOn64BitWindows())
        return {KEY_WOW64_64KEY, KEY_WOW64_32KEY};
    return {0};
}

REGSAM nativeView()
{
    // Windows 2000 does not know the flag, and 32-bit Windows has only the one view anyway.
    return runsOn64BitWindows() ? KEY_WOW64_64KEY : 0;
}

} // namespace prep::facts::win

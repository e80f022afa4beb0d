// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Win32Text.h"

#include <windows.h>

#include <algorithm>
#include <climits>
#include <cwctype>

namespace prep::facts::win {

std::string toUtf8(const wchar_t *text, std::size_t length)
{
    if (length == 0 || length > INT_MAX)
        return {};
    const int wideLength = static_cast<int>(length);
    const int size = ::WideCharToMultiByte(CP_UTF8, 0, text, wideLength, nullptr, 0, nullptr, nullptr);
    if (size <= 0)
        return {};
    std::string result(static_cast<std::size_t>(size), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, text, wideLength, result.data(), size, nullptr, nullptr);
    return result;
}

std::string toUtf8(const std::wstring &text)
{
    return toUtf8(text.data(), text.size());
}

std::string toUtf8(const wchar_t *text)
{
    return text ? toUtf8(text, std::char_traits<wchar_t>::length(text)) : std::string();
}

std::wstring toWide(const std::string &text)
{
    if (text.empty() || text.size() > INT_MAX)
        return {};
    const int narrowLength = static_cast<int>(text.size());
    const int size = ::MultiByteToWideChar(CP_UTF8, 0, text.data(), narrowLength, nullptr, 0);
    if (size <= 0)
        return {};
    std::wstring result(static_cast<std::size_t>(size), L'\0');
    ::MultiByteToWideChar(CP_UTF8, 0, text.data(), narrowLength, result.data(), size);
    return result;
}

namespace {

// The message in one language; empty when Windows has none in it.
std::wstring systemMessage(unsigned long code, WORD language)
{
    wchar_t buffer[512];
    const DWORD length = ::FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, code,
                                          MAKELANGID(language, SUBLANG_DEFAULT), buffer,
                                          static_cast<DWORD>(sizeof buffer / sizeof buffer[0]), nullptr);
    std::wstring message(buffer, length);
    // Messages end in ".\r\n"; the problem sentence goes on after them.
    while (!message.empty() && (std::iswspace(message.back()) || message.back() == L'.'))
        message.pop_back();
    return message;
}

} // namespace

std::string errorText(unsigned long code)
{
    // The other problems are in English: so is the reason, unless this Windows has no English
    // messages (a Spanish Windows 2000, say), where its own language is better than none.
    std::wstring message = systemMessage(code, LANG_ENGLISH);
    if (message.empty())
        message = systemMessage(code, LANG_NEUTRAL);
    const std::string number = "error " + std::to_string(code);
    return message.empty() ? number : toUtf8(message) + " (" + number + ")";
}

bool equalsIgnoringCase(const std::wstring &a, const std::wstring &b)
{
    const auto lower = [](wchar_t c) { return c >= L'A' && c <= L'Z' ? static_cast<wchar_t>(c - L'A' + L'a') : c; };
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [&](wchar_t x, wchar_t y) { return lower(x) == lower(y); });
}

} // namespace prep::facts::win

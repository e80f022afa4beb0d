// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/helpers/SystemToolLauncher.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#include <shellapi.h>
#else
#include <QProcess>
#endif

namespace prep {

namespace {

QString windowsSystemFolder()
{
#ifdef Q_OS_WIN
    wchar_t folder[MAX_PATH + 1] = {};
    const UINT length = GetSystemDirectoryW(folder, MAX_PATH + 1);
    if (length == 0 || length > MAX_PATH)
        return QString();
    return QDir::fromNativeSeparators(QString::fromWCharArray(folder, int(length)));
#else
    return QString();
#endif
}

} // namespace

SystemToolLauncher::SystemToolLauncher() : m_folder(windowsSystemFolder()) {}

SystemToolLauncher::SystemToolLauncher(QString systemFolder) : m_folder(std::move(systemFolder)) {}

QString SystemToolLauncher::program(SystemTool tool) const
{
    if (m_folder.isEmpty())
        return QString();
    const QDir folder(m_folder);
    for (const QString &file : systemToolFiles(tool)) {
        const QFileInfo info(folder.filePath(file));
        if (info.isFile())
            return info.absoluteFilePath();
    }
    return QString();
}

bool SystemToolLauncher::start(SystemTool tool, QString *error) const
{
    const QString file = program(tool);
    if (file.isEmpty()) {
        *error = tr("This computer does not have that tool.");
        return false;
    }
#ifdef Q_OS_WIN
    // The shell opens a console file (.msc) with the Microsoft Management Console, as Start → Run does.
    const std::wstring path = QDir::toNativeSeparators(file).toStdWString();
    const std::wstring folder = QDir::toNativeSeparators(m_folder).toStdWString();
    SHELLEXECUTEINFOW run = {};
    run.cbSize = sizeof run;
    run.fMask = SEE_MASK_FLAG_NO_UI | SEE_MASK_NOASYNC;
    run.lpVerb = L"open";
    run.lpFile = path.c_str();
    run.lpDirectory = folder.c_str(); // started in the system folder
    run.nShow = SW_SHOWNORMAL;
    if (!ShellExecuteExW(&run)) {
        const DWORD code = GetLastError();
        wchar_t *message = nullptr;
        FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                       nullptr, code, 0, reinterpret_cast<wchar_t *>(&message), 0, nullptr);
        const QString reason = message ? QString::fromWCharArray(message).trimmed() : QString::number(code);
        LocalFree(message);
        *error = tr("Windows could not start %1: %2").arg(QDir::toNativeSeparators(file), reason);
        return false;
    }
    return true;
#else
    if (!QProcess::startDetached(file, {}, m_folder)) { // in that folder, as on Windows
        *error = tr("Could not start %1.").arg(file);
        return false;
    }
    return true;
#endif
}

} // namespace prep

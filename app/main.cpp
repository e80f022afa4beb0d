// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// prepwizard: the wizard, or with --check / --list-* a headless run for scripts.

#include "CatalogListing.h"
#include "CommandLine.h"
#include "CompareCommand.h"
#include "HeadlessCheck.h"
#include "LanguageSwitcher.h"
#include "PrepWizard.h"
#include "WizardController.h"
#include "checklist/Logging.h"
#include "probes/runner/WorkerPool.h"
#include "report/ReportFingerprint.h"
#include "report/SafeText.h"
#include "report/WholeFile.h"

#include <QApplication>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <memory>
#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif
#include <vector>

using namespace prep;

namespace {
// One line of reason on standard error. On Windows through WholeFile, so that a console window is
// given it as UTF-16 and its Spanish accents show whatever the console's code page.
void sayReason(const QString &reason)
{
    const QByteArray line = "prepwizard: " + reason.toUtf8() + '\n';
#ifdef Q_OS_WIN
    constexpr int standardError = 2;
    QString unused;
    if (WholeFile::writeAll(standardError, line, &unused))
        return;
#endif
    std::fputs(line.constData(), stderr);
}

// Standard output, checked: a full (/dev/full) or closed one is said, with exit status 3.
int writeOut(const QByteArray &bytes)
{
    QString reason;
    if (WholeFile::writeAll(WholeFile::standardOutput, bytes, &reason))
        return 0;
    sayReason(SafeText::oneLine(
        QCoreApplication::translate("HeadlessCheck", "cannot write the report to standard output: %1").arg(reason)));
    return 3;
}

// A standard descriptor closed by the caller (`prepwizard --check >&-`) would be taken by the next
// file opened, and the report written into that file. /dev/null, read-only, takes its place: a
// write to it fails as a closed one does.
void holdClosedStandardDescriptors()
{
#ifndef Q_OS_WIN
    for (int descriptor = 0; descriptor <= 2; ++descriptor) {
        if (::fcntl(descriptor, F_GETFD) < 0 && errno == EBADF) {
            const int held = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
            if (held >= 0 && held != descriptor) {
                ::dup2(held, descriptor);
                ::close(held);
            }
        }
    }
#endif // Windows gives a process without standard handles no descriptors to take over
}

// Qt's own "-platform NAME" (or "-platform=NAME") is for the window system; the headless run has
// none and must not abort on a name that does not load.
QStringList withoutPlatformOption(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("-platform")) {
            ++i;
            continue;
        }
        if (!arguments.at(i).startsWith(QLatin1String("-platform=")))
            kept.append(arguments.at(i));
    }
    return kept;
}

// Scripts read stderr as one line of reason. Qt's notice that XDG_RUNTIME_DIR is unset (usual
// under cron, ssh or a service manager) is not a reason and would be read as one.
void quietHeadlessNotices(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, message)));
}

void configure(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("PrepWizard"));
    app.setApplicationName(QStringLiteral("prepwizard"));
    app.setApplicationVersion(QStringLiteral(PREP_VERSION));
}

int runHeadless(const CommandLine &line, LanguageSwitcher *languages)
{
    switch (line.action) {
    case CommandLine::Action::Check: {
        HeadlessCheck check(line, languages);
        const int status = check.run();
        if (status == 3) {
            sayReason(SafeText::oneLine(check.error()));
        } else {
            for (const QString &warning : check.warnings())
                sayReason(SafeText::oneLine(warning));
        }
        return status;
    }
    case CommandLine::Action::Compare: {
        CompareCommand compare(line);
        const int status = compare.run();
        if (status == 3)
            std::fprintf(stderr, "prepwizard: %s\n", qUtf8Printable(SafeText::oneLine(compare.error())));
        return status;
    }
    case CommandLine::Action::Verify: {
        QString message;
        const auto result = ReportFingerprint::verifyFile(line.verifyFile, &message);
        if (result == ReportFingerprint::Result::Unreadable) {
            std::fprintf(stderr, "prepwizard: %s\n", qUtf8Printable(SafeText::oneLine(message)));
            return 3;
        }
        const int written = writeOut((SafeText::oneLine(message) + u'\n').toUtf8());
        return written != 0 ? written : int(result);
    }
    case CommandLine::Action::Version:
        return writeOut(QStringLiteral("prepwizard %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
    case CommandLine::Action::Help:
        return writeOut(CommandLine::helpText().toUtf8());
    case CommandLine::Action::ListPaths:
        return writeOut(CatalogListing::paths(line.format));
    case CommandLine::Action::ListTasks:
        return writeOut(CatalogListing::tasks(line.pathId, line.format));
    default:
        break;
    }
    return 3;
}

// Before main() returns, after every window, check and controller is gone: the workers of
// checks that outlived their cancel (blocked in a system call) are joined, two seconds at most.
struct StragglingWorkersJoined
{
    StragglingWorkersJoined() = default;
    StragglingWorkersJoined(const StragglingWorkersJoined &) = delete;
    StragglingWorkersJoined &operator=(const StragglingWorkersJoined &) = delete;
    ~StragglingWorkersJoined() { WorkerPool::joinStraggling(2000); }
};
} // namespace

int main(int argc, char **argv)
{
    holdClosedStandardDescriptors();
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        // A name that is not UTF-8 (Latin-1 "caf\xe9.json") cannot be kept through Qt's file names:
        // it would be opened or written under another name. Refused, with its bytes shown.
        const QByteArray bytes(argv[i]);
        const QString argument = QFile::decodeName(bytes);
        if (QFile::encodeName(argument) != bytes) {
            QString shown;
            for (const char c : bytes)
                shown += c > 0x20 && c < 0x7f ? QString(QLatin1Char(c))
                                              : QStringLiteral("\\x%1").arg(uint(uchar(c)), 2, 16, QLatin1Char('0'));
            sayReason(QCoreApplication::translate("CommandLine",
                                                  "%1 is not text in this system's encoding "
                                                  "(UTF-8); rename the file or use another name")
                          .arg(shown));
            return 3;
        }
        arguments.append(argument);
    }

    if (CommandLine::isHeadless(arguments)) {
        // Scripts run with no display at all (cron, ssh with a stale DISPLAY or QT_QPA_PLATFORM):
        // never ask for one, whatever the environment or -platform names. On Windows, Qt's
        // offscreen platform has no fonts (a PDF report would have no text); minimal uses Windows'.
#ifdef Q_OS_WIN
        qputenv("QT_QPA_PLATFORM", "minimal:enable_fonts");
#else
        qputenv("QT_QPA_PLATFORM", "offscreen;minimal");
#endif
        arguments = withoutPlatformOption(arguments);
        QList<QByteArray> keptBytes;
        keptBytes.append(QByteArray(argv[0]));
        for (const QString &argument : arguments)
            keptBytes.append(QFile::encodeName(argument));
        std::vector<char *> keptArgv;
        for (QByteArray &bytes : keptBytes)
            keptArgv.push_back(bytes.data());
        keptArgv.push_back(nullptr);
        int keptArgc = int(keptBytes.size());
        // A reader that goes away (`| head`) is a write error (EPIPE), not a silent death.
#ifdef SIGPIPE
        std::signal(SIGPIPE, SIG_IGN);
#endif
        qInstallMessageHandler(quietHeadlessNotices);
        QGuiApplication app(keptArgc, keptArgv.data());
        const StragglingWorkersJoined joined;
        configure(app);
        LanguageSwitcher languages;
        CommandLine line = CommandLine::parse(arguments);
        languages.setLanguage(LanguageSwitcher::isAvailable(line.language) ? line.language
                                                                          : LanguageSwitcher::systemLanguage());
        line = CommandLine::parse(arguments); // again, so that a message speaks the chosen language
        if (!line.error.isEmpty()) {
            sayReason(SafeText::oneLine(line.error));
            return 3;
        }
        if (line.verbose)
            enableVerboseLogging();
        return runHeadless(line, &languages);
    }

    // Checked before the window system is reached: a mistyped option is reported even without a display.
    const CommandLine line = CommandLine::parse(arguments);
    if (!line.error.isEmpty()) {
        sayReason(SafeText::oneLine(line.error));
        return 3;
    }
    QApplication app(argc, argv);
    const StragglingWorkersJoined joined;
    configure(app);
    if (line.verbose)
        enableVerboseLogging();
    LanguageSwitcher languages;
    // The wizard checks this computer (or the snapshot given), with the servers the command line names.
    WizardController controller({line.sessionFile, line.language, line.pathId, line.probes, line.factsFile,
                                 line.maxAgeDays, {}, line.figures},
                                &languages);
    // --destination-facts: the Destination's snapshot, as if opened on the path page.
    if (QString reason; !line.destinationFactsFile.isEmpty() && !controller.openDestination(line.destinationFactsFile, &reason)) {
        std::fprintf(stderr, "prepwizard: %s\n", qUtf8Printable(SafeText::oneLine(reason)));
        return 3;
    }
    controller.wizard()->show();
    return app.exec();
}

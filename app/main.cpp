// SPDX-License-Identifier: GPL-3.0-or-later
// prepwizard: the wizard, or with --check / --list-* a headless run for scripts.

#include "CatalogListing.h"
#include "CommandLine.h"
#include "HeadlessCheck.h"
#include "LanguageSwitcher.h"
#include "PrepWizard.h"
#include "WizardController.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace prep;

namespace {
void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
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
        if (status == 3)
            std::fprintf(stderr, "prepwizard: %s\n", qUtf8Printable(check.error()));
        return status;
    }
    case CommandLine::Action::Version:
        writeOut(QStringLiteral("prepwizard %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return 0;
    case CommandLine::Action::Help:
        writeOut(CommandLine::helpText().toUtf8());
        return 0;
    case CommandLine::Action::ListPaths:
        writeOut(CatalogListing::paths(line.format));
        return 0;
    case CommandLine::Action::ListTasks:
        writeOut(CatalogListing::tasks(line.pathId, line.format));
        return 0;
    default:
        break;
    }
    return 3;
}
} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (CommandLine::isHeadless(arguments)) {
        // Scripts run with no display at all: never ask for one. On Windows, Qt's offscreen
        // platform has no fonts (a PDF report would have no text); the minimal one uses Windows'.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
#ifdef Q_OS_WIN
            qputenv("QT_QPA_PLATFORM", "minimal:enable_fonts");
#else
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        }
        qInstallMessageHandler(quietHeadlessNotices);
        QGuiApplication app(argc, argv);
        configure(app);
        LanguageSwitcher languages;
        CommandLine line = CommandLine::parse(arguments);
        languages.setLanguage(LanguageSwitcher::isAvailable(line.language) ? line.language
                                                                          : LanguageSwitcher::systemLanguage());
        line = CommandLine::parse(arguments); // again, so that a message speaks the chosen language
        if (!line.error.isEmpty()) {
            std::fprintf(stderr, "prepwizard: %s\n", qUtf8Printable(line.error));
            return 3;
        }
        return runHeadless(line, &languages);
    }

    // Checked before the window system is reached: a mistyped option is reported even without a display.
    const CommandLine line = CommandLine::parse(arguments);
    if (!line.error.isEmpty()) {
        std::fprintf(stderr, "prepwizard: %s\n", qUtf8Printable(line.error));
        return 3;
    }
    QApplication app(argc, argv);
    configure(app);
    LanguageSwitcher languages;
    // The wizard checks this computer (or the snapshot given), with the servers the command line names.
    WizardController controller({line.sessionFile, line.language, line.pathId, line.probes, line.factsFile},
                                &languages);
    controller.wizard()->show();
    return app.exec();
}

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The path follows the machine: the Windows version, Small Business Server suite, product name and
// Exchange version of a snapshot preselect the path that starts from that server, and a chosen
// path that does not is said plainly on the path page, with the paths that do. The real wizard
// with the real snapshot reader (the checks themselves off).

#include "Facts.h"
#include "LanguageSwitcher.h"
#include "PageIds.h"
#include "PathPage.h"
#include "PrepWizard.h"
#include "WizardController.h"
#include "catalog/Catalog.h"
#include "checklist/ChecklistModel.h"
#include "probes/helpers/PathMatch.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prep;

namespace {
facts::Facts windows(const std::string &name, const std::string &kernel, bool sbs, const std::string &exchange)
{
    facts::Facts facts;
    facts.hostName = "SRV";
    facts.platform = "windows";
    facts.os.name = name;
    facts.os.kernel = kernel;
    facts.os.version = kernel;
    facts.os.smallBusinessServer = sbs;
    if (!exchange.empty()) {
        facts.exchange.installed = true;
        facts.exchange.version = exchange;
    }
    return facts;
}
} // namespace

class TestPathMatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;

    QString sessionFile() const { return m_dir.filePath(QStringLiteral("session.json")); }

    // The SBS 2003 fixture with its "os" and "exchange" as given.
    QString snapshot(const QJsonObject &os, const QJsonObject &exchange) const
    {
        QFile fixture(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"));
        if (!fixture.open(QIODevice::ReadOnly))
            return {};
        QJsonObject json = QJsonDocument::fromJson(fixture.readAll()).object();
        QJsonObject osJson = json.value(QStringLiteral("os")).toObject();
        for (auto it = os.begin(); it != os.end(); ++it)
            osJson.insert(it.key(), it.value());
        json.insert(QStringLiteral("os"), osJson);
        QJsonObject exchangeJson = json.value(QStringLiteral("exchange")).toObject();
        for (auto it = exchange.begin(); it != exchange.end(); ++it)
            exchangeJson.insert(it.key(), it.value());
        json.insert(QStringLiteral("exchange"), exchangeJson);
        const QString file = m_dir.filePath(QStringLiteral("snapshot.json"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(QJsonDocument(json).toJson()) < 0)
            return {};
        return file;
    }

    std::unique_ptr<WizardController> start(const QString &factsFile, const QString &pathId = {}) const
    {
        auto controller = std::make_unique<WizardController>(
            WizardController::Options{sessionFile(), QStringLiteral("en"), pathId, ProbeSettings::disabled(), factsFile},
            const_cast<LanguageSwitcher *>(&m_languages));
        controller->wizard()->show();
        return controller;
    }

    static QLabel *matchLabel(PrepWizard *wizard)
    {
        return wizard->pathPage()->findChild<QLabel *>(QStringLiteral("pathMatch"));
    }

    static void toPathPage(PrepWizard *wizard)
    {
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(PathPageId));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrepWizardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pathmatch"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void init() { QFile::remove(sessionFile()); }

    void everyPathSaysWhichServerItStartsFrom()
    {
        for (const UpgradePath &path : Catalog::instance().paths())
            QVERIFY2(!path.server.windows.empty(), path.id);
    }

    void theServerChoosesItsPaths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<bool>("sbs");
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<QStringList>("paths");
        const auto row = [](const char *tag, const char *name, const char *kernel, bool sbs, const char *exchange,
                            std::initializer_list<const char *> paths) {
            QStringList ids;
            for (const char *id : paths)
                ids.append(QString::fromLatin1(id));
            QTest::newRow(tag) << QString::fromLatin1(name) << QString::fromLatin1(kernel) << sbs
                               << QString::fromLatin1(exchange) << ids;
        };
        const char *const win2000 = "Microsoft Windows 2000 Server";
        row("SBS 2000", win2000, "5.0.2195", true, "6.0.6249.0", {"sbs2000-to-sbs2003"});
        // Exchange first (staged), or Windows first (not supported): both start from that server.
        row("Exchange 2000 on Windows 2000", win2000, "5.0.2195", false, "6.0.6249.0",
            {"exchange2000-to-exchange2003", "w2k-exchange2000-to-ws2003"});
        // The last stage of the Exchange 2000 path.
        row("Exchange 2003 already on Windows 2000", win2000, "5.0.2195", false, "6.5.7638.1", {"w2k-exchange2003-to-ws2003"});
        row("Exchange 2003 on an SBS 2000", win2000, "5.0.2195", true, "6.5.7638.1", {"sbs2000-to-sbs2003"});
        row("Windows 2000 without Exchange", win2000, "5.0.2195", false, "", {});
        row("SBS 2003 SP2", "Windows Small Business Server 2003", "5.2.3790", true, "6.5.7638.1",
            {"sbs2003-upgrade", "sbs2003-to-essentials"});
        row("Windows Server 2003", "Windows Server 2003", "5.2.3790", false, "", {"ws2003-to-essentials"});
        row("SBS 2008", "Windows Small Business Server 2008", "6.0.6002", true, "8.1.240.6", {"sbs2008-to-essentials"});
        row("SBS 2011 Standard", "Windows Small Business Server 2011 Standard", "6.1.7601", true, "14.1.218.15",
            {"sbs2011-to-essentials"});
        // Windows reports no Essentials or Foundation edition: such a server preselects nothing.
        row("SBS 2011 Essentials", "Windows Server 2008 R2", "6.1.7601", true, "", {});
        row("Windows Server 2008 R2 Foundation", "Windows Server 2008 R2", "6.1.7601", false, "", {});
        row("Windows Server 2012 R2", "Windows Server 2012 R2", "6.3.9600", false, "", {});
        // Windows Server 2012 and Windows Server 2012 Essentials both report 6.2.
        row("Windows Server 2012", "Windows Server 2012 Standard", "6.2.9200", false, "", {});
        // Nor which BackOffice or Small Business Server 4.x an NT 4.0 server runs.
        row("NT 4.0 with BackOffice", "Windows NT Server 4.0", "4.0.1381", false, "", {});
        row("SBS 4.5", "Windows NT Server 4.0", "4.0.1381", true, "", {});
        row("Windows 10", "Windows 10 Pro", "10.0.19045", false, "", {});
        row("no version", "Windows", "", false, "", {});
    }

    void theServerChoosesItsPaths()
    {
        QFETCH(QString, name);
        QFETCH(QString, kernel);
        QFETCH(bool, sbs);
        QFETCH(QString, exchange);
        QFETCH(QStringList, paths);
        const facts::Facts facts = windows(name.toStdString(), kernel.toStdString(), sbs, exchange.toStdString());
        QCOMPARE(PathMatch::pathsFor(facts), paths);
    }

    // Never "this path starts from that server" on an edition the facts cannot show; but a server
    // of another Windows version is still said not to be the path's.
    void anEditionWindowsDoesNotReportIsNeverSaidToMatch()
    {
        const UpgradePath *foundation = Catalog::instance().path(QStringLiteral("ws2008foundation-to-essentials"));
        QCOMPARE(PathMatch::of(*foundation, windows("Windows Server 2008 R2", "6.1.7601", false, "")),
                 PathMatch::Result::Unknown);
        QVERIFY(PathMatch::snapshotSentence(*foundation, windows("Windows Server 2008 R2", "6.1.7601", false, "")).isEmpty());
        QCOMPARE(PathMatch::of(*foundation, windows("Windows Server 2003", "5.2.3790", false, "")),
                 PathMatch::Result::DoesNotMatch);
    }

    // The path page starts on the matching path only when the server's product is certain: both of
    // an SBS 2003 server's paths start from it; an NT 4.0 server may run any of five products.
    void thePathShownFirstIsTheServersOnlyWhenCertain()
    {
        QCOMPARE(PathMatch::suggestedPath(windows("Windows Small Business Server 2003", "5.2.3790", true, "6.5.7638.1")),
                 QStringLiteral("sbs2003-upgrade"));
        QVERIFY(PathMatch::suggestedPath(windows("Windows NT Server 4.0", "4.0.1381", true, "")).isEmpty());
        QVERIFY(PathMatch::suggestedPath(windows("Windows Server 2012", "6.2.9200", false, "")).isEmpty());
    }

    // The paths the documents add for NT 4.0 servers and Windows Server 2012: never said to match
    // (Windows does not report which BackOffice or Small Business Server 4.x, nor Essentials), but
    // said not to match another server.
    void theNewPathsMatchOnlyWhatTheFactsShow_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<bool>("sbs");
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<int>("result");
        const auto row = [](const char *tag, const char *path, const char *kernel, bool sbs, const char *exchange,
                            PathMatch::Result result) {
            QTest::newRow(tag) << QString::fromLatin1(path) << QString::fromLatin1(kernel) << sbs
                               << QString::fromLatin1(exchange) << int(result);
        };
        using R = PathMatch::Result;
        row("BO 4.0 uninstalled, on NT 4.0", "bo40-uninstall-to-ws2003", "4.0.1381", false, "", R::Unknown);
        row("BO 4.0 uninstalled, on NT 4.0 SBS", "bo40-uninstall-to-ws2003", "4.0.1381", true, "", R::DoesNotMatch);
        row("Windows Server 2012, on 6.2", "ws2012-to-essentials", "6.2.9200", false, "", R::Unknown);
        row("Windows Server 2012, on 6.3", "ws2012-to-essentials", "6.3.9600", false, "", R::DoesNotMatch);
        row("Windows first, on Exchange 2000", "w2k-exchange2000-to-ws2003", "5.0.2195", false, "6.0.6249.0", R::Matches);
        row("Windows first, on Exchange 2003", "w2k-exchange2000-to-ws2003", "5.0.2195", false, "6.5.7638.1", R::DoesNotMatch);
        row("Windows first, without Exchange", "w2k-exchange2000-to-ws2003", "5.0.2195", false, "", R::DoesNotMatch);
        row("last stage, on Exchange 2003", "w2k-exchange2003-to-ws2003", "5.0.2195", false, "6.5.7638.1", R::Matches);
        row("last stage, on Windows Server 2003", "w2k-exchange2003-to-ws2003", "5.2.3790", false, "6.5.7638.1", R::DoesNotMatch);
    }

    void theNewPathsMatchOnlyWhatTheFactsShow()
    {
        QFETCH(QString, path);
        QFETCH(QString, kernel);
        QFETCH(bool, sbs);
        QFETCH(QString, exchange);
        QFETCH(int, result);
        const UpgradePath *entry = Catalog::instance().path(path);
        QVERIFY(entry);
        QCOMPARE(int(PathMatch::of(*entry, windows("Microsoft Windows", kernel.toStdString(), sbs, exchange.toStdString()))),
                 result);
    }

    // An Exchange 2000 server starts the path page on the documents' way: Exchange first.
    void anExchange2000ServerStartsOnExchangeFirst()
    {
        QCOMPARE(PathMatch::suggestedPath(windows("Microsoft Windows 2000 Server", "5.0.2195", false, "6.0.6249.0")),
                 QStringLiteral("exchange2000-to-exchange2003"));
    }

    void factsOfAnotherSystemTellNothing()
    {
        facts::Facts linux;
        linux.platform = "linux";
        linux.os.name = "Debian GNU/Linux";
        linux.os.kernel = "5.0.0";
        QVERIFY(PathMatch::pathsFor(linux).isEmpty());
        const UpgradePath *path = Catalog::instance().path(QStringLiteral("sbs2000-to-sbs2003"));
        QCOMPARE(PathMatch::of(*path, linux), PathMatch::Result::Unknown);
        QVERIFY(PathMatch::snapshotSentence(*path, linux).isEmpty());
        // Nor a Linux system's facts labelled Windows (its kernel "5.0" is not Windows 2000's).
        linux.platform = "windows";
        QCOMPARE(PathMatch::of(*path, linux), PathMatch::Result::Unknown);
    }

    void theSnapshotPreselectsItsPath()
    {
        const QString file = snapshot({}, {});
        auto controller = start(file);
        // Nothing is chosen (nor checked, nor saved) before the operator reaches the path page.
        QVERIFY(controller->model()->pathId().isEmpty());
        PrepWizard *wizard = controller->wizard();
        toPathPage(wizard);
        QCOMPARE(controller->model()->pathId(), QStringLiteral("sbs2003-upgrade"));
        auto *source = wizard->pathPage()->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        QCOMPARE(source->currentText(), QStringLiteral("Windows Small Business Server 2003"));
        QLabel *match = matchLabel(wizard);
        QVERIFY(match->isVisible());
        QVERIFY2(match->text().contains(QStringLiteral("this path starts from that server")), qPrintable(match->text()));
        QVERIFY(match->text().contains(QStringLiteral("SRV-SBS")));
    }

    void aPathThatDoesNotStartFromTheServerIsSaid_data()
    {
        QTest::addColumn<QString>("pathId");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<bool>("sbs");
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("offered");
        QTest::newRow("an SBS 2003 SP2 snapshot on the SBS 2000 path")
            << QStringLiteral("sbs2000-to-sbs2003") << QStringLiteral("5.2.3790") << true << QStringLiteral("6.5.7638.1")
            << QStringLiteral("Windows Small Business Server 2003 5.2.3790 Service Pack 2, with Exchange 6.5.7638.1")
            << QStringLiteral("Windows Small Business Server 2003 to Windows Server Essentials");
        QTest::newRow("Exchange 2003 already there on the Exchange 2000 path")
            << QStringLiteral("exchange2000-to-exchange2003") << QStringLiteral("5.0.2195") << false
            << QStringLiteral("6.5.7638.1") << QStringLiteral("with Exchange 6.5.7638.1")
            << QStringLiteral("Exchange Server 2003 on Windows 2000 Server to Exchange Server 2003 on Windows Server 2003");
        QTest::newRow("Exchange 2000 still there on its last stage")
            << QStringLiteral("w2k-exchange2003-to-ws2003") << QStringLiteral("5.0.2195") << false
            << QStringLiteral("6.0.6249.0") << QStringLiteral("with Exchange 6.0.6249.0")
            << QStringLiteral("Exchange 2000 Server on Windows 2000 Server to Exchange Server 2003 on Windows Server 2003");
        QTest::newRow("SBS 2003 on the Windows Server 2012 path")
            << QStringLiteral("ws2012-to-essentials") << QStringLiteral("5.2.3790") << true << QStringLiteral("6.5.7638.1")
            << QStringLiteral("Windows Small Business Server 2003 5.2.3790")
            << QStringLiteral("Windows Small Business Server 2003 to Windows Server Essentials");
    }

    void aPathThatDoesNotStartFromTheServerIsSaid()
    {
        QFETCH(QString, pathId);
        QFETCH(QString, kernel);
        QFETCH(bool, sbs);
        QFETCH(QString, exchange);
        QFETCH(QString, shown);
        QFETCH(QString, offered);
        const QString file = snapshot({{QStringLiteral("kernel"), kernel}, {QStringLiteral("smallBusinessServer"), sbs}},
                                      {{QStringLiteral("version"), exchange}});
        QVERIFY(!file.isEmpty());
        auto controller = start(file, pathId);
        QCOMPARE(controller->model()->pathId(), pathId); // the operator's choice stays
        PrepWizard *wizard = controller->wizard();
        toPathPage(wizard);
        const QString text = matchLabel(wizard)->text();
        QVERIFY(matchLabel(wizard)->isVisible());
        QVERIFY2(text.contains(QStringLiteral("Check the path:")), qPrintable(text));
        const UpgradePath *path = Catalog::instance().path(pathId);
        QVERIFY2(text.contains(QStringLiteral("but this path starts from ") + path->sourceText().toHtmlEscaped()),
                 qPrintable(text));
        QVERIFY2(text.contains(shown.toHtmlEscaped()), qPrintable(text));
        QVERIFY2(text.contains(offered.toHtmlEscaped()), qPrintable(text));
    }

    void choosingThePathOfTheServerClearsTheCaution()
    {
        auto controller = start(snapshot({}, {}), QStringLiteral("sbs2000-to-sbs2003"));
        PrepWizard *wizard = controller->wizard();
        toPathPage(wizard);
        QVERIFY(matchLabel(wizard)->text().contains(QStringLiteral("Check the path:")));
        auto *source = wizard->pathPage()->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        const int index = source->findText(QStringLiteral("Windows Small Business Server 2003"));
        QVERIFY(index >= 0);
        source->setCurrentIndex(index);
        emit source->activated(index);
        QCOMPARE(controller->model()->pathId(), QStringLiteral("sbs2003-upgrade"));
        const QString text = matchLabel(wizard)->text();
        QVERIFY2(!text.contains(QStringLiteral("Check the path:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("this path starts from that server")), qPrintable(text));
    }

    // The path page says which path a staged one goes on as (its tasks and notes are included).
    void thePathPageNamesTheLaterStage()
    {
        auto controller = start(QString(), QStringLiteral("bo25-to-ws2003"));
        PrepWizard *wizard = controller->wizard();
        toPathPage(wizard);
        auto *details = wizard->pathPage()->findChild<QLabel *>(QStringLiteral("pathDetails"));
        QVERIFY(details);
        const QString text = details->text();
        QVERIFY2(text.contains(QStringLiteral("Then the path goes on from BackOffice Server 4.5 to Windows Server 2003")),
                 qPrintable(text));
        // And the notes of that stage.
        QVERIFY2(text.contains(QStringLiteral("Web Administration feature is not supported")), qPrintable(text));
        auto *source = wizard->pathPage()->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
        const int index = source->findText(QStringLiteral("BackOffice Server 4.5"));
        QVERIFY(index >= 0);
        source->setCurrentIndex(index);
        emit source->activated(index);
        QVERIFY(!details->text().contains(QStringLiteral("The last stage is")));
    }

    void aHostileProductNameStaysText()
    {
        const QString file = snapshot({{QStringLiteral("name"), QStringLiteral("Windows <b>SBS</b>\n\x1b[31mred")}}, {});
        auto controller = start(file, QStringLiteral("sbs2000-to-sbs2003"));
        toPathPage(controller->wizard());
        const QString text = matchLabel(controller->wizard())->text();
        QVERIFY2(text.contains(QStringLiteral("&lt;b&gt;SBS&lt;/b&gt;")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('\x1b')));
        QVERIFY(!text.contains(QLatin1Char('\n')));
    }
};

QTEST_MAIN(TestPathMatch)
#include "tst_pathmatch.moc"

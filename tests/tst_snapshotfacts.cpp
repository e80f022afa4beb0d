// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Facts from a prepprobe snapshot: read whole, each probe given the problems of its areas only;
// and facts of this computer, read live per area.

#include "ProbeFixtures.h"
#include "probes/runner/LiveFacts.h"
#include "probes/runner/SnapshotFacts.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace prep;

class TestSnapshotFacts : public QObject
{
    Q_OBJECT

private slots:
    void readsASnapshot()
    {
        const auto source = probetest::snapshot("sbs2003-server.json");
        QVERIFY(source->isSnapshot());
        const facts::Facts facts = source->read({FactsArea::Volumes});
        QCOMPARE(facts.hostName, std::string("SRV-SBS"));
        QCOMPARE(facts.platform, std::string("windows"));
        QCOMPARE(facts.volumes.size(), std::size_t(2));
        QVERIFY(facts.problems.empty());
    }

    void givesEachAreaItsOwnProblems()
    {
        const auto source = probetest::snapshot("sbs2003-server.json");
        const facts::Facts sessions = source->read({FactsArea::Sessions});
        QCOMPARE(sessions.problems, std::vector<std::string>{"Sessions: terminal services sessions listed without idle times"});
        QCOMPARE(source->read({FactsArea::Sessions, FactsArea::Firmware}).problems.size(), std::size_t(2));
    }

    void saysWhyAFileIsNotASnapshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": \"something/else\"}");
        file.close();
        QString error;
        QVERIFY(!SnapshotFacts::load(path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(" is not a server snapshot: ")), qPrintable(error));
        QVERIFY(!SnapshotFacts::load(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.startsWith(QStringLiteral("Cannot open ")));
    }

    void aNamedPipeIsRefusedWithoutWaitingForAWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snapshot.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QString error;
        QVERIFY(!SnapshotFacts::load(path, &error));
        QCOMPARE(error, path + QStringLiteral(" is not a server snapshot: it is not an ordinary file"));
    }

    void aFileLargerThanASnapshotIsNotReadWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snapshot.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(4) * 1024 * 1024 * 1024)); // sparse: 4 GiB of nothing
        file.close();
        QString error;
        QVERIFY(!SnapshotFacts::load(path, &error));
        QCOMPARE(error,
                 path + QStringLiteral(" is not a server snapshot: the snapshot is larger than 16 MiB, more than any real snapshot"));
    }

    void aReadErrorSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snapshot.json"));
        // Reading /proc/self/mem from its start fails as a bad disk would, for root too.
        QVERIFY(QFile::link(QStringLiteral("/proc/self/mem"), path));
        QString error;
        QVERIFY(!SnapshotFacts::load(path, &error));
        QCOMPARE(error, QStringLiteral("Cannot read %1: Input/output error").arg(path));
    }

    void liveFactsReadOnlyTheAreasAskedFor()
    {
        const auto source = probetest::fixtureTree(probetest::serverRoot);
        QVERIFY(!source->isSnapshot());
        const facts::Facts facts = source->read({FactsArea::Memory});
        QCOMPARE(facts.memory.totalBytes, std::uint64_t(16315412) * 1024);
        QVERIFY(facts.volumes.empty() && facts.services.empty());
        QCOMPARE(facts.platform, std::string("linux"));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFacts)
#include "tst_snapshotfacts.moc"

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every input the fuzzers start from (tests/fuzz/corpus) or once tripped over
// (tests/fuzz/regressions), read again in the ordinary suite, under the sanitizers in CI: the
// session and snapshot readers take each without a crash and with a reason when they refuse it.

#include "SessionCheck.h"
#include "SnapshotCheck.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    static void addInputs(const QString &reader)
    {
        QTest::addColumn<QString>("file");
        int count = 0;
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            const QDir dir(QStringLiteral(PREP_FUZZ_DIR "/%1/%2").arg(kind, reader));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(kind + u'/' + name)) << dir.filePath(name);
                ++count;
            }
        }
        QVERIFY2(count > 0, "no inputs: PREP_FUZZ_DIR is wrong");
    }

    static QByteArray contents(const QString &file)
    {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        return input.readAll();
    }

private slots:
    void sessionInputs_data() { addInputs(QStringLiteral("session")); }
    void sessionInputs()
    {
        QFETCH(QString, file);
        const QString problem = prep::fuzz::checkSession(contents(file));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void snapshotInputs_data() { addInputs(QStringLiteral("snapshot")); }
    void snapshotInputs()
    {
        QFETCH(QString, file);
        const std::string problem = prep::fuzz::checkSnapshot(contents(file).toStdString());
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

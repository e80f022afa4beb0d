// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The session file: what is saved comes back; what cannot be read is kept aside, never lost.

#include "catalog/TaskIds.h"
#include "checklist/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#ifndef _WIN32
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace prep;

class TestSessionStore : public QObject
{
    Q_OBJECT

private:
    static Session sampleSession()
    {
        Session session;
        session.pathId = QStringLiteral("sbs2000-to-sbs2003");
        session.language = QStringLiteral("es");
        session.operatorName = QStringLiteral("Ana García");
        session.serverName = QStringLiteral("SERVIDOR01");
        ItemState confirmed;
        confirmed.confirmedAt = QDateTime(QDate(2026, 11, 20), QTime(18, 30), Qt::UTC);
        confirmed.note = QStringLiteral("<b>tape</b> 3 & \"4\"");
        session.items.insert(QString(taskid::data::fullBackup), confirmed);
        ItemState waived;
        waived.finding.status = ItemStatus::Warning;
        waived.finding.evidence.append(LocalizedText("Probes", "%1 free on %2, %3 needed",
                                                     {TextArg::bytes(1'500'000'000), TextArg::text(QStringLiteral("C:")),
                                                      TextArg::bytes(2'147'483'648)}));
        waived.finding.details.append(LocalizedText("Probes", "%1", {TextArg::text(QStringLiteral("%2 odd name"))}));
        waived.finding.checkedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        waived.waiverReason = QStringLiteral("cleaning up tonight");
        waived.waivedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 5), Qt::UTC);
        session.items.insert(QString(taskid::hw::freeDisk), waived);
        session.formValues.insert(taskid::net::internetInfo.formKey("isp"), QStringLiteral("Example ISP"));
        return session;
    }

    QString asideFiles() const
    {
        return QDir(dir.path())
            .entryList({QStringLiteral("session.unreadable-*.json")}, QDir::AllEntries | QDir::System | QDir::Hidden)
            .join(u',');
    }

    void writeRaw(const QByteArray &bytes)
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QString path() const { return dir.filePath(QStringLiteral("session.json")); }

    // What the Welcome page says when the file was kept aside for `reason`.
    QString keptAside(const QString &reason) const
    {
        return QStringLiteral("Your saved progress could not be opened because %1. The file was kept as %2. "
                              "The wizard starts afresh.")
            .arg(reason, QDir::toNativeSeparators(dir.filePath(asideFiles())));
    }

    // Loads, expects the file to be kept aside with `reason` said, and a fresh start to save.
    void expectKeptAside(const QString &reason)
    {
        SessionStore store(path());
        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::SetAside);
        QVERIFY2(!asideFiles().isEmpty() && !asideFiles().contains(u','), qPrintable(asideFiles()));
        QCOMPARE(message, keptAside(reason));
        QCOMPARE(loaded, Session());
        QString error;
        QVERIFY2(store.save(sampleSession(), &error), qPrintable(error));
        QCOMPARE(store.filePath(), path());
    }

    QTemporaryDir dir;

private slots:
    void init()
    {
        QDir(dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(dir.path()));
    }

    void aSavedSessionComesBackUnchanged()
    {
        SessionStore store(path());
        QString error;
        QVERIFY2(store.save(sampleSession(), &error), qPrintable(error));
        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::Loaded);
        QCOMPARE(loaded, sampleSession());
        QVERIFY(loaded.savedAt.isValid());
        QCOMPARE(loaded.items.value(QString(taskid::hw::freeDisk)).finding.details.first().toString(),
                 QStringLiteral("%2 odd name"));
    }

    void aPlannedDateComesBackAndAHostileOneIsIgnoredAlone_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("a day") << QStringLiteral("\"2026-12-12\"") << QDate(2026, 12, 12);
        QTest::newRow("garbage") << QStringLiteral("\"next Tuesday\"") << QDate();
        QTest::newRow("huge year") << QStringLiteral("\"99999-01-01\"") << QDate();
        QTest::newRow("far future") << QStringLiteral("\"2999-01-01\"") << QDate();
        QTest::newRow("no such day") << QStringLiteral("\"2026-02-30\"") << QDate();
        QTest::newRow("a number") << QStringLiteral("20261212") << QDate();
        QTest::newRow("with a time") << QStringLiteral("\"2026-12-12T10:00:00\"") << QDate();
    }
    void aPlannedDateComesBackAndAHostileOneIsIgnoredAlone()
    {
        QFETCH(QString, written);
        QFETCH(QDate, expected);
        Session session = sampleSession();
        session.plannedDate = QDate(2026, 12, 12);
        QJsonObject object = session.toJson();
        QCOMPARE(object.value(QStringLiteral("plannedDate")).toString(), QStringLiteral("2026-12-12"));
        QByteArray bytes = QJsonDocument(object).toJson();
        bytes.replace("\"2026-12-12\"", written.toUtf8());
        writeRaw(bytes);
        SessionStore store(path());
        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::Loaded);
        QCOMPARE(loaded.plannedDate, expected);
        session.plannedDate = expected;
        QCOMPARE(loaded, session); // nothing else lost
    }

    // A service plan saved without a verified backup: the record comes back; a hostile one is
    // ignored or capped, and nothing else of the session is lost.
    void aPlanSavedWithoutABackupComesBackAndAHostileOneIsIgnoredAlone_data()
    {
        QTest::addColumn<QByteArray>("written"); // the JSON of "plansWithoutVerifiedBackup"
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");   // of the latest record kept
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("by");
        const QJsonObject good{{QStringLiteral("planFile"), QStringLiteral("sbs01-services.json")},
                               {QStringLiteral("reason"), QStringLiteral("tape checked by the vendor")},
                               {QStringLiteral("savedBy"), QStringLiteral("Ana García")},
                               {QStringLiteral("savedAt"), QStringLiteral("2026-12-01T10:00:00.000Z")}};
        const auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject entry = good;
            if (value.isUndefined())
                entry.remove(key);
            else
                entry.insert(key, value);
            return entry;
        };
        const auto json = [](const QJsonValue &value) {
            return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        };
        const QString file = QStringLiteral("sbs01-services.json");
        const QString reason = QStringLiteral("tape checked by the vendor");
        const QString ana = QStringLiteral("Ana García");
        QTest::newRow("as written") << json(QJsonArray{good}) << 1 << file << reason << ana;
        QTest::newRow("not a list") << json(QStringLiteral("lots")) << 0 << QString() << QString() << QString();
        QTest::newRow("an object") << json(good) << 0 << QString() << QString() << QString();
        QTest::newRow("not an entry") << json(QJsonArray{42, QStringLiteral("x"), good}) << 1 << file << reason << ana;
        QTest::newRow("no reason") << json(QJsonArray{with(QStringLiteral("reason"), QJsonValue::Undefined)}) << 0
                                   << QString() << QString() << QString();
        QTest::newRow("blank reason") << json(QJsonArray{with(QStringLiteral("reason"), QStringLiteral(" \t "))}) << 0
                                      << QString() << QString() << QString();
        QTest::newRow("reason a number") << json(QJsonArray{with(QStringLiteral("reason"), 7)}) << 0 << QString()
                                         << QString() << QString();
        QTest::newRow("no file") << json(QJsonArray{with(QStringLiteral("planFile"), QJsonValue::Undefined)}) << 0
                                 << QString() << QString() << QString();
        QTest::newRow("garbage time") << json(QJsonArray{with(QStringLiteral("savedAt"), QStringLiteral("yesterday"))})
                                      << 0 << QString() << QString() << QString();
        QTest::newRow("no name") << json(QJsonArray{with(QStringLiteral("savedBy"), QJsonValue::Undefined)}) << 1 << file
                                 << reason << QString();
        QTest::newRow("name a list") << json(QJsonArray{with(QStringLiteral("savedBy"), QJsonArray{1})}) << 1 << file
                                     << reason << QString();
        const QString huge(200000, u'x');
        QTest::newRow("huge reason") << json(QJsonArray{with(QStringLiteral("reason"), huge)}) << 1 << file
                                     << huge.left(PlanWithoutBackup::maxReasonLength) << ana;
        QTest::newRow("huge name") << json(QJsonArray{with(QStringLiteral("savedBy"), huge)}) << 1 << file << reason
                                   << huge.left(PlanWithoutBackup::maxNameLength);
        QTest::newRow("huge file") << json(QJsonArray{with(QStringLiteral("planFile"), huge)}) << 1
                                   << huge.left(PlanWithoutBackup::maxNameLength) << reason << ana;
        QTest::newRow("a folder") << json(QJsonArray{with(QStringLiteral("planFile"), QStringLiteral("C:\\x\\..\\plan.json"))})
                                  << 1 << QStringLiteral("plan.json") << reason << ana;
        QJsonArray many;
        for (int i = 0; i < 5000; ++i)
            many.append(with(QStringLiteral("planFile"), QStringLiteral("plan-%1.json").arg(i)));
        QTest::newRow("too many") << json(many) << PlanWithoutBackup::maxKept << QStringLiteral("plan-4999.json") << reason
                                  << ana;
    }
    void aPlanSavedWithoutABackupComesBackAndAHostileOneIsIgnoredAlone()
    {
        QFETCH(QByteArray, written);
        QFETCH(int, count);
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QFETCH(QString, by);
        Session session = sampleSession();
        session.plannedDate = QDate(2026, 12, 12);
        PlanWithoutBackup record;
        record.planFile = QStringLiteral("first.json");
        record.reason = QStringLiteral("first");
        record.savedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        session.plansWithoutBackup.append(record);
        QJsonObject object = session.toJson();
        QVERIFY(object.value(QStringLiteral("plansWithoutVerifiedBackup")).isArray());
        QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
        const QByteArray before = QJsonDocument(QJsonObject{{QStringLiteral("plansWithoutVerifiedBackup"),
                                                            object.value(QStringLiteral("plansWithoutVerifiedBackup"))}})
                                      .toJson(QJsonDocument::Compact)
                                      .mid(1)
                                      .chopped(1);
        QVERIFY(bytes.contains(before));
        bytes.replace(before, "\"plansWithoutVerifiedBackup\":" + written);
        writeRaw(bytes);
        SessionStore store(path());
        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::Loaded);
        QCOMPARE(loaded.plansWithoutBackup.size(), count);
        if (count > 0) {
            const PlanWithoutBackup &latest = loaded.plansWithoutBackup.last();
            QCOMPARE(latest.planFile, file);
            QCOMPARE(latest.reason, reason);
            QCOMPARE(latest.savedBy, by);
            QCOMPARE(latest.savedAt, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        }
        loaded.plansWithoutBackup.clear();
        session.plansWithoutBackup.clear();
        QCOMPARE(loaded, session); // nothing else lost
    }

    void noFileMeansNoSession()
    {
        SessionStore store(path());
        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::NoSession);
        QVERIFY(message.isEmpty());
    }

    void aTruncatedFileIsKeptAsideAndReported()
    {
        SessionStore writer(path());
        QString error;
        QVERIFY(writer.save(sampleSession(), &error));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        file.close();
        writeRaw(whole.left(whole.size() / 2));

        SessionStore store(path());
        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::SetAside);
        QVERIFY(!QFile::exists(path()));
        const QString aside = asideFiles();
        QVERIFY2(!aside.isEmpty(), "the damaged file must be kept");
        QVERIFY2(message.contains(QStringLiteral("damaged or incomplete")), qPrintable(message));
        QVERIFY2(message.contains(aside), qPrintable(message));
        QFile kept(dir.filePath(aside));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), whole.left(whole.size() / 2));
    }

    void aNewerFormatIsKeptAsideWithTheVersionsNamed()
    {
        QJsonObject object = sampleSession().toJson();
        object.insert(QStringLiteral("schema"), QStringLiteral("prepwizard.session/7"));
        writeRaw(QJsonDocument(object).toJson());
        expectKeptAside(QStringLiteral("it was saved by a newer version of Prep Wizard (format 7; this version reads "
                                       "format 1)"));
        Session kept;
        QString reason;
        QVERIFY(!SessionStore::read(dir.filePath(asideFiles()), &kept, &reason));
        QFile file(dir.filePath(asideFiles()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QJsonDocument(object).toJson());
    }

    void anEmptyFileIsKeptAside()
    {
        writeRaw({});
        expectKeptAside(QStringLiteral("it is empty"));
    }

    void aFileThatCannotBeReadIsKeptAsideWithTheSystemsReason()
    {
#ifdef _WIN32
        QSKIP("Linux: a link to /proc/self/mem");
#else
        // Reading /proc/self/mem from its start fails with an I/O error, as a bad disk sector
        // would; root cannot read it either.
        QVERIFY(QFile::link(QStringLiteral("/proc/self/mem"), path()));
        expectKeptAside(QStringLiteral("it could not be read (Input/output error)"));
        QCOMPARE(QFileInfo(dir.filePath(asideFiles())).symLinkTarget(), QStringLiteral("/proc/self/mem"));
#endif
    }

    void aFolderInPlaceOfTheFileIsKeptAsideWithWhatIsInIt()
    {
        QVERIFY(QDir().mkpath(path()));
        QFile inside(path() + QStringLiteral("/notes.txt"));
        QVERIFY(inside.open(QIODevice::WriteOnly));
        inside.write("kept");
        inside.close();
        expectKeptAside(QStringLiteral("it is a folder, not a file"));
        QVERIFY(QFile::exists(dir.filePath(asideFiles()) + QStringLiteral("/notes.txt")));
    }

    void aNamedPipeInPlaceOfTheFileIsKeptAsideWithoutWaitingForAWriter()
    {
#ifdef _WIN32
        QSKIP("POSIX: a named pipe in the file system");
#else
        QCOMPARE(::mkfifo(QFile::encodeName(path()).constData(), 0600), 0);
        expectKeptAside(QStringLiteral("it is not an ordinary file"));
#endif
    }

    void aFileLargerThanAnySessionIsKeptAsideUnread()
    {
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(SessionStore::maxFileSize + 1)); // sparse: no time, no disk
        }
        expectKeptAside(QStringLiteral("it is too large to be a session file"));
        QCOMPARE(QFileInfo(dir.filePath(asideFiles())).size(), SessionStore::maxFileSize + 1);
    }

    void aFileOfAnotherProgramIsKeptAside()
    {
        writeRaw(R"({"name": "something else"})");
        expectKeptAside(QStringLiteral("it is not a Prep Wizard session file"));
    }

    void aSaveToAFullDiskSaysSoAndKeepsTheOldSession()
    {
#ifdef _WIN32
        QSKIP("Linux: a full disk is a small tmpfs mounted");
#else
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs as a full disk needs root (CI runs as root)");
        const QByteArray disk = QFile::encodeName(dir.path());
        QVERIFY2(::mount("tmpfs", disk.constData(), "tmpfs", 0, "size=64k") == 0, std::strerror(errno));
        const auto unmount = qScopeGuard([&] { ::umount2(disk.constData(), MNT_DETACH); });
        SessionStore store(path());
        QString error;
        QVERIFY2(store.save(sampleSession(), &error), qPrintable(error));
        {
            QFile filler(dir.filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) {
            }
        }
        Session larger = sampleSession();
        larger.items[QString(taskid::data::fullBackup)].note = QString(20000, u'n');
        QVERIFY(!store.save(larger, &error));
        QCOMPARE(error, QStringLiteral("No space left on device"));
        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::Loaded);
        QCOMPARE(loaded, sampleSession());
#endif
    }

    void aSaveThatCannotBeWrittenSaysWhy()
    {
        SessionStore store(QStringLiteral("/proc/prepwizard-cannot-write-here/session.json"));
        QString error;
        QVERIFY(!store.save(sampleSession(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"

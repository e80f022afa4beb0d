// SPDX-License-Identifier: GPL-3.0-or-later
// The session file: what is saved comes back; what cannot be read is kept aside, never lost.

#include "SessionStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

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
        session.items.insert(QStringLiteral("data.full-backup"), confirmed);
        ItemState waived;
        waived.finding.status = ItemStatus::Warning;
        waived.finding.evidence.append(LocalizedText("Probes", "%1 free on %2, %3 needed",
                                                     {TextArg::bytes(1'500'000'000), TextArg::text(QStringLiteral("C:")),
                                                      TextArg::bytes(2'147'483'648)}));
        waived.finding.details.append(LocalizedText("Probes", "%1", {TextArg::text(QStringLiteral("%2 odd name"))}));
        waived.finding.checkedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        waived.waiverReason = QStringLiteral("cleaning up tonight");
        waived.waivedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 5), Qt::UTC);
        session.items.insert(QStringLiteral("hw.free-disk"), waived);
        session.formValues.insert(QStringLiteral("net.internet-info/isp"), QStringLiteral("Example ISP"));
        return session;
    }

    QString asideFiles() const
    {
        return QDir(dir.path()).entryList({QStringLiteral("session.unreadable-*.json")}).join(u',');
    }

    void writeRaw(const QByteArray &bytes)
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QString path() const { return dir.filePath(QStringLiteral("session.json")); }

    QTemporaryDir dir;

private slots:
    void init()
    {
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
            QFile::remove(dir.filePath(name));
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
        QCOMPARE(loaded.items.value(QStringLiteral("hw.free-disk")).finding.details.first().toString(),
                 QStringLiteral("%2 odd name"));
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
        SessionStore store(path());
        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::SetAside);
        QVERIFY2(message.contains(QStringLiteral("newer version")) && message.contains(u'7'), qPrintable(message));
        QVERIFY(!asideFiles().isEmpty());
    }

    void anEmptyFileIsKeptAside()
    {
        writeRaw({});
        SessionStore store(path());
        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::SetAside);
        QVERIFY2(message.contains(QStringLiteral("empty")), qPrintable(message));
    }

    void aFileOfAnotherProgramIsKeptAside()
    {
        writeRaw(R"({"name": "something else"})");
        SessionStore store(path());
        Session loaded;
        QString message;
        QCOMPARE(store.load(&loaded, &message), SessionStore::LoadResult::SetAside);
        QVERIFY2(message.contains(QStringLiteral("not a Prep Wizard session")), qPrintable(message));
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

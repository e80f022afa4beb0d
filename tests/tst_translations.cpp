// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The translation files are complete and current: no unfinished or obsolete message, every
// placeholder kept, and nothing in the sources that lupdate has not put into the files yet.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context;
        QString source;
        QString type; // "", "unfinished", "vanished", "obsolete"
        QStringList translations;
    };

    static QList<Message> readTs(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(path));
        QXmlStreamReader xml(&file);
        QList<Message> messages;
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current = Message{context, {}, {}, {}};
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations.append(xml.readElementText());
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (current.translations.isEmpty())
                    current.translations.append(text);
                messages.append(current);
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return messages;
    }

    static QString tsPath(const QString &language)
    {
        return QStringLiteral(PREP_SOURCE_DIR "/translations/prepwizard_%1.ts").arg(language);
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(L?n|\\d)"));
        QStringList found;
        for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
            found.append(match.captured());
        found.sort();
        found.removeDuplicates();
        return found;
    }

private slots:
    void everyMessageIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void everyMessageIsFinished()
    {
        QFETCH(QString, language);
        QStringList problems;
        for (const Message &message : readTs(tsPath(language))) {
            if (!message.type.isEmpty())
                problems.append(QStringLiteral("%1 [%2] %3").arg(message.type, message.context, message.source));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 message(s) not finished:\n%2")
                                                    .arg(problems.size())
                                                    .arg(problems.mid(0, 20).join(u'\n'))));
    }

    void translationsKeepEveryPlaceholder()
    {
        QStringList problems;
        for (const Message &message : readTs(tsPath(QStringLiteral("es")))) {
            const QStringList expected = placeholders(message.source);
            for (const QString &translation : message.translations) {
                QStringList found = placeholders(translation);
                found.replaceInStrings(QStringLiteral("%Ln"), QStringLiteral("%n"));
                QStringList wanted = expected;
                wanted.replaceInStrings(QStringLiteral("%Ln"), QStringLiteral("%n"));
                if (found != wanted && !message.type.contains(QLatin1String("unfinished")))
                    problems.append(QStringLiteral("[%1] %2 → %3").arg(message.context, message.source, translation));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theSourcesHaveNoTextMissingFromTheFiles_data()
    {
        everyMessageIsFinished_data();
    }
    void theSourcesHaveNoTextMissingFromTheFiles()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("prepwizard_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-no-ui-lines")};
        if (language == QLatin1String("en"))
            arguments.append(QStringLiteral("-pluralonly"));
        arguments << QStringLiteral("@" PREP_LUPDATE_SOURCES_LIST) << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(PREP_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QList<Message> before = readTs(tsPath(language));
        QList<Message> after = readTs(copy);
        QStringList added;
        for (const Message &message : after) {
            const bool known = std::any_of(before.cbegin(), before.cend(), [&](const Message &old) {
                return old.context == message.context && old.source == message.source;
            });
            if (!known)
                added.append(QStringLiteral("[%1] %2").arg(message.context, message.source));
        }
        QStringList removed;
        for (const Message &message : before) {
            const bool kept = std::any_of(after.cbegin(), after.cend(), [&](const Message &now) {
                return now.context == message.context && now.source == message.source;
            });
            if (!kept)
                removed.append(QStringLiteral("[%1] %2").arg(message.context, message.source));
        }
        QVERIFY2(added.isEmpty() && removed.isEmpty(),
                 qPrintable(QStringLiteral("translations/prepwizard_%1.ts is out of date; run "
                                           "`cmake --build build --target update_translations`.\nNew: %2\nGone: %3")
                                .arg(language, added.mid(0, 20).join(QStringLiteral("; ")),
                                     removed.mid(0, 20).join(QStringLiteral("; ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

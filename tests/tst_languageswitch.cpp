// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Switching language on any page changes every visible text at once and loses nothing typed.
// The check compares what each page shows in English with what it shows in Spanish: a text that
// stays the same was not translated (or not retranslated), unless it is only product names.

#include "CategoryPage.h"
#include "LanguageSwitcher.h"
#include "PageIds.h"
#include "PrepWizard.h"
#include "TaskDetailsPanel.h"
#include "WizardController.h"
#include "checklist/ChecklistModel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTreeView>

using namespace prep;

namespace {
// Names that are the same in both languages (products, tools, units); a text made only of these,
// digits and punctuation is not "English left behind".
const QStringList sameInEveryLanguage = {
    QStringLiteral("Windows Small Business Server"), QStringLiteral("Small Business Server"),
    QStringLiteral("Windows Server Essentials"), QStringLiteral("Windows Server"), QStringLiteral("BackOffice Server"),
    QStringLiteral("BackOffice"), QStringLiteral("Exchange Server"), QStringLiteral("Exchange"),
    QStringLiteral("Office 365"), QStringLiteral("Essentials"), QStringLiteral("Windows"), QStringLiteral("SBS"),
    QStringLiteral("Standard"), QStringLiteral("Foundation"), QStringLiteral("Prep Wizard"), QStringLiteral("English"), QStringLiteral("Español"),
    QStringLiteral("Service Pack"), QStringLiteral("GB"), QStringLiteral("MB")};

bool isOnlyNames(QString text)
{
    for (const QString &name : sameInEveryLanguage)
        text.remove(name);
    static const QRegularExpression notWords(QStringLiteral("[^\\p{L}]+"));
    text.remove(notWords);
    return text.size() < 3;
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

class LanguageChangeCounter : public QObject
{
public:
    explicit LanguageChangeCounter(int *count) : m_count(count) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++*m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int *m_count;
};

// Every text the operator can see or hear (accessible names) on the current page and around it.
QStringList visibleTexts(PrepWizard *wizard)
{
    QStringList texts{wizard->windowTitle(), wizard->currentPage()->title(), wizard->currentPage()->subTitle()};
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                        QWizard::CancelButton}) {
        if (wizard->button(which)->isVisible())
            texts.append(wizard->button(which)->text());
    }
    for (QWidget *widget : wizard->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << plain(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(widget))
            texts << plainEdit->placeholderText();
        else if (auto *document = qobject_cast<QTextEdit *>(widget))
            texts << document->toPlainText();
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *tree = qobject_cast<QTreeView *>(widget)) {
            QAbstractItemModel *model = tree->model();
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int row = 0; row < model->rowCount(parent); ++row) {
                    for (int column = 0; column < model->columnCount(parent); ++column) {
                        const QModelIndex index = model->index(row, column, parent);
                        texts << index.data().toString() << index.data(Qt::ToolTipRole).toString()
                              << index.data(Qt::AccessibleTextRole).toString();
                    }
                    walk(model->index(row, 0, parent));
                }
            };
            walk(tree->rootIndex());
        }
    }
    texts.removeAll(QString());
    return texts;
}
} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    LanguageSwitcher languages;

    static void switchTo(PrepWizard *wizard, const QString &language)
    {
        auto *combo = wizard->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        const int row = combo->findData(language);
        QVERIFY(row >= 0);
        combo->setCurrentIndex(row);
        emit combo->activated(row);
        QCoreApplication::processEvents(); // LanguageChange is posted to the windows
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrepWizardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
    }

    void everyPageSpeaksSpanishAndBackWithoutLosingAnything_data()
    {
        QTest::addColumn<QString>("pathId");
        QTest::newRow("sbs2000-to-sbs2003") << QStringLiteral("sbs2000-to-sbs2003");
        QTest::newRow("sbs2003-to-essentials") << QStringLiteral("sbs2003-to-essentials");
        QTest::newRow("exchange2000-to-exchange2003") << QStringLiteral("exchange2000-to-exchange2003");
        QTest::newRow("bo45-to-ws2003") << QStringLiteral("bo45-to-ws2003");
    }
    void everyPageSpeaksSpanishAndBackWithoutLosingAnything()
    {
        QFETCH(QString, pathId);
        QFile::remove(dir.filePath(QStringLiteral("session.json")));
        WizardController controller({dir.filePath(QStringLiteral("session.json")), QStringLiteral("en"), pathId},
                                    &languages);
        PrepWizard *wizard = controller.wizard();
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        for (;;) {
            // Something typed on this page must survive the switches.
            if (auto *page = qobject_cast<CategoryPage *>(wizard->currentPage())) {
                auto *note = page->details()->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
                note->setFocus();
                QTest::keyClicks(note, QStringLiteral("typed before switching"));
            }
            const QStringList english = visibleTexts(wizard);
            switchTo(wizard, QStringLiteral("es"));
            const QStringList spanish = visibleTexts(wizard);
            QStringList leftBehind;
            for (const QString &text : spanish) {
                if (english.contains(text) && !isOnlyNames(text))
                    leftBehind.append(text);
            }
            leftBehind.removeDuplicates();
            QVERIFY2(leftBehind.isEmpty(), qPrintable(QStringLiteral("English left on %1 in Spanish mode:\n%2")
                                                          .arg(wizard->currentPage()->objectName(),
                                                               leftBehind.join(u'\n'))));
            switchTo(wizard, QStringLiteral("en"));
            QCOMPARE(visibleTexts(wizard), english);
            if (auto *page = qobject_cast<CategoryPage *>(wizard->currentPage())) {
                auto *note = page->details()->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
                QCOMPARE(note->text(), QStringLiteral("typed before switching"));
                note->clear();
            }
            if (wizard->currentId() == SummaryPageId)
                break;
            wizard->next();
        }
    }

    // The window is built in its language and translates itself once per switch: a second
    // LanguageChange (Qt's translators post one of their own when they load) would do every
    // page's work again, and at start-up would come after the window is built.
    void eachSwitchTranslatesTheWindowOnce()
    {
        languages.setLanguage(QStringLiteral("es"));
        WizardController controller({dir.filePath(QStringLiteral("once.json")), QStringLiteral("en"), {}},
                                    &languages);
        PrepWizard *wizard = controller.wizard();
        int changes = 0;
        LanguageChangeCounter counter(&changes);
        wizard->installEventFilter(&counter);
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCoreApplication::processEvents();
        QCOMPARE(changes, 0);
        switchTo(wizard, QStringLiteral("es"));
        QCOMPARE(changes, 1);
        switchTo(wizard, QStringLiteral("en"));
        QCOMPARE(changes, 2);
    }

    void qtsOwnButtonsSpeakSpanishToo()
    {
        languages.setLanguage(QStringLiteral("es"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
        const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
        const QString save = buttons.button(QDialogButtonBox::Save)->text();
        languages.setLanguage(QStringLiteral("en"));
        QCOMPARE(QString(cancel).remove(u'&'), QStringLiteral("Cancelar"));
        QCOMPARE(QString(save).remove(u'&'), QStringLiteral("Guardar"));
    }

    void numbersAndDatesFollowTheLanguage()
    {
        languages.setLanguage(QStringLiteral("es"));
        const LocalizedText size("Probes", "%1", {TextArg::bytes(13'314'398'618)});
        QCOMPARE(size.toString(), QStringLiteral("12,4 GB"));
        const LocalizedText when("Probes", "%1", {TextArg::dateTime(QDateTime(QDate(2026, 11, 21), QTime(18, 5)))});
        QVERIFY2(when.toString().contains(QStringLiteral("18:05")), qPrintable(when.toString()));
        languages.setLanguage(QStringLiteral("en"));
        QCOMPARE(size.toString(), QStringLiteral("12.4 GB"));
    }

    void theChoiceIsRemembered()
    {
        {
            WizardController controller({dir.filePath(QStringLiteral("s2.json")), QStringLiteral("en"), {}}, &languages);
            switchTo(controller.wizard(), QStringLiteral("es"));
            QCOMPARE(controller.model()->session().language, QStringLiteral("es"));
        }
        QCOMPARE(WizardController::rememberedLanguage(), QStringLiteral("es"));
        WizardController again({dir.filePath(QStringLiteral("s3.json")), {}, {}}, &languages);
        QCOMPARE(languages.language(), QStringLiteral("es"));
        switchTo(again.wizard(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <map>

namespace prep {

// The program's translation, then Qt's, as the one translator the application has installed.
// The two inside are never installed themselves: an installed QTranslator posts a LanguageChange
// of its own when it loads, which would have every widget translate itself again, and at start-up
// would do so after the window is built, doubling the work before the first paint.
class ShippedTranslations : public QTranslator
{
    // On Windows the program is deployed with its Qt: Qt's catalogs are in translations/ beside it.
    static QString qtTranslationsPath()
    {
#ifdef Q_OS_WIN
        return QCoreApplication::applicationDirPath() + QStringLiteral("/translations");
#else
        return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#endif
    }

public:
    // Each language's catalogs are read once, on its first use; a switch back swaps them in.
    void load(const QLocale &locale, const QString &language)
    {
        std::unique_ptr<Catalogs> &catalogs = m_loaded[language];
        if (!catalogs) {
            catalogs = std::make_unique<Catalogs>();
            // A failed load leaves a translator empty, which is right for English: the sources are English.
            static_cast<void>(catalogs->program.load(QStringLiteral(":/i18n/prepwizard_%1.qm").arg(language)));
            static_cast<void>(
                catalogs->qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsPath()));
        }
        m_current = catalogs.get();
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (!m_current)
            return {};
        QString text = m_current->program.translate(context, sourceText, disambiguation, n);
        if (text.isNull())
            text = m_current->qt.translate(context, sourceText, disambiguation, n);
        return text;
    }

    bool isEmpty() const override { return !m_current || (m_current->program.isEmpty() && m_current->qt.isEmpty()); }

private:
    struct Catalogs
    {
        QTranslator program;
        QTranslator qt;
    };
    std::map<QString, std::unique_ptr<Catalogs>> m_loaded;
    const Catalogs *m_current = nullptr;
};

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent), m_translations(std::make_unique<ShippedTranslations>())
{
    QCoreApplication::installTranslator(m_translations.get());
}

LanguageSwitcher::~LanguageSwitcher()
{
    QCoreApplication::removeTranslator(m_translations.get());
}

QStringList LanguageSwitcher::available()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

bool LanguageSwitcher::isAvailable(const QString &language)
{
    return available().contains(language);
}

QString LanguageSwitcher::systemLanguage()
{
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return isAvailable(system) ? system : QStringLiteral("en");
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    if (!isAvailable(language))
        return false;
    if (language == m_language)
        return true;
    // Spanish as spoken in Spain, like the source document; dates in 24-hour form.
    const QLocale locale(language == QLatin1String("es") ? QStringLiteral("es_ES") : QStringLiteral("en_US"));
    QLocale::setDefault(locale);
    m_translations->load(locale, language);
    m_language = language;
    // Loading sends nothing by itself: tell every object once.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    emit languageChanged(language);
    return true;
}

} // namespace prep

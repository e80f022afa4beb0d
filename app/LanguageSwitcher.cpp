// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace prep {

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent)
{
    // Installed once, loaded anew on each switch: one LanguageChange per switch instead of one for
    // every translator removed and installed.
    QCoreApplication::installTranslator(&m_qt);
    QCoreApplication::installTranslator(&m_program);
}

LanguageSwitcher::~LanguageSwitcher()
{
    QCoreApplication::removeTranslator(&m_program);
    QCoreApplication::removeTranslator(&m_qt);
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
    // A failed load leaves the translator empty, which is right for English: the sources are English.
    static_cast<void>(m_program.load(QStringLiteral(":/i18n/prepwizard_%1.qm").arg(language)));
    static_cast<void>(m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    m_language = language;
    // Loading into installed translators sends nothing by itself: tell every object once.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    emit languageChanged(language);
    return true;
}

} // namespace prep

// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace prep {

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) {}

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
    QCoreApplication::removeTranslator(&m_program);
    QCoreApplication::removeTranslator(&m_qt);
    // Spanish as spoken in Spain, like the source document; dates in 24-hour form.
    const QLocale locale(language == QLatin1String("es") ? QStringLiteral("es_ES") : QStringLiteral("en_US"));
    QLocale::setDefault(locale);
    if (m_program.load(QStringLiteral(":/i18n/prepwizard_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_program);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_language = language;
    // installTranslator() posts LanguageChange only for a translator that loaded something; send
    // it ourselves so that switching back to English updates every text as well.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    emit languageChanged(language);
    return true;
}

} // namespace prep

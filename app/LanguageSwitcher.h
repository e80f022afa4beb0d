// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace prep {

class ShippedTranslations;

// Switches the whole program between the languages it ships, at any moment: installs the
// program's own translation and Qt's (qtbase: standard buttons, print and file dialogs), sets the
// default locale for numbers and dates, and so sends QEvent::LanguageChange to every widget, once
// per switch.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    static QStringList available(); // "en", "es"
    static bool isAvailable(const QString &language);
    // The language of the system locale when the program ships it, else English.
    static QString systemLanguage();

    QString language() const { return m_language; }
    // Returns false for a language the program does not ship.
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    std::unique_ptr<ShippedTranslations> m_translations;
};

} // namespace prep

// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

namespace prep {

// One argument of a sentence, kept as a value so that it is formatted for the language shown
// (decimal comma, 24-hour dates) when the sentence is rendered, not when it was measured.
struct TextArg
{
    enum class Kind { Text, Integer, Decimal, Bytes, DateTime };
    Kind kind = Kind::Text;
    QVariant value;

    static TextArg text(const QString &text);
    static TextArg integer(qint64 value);
    static TextArg decimal(double value);
    static TextArg bytes(qint64 bytes);
    static TextArg dateTime(const QDateTime &when);

    QString format(const QLocale &locale) const;
    friend bool operator==(const TextArg &a, const TextArg &b)
    {
        return a.kind == b.kind && a.value == b.value;
    }
};

// A sentence that is translated when shown, so evidence already on screen follows a language
// switch. `source` is the English text with %1.. placeholders (and %n with a count), marked at the
// call site with QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP in `context`.
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(const char *context, const char *source, QList<TextArg> args = {}, int count = -1);

    bool isEmpty() const { return m_source.isEmpty(); }
    QString toString(const QLocale &locale = QLocale()) const;
    // The English source with its arguments (the C locale's numbers), translated by nothing: for
    // the log, on any thread.
    QString untranslated() const;

    QJsonObject toJson() const;
    // Returns false (and leaves *text untouched) when the object is not a sentence.
    static bool fromJson(const QJsonObject &object, LocalizedText *text);

    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.m_context == b.m_context && a.m_source == b.m_source && a.m_args == b.m_args
            && a.m_count == b.m_count;
    }

private:
    QByteArray m_context;
    QByteArray m_source;
    QList<TextArg> m_args;
    int m_count = -1;
};

// For the QString form of a function that says why it failed in a LocalizedText: the reason in
// words into *error when not `ok`; returns `ok`.
bool sayWhy(bool ok, const LocalizedText &why, QString *error);

// Replaces %1..%9 in one pass.
QString substitute(const QString &pattern, const QStringList &values);
QStringList renderAll(const QList<LocalizedText> &texts, const QLocale &locale = QLocale());

} // namespace prep

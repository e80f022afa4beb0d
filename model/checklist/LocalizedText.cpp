// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/LocalizedText.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace prep {

namespace {
constexpr const char *kindNames[] = {"text", "integer", "decimal", "bytes", "datetime"};

bool kindFromName(const QString &name, TextArg::Kind *kind)
{
    for (int i = 0; i < int(std::size(kindNames)); ++i) {
        if (name == QLatin1String(kindNames[i])) {
            *kind = static_cast<TextArg::Kind>(i);
            return true;
        }
    }
    return false;
}
} // namespace

QString substitute(const QString &pattern, const QStringList &values)
{
    // One pass, so that a value that itself contains "%2" (a service name, say) is left alone.
    QString result;
    result.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int number = pattern.at(i + 1).digitValue();
            if (number >= 1 && number <= values.size()) {
                result += values.at(number - 1);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

TextArg TextArg::text(const QString &text)
{
    return {Kind::Text, text};
}

TextArg TextArg::integer(qint64 value)
{
    return {Kind::Integer, value};
}

TextArg TextArg::decimal(double value)
{
    return {Kind::Decimal, value};
}

TextArg TextArg::bytes(qint64 bytes)
{
    return {Kind::Bytes, bytes};
}

TextArg TextArg::dateTime(const QDateTime &when)
{
    return {Kind::DateTime, when};
}

QString TextArg::format(const QLocale &locale) const
{
    switch (kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Integer:
        return locale.toString(value.toLongLong());
    case Kind::Decimal:
        return locale.toString(value.toDouble(), 'f', 1);
    case Kind::Bytes:
        return locale.formattedDataSize(value.toLongLong(), 1, QLocale::DataSizeTraditionalFormat);
    case Kind::DateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

LocalizedText::LocalizedText(const char *context, const char *source, QList<TextArg> args, int count)
    : m_context(context), m_source(source), m_args(std::move(args)), m_count(count)
{
}

QString LocalizedText::toString(const QLocale &locale) const
{
    const QString pattern =
        QCoreApplication::translate(m_context.constData(), m_source.constData(), nullptr, m_count);
    QStringList values;
    values.reserve(m_args.size());
    for (const TextArg &arg : m_args)
        values.append(arg.format(locale));
    return substitute(pattern, values);
}

bool sayWhy(bool ok, const LocalizedText &why, QString *error)
{
    if (!ok)
        *error = why.toString();
    return ok;
}

QString LocalizedText::untranslated() const
{
    QString pattern = QString::fromUtf8(m_source);
    if (m_count >= 0)
        pattern.replace(QLatin1String("%n"), QString::number(m_count));
    QStringList values;
    values.reserve(m_args.size());
    for (const TextArg &arg : m_args)
        values.append(arg.format(QLocale::c()));
    return substitute(pattern, values);
}

QJsonObject LocalizedText::toJson() const
{
    QJsonArray args;
    for (const TextArg &arg : m_args) {
        QJsonValue value;
        switch (arg.kind) {
        case TextArg::Kind::Text:
            value = arg.value.toString();
            break;
        case TextArg::Kind::Integer:
        case TextArg::Kind::Bytes:
            value = QString::number(arg.value.toLongLong()); // exact beyond 2^53
            break;
        case TextArg::Kind::Decimal:
            value = arg.value.toDouble();
            break;
        case TextArg::Kind::DateTime:
            value = arg.value.toDateTime().toUTC().toString(Qt::ISODate);
            break;
        }
        args.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kindNames[int(arg.kind)])},
                                {QStringLiteral("value"), value}});
    }
    QJsonObject object{{QStringLiteral("context"), QString::fromUtf8(m_context)},
                       {QStringLiteral("text"), QString::fromUtf8(m_source)}};
    if (!args.isEmpty())
        object.insert(QStringLiteral("args"), args);
    if (m_count >= 0)
        object.insert(QStringLiteral("count"), m_count);
    return object;
}

bool LocalizedText::fromJson(const QJsonObject &object, LocalizedText *text)
{
    const QJsonValue context = object.value(QStringLiteral("context"));
    const QJsonValue source = object.value(QStringLiteral("text"));
    if (!context.isString() || !source.isString())
        return false;
    LocalizedText result;
    result.m_context = context.toString().toUtf8();
    result.m_source = source.toString().toUtf8();
    // Any negative count means none, as toJson() writes it (not at all).
    result.m_count = std::max(object.value(QStringLiteral("count")).toInt(-1), -1);
    for (const QJsonValue &entry : object.value(QStringLiteral("args")).toArray()) {
        const QJsonObject arg = entry.toObject();
        TextArg parsed;
        if (!kindFromName(arg.value(QStringLiteral("kind")).toString(), &parsed.kind))
            return false;
        const QJsonValue value = arg.value(QStringLiteral("value"));
        switch (parsed.kind) {
        case TextArg::Kind::Text:
            parsed.value = value.toString();
            break;
        case TextArg::Kind::Integer:
        case TextArg::Kind::Bytes:
            parsed.value = value.toString().toLongLong();
            break;
        case TextArg::Kind::Decimal:
            parsed.value = value.toDouble();
            break;
        case TextArg::Kind::DateTime:
            parsed.value = QDateTime::fromString(value.toString(), Qt::ISODate);
            break;
        }
        result.m_args.append(parsed);
    }
    *text = result;
    return true;
}

QStringList renderAll(const QList<LocalizedText> &texts, const QLocale &locale)
{
    QStringList lines;
    lines.reserve(texts.size());
    for (const LocalizedText &text : texts)
        lines.append(text.toString(locale));
    return lines;
}

} // namespace prep

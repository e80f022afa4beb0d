// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/SafeText.h"

#include <QRegularExpression>

#include <algorithm>

namespace prep::SafeText {

QString oneLine(const QString &text, qsizetype maxLength, Newline newline)
{
    QString result;
    result.reserve(std::min(text.size(), maxLength) + 1);
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown >= maxLength) {
            result += QChar(0x2026); // …
            break;
        }
        const char16_t c = text.at(i).unicode();
        if ((c == u'\n' || c == u'\r') && newline == Newline::Space)
            result += u' ';
        else if (c < 0x20)
            result += QChar(char16_t(0x2400 + c));
        else if (c == 0x7f)
            result += QChar(char16_t(0x2421));
        else if (c >= 0x80 && c < 0xa0)
            result += QStringLiteral("\\x") + QString::number(c, 16).toUpper();
        else if (c == 0x2028 || c == 0x2029)
            result += QStringLiteral("\\u") + QString::number(c, 16).toUpper();
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            result += text.at(i);
            result += text.at(++i);
        } else if (QChar::isSurrogate(c))
            result += QChar(QChar::ReplacementCharacter);
        else
            result += text.at(i);
        ++shown;
    }
    return result;
}

QString fileNamePart(const QString &text)
{
    static const QRegularExpression others(QStringLiteral("[^\\w.-]+"));
    QString part = text.left(4 * 64);
    part.replace(others, QStringLiteral("-"));
    while (part.startsWith(QLatin1Char('.')))
        part.remove(0, 1);
    part = part.left(64);
    return part.isEmpty() ? QStringLiteral("server") : part;
}

} // namespace prep::SafeText

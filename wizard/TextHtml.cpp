// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextHtml.h"

#include <QRegularExpression>

namespace prep {

namespace {
// The text escaped for HTML, with each web address a link (a full stop or comma after it is not
// part of it).
QString withLinks(const QString &text)
{
    static const QRegularExpression address(QStringLiteral(R"(https?://[^\s<>"“”()]+[^\s<>"“”().,;:])"));
    QString html;
    qsizetype from = 0;
    QRegularExpressionMatchIterator matches = address.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        html += text.mid(from, match.capturedStart() - from).toHtmlEscaped();
        const QString url = match.captured().toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%1</a>").arg(url);
        from = match.capturedEnd();
    }
    return html + text.mid(from).toHtmlEscaped();
}

QString list(const char *tag, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(withLinks(item));
    return html + QStringLiteral("</%1>").arg(QLatin1String(tag));
}
} // namespace

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(withLinks(text));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4>%1</h4>").arg(text.toHtmlEscaped());
}

QString small(const QString &text)
{
    return QStringLiteral("<p><small>%1</small></p>").arg(text.toHtmlEscaped());
}

QString orderedList(const QStringList &items)
{
    return list("ol", items);
}

QString bulletList(const QStringList &items)
{
    return list("ul", items);
}

QString cautionBox(const QString &label, const QString &text)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                          "style=\"border-color:#b45309; background-color:#fff7ed;\"><tr><td>"
                          "<b>%1</b> %2</td></tr></table><br/>")
        .arg(label.toHtmlEscaped(), withLinks(text));
}

} // namespace prep

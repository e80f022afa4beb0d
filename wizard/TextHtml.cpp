// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextHtml.h"

namespace prep {

namespace {
QString list(const char *tag, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</%1>").arg(QLatin1String(tag));
}
} // namespace

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
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
        .arg(label.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace prep

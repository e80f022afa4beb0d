// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/helpers/PathMatch.h"

#include "catalog/Catalog.h"
#include "probes/helpers/FactsText.h"
#include "report/SafeText.h"

#include <algorithm>
#include <cstring>

namespace prep {

namespace {

// "5.2" of a kernel version "5.2.3790"; empty when it is not one.
QString majorMinor(const std::string &kernel)
{
    const QStringList parts = factsText::q(kernel).split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    bool majorOk = false;
    bool minorOk = false;
    const int major = parts.at(0).toInt(&majorOk);
    const int minor = parts.at(1).toInt(&minorOk);
    if (!majorOk || !minorOk)
        return {};
    return QStringLiteral("%1.%2").arg(major).arg(minor);
}

bool exchangeIs(const facts::ExchangeFacts &exchange, const char *version)
{
    if (!exchange.installed)
        return false;
    const QString installed = factsText::q(exchange.version);
    const QString wanted = QLatin1String(version);
    return installed == wanted || installed.startsWith(wanted + QLatin1Char('.'));
}

} // namespace

PathMatch::Result PathMatch::of(const UpgradePath &path, const facts::Facts &facts)
{
    const QString version = majorMinor(facts.os.kernel);
    const bool windowsFacts = factsText::isWindows(facts)
                              && factsText::q(facts.os.name).contains(QLatin1String("Windows"), Qt::CaseInsensitive);
    if (!windowsFacts || version.isEmpty() || path.server.windows.empty())
        return Result::Unknown;
    const PathServer &server = path.server;
    const bool windows = std::any_of(server.windows.begin(), server.windows.end(),
                                     [&](const char *wanted) { return version == QLatin1String(wanted); });
    const bool sbs = server.smallBusinessServer == SbsEdition::Any
                     || (server.smallBusinessServer == SbsEdition::Required) == facts.os.smallBusinessServer;
    const bool exchange = !server.exchange || exchangeIs(facts.exchange, server.exchange);
    if (!(windows && sbs && exchange))
        return Result::DoesNotMatch;
    return server.edition ? Result::Unknown : Result::Matches;
}

QStringList PathMatch::pathsFor(const facts::Facts &facts)
{
    QStringList ids;
    for (const UpgradePath &path : Catalog::instance().paths()) {
        if (of(path, facts) == Result::Matches)
            ids.append(QString::fromLatin1(path.id));
    }
    return ids;
}

QString PathMatch::suggestedPath(const facts::Facts &facts)
{
    const QStringList ids = pathsFor(facts);
    if (ids.isEmpty())
        return {};
    const char *source = Catalog::instance().path(ids.first())->source;
    for (const QString &id : ids) {
        if (std::strcmp(Catalog::instance().path(id)->source, source) != 0)
            return {};
    }
    return ids.first();
}

QString PathMatch::serverText(const facts::Facts &facts)
{
    QString text = factsText::systemText(facts);
    if (facts.exchange.installed)
        text = tr("%1, with Exchange %2").arg(text, factsText::q(facts.exchange.version));
    return SafeText::oneLine(text, 160);
}

QString PathMatch::snapshotSentence(const UpgradePath &path, const facts::Facts &facts)
{
    const QString host = SafeText::oneLine(factsText::q(facts.hostName), 80);
    switch (of(path, facts)) {
    case Result::Unknown:
        return {};
    case Result::Matches:
        return tr("The snapshot of %1 shows %2: this path starts from that server.").arg(host, serverText(facts));
    case Result::DoesNotMatch:
        break;
    }
    QString text = tr("The snapshot of %1 shows %2, but this path starts from %3. Choose the path that "
                      "starts from that server, or open the snapshot of the right server.")
                       .arg(host, serverText(facts), path.sourceText());
    QStringList others;
    for (const QString &id : pathsFor(facts)) {
        const UpgradePath *other = Catalog::instance().path(id);
        others.append(tr("%1 to %2").arg(other->sourceText(), other->targetText()));
    }
    if (others.isEmpty())
        return text + QLatin1Char(' ') + tr("No path in this wizard starts from that server.");
    return text + QLatin1Char(' ') + tr("The paths that start from it: %1.").arg(others.join(QStringLiteral("; ")));
}

} // namespace prep

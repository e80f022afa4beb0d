// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace prep {

struct UpgradePath;

// Whether an upgrade path starts from the server some facts describe (a prepprobe snapshot): its
// Windows version, Small Business Server suite and Exchange version against the path's PathServer
// in the catalog. Facts that are not of Windows tell nothing; nor do they tell an edition Windows
// does not report (Unknown, never Matches).
class PathMatch
{
    Q_DECLARE_TR_FUNCTIONS(PathMatch)

public:
    enum class Result { Unknown, Matches, DoesNotMatch };

    static Result of(const UpgradePath &path, const facts::Facts &facts);
    // The paths that start from that server, in catalog order.
    static QStringList pathsFor(const facts::Facts &facts);
    // The path to show first on the path page: the first of pathsFor() when they all start from
    // the same product (an SBS 2003 server: both of its paths); empty when the facts cannot tell.
    static QString suggestedPath(const facts::Facts &facts);

    // For the path page, in the current language, in plain text (the caller escapes it): that the
    // server matches the path, or that it does not and which paths start from it. Empty when the
    // facts tell nothing.
    static QString snapshotSentence(const UpgradePath &path, const facts::Facts &facts);
    // "Windows Small Business Server 2003 5.2.3790 Service Pack 2, with Exchange 6.5.7638.1": what
    // the facts say the server runs, on one bounded line.
    static QString serverText(const facts::Facts &facts);
};

} // namespace prep

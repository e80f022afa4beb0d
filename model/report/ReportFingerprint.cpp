// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportFingerprint.h"

#include "report/FleetReport.h"
#include "report/JsonReport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace prep {

QByteArray ReportFingerprint::canonicalJson(QJsonObject report)
{
    report.remove(QLatin1String(member));
    // QJsonObject keeps its members sorted by name; the compact form has no white space.
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}

QString ReportFingerprint::of(const QJsonObject &report)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(report), QCryptographicHash::Sha256).toHex());
}

ReportFingerprint::Result ReportFingerprint::verifyFile(const QString &filePath, QString *message)
{
    const QString name = QDir::toNativeSeparators(filePath);
    const QFileInfo info(filePath);
    QString reason;
    if (!info.exists())
        reason = tr("there is no such file");
    else if (info.isDir())
        reason = tr("it is a folder, not a file");
    else if (!info.isFile()) // a named pipe or a device would block the read or never end
        reason = tr("it is not an ordinary file");
    QByteArray bytes;
    if (reason.isEmpty()) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            reason = file.errorString();
        } else {
            bytes = file.read(maxFileSize + 1);
            if (file.error() != QFileDevice::NoError)
                reason = file.errorString();
            else if (bytes.size() > maxFileSize)
                reason = tr("it is too large to be a report");
        }
    }
    if (!reason.isEmpty()) {
        *message = tr("%1 cannot be read: %2.").arg(name, reason);
        return Result::Unreadable;
    }
    return verify(bytes, name, message);
}

ReportFingerprint::Result ReportFingerprint::verify(const QByteArray &bytes, const QString &name, QString *message)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *message = tr("%1 cannot be read: it is not a JSON report of Prep Wizard.").arg(name);
        return Result::Unreadable;
    }
    const QJsonObject report = document.object();
    const QString schema = report.value(QStringLiteral("schema")).toString();
    // A report about one server, or about several (FleetReport).
    if (schema != QLatin1String(JsonReport::schema) && schema != QLatin1String(FleetReport::schema)) {
        *message = tr("%1 cannot be read: it is not a JSON report of Prep Wizard (%2).")
                       .arg(name, QLatin1String(JsonReport::schema));
        return Result::Unreadable;
    }
    const QString recorded = report.value(QLatin1String(member)).toString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(recorded).hasMatch()) {
        *message = tr("%1 cannot be checked: it has no fingerprint (it was made by an older version, or the "
                      "fingerprint was removed).")
                       .arg(name);
        return Result::Unreadable;
    }
    const QString computed = of(report);
    if (computed == recorded) {
        *message = tr("%1 is unchanged since it was made: its fingerprint %2 matches its content.").arg(name, recorded);
        return Result::Unchanged;
    }
    *message = tr("%1 was changed after it was made: its fingerprint says %2, its content now gives %3.")
                   .arg(name, recorded, computed);
    return Result::Changed;
}

} // namespace prep

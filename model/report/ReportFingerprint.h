// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace prep {

// The report's fingerprint: the SHA-256 of its JSON form, so that a printed or saved record can
// be told apart from one changed after it was made (docs/record.md).
//
// What is hashed, exactly: the JSON report object ("schema": "prepwizard.report/1") without its
// "fingerprint" member, written compact (no white space between tokens), its members in
// ascending order of their names at every level, strings as UTF-8 with only '"', '\' and the
// control characters escaped, whole numbers without a fraction or exponent; the 64 lowercase
// hexadecimal digits of SHA-256 over those bytes. It is the same whatever the indentation of the
// file, so a report reindented by a tool is still unchanged; any change of a value is a change.
class ReportFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(ReportFingerprint)

public:
    static constexpr const char *member = "fingerprint";
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024; // far above any report

    static QByteArray canonicalJson(QJsonObject report); // the bytes hashed
    static QString of(const QJsonObject &report);        // 64 hexadecimal digits

    enum class Result { Unchanged = 0, Changed = 1, Unreadable = 3 };
    // Reads a JSON report and recomputes its fingerprint; *message says the result in words.
    static Result verifyFile(const QString &filePath, QString *message);
    static Result verify(const QByteArray &bytes, const QString &name, QString *message);
};

} // namespace prep

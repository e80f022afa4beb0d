// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/helpers/WindowsTextFile.h"

#include <QFile>
#include <QStringDecoder>

namespace prep {

std::optional<QString> WindowsTextFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return QString();
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::encodingForData(bytes).value_or(QStringConverter::System));
    return QString(decoder.decode(bytes));
}

} // namespace prep

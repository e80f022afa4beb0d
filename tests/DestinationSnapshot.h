// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Destination Server's snapshot of a migration (issue 19), as prepprobe writes it there: the
// Source's fixture with another host name and the new server's figures.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

inline QJsonObject destinationSnapshot(const QString &hostName, bool is64Bit, double memoryGiB)
{
    QFile source(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"));
    if (!source.open(QIODevice::ReadOnly))
        return {};
    QJsonObject facts = QJsonDocument::fromJson(source.readAll()).object();
    facts.insert(QStringLiteral("hostName"), hostName);
    QJsonObject cpu = facts.value(QStringLiteral("cpu")).toObject();
    cpu.insert(QStringLiteral("is64Bit"), is64Bit);
    cpu.insert(QStringLiteral("physicalCores"), 4);
    cpu.insert(QStringLiteral("logicalCores"), 8);
    facts.insert(QStringLiteral("cpu"), cpu);
    QJsonObject memory = facts.value(QStringLiteral("memory")).toObject();
    memory.insert(QStringLiteral("totalBytes"), memoryGiB * 1024 * 1024 * 1024);
    facts.insert(QStringLiteral("memory"), memory);
    QJsonArray volumes = facts.value(QStringLiteral("volumes")).toArray();
    QJsonObject system = volumes.at(0).toObject();
    system.insert(QStringLiteral("totalBytes"), 500.0 * 1024 * 1024 * 1024);
    system.insert(QStringLiteral("freeBytes"), 400.0 * 1024 * 1024 * 1024);
    volumes.replace(0, system);
    facts.insert(QStringLiteral("volumes"), volumes);
    return facts;
}

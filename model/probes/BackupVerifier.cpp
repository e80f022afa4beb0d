// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupVerifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <utility>

namespace prep {

namespace {

constexpr qint64 blockSize = 256 * 1024;

struct Digest
{
    QByteArray sha256;
    QString error;
    bool cancelled = false;
};

Digest sha256(const QString &path, const std::atomic_bool &cancelled)
{
    Digest digest;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        digest.error = file.errorString();
        return digest;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!file.atEnd()) {
        if (cancelled.load()) {
            digest.cancelled = true;
            return digest;
        }
        const QByteArray block = file.read(blockSize);
        if (block.isEmpty() && file.error() != QFileDevice::NoError) {
            digest.error = file.errorString();
            return digest;
        }
        hash.addData(block);
    }
    digest.sha256 = hash.result();
    return digest;
}

} // namespace

BackupVerifier::BackupVerifier(Options options) : m_options(std::move(options)) {}

QStringList BackupVerifier::sample(const std::atomic_bool &cancelled, int *seen) const
{
    QRandomGenerator random = m_options.seed ? QRandomGenerator(*m_options.seed) : QRandomGenerator::securelySeeded();
    const QDir restored(m_options.restoredFolder);
    QStringList picked;
    picked.reserve(m_options.sampleSize);
    // Algorithm R: after i files, each has had the same chance, sampleSize / i, to be kept.
    QDirIterator it(m_options.restoredFolder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext() && !cancelled.load()) {
        const QString relative = restored.relativeFilePath(it.next());
        if (picked.size() < m_options.sampleSize) {
            picked.append(relative);
        } else {
            const auto slot = static_cast<qsizetype>(random.bounded(count + 1));
            if (slot < m_options.sampleSize)
                picked[slot] = relative;
        }
        ++count;
    }
    *seen = count;
    picked.sort();
    return picked;
}

BackupReport BackupVerifier::run(const std::atomic_bool &cancelled, const Progress &progress) const
{
    BackupReport report;
    if (progress)
        progress(0, 0);
    const QStringList files = sample(cancelled, &report.filesInRestore);
    report.sampled = static_cast<int>(files.size());
    const QDir original(m_options.originalFolder);
    const QDir restored(m_options.restoredFolder);
    for (int done = 0; done < report.sampled; ++done) {
        if (progress)
            progress(done, report.sampled);
        if (cancelled.load())
            break;
        const QString &relative = files.at(done);
        const QFileInfo originalInfo(original.filePath(relative));
        const QFileInfo restoredInfo(restored.filePath(relative));
        if (!originalInfo.exists()) {
            report.missing.append(relative);
            continue;
        }
        // A named pipe would keep the reading waiting for a writer; a device might never end.
        if (!originalInfo.isFile() && !originalInfo.isDir()) {
            report.unreadable.append(QStringLiteral("%1: %2").arg(
                relative, QCoreApplication::translate("Probes", "it is not an ordinary file")));
            continue;
        }
        const Digest restoredDigest = sha256(restoredInfo.filePath(), cancelled);
        const Digest originalDigest = restoredDigest.cancelled ? Digest{} : sha256(originalInfo.filePath(), cancelled);
        if (restoredDigest.cancelled || originalDigest.cancelled)
            break;
        const QString error = !restoredDigest.error.isEmpty() ? restoredDigest.error : originalDigest.error;
        if (!error.isEmpty()) {
            report.unreadable.append(QStringLiteral("%1: %2").arg(relative, error));
            continue;
        }
        if (restoredDigest.sha256 == originalDigest.sha256) {
            report.identical.append(relative);
            continue;
        }
        const QDateTime backupTime =
            m_options.backupTime.isValid() ? m_options.backupTime : restoredInfo.lastModified();
        if (originalInfo.lastModified() > backupTime)
            report.changed.append(relative);
        else
            report.mismatches.append(relative);
    }
    report.cancelled = cancelled.load();
    if (progress && !report.cancelled)
        progress(report.sampled, report.sampled);
    return report;
}

} // namespace prep

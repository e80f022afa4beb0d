// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/backup/BackupVerifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef PREP_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

#include <future>
#include <stdexcept>
#include <utility>

namespace prep {

namespace {

// SHA-256 of a stream. Qt 6.4 hashes with portable C code, about 1.5 times slower than coreutils'
// sha256sum; OpenSSL's libcrypto, where the build has it, uses the processor's SHA instructions.
class Sha256
{
public:
#ifdef PREP_HAVE_OPENSSL
    Sha256() : m_context(EVP_MD_CTX_new())
    {
        if (!m_context || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1)
            throw std::runtime_error("OpenSSL cannot hash with SHA-256");
    }
    ~Sha256() { EVP_MD_CTX_free(m_context); }
    void addData(const char *data, qint64 size) { EVP_DigestUpdate(m_context, data, std::size_t(size)); }
    QByteArray result()
    {
        QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(digest.data()), &length);
        digest.truncate(int(length));
        return digest;
    }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

private:
    EVP_MD_CTX *m_context;
#else
    void addData(const char *data, qint64 size) { m_hash.addData(QByteArrayView(data, size)); }
    QByteArray result() { return m_hash.result(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
#endif
};

// Large sequential reads into one buffer per file, hashed as they arrive: each file is read once.
constexpr qint64 blockSize = 1024 * 1024;

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
    // Unbuffered: QFile's own buffer would only copy every block once more.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        digest.error = file.errorString();
        return digest;
    }
    Sha256 hash;
    QByteArray block(blockSize, Qt::Uninitialized);
    for (;;) {
        if (cancelled.load()) {
            digest.cancelled = true;
            return digest;
        }
        const qint64 got = file.read(block.data(), blockSize);
        if (got < 0) {
            digest.error = file.errorString();
            return digest;
        }
        if (got == 0)
            break;
        hash.addData(block.constData(), got);
    }
    digest.sha256 = hash.result();
    return digest;
}

} // namespace

QString UnreadFile::text() const
{
    return QStringLiteral("%1: %2").arg(path, notAFile ? QCoreApplication::translate("Probes", "it is not an ordinary file") : error);
}

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
            report.unreadable.append({relative, true, {}});
            continue;
        }
        // The two copies are hashed at once, the restored one on a second thread: on two cores
        // that takes about half the time of one after the other.
        std::future<Digest> restoredHash = std::async(std::launch::async, [&cancelled, path = restoredInfo.filePath()] {
            return sha256(path, cancelled);
        });
        const Digest originalDigest = sha256(originalInfo.filePath(), cancelled);
        const Digest restoredDigest = restoredHash.get();
        if (restoredDigest.cancelled || originalDigest.cancelled)
            break;
        const QString error = !restoredDigest.error.isEmpty() ? restoredDigest.error : originalDigest.error;
        if (!error.isEmpty()) {
            report.unreadable.append({relative, false, error});
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

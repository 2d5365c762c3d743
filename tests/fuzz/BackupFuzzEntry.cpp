#include "BackupFuzzEntry.h"

#include "core/backup/BackupReader.h"
#include "core/backup/BackupService.h"
#include "core/backup/BackupWriter.h"
#include "core/clinic/Clinic.h"
#include "core/clinic/ClinicSchema.h"
#include "core/crypto/Keyring.h"
#include "core/storage/DataFolder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace outpost::backup::fuzz {

namespace {

crypto::SecretKey fixedKey()
{
    const QByteArray bytes(32, '\x42');
    return crypto::SecretKey::fromBytes({reinterpret_cast<const unsigned char*>(bytes.constData()), 32});
}

} // namespace

Outcome runBackupInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    BackupReader reader(buffer);
    if (!reader.readHeader())
        return Outcome::RefusedHeader;
    quint64 checksum = 0;
    BackupReader::Handler handler;
    handler.keys = [&](const crypto::SecretKey& key, const QByteArray& keyring) -> Result<void> {
        checksum += key.size() + quint64(keyring.size());
        return {};
    };
    handler.pages = [&](quint32 firstPage, const char* pages, int count) -> Result<void> {
        checksum += firstPage + quint64(count) + quint8(pages[0]);
        return {};
    };
    const crypto::SecretKey key = fixedKey();
    return reader.read(key, handler) ? Outcome::Read : Outcome::RefusedStream;
}

std::vector<QByteArray> backupSeeds()
{
    std::vector<QByteArray> seeds;
    QTemporaryDir dir;
    SystemClock clock;
    const QString data = dir.filePath(QStringLiteral("data"));
    storage::DataFolder folder(data, clinic::clinicMigrations(), clock);
    if (!folder.init(QStringLiteral("Fuzz"), QStringLiteral("amina"), QStringLiteral("granite-harbour-71"),
                     crypto::KdfParameters::interactive()))
        return seeds;
    auto opened = clinic::Clinic::open(data, QStringLiteral("amina"), QStringLiteral("granite-harbour-71"), clock);
    if (!opened)
        return seeds;
    StreamKey key;
    key.source = KeySource::Passphrase;
    key.kdf = crypto::KdfParameters::interactive();
    key.salt = QByteArray(16, '\x01');
    key.key = fixedKey();
    const QString path = dir.filePath(QStringLiteral("seed.outpostbackup"));
    const ExportSource source{
        (*opened)->database(), (*opened)->dataKey(), QDir(data).filePath(crypto::Keyring::fileName()), {}};
    if (!BackupService::exportTo(path, source, key, clock))
        return seeds;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return seeds;
    const QByteArray good = file.readAll();
    seeds.push_back(good);
    seeds.push_back(good.left(good.size() - 7));
    seeds.push_back(good.left(good.size() / 2));
    QByteArray flipped = good;
    flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 1);
    seeds.push_back(flipped);
    return seeds;
}

} // namespace outpost::backup::fuzz

#include "core/backup/BackupReader.h"

#include "core/CoreText.h"

#include <QtEndian>

#include <sodium.h>
#include <zstd.h>

#include <cstring>
#include <memory>
#include <vector>

namespace outpost::backup {

namespace {

constexpr int kPagesPerRun = 1024;
constexpr qsizetype kPrefixSize = qsizetype(sizeof format::kMagic) + 2 + 4;
constexpr qsizetype kHashSize = 32;

Error notBackup()
{
    return makeError(ErrorCode::Damaged, CoreText::tr("This file is not an Outpost backup."));
}

Error truncated()
{
    return makeError(ErrorCode::Damaged,
                     CoreText::tr("The backup is incomplete: the file ends before its last part (it was cut short "
                                  "or the copy did not finish)."));
}

Error damagedPart(qint64 part)
{
    return makeError(ErrorCode::Damaged,
                     CoreText::tr("The backup is damaged: part %1 failed authentication (the file was changed or "
                                  "the disk corrupted it).")
                         .arg(part));
}

bool readExactly(QIODevice& device, char* data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 got = device.read(data + done, size - done);
        if (got <= 0)
            return false;
        done += got;
    }
    return true;
}

struct DctxDeleter {
    void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
};

} // namespace

Result<BackupHeader> BackupReader::readHeader()
{
    QByteArray prefix(kPrefixSize, Qt::Uninitialized);
    if (!readExactly(m_device, prefix.data(), prefix.size()))
        return notBackup();
    if (std::memcmp(prefix.constData(), format::kMagic, sizeof format::kMagic) != 0)
        return notBackup();
    const auto version = qFromBigEndian<quint16>(prefix.constData() + sizeof format::kMagic);
    if (version > format::kVersion)
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("This backup was made by a newer version of Outpost (backup format %1; this "
                                      "version reads format %2). Update Outpost to read it.")
                             .arg(version)
                             .arg(format::kVersion));
    if (version == 0)
        return notBackup();
    const auto jsonSize = qFromBigEndian<quint32>(prefix.constData() + sizeof format::kMagic + 2);
    if (jsonSize == 0 || jsonSize > format::kMaxHeaderJson)
        return notBackup();
    const qsizetype rest = qsizetype(jsonSize) + qsizetype(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    QByteArray body(rest + kHashSize, Qt::Uninitialized);
    if (!readExactly(m_device, body.data(), body.size()))
        return truncated();
    m_headerBytes = prefix + body;
    unsigned char hash[kHashSize];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(m_headerBytes.constData()),
                       std::size_t(m_headerBytes.size() - kHashSize), nullptr, 0);
    if (sodium_memcmp(hash, m_headerBytes.constData() + m_headerBytes.size() - kHashSize, kHashSize) != 0)
        return makeError(ErrorCode::Damaged, CoreText::tr("The backup's header is damaged."));
    auto header = BackupHeader::fromJson(body.left(jsonSize));
    if (!header)
        return header.error();
    header->formatVersion = version;
    m_header = *header;
    return m_header;
}

Result<void> BackupReader::read(const crypto::SecretKey& streamKey, const Handler& handler, const Progress& progress)
{
    if (m_headerBytes.isEmpty())
        return makeError(ErrorCode::Usage, CoreText::tr("The backup's header has not been read."));
    if (streamKey.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return makeError(ErrorCode::Usage, CoreText::tr("A backup key must be 32 bytes."));
    crypto_secretstream_xchacha20poly1305_state state;
    const auto* streamHeader = reinterpret_cast<const unsigned char*>(m_headerBytes.constData()) +
                               m_headerBytes.size() - kHashSize - crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, streamKey.data()) != 0)
        return makeError(ErrorCode::Damaged, CoreText::tr("The backup's header is damaged."));

    std::unique_ptr<ZSTD_DCtx, DctxDeleter> decompressor(ZSTD_createDCtx());
    const qint64 expectedBytes = qint64(m_header.pageCount) * format::kPageSize;
    std::vector<char> pages(std::size_t(kPagesPerRun) * format::kPageSize);
    std::size_t filled = 0;
    // Format 1 streams pages 1…N; format 2 streams 2…N and sends page 1 in a FirstPage chunk.
    const bool firstPageApart = m_header.formatVersion >= 2;
    quint32 nextPage = firstPageApart ? 2 : 1;
    bool firstPageSeen = false;
    auto emitPages = [&](std::size_t bytes) -> Result<void> {
        const int count = int(bytes / format::kPageSize);
        if (qint64(nextPage - 1 + quint32(count)) * format::kPageSize > expectedBytes)
            return makeError(ErrorCode::Damaged, CoreText::tr("The backup holds more pages than its header says."));
        if (handler.pages) {
            if (auto taken = handler.pages(nextPage, pages.data(), count); !taken)
                return taken;
        }
        nextPage += quint32(count);
        if (progress && !progress(qint64(nextPage - 1) * format::kPageSize, expectedBytes))
            return cancelledError();
        return {};
    };
    // The pages still in the buffer once the zstd stream has ended: whole pages only.
    auto emitRest = [&]() -> Result<void> {
        if (filled % format::kPageSize != 0)
            return makeError(ErrorCode::Damaged, CoreText::tr("The backup is damaged: it ends inside a page."));
        if (filled > 0) {
            if (auto emitted = emitPages(filled); !emitted)
                return emitted;
            filled = 0;
        }
        return {};
    };

    QByteArray cipher;
    QByteArray plain;
    bool keysSeen = false;
    bool finalSeen = false;
    bool frameEnded = false;
    qint64 part = 0;
    while (!finalSeen) {
        ++part;
        char lengthBytes[4];
        if (!readExactly(m_device, lengthBytes, 4))
            return truncated();
        const auto length = qFromBigEndian<quint32>(lengthBytes);
        if (length <= crypto_secretstream_xchacha20poly1305_ABYTES + 1 ||
            length > format::kMaxChunkPlain + crypto_secretstream_xchacha20poly1305_ABYTES)
            return damagedPart(part);
        cipher.resize(length);
        if (!readExactly(m_device, cipher.data(), length))
            return truncated();
        plain.resize(qsizetype(length - crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        const bool first = part == 1;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(plain.data()), &plainSize, &tag,
                reinterpret_cast<const unsigned char*>(cipher.constData()), length,
                first ? reinterpret_cast<const unsigned char*>(m_headerBytes.constData()) : nullptr,
                first ? std::size_t(m_headerBytes.size()) : 0) != 0)
            return damagedPart(part);
        finalSeen = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        const auto type = format::ChunkType(quint8(plain.at(0)));
        const char* payload = plain.constData() + 1;
        const auto payloadSize = std::size_t(plainSize - 1);
        if (first != (type == format::ChunkType::Keys) || finalSeen != (type == format::ChunkType::End))
            return damagedPart(part);
        if (firstPageSeen && type != format::ChunkType::End)
            return damagedPart(part); // only the end may follow page 1
        switch (type) {
        case format::ChunkType::Keys: {
            if (payloadSize <= crypto::SecretKey::kDefaultSize)
                return damagedPart(part);
            const crypto::SecretKey dataKey = crypto::SecretKey::fromBytes(
                {reinterpret_cast<const unsigned char*>(payload), crypto::SecretKey::kDefaultSize});
            const QByteArray keyring(payload + crypto::SecretKey::kDefaultSize,
                                     qsizetype(payloadSize - crypto::SecretKey::kDefaultSize));
            sodium_memzero(plain.data(), std::size_t(plain.size()));
            keysSeen = true;
            if (handler.keys) {
                if (auto taken = handler.keys(dataKey, keyring); !taken)
                    return taken;
            }
            break;
        }
        case format::ChunkType::Data: {
            ZSTD_inBuffer in{payload, payloadSize, 0};
            while (in.pos < in.size) {
                if (frameEnded)
                    return damagedPart(part);
                ZSTD_outBuffer out{pages.data(), pages.size(), filled};
                const std::size_t left = ZSTD_decompressStream(decompressor.get(), &out, &in);
                if (ZSTD_isError(left))
                    return damagedPart(part);
                frameEnded = left == 0;
                filled = out.pos;
                if (filled == pages.size()) {
                    if (auto emitted = emitPages(filled); !emitted)
                        return emitted;
                    filled = 0;
                }
            }
            // zstd may still hold output after consuming all input.
            for (;;) {
                ZSTD_outBuffer out{pages.data(), pages.size(), filled};
                const std::size_t left = ZSTD_decompressStream(decompressor.get(), &out, &in);
                if (ZSTD_isError(left))
                    return damagedPart(part);
                frameEnded = frameEnded || left == 0;
                const bool progressed = out.pos > filled;
                filled = out.pos;
                if (filled == pages.size()) {
                    if (auto emitted = emitPages(filled); !emitted)
                        return emitted;
                    filled = 0;
                    continue;
                }
                if (!progressed)
                    break;
            }
            break;
        }
        case format::ChunkType::FirstPage: {
            if (!firstPageApart || !frameEnded || payloadSize != std::size_t(format::kPageSize))
                return damagedPart(part);
            if (auto emitted = emitRest(); !emitted)
                return emitted;
            firstPageSeen = true;
            if (handler.pages) {
                if (auto taken = handler.pages(1, payload, 1); !taken)
                    return taken;
            }
            sodium_memzero(plain.data(), std::size_t(plain.size()));
            break;
        }
        case format::ChunkType::End: {
            if (payloadSize != 4 || qFromBigEndian<quint32>(payload) != m_header.pageCount ||
                firstPageApart != firstPageSeen)
                return damagedPart(part);
            break;
        }
        default:
            return damagedPart(part);
        }
    }
    sodium_memzero(&state, sizeof state);
    if (!keysSeen || !frameEnded)
        return makeError(ErrorCode::Damaged, CoreText::tr("The backup is damaged: its data is incomplete."));
    if (auto emitted = emitRest(); !emitted)
        return emitted;
    sodium_memzero(pages.data(), pages.size());
    if (qint64(nextPage - 1) * format::kPageSize != expectedBytes)
        return makeError(ErrorCode::Damaged,
                         CoreText::tr("The backup is damaged: it holds fewer pages than its header says."));
    char extra = 0;
    if (m_device.read(&extra, 1) > 0)
        return makeError(ErrorCode::Damaged, CoreText::tr("The backup is damaged: there are bytes after its end."));
    return {};
}

} // namespace outpost::backup

#include "core/storage/PageCodec.h"

#include "StorageTesting.h"

#include <sodium.h>

#include <QTest>

#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

using namespace outpost::storage;
using namespace outpost::storage::testing;

/// One page in, one page out: encrypted, authenticated, bound to its place, and told apart from a wrong key.
class TestPageCodec : public QObject
{
    Q_OBJECT

    PageKeys m_keys{testKey(1), 3, 7};
    PageCodec m_codec{m_keys};
    Salt m_salt{};
    Salt m_otherSalt{};
    unsigned char m_walHeader[16] = {0, 0, 0, 5, 0, 0, 0, 9, 1, 2, 3, 4, 5, 6, 7, 8};

    static QByteArray plainPage(bool pageOne)
    {
        QByteArray plain(page::kSize, '\0');
        for (int i = 0; i < page::kUsable; ++i)
            plain[i] = static_cast<char>(i * 13 + 1);
        if (pageOne) {
            std::memcpy(plain.data(), "SQLite format 3", 16);
            const unsigned char header[8] = {0x10, 0x00, 2, 2, page::kReserved, 64, 32, 32};
            std::memcpy(plain.data() + 16, header, 8);
        }
        return plain;
    }

    PageAddress address(FileKind kind, std::uint32_t pageNumber) const
    {
        return PageAddress{kind, pageNumber, &m_salt, kind == FileKind::Wal ? m_walHeader : nullptr};
    }

    QByteArray encrypt(const PageAddress& where, const QByteArray& plain) const
    {
        QByteArray disk(page::kSize, '\0');
        m_codec.encrypt(where, reinterpret_cast<const unsigned char*>(plain.constData()),
                        reinterpret_cast<unsigned char*>(disk.data()));
        return disk;
    }

    PageCodec::Status decrypt(const PageCodec& codec, const PageAddress& where, const QByteArray& disk,
                              QByteArray* plain = nullptr) const
    {
        QByteArray out(page::kSize, '\x55');
        const auto status = codec.decrypt(where, reinterpret_cast<const unsigned char*>(disk.constData()),
                                          reinterpret_cast<unsigned char*>(out.data()));
        if (plain)
            *plain = out;
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(outpost::crypto::initialiseSodium());
        randombytes_buf(m_salt.data(), m_salt.size());
        randombytes_buf(m_otherSalt.data(), m_otherSalt.size());
    }

    void everyKindOfPageRoundTrips_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("pageNumber");
        QTest::newRow("an ordinary database page") << int(FileKind::Database) << 17;
        QTest::newRow("the first database page") << int(FileKind::Database) << 1;
        QTest::newRow("a page in a WAL frame") << int(FileKind::Wal) << 5;
        QTest::newRow("the first page in a WAL frame") << int(FileKind::Wal) << 1;
        QTest::newRow("a page in a journal record") << int(FileKind::Journal) << 2;
        QTest::newRow("a page past the lock-byte page") << int(FileKind::Database) << int(page::kLockBytePage + 1);
    }

    void everyKindOfPageRoundTrips()
    {
        QFETCH(int, kind);
        QFETCH(int, pageNumber);
        const PageAddress where = address(FileKind(kind), std::uint32_t(pageNumber));
        const QByteArray plain = plainPage(pageNumber == 1);
        const QByteArray disk = encrypt(where, plain);
        QVERIFY(disk.left(page::kUsable) != plain.left(page::kUsable));
        QByteArray back;
        QCOMPARE(decrypt(m_codec, where, disk, &back), PageCodec::Status::Ok);
        QCOMPARE(back, plain);
    }

    void pageOneKeepsItsSaltAndHeaderInClear()
    {
        const QByteArray plain = plainPage(true);
        const QByteArray disk = encrypt(address(FileKind::Database, 1), plain);
        QCOMPARE(disk.left(16), QByteArray(reinterpret_cast<const char*>(m_salt.data()), 16));
        QCOMPARE(disk.mid(16, 8), plain.mid(16, 8));
        QVERIFY(disk.mid(24, 100) != plain.mid(24, 100));
        const Trailer trailer =
            Trailer::decode(reinterpret_cast<const unsigned char*>(disk.constData()) + page::kTrailerOffset);
        QCOMPARE(trailer.formatVersion, page::kFormatVersion);
        QCOMPARE(trailer.kdfProfile, std::uint8_t(3));
        QCOMPARE(trailer.keyEpoch, std::uint32_t(7));
    }

    void theReservedAreaReadsBackAsZeros()
    {
        QByteArray plain = plainPage(false);
        const QByteArray disk = encrypt(address(FileKind::Database, 4), plain);
        QByteArray back;
        QCOMPARE(decrypt(m_codec, address(FileKind::Database, 4), disk, &back), PageCodec::Status::Ok);
        QCOMPARE(back.mid(page::kUsable), QByteArray(page::kReserved, '\0'));
    }

    void everyWriteUsesAFreshNonce()
    {
        const QByteArray plain = plainPage(false);
        const QByteArray first = encrypt(address(FileKind::Database, 9), plain);
        const QByteArray second = encrypt(address(FileKind::Database, 9), plain);
        QVERIFY(first.mid(page::kNonceOffset, page::kNonceBytes) != second.mid(page::kNonceOffset, page::kNonceBytes));
        QVERIFY(first.left(page::kUsable) != second.left(page::kUsable));
    }

    void aForkedChildNeverReusesItsParentsNonces()
    {
        const QByteArray plain = plainPage(false);
        (void)encrypt(address(FileKind::Database, 2), plain); // the parent's nonce pool is filled now
        int channel[2];
        QCOMPARE(::pipe(channel), 0);
        const pid_t child = ::fork();
        if (child == 0) {
            const QByteArray disk = encrypt(address(FileKind::Database, 2), plain);
            const ssize_t written = ::write(channel[1], disk.constData() + page::kNonceOffset, page::kNonceBytes);
            ::_exit(written == page::kNonceBytes ? 0 : 1);
        }
        QVERIFY(child > 0);
        const QByteArray parentDisk = encrypt(address(FileKind::Database, 2), plain);
        char childNonce[page::kNonceBytes] = {};
        QCOMPARE(::read(channel[0], childNonce, sizeof childNonce), ssize_t(sizeof childNonce));
        int status = -1;
        ::waitpid(child, &status, 0);
        ::close(channel[0]);
        ::close(channel[1]);
        QCOMPARE(status, 0);
        QVERIFY(QByteArray(childNonce, sizeof childNonce) != parentDisk.mid(page::kNonceOffset, page::kNonceBytes));
    }

    void anyFlippedByteFailsAuthentication_data()
    {
        QTest::addColumn<int>("pageNumber");
        QTest::addColumn<int>("offset");
        QTest::newRow("the first encrypted byte") << 3 << 0;
        QTest::newRow("the last encrypted byte") << 3 << page::kUsable - 1;
        QTest::newRow("a byte of the nonce") << 3 << page::kNonceOffset + 5;
        QTest::newRow("a byte of the tag") << 3 << page::kTagOffset + 15;
        QTest::newRow("the trailer's format version") << 3 << page::kTrailerOffset;
        QTest::newRow("the trailer's KDF profile") << 3 << page::kTrailerOffset + 1;
        QTest::newRow("the trailer's key epoch") << 3 << page::kTrailerOffset + 7;
        QTest::newRow("page one's salt") << 1 << 4;
        QTest::newRow("page one's clear page size") << 1 << 16;
        QTest::newRow("page one's clear reserved-byte count") << 1 << 20;
        QTest::newRow("page one's first encrypted byte") << 1 << 24;
    }

    void anyFlippedByteFailsAuthentication()
    {
        QFETCH(int, pageNumber);
        QFETCH(int, offset);
        const PageAddress where = address(FileKind::Database, std::uint32_t(pageNumber));
        QByteArray disk = encrypt(where, plainPage(pageNumber == 1));
        disk[offset] = static_cast<char>(disk.at(offset) ^ 0x20);
        QByteArray back;
        QCOMPARE(decrypt(m_codec, where, disk, &back), PageCodec::Status::Failed);
        QCOMPARE(back, QByteArray(page::kSize, '\0'));
    }

    void aPageCannotMoveElsewhere_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("pageNumber");
        QTest::addColumn<bool>("otherSalt");
        QTest::newRow("to another page number") << int(FileKind::Database) << 8 << false;
        QTest::newRow("into the WAL") << int(FileKind::Wal) << 7 << false;
        QTest::newRow("into the journal") << int(FileKind::Journal) << 7 << false;
        QTest::newRow("into a database with another salt") << int(FileKind::Database) << 7 << true;
    }

    void aPageCannotMoveElsewhere()
    {
        QFETCH(int, kind);
        QFETCH(int, pageNumber);
        QFETCH(bool, otherSalt);
        const QByteArray disk = encrypt(address(FileKind::Database, 7), plainPage(false));
        PageAddress elsewhere = address(FileKind(kind), std::uint32_t(pageNumber));
        if (otherSalt)
            elsewhere.salt = &m_otherSalt;
        QCOMPARE(decrypt(m_codec, elsewhere, disk), PageCodec::Status::Failed);
    }

    void aWalPageIsBoundToItsPageNumberAndCommitSize()
    {
        const QByteArray disk = encrypt(address(FileKind::Wal, 5), plainPage(false));
        for (int byte : {0, 3, 4, 7}) {
            unsigned char header[16];
            std::memcpy(header, m_walHeader, 16);
            header[byte] ^= 1;
            const PageAddress changed{FileKind::Wal, readBigEndian32(header), &m_salt, header};
            QVERIFY2(decrypt(m_codec, changed, disk) == PageCodec::Status::Failed, qPrintable(QString::number(byte)));
        }
    }

    void aWalPageSurvivesItsSaltsBeingFilledInAtCommit()
    {
        // SQLite writes frames with zero salts after an in-place rewrite and sets them at commit.
        const QByteArray disk = encrypt(address(FileKind::Wal, 5), plainPage(false));
        unsigned char header[16];
        std::memcpy(header, m_walHeader, 16);
        std::memset(header + 8, 0, 8);
        const PageAddress zeroSalts{FileKind::Wal, readBigEndian32(header), &m_salt, header};
        QCOMPARE(decrypt(m_codec, zeroSalts, disk), PageCodec::Status::Ok);
    }

    void aWrongKeyIsToldApartFromDamage()
    {
        const PageAddress where = address(FileKind::Database, 1);
        const QByteArray disk = encrypt(where, plainPage(true));
        const PageKeys otherKeys(testKey(2), 3, 7);
        const PageCodec otherCodec(otherKeys);
        QCOMPARE(decrypt(otherCodec, where, disk), PageCodec::Status::WrongKey);
        QByteArray damaged = disk;
        damaged[100] = static_cast<char>(damaged.at(100) ^ 1);
        QCOMPARE(decrypt(m_codec, where, damaged), PageCodec::Status::Failed);
    }

    void theSameKeyDerivesTheSameKeys()
    {
        const PageKeys again(testKey(1), 0, 0);
        QVERIFY(again.sameKeyAs(m_keys));
        QVERIFY(!PageKeys(testKey(2), 0, 0).sameKeyAs(m_keys));
        QCOMPARE(again.trailer().keyCheck, m_keys.trailer().keyCheck);
    }

    void masksHideChecksumsAndDependOnEverythingTheyBind()
    {
        const unsigned char salts[8] = {1, 2, 3, 4, 5, 6, 7, 8};
        const unsigned char otherSalts[8] = {1, 2, 3, 4, 5, 6, 7, 9};
        const auto mask = m_codec.walMask(m_salt, salts, 1);
        QCOMPARE(m_codec.walMask(m_salt, salts, 1), mask);
        QVERIFY(m_codec.walMask(m_salt, salts, 2) != mask);
        QVERIFY(m_codec.walMask(m_salt, otherSalts, 1) != mask);
        QVERIFY(m_codec.walMask(m_otherSalt, salts, 1) != mask);
        QVERIFY(mask != (std::array<unsigned char, 8>{}));

        unsigned char nonce[page::kNonceBytes] = {};
        unsigned char otherNonce[page::kNonceBytes] = {1};
        const auto journal = m_codec.journalMask(m_salt, nonce, 4100);
        QCOMPARE(m_codec.journalMask(m_salt, nonce, 4100), journal);
        QVERIFY(m_codec.journalMask(m_salt, otherNonce, 4100) != journal);
        QVERIFY(m_codec.journalMask(m_salt, nonce, 8204) != journal);
    }

    void theTrailerRoundTrips()
    {
        const Trailer trailer{1, 200, 0xbeef, 0x01020304};
        const auto bytes = trailer.encode();
        const Trailer back = Trailer::decode(bytes.data());
        QCOMPARE(back.formatVersion, trailer.formatVersion);
        QCOMPARE(back.kdfProfile, trailer.kdfProfile);
        QCOMPARE(back.keyCheck, trailer.keyCheck);
        QCOMPARE(back.keyEpoch, trailer.keyEpoch);
    }
};

QTEST_GUILESS_MAIN(TestPageCodec)
#include "TestPageCodec.moc"

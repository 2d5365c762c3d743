#include "core/clinic/AuditLog.h"

#include "core/CoreText.h"
#include "core/storage/Connection.h"

#include <sodium.h>

#include <array>

namespace outpost::clinic {

namespace {

using Hash = std::array<unsigned char, 32>;

void feed(crypto_generichash_state& state, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    const quint64 length = static_cast<quint64>(bytes.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&length), sizeof length);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()), bytes.size());
}

Hash chainHash(const QByteArray& previous, const AuditEvent& event)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(previous.constData()), previous.size());
    const qint64 numbers[] = {event.seq, event.atMs};
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(numbers), sizeof numbers);
    for (const QString* field : {&event.userId, &event.userName, &event.action, &event.patientId, &event.detail})
        feed(state, *field);
    Hash hash{};
    crypto_generichash_final(&state, hash.data(), hash.size());
    return hash;
}

QByteArray toBytes(const Hash& hash)
{
    return QByteArray(reinterpret_cast<const char*>(hash.data()), static_cast<qsizetype>(hash.size()));
}

const QString kHeadKey = QStringLiteral("audit_head");
const QString kColumns =
    QStringLiteral("seq, at, coalesce(user_id, ''), user_name, action, coalesce(patient_id, ''), detail");

AuditEvent eventFrom(const storage::Row& row)
{
    return {row.at(0).toLongLong(), row.at(1).toLongLong(), row.at(2).toString(), row.at(3).toString(),
            row.at(4).toString(),   row.at(5).toString(),   row.at(6).toString()};
}

} // namespace

Result<void> AuditLog::append(storage::Connection& writer, const Clock& clock, const Session* session,
                              const QString& action, const QString& patientId, const QString& detail,
                              const QString& userName)
{
    auto last = writer.queryRow(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    AuditEvent event;
    event.seq = last->has_value() ? (*last)->at(0).toLongLong() + 1 : 1;
    const QByteArray previous = last->has_value() ? (*last)->at(1).toByteArray() : QByteArray(32, '\0');
    event.atMs = clock.nowMs();
    event.userId = session ? session->userId : QString();
    event.userName = session ? session->userName : userName;
    event.action = action;
    event.patientId = patientId;
    event.detail = detail;
    const QByteArray hash = toBytes(chainHash(previous, event));
    if (auto inserted = writer.execute(
            QStringLiteral("INSERT INTO audit_log (seq, at, user_id, user_name, action, patient_id, detail, "
                           "prev_hash, hash) VALUES (?, ?, nullif(?, ''), ?, ?, nullif(?, ''), ?, ?, ?)"),
            {event.seq, event.atMs, event.userId, event.userName, event.action, event.patientId, event.detail, previous,
             hash});
        !inserted)
        return inserted;
    return writer.execute(
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {kHeadKey, QString(QString::number(event.seq) + QLatin1Char(':') + QString::fromLatin1(hash.toHex()))});
}

Result<std::optional<AuditBreak>> AuditLog::verify(storage::Connection& reader)
{
    auto statement =
        reader.prepare(QStringLiteral("SELECT %1, prev_hash, hash FROM audit_log ORDER BY seq").arg(kColumns));
    if (!statement)
        return statement.error();
    QByteArray previous(32, '\0');
    qint64 expectedSeq = 1;
    while (true) {
        auto hasRow = statement->step();
        if (!hasRow)
            return hasRow.error();
        if (!*hasRow)
            break;
        const AuditEvent event = eventFrom(statement->row());
        if (event.seq != expectedSeq)
            return std::optional<AuditBreak>(
                AuditBreak{expectedSeq, CoreText::tr("Row %1 was removed.").arg(expectedSeq)});
        if (statement->blob(7) != previous)
            return std::optional<AuditBreak>(
                AuditBreak{event.seq, CoreText::tr("Row %1 does not follow row %2: the chain was rewritten.")
                                          .arg(event.seq)
                                          .arg(event.seq - 1)});
        const QByteArray hash = toBytes(chainHash(previous, event));
        if (statement->blob(8) != hash)
            return std::optional<AuditBreak>(AuditBreak{event.seq, CoreText::tr("Row %1 was changed.").arg(event.seq)});
        previous = hash;
        ++expectedSeq;
    }
    auto head = reader.queryValue(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kHeadKey});
    if (!head)
        return head.error();
    const qint64 lastSeq = expectedSeq - 1;
    const QString expectedHead = QString::number(lastSeq) + QLatin1Char(':') + QString::fromLatin1(previous.toHex());
    if (lastSeq > 0 && head->toString() != expectedHead) {
        const qint64 anchored = head->toString().section(QLatin1Char(':'), 0, 0).toLongLong();
        return std::optional<AuditBreak>(AuditBreak{
            lastSeq + 1, anchored > lastSeq
                             ? CoreText::tr("Rows %1 to %2 were removed from the end.").arg(lastSeq + 1).arg(anchored)
                             : CoreText::tr("The newest rows do not match the recorded end of the log.")});
    }
    return std::optional<AuditBreak>();
}

Result<std::vector<AuditEvent>> AuditLog::forPatient(storage::Connection& reader, const QString& patientId)
{
    AuditFilter filter;
    filter.patientId = patientId;
    filter.limit = 1000;
    return query(reader, filter);
}

Result<std::vector<AuditEvent>> AuditLog::query(storage::Connection& reader, const AuditFilter& filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE 1 = 1").arg(kColumns);
    QVariantList parameters;
    if (!filter.userName.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ? COLLATE NOCASE");
        parameters << filter.userName;
    }
    if (filter.action.endsWith(QLatin1Char('.'))) {
        sql += QStringLiteral(" AND substr(action, 1, ?) = ?");
        parameters << filter.action.size() << filter.action;
    } else if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        parameters << filter.action;
    }
    if (!filter.patientId.isEmpty()) {
        sql += QStringLiteral(" AND patient_id = ?");
        parameters << filter.patientId;
    }
    if (filter.fromMs > 0) {
        sql += QStringLiteral(" AND at >= ?");
        parameters << filter.fromMs;
    }
    if (filter.toMs > 0) {
        sql += QStringLiteral(" AND at <= ?");
        parameters << filter.toMs;
    }
    if (filter.beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        parameters << filter.beforeSeq;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    parameters << std::clamp(filter.limit, 1, 10000);
    auto rows = reader.query(sql, parameters);
    if (!rows)
        return rows.error();
    std::vector<AuditEvent> events;
    events.reserve(rows->size());
    for (const storage::Row& row : *rows)
        events.push_back(eventFrom(row));
    return events;
}

} // namespace outpost::clinic

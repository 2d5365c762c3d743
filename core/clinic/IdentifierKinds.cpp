#include "core/clinic/IdentifierKinds.h"

#include "core/clinic/AuditLog.h"
#include "core/clinic/UserDirectory.h"
#include "core/CoreText.h"
#include "core/storage/Connection.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace outpost::clinic {

Result<QStringList> IdentifierKinds::normalise(const QStringList& kinds)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]{1,39}$"));
    QStringList clean;
    for (const QString& typed : kinds) {
        const QString kind = typed.trimmed().toLower();
        if (kind.isEmpty())
            continue;
        if (!shape.match(kind).hasMatch())
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("“%1” cannot be an identifier kind: use 2 to 40 letters, digits or "
                                            "underscores, starting with a letter (for example clinic_number).")
                                 .arg(kind.left(40)));
        if (clean.contains(kind))
            return makeError(ErrorCode::Invalid, CoreText::tr("The identifier kind “%1” is listed twice.").arg(kind));
        clean << kind;
    }
    if (clean.isEmpty())
        return makeError(ErrorCode::Invalid, CoreText::tr("A clinic records at least one kind of identifier."));
    if (clean.size() > kMaximumKinds)
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("A clinic records at most %1 kinds of identifier.").arg(kMaximumKinds));
    return clean;
}

Result<QStringList> IdentifierKinds::read(storage::Connection& connection)
{
    auto value = connection.queryValue(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {settingKey()});
    if (!value)
        return value.error();
    if (value->isNull())
        return domain::defaultIdentifierKinds();
    QStringList kinds;
    const QJsonArray stored = QJsonDocument::fromJson(value->toString().toUtf8()).array();
    for (const auto& kind : stored)
        kinds << kind.toString();
    auto clean = normalise(kinds);
    if (!clean) // written by set(), so only a damaged or hand-edited value lands here
        return domain::defaultIdentifierKinds();
    return clean;
}

Result<void> IdentifierKinds::check(storage::Connection& connection, const domain::Patient& patient)
{
    if (patient.identifiers.isEmpty())
        return {};
    auto configured = read(connection);
    if (!configured)
        return configured.error();
    QSet<QString> allowed(configured->cbegin(), configured->cend());
    if (!patient.id.isEmpty()) {
        auto stored = connection.query(
            QStringLiteral("SELECT DISTINCT kind FROM patient_identifiers WHERE patient_id = ?"), {patient.id});
        if (!stored)
            return stored.error();
        for (const storage::Row& row : *stored)
            allowed.insert(row.at(0).toString());
    }
    for (const domain::Identifier& identifier : patient.identifiers) {
        if (!allowed.contains(identifier.kind))
            return makeError(ErrorCode::Invalid,
                             CoreText::tr("This clinic does not record identifiers of kind “%1”. It records: %2.")
                                 .arg(identifier.kind.left(40), configured->join(QStringLiteral(", "))));
    }
    return {};
}

Result<QStringList> IdentifierKinds::list(const Session& session)
{
    if (auto allowed = require(session, auth::Permission::ViewPatientList, m_context.clock); !allowed)
        return allowed.error();
    QStringList kinds;
    auto ok = m_context.database.read([&](storage::Connection& reader) -> Result<void> {
        auto read = IdentifierKinds::read(reader);
        if (!read)
            return read.error();
        kinds = std::move(*read);
        return {};
    });
    if (!ok)
        return ok.error();
    return kinds;
}

Result<void> IdentifierKinds::set(const Session& session, const QStringList& kinds)
{
    if (auto allowed = require(session, auth::Permission::ManageSettings, m_context.clock); !allowed)
        return allowed;
    auto clean = normalise(kinds);
    if (!clean)
        return clean.error();
    return m_context.database.write([&](storage::Connection& writer) -> Result<void> {
        if (auto acting = UserDirectory::confirm(writer, session); !acting)
            return acting.error();
        auto before = read(writer);
        if (!before)
            return before.error();
        const QString json =
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*clean)).toJson(QJsonDocument::Compact));
        if (auto stored = writer.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                         {settingKey(), json});
            !stored)
            return stored;
        return AuditLog::append(writer, m_context.clock, &session, QStringLiteral("settings.identifier_kinds"), {},
                                QStringLiteral("%1 → %2").arg(before->join(u','), clean->join(u',')));
    });
}

} // namespace outpost::clinic

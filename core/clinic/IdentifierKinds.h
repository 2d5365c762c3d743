#pragma once

#include "core/clinic/Session.h"
#include "core/domain/Patient.h"
#include "core/Result.h"

#include <QStringList>

namespace outpost::storage {
class Connection;
}

namespace outpost::clinic {

/// The kinds of identifier this clinic records (clinic number, national id, insurance number…).
/// An admin sets the list; until then it is domain::defaultIdentifierKinds(). It lives in the
/// settings table, so it travels with the database (backups, other desktops).
class IdentifierKinds
{
public:
    explicit IdentifierKinds(ClinicContext& context) : m_context(context) {}

    static QString settingKey() { return QStringLiteral("identifier_kinds"); }
    static constexpr int kMaximumKinds = 12;

    /// The configured kinds, in the admin's order. Every role may read them (registration needs them).
    Result<QStringList> list(const Session& session);
    /// Replaces the list (admins; ManageSettings). Kinds are lower-cased and trimmed; each is 2–40
    /// letters, digits or '_' starting with a letter; 1–12 kinds without repeats. Patients keep
    /// identifiers of a kind that is later removed. Audited as "settings.identifier_kinds".
    Result<void> set(const Session& session, const QStringList& kinds);

    /// The list an admin typed, cleaned up, or a sentence saying what is wrong with it.
    static Result<QStringList> normalise(const QStringList& kinds);
    /// The configured kinds, read inside the caller's transaction.
    static Result<QStringList> read(storage::Connection& connection);
    /// Refuses (Invalid) an identifier of @p patient whose kind is neither configured nor already
    /// stored for this patient (so editing a record never fails on a kind the clinic dropped).
    static Result<void> check(storage::Connection& connection, const domain::Patient& patient);

private:
    ClinicContext& m_context;
};

} // namespace outpost::clinic

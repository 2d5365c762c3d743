// outpostctl commands on an unlocked clinic: patients, notes, users, audit, statistics and demo data.
#include "ctl/Arguments.h"
#include "ctl/Command.h"
#include "ctl/Secrets.h"

#include "core/clinic/AuditLog.h"
#include "core/clinic/Clinic.h"
#include "core/clinic/IdentifierKinds.h"
#include "core/demo/DemoClinic.h"
#include "core/storage/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace outpost::ctl {

namespace {

SystemClock g_clock;

/// Unlocks the clinic as --user with --password-file, or says why not (exit code ready).
Result<std::unique_ptr<clinic::Clinic>> openClinic(const Context& context)
{
    if (context.user.trimmed().isEmpty() || context.passwordFile.isEmpty())
        return makeError(ErrorCode::Usage, QStringLiteral("This command needs --user and --password-file."));
    auto password = readSecretFile(context.passwordFile, QStringLiteral("password"), true);
    if (!password)
        return password.error();
    return clinic::Clinic::open(context.settings.dataDir(), context.user.trimmed(), password->text(), g_clock);
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printOut(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
}

QJsonObject hitJson(const clinic::SearchHit& hit)
{
    return {{QStringLiteral("id"), hit.id},
            {QStringLiteral("given"), hit.givenName},
            {QStringLiteral("family"), hit.familyName},
            {QStringLiteral("other_names"), hit.otherNames},
            {QStringLiteral("dob"), hit.dateOfBirth.toString(Qt::ISODate)},
            {QStringLiteral("dob_approximate"), hit.dateOfBirthApproximate},
            {QStringLiteral("sex"), hit.sex},
            {QStringLiteral("phone"), hit.phone},
            {QStringLiteral("matched_by"), hit.matchedBy},
            {QStringLiteral("score"), hit.score}};
}

QJsonObject patientJson(const domain::Patient& p)
{
    QJsonArray identifiers;
    for (const domain::Identifier& identifier : p.identifiers)
        identifiers.append(
            QJsonObject{{QStringLiteral("kind"), identifier.kind}, {QStringLiteral("value"), identifier.value}});
    QJsonArray contacts;
    for (const domain::Contact& contact : p.contacts)
        contacts.append(QJsonObject{{QStringLiteral("name"), contact.name},
                                    {QStringLiteral("relationship"), contact.relationship},
                                    {QStringLiteral("phone"), contact.phone}});
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("given"), p.givenName},
            {QStringLiteral("family"), p.familyName},
            {QStringLiteral("other_names"), p.otherNames},
            {QStringLiteral("sex"), domain::sexName(p.sex)},
            {QStringLiteral("dob"), p.dateOfBirth.toString(Qt::ISODate)},
            {QStringLiteral("dob_approximate"), p.dateOfBirthApproximate},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("identifiers"), identifiers},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("merged_into"), p.mergedInto}};
}

QString hitLine(const clinic::SearchHit& hit)
{
    return QStringLiteral("%1  %2, %3  %4%5  %6")
        .arg(hit.id, hit.familyName, hit.givenName, hit.dateOfBirth.toString(Qt::ISODate),
             hit.dateOfBirthApproximate ? QStringLiteral("~") : QString(), hit.phone);
}

int patientAdd(clinic::Clinic& clinic, const Arguments& a, const Command& self)
{
    domain::Patient p;
    p.givenName = a.value("--given");
    p.familyName = a.value("--family");
    p.dateOfBirth = QDate::fromString(a.value("--dob"), Qt::ISODate);
    if (a.values.contains(QStringLiteral("--dob")) && !p.dateOfBirth.isValid())
        return usageError(self, QStringLiteral("--dob must be a date written YYYY-MM-DD."));
    p.sex = domain::sexFromName(a.value("--sex"));
    p.phone = a.value("--phone");
    if (!a.value("--national-id").isEmpty())
        p.identifiers.append({QStringLiteral("national_id"), a.value("--national-id")});
    auto id = clinic.patients().create(clinic.session(), p, a.value("--reason"));
    if (!id) {
        if (id.error().message.contains(QLatin1String("may already be registered"))) {
            if (auto duplicates = clinic.patients().findDuplicates(clinic.session(), p); duplicates) {
                for (const auto& candidate : *duplicates)
                    printErr(QStringLiteral("  possible duplicate: %1 (%2)")
                                 .arg(candidate.patientId, candidate.match.reasons.join(QStringLiteral(", "))));
            }
            printErr(QStringLiteral("Add --reason \"…\" to register a different person anyway."));
        }
        return fail(id.error());
    }
    printOut(*id);
    return 0;
}

int patientFind(clinic::Clinic& clinic, const Arguments& a, const Command& self)
{
    if (a.positional.size() != 2)
        return usageError(self, QStringLiteral("patient find needs one QUERY (quote it when it has spaces)."));
    const int limit = a.values.contains(QStringLiteral("--limit")) ? a.value("--limit").toInt() : 20;
    if (limit < 1 || limit > 200)
        return usageError(self, QStringLiteral("--limit must be 1 to 200."));
    auto page = clinic.patients().search(clinic.session(), a.positional.at(1), 0, limit);
    if (!page)
        return fail(page.error());
    if (a.has("--json")) {
        QJsonArray hits;
        for (const auto& hit : page->hits)
            hits.append(hitJson(hit));
        printJson(QJsonObject{{QStringLiteral("total"), page->total},
                              {QStringLiteral("truncated"), page->truncated},
                              {QStringLiteral("results"), hits}});
    } else {
        for (const auto& hit : page->hits)
            printOut(hitLine(hit));
        printErr(QStringLiteral("%1 result(s)%2")
                     .arg(page->total)
                     .arg(page->truncated ? QStringLiteral(" or more") : QString()));
    }
    return 0;
}

int patientShow(clinic::Clinic& clinic, const Arguments& a, const Command& self)
{
    if (a.positional.size() != 2)
        return usageError(self, QStringLiteral("patient show needs one patient ID."));
    auto patient = clinic.patients().view(clinic.session(), a.positional.at(1));
    if (!patient)
        return fail(patient.error());
    const QJsonObject json = patientJson(*patient);
    if (a.has("--json")) {
        printJson(json);
    } else {
        for (auto it = json.begin(); it != json.end(); ++it) {
            const QString value =
                it.value().isArray()
                    ? QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact))
                    : it.value().toVariant().toString();
            printOut(QStringLiteral("%1: %2").arg(it.key(), value));
        }
    }
    return 0;
}

} // namespace

int runPatient(Context& context, const QStringList& arguments, const Command& self)
{
    const Arguments a(arguments,
                      {QStringLiteral("--given"), QStringLiteral("--family"), QStringLiteral("--dob"),
                       QStringLiteral("--sex"), QStringLiteral("--phone"), QStringLiteral("--national-id"),
                       QStringLiteral("--reason"), QStringLiteral("--limit")},
                      {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return usageError(self, a.error);
    const QString verb = a.positional.value(0);
    if (verb != QLatin1String("add") && verb != QLatin1String("find") && verb != QLatin1String("show"))
        return usageError(self, QStringLiteral("Use patient add, patient find or patient show."));
    auto clinic = openClinic(context);
    if (!clinic)
        return fail(clinic.error());
    if (verb == QLatin1String("add"))
        return patientAdd(**clinic, a, self);
    if (verb == QLatin1String("find"))
        return patientFind(**clinic, a, self);
    return patientShow(**clinic, a, self);
}

int runNote(Context& context, const QStringList& arguments, const Command& self)
{
    const Arguments a(arguments, {QStringLiteral("--text"), QStringLiteral("--reason")}, {});
    if (!a.error.isEmpty())
        return usageError(self, a.error);
    if (a.positional.size() != 2 || a.positional.at(0) != QLatin1String("add") || a.value("--text").trimmed().isEmpty())
        return usageError(self, QStringLiteral("Use note add PATIENT_ID --text TEXT."));
    auto clinic = openClinic(context);
    if (!clinic)
        return fail(clinic.error());
    auto& chart = (*clinic)->chart();
    const auto& session = (*clinic)->session();
    const QString patientId = a.positional.at(1);
    auto encounter = chart.openEncounter(session, patientId,
                                         a.value("--reason").isEmpty() ? QStringLiteral("Note") : a.value("--reason"));
    if (!encounter)
        return fail(encounter.error());
    auto note = chart.addNote(session, patientId, *encounter, clinic::SoapNote{a.value("--text"), {}, {}, {}});
    if (!note)
        return fail(note.error());
    if (auto closed = chart.closeEncounter(session, *encounter); !closed)
        return fail(closed.error());
    printOut(*note);
    return 0;
}

int runUser(Context& context, const QStringList& arguments, const Command& self)
{
    const Arguments a(
        arguments, {QStringLiteral("--role"), QStringLiteral("--password-file"), QStringLiteral("--display-name")}, {});
    if (!a.error.isEmpty())
        return usageError(self, a.error);
    const QString verb = a.positional.value(0);
    if (a.positional.size() != 2 || (verb != QLatin1String("add") && verb != QLatin1String("disable")))
        return usageError(self,
                          QStringLiteral("Use user add NAME --role ROLE --password-file FILE, or user disable NAME."));
    const QString name = a.positional.at(1);
    std::optional<auth::Role> role;
    if (verb == QLatin1String("add")) {
        role = auth::roleFromName(a.value("--role"));
        if (!role)
            return usageError(self, QStringLiteral("--role must be reception, clinician or admin."));
        if (a.value("--password-file").isEmpty())
            return usageError(self, QStringLiteral("user add needs --password-file with the new user's password."));
    }
    auto clinic = openClinic(context);
    if (!clinic)
        return fail(clinic.error());
    if (verb == QLatin1String("disable")) {
        if (auto disabled = (*clinic)->users().disableUser((*clinic)->session(), name); !disabled)
            return fail(disabled.error());
        printOut(QStringLiteral("%1 is disabled; their password no longer opens the database.").arg(name));
        return 0;
    }
    auto password = readSecretFile(a.value("--password-file"), QStringLiteral("password"), true);
    if (!password)
        return fail(password.error());
    const QString display = a.value("--display-name").isEmpty() ? name : a.value("--display-name");
    auto created = (*clinic)->users().createUser((*clinic)->session(), name, display, *role, password->text());
    if (!created)
        return fail(created.error());
    printOut(created->id);
    return 0;
}

int runAudit(Context& context, const QStringList& arguments, const Command& self)
{
    const Arguments a(arguments, {}, {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return usageError(self, a.error);
    const QString verb = a.positional.value(0);
    if (!((verb == QLatin1String("verify") && a.positional.size() == 1) ||
          (verb == QLatin1String("report") && a.positional.size() == 2)))
        return usageError(self, QStringLiteral("Use audit verify, or audit report PATIENT_ID."));
    auto clinic = openClinic(context);
    if (!clinic)
        return fail(clinic.error());
    if (!auth::allows((*clinic)->session().role, auth::Permission::ReadAuditLog))
        return fail(makeError(ErrorCode::PermissionDenied,
                              QStringLiteral("Permission denied: only an admin reads the audit log.")));
    int status = 0;
    auto ok = (*clinic)->database().read([&](storage::Connection& reader) -> Result<void> {
        if (verb == QLatin1String("verify")) {
            auto verdict = clinic::AuditLog::verify(reader);
            if (!verdict)
                return verdict.error();
            if (verdict->has_value()) {
                printErr(QStringLiteral("The audit log has been tampered with: %1").arg((*verdict)->what));
                status = 4;
            } else {
                printOut(QStringLiteral("The audit log is intact."));
            }
            return {};
        }
        auto events = clinic::AuditLog::forPatient(reader, a.positional.at(1));
        if (!events)
            return events.error();
        QJsonArray rows;
        for (const auto& event : *events) {
            const QString at = QDateTime::fromMSecsSinceEpoch(event.atMs, QTimeZone::utc()).toString(Qt::ISODate);
            if (a.has("--json"))
                rows.append(QJsonObject{{QStringLiteral("seq"), event.seq},
                                        {QStringLiteral("at"), at},
                                        {QStringLiteral("user"), event.userName},
                                        {QStringLiteral("action"), event.action},
                                        {QStringLiteral("detail"), event.detail}});
            else
                printOut(QStringLiteral("%1  %2  %3  %4").arg(at, event.userName, event.action, event.detail));
        }
        if (a.has("--json"))
            printJson(rows);
        return {};
    });
    if (!ok)
        return fail(ok.error());
    return status;
}

int runStats(Context& context, const QStringList& arguments, const Command& self)
{
    const Arguments a(arguments, {}, {QStringLiteral("--json")});
    if (!a.error.isEmpty() || !a.positional.isEmpty())
        return usageError(self, a.error.isEmpty() ? QStringLiteral("stats takes no arguments.") : a.error);
    auto clinic = openClinic(context);
    if (!clinic)
        return fail(clinic.error());
    static const char* const tables[] = {"users",        "patients",   "patient_identifiers", "patient_contacts",
                                         "appointments", "encounters", "clinical_entries",    "merges",
                                         "audit_log",    "name_words", "patient_words"};
    QJsonObject counts;
    auto ok = (*clinic)->database().read([&](storage::Connection& reader) -> Result<void> {
        for (const char* table : tables) {
            auto count = reader.queryValue(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
            if (!count)
                return count.error();
            counts.insert(QLatin1String(table), count->toLongLong());
        }
        return {};
    });
    if (!ok)
        return fail(ok.error());
    if (a.has("--json")) {
        printJson(counts);
    } else {
        for (auto it = counts.begin(); it != counts.end(); ++it)
            printOut(QStringLiteral("%1 %2").arg(it.key(), -20).arg(it.value().toInteger()));
    }
    return 0;
}

int runIdentifierKinds(Context& context, const QStringList& arguments, const Command& self)
{
    const Arguments a(arguments, {QStringLiteral("--set")}, {QStringLiteral("--json")});
    if (!a.error.isEmpty() || !a.positional.isEmpty())
        return usageError(self, a.error.isEmpty() ? QStringLiteral("identifier-kinds takes no arguments.") : a.error);
    auto clinic = openClinic(context);
    if (!clinic)
        return fail(clinic.error());
    clinic::IdentifierKinds kinds((*clinic)->context());
    if (a.values.contains(QStringLiteral("--set"))) {
        if (auto set = kinds.set((*clinic)->session(), a.value("--set").split(u',')); !set)
            return fail(set.error());
    }
    auto list = kinds.list((*clinic)->session());
    if (!list)
        return fail(list.error());
    if (a.has("--json"))
        printJson(QJsonArray::fromStringList(*list));
    else
        printOut(list->join(u'\n'));
    return 0;
}

int runDemo(Context& context, const QStringList& arguments, const Command& self)
{
    const Arguments a(arguments, {QStringLiteral("--patients"), QStringLiteral("--seed")}, {});
    if (!a.error.isEmpty() || !a.positional.isEmpty())
        return usageError(self, a.error.isEmpty() ? QStringLiteral("demo takes only options.") : a.error);
    bool ok = false;
    const int patients = a.value("--patients").toInt(&ok);
    if (!ok || patients < 0)
        return usageError(self, QStringLiteral("--patients must be a number (0 or more)."));
    const quint64 seed = a.values.contains(QStringLiteral("--seed")) ? a.value("--seed").toULongLong() : 2026;
    auto clinic = openClinic(context);
    if (!clinic)
        return fail(clinic.error());
    auto summary = demo::fillDemoClinic(**clinic, patients, seed);
    if (!summary)
        return fail(summary.error());
    printOut(QStringLiteral("Demo data: %1 new user(s), %2 patients, %3 encounters, %4 notes, %5 appointments today.")
                 .arg(summary->users)
                 .arg(summary->patients)
                 .arg(summary->encounters)
                 .arg(summary->notes)
                 .arg(summary->appointments));
    return 0;
}

} // namespace outpost::ctl

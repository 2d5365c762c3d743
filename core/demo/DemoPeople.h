#pragma once

#include "core/domain/Patient.h"

#include <QDate>

#include <random>

namespace outpost::demo {

/// Makes realistic, entirely fictional patients from many naming traditions (accented Latin,
/// Arabic, East Asian, African, South Asian, Slavic, …), reproducibly from a seed.
class DemoPeople
{
public:
    explicit DemoPeople(quint64 seed, QDate today = QDate(2026, 11, 25));

    /// The next fictional patient (no id: the service assigns one). Every 8th has an approximate
    /// date of birth, most have a phone number and a clinic-issued national id.
    domain::Patient next();

    /// A short, plausible SOAP note for an encounter with the patient.
    QString noteText();
    /// A plausible reason for a visit.
    QString visitReason();

    std::mt19937_64& engine() { return m_engine; }

private:
    int pick(int size);

    std::mt19937_64 m_engine;
    QDate m_today;
    quint64 m_counter = 0;
};

} // namespace outpost::demo

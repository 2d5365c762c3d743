#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace outpost::clinic {
class Clinic;
}

namespace outpost::demo {

/// The demo users `./dev run` creates, documented in docs/demo.md. Fictional clinic, fictional people.
struct DemoUser {
    const char* name;
    const char* role;
    const char* password;
};
inline constexpr DemoUser kDemoUsers[] = {
    {"rita", "reception", "front-desk-2026"},
    {"carl", "clinician", "stethoscope-2026"},
};
inline constexpr const char* kDemoAdmin = "admin";
inline constexpr const char* kDemoAdminPassword = "outpost-demo-2026";

struct DemoSummary {
    int users = 0;
    int patients = 0;
    int encounters = 0;
    int notes = 0;
    int appointments = 0;
};

/// Fills an unlocked clinic (opened by an admin) with realistic fictional data from many naming
/// traditions: the demo users (skipped when they exist), @p patients patients, encounters with SOAP
/// notes, vitals and allergies for about a fifth of them, and today's queue. Reproducible from @p seed.
/// @p progress gets 0–100 and may return false to cancel between batches.
Result<DemoSummary> fillDemoClinic(clinic::Clinic& clinic, int patients, quint64 seed,
                                   const std::function<bool(int)>& progress = {});

} // namespace outpost::demo

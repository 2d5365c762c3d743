#include "AutoLockSetting.h"

#include "ClinicController.h"

#include "core/clinic/Clinic.h"

namespace outpost::ui {

void AutoLockSetting::save(int minutes)
{
    if (!m_clinic || m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    m_clinic->post<void>(
        this, [minutes](clinic::Clinic& clinic) { return clinic.auth().setAutoLockMinutes(clinic.session(), minutes); },
        [this, minutes](const Result<void>& result) {
            m_busy = false;
            Q_EMIT busyChanged();
            if (result)
                Q_EMIT saved(minutes);
            else
                Q_EMIT failed(result.error().message);
        });
}

} // namespace outpost::ui

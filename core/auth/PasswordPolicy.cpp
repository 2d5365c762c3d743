#include "core/auth/PasswordPolicy.h"

#include "core/CoreText.h"

#include <QSet>

namespace outpost::auth {

namespace {

// Passwords of ten or more characters that top public breach-frequency lists, plus clinic-flavoured
// ones; shorter ones are already refused by length.
const char* const kCommon[] = {
    "1234567890",    "12345678910",  "123456789a",   "1234567890a", "0123456789",     "0987654321",   "1111111111",
    "0000000000",    "1q2w3e4r5t",   "1q2w3e4r5t6y", "q1w2e3r4t5",  "qwertyuiop",     "qwertyuiop1",  "qwerty1234",
    "qwerty12345",   "qwerty123456", "asdfghjkl1",   "asdfghjkl;",  "zxcvbnm123",     "1qaz2wsx3edc", "zaq12wsxcde3",
    "password12",    "password123",  "password1234", "password!1",  "password01",     "passw0rd123",  "p@ssw0rd123",
    "p@ssword123",   "iloveyou12",   "iloveyou123",  "princess12",  "sunshine12",     "football12",   "baseball12",
    "welcome123",    "welcome1234",  "welcome2024",  "welcome2025", "welcome2026",    "letmein123",   "letmein1234",
    "administrator", "admin12345",   "admin123456",  "adminadmin",  "administrator1", "changeme123",  "changeme12",
    "trustno1234",   "starwars12",   "superman12",   "michael123",  "charlie123",     "jennifer12",   "computer12",
    "monkey1234",    "dragon1234",   "master1234",   "abcdefghij",  "abcd123456",     "abc1234567",   "abcdef1234",
    "secret1234",    "whatever12",   "internet12",   "samsung123",  "spring2026",     "summer2026",   "autumn2026",
    "winter2026",    "spring2025",   "summer2025",   "autumn2025",  "winter2025",     "january2026",  "november2026",
    "december2026",  "doctor1234",   "hospital123",  "hospital12",  "clinic1234",     "clinic12345",  "nurse12345",
    "reception1",    "reception123", "outpost123",   "outpost1234", "patient123",     "medical123",   "health1234",
    "motdepasse",    "motdepasse1",  "contraseña1",  "contrasena1", "contrasena123",  "passwort12",   "passwort123",
    "kennwort123",   "azertyuiop",   "azerty1234",   "qwertzuiop",  "aaaaaaaaaa",     "abcabcabc1",   "pass123456",
};

QSet<QString> commonSet()
{
    QSet<QString> set;
    for (const char* word : kCommon)
        set.insert(QString::fromUtf8(word));
    return set;
}

} // namespace

bool isCommonPassword(const QString& password)
{
    static const QSet<QString> common = commonSet();
    return common.contains(password.toLower());
}

Result<void> checkPassword(const QString& password, const QString& userName)
{
    if (password.size() < kMinimumPasswordLength)
        return makeError(
            ErrorCode::Invalid,
            CoreText::tr("The password is too short: use at least %1 characters.").arg(kMinimumPasswordLength));
    if (isCommonPassword(password))
        return makeError(ErrorCode::Invalid,
                         CoreText::tr("This password is one of the most commonly used ones. Choose another."));
    if (!userName.isEmpty() && password.contains(userName, Qt::CaseInsensitive) && userName.size() >= 4)
        return makeError(ErrorCode::Invalid, CoreText::tr("The password must not contain the user name."));
    return {};
}

} // namespace outpost::auth

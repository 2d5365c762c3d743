#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace outpost {

/// What went wrong, in categories a caller can act on (and that map to outpostctl's exit codes).
enum class ErrorCode {
    Failure,          ///< anything else; exit 1
    Usage,            ///< the call itself was wrong; exit 2
    WrongCredentials, ///< wrong user name, password or key; exit 3
    Damaged,          ///< data failed authentication or integrity checks; exit 4
    PermissionDenied, ///< the role or the file system refuses; exit 5
    NotFound,
    Invalid, ///< input failed validation
    DiskFull,
    Cancelled,
};

/// An error code with a sentence a user can read. Never holds patient data.
struct Error {
    ErrorCode code = ErrorCode::Failure;
    QString message;
};

/// The exit code outpostctl uses for an error of this kind.
int exitCodeFor(ErrorCode code);

/// A value or an Error: the return type of every fallible core call.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of a call that returns nothing on success.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace outpost

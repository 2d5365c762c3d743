#pragma once

#include <cstddef>
#include <span>

namespace outpost::crypto {

/// Initialises libsodium once per process; false when it cannot (the process must not go on).
bool initialiseSodium();

/// Key material in sodium_malloc'd, mlocked memory that is wiped when the key goes away.
/// Move-only: a key is never copied by accident.
class SecretKey
{
public:
    static constexpr std::size_t kDefaultSize = 32;

    SecretKey() = default;
    explicit SecretKey(std::size_t size); ///< zero-filled key of @p size bytes
    ~SecretKey();
    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    /// A fresh key from the system CSPRNG.
    static SecretKey random(std::size_t size = kDefaultSize);
    /// A copy of @p bytes in protected memory (the caller wipes its own copy).
    static SecretKey fromBytes(std::span<const unsigned char> bytes);

    bool isNull() const { return m_data == nullptr; }
    std::size_t size() const { return m_size; }
    const unsigned char* data() const { return m_data; }
    unsigned char* data() { return m_data; }
    std::span<const unsigned char> bytes() const { return {m_data, m_size}; }

    /// Constant-time comparison.
    bool equals(const SecretKey& other) const;

private:
    void release();

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace outpost::crypto

#include "core/crypto/SecretKey.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace outpost::crypto {

bool initialiseSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecretKey::SecretKey(std::size_t size) : m_size(size)
{
    if (!initialiseSodium())
        throw std::bad_alloc();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecretKey::~SecretKey()
{
    release();
}

SecretKey::SecretKey(SecretKey&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretKey::release()
{
    if (m_data)
        sodium_free(m_data); // sodium_free wipes before it frees
    m_data = nullptr;
    m_size = 0;
}

SecretKey SecretKey::random(std::size_t size)
{
    SecretKey key(size);
    randombytes_buf(key.m_data, size);
    return key;
}

SecretKey SecretKey::fromBytes(std::span<const unsigned char> bytes)
{
    SecretKey key(bytes.size());
    std::memcpy(key.m_data, bytes.data(), bytes.size());
    return key;
}

bool SecretKey::equals(const SecretKey& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace outpost::crypto

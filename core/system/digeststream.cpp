// SPDX-License-Identifier: GPL-3.0-or-later
#include "digeststream.h"

#include <optional>

#include <openssl/evp.h>

namespace Akari
{

namespace
{

const EVP_MD *openSslDigest(QCryptographicHash::Algorithm algorithm)
{
    switch (algorithm) {
    case QCryptographicHash::Sha256:
        return EVP_sha256();
    case QCryptographicHash::Sha384:
        return EVP_sha384();
    case QCryptographicHash::Sha512:
        return EVP_sha512();
    default:
        return nullptr;
    }
}

struct ContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

} // namespace

struct DigestStream::State
{
    QCryptographicHash::Algorithm algorithm;
    const EVP_MD *digest = nullptr;
    std::unique_ptr<EVP_MD_CTX, ContextDeleter> context;
    std::optional<QCryptographicHash> fallback; ///< when libcrypto cannot do it
};

DigestStream::DigestStream(QCryptographicHash::Algorithm algorithm)
    : m_state(std::make_unique<State>())
{
    m_state->algorithm = algorithm;
    m_state->digest = openSslDigest(algorithm);
    if (m_state->digest)
        m_state->context.reset(EVP_MD_CTX_new());
    reset();
}

DigestStream::~DigestStream() = default;
DigestStream::DigestStream(DigestStream &&) noexcept = default;
DigestStream &DigestStream::operator=(DigestStream &&) noexcept = default;

void DigestStream::reset()
{
    if (m_state->context && EVP_DigestInit_ex(m_state->context.get(), m_state->digest, nullptr) == 1)
        return;
    // No libcrypto context (out of memory, or a provider refused): Qt's own code is always there.
    m_state->context.reset();
    m_state->fallback.emplace(m_state->algorithm);
}

void DigestStream::addData(QByteArrayView data)
{
    if (m_state->context)
        EVP_DigestUpdate(m_state->context.get(), data.data(), size_t(data.size()));
    else
        m_state->fallback->addData(data);
}

QByteArray DigestStream::result() const
{
    if (!m_state->context)
        return m_state->fallback->result();
    // Finalise a copy so result() may be called more than once, like QCryptographicHash.
    std::unique_ptr<EVP_MD_CTX, ContextDeleter> copy(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), m_state->context.get()) != 1 ||
        EVP_DigestFinal_ex(copy.get(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
}

QByteArray DigestStream::hash(QByteArrayView data, QCryptographicHash::Algorithm algorithm)
{
    DigestStream stream(algorithm);
    stream.addData(data);
    return stream.result();
}

} // namespace Akari

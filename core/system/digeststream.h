// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

namespace Akari
{

/**
 * \brief A running message digest with QCryptographicHash's interface, computed by OpenSSL's
 *        libcrypto for the SHA-2 family.
 *
 * Why not QCryptographicHash alone: Qt 6.4 hashes SHA-256 in portable C at about 125 MB/s on
 * this project's machines, while libcrypto uses the CPU's SHA extensions (about 1.5 GB/s). A
 * sync hashes every byte twice (the download against the index's digest, each member against
 * RECORD), so for a 2 GB torch wheel that is the difference between half a minute and a few
 * seconds. Other algorithms are passed on to QCryptographicHash.
 */
class DigestStream final
{
public:
    explicit DigestStream(QCryptographicHash::Algorithm algorithm);
    ~DigestStream();
    DigestStream(DigestStream &&) noexcept;
    DigestStream &operator=(DigestStream &&) noexcept;
    DigestStream(const DigestStream &) = delete;
    DigestStream &operator=(const DigestStream &) = delete;

    void addData(QByteArrayView data);
    /// The raw digest of everything added since construction or the last reset().
    [[nodiscard]] QByteArray result() const;
    void reset();

    /// The digest of \a data in one call.
    [[nodiscard]] static QByteArray hash(QByteArrayView data, QCryptographicHash::Algorithm algorithm);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Akari

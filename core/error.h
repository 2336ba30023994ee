// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QCoreApplication>
#include <QString>

namespace Akari
{

/**
 * \brief A failure that a user can read: what went wrong, and where when it concerns a file.
 *
 * Every fallible core API returns `Result<T>` (std::expected<T, Error>). The message is
 * already translated when the Error is made, so front ends print it as it is. Value type,
 * safe to copy between threads.
 */
class Error final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::Error)

public:
    enum class Code
    {
        Unknown,
        InvalidArgument, ///< the caller passed something unusable
        NotFound,        ///< a file, project or item does not exist
        Io,              ///< reading or writing failed
        Parse,           ///< input is malformed; file/line/column say where
        Network,
        Cancelled, ///< the user or the program asked the operation to stop
        Internal,  ///< a bug: an exception or broken invariant caught at a boundary
    };

    Error() = default;
    Error(Code code, QString message);
    Error(Code code, QString message, QString file, int line = 0, int column = 0);

    [[nodiscard]] Code code() const { return m_code; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString file() const { return m_file; }
    /// 1-based; 0 when unknown.
    [[nodiscard]] int line() const { return m_line; }
    /// 1-based; 0 when unknown.
    [[nodiscard]] int column() const { return m_column; }
    [[nodiscard]] bool hasLocation() const { return !m_file.isEmpty(); }

    /// "file:line:column: message", leaving out the parts that are unknown; without a line, a
    /// message that already names the file (e.g. a URL in a network error) is not prefixed again.
    [[nodiscard]] QString toString() const;

    /// A short translated name of the error's kind, e.g. for a dialog title.
    [[nodiscard]] static QString codeName(Code code);

    /// Convenience for the common cancellation error.
    [[nodiscard]] static Error cancelled();

    friend bool operator==(const Error &, const Error &) = default;

private:
    Code m_code = Code::Unknown;
    QString m_message;
    QString m_file;
    int m_line = 0;
    int m_column = 0;
};

template<typename T>
using Result = std::expected<T, Error>;

/// Shorthand for returning a failure: `return fail(Error::Code::Io, tr("..."));`
[[nodiscard]] inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace Akari

Q_DECLARE_METATYPE(Akari::Error)

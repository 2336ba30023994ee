// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "../error.h"

namespace Akari
{

/**
 * \brief A distribution's core metadata: the `METADATA` file of a wheel, `PKG-INFO` of an sdist,
 * or the PEP 658 `.metadata` file an index serves beside a wheel.
 *
 * The format is RFC 822 style: `Field: value` lines, continuation lines that start with white
 * space, then a blank line and the description as the body. Reads every field, keeps them in
 * file order (fields()), and offers the ones Akari needs by name. Line ends may be `\n`,
 * `\r\n` or `\r`. Field names are matched case-insensitively; values are trimmed, and a
 * multi-line value keeps its line breaks and the continuation lines' indentation (as Python's
 * email parser, which pypa/packaging uses, does).
 *
 * A value type, safe to copy between threads; parse() is thread-safe and reentrant.
 */
class CoreMetadata final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::CoreMetadata)

public:
    /// A field as the file names it, and its value.
    using Field = std::pair<QString, QString>;

    CoreMetadata() = default;

    /**
     * \brief Parses \a text (UTF-8); \a fileName is used in error messages only.
     *
     * Fails with Error::Code::Parse, naming the line, for: bytes that are not UTF-8, a header
     * line that is neither `Field: value` nor a continuation, a continuation line before any
     * field, a field name with spaces or control characters, a missing or empty `Name` or
     * `Version`, and `Name`, `Version` or `Requires-Python` given twice with different values.
     * Unknown fields are kept, not rejected (the format grows).
     */
    [[nodiscard]] static Result<CoreMetadata> parse(QByteArrayView text, const QString &fileName = {});

    [[nodiscard]] QString metadataVersion() const { return value(u"Metadata-Version"); }
    [[nodiscard]] QString name() const { return value(u"Name"); }
    [[nodiscard]] QString version() const { return value(u"Version"); }
    [[nodiscard]] QString summary() const { return value(u"Summary"); }
    /// The `Requires-Python` specifier text; empty when absent.
    [[nodiscard]] QString requiresPython() const { return value(u"Requires-Python"); }
    /**
     * \brief Every `Requires-Dist` entry, in file order, as the raw PEP 508 strings.
     *
     * Kept as text on purpose: the PEP 508 Requirement parser lives in core/pep (being written
     * beside this class). When it lands, add a `requirements()` that parses these strings
     * with it and reports the first one that fails with its line; this getter stays.
     */
    [[nodiscard]] QStringList requiresDist() const { return values(u"Requires-Dist"); }
    /// Every `Provides-Extra` entry, in file order, as written (not normalised).
    [[nodiscard]] QStringList providesExtra() const { return values(u"Provides-Extra"); }
    /**
     * \brief The long description: the body after the blank line, or else the `Description`
     * field with its continuation prefix (7 spaces and `|`, or 8 spaces) removed.
     */
    [[nodiscard]] QString description() const;

    /// All fields in file order, repeated ones included.
    [[nodiscard]] const QList<Field> &fields() const { return m_fields; }
    /// The first value of \a field (case-insensitive), or an empty string.
    [[nodiscard]] QString value(QStringView field) const;
    /// Every value of \a field (case-insensitive), in file order.
    [[nodiscard]] QStringList values(QStringView field) const;
    /// The body after the header block, verbatim (line ends normalised to `\n`).
    [[nodiscard]] QString body() const { return m_body; }

    friend bool operator==(const CoreMetadata &, const CoreMetadata &) = default;

private:
    QList<Field> m_fields;
    QString m_body;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::CoreMetadata)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include "core/error.h"
#include "packagename.h"
#include "version.h"

namespace Akari
{

/**
 * \brief A parsed source distribution file name, `{name}-{version}.tar.gz` (or legacy `.zip`).
 *
 * parse() follows pypa/packaging's `parse_sdist_filename()`: the version is what follows the
 * last "-" (a PEP 440 version holds no "-"), the name before it must not be empty and is
 * normalised (PEP 503) without further validation, as legacy sdists spell names freely.
 * Immutable value type; copies share their data and may be used from any thread.
 *
 * \code
 * const auto sdist = SdistFileName::parse(u"flash_attn-2.8.3.tar.gz");
 * // sdist->name().canonical() == u"flash-attn", sdist->version().toString() == u"2.8.3"
 * \endcode
 */
class SdistFileName final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::SdistFileName)

public:
    enum class Format
    {
        TarGz, ///< ".tar.gz", the only format PEP 625 allows
        Zip,   ///< ".zip", still found on old releases
    };

    SdistFileName() = default;

    /**
     * \brief Parses \a fileName (a file name, not a path or URL).
     *
     * Fails with Error::Code::Parse when the extension is neither ".tar.gz" nor ".zip", when no
     * "-" separates name and version, when the name is empty or when the version is not a valid
     * PEP 440 version; the message names the column (1-based) where it helps.
     */
    [[nodiscard]] static Result<SdistFileName> parse(QStringView fileName);

    [[nodiscard]] const QString &fileName() const { return m_fileName; }
    /// The project name (normalised; original() is the spelling in the file name).
    [[nodiscard]] const PackageName &name() const { return m_name; }
    [[nodiscard]] const Version &version() const { return m_version; }
    [[nodiscard]] Format format() const { return m_format; }
    [[nodiscard]] bool isEmpty() const { return m_fileName.isEmpty(); }

    /// Equal when the normalised name and the version are equal (as in packaging).
    friend bool operator==(const SdistFileName &a, const SdistFileName &b)
    {
        return a.m_name == b.m_name && a.m_version == b.m_version;
    }

private:
    QString m_fileName;
    PackageName m_name;
    Version m_version;
    Format m_format = Format::TarGz;
};

} // namespace Akari

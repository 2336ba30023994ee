// SPDX-License-Identifier: GPL-3.0-or-later
#include "nvidiasmioutput.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
enum class Column : quint8
{
    Unknown,
    Index,
    Uuid,
    Name,
    MemoryTotal,
    ComputeCap,
    PciBusId,
    DriverVersion,
};

// The header repeats the query's field names; a few fields have aliases nvidia-smi accepts too.
Column columnFor(QStringView header)
{
    // "memory.total [MiB]": the unit is not part of the name.
    QString name = header.trimmed().toString().toLower();
    if (const qsizetype bracket = name.indexOf(u'['); bracket >= 0)
        name = name.left(bracket).trimmed();
    static const QHash<QString, Column> columns{
        {u"index"_s, Column::Index},
        {u"uuid"_s, Column::Uuid},
        {u"gpu_uuid"_s, Column::Uuid},
        {u"name"_s, Column::Name},
        {u"gpu_name"_s, Column::Name},
        {u"memory.total"_s, Column::MemoryTotal},
        {u"compute_cap"_s, Column::ComputeCap},
        {u"pci.bus_id"_s, Column::PciBusId},
        {u"gpu_bus_id"_s, Column::PciBusId},
        {u"driver_version"_s, Column::DriverVersion},
    };
    return columns.value(name, Column::Unknown);
}

// "[N/A]", "[Not Supported]", "[Insufficient Permissions]": nvidia-smi's ways of saying "unknown".
bool isUnknownValue(QStringView value)
{
    return value.isEmpty() || (value.startsWith(u'[') && value.endsWith(u']')) || value == u"N/A"_s;
}

QStringList lines(QStringView text)
{
    QStringList result;
    for (QStringView line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            result.append(line.toString());
    }
    return result;
}

qint64 mebibytes(QStringView value)
{
    // Without nounits the value carries its unit: "24564 MiB".
    QStringView number = value.trimmed();
    if (number.endsWith(u"MiB"_s, Qt::CaseInsensitive))
        number = number.chopped(3).trimmed();
    bool ok = false;
    const qint64 mib = number.toLongLong(&ok);
    return ok && mib >= 0 ? mib : -1;
}
} // namespace

std::optional<QString> NvidiaSmiOutput::procVersionField(QStringView content)
{
    // Exactly uv's split: every two spaces separate pieces, so four spaces leave an empty piece.
    const QList<QStringView> pieces = content.split(u"  "_s);
    if (pieces.size() < 2)
        return std::nullopt;
    return pieces.at(1).trimmed().toString();
}

std::optional<QString> NvidiaSmiOutput::firstLine(QStringView output)
{
    if (output.isEmpty())
        return std::nullopt;
    QStringView line = output.left(output.indexOf(u'\n') < 0 ? output.size() : output.indexOf(u'\n'));
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line.trimmed().toString();
}

Result<QList<GpuInfo>> NvidiaSmiOutput::parseQuery(QByteArrayView output)
{
    const QStringList rows = lines(QString::fromUtf8(output));
    if (rows.isEmpty())
        return fail(Error(Error::Code::Parse, tr("nvidia-smi printed nothing.")));

    QList<Column> columns;
    for (const QString &header : rows.first().split(u','))
        columns.append(columnFor(header));
    if (std::ranges::all_of(columns, [](Column column) { return column == Column::Unknown; })) {
        return fail(Error(Error::Code::Parse,
                          tr("nvidia-smi did not print the expected table; it said: %1").arg(rows.first().trimmed())));
    }
    const qsizetype nameColumn = columns.indexOf(Column::Name);

    QList<GpuInfo> gpus;
    for (qsizetype row = 1; row < rows.size(); ++row) {
        QStringList fields = rows.at(row).split(u',');
        // Fields are not quoted; a comma inside a product name would add fields, so give them back to the name.
        if (fields.size() > columns.size() && nameColumn >= 0) {
            const qsizetype extra = fields.size() - columns.size();
            fields[nameColumn] = fields.mid(nameColumn, extra + 1).join(u',');
            fields.remove(nameColumn + 1, extra);
        }
        if (fields.size() != columns.size())
            continue; // a truncated or foreign line: skip it rather than misread the columns

        GpuInfo gpu;
        gpu.vendor = GpuVendor::Nvidia;
        gpu.source = u"nvidia-smi"_s;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString value = fields.at(i).trimmed();
            if (isUnknownValue(value))
                continue;
            switch (columns.at(i)) {
            case Column::Index: {
                bool ok = false;
                const int index = value.toInt(&ok);
                gpu.index = ok && index >= 0 ? index : -1;
                break;
            }
            case Column::Uuid:
                gpu.uuid = value;
                break;
            case Column::Name:
                gpu.name = value;
                break;
            case Column::MemoryTotal:
                gpu.memoryMib = mebibytes(value);
                break;
            case Column::ComputeCap:
                gpu.computeCapability = value;
                break;
            case Column::PciBusId:
                gpu.pciBusId = normalisedPciBusId(value);
                break;
            case Column::DriverVersion:
                gpu.driverVersion = value;
                break;
            case Column::Unknown:
                break;
            }
        }
        gpus.append(gpu);
    }
    return gpus;
}

bool NvidiaSmiOutput::rejectsField(QByteArrayView output, QByteArrayView field)
{
    const QByteArray quoted = '"' + field.toByteArray() + '"';
    return output.contains(quoted) && output.contains("not a valid field");
}

QString NvidiaSmiOutput::normalisedPciBusId(QStringView busId)
{
    static const QRegularExpression pattern(u"^([0-9a-fA-F]+):([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\\.([0-7])$"_s);
    const QString trimmed = busId.trimmed().toString();
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return trimmed.toLower();
    bool ok = false;
    const qulonglong domain = match.capturedView(1).toULongLong(&ok, 16);
    if (!ok)
        return trimmed.toLower();
    return u"%1:%2:%3.%4"_s.arg(domain, 4, 16, QChar(u'0'))
        .arg(match.capturedView(2).toUInt(nullptr, 16), 2, 16, QChar(u'0'))
        .arg(match.capturedView(3).toUInt(nullptr, 16), 2, 16, QChar(u'0'))
        .arg(match.captured(4));
}

} // namespace Akari

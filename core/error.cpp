// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <utility>

namespace Akari
{

Error::Error(Code code, QString message)
    : m_code(code)
    , m_message(std::move(message))
{}

Error::Error(Code code, QString message, QString file, int line, int column)
    : m_code(code)
    , m_message(std::move(message))
    , m_file(std::move(file))
    , m_line(line)
    , m_column(column)
{}

QString Error::toString() const
{
    if (m_file.isEmpty())
        return m_message;
    if (m_line <= 0 && m_message.contains(m_file))
        return m_message;
    if (m_line <= 0)
        return tr("%1: %2", "file: message").arg(m_file, m_message);
    if (m_column <= 0)
        return tr("%1:%2: %3", "file:line: message").arg(m_file, QString::number(m_line), m_message);
    return tr("%1:%2:%3: %4", "file:line:column: message")
        .arg(m_file, QString::number(m_line), QString::number(m_column), m_message);
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::Unknown:
        return tr("Error");
    case Code::InvalidArgument:
        return tr("Invalid input");
    case Code::NotFound:
        return tr("Not found");
    case Code::Io:
        return tr("File error");
    case Code::Parse:
        return tr("Syntax error");
    case Code::Network:
        return tr("Network error");
    case Code::Cancelled:
        return tr("Cancelled");
    case Code::Internal:
        return tr("Internal error");
    }
    return tr("Error");
}

Error Error::cancelled()
{
    return {Code::Cancelled, tr("The operation was cancelled.")};
}

} // namespace Akari

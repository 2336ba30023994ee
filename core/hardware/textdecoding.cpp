// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoding.h"

#include <QStringDecoder>

namespace Akari
{

std::optional<QString> decodeStrictUtf8(QByteArrayView bytes)
{
    // Stateless: no half character is kept for a next call. ConvertInitialBom: a BOM is text.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace Akari
